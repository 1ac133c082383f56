"""The report view's pictures and tables: a bar chart of the largest categories, the weekday × hour grid
(visits, and optionally the participants of courses and events by start hour), the events by kind and form,
and how the tables are fitted.

Colours come from the palette only, so high-contrast themes keep working.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from frontdesk import formatting
from frontdesk.reports.model import EventFigures, Report
from frontdesk.reports.tables import Table, readable_row

translate = QCoreApplication.translate  # a plain name lupdate recognises

CHART_ROWS = 12


def category_chart(report: Report, language: str, palette: QPalette) -> QChart:
    rows = sorted((r for r in report.breakdown("by_category").rows if r.count), key=lambda r: r.count)[-CHART_ROWS:]
    chart = QChart()
    chart.setTitle(translate("ReportsDialog", "Besøk per kategori (de %1 største)").replace("%1", str(CHART_ROWS)))
    chart.legend().hide()
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
    chart.setTitleBrush(palette.color(QPalette.ColorRole.Text))
    bars = QBarSet(translate("ReportsDialog", "Besøk"))
    bars.setColor(palette.color(QPalette.ColorRole.Highlight))
    for row in rows:
        bars.append(row.count)
    series = QHorizontalBarSeries()
    series.append(bars)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([r.label(language) for r in rows] or [""])
    axis_x = QValueAxis()
    axis_x.setRange(0, max([r.count for r in rows] or [1]))
    axis_x.setLabelFormat("%d")
    axis_x.applyNiceNumbers()
    for axis, side in ((axis_y, Qt.AlignmentFlag.AlignLeft), (axis_x, Qt.AlignmentFlag.AlignBottom)):
        axis.setLabelsBrush(palette.color(QPalette.ColorRole.Text))
        chart.addAxis(axis, side)
        series.attachAxis(axis)
    return chart


def fill_heatmap(table: QTableWidget, report: Report, language: str, palette: QPalette,
                 include_events: bool = False) -> None:
    """Opening hours at least (08–16), wider when visits came earlier or later; darker means busier. With
    ``include_events`` the participants of courses and events count in the hour their event started."""
    grid = report.weekday_hour
    if include_events:
        grid = tuple(tuple(v + e for v, e in zip(visits, events, strict=True))
                     for visits, events in zip(report.weekday_hour, report.events.weekday_hour, strict=True))
    hours = [h for h in range(24) if any(grid[d][h] for d in range(7))]
    first, last = min([*hours, 8]), max([*hours, 16])
    shown = list(range(first, last + 1))
    table.setColumnCount(len(shown))
    table.setHorizontalHeaderLabels([f"{h:02d}" for h in shown])
    table.setVerticalHeaderLabels([formatting.weekday(day, language, short=True) for day in range(7)])
    peak = max((grid[d][h] for d in range(7) for h in shown), default=0) or 1
    highlight = palette.color(QPalette.ColorRole.Highlight)
    for day in range(7):
        for column, hour in enumerate(shown):
            count = grid[day][hour]
            item = QTableWidgetItem(str(count) if count else "")
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if count:
                shade = QColor(highlight)
                shade.setAlphaF(0.15 + 0.85 * count / peak)
                item.setBackground(shade)
            table.setItem(day, column, item)


def _figure(value: int | float | str, language: str) -> str:
    """A count or hours as the window's language writes them ("1 234", "1,5"); a text cell as it is."""
    return value if isinstance(value, str) else formatting.number(value, language)


def fill_events_table(table: QTableWidget, report: Report, language: str) -> None:
    """One row per kind, then per form, then the sum: events, participants, hours and volunteer hours, each
    with the previous period's figure beside it."""
    events = report.events
    form = translate("ReportsDialog", "Form")
    rows = [(row.label(language), row.current, row.previous) for row in events.by_kind]
    rows += [(f"{form}: {row.label(language)}", row.current, row.previous) for row in events.by_form if events.by_kind]
    rows.append((translate("ReportsDialog", "Sum"), events.total, events.previous_total))
    table.setColumnCount(9)
    before = translate("ReportsDialog", "Før")
    table.setHorizontalHeaderLabels([
        translate("ReportsDialog", "Type"), translate("ReportsDialog", "Arrangementer"), before,
        translate("ReportsDialog", "Deltakere"), before, translate("ReportsDialog", "Timer"), before,
        translate("ReportsDialog", "Frivillige timer"), before])
    table.setRowCount(len(rows))

    def text(figures: EventFigures) -> list[str]:
        return [_figure(figures.count, language), _figure(figures.participants, language),
                _figure(figures.hours, language), _figure(figures.volunteer_hours, language)]

    for number, (label, current, previous) in enumerate(rows):
        table.setItem(number, 0, QTableWidgetItem(label))
        for column, value in enumerate(cell for pair in zip(text(current), text(previous), strict=True)
                                       for cell in pair):
            item = QTableWidgetItem(value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(number, 1 + column, item)


def fill_template_table(table: QTableWidget, template: Table, language: str) -> None:
    """The template on its side, as the text report prints it: a row per column, a column per month and Sum."""
    rows = [readable_row(template.columns, row, language) for row in template.rows]  # "01.11.2026", as exported
    months = [str(row[0]) for row in rows]
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)  # 35 rows: keep them compact
    table.setRowCount(len(template.columns) - 1)
    table.setColumnCount(len(months))
    table.setHorizontalHeaderLabels(months)
    table.setVerticalHeaderLabels([column.title(language) for column in template.columns[1:]])
    for number in range(1, len(template.columns)):
        for month, row in enumerate(rows):
            item = QTableWidgetItem(_figure(row[number], language))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(number - 1, month, item)


def fit_columns(table: QTableWidget) -> None:
    """The first column takes the room that is left; the others are as wide as their header and figures, so a
    header such as "Forrige periode" is never cut, at any text size. No row numbers: they count nothing."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()


def bold_row(table: QTableWidget, row: int) -> None:
    for column in range(table.columnCount()):
        item = table.item(row, column)
        if item is not None:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
