"""Small widget variants shared by the panels."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QProgressBar, QWidget


class UndoPassingLineEdit(QLineEdit):
    """A line edit that leaves Ctrl+Z to the window, where it undoes the last logged visit.

    Staff press Ctrl+Z right after logging, often with the focus still in the search box or the category
    picker; undoing their typing instead of the visit would be a silent surprise.
    """

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.matches(QKeySequence.StandardKey.Undo):
            event.ignore()
            return False
        return super().event(event)


def narrow_choice(box: QComboBox, characters: int = 28) -> QComboBox:
    """Let a list of long names (guide titles, categories, local facts) not set the box's width: sized by its
    contents, one long entry made a dialog wider than the screen at large text. The open list still shows
    each entry in full; the closed box ends a long one in "…"."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
    return box


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Open at the size the layout was made for, but never larger than the screen's free area: on a counter
    laptop of 1366 × 768 a taller window hides its own buttons below the taskbar."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width()), min(height, free.height())
    window.resize(width, height)


class BusyBar(QProgressBar):
    """A bar that moves while any job started on it is under way, hidden when none is: no steps to count,
    since SQLite answers each in one go."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = 0
        self.setRange(0, 0)
        self.setMaximumWidth(160)
        self.setTextVisible(False)
        self.hide()

    @property
    def working(self) -> bool:
        return self._jobs > 0

    def job_started(self) -> None:
        self._jobs += 1
        self.show()

    def job_ended(self) -> None:
        self._jobs -= 1
        self.setVisible(self._jobs > 0)
