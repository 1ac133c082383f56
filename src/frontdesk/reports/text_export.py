"""A plain-text report for the terminal: what ``frontdesk report`` prints when no file format is asked for."""

from __future__ import annotations

from frontdesk.reports.event_cells import FORM_TITLE, GRID_TITLE, SECTION_TITLE, cells, decimal, pick, title
from frontdesk.reports.labels import WEEKDAYS
from frontdesk.reports.model import EVENT_METRICS, EventRow, ExportOptions, Report
from frontdesk.reports.suppression import shown, shown_row
from frontdesk.reports.tables import Table

_TEXT = {
    "nb": {"period": "Periode", "previous": "Forrige periode", "total": "Besøk totalt", "change": "Endring",
           "count": "Antall", "before": "Før", "grid": "Ukedag × time (bare timer med besøk)",
           "left_out": "Utelatt (sammenslått måned delvis i perioden)", "sum": "Sum",
           "no_events": "Ingen kurs eller arrangementer i perioden.", "in_brackets": "(forrige periode i parentes)"},
    "en": {"period": "Period", "previous": "Previous period", "total": "Total visits", "change": "Change",
           "count": "Count", "before": "Before", "grid": "Weekday × hour (only hours with visits)",
           "left_out": "Left out (folded month partly in the period)", "sum": "Total",
           "no_events": "No courses or events in the period.", "in_brackets": "(previous period in brackets)"},
}


def _change(report: Report) -> str:
    percent = "" if report.change_percent is None else f" ({report.change_percent:+.1f} %)"
    return f"{report.change:+d}{percent}"


def report_text(report: Report, options: ExportOptions | None = None) -> str:
    options = options or ExportOptions()
    text, below, language = _TEXT[options.language], options.threshold, options.language
    lines = [
        f"{text['period']}: {report.period}   {text['previous']}: {report.previous_period}",
        f"{text['total']}: {report.total}   {text['previous']}: {report.previous_total}   "
        f"{text['change']}: {_change(report)}",
    ]
    if report.left_out_months:
        lines.append(f"{text['left_out']}: {', '.join(report.left_out_months)}")
    for breakdown in report.breakdowns:
        if not breakdown.rows:
            continue
        width = max(len(row.label(language)) for row in breakdown.rows)
        lines += ["", breakdown.title(language), "-" * len(breakdown.title(language))]
        lines.append(f"{'':<{width}}  {text['count']:>7}  {text['before']:>7}")
        for row in breakdown.rows:
            lines.append(f"{row.label(language):<{width}}  {shown(row.count, below)!s:>7}  "
                         f"{shown(row.previous, below)!s:>7}")
    lines += ["", text["grid"], "-" * len(text["grid"])]
    day_index = 1 if language == "en" else 0
    for weekday, hours in enumerate(report.weekday_hour):
        busy = [f"{hour:02d}:{shown(count, below)}" for hour, count in enumerate(hours) if count]
        lines.append(f"{WEEKDAYS[weekday][day_index]:<8} " + ("  ".join(busy) or "-"))
    return "\n".join(lines + _events(report, options)) + "\n"


def _events(report: Report, options: ExportOptions) -> list[str]:
    """Courses and events: one line per kind and per form, each figure with the previous period's in brackets."""
    text, below, language = _TEXT[options.language], options.threshold, options.language
    events, comma = report.events, language == "nb"
    heading = pick(SECTION_TITLE, language)
    lines = ["", heading, "-" * len(heading)]
    if not events.by_kind:
        return [*lines, text["no_events"]]

    def line(label: str, width: int, current: tuple[int | float | str, ...],
             previous: tuple[int | float | str, ...]) -> str:
        figures = (f"{decimal(c, comma)} ({decimal(p, comma)})" for c, p in zip(current, previous, strict=True))
        return f"{label:<{width}}  " + "  ".join(f"{figure:>{len(title(m, language)) + 6}}"
                                                 for figure, m in zip(figures, EVENT_METRICS, strict=True))

    rows: list[tuple[str, EventRow]] = [(row.label(language), row) for row in events.by_kind]
    rows += [(f"{pick(FORM_TITLE, language)}: {row.label(language)}", row) for row in events.by_form]
    width = max(len(label) for label, _ in rows)
    lines.append(f"{text['in_brackets']:<{width}}  " + "  ".join(
        f"{title(m, language):>{len(title(m, language)) + 6}}" for m in EVENT_METRICS))
    for label, row in rows:
        lines.append(line(label, width, cells(row.current, below), cells(row.previous, below)))
    lines.append(line(text["sum"], width, cells(events.total, below, exact=True),
                      cells(events.previous_total, below, exact=True)))
    lines += ["", pick(GRID_TITLE, language)]
    day_index = 1 if language == "en" else 0
    for weekday, hours in enumerate(events.weekday_hour):
        busy = [f"{hour:02d}:{shown(count, below)}" for hour, count in enumerate(hours) if count]
        lines.append(f"{WEEKDAYS[weekday][day_index]:<8} " + ("  ".join(busy) or "-"))
    return lines


def table_text(table: Table, options: ExportOptions | None = None) -> str:
    """Turned on its side (one line per column, one column per month): templates have many columns."""
    options = options or ExportOptions()
    suppressible = table.suppressible()
    comma = options.language == "nb"
    body = [[decimal(cell, comma) for cell in shown_row(row, suppressible, options.threshold)] for row in table.rows]
    titles = [column.title(options.language) for column in table.columns]
    title_width = max(len(title) for title in titles)
    widths = [max(len(cell) for cell in row) for row in body]
    lines = [
        f"{title:<{title_width}}  " + "  ".join(f"{row[i]:>{widths[r]}}" for r, row in enumerate(body))
        for i, title in enumerate(titles)
    ]
    return "\n".join([table.title(options.language), *lines, *table.notes]) + "\n"
