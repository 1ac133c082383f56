"""Rapporter: the supervisor's view of the visit log.

Pick a month or any period; see the counts (with the previous period beside them), a bar chart by category and
a weekday × hour grid of when people come; export CSV/XLSX/JSON, the Digdir "digital deltakelse" template, and
import other counters' station files. All figures come from frontdesk.reports; this file only shows them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.reports.aggregate import build_report
from frontdesk.reports.csv_export import save_csv
from frontdesk.reports.json_export import save_json
from frontdesk.reports.model import ExportOptions, Report
from frontdesk.reports.period import Period
from frontdesk.reports.tables import Table
from frontdesk.reports.templates import digital_deltakelse
from frontdesk.reports.xlsx_export import save_xlsx
from frontdesk.ui.errors import show_message
from frontdesk.ui.services import Services
from frontdesk.visits.exchange import ExchangeError, import_file

SAVERS = {".csv": save_csv, ".xlsx": save_xlsx, ".json": save_json}
CHART_ROWS = 12
WEEKDAYS_NB = ("man", "tir", "ons", "tor", "fre", "lør", "søn")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _months_back(today: date, count: int) -> list[str]:
    months, year, month = [], today.year, today.month
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months


class ReportsDialog(QDialog):
    def __init__(self, services: Services, language: str, guide_titles: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._guide_titles = guide_titles
        self._language = language
        self.report: Report | None = None
        self.setWindowTitle(self.tr("Rapporter"))
        self.resize(1000, 680)
        today = services.now().date()

        self.month = QComboBox(self)
        self.month.setAccessibleName(self.tr("Måned"))
        for month in _months_back(today, 25):
            self.month.addItem(month, month)
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
        self.breakdown.currentIndexChanged.connect(lambda _i: self._show_table())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Sammendrag"))

        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Tabell med antall"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chart_view = QChartView(self)
        self.chart_view.setAccessibleName(self.tr("Stolpediagram per kategori"))
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.heatmap = QTableWidget(7, 24, self)
        self.heatmap.setAccessibleName(self.tr("Besøk per ukedag og time"))
        self.heatmap.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.heatmap.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, self.tr("Tabell"))
        self.tabs.addTab(self.chart_view, self.tr("Diagram"))
        self.tabs.addTab(self.heatmap, self.tr("Når folk kommer"))

        buttons = QHBoxLayout()
        for text, suffix in ((self.tr("Eksporter CSV …"), ".csv"), (self.tr("Eksporter XLSX …"), ".xlsx"),
                             (self.tr("Eksporter JSON …"), ".json")):
            button = QPushButton(text, self)
            button.setAccessibleName(text.rstrip(" …"))
            button.clicked.connect(lambda _c=False, s=suffix: self.export(s))
            buttons.addWidget(button)
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
                              (self.tr("&Til:"), self.end), (self.tr("Fordel &etter:"), self.breakdown)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            period_row.addWidget(caption)
            period_row.addWidget(widget)
        period_row.addStretch(1)
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
        period = self.period()
        self.report = build_report(
            self._services.store, self._services.taxonomy, period.start, period.end,
            guide_titles=self._guide_titles,
            agency_names={a.id: a.name for a in self._services.knowledge.registry.agencies.values()},
        )
        report = self.report
        change = report.change_percent
        text = self.tr("Totalt %1 besøk i perioden %2. Forrige periode av samme lengde: %3.") \
            .replace("%1", str(report.total)).replace("%2", str(period)).replace("%3", str(report.previous_total))
        if change is not None:
            text += " " + self.tr("Endring: %1 %.").replace("%1", f"{change:+.1f}".replace(".", ","))
        if report.left_out_months:
            text += " " + self.tr("Utelatt (sammenslåtte måneder som bare delvis er med): %1.") \
                .replace("%1", ", ".join(report.left_out_months))
        self.summary.setText(text)
        current = self.breakdown.currentData()
        self.breakdown.blockSignals(True)
        self.breakdown.clear()
        for breakdown in report.breakdowns:
            self.breakdown.addItem(breakdown.title(self._language), breakdown.name)
        self.breakdown.setCurrentIndex(max(0, self.breakdown.findData(current)))
        self.breakdown.blockSignals(False)
        self._show_table()
        self._show_chart()
        self._show_heatmap()

    def _show_table(self) -> None:
        if self.report is None or self.breakdown.currentData() is None:
            return
        breakdown = self.report.breakdown(str(self.breakdown.currentData()))
        self.table.setHorizontalHeaderLabels([breakdown.title(self._language), self.tr("Antall"),
                                              self.tr("Forrige periode")])
        rows = [r for r in breakdown.rows if r.count or r.previous]
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            self.table.setItem(number, 0, QTableWidgetItem(row.label(self._language)))
            for column, value in ((1, row.count), (2, row.previous)):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(number, column, item)

    def _show_chart(self) -> None:
        assert self.report is not None
        rows = sorted((r for r in self.report.breakdown("by_category").rows if r.count),
                      key=lambda r: r.count)[-CHART_ROWS:]
        chart = QChart()
        chart.setTitle(self.tr("Besøk per kategori (de %1 største)").replace("%1", str(CHART_ROWS)))
        chart.legend().hide()
        palette = self.palette()
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setTitleBrush(palette.color(QPalette.ColorRole.Text))
        bars = QBarSet(self.tr("Besøk"))
        bars.setColor(palette.color(QPalette.ColorRole.Highlight))
        for row in rows:
            bars.append(row.count)
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([r.label(self._language) for r in rows] or [""])
        axis_x = QValueAxis()
        axis_x.setRange(0, max([r.count for r in rows] or [1]))
        axis_x.setLabelFormat("%d")
        axis_x.applyNiceNumbers()
        for axis, side in ((axis_y, Qt.AlignmentFlag.AlignLeft), (axis_x, Qt.AlignmentFlag.AlignBottom)):
            axis.setLabelsBrush(palette.color(QPalette.ColorRole.Text))
            chart.addAxis(axis, side)
            series.attachAxis(axis)
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _show_heatmap(self) -> None:
        assert self.report is not None
        grid = self.report.weekday_hour
        hours = [h for h in range(24) if any(grid[d][h] for d in range(7))]
        first, last = min([*hours, 8]), max([*hours, 16])
        shown = list(range(first, last + 1))
        self.heatmap.setColumnCount(len(shown))
        self.heatmap.setHorizontalHeaderLabels([f"{h:02d}" for h in shown])
        self.heatmap.setVerticalHeaderLabels(list(WEEKDAYS_EN if self._language == "en" else WEEKDAYS_NB))
        peak = max((grid[d][h] for d in range(7) for h in shown), default=0) or 1
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        for day in range(7):
            for column, hour in enumerate(shown):
                count = grid[day][hour]
                item = QTableWidgetItem(str(count) if count else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if count:
                    shade = QColor(highlight)
                    shade.setAlphaF(0.15 + 0.85 * count / peak)
                    item.setBackground(shade)
                self.heatmap.setItem(day, column, item)

    # -- files -------------------------------------------------------------------------------------------
    def _options(self) -> ExportOptions:
        settings = self._services.settings
        return ExportOptions(language=self._language, centre_name=str(settings.get("centre_name") or ""),
                             station=str(settings.get("station")))

    def _ask_path(self, name: str, suffix: str) -> Path | None:
        filters = {".csv": "CSV (*.csv)", ".xlsx": "Excel (*.xlsx)", ".json": "JSON (*.json)"}
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Lagre rapport"), str(Path.home() / f"{name}{suffix}"),
            ";;".join([filters[suffix]] + [f for s, f in filters.items() if s != suffix]))
        return Path(chosen) if chosen else None

    def _save(self, content: Report | Table, path: Path) -> Path | None:
        saver = SAVERS.get(path.suffix.lower())
        if saver is None:
            show_message(self, self.tr("Rapporter"), self.tr("Velg en fil som slutter på .csv, .xlsx eller .json."))
            return None
        try:
            saver(content, path, self._options())
        except OSError as error:
            show_message(self, self.tr("Rapporter"), self.tr("Kunne ikke lagre filen: %1").replace("%1", str(error)))
            return None
        return path

    def export(self, suffix: str, path: Path | None = None) -> Path | None:
        if self.report is None:
            return None
        period = self.period()
        path = path or self._ask_path(f"frontdesk-{period.start.isoformat()}-{period.end.isoformat()}", suffix)
        return self._save(self.report, path) if path else None

    def export_template(self, path: Path | None = None) -> Path | None:
        period = self.period()
        path = path or self._ask_path(f"digital-deltakelse-{period.start.isoformat()}", ".xlsx")
        if path is None:
            return None
        table = digital_deltakelse(self._services.store, self._services.taxonomy, period.start, period.end)
        return self._save(table, path)

    def import_files(self, paths: list[Path] | None = None) -> int:
        if paths is None:
            chosen, _filter = QFileDialog.getOpenFileNames(self, self.tr("Importer stasjonsfiler"), str(Path.home()),
                                                           self.tr("Stasjonsfiler (*.json)"))
            paths = [Path(p) for p in chosen]
        added, problems = 0, []
        for path in paths:
            try:
                added += import_file(self._services.store, path).added
            except ExchangeError as error:
                problems.append(str(error))
        if paths:
            text = self.tr("Besøk importert: %n.", "", added)
            if problems:
                text += "\n\n" + "\n".join(problems)
            show_message(self, self.tr("Importer stasjonsfiler"), text)
            self.refresh()
        return added
