"""Whether a screen shows everything at once, as a person looking at it would judge: the fit test's eyes.

`out_of_sight(window)` lists every control and every piece of text that is shown on the current screen but cannot
be seen whole: cut by the window's edge, hidden under another widget's edge (a parent that is too small), or inside a
scroll area that needs scrolling. A scroll area may be allowed to scroll (a long message's own text) by giving it the
dynamic property `may_scroll=True`; what is inside it is then not checked.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

# What a person needs to see: things to press, things to read, places to type.
_LOOKED_AT = (QAbstractButton, QLabel, QLineEdit, QTextEdit, QPlainTextEdit)


def _describe(widget: QWidget) -> str:
    words = ""
    if isinstance(widget, (QAbstractButton, QLabel, QLineEdit)):
        words = widget.text()
    name = widget.accessibleName() or words or widget.objectName()
    return f"{type(widget).__name__} {name!r}"


def _inside_scrolling_allowed(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.property("may_scroll"):
            return True
        parent = parent.parentWidget()
    return False


def _needs_scrolling(area: QAbstractScrollArea) -> bool:
    bars = (area.verticalScrollBar(), area.horizontalScrollBar())
    return any(bar.maximum() > bar.minimum() for bar in bars)


def _words_cut(label: QLabel) -> bool:
    if label.wordWrap():
        return label.heightForWidth(label.width()) > label.height() + 1
    return label.sizeHint().width() > label.width() + 1 or label.sizeHint().height() > label.height() + 1


def out_of_sight(window: QWidget) -> list[str]:
    """Every shown control or text in `window` that a person cannot see whole without scrolling, with the reason."""
    problems: list[str] = []
    whole = window.rect()
    for area in window.findChildren(QAbstractScrollArea):
        if area.isVisible() and not area.property("may_scroll") and _needs_scrolling(area):
            problems.append(f"{_describe(area)} needs scrolling")
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, _LOOKED_AT) or not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QLabel) and not widget.text() and widget.pixmap().isNull():
            continue  # an empty label shows nothing
        if widget.width() <= 0 or widget.height() <= 0 or _inside_scrolling_allowed(widget):
            continue
        where = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
        if not whole.contains(where):
            problems.append(f"{_describe(widget)} goes past the window's edge ({where.getRect()})")
            continue
        if isinstance(widget, QLabel) and widget.text() and _words_cut(widget):
            problems.append(f"{_describe(widget)} has more words than room ({widget.width()}×{widget.height()})")
            continue
        seen = widget.visibleRegion().boundingRect()
        if seen.width() < widget.width() or seen.height() < widget.height():
            problems.append(f"{_describe(widget)} is cut: {seen.width()}×{seen.height()} of "
                            f"{widget.width()}×{widget.height()} on show")
    return problems


def cut_on_page(window: QWidget) -> list[str]:
    """For a page that may scroll up and down (a Settings page, for the family): every shown control or text
    that cannot be seen whole even when scrolled to — wider than the page, past its side, or cut by a parent too
    small for it — and any page that scrolls sideways. What is only below the fold is fine."""
    problems: list[str] = []
    for area in window.findChildren(QScrollArea):
        if area.isVisible() and area.horizontalScrollBar().maximum() > area.horizontalScrollBar().minimum():
            problems.append(f"{_describe(area)} scrolls sideways")
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, _LOOKED_AT) or not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QLabel) and not widget.text() and widget.pixmap().isNull():
            continue
        if widget.width() <= 0 or widget.height() <= 0 or _inside_scrolling_allowed(widget):
            continue
        page = _page_of(widget)
        room = page.rect() if page is not None else window.rect()
        viewport = page.parentWidget() if page is not None else None
        if viewport is not None:
            room.setWidth(min(room.width(), viewport.width()))
        top = page if page is not None else window
        where = widget.rect().translated(widget.mapTo(top, widget.rect().topLeft()))
        if where.left() < room.left() or where.right() > room.right() or (page is None and not room.contains(where)):
            problems.append(f"{_describe(widget)} goes past the page's side ({where.getRect()})")
            continue
        if isinstance(widget, QLabel) and widget.text() and _words_cut(widget):
            problems.append(f"{_describe(widget)} has more words than room ({widget.width()}×{widget.height()})")
            continue
        shown = widget.rect()
        parent, child = widget.parentWidget(), cast(QWidget, widget)
        while parent is not None and child is not top:  # cut by a parent smaller than it, up to the page
            shown = shown.intersected(parent.rect().translated(-widget.mapTo(parent, widget.rect().topLeft())))
            child, parent = parent, parent.parentWidget()
        if shown.width() < widget.width() or shown.height() < widget.height():
            problems.append(f"{_describe(widget)} is cut: {shown.width()}×{shown.height()} of "
                            f"{widget.width()}×{widget.height()} on show")
    return problems


def _page_of(widget: QWidget) -> QWidget | None:
    """The scrolling page (a scroll area's own widget) a widget is on, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        viewport = parent.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea) and area.widget() is parent:
            return parent
        parent = parent.parentWidget()
    return None


def words_cut_on_buttons(window: QWidget) -> list[str]:
    """Every shown button in `window` whose words do not fit inside it: a word wider than the room its words have
    (a long word is never broken, so "maintenant" shows as "naintenan"), words past the button's edge, or a plain
    button's words wider than its content rect (drawn elided or cut)."""
    problems: list[str] = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window or button.width() <= 0:
            continue
        room = button.contentsRect()
        drawn = QAbstractButton.text(button)  # a plain button's own words (a BigButton's are a label inside it)
        if drawn:
            if button.fontMetrics().horizontalAdvance(drawn) > room.width():
                problems.append(f"{_describe(button)} has words wider than the button ({button.width()} px)")
            continue
        for words in button.findChildren(QLabel):
            if not words.isVisible() or not words.text():
                continue
            widest = max(words.fontMetrics().horizontalAdvance(word) for word in words.text().split())
            if widest > words.contentsRect().width():
                problems.append(f"{_describe(button)}: the word of {widest} px has {words.contentsRect().width()} "
                                f"px of room")
            elif not room.contains(words.geometry()):
                problems.append(f"{_describe(button)}: its words go past its edge")
    return problems
