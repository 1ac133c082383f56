"""CSV for Norwegian Excel: ``;`` between fields and a UTF-8 byte order mark, so æøå and columns come out right.

A report is written as one tidy long table of five columns (breakdown, key, label, count, previous period),
headed in the chosen language (``Inndeling;Nøkkel;Navn;Antall;Forrige periode`` in bokmål): every breakdown in
the same file, one row per key, which filters and pivots well in Excel and reads back with any CSV reader. The
first two columns hold technical keys in every language (``by_category``, ``nav.meldekort``). Events follow as
one block per measure (``events_count``, ``events_participants`` … by kind, ``events_form_…`` by form) and
``events_weekday_hour``. A template (e.g. ``digital-deltakelse``) is written as its own wide table, one row per
month. Hours are written with a decimal comma, as Norwegian Excel reads them, in every language.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, TextIO

from frontdesk import formatting
from frontdesk.i18n import Text
from frontdesk.reports.event_cells import SECTION_TITLE, cells, decimal, title
from frontdesk.reports.model import EVENT_METRICS, ExportOptions, Report
from frontdesk.reports.suppression import shown, shown_row
from frontdesk.reports.tables import Table, readable_row

BOM = "\ufeff"
HEADER = (Text("Inndeling", "Inndeling", "Breakdown"), Text("Nøkkel", "Nøkkel", "Key"),
          Text("Navn", "Namn", "Name"), Text("Antall", "Tal", "Count"),
          Text("Forrige periode", "Førre periode", "Previous period"))
_TOTAL_LABEL = Text("Alle besøk {period} (forrige periode: {previous})",
                    "Alle besøk {period} (førre periode: {previous})",
                    "All visits {period} (previous period: {previous})")


def _hour_label(weekday: int, hour: int, language: str) -> str:
    """"mandag kl. 09" / "Monday 09:00"."""
    return f"{formatting.weekday(weekday, language)} {formatting.clock_hour(hour, language)}"


def write_report_csv(report: Report, stream: TextIO, options: ExportOptions | None = None) -> None:
    """Write the tidy long table, BOM first. Totals are exact; other cells follow ``options.suppress_below``."""
    options = options or ExportOptions()
    language, below = options.language, options.threshold
    stream.write(BOM)
    out = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    out.writerow([column.get(language) for column in HEADER])
    period = formatting.span(report.period.start, report.period.end, language)
    previous = formatting.span(report.previous_period.start, report.previous_period.end, language)
    total = _TOTAL_LABEL.fill(language, period=period, previous=previous)
    out.writerow(("total", "total", total, report.total, report.previous_total))
    for breakdown in report.breakdowns:
        for row in breakdown.rows:
            out.writerow((breakdown.name, row.key, row.label(language), shown(row.count, below),
                          shown(row.previous, below)))
    for weekday, hours in enumerate(report.weekday_hour):
        for hour, count in enumerate(hours):
            out.writerow(("weekday_hour", f"{weekday}-{hour:02d}", _hour_label(weekday, hour, language),
                          shown(count, below), ""))
    _write_events(out, report, options)


def _write_events(out: Any, report: Report, options: ExportOptions) -> None:
    """One block per measure: the total first (exact), then each kind, then each form."""
    events, language, below = report.events, options.language, options.threshold
    for index, metric in enumerate(EVENT_METRICS):
        total = f"{SECTION_TITLE.get(language)}: {title(metric, language).lower()}"
        out.writerow((f"events_{metric}", "total", total, decimal(cells(events.total, below, exact=True)[index], True),
                      decimal(cells(events.previous_total, below, exact=True)[index], True)))
        for prefix, rows in ((f"events_{metric}", events.by_kind), (f"events_form_{metric}", events.by_form)):
            for row in rows:
                out.writerow((prefix, row.key, row.label(language), decimal(cells(row.current, below)[index], True),
                              decimal(cells(row.previous, below)[index], True)))
    for weekday, hours in enumerate(events.weekday_hour):
        for hour, count in enumerate(hours):
            out.writerow(("events_weekday_hour", f"{weekday}-{hour:02d}", _hour_label(weekday, hour, language),
                          shown(count, below), ""))


def write_table_csv(table: Table, stream: TextIO, options: ExportOptions | None = None) -> None:
    """Write a template table wide: a header of column titles, then one line per row."""
    options = options or ExportOptions()
    stream.write(BOM)
    out = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    out.writerow([column.title(options.language) for column in table.columns])
    suppressible = table.suppressible()
    for row in table.rows:
        cells_shown = readable_row(table.columns, shown_row(row, suppressible, options.threshold), options.language)
        out.writerow([decimal(cell, True) for cell in cells_shown])


def report_csv_text(report: Report | Table, options: ExportOptions | None = None) -> str:
    buffer = io.StringIO()
    if isinstance(report, Table):
        write_table_csv(report, buffer, options)
    else:
        write_report_csv(report, buffer, options)
    return buffer.getvalue()


def save_csv(report: Report | Table, path: Path, options: ExportOptions | None = None) -> None:
    # newline="" lets the csv module write the \r\n Excel expects, untranslated.
    path.write_text(report_csv_text(report, options), encoding="utf-8", newline="")
