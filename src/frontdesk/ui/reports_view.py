"""Rapporter: the supervisor's view of the visit log.

Pick a month or any period; see the counts (with the previous period beside them), a bar chart by category, a
weekday × hour grid of when people come (courses and events included on request), and the period's courses and
events; export CSV/XLSX/JSON, the Digdir "digital deltakelse" template, and
import other counters' station files. All figures come from frontdesk.reports.

This dialog holds the period, the summary and the counting; the tabs show the figures (report_tabs) and the
files are written and read by report_files. Reports and exports run on the thread pool (a year of a busy centre
is a million visits), with a busy bar; the window keeps answering.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from frontdesk import formatting
from frontdesk.reports.model import Report
from frontdesk.reports.period import Period
from frontdesk.reports.tables import Table
from frontdesk.ui.background import BackgroundTasks
from frontdesk.ui.errors import friendly_message, show_message
from frontdesk.ui.report_files import ReportFiles
from frontdesk.ui.report_jobs import ReportAnswer, ReportRequest, compute_report, compute_template
from frontdesk.ui.report_tabs import ReportTabs
from frontdesk.ui.services import Services
from frontdesk.ui.sync_status import SyncController
from frontdesk.ui.widgets import BusyBar, resize_within_screen


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
        self.report: Report | None = None
        self.report_period: Period | None = None  # the period self.report counts
        self.template: Table | None = None
        self._template_for: Period | None = None  # the period self.template counts, or is being counted for
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
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Sammendrag"))
        self.busy = BusyBar(self)
        self.busy.setAccessibleName(self.tr("Arbeider …"))
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.tabs = ReportTabs(language, sync, self)
        self.tabs.currentChanged.connect(lambda _i: self._show_template())
        if self.tabs.stations is not None and sync is not None:  # other counters' visits come in while shown
            sync.visitsArrived.connect(self.refresh)
            sync.sync_now()
        self.files = ReportFiles(services, tasks, language, self.busy, self._show_failure, self)
        self.files.saved.connect(self._saved)
        self.files.imported.connect(self.refresh)

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
        self.busy.job_started()
        for button in self.export_buttons:  # they would save the figures of the period no longer chosen
            button.setEnabled(False)
        self._tasks.run(lambda: compute_report(request), self._report_ready, self._job_failed)

    @property
    def working(self) -> bool:
        return self.busy.working

    def _job_failed(self, error: BaseException) -> None:
        self.busy.job_ended()
        self._show_failure(error)

    def _show_failure(self, error: BaseException) -> None:
        message = friendly_message(error)
        if message is None:
            raise error  # a bug: the exception dialog logs it
        show_message(self, self.tr("Rapporter"), message)

    def _report_ready(self, answer: ReportAnswer) -> None:
        self.busy.job_ended()
        if answer.generation != self._generation:
            return  # the period was changed again while this one was counted
        for button in self.export_buttons:
            button.setEnabled(True)
        self.report, self.report_period = answer.report, answer.period
        self._show_summary(answer.report, answer.period)
        self.tabs.show_report(answer.report)
        self.reportShown.emit()

    def _show_template(self) -> None:
        """Count the template for the chosen period when its tab is open and it isn't counted yet."""
        period = self.period()
        if not self.tabs.template_open or self._template_for == period:
            return
        self._template_for = period
        database, taxonomy, kinds = self._services.store.path, self._services.taxonomy, self._services.store.event_kinds
        self.busy.job_started()
        self._tasks.run(lambda: (period, compute_template(database, taxonomy, period, kinds)), self._template_ready,
                        self._job_failed)

    def _template_ready(self, answer: tuple[Period, Table]) -> None:
        self.busy.job_ended()
        period, table = answer
        if period == self._template_for:  # else the period changed while it was counted
            self.template = table
            self.tabs.show_template(table)
            self.templateShown.emit()

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

    # -- files -------------------------------------------------------------------------------------------
    def export(self, suffix: str, path: Path | None = None) -> None:
        """Save the report on screen; ``exported`` says where (or None) when the file is written."""
        if self.report is not None and self.report_period is not None:
            self.files.export(self.report, self.report_period, suffix, path)

    def export_template(self, path: Path | None = None) -> None:
        self.files.export_template(self.period(), path)

    def import_files(self, paths: list[Path] | None = None) -> int:
        return self.files.import_files(paths)

    def _saved(self, path: Path | None) -> None:
        if path is not None:
            self.status.setText(self.tr("Lagret %1").replace("%1", str(path)))
            self.status.setToolTip(str(path))
        self.exported.emit(path)
