"""The main window's screens by name, each built the first time it is asked for, so that the window paints Home
without building the dozen screens behind it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget

ScreenMaker = Callable[[], Mapping[str, QWidget]]


class ScreenRegistry(Mapping[str, QWidget]):
    """Screens by name. `registry[name]` builds the screen (with the screens its maker builds alongside it) the
    first time and puts it in `stack`; `added(name, screen)` is then called for each. Iterating gives the screens
    built so far; `name in registry` is true for every screen it can build."""

    def __init__(self, stack: QStackedWidget, added: Callable[[str, QWidget], None]) -> None:
        self._stack, self._added = stack, added
        self._built: dict[str, QWidget] = {}
        self._makers: dict[str, ScreenMaker] = {}

    def maker(self, names: Iterable[str], make: ScreenMaker) -> None:
        """`make()` builds the screens called `names` (all of them at once: a call's screens, say)."""
        for name in names:
            self._makers[name] = make

    def add(self, name: str, screen: QWidget) -> None:
        self._built[name] = screen
        self._stack.addWidget(screen)
        self._added(name, screen)

    def built(self, name: str) -> QWidget | None:
        """The screen if it has been built, without building it."""
        return self._built.get(name)

    def __getitem__(self, name: str) -> QWidget:
        if name not in self._built:
            make = self._makers[name]
            for other in [other for other, maker in self._makers.items() if maker is make]:
                del self._makers[other]
            for made_name, screen in make().items():
                self.add(made_name, screen)
        return self._built[name]

    def __contains__(self, name: object) -> bool:
        return name in self._built or name in self._makers

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._built))

    def __len__(self) -> int:
        return len(self._built)
