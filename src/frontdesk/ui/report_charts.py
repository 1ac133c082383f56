"""The report view's pictures: a bar chart of the largest categories and the weekday × hour grid.

Colours come from the palette only, so high-contrast themes keep working.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from frontdesk.reports.model import Report

translate = QCoreApplication.translate  # a plain name lupdate recognises

CHART_ROWS = 12
WEEKDAYS_NB = ("man", "tir", "ons", "tor", "fre", "lør", "søn")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


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


def fill_heatmap(table: QTableWidget, report: Report, language: str, palette: QPalette) -> None:
    """Opening hours at least (08–16), wider when visits came earlier or later; darker means busier."""
    grid = report.weekday_hour
    hours = [h for h in range(24) if any(grid[d][h] for d in range(7))]
    first, last = min([*hours, 8]), max([*hours, 16])
    shown = list(range(first, last + 1))
    table.setColumnCount(len(shown))
    table.setHorizontalHeaderLabels([f"{h:02d}" for h in shown])
    table.setVerticalHeaderLabels(list(WEEKDAYS_EN if language == "en" else WEEKDAYS_NB))
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
