"""Parts of the local guide editor: the sources and local-facts tables, and the live preview.

The preview is the window's own rendering: a real :class:`GuideView` (staff text, local facts filled in, the
«Hos oss» note) and the citizen's handout in each language, made by the core exactly as it is printed.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QByteArray, QDate, QUrl, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.guide_draft import DraftFact, DraftSource
from frontdesk.knowledge.handouts import LANGUAGES, HandoutLanguageError, build_handout, handout_html
from frontdesk.knowledge.local_facts import LocalFacts
from frontdesk.knowledge.model import SLOT_KINDS, Guide
from frontdesk.ui.guide_view import GuideView

NO_DATE = QDate(2000, 1, 1)  # the page-date field's "not chosen yet"


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _Table(QTableWidget):
    changed = Signal()

    def __init__(self, headers: list[str], parent: QWidget | None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumHeight(150)
        self.setWordWrap(True)  # rows grow to show a long title or web address whole, never cut off
        self.itemChanged.connect(self._item_changed)
        self.horizontalHeader().sectionResized.connect(lambda *_sizes: self.resizeRowsToContents())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()  # a stretched column got wider or narrower: rows fit their text again

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.toolTip() != item.text():
            item.setToolTip(item.text())
        self.resizeRowsToContents()
        self.changed.emit()

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def remove_current(self) -> None:
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())
            self.changed.emit()


class SourcesTable(_Table):
    """The guide's sources: title, web address, when it was read, and the date the page carries (or none)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Tittel"), self.tr("Nettadresse (https://…)"), self.tr("Lest"),
                          self.tr("Sidens dato"), self.tr("Ingen dato")], parent)
        undated_header = self.horizontalHeaderItem(4)
        if undated_header is not None:
            undated_header.setToolTip(self.tr("Siden har ingen dato"))
        self._today = QDate(today.year, today.month, today.day)
        self.setAccessibleName(self.tr("Kilder"))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 180)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def add(self, source: DraftSource | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        self.blockSignals(True)
        for column, text in ((0, source.title if source else ""), (1, source.url if source else "")):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.setItem(row, column, item)
        self.blockSignals(False)
        read = self._date_edit(self.tr("Lest, kilde %1").replace("%1", str(row + 1)))
        read.setDate(QDate(source.read.year, source.read.month, source.read.day) if source and source.read
                     else self._today)
        page = self._date_edit(self.tr("Sidens dato, kilde %1").replace("%1", str(row + 1)))
        page.setMinimumDate(NO_DATE)
        page.setSpecialValueText(self.tr("velg dato"))
        page.setDate(QDate(source.page_date.year, source.page_date.month, source.page_date.day)
                     if source and source.page_date else NO_DATE)
        undated = QCheckBox(self)
        undated.setAccessibleName(self.tr("Siden har ingen dato, kilde %1").replace("%1", str(row + 1)))
        undated.setChecked(bool(source and source.undated))
        page.setEnabled(not undated.isChecked())
        undated.toggled.connect(lambda on: self._undated(page, on))
        self.setCellWidget(row, 2, read)
        self.setCellWidget(row, 3, page)
        self.setCellWidget(row, 4, undated)
        self.resizeRowsToContents()
        self.changed.emit()
        return row

    def _undated(self, page: QDateEdit, undated: bool) -> None:
        page.setEnabled(not undated)
        self.changed.emit()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setAccessibleName(name)
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        return edit

    def sources(self) -> tuple[DraftSource, ...]:
        found = []
        for row in range(self.rowCount()):
            title, url = self._text(row, 0), self._text(row, 1)
            if not (title or url):
                continue  # an empty row is no source
            read, page, undated = (self.cellWidget(row, c) for c in (2, 3, 4))
            assert isinstance(read, QDateEdit) and isinstance(page, QDateEdit) and isinstance(undated, QCheckBox)
            page_date = None if undated.isChecked() or page.date() == NO_DATE else _date(page.date())
            found.append(DraftSource(title, url, _date(read.date()), page_date, undated.isChecked()))
        return tuple(found)


class FactsTable(_Table):
    """The guide's own local facts: the key written ``{{key}}`` in the text, its kind, and its label."""

    def __init__(self, kind_names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Navn i teksten"), self.tr("Type"), self.tr("Hva lederen skal fylle inn")], parent)
        self._kind_names = kind_names
        self.setAccessibleName(self.tr("Veiledningens egne lokale opplysninger"))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def add(self, fact: DraftFact | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        self.blockSignals(True)
        self.setItem(row, 0, QTableWidgetItem(fact.key if fact else ""))
        self.setItem(row, 2, QTableWidgetItem(fact.label if fact else ""))
        self.blockSignals(False)
        kind = QComboBox(self)
        kind.setAccessibleName(self.tr("Type, opplysning %1").replace("%1", str(row + 1)))
        for name in SLOT_KINDS:
            kind.addItem(self._kind_names.get(name, name), name)
        kind.setCurrentIndex(max(0, kind.findData(fact.kind if fact else "text")))
        kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.setCellWidget(row, 1, kind)
        self.changed.emit()
        return row

    def facts(self) -> tuple[DraftFact, ...]:
        found = []
        for row in range(self.rowCount()):
            key, label = self._text(row, 0), self._text(row, 2)
            kind = self.cellWidget(row, 1)
            assert isinstance(kind, QComboBox)
            if key or label:
                found.append(DraftFact(key.strip("{} "), str(kind.currentData()), label))
        return tuple(found)


class _OfflineBrowser(QTextBrowser):
    def loadResource(self, kind: int, url: QUrl | str) -> object:
        return QByteArray()  # never fetch anything a guide names (see GuideView)


class DraftPreview(QTabWidget):
    """«Slik ser ansatte den» and the handout in bokmål, nynorsk and English, as the window would show them."""

    def __init__(self, registry: AgencyRegistry, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Forhåndsvisning"))
        self.staff = GuideView(registry, language, self)
        self.staff.log_button.hide()  # a preview: nothing to log or print yet
        self.staff.print_button.hide()
        self.addTab(self.staff, self.tr("Slik ser ansatte den"))
        self.handouts: dict[str, QTextBrowser] = {}
        names = {"nb": self.tr("Utskrift, bokmål"), "nn": self.tr("Utskrift, nynorsk"),
                 "en": self.tr("Utskrift, engelsk")}
        for language_code in LANGUAGES:
            browser = _OfflineBrowser(self)
            browser.setOpenLinks(False)
            browser.setAccessibleName(names[language_code])
            self.handouts[language_code] = browser
            self.addTab(browser, names[language_code])

    def follow(self, part: str) -> None:
        """Show the part being written: the staff view, or the handout in that language."""
        self.setCurrentWidget(self.handouts.get(part, self.staff))

    def show_draft(self, guide: Guide, library: Mapping[str, Guide], facts: LocalFacts | None, today: date,
                   centre_name: str) -> None:
        scroll = self.staff.browser.verticalScrollBar().value()  # keep the place while typing
        self.staff.show_guide(guide, dict(library), today, facts)
        self.staff.browser.verticalScrollBar().setValue(scroll)
        for language_code, browser in self.handouts.items():
            try:
                page = handout_html(build_handout(guide, language_code, facts, centre_name, today))
            except HandoutLanguageError:
                browser.setPlainText(self.tr("Veiledningen har ingen tekst til innbyggeren på dette språket ennå. "
                                             "Skriv den under «Til innbyggeren»."))
                continue
            position = browser.verticalScrollBar().value()
            browser.setHtml(page)
            browser.verticalScrollBar().setValue(position)
