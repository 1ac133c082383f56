"""The visit panel's two custom controls: a row of toggle buttons for one dimension, and a favourite."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class ChoiceRow(QWidget):
    """One optional dimension as a row of toggle buttons; at most one is on, and it may be none."""

    def __init__(self, title: str, options: list[tuple[str, str]], default: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default = default
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(title, self)
        layout.addWidget(caption)
        # Long labels ("Innbyggeren gjorde det selv med veiledning") get a row each so nothing is cut off.
        vertical = any(len(label) > 16 for _value, label in options)
        row: QBoxLayout = QVBoxLayout() if vertical else QHBoxLayout()
        row.setSpacing(4)
        for value, label in options:
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setProperty("value", value)
            button.setAccessibleName(f"{title}: {label}")
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.group.addButton(button)
            row.addWidget(button)
        layout.addLayout(row)
        self.group.buttonToggled.connect(self._keep_single)
        self.reset()

    def _keep_single(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            for other in self.group.buttons():
                if other is not button and other.isChecked():
                    other.setChecked(False)

    def value(self) -> str | None:
        checked = self.group.checkedButton()
        return str(checked.property("value")) if checked else None

    def reset(self) -> None:
        for button in self.group.buttons():
            button.setChecked(button.property("value") == self.default)


class TallyButton(QPushButton):
    """A favourite: the category label wrapped over two lines if needed, then its key and today's count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setForegroundRole(self.foregroundRole())
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        self.setMinimumHeight(self.fontMetrics().height() * 4)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_caption(self, title: str, detail: str) -> None:
        self.caption.setText(f"{html.escape(title)}<br><small>{html.escape(detail)}</small>")
