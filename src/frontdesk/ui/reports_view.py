"""Rapporter: the supervisor's view of the visit log.

Pick a month or any period; see the counts (with the previous period beside them), a bar chart by category, a
weekday × hour grid of when people come (courses and events included on request), and the period's courses and
events; export CSV/XLSX/JSON, the Digdir "digital deltakelse" template, and
import other counters' station files. All figures come from frontdesk.reports; this file only shows them.

Reports and exports run on the thread pool (a year of a busy centre is a million visits), with a busy bar;
the window keeps answering. Station-file import writes to the log, so it stays on the store's own connection.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk import formatting
from frontdesk.i18n import LANGUAGES as REPORT_LANGUAGES
from frontdesk.i18n import Text
from frontdesk.reports.model import ExportOptions, Report, Row
from frontdesk.reports.period import Period
from frontdesk.reports.tables import Table
from frontdesk.ui.background import BackgroundTasks
from frontdesk.ui.errors import friendly_message, show_message
from frontdesk.ui.report_charts import (
    bold_row,
    category_chart,
    fill_events_table,
    fill_heatmap,
    fill_template_table,
    fit_columns,
)
from frontdesk.ui.report_jobs import (
    ReportAnswer,
    ReportRequest,
    compute_report,
    compute_template,
    save,
)
from frontdesk.ui.services import Services
from frontdesk.ui.sync_status import StationsTable, SyncController
from frontdesk.ui.widgets import resize_within_screen
from frontdesk.visits.exchange import ExchangeError, StationNameTaken, import_file

TOTAL_ROW = Text("Totalt", "Totalt", "Total")  # the table's last row, in bold: every visit of the period


def _months_back(today: date, count: int) -> list[str]:
    months, year, month = [], today.year, today.month
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months


class ReportsDialog(QDialog):
    reportShown = Signal()
    templateShown = Signal()
    exported = Signal(object)  # the saved Path, or None when saving failed

    def __init__(self, services: Services, tasks: BackgroundTasks, language: str, guide_titles: dict[str, str],
                 parent: QWidget | None = None, sync: SyncController | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._guide_titles = guide_titles
        self._language = language
        self._generation = 0
        self._jobs = 0  # reports and exports under way
        self.report: Report | None = None
        self.report_period: Period | None = None  # the period self.report counts
        self.setWindowTitle(self.tr("Rapporter"))
        resize_within_screen(self, 1000, 680)
        today = services.now().date()

        self.month = QComboBox(self)
        self.month.setAccessibleName(self.tr("Måned"))
        for month in _months_back(today, 25):
            self.month.addItem(formatting.month_of(month, language), month)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit, name in ((self.start, self.tr("Fra dato")), (self.end, self.tr("Til dato"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.month.currentIndexChanged.connect(lambda _i: self._use_month())
        self.breakdown = QComboBox(self)
        self.breakdown.setAccessibleName(self.tr("Fordel etter"))
        self.breakdown.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # filled when counted
        self.breakdown.currentIndexChanged.connect(lambda _i: self._show_table())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Sammendrag"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # no steps to count: SQLite answers in one go
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Arbeider …"))
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

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
        self.tabs = QTabWidget(self)
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
        self.tabs.addTab(table_tab, self.tr("Tabell"))
        self.tabs.addTab(self.chart_view, self.tr("Diagram"))
        self.tabs.addTab(when, self.tr("Når folk kommer"))
        self.tabs.addTab(self.events_table, self.tr("Kurs og arrangementer"))
        # The grant template as it will be exported, on its side: counted only when its tab is opened.
        self.template_table = QTableWidget(0, 0, self)
        self.template_table.setAccessibleName(self.tr("Malen for digital deltakelse"))
        self.template_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.template: Table | None = None
        self._template_for: Period | None = None  # the period self.template counts, or is being counted for
        self.tabs.addTab(self.template_table, self.tr("Digital deltakelse"))
        self.tabs.currentChanged.connect(lambda _i: self._show_template())
        self.stations: StationsTable | None = None
        if sync is not None and sync.enabled:  # the other counters' visits come in while the figures show
            self.stations = StationsTable(sync, language, self)
            self.tabs.addTab(self.stations, self.tr("Skranker"))
            sync.visitsArrived.connect(self.refresh)
            sync.sync_now()

        buttons = QHBoxLayout()
        self.export_buttons: list[QPushButton] = []
        for text, suffix in ((self.tr("Eksporter CSV …"), ".csv"), (self.tr("Eksporter XLSX …"), ".xlsx"),
                             (self.tr("Eksporter JSON …"), ".json")):
            button = QPushButton(text, self)
            button.setAccessibleName(text.rstrip(" …"))
            button.clicked.connect(lambda _c=False, s=suffix: self.export(s))
            buttons.addWidget(button)
            self.export_buttons.append(button)
        template = QPushButton(self.tr("Digital deltakelse (mal) …"), self)
        template.setAccessibleName(self.tr("Eksporter malen for digital deltakelse"))
        template.clicked.connect(lambda: self.export_template())
        import_button = QPushButton(self.tr("Importer stasjonsfiler …"), self)
        import_button.setAccessibleName(self.tr("Importer stasjonsfiler"))
        import_button.clicked.connect(lambda: self.import_files())
        close = QPushButton(self.tr("Lukk"), self)
        close.clicked.connect(self.reject)
        buttons.addWidget(template)
        buttons.addStretch(1)
        buttons.addWidget(import_button)
        buttons.addWidget(close)

        period_row = QHBoxLayout()
        for label, widget in ((self.tr("&Måned:"), self.month), (self.tr("&Fra:"), self.start),
                              (self.tr("&Til:"), self.end)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            period_row.addWidget(caption)
            period_row.addWidget(widget)
        period_row.addWidget(self.status, 1)  # takes the room left, and never widens the dialog (long paths)
        period_row.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.addLayout(period_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._use_month()

    # -- period and figures ------------------------------------------------------------------------------
    def _use_month(self) -> None:
        period = Period.month(str(self.month.currentData()))
        for edit, day in ((self.start, period.start), (self.end, period.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    def period(self) -> Period:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return Period(min(start, end), max(start, end))

    def refresh(self) -> None:
        """Count the chosen period on the thread pool; the figures on screen stay until the answer comes."""
        self._generation += 1
        registry = self._services.knowledge.registry
        request = ReportRequest(self._generation, self._services.store.path, self._services.taxonomy,
                                self.period(), dict(self._guide_titles),
                                {a.id: a.names for a in registry.agencies.values()}, self._services.store.event_kinds)
        self._template_for = None  # counted again when its tab is shown
        self._show_template()
        self._start_job()
        for button in self.export_buttons:  # they would save the figures of the period no longer chosen
            button.setEnabled(False)
        self._tasks.run(lambda: compute_report(request), self._report_ready, self._job_failed)

    def _start_job(self) -> None:
        self._jobs += 1
        self.busy.show()

    def _end_job(self) -> None:
        self._jobs -= 1
        self.busy.setVisible(self._jobs > 0)

    @property
    def working(self) -> bool:
        return self._jobs > 0

    def _job_failed(self, error: BaseException) -> None:
        self._end_job()
        self._show_failure(error)

    def _show_failure(self, error: BaseException) -> None:
        message = friendly_message(error)
        if message is None:
            raise error  # a bug: the exception dialog logs it
        show_message(self, self.tr("Rapporter"), message)

    def _report_ready(self, answer: ReportAnswer) -> None:
        self._end_job()
        if answer.generation != self._generation:
            return  # the period was changed again while this one was counted
        for button in self.export_buttons:
            button.setEnabled(True)
        self.report, self.report_period = answer.report, answer.period
        self._show_summary(answer.report, answer.period)
        current = self.breakdown.currentData()
        self.breakdown.blockSignals(True)
        self.breakdown.clear()
        for breakdown in answer.report.breakdowns:
            self.breakdown.addItem(breakdown.title(self._language), breakdown.name)
        self.breakdown.setCurrentIndex(max(0, self.breakdown.findData(current)))
        self.breakdown.blockSignals(False)
        self._show_table()
        old = self.chart_view.chart()
        self.chart_view.setChart(category_chart(answer.report, self._language, self.palette()))
        if old is not None:
            old.deleteLater()
        self._show_heatmap()
        fill_events_table(self.events_table, answer.report, self._language)
        bold_row(self.events_table, self.events_table.rowCount() - 1)  # the sum
        self.reportShown.emit()

    def _show_template(self) -> None:
        """Count the template for the chosen period when its tab is open and it isn't counted yet."""
        period = self.period()
        if self.tabs.currentWidget() is not self.template_table or self._template_for == period:
            return
        self._template_for = period
        database, taxonomy, kinds = self._services.store.path, self._services.taxonomy, self._services.store.event_kinds
        self._start_job()
        self._tasks.run(lambda: (period, compute_template(database, taxonomy, period, kinds)), self._template_ready,
                        self._job_failed)

    def _template_ready(self, answer: tuple[Period, Table]) -> None:
        self._end_job()
        period, table = answer
        if period == self._template_for:  # else the period changed while it was counted
            self.template = table
            fill_template_table(self.template_table, table, self._language)
            self.templateShown.emit()

    def _show_heatmap(self) -> None:
        if self.report is not None:
            fill_heatmap(self.heatmap, self.report, self._language, self.palette(), self.with_events.isChecked())

    def _show_summary(self, report: Report, period: Period) -> None:
        language = self._language

        def number(value: float) -> str:
            return formatting.number(value, language)

        def named(shown: Period) -> str:
            return formatting.span(shown.start, shown.end, language)

        # The total picks the plural form ("1 visit"); frontdesk.formatting writes every figure and period.
        text = self.tr("Totalt %1 besøk i %2, mot %3 i %4.", "", report.total) \
            .replace("%1", number(report.total)).replace("%2", named(period)) \
            .replace("%3", number(report.previous_total)).replace("%4", named(report.previous_period))
        if not period.whole_months_only:
            text += " " + self.tr("(Sammenlignet med like mange dager rett før.)")
        if report.change_percent is not None:
            text += " " + self.tr("Endring: %1.").replace(
                "%1", formatting.percent(report.change_percent, language, sign=True))
        events = report.events.total
        if events.count or report.events.previous_total.count:
            text += " " + self.tr("Kurs og arrangementer: %1 (deltakere: %2, frivillige timer: %3).") \
                .replace("%1", number(events.count)).replace("%2", number(events.participants)) \
                .replace("%3", number(events.volunteer_hours))
        if report.left_out_months:
            text += " " + self.tr("Utelatt (sammenslåtte måneder som bare delvis er med): %1.") \
                .replace("%1", ", ".join(formatting.month_of(month, language) for month in report.left_out_months))
        self.summary.setText(text)

    def _show_table(self) -> None:
        if self.report is None or self.breakdown.currentData() is None:
            return
        report, language = self.report, self._language
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

    # -- files -------------------------------------------------------------------------------------------
    def _options(self) -> ExportOptions:
        settings = self._services.settings
        # The files speak the window's language when the exporters know it, else bokmål.
        language = self._language if self._language in REPORT_LANGUAGES else "nb"
        return ExportOptions(language=language, centre_name=str(settings.get("centre_name") or ""),
                             station=str(settings.get("station")))

    def _ask_path(self, name: str, suffix: str) -> Path | None:
        filters = {".csv": "CSV (*.csv)", ".xlsx": "Excel (*.xlsx)", ".json": "JSON (*.json)"}
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Lagre rapport"), str(Path.home() / f"{name}{suffix}"),
            ";;".join([filters[suffix]] + [f for s, f in filters.items() if s != suffix]))
        return Path(chosen) if chosen else None

    def _save_in_background(self, path: Path, make: Callable[[], Report | Table]) -> None:
        if path.suffix.lower() not in (".csv", ".xlsx", ".json"):
            show_message(self, self.tr("Rapporter"), self.tr("Velg en fil som slutter på .csv, .xlsx eller .json."))
            self.exported.emit(None)
            return
        options = self._options()

        def work() -> Path:
            return save(make(), path, options)

        self._start_job()
        self._tasks.run(work, self._saved, self._save_failed)

    def _saved(self, path: Path) -> None:
        self._end_job()
        self.status.setText(self.tr("Lagret %1").replace("%1", str(path)))
        self.status.setToolTip(str(path))
        self.exported.emit(path)

    def _save_failed(self, error: BaseException) -> None:
        self._end_job()
        self.exported.emit(None)
        if isinstance(error, OSError):
            show_message(self, self.tr("Rapporter"), self.tr("Kunne ikke lagre filen: %1").replace("%1", str(error)))
        else:
            self._show_failure(error)

    def export(self, suffix: str, path: Path | None = None) -> None:
        """Save the report on screen; ``exported`` says where (or None) when the file is written."""
        if self.report is None or self.report_period is None:
            return
        period = self.report_period
        path = path or self._ask_path(f"frontdesk-{period.start.isoformat()}-{period.end.isoformat()}", suffix)
        if path is not None:
            report = self.report
            self._save_in_background(path, lambda: report)

    def export_template(self, path: Path | None = None) -> None:
        period = self.period()
        path = path or self._ask_path(f"digital-deltakelse-{period.start.isoformat()}", ".xlsx")
        if path is None:
            return
        database, taxonomy, kinds = self._services.store.path, self._services.taxonomy, self._services.store.event_kinds
        self._save_in_background(path, lambda: compute_template(database, taxonomy, period, kinds))

    def import_files(self, paths: list[Path] | None = None) -> int:
        if paths is None:
            chosen, _filter = QFileDialog.getOpenFileNames(self, self.tr("Importer stasjonsfiler"), str(Path.home()),
                                                           self.tr("Stasjonsfiler (*.json)"))
            paths = [Path(p) for p in chosen]
        added, events, problems = 0, 0, []
        for path in paths:
            try:
                result = import_file(self._services.store, path)
            except StationNameTaken as error:
                problems.append(error.message(self._language))
                continue
            except ExchangeError as error:
                problems.append(str(error))
                continue
            added, events = added + result.added, events + result.events_added
        if paths:
            text = self.tr("Besøk importert: %n.", "", added)
            if events:
                text += " " + self.tr("Kurs og arrangementer importert: %1.").replace("%1", str(events))
            if problems:
                text += "\n\n" + "\n".join(problems)
            show_message(self, self.tr("Importer stasjonsfiler"), text)
            self.refresh()
        return added
