"""Small widget variants shared by the panels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QProgressBar,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)


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


class NarrowChoice(QComboBox):
    """A list of long names (guide titles, categories, local facts) that does not set the box's width: sized by
    its contents, one long entry made a dialog wider than the screen at large text. The open list still shows
    each entry in full; the closed box ends a long one in "…" (Qt's own drawing cuts it off mid-word)."""

    def __init__(self, parent: QWidget | None = None, characters: int = 28) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(characters)

    def _option(self) -> QStyleOptionComboBox:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return option

    def shown_text(self) -> str:
        """The current entry as the closed box shows it: whole when it fits, else cut at the end with "…"."""
        option = self._option()
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, field.width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


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
