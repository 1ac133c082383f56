"""The visit panel's own controls: a row of toggle buttons for one dimension, a favourite, the type-to-find
category picker, and the scrolling frame the panel sits in."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.widgets import UndoPassingLineEdit
from frontdesk.visits.taxonomy import Taxonomy

CHECK = "✓ "
# The chosen toggle in the palette's selection colours, framed, with a check mark: plain to see at a glance, in
# any palette (high-contrast themes too), and not by colour alone.
CHOICE_STYLE = """
QPushButton:checked {
    background-color: palette(highlight);
    color: palette(highlighted-text);
    border: 2px solid palette(window-text);
    border-radius: 3px;
    padding: 3px 6px;
}
"""


class ChoiceButton(QPushButton):
    """A toggle whose size never depends on whether it is chosen: room for the check mark is always kept, so
    choosing one never pushes its text out of sight."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self.isChecked():
            hint.setWidth(hint.width() + self.fontMetrics().horizontalAdvance(CHECK))
        return hint

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class ChoiceRow(QWidget):
    """One optional dimension as a row of toggle buttons. With a default (channel, help mode) one is always on,
    like radio buttons; without one (outcome …) at most one is on, and it may be none."""

    def __init__(self, title: str, options: list[tuple[str, str]], default: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default = default
        self.labels = dict(options)
        self.group = QButtonGroup(self)
        self.group.setExclusive(default is not None)  # what is recorded is what shows: never "none" by accident
        self.setStyleSheet(CHOICE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(title, self)
        layout.addWidget(caption)
        # Long labels ("Innbyggeren gjorde det selv med veiledning") get a row each so nothing is cut off.
        vertical = any(len(label) > 16 for _value, label in options)
        row: QBoxLayout = QVBoxLayout() if vertical else QHBoxLayout()
        row.setSpacing(4)
        for value, label in options:
            button = ChoiceButton(label, self)
            button.setCheckable(True)
            button.setProperty("value", value)
            button.setAccessibleName(f"{title}: {label}")
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.group.addButton(button)
            row.addWidget(button)
        layout.addLayout(row)
        self.group.buttonToggled.connect(self._toggled)
        self.reset()

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked and not self.group.exclusive():
            for other in self.group.buttons():
                if other is not button and other.isChecked():
                    other.setChecked(False)
        label = self.labels[str(button.property("value"))]
        button.setText(CHECK + label if checked else label)
        button.updateGeometry()

    def value(self) -> str | None:
        checked = self.group.checkedButton()
        return str(checked.property("value")) if checked else None

    def reset(self) -> None:
        for button in self.group.buttons():
            button.setChecked(button.property("value") == self.default)


def two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` on at most two lines of ``width`` pixels, broken where the lines are most even; what doesn't fit
    ends in "…". A part in brackets at the end ("Digital postkasse (Digipost, e-Boks)") is left out first: the
    tooltip has it all."""
    def fits(line: str) -> bool:
        return metrics.horizontalAdvance(line) <= width

    def split(words: list[str]) -> list[str] | None:
        if fits(" ".join(words)):
            return [" ".join(words)]
        breaks = [[" ".join(words[:i]), " ".join(words[i:])] for i in range(1, len(words))]
        fitting = [lines for lines in breaks if all(fits(line) for line in lines)]
        return min(fitting, key=lambda lines: max(map(metrics.horizontalAdvance, lines))) if fitting else None

    words = text.split()
    found = split(words)
    if found is None and text.endswith(")") and "(" in text:
        found = split(text[: text.rindex("(")].split())
    if found is None:  # three lines' worth, or a word too long: as much as fits first, the rest cut short
        first = max((i for i in range(1, len(words)) if fits(" ".join(words[:i]))), default=1)
        found = [" ".join(words[:first]), " ".join(words[first:])]
    return [line if fits(line) else metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            for line in found if line]


class TallyButton(QPushButton):
    """A favourite: the category label on at most two lines, then its key and today's count."""

    MARGIN = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.detail = ""
        self.peers: list[TallyButton] = []  # the other favourites: all as wide as the widest needs
        self.caption = QLabel(self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setForegroundRole(self.foregroundRole())
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(self.MARGIN, self.MARGIN, self.MARGIN, self.MARGIN)
        layout.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_caption(self, title: str, detail: str) -> None:
        if title != self.title:
            self.title = title
            self.updateGeometry()
        self.detail = detail
        self._show()

    def _show(self) -> None:
        width = max(1, self.contentsRect().width() - 2 * self.MARGIN - 4)  # the caption's room inside the frame
        lines = two_lines(self.title, self.fontMetrics(), width)
        self.caption.setText("<br>".join(html.escape(line) for line in lines)
                             + f"<br><small>{html.escape(self.detail)}</small>")

    def sizeHint(self) -> QSize:
        # Two lines of title and a small line under them, in the font shown now (it follows the text size).
        height = self.fontMetrics().lineSpacing() * 3 + 4 * self.MARGIN + 6
        return QSize(self.fontMetrics().horizontalAdvance("Skattemelding") + 4 * self.MARGIN, height)

    def _widest_word(self) -> int:
        return max((self.fontMetrics().horizontalAdvance(word) for word in self.title.split()), default=40)

    def minimumSizeHint(self) -> QSize:
        # Never narrower than the longest word of any favourite ("Skattemelding"), at any text size: the
        # grid's columns stay even and no name is cut inside a word.
        widest = max(button._widest_word() for button in self.peers or [self])
        return QSize(widest + 4 * self.MARGIN + 8, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
            self._show()


class CategoryPicker(UndoPassingLineEdit):
    """"Annen kategori": type a few letters of any active category, Enter or a click in the list picks it."""

    picked = Signal(str)  # the category id

    def __init__(self, taxonomy: Taxonomy, language: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Annen kategori: skriv for å finne (Ctrl+J)"))
        self.setAccessibleName(self.tr("Finn kategori"))
        groups = taxonomy.groups()
        self._ids: dict[str, str] = {}  # the text shown in the list -> category id
        for entry in taxonomy.active(today):
            group = groups.get(entry.group)
            group_label = group.label(language) if group is not None else entry.group
            self._ids[f"{taxonomy.label(entry.id, language)} ({group_label})"] = entry.id
        completer = QCompleter(sorted(self._ids), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        # Enter on a completion fires both activated and returnPressed; a mouse click only activated. Both
        # queue one pick for after the completer has written its choice, so a visit is never logged twice.
        self._pick_queued = False
        completer.activated.connect(lambda _text: self._queue_pick())
        self.setCompleter(completer)
        self.returnPressed.connect(self._queue_pick)

    def _queue_pick(self) -> None:
        if not self._pick_queued:
            self._pick_queued = True
            QTimer.singleShot(0, self._pick_now)

    def _pick_now(self) -> None:
        self._pick_queued = False
        text = self.text()
        category = self._ids.get(text)
        if category is None:
            matches = [cid for label, cid in self._ids.items() if text.strip().casefold() in label.casefold()]
            if len(matches) != 1 or not text.strip():
                return  # ambiguous: the completer list is open for the user to choose
            category = matches[0]
        self.picked.emit(category)


class VisitScroll(QScrollArea):
    """The visit panel's frame in the window: it scrolls up and down when the text is large, and is never
    narrower than the panel needs, so no favourite or choice is cut off at the side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(width + scroll_bar + 2 * self.frameWidth(), super().minimumSizeHint().height())
