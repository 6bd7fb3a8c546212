"""The practice frame: while a lesson runs, the practice window's screens sit inside a frame that says
"Practice — nothing is sent to anyone" above them, with the lesson strip in a band below them. The screens make room
for both, so the lesson's words never lie over what the step is about."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QSizePolicy, QVBoxLayout

from carelink.ui.theme import Palette
from carelink.ui.tutorial.instruction_box import FRAME_EDGE_PX, InstructionBox
from carelink.ui.widgets import label, tr

FRAME_PX = FRAME_EDGE_PX


class PracticeFrame(QFrame):
    """Takes the place of a practice window's central widget: a coloured edge round `screens` (the window's own
    central widget), "Practice — nothing is sent to anyone" above them and the lesson `strip` below them."""

    def __init__(self, window: QMainWindow, strip: InstructionBox) -> None:
        super().__init__()
        self.setObjectName("tutorial_frame")
        screens = window.takeCentralWidget()
        assert screens is not None, "a practice window has its screens"
        self.screens, self.strip = screens, strip
        column = QVBoxLayout(self)
        column.setContentsMargins(FRAME_PX, 0, FRAME_PX, FRAME_PX)
        column.setSpacing(0)
        # The screens give up the room the banner and strip take, however large the text (they scroll or fit their
        # own way); the window is never made taller than the screen by a lesson.
        screens.setMinimumSize(1, 1)
        screens.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.banner = label(tr("Practice — nothing is sent to anyone"), "error", wrap=False)
        self.banner.setMinimumWidth(1)  # one line beside the step number, and never a window wider than its screen
        self.banner.setObjectName("tutorial_practice_banner")
        self.banner.setAccessibleName(self.banner.text())
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.banner, 1)
        top.addWidget(strip.counter)  # the lesson's step number, up beside "Practice"
        column.addLayout(top)
        column.addWidget(screens, 1)
        column.addWidget(strip)
        window.setCentralWidget(self)

    def use_palette(self, palette: Palette) -> None:
        style = (
            f"QFrame#tutorial_frame {{ background: {palette.learn}; }}\n"
            f"QLabel#tutorial_practice_banner {{ color: {palette.tile_text}; background: {palette.learn}; "
            f"padding: 2px 12px; }}\n"
            f"QLabel#tutorial_counter {{ color: {palette.tile_text}; background: {palette.learn}; "
            f"padding: 2px 12px; }}")
        if self.styleSheet() != style:  # a style set again restyles the children, the overlay among them
            self.setStyleSheet(style)
