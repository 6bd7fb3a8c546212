"""Errors a person can act on, each carrying one plain sentence, translatable into the household's language."""

from __future__ import annotations

from collections.abc import Mapping

from carelink.translation import Translate, english, fill


class UserError(Exception):
    """Bad input or an unreachable service: the message is shown as it is, so write it for the user.

    `template` is an English sentence with {placeholders} (scripts/core_sentences.py gathers every one for the
    translators); `values` fill them in. `message` is the English; `words(translate)` the household's language."""

    def __init__(self, template: str, values: Mapping[str, object] | None = None) -> None:
        self.template = template
        self.values: dict[str, object] = dict(values or {})
        self.message = fill(template, self.values) if self.values else template
        super().__init__(self.message)

    def words(self, translate: Translate = english) -> str:
        """The message in the language `translate` speaks (each value that is itself a UserError, too)."""
        values = {k: v.words(translate) if isinstance(v, UserError) else v for k, v in self.values.items()}
        if not values:
            return translate(self.template)
        return fill(translate(self.template), values, fallback=self.template)
