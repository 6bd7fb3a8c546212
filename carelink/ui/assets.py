"""Loading the bundled font and drawing the bundled icons in the theme's colours."""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from carelink.resources import assets_dir
from carelink.ui.theme import FONT_FAMILY

log = logging.getLogger(__name__)


def load_fonts() -> list[str]:
    """Register Atkinson Hyperlegible with Qt; returns the families loaded (empty if none could be)."""
    families: set[str] = set()
    for path in sorted((assets_dir() / "fonts").glob("*.woff")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the font file %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
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
