"""CSV for Norwegian Excel: ``;`` between fields and a UTF-8 byte order mark, so æøå and columns come out right.

A report is written as one tidy long table, ``breakdown;key;label;count;previous``: every breakdown in the
same file, one row per key, which filters and pivots well in Excel and reads back with any CSV reader. Events
follow as one block per measure (``events_count``, ``events_participants`` … by kind, ``events_form_…`` by
form) and ``events_weekday_hour``. A template (e.g. ``digital-deltakelse``) is written as its own wide table,
one row per month. Hours are written with a decimal comma, as Norwegian Excel reads them.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, TextIO

from frontdesk.reports.event_cells import SECTION_TITLE, cells, decimal, pick, title
from frontdesk.reports.labels import WEEKDAYS
from frontdesk.reports.model import EVENT_METRICS, ExportOptions, Report
from frontdesk.reports.suppression import shown, shown_row
from frontdesk.reports.tables import Table

BOM = "\ufeff"
HEADER = ("breakdown", "key", "label", "count", "previous")
_TOTAL_LABEL = {"nb": "Alle besøk {period} (forrige periode: {previous})",
                "en": "All visits {period} (previous period: {previous})"}
_HOUR_LABEL = {"nb": "{day} kl. {hour:02d}", "en": "{day} {hour:02d}:00"}


def write_report_csv(report: Report, stream: TextIO, options: ExportOptions | None = None) -> None:
    """Write the tidy long table, BOM first. Totals are exact; other cells follow ``options.suppress_below``."""
    options = options or ExportOptions()
    language, below = options.language, options.threshold
    stream.write(BOM)
    out = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    out.writerow(HEADER)
    total = _TOTAL_LABEL[language].format(period=report.period, previous=report.previous_period)
    out.writerow(("total", "total", total, report.total, report.previous_total))
    for breakdown in report.breakdowns:
        for row in breakdown.rows:
            out.writerow((breakdown.name, row.key, row.label(language), shown(row.count, below),
                          shown(row.previous, below)))
    day_index = 1 if language == "en" else 0
    for weekday, hours in enumerate(report.weekday_hour):
        for hour, count in enumerate(hours):
            label = _HOUR_LABEL[language].format(day=WEEKDAYS[weekday][day_index], hour=hour)
            out.writerow(("weekday_hour", f"{weekday}-{hour:02d}", label, shown(count, below), ""))
    _write_events(out, report, options)


def _write_events(out: Any, report: Report, options: ExportOptions) -> None:
    """One block per measure: the total first (exact), then each kind, then each form."""
    events, language, below = report.events, options.language, options.threshold
    for index, metric in enumerate(EVENT_METRICS):
        total = f"{pick(SECTION_TITLE, language)}: {title(metric, language).lower()}"
        out.writerow((f"events_{metric}", "total", total, decimal(cells(events.total, below, exact=True)[index], True),
                      decimal(cells(events.previous_total, below, exact=True)[index], True)))
        for prefix, rows in ((f"events_{metric}", events.by_kind), (f"events_form_{metric}", events.by_form)):
            for row in rows:
                out.writerow((prefix, row.key, row.label(language), decimal(cells(row.current, below)[index], True),
                              decimal(cells(row.previous, below)[index], True)))
    day_index = 1 if language == "en" else 0
    for weekday, hours in enumerate(events.weekday_hour):
        for hour, count in enumerate(hours):
            label = _HOUR_LABEL[language].format(day=WEEKDAYS[weekday][day_index], hour=hour)
            out.writerow(("events_weekday_hour", f"{weekday}-{hour:02d}", label, shown(count, below), ""))


def write_table_csv(table: Table, stream: TextIO, options: ExportOptions | None = None) -> None:
    """Write a template table wide: a header of column titles, then one line per row."""
    options = options or ExportOptions()
    stream.write(BOM)
    out = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    out.writerow([column.title(options.language) for column in table.columns])
    suppressible = table.suppressible()
    for row in table.rows:
        out.writerow([decimal(cell, True) for cell in shown_row(row, suppressible, options.threshold)])


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
