"""A plain-text report for the terminal: what ``frontdesk report`` prints when no file format is asked for."""

from __future__ import annotations

from frontdesk import formatting
from frontdesk.i18n import Text
from frontdesk.reports.event_cells import FORM_TITLE, GRID_TITLE, SECTION_TITLE, cells, title
from frontdesk.reports.model import EVENT_METRICS, EventRow, ExportOptions, Report
from frontdesk.reports.period import Period
from frontdesk.reports.suppression import shown, shown_row
from frontdesk.reports.tables import Table, readable_row

PERIOD = Text("Periode", "Periode", "Period")
PREVIOUS = Text("Forrige periode", "Førre periode", "Previous period")
TOTAL = Text("Besøk totalt", "Besøk totalt", "Total visits")
CHANGE = Text("Endring", "Endring", "Change")
COUNT = Text("Antall", "Tal", "Count")
BEFORE = Text("Før", "Før", "Before")
GRID = Text("Ukedag × time (bare timer med besøk)", "Vekedag × time (berre timar med besøk)",
            "Weekday × hour (only hours with visits)")
LEFT_OUT = Text("Utelatt (sammenslått måned delvis i perioden)", "Utelaten (samanslått månad delvis i perioden)",
                "Left out (folded month partly in the period)")
SUM = Text("Sum", "Sum", "Total")
NO_EVENTS = Text("Ingen kurs eller arrangementer i perioden.", "Ingen kurs eller arrangement i perioden.",
                 "No courses or events in the period.")
IN_BRACKETS = Text("(forrige periode i parentes)", "(førre periode i parentes)", "(previous period in brackets)")


def _cell(value: int | float | str, language: str) -> str:
    """A count or hours the reader's way ("1 234", "1,5"); a suppressed "<N" as it is."""
    return value if isinstance(value, str) else formatting.number(value, language)


def _change(report: Report, language: str) -> str:
    change = formatting.number(report.change, language, sign=True)
    if report.change_percent is None:
        return change
    return f"{change} ({formatting.percent(report.change_percent, language, sign=True)})"


def _span(period: Period, language: str) -> str:
    return formatting.span(period.start, period.end, language)


def report_text(report: Report, options: ExportOptions | None = None) -> str:
    options = options or ExportOptions()
    below, language = options.threshold, options.language
    lines = [
        f"{PERIOD.get(language)}: {_span(report.period, language)}   "
        f"{PREVIOUS.get(language)}: {_span(report.previous_period, language)}",
        f"{TOTAL.get(language)}: {_cell(report.total, language)}   "
        f"{PREVIOUS.get(language)}: {_cell(report.previous_total, language)}   "
        f"{CHANGE.get(language)}: {_change(report, language)}",
    ]
    if report.left_out_months:
        months = ", ".join(formatting.month_of(m, language) for m in report.left_out_months)
        lines.append(f"{LEFT_OUT.get(language)}: {months}")
    for breakdown in report.breakdowns:
        if not breakdown.rows:
            continue
        width = max(len(row.label(language)) for row in breakdown.rows)
        heading = breakdown.title(language)
        lines += ["", heading, "-" * len(heading)]
        lines.append(f"{'':<{width}}  {COUNT.get(language):>7}  {BEFORE.get(language):>7}")
        for row in breakdown.rows:
            lines.append(f"{row.label(language):<{width}}  {_cell(shown(row.count, below), language):>7}  "
                         f"{_cell(shown(row.previous, below), language):>7}")
    lines += ["", GRID.get(language), "-" * len(GRID.get(language))]
    lines += _grid(report.weekday_hour, below, language)
    return "\n".join(lines + _events(report, options)) + "\n"


def _grid(grid: tuple[tuple[int, ...], ...], below: int | None, language: str) -> list[str]:
    """A line per weekday with the hours that had any: "mandag   09:3  10:<5"."""
    lines = []
    for weekday, hours in enumerate(grid):
        busy = [f"{hour:02d}:{_cell(shown(count, below), language)}" for hour, count in enumerate(hours) if count]
        lines.append(f"{formatting.weekday(weekday, language):<9} " + ("  ".join(busy) or "-"))
    return lines


def _events(report: Report, options: ExportOptions) -> list[str]:
    """Courses and events: one line per kind and per form, each figure with the previous period's in brackets."""
    below, language = options.threshold, options.language
    events = report.events
    heading = SECTION_TITLE.get(language)
    lines = ["", heading, "-" * len(heading)]
    if not events.by_kind:
        return [*lines, NO_EVENTS.get(language)]

    def line(label: str, width: int, current: tuple[int | float | str, ...],
             previous: tuple[int | float | str, ...]) -> str:
        figures = (f"{_cell(c, language)} ({_cell(p, language)})" for c, p in zip(current, previous, strict=True))
        return f"{label:<{width}}  " + "  ".join(f"{figure:>{len(title(m, language)) + 6}}"
                                                 for figure, m in zip(figures, EVENT_METRICS, strict=True))

    rows: list[tuple[str, EventRow]] = [(row.label(language), row) for row in events.by_kind]
    rows += [(f"{FORM_TITLE.get(language)}: {row.label(language)}", row) for row in events.by_form]
    width = max(len(label) for label, _ in rows)
    lines.append(f"{IN_BRACKETS.get(language):<{width}}  " + "  ".join(
        f"{title(m, language):>{len(title(m, language)) + 6}}" for m in EVENT_METRICS))
    for label, row in rows:
        lines.append(line(label, width, cells(row.current, below), cells(row.previous, below)))
    lines.append(line(SUM.get(language), width, cells(events.total, below, exact=True),
                      cells(events.previous_total, below, exact=True)))
    lines += ["", GRID_TITLE.get(language)]
    return lines + _grid(events.weekday_hour, below, language)


def table_text(table: Table, options: ExportOptions | None = None) -> str:
    """Turned on its side (one line per column, one column per month): templates have many columns."""
    options = options or ExportOptions()
    suppressible = table.suppressible()
    language = options.language
    body = [[str(_cell(cell, language)) for cell in readable_row(
        table.columns, shown_row(row, suppressible, options.threshold), language)] for row in table.rows]
    titles = [column.title(options.language) for column in table.columns]
    title_width = max(len(title) for title in titles)
    widths = [max(len(cell) for cell in row) for row in body]
    lines = [
        f"{title:<{title_width}}  " + "  ".join(f"{row[i]:>{widths[r]}}" for r, row in enumerate(body))
        for i, title in enumerate(titles)
    ]
    return "\n".join([table.title(language), *lines, *(note.get(language) for note in table.notes)]) + "\n"
