"""XLSX with openpyxl: an overview sheet, one sheet per breakdown, the weekday × hour grid, and the events
(courses, drop-ins, meetings: a sheet by kind and form, and their participants by weekday and start hour).

Headers are bold and frozen, columns are as wide as their contents, and counts are real numbers (a suppressed
cell is the text ``<N``, which Excel's SUM skips; the totals on the overview are exact).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from frontdesk.reports.event_cells import FORM_TITLE, GRID_TITLE, SECTION_TITLE, cells, pick, title
from frontdesk.reports.labels import WEEKDAYS
from frontdesk.reports.model import EVENT_METRICS, ExportOptions, Report
from frontdesk.reports.suppression import shown, shown_row
from frontdesk.reports.tables import Table

_BOLD = Font(bold=True)
_MAX_WIDTH = 60
# Excel forbids these in sheet names and caps them at 31 characters.
_SHEET_FORBIDDEN = str.maketrans({c: "-" for c in "[]:*?/\\"})

_TEXT: dict[str, dict[str, str]] = {
    "nb": {
        "overview": "Oversikt", "centre": "Senter", "station": "Stasjon", "all_stations": "Alle stasjoner",
        "period": "Periode", "previous_period": "Forrige periode", "total": "Besøk", "previous_total":
        "Besøk forrige periode", "change": "Endring", "change_percent": "Endring i prosent",
        "suppressed": "Tall fra 1 til {n} vises som <{m}", "left_out": "Utelatt (sammenslått måned delvis i "
        "perioden)", "key": "Nøkkel", "label": "Navn", "count": "Antall", "previous": "Forrige periode",
        "grid": "Ukedag og time", "weekday": "Ukedag", "sum": "Sum", "events": "Kurs og arrangementer",
        "participants": "Deltakere på kurs og arrangementer", "volunteer_hours": "Frivillige timer",
        "events_grid": "Kurs - ukedag og time", "before": "forrige periode",
    },
    "en": {
        "overview": "Overview", "centre": "Centre", "station": "Station", "all_stations": "All stations",
        "period": "Period", "previous_period": "Previous period", "total": "Visits", "previous_total":
        "Visits previous period", "change": "Change", "change_percent": "Change in percent",
        "suppressed": "Counts from 1 to {n} are shown as <{m}", "left_out": "Left out (folded month partly in "
        "the period)", "key": "Key", "label": "Name", "count": "Count", "previous": "Previous period",
        "grid": "Weekday and hour", "weekday": "Weekday", "sum": "Total", "events": "Courses and events",
        "participants": "Participants in courses and events", "volunteer_hours": "Volunteer hours",
        "events_grid": "Events - weekday and hour", "before": "previous period",
    },
}


def _sheet_title(text: str) -> str:
    return text.translate(_SHEET_FORBIDDEN)[:31]


def _add_sheet(workbook: Workbook, title: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Any:
    sheet = workbook.create_sheet(_sheet_title(title))
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = _BOLD
    for row in rows:
        sheet.append(list(row))
    sheet.freeze_panes = "A2"
    _fit_widths(sheet)
    return sheet


def _fit_widths(sheet: Any) -> None:
    for index, column in enumerate(sheet.iter_cols(values_only=True), start=1):
        longest = max((len(str(value)) for value in column if value is not None), default=4)
        sheet.column_dimensions[get_column_letter(index)].width = min(longest + 2, _MAX_WIDTH)


def _overview(workbook: Workbook, report: Report, options: ExportOptions) -> None:
    text = _TEXT[options.language]
    sheet = workbook.active
    sheet.title = _sheet_title(text["overview"])
    station = options.station or report.station or text["all_stations"]
    lines: list[tuple[str, Any]] = [
        (text["centre"], options.centre_name),
        (text["station"], station),
        (text["period"], str(report.period)),
        (text["previous_period"], str(report.previous_period)),
        (text["total"], report.total),
        (text["previous_total"], report.previous_total),
        (text["change"], report.change),
        (text["events"], report.events.total.count),
        (text["participants"], report.events.total.participants),
        (text["volunteer_hours"], report.events.total.volunteer_hours),
    ]
    for label, value in lines:
        sheet.append([label, value])
    sheet.append([text["change_percent"], None if report.change_percent is None else report.change_percent / 100])
    sheet.cell(row=sheet.max_row, column=2).number_format = "0.0%"
    if options.threshold:
        n = options.threshold
        sheet.append([text["suppressed"].format(n=n - 1, m=n)])
    if report.left_out_months:
        sheet.append([text["left_out"], ", ".join(report.left_out_months)])
    for cell in sheet["A"]:
        cell.font = _BOLD
    _fit_widths(sheet)


def _grid_rows(report: Report, options: ExportOptions) -> list[list[Any]]:
    day_index = 1 if options.language == "en" else 0
    return [
        [WEEKDAYS[weekday][day_index], *(shown(count, options.threshold) for count in hours), sum(hours)]
        for weekday, hours in enumerate(report.weekday_hour)
    ]


def _total_row(sheet: Any, values: Sequence[Any]) -> None:
    """The sheet's exact sum as its last row, in bold (a suppressed cell hides a count, never the sum)."""
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        cell.font = _BOLD


def _column_sums(grid: tuple[tuple[int, ...], ...]) -> list[int]:
    return [sum(hours[hour] for hours in grid) for hour in range(24)]


def report_workbook(report: Report, options: ExportOptions | None = None) -> Workbook:
    options = options or ExportOptions()
    text = _TEXT[options.language]
    workbook = Workbook()
    _overview(workbook, report, options)
    # The previous column says which period it is: a month is compared with the month before (see Period).
    header = (text["key"], text["label"], text["count"], f"{text['previous']} ({report.previous_period})")
    for breakdown in report.breakdowns:
        rows = (
            (row.key, row.label(options.language), shown(row.count, options.threshold),
             shown(row.previous, options.threshold))
            for row in breakdown.rows
        )
        sheet = _add_sheet(workbook, breakdown.title(options.language), header, rows)
        _total_row(sheet, ("total", text["sum"], report.total, report.previous_total))
    hours = [f"{hour:02d}" for hour in range(24)]
    sheet = _add_sheet(workbook, text["grid"], [text["weekday"], *hours, text["sum"]], _grid_rows(report, options))
    sums = _column_sums(report.weekday_hour)
    _total_row(sheet, (text["sum"], *sums, sum(sums)))
    _event_sheets(workbook, report, options)
    return workbook


def _event_sheets(workbook: Workbook, report: Report, options: ExportOptions) -> None:
    """A row per kind, then per form, then the exact sum; this period's five figures, then the previous ones."""
    text, language, below = _TEXT[options.language], options.language, options.threshold
    events = report.events
    header = [text["key"], text["label"], *(title(m, language) for m in EVENT_METRICS),
              *(f"{title(m, language)}, {text['before']}" for m in EVENT_METRICS)]
    rows: list[list[Any]] = [[row.key, row.label(language), *cells(row.current, below), *cells(row.previous, below)]
                             for row in events.by_kind]
    rows += [[f"form:{row.key}", f"{pick(FORM_TITLE, language)}: {row.label(language)}", *cells(row.current, below),
              *cells(row.previous, below)] for row in events.by_form]
    rows.append(["total", text["sum"], *cells(events.total, below, exact=True),
                 *cells(events.previous_total, below, exact=True)])
    _add_sheet(workbook, pick(SECTION_TITLE, language), header, rows)
    day_index = 1 if language == "en" else 0
    grid = [[WEEKDAYS[day][day_index], *(shown(n, below) for n in hours), sum(hours)]
            for day, hours in enumerate(events.weekday_hour)]
    sheet = _add_sheet(workbook, text["events_grid"], [text["weekday"], *(f"{h:02d}" for h in range(24)),
                                                         text["sum"]], grid)
    sums = _column_sums(events.weekday_hour)
    _total_row(sheet, (text["sum"], *sums, sum(sums)))
    sheet.append([pick(GRID_TITLE, language)])


def table_workbook(table: Table, options: ExportOptions | None = None) -> Workbook:
    options = options or ExportOptions()
    workbook = Workbook()
    workbook.remove(workbook.active)
    suppressible = table.suppressible()
    rows = (shown_row(row, suppressible, options.threshold) for row in table.rows)
    sheet = _add_sheet(workbook, table.title(options.language), [c.title(options.language) for c in table.columns],
                       rows)
    for note in table.notes:
        sheet.append([note])
    return workbook


def save_xlsx(report: Report | Table, path: Path, options: ExportOptions | None = None) -> None:
    workbook = table_workbook(report, options) if isinstance(report, Table) else report_workbook(report, options)
    workbook.save(path)
