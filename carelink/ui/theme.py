"""Colours and sizes for every screen, in two themes (standard and high contrast), scaled by the text size.

Every pair of colours that carries text is listed in `Palette.text_pairs()`, so a test can prove 7:1 contrast.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BODY_PT = 20.0  # DESIGN.md: body text at least 20 pt at the default setting
FONT_FAMILY = "Atkinson Hyperlegible"
MIN_TARGET_PX = 64
GAP_PX = 16
PICTURE_GROWTH = 0.75  # how fast pictures grow with the text size (Theme.px)
TILE_KINDS = ("messages", "calls", "checkin", "concern", "learn", "settings")


@dataclass(frozen=True)
class Palette:
    """The colours of one theme: a page, cards, and coloured tiles, each with the text colour drawn on it."""

    page: str
    text: str
    quiet_text: str
    card: str
    card_text: str
    button: str
    button_text: str
    messages: str
    calls: str
    checkin: str
    concern: str
    learn: str
    settings: str
    tile_text: str
    focus: str
    border: str
    field: str
    field_text: str

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, text colour, background colour) for every place text is drawn."""
        tiles = [(name, self.tile_text, getattr(self, name))
                 for name in TILE_KINDS]
        return [("body", self.text, self.page), ("quiet", self.quiet_text, self.page),
                ("card", self.card_text, self.card), ("button", self.button_text, self.button),
                ("field", self.field_text, self.field), *tiles]

    def colours(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


STANDARD = Palette(
    page="#FAF7F0", text="#1A1A1A", quiet_text="#3A3A3A", card="#FFFFFF", card_text="#1A1A1A",
    button="#124A5C", button_text="#FFFFFF", messages="#1F4E79", calls="#5B2C6F", checkin="#1E5C2E",
    concern="#8B1A1A", learn="#7A3E00", settings="#3D3D3D", tile_text="#FFFFFF", focus="#D97706", border="#1A1A1A",
    field="#FFFFFF", field_text="#1A1A1A",
)
HIGH_CONTRAST = Palette(
    page="#000000", text="#FFFFFF", quiet_text="#FFFFFF", card="#000000", card_text="#FFFFFF",
    button="#000000", button_text="#FFFF00", messages="#000000", calls="#000000", checkin="#000000",
    concern="#000000", learn="#000000", settings="#000000", tile_text="#FFFF00", focus="#00FFFF", border="#FFFFFF",
    field="#000000", field_text="#FFFFFF",
)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    hex_ = colour.lstrip("#")
    r, g, b = (int(hex_[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.2 contrast ratio between two #RRGGBB colours (1 to 21)."""
    a, b = relative_luminance(first), relative_luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


@dataclass(frozen=True)
class Theme:
    """A palette at a text scale (1.0 to 2.0); builds the application's style sheet."""

    palette: Palette
    scale: float = 1.0

    def pt(self, base: float) -> float:
        return round(base * self.scale, 1)

    def px(self, base: int) -> int:
        """A picture's size on screen (an icon, a portrait, a photo) at this text size: it grows with the words,
        three quarters as fast, so that an icon beside a line of words is never taller than the line."""
        return round(base * (1 + PICTURE_GROWTH * (self.scale - 1)))

    def stylesheet(self) -> str:
        p = self.palette
        # Headings grow by a fixed step over the body text rather than in proportion, so that at 200% the home
        # screen's date and tiles still fit a 1280×800 tablet without scrolling.
        body = self.pt(BODY_PT)
        big, title, huge = body + 4, body + 10, body + 14
        tiles = "\n".join(
            f'QPushButton[tile="{name}"] {{ background: {getattr(p, name)}; color: {p.tile_text}; }}'
            for name in TILE_KINDS
        )
        return f"""
QMainWindow, QStackedWidget, QScrollArea, QWidget#screen {{ background: {p.page}; }}
QLabel {{ background: transparent; color: {p.text}; }}
QLabel[role="title"] {{ font-size: {title}pt; font-weight: bold; }}
QLabel[role="huge"] {{ font-size: {huge}pt; font-weight: bold; }}
QLabel[role="big"] {{ font-size: {big}pt; }}
QLabel[role="quiet"] {{ color: {p.quiet_text}; }}
QLabel[role="error"] {{ font-weight: bold; }}
QFrame[role="card"] {{ background: {p.card}; border: 2px solid {p.border}; border-radius: 16px; }}
QFrame[role="card"] QLabel {{ color: {p.card_text}; }}
QPushButton {{ background: {p.button}; color: {p.button_text}; border: 3px solid {p.border};
    border-radius: 14px; padding: 8px 16px; min-height: {MIN_TARGET_PX}px; min-width: {MIN_TARGET_PX}px; }}
QPushButton QLabel {{ color: {p.button_text}; }}
QPushButton[tile] QLabel {{ color: {p.tile_text}; font-weight: bold; }}
QPushButton:checked {{ background: {p.card}; border: 6px solid {p.border}; }}
QPushButton QLabel[chosen="true"] {{ color: {p.card_text}; font-weight: bold; }}
QPushButton:focus {{ border: 6px solid {p.focus}; }}
QPushButton[resting="true"] {{ background: {p.card}; color: {p.card_text}; border: 3px dashed {p.border}; }}
QPushButton[resting="true"] QLabel {{ color: {p.card_text}; }}
QLineEdit:focus, QListWidget:focus {{ border-color: {p.focus}; }}
{tiles}
QLineEdit {{ background: {p.field}; color: {p.field_text}; border: 5px solid {p.border}; border-radius: 8px;
    padding: 6px 10px; min-height: {MIN_TARGET_PX}px; }}
QListWidget {{ background: {p.field}; color: {p.field_text}; border: 5px solid {p.border}; border-radius: 8px; }}
QListWidget::item {{ min-height: {MIN_TARGET_PX}px; padding: 4px 12px; color: {p.field_text}; }}
QListWidget::item:selected {{ background: {p.button}; color: {p.button_text}; }}
QScrollBar:vertical {{ width: 28px; background: {p.page}; border: 2px solid {p.border}; border-radius: 8px; }}
QScrollBar::handle:vertical {{ background: {p.border}; min-height: 64px; border-radius: 6px; margin: 3px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
"""

    def font(self) -> QFont:
        """The body text's font, which every widget takes from the application unless the style sheet says more."""
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(self.pt(BODY_PT))
        return font

    def text_palette(self, palette: QPalette) -> QPalette:
        """`palette` with the theme's text colour for every kind of text a widget draws."""
        changed = QPalette(palette)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            changed.setColor(role, QColor(self.palette.text))
        return changed

    def apply(self, app: QApplication) -> None:
        # The font and the text colour go to the application itself, not to a style sheet rule for every widget
        # ("*"), which Qt would match against each of the thousands of widgets, at start and at every change.
        app.setFont(self.font())
        app.setPalette(self.text_palette(app.palette()))
        app.setStyleSheet(self.stylesheet())


def theme_for(high_contrast: bool, scale: float) -> Theme:
    return Theme(HIGH_CONTRAST if high_contrast else STANDARD, scale)
