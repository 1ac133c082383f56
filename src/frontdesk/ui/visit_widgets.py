"""The visit panel's two custom controls: a row of toggle buttons for one dimension, and a favourite."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent, QTextDocument
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

TILE_MARGIN = 4


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
        layout.setContentsMargins(TILE_MARGIN, TILE_MARGIN, TILE_MARGIN, TILE_MARGIN)
        layout.addWidget(self.caption)
        self.setMinimumHeight(self.fontMetrics().height() * 4)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self._title, self._detail = "", ""
        self.title_point_size = 0.0

    def set_caption(self, title: str, detail: str) -> None:
        self._title, self._detail = title, detail
        self._fit_title(force=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title(force=False)

    def _fit_title(self, *, force: bool) -> None:
        """Words cannot wrap and the tile cannot grow: a title with a word longer than the tile ("Skattemelding"
        at a large text size) or more lines than fit gets a smaller font, down to three quarters, rather than
        being cut off."""
        base = self.caption.font().pointSizeF()
        width, height = self.width() - 2 * TILE_MARGIN - 2, self.height() - 2 * TILE_MARGIN
        longest = max((QFontMetricsF(self.caption.font()).horizontalAdvance(w) for w in self._title.split()),
                      default=0.0)
        size = base if longest <= width else _quarter(base * max(0.75, width / longest))
        layout = QTextDocument()
        layout.setDocumentMargin(0)
        layout.setDefaultFont(self.caption.font())
        layout.setTextWidth(width)
        while size > _quarter(base * 0.75):
            layout.setHtml(self._html(size))
            if layout.size().height() <= height:
                break
            size -= 0.25
        if force or size != self.title_point_size:
            self.title_point_size = size
            self.caption.setText(self._html(size))

    def _html(self, title_size: float) -> str:
        return (f"<span style='font-size:{title_size}pt'>{html.escape(self._title)}</span>"
                f"<br><small>{html.escape(self._detail)}</small>")


def _quarter(points: float) -> float:
    """Down to a quarter point, so sizes do not creep as a tile is resized."""
    return math.floor(points * 4) / 4
