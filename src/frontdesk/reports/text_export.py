"""A plain-text report for the terminal: what ``frontdesk report`` prints when no file format is asked for."""

from __future__ import annotations

from frontdesk.reports.labels import WEEKDAYS
from frontdesk.reports.model import ExportOptions, Report
from frontdesk.reports.suppression import shown, shown_row
from frontdesk.reports.tables import Table

_TEXT = {
    "nb": {"period": "Periode", "previous": "Forrige periode", "total": "Besøk totalt", "change": "Endring",
           "count": "Antall", "before": "Før", "grid": "Ukedag × time (bare timer med besøk)",
           "left_out": "Utelatt (sammenslått måned delvis i perioden)"},
    "en": {"period": "Period", "previous": "Previous period", "total": "Total visits", "change": "Change",
           "count": "Count", "before": "Before", "grid": "Weekday × hour (only hours with visits)",
           "left_out": "Left out (folded month partly in the period)"},
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
    return "\n".join(lines) + "\n"


def table_text(table: Table, options: ExportOptions | None = None) -> str:
    """Turned on its side (one line per column, one column per month): templates have many columns."""
    options = options or ExportOptions()
    suppressible = table.suppressible()
    body = [[str(cell) for cell in shown_row(row, suppressible, options.threshold)] for row in table.rows]
    titles = [column.title(options.language) for column in table.columns]
    title_width = max(len(title) for title in titles)
    widths = [max(len(cell) for cell in row) for row in body]
    lines = [
        f"{title:<{title_width}}  " + "  ".join(f"{row[i]:>{widths[r]}}" for r, row in enumerate(body))
        for i, title in enumerate(titles)
    ]
    return "\n".join([table.title(options.language), *lines, *table.notes]) + "\n"
