"""The search box and its results: search-as-you-type, debounced, answered by the background worker.

Keys: type to search, ↑/↓ move through the results without leaving the box, Enter opens the selected guide,
Esc clears. When nothing matches, "Mente du …?" offers the spelling the index suggests.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.guide_view import display_title
from frontdesk.ui.knowledge_worker import KnowledgeService, SearchOutcome
from frontdesk.ui.widgets import UndoPassingLineEdit

DEBOUNCE_MS = 120
RESULT_LIMIT = 20  # hits shown for a search; more would only be scrolled past
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2


class SearchBox(UndoPassingLineEdit):
    """The search box: ↑/↓/PgUp/PgDn move through the hits and Enter opens one, without leaving the box."""

    navigate = Signal(int)
    activated = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}
            self.navigate.emit(steps[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit()
        elif key == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: the title in bold, then agency and snippet."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            opt.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        rect = self.text_rect(opt)
        line = opt.fontMetrics.height()
        painter.setFont(self.title_font(opt))
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft,
                         self.title_text(opt, index))
        painter.setFont(opt.font)
        detail = str(index.data(DETAIL_ROLE) or "")
        painter.drawText(QRect(rect.left(), rect.top() + line + 2, rect.width(), line), Qt.AlignmentFlag.AlignLeft,
                         opt.fontMetrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()

    @staticmethod
    def text_rect(option: QStyleOptionViewItem) -> QRect:
        return option.rect.adjusted(8, 4, -8, -4)

    @staticmethod
    def title_font(option: QStyleOptionViewItem) -> QFont:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold

    def title_text(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> str:
        """The title cut to the row with "…", measured in the bold font it is drawn in."""
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QFontMetrics(self.title_font(option)).elidedText(title, Qt.TextElideMode.ElideRight,
                                                                self.text_rect(option).width())

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(200, option.fontMetrics.height() * 2 + 12)


class SearchPanel(QWidget):
    guideActivated = Signal(str)
    # Hits on screen (-1: the A–Z list of every guide, not a search) and the guides there are in all.
    matchesChanged = Signal(int, int)

    def __init__(self, knowledge: KnowledgeService, agency_name: Callable[[str], str], language: str = "nb",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._knowledge = knowledge
        self._language = language
        self._agency_name = agency_name
        self.box = SearchBox(self)
        self.box.setPlaceholderText(self.tr("Søk i veiledninger (Ctrl+K)"))
        self.box.setAccessibleName(self.tr("Søk i veiledninger"))
        self.box.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setAccessibleName(self.tr("Søkeresultater"))
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.setUniformItemSizes(True)
        self.results.activated.connect(lambda index: self.guideActivated.emit(str(index.data(ID_ROLE))))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Søkestatus"))
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self._use_suggestion)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_query)
        self.box.textChanged.connect(lambda _text: self._debounce.start())
        self.box.navigate.connect(self._move)
        self.box.activated.connect(self._open_current)
        knowledge.searched.connect(self._show)
        knowledge.loaded.connect(self._rerun)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.status.hide()
        self.shown_generation = 0  # the query whose answer is on screen (tests and screenshots wait for it)

    def focus_search(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def _rerun(self, _snapshot: object) -> None:
        self._run_query()  # guides changed: the shown hits may be stale

    def _run_query(self) -> None:
        if not self.box.text().strip():
            self._knowledge.search("")  # keeps generations in order; the answer is ignored below
            self._show_all()
            return
        self._knowledge.search(self.box.text(), RESULT_LIMIT)

    def _show_all(self) -> None:
        """An empty box lists every guide A–Z, so staff can browse as well as search."""
        self.model.clear()
        titled = sorted(((display_title(g, self._language), g) for g in self._knowledge.snapshot.guides.values()),
                        key=lambda pair: pair[0].casefold())
        for title, guide in titled:
            self._add_row(guide.id, title, guide.agency, guide.summary)
        self.status.hide()
        self.shown_generation = self._knowledge.generation
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0, 0))
        self.matchesChanged.emit(-1, len(titled))

    def _add_row(self, guide_id: str, title: str, agency_id: str, snippet: str) -> None:
        agency = self._agency_name(agency_id)
        item = QStandardItem(title)
        item.setData(guide_id, ID_ROLE)
        item.setData(f"{agency} — {snippet}" if snippet else agency, DETAIL_ROLE)
        item.setData(f"{title}. {agency}. {snippet}", Qt.ItemDataRole.AccessibleTextRole)
        # Qt shows a tooltip that looks like HTML as rich text: escaped, a guide's text is only ever text.
        item.setToolTip(f"<p>{html.escape(snippet)}</p>" if snippet else "")
        self.model.appendRow(item)

    def is_settled(self) -> bool:
        """True when the hits on screen answer what is in the box now."""
        return not self._debounce.isActive() and self.shown_generation == self._knowledge.generation

    def _show(self, outcome: SearchOutcome) -> None:
        if outcome.generation != self._knowledge.generation:
            return  # an older query answered late: the user has typed more since
        if not self.box.text().strip():
            return  # the A–Z list is on screen
        self.shown_generation = outcome.generation
        self.model.clear()
        guides = self._knowledge.snapshot.guides
        for hit in outcome.hits or outcome.close_matches:
            guide = guides.get(hit.id)
            title = display_title(guide, self._language) if guide is not None else hit.title
            self._add_row(hit.id, title, hit.agency, hit.snippet)
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0, 0))
        if outcome.hits:
            self.status.hide()
        else:
            self.status.setText(self._no_hits_html(outcome.suggestions, bool(outcome.close_matches)))
            self.status.show()
        self.matchesChanged.emit(len(outcome.hits), len(guides))

    def _no_hits_html(self, suggestions: tuple[str, ...], showing_close: bool) -> str:
        text = html.escape(self.tr("Ingen treff."))
        if suggestions:
            links = ", ".join(f"<a href='{html.escape(s)}'>{html.escape(s)}</a>" for s in suggestions)
            text += " " + html.escape(self.tr("Mente du")) + f" {links}?"
            if showing_close:
                text += "<br>" + html.escape(self.tr("Viser treff for «%1»:").replace("%1", suggestions[0]))
        else:
            text += " " + html.escape(self.tr("Prøv færre eller andre ord, for eksempel etaten eller tjenesten."))
        return text

    def _use_suggestion(self, suggestion: str) -> None:
        self.box.setText(suggestion)
        self.box.setFocus()

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = max(0, min(rows - 1, self.results.currentIndex().row() + step))
        self.results.setCurrentIndex(self.model.index(row, 0))

    def _open_current(self) -> None:
        if self._debounce.isActive():
            # Enter pressed before the debounce fired: search now and open the first hit when it answers.
            self._debounce.stop()
            self._run_query()
            self._knowledge.searched.connect(self._open_when_answered, Qt.ConnectionType.SingleShotConnection)
            return
        index = self.results.currentIndex()
        if index.isValid():
            self.guideActivated.emit(str(index.data(ID_ROLE)))

    def _open_when_answered(self, _outcome: SearchOutcome) -> None:
        QTimer.singleShot(0, self._open_current)
