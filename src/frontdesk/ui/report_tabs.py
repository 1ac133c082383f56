"""The report view's tabs, filled from one counted report: the table by any breakdown, the bar chart, when
people come, courses and events, the Digdir template, and the other counters when a shared folder is set.

The figures come from frontdesk.reports; this module only shows them (the pictures and the tables' filling
are in :mod:`frontdesk.ui.report_charts`).
"""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk import formatting
from frontdesk.i18n import Text
from frontdesk.reports.model import Report, Row
from frontdesk.reports.tables import Table
from frontdesk.ui.report_charts import (
    bold_row,
    category_chart,
    fill_events_table,
    fill_heatmap,
    fill_template_table,
    fit_columns,
)
from frontdesk.ui.sync_status import StationsTable, SyncController

TOTAL_ROW = Text("Totalt", "Totalt", "Total")  # the table's last row, in bold: every visit of the period


class ReportTabs(QTabWidget):
    """Tabell, Diagram, Når folk kommer, Kurs og arrangementer, Digital deltakelse (and Skranker)."""

    def __init__(self, language: str, sync: SyncController | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._report: Report | None = None
        self.breakdown = QComboBox(self)
        self.breakdown.setAccessibleName(self.tr("Fordel etter"))
        self.breakdown.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # filled when counted
        self.breakdown.currentIndexChanged.connect(lambda _i: self._show_table())
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Tabell med antall"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        fit_columns(self.table)
        self.chart_view = QChartView(self)
        self.chart_view.setAccessibleName(self.tr("Stolpediagram per kategori"))
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.heatmap = QTableWidget(7, 24, self)
        self.heatmap.setAccessibleName(self.tr("Besøk per ukedag og time"))
        self.heatmap.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.heatmap.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.with_events = QCheckBox(self.tr("Ta med deltakere på kurs og arrangementer (etter starttime)"), self)
        self.with_events.toggled.connect(lambda _on: self._show_heatmap())
        when = QWidget(self)
        when_layout = QVBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.heatmap, 1)
        when_layout.addWidget(self.with_events)
        self.events_table = QTableWidget(0, 9, self)
        self.events_table.setAccessibleName(self.tr("Kurs og arrangementer per type"))
        self.events_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        fit_columns(self.events_table)
        # The breakdown is chosen over the table it changes, not among the period's controls.
        table_tab = QWidget(self)
        table_layout = QVBoxLayout(table_tab)
        breakdown_row = QHBoxLayout()
        breakdown_caption = QLabel(self.tr("Fordel &etter:"), self)
        breakdown_caption.setBuddy(self.breakdown)
        breakdown_row.addWidget(breakdown_caption)
        breakdown_row.addWidget(self.breakdown)
        breakdown_row.addStretch(1)
        table_layout.addLayout(breakdown_row)
        table_layout.addWidget(self.table, 1)
        self.addTab(table_tab, self.tr("Tabell"))
        self.addTab(self.chart_view, self.tr("Diagram"))
        self.addTab(when, self.tr("Når folk kommer"))
        self.addTab(self.events_table, self.tr("Kurs og arrangementer"))
        # The grant template as it will be exported, on its side: counted only when its tab is opened.
        self.template_table = QTableWidget(0, 0, self)
        self.template_table.setAccessibleName(self.tr("Malen for digital deltakelse"))
        self.template_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.addTab(self.template_table, self.tr("Digital deltakelse"))
        self.stations: StationsTable | None = None
        if sync is not None and sync.enabled:
            self.stations = StationsTable(sync, language, self)
            self.addTab(self.stations, self.tr("Skranker"))

    @property
    def template_open(self) -> bool:
        return self.currentWidget() is self.template_table

    def show_report(self, report: Report) -> None:
        """Fill every tab but the template's from ``report``; the breakdown chosen stays chosen."""
        self._report = report
        current = self.breakdown.currentData()
        self.breakdown.blockSignals(True)
        self.breakdown.clear()
        for breakdown in report.breakdowns:
            self.breakdown.addItem(breakdown.title(self._language), breakdown.name)
        self.breakdown.setCurrentIndex(max(0, self.breakdown.findData(current)))
        self.breakdown.blockSignals(False)
        self._show_table()
        old = self.chart_view.chart()
        self.chart_view.setChart(category_chart(report, self._language, self.palette()))
        if old is not None:
            old.deleteLater()
        self._show_heatmap()
        fill_events_table(self.events_table, report, self._language)
        bold_row(self.events_table, self.events_table.rowCount() - 1)  # the sum

    def show_template(self, template: Table) -> None:
        fill_template_table(self.template_table, template, self._language)

    def _show_heatmap(self) -> None:
        if self._report is not None:
            fill_heatmap(self.heatmap, self._report, self._language, self.palette(), self.with_events.isChecked())

    def _show_table(self) -> None:
        if self._report is None or self.breakdown.currentData() is None:
            return
        report, language = self._report, self._language
        breakdown = report.breakdown(str(self.breakdown.currentData()))
        # Each count column names its period: a month is compared with the month before (reports.period).
        count_title, previous_title = self.tr("Antall"), self.tr("Forrige periode")
        self.table.setHorizontalHeaderLabels([
            breakdown.title(language),
            f"{count_title}\n{formatting.span(report.period.start, report.period.end, language)}",
            f"{previous_title}\n{formatting.span(report.previous_period.start, report.previous_period.end, language)}"])
        rows = [row for row in breakdown.rows if row.count or row.previous]
        rows.append(Row("total", labels=TOTAL_ROW, count=report.total, previous=report.previous_total))
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            self.table.setItem(number, 0, QTableWidgetItem(row.label(language)))
            for column, value in ((1, row.count), (2, row.previous)):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(number, column, item)
        bold_row(self.table, len(rows) - 1)
