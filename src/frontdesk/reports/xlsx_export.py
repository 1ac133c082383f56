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

from frontdesk import formatting
from frontdesk.i18n import Text
from frontdesk.reports.event_cells import FORM_TITLE, GRID_TITLE, SECTION_TITLE, cells, title
from frontdesk.reports.model import EVENT_METRICS, ExportOptions, Report
from frontdesk.reports.suppression import shown, shown_row
from frontdesk.reports.tables import Table, readable_row

_BOLD = Font(bold=True)
_MAX_WIDTH = 60
# Excel forbids these in sheet names and caps them at 31 characters.
_SHEET_FORBIDDEN = str.maketrans({c: "-" for c in "[]:*?/\\"})

OVERVIEW = Text("Oversikt", "Oversikt", "Overview")
CENTRE = Text("Senter", "Senter", "Centre")
STATION = Text("Stasjon", "Stasjon", "Station")
ALL_STATIONS = Text("Alle stasjoner", "Alle stasjonar", "All stations")
PERIOD = Text("Periode", "Periode", "Period")
PREVIOUS_PERIOD = Text("Forrige periode", "Førre periode", "Previous period")
TOTAL = Text("Besøk", "Besøk", "Visits")
PREVIOUS_TOTAL = Text("Besøk forrige periode", "Besøk førre periode", "Visits previous period")
CHANGE = Text("Endring", "Endring", "Change")
CHANGE_PERCENT = Text("Endring i prosent", "Endring i prosent", "Change in percent")
SUPPRESSED = Text("Tall fra 1 til {n} vises som <{m}", "Tal frå 1 til {n} blir viste som <{m}",
                  "Counts from 1 to {n} are shown as <{m}")
LEFT_OUT = Text("Utelatt (sammenslått måned delvis i perioden)", "Utelaten (samanslått månad delvis i perioden)",
                "Left out (folded month partly in the period)")
KEY = Text("Nøkkel", "Nøkkel", "Key")
LABEL = Text("Navn", "Namn", "Name")
COUNT = Text("Antall", "Tal", "Count")
GRID = Text("Ukedag og time", "Vekedag og time", "Weekday and hour")
WEEKDAY = Text("Ukedag", "Vekedag", "Weekday")
SUM = Text("Sum", "Sum", "Total")
PARTICIPANTS = Text("Deltakere på kurs og arrangementer", "Deltakarar på kurs og arrangement",
                    "Participants in courses and events")
VOLUNTEER_HOURS = Text("Frivillige timer", "Frivillige timar", "Volunteer hours")
EVENTS_GRID = Text("Kurs - ukedag og time", "Kurs - vekedag og time", "Events - weekday and hour")
BEFORE = Text("forrige periode", "førre periode", "previous period")


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
    language = options.language
    sheet = workbook.active
    sheet.title = _sheet_title(OVERVIEW.get(language))
    station = options.station or report.station or ALL_STATIONS.get(language)
    lines: list[tuple[Text, Any]] = [
        (CENTRE, options.centre_name),
        (STATION, station),
        (PERIOD, formatting.span(report.period.start, report.period.end, language)),
        (PREVIOUS_PERIOD, formatting.span(report.previous_period.start, report.previous_period.end, language)),
        (TOTAL, report.total),
        (PREVIOUS_TOTAL, report.previous_total),
        (CHANGE, report.change),
        (SECTION_TITLE, report.events.total.count),
        (PARTICIPANTS, report.events.total.participants),
        (VOLUNTEER_HOURS, report.events.total.volunteer_hours),
    ]
    for label, value in lines:
        sheet.append([label.get(language), value])
    sheet.append([CHANGE_PERCENT.get(language),
                  None if report.change_percent is None else report.change_percent / 100])
    sheet.cell(row=sheet.max_row, column=2).number_format = "0.0%"
    if options.threshold:
        n = options.threshold
        sheet.append([SUPPRESSED.fill(language, n=n - 1, m=n)])
    if report.left_out_months:
        months = ", ".join(formatting.month_of(m, language) for m in report.left_out_months)
        sheet.append([LEFT_OUT.get(language), months])
    for cell in sheet["A"]:
        cell.font = _BOLD
    _fit_widths(sheet)


def _grid_rows(grid: tuple[tuple[int, ...], ...], options: ExportOptions) -> list[list[Any]]:
    """A row per weekday: its name, a cell per hour and the day's sum."""
    return [
        [formatting.weekday(weekday, options.language), *(shown(count, options.threshold) for count in hours),
         sum(hours)]
        for weekday, hours in enumerate(grid)
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
    language = options.language
    workbook = Workbook()
    _overview(workbook, report, options)
    # The previous column says which period it is: a month is compared with the month before (see Period).
    before = formatting.span(report.previous_period.start, report.previous_period.end, language)
    header = (KEY.get(language), LABEL.get(language), COUNT.get(language),
              f"{PREVIOUS_PERIOD.get(language)} ({before})")
    for breakdown in report.breakdowns:
        rows = (
            (row.key, row.label(options.language), shown(row.count, options.threshold),
             shown(row.previous, options.threshold))
            for row in breakdown.rows
        )
        sheet = _add_sheet(workbook, breakdown.title(options.language), header, rows)
        _total_row(sheet, ("total", SUM.get(language), report.total, report.previous_total))
    sheet = _add_sheet(workbook, GRID.get(language), _grid_header(language), _grid_rows(report.weekday_hour, options))
    sums = _column_sums(report.weekday_hour)
    _total_row(sheet, (SUM.get(language), *sums, sum(sums)))
    _event_sheets(workbook, report, options)
    return workbook


def _event_sheets(workbook: Workbook, report: Report, options: ExportOptions) -> None:
    """A row per kind, then per form, then the exact sum; this period's five figures, then the previous ones."""
    language, below = options.language, options.threshold
    events = report.events
    header = [KEY.get(language), LABEL.get(language), *(title(m, language) for m in EVENT_METRICS),
              *(f"{title(m, language)}, {BEFORE.get(language)}" for m in EVENT_METRICS)]
    rows: list[list[Any]] = [[row.key, row.label(language), *cells(row.current, below), *cells(row.previous, below)]
                             for row in events.by_kind]
    rows += [[f"form:{row.key}", f"{FORM_TITLE.get(language)}: {row.label(language)}", *cells(row.current, below),
              *cells(row.previous, below)] for row in events.by_form]
    rows.append(["total", SUM.get(language), *cells(events.total, below, exact=True),
                 *cells(events.previous_total, below, exact=True)])
    _add_sheet(workbook, SECTION_TITLE.get(language), header, rows)
    sheet = _add_sheet(workbook, EVENTS_GRID.get(language), _grid_header(language),
                       _grid_rows(events.weekday_hour, options))
    sums = _column_sums(events.weekday_hour)
    _total_row(sheet, (SUM.get(language), *sums, sum(sums)))
    sheet.append([GRID_TITLE.get(language)])


def _grid_header(language: str) -> list[str]:
    return [WEEKDAY.get(language), *(f"{hour:02d}" for hour in range(24)), SUM.get(language)]


def table_workbook(table: Table, options: ExportOptions | None = None) -> Workbook:
    options = options or ExportOptions()
    workbook = Workbook()
    workbook.remove(workbook.active)
    suppressible = table.suppressible()
    language = options.language
    rows = (readable_row(table.columns, shown_row(row, suppressible, options.threshold), language)
            for row in table.rows)
    sheet = _add_sheet(workbook, table.title(language), [c.title(language) for c in table.columns], rows)
    for note in table.notes:
        sheet.append([note.get(language)])
    return workbook


def save_xlsx(report: Report | Table, path: Path, options: ExportOptions | None = None) -> None:
    workbook = table_workbook(report, options) if isinstance(report, Table) else report_workbook(report, options)
    workbook.save(path)
