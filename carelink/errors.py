"""Errors a person can act on, each carrying one plain sentence, translatable into the household's language."""

from __future__ import annotations

import json
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


# A problem kept in a text column (an outbox item's last error) as its sentence and values, so each reader sees it
# in their own language later: the mark, then JSON. Text without the mark (a row from before) reads as it is.
STORED_MARK = "carelink-words:"


def _plain(error: UserError) -> dict[str, object]:
    values = {key: _plain(value) if isinstance(value, UserError) else value if isinstance(value, int | float)
              else str(value) for key, value in error.values.items()}
    return {"sentence": error.template, "values": values}


def stored_problem(error: UserError) -> str:
    """The text to store for `error` (read back with `stored_error`)."""
    return STORED_MARK + json.dumps(_plain(error), ensure_ascii=False)


def _error(data: object) -> UserError | None:
    if not isinstance(data, dict) or not isinstance(data.get("sentence"), str) \
            or not isinstance(data.get("values", {}), dict):
        return None
    values: dict[str, object] = {}
    for key, value in data.get("values", {}).items():
        nested = _error(value) if isinstance(value, dict) else None
        values[str(key)] = nested if nested is not None else value
    return UserError(data["sentence"], values)


def stored_error(text: str | None) -> UserError | None:
    """The problem `stored_problem` kept, to say in any language; None for nothing, or for text stored before
    (English words, shown as they are) or damaged."""
    if not text or not text.startswith(STORED_MARK):
        return None
    try:
        return _error(json.loads(text[len(STORED_MARK):]))
    except ValueError:
        return None


def stored_words(text: str | None, translate: Translate = english) -> str:
    """A stored problem in the reader's language ("" for none; text from before as it is)."""
    error = stored_error(text)
    if error is not None:
        return error.words(translate)
    return "" if text is None or text.startswith(STORED_MARK) else text
