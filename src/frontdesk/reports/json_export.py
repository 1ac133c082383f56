"""JSON for other tools: counts keyed by id, labels alongside, suppressed cells as the string ``"<N"``.

Shape (``schema`` 1)::

    {"format": "frontdesk-report", "schema": 1, "language": "nb",
     "period": {"start": "2026-10-01", "end": "2026-10-31", "days": 31}, "previous_period": {...},
     "station": null, "suppress_below": null, "total": 120, "previous_total": 98, "change": 22,
     "change_percent": 22.4, "by_category": {"nav.meldekort": 14, ...}, "by_group": {...}, ...,
     "previous": {"by_category": {...}, ...}, "labels": {"by_category": {"nav.meldekort": "Meldekort"}, ...},
     "weekday_hour": [[0, 0, ...24 counts], ...7 rows, Monday first], "left_out_months": [],
     "events": {"count": 4, "participants": 31, "hours": 8.0, "volunteers": 6, "volunteer_hours": 12.5,
                "by_kind": {"bankid_kurs": {"count": 2, "participants": 14, ...}, ...}, "by_form": {...},
                "previous": {"count": 3, ..., "by_kind": {...}, "by_form": {...}},
                "labels": {"by_kind": {...}, "by_form": {...}}, "weekday_hour": [[...24], ...7]}}

Event participants and volunteers by kind and form follow the suppression rule; event totals are exact. Keys
and dates stay technical (English ids, ISO dates) in every language; only ``labels`` (and a template's
``columns`` titles and ``notes``) follow ``language``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from frontdesk.reports.event_cells import cells
from frontdesk.reports.model import EVENT_METRICS, EventFigures, EventRow, EventSummary, ExportOptions, Report
from frontdesk.reports.period import Period
from frontdesk.reports.suppression import shown, shown_row
from frontdesk.reports.tables import Table

FORMAT = "frontdesk-report"
SCHEMA = 1


def _period(period: Period) -> dict[str, Any]:
    return {"start": period.start.isoformat(), "end": period.end.isoformat(), "days": period.days}


def report_dict(report: Report, options: ExportOptions | None = None) -> dict[str, Any]:
    options = options or ExportOptions()
    below = options.threshold
    data: dict[str, Any] = {
        "format": FORMAT,
        "schema": SCHEMA,
        "language": options.language,
        "period": _period(report.period),
        "previous_period": _period(report.previous_period),
        "station": report.station,
        "suppress_below": below,
        "total": report.total,
        "previous_total": report.previous_total,
        "change": report.change,
        "change_percent": report.change_percent,
    }
    for breakdown in report.breakdowns:
        data[breakdown.name] = {row.key: shown(row.count, below) for row in breakdown.rows}
    data["previous"] = {
        b.name: {row.key: shown(row.previous, below) for row in b.rows} for b in report.breakdowns
    }
    data["labels"] = {b.name: {row.key: row.label(options.language) for row in b.rows} for b in report.breakdowns}
    data["weekday_hour"] = [[shown(count, below) for count in hours] for hours in report.weekday_hour]
    data["left_out_months"] = list(report.left_out_months)
    data["events"] = _events(report.events, options)
    return data


def _figures(figures: EventFigures, below: int | None, exact: bool = False) -> dict[str, Any]:
    return dict(zip(EVENT_METRICS, cells(figures, below, exact=exact), strict=True))


def _events(events: EventSummary, options: ExportOptions) -> dict[str, Any]:
    below = options.threshold

    def rows(items: tuple[EventRow, ...], previous: bool) -> dict[str, Any]:
        return {row.key: _figures(row.previous if previous else row.current, below) for row in items}

    return {
        **_figures(events.total, below, exact=True),
        "by_kind": rows(events.by_kind, False),
        "by_form": rows(events.by_form, False),
        "previous": {**_figures(events.previous_total, below, exact=True), "by_kind": rows(events.by_kind, True),
                     "by_form": rows(events.by_form, True)},
        "labels": {"by_kind": {row.key: row.label(options.language) for row in events.by_kind},
                   "by_form": {row.key: row.label(options.language) for row in events.by_form}},
        "weekday_hour": [[shown(count, below) for count in hours] for hours in events.weekday_hour],
    }


def table_dict(table: Table, options: ExportOptions | None = None) -> dict[str, Any]:
    options = options or ExportOptions()
    suppressible = table.suppressible()
    keys = [column.key for column in table.columns]
    return {
        "format": f"frontdesk-{table.name}",
        "schema": SCHEMA,
        "suppress_below": options.threshold,
        "columns": {column.key: column.title(options.language) for column in table.columns},
        "rows": [dict(zip(keys, shown_row(row, suppressible, options.threshold), strict=True)) for row in table.rows],
        "language": options.language,
        "notes": [note.get(options.language) for note in table.notes],
    }


def report_json_text(report: Report | Table, options: ExportOptions | None = None) -> str:
    data = table_dict(report, options) if isinstance(report, Table) else report_dict(report, options)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def save_json(report: Report | Table, path: Path, options: ExportOptions | None = None) -> None:
    path.write_text(report_json_text(report, options), encoding="utf-8")
