"""Loading the bundled fonts (Atkinson Hyperlegible; Noto Color Emoji) and drawing the bundled icons in the theme's
colours."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QIcon, QPainter, QPixmap, QRawFont
from PySide6.QtSvg import QSvgRenderer

from carelink.resources import assets_dir
from carelink.ui.theme import FONT_FAMILY

log = logging.getLogger(__name__)


EMOJI_FONT = "NotoColorEmoji.ttf"


def load_fonts() -> list[str]:
    """Register Atkinson Hyperlegible with Qt, and Noto Color Emoji as the application's emoji font (so a heart is a
    red heart, not a box, on a computer with no emoji font of its own); returns the families loaded (empty if none
    could be).

    Only the Atkinson files with the ordinary letters: the latin-ext subsets have the same family, weight and style,
    and Qt would pick one of them for plain text, whose every letter would then come from a fallback font (the
    screenshots and the window showed DejaVu Sans)."""
    families: set[str] = set()
    folder = assets_dir() / "fonts"
    letters = [path for path in sorted(folder.glob("*.woff")) if QRawFont(str(path), 12).supportsCharacter(ord("a"))]
    # macOS has Apple Color Emoji, and its CoreText cannot draw this font's colour bitmaps (CBDT) at all.
    emoji = [] if sys.platform == "darwin" else [folder / EMOJI_FONT]
    for path in [*letters, *emoji]:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the font file %s", path)
            continue
        loaded = QFontDatabase.applicationFontFamilies(font_id)
        families.update(loaded)
        if path.name == EMOJI_FONT:
            for family in loaded:  # Qt draws emoji in it before any other (it is also the fallback for them)
                if family not in QFontDatabase.applicationEmojiFontFamilies():
                    QFontDatabase.addApplicationEmojiFontFamily(family)
    if FONT_FAMILY in families:
        # The application's own font too, not only the style sheet's: whatever the style sheet does not reach (a
        # handout's painter, a window made while the style sheet is being swapped) stays Atkinson Hyperlegible.
        font = QGuiApplication.font()
        if font.family() != FONT_FAMILY:
            font.setFamily(FONT_FAMILY)
            QGuiApplication.setFont(font)
    return sorted(families)


def icon(name: str, colour: str, size: int) -> QIcon:
    """An icon from assets/icons/NAME.svg, drawn in one colour (so it follows the theme)."""
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(assets_dir() / "icons" / f"{name}.svg"))
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), QColor(colour))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return QIcon(pixmap)
