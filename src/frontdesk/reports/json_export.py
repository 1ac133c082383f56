"""JSON for other tools: counts keyed by id, labels alongside, suppressed cells as the string ``"<N"``.

Shape (``schema`` 1)::

    {"format": "frontdesk-report", "schema": 1, "language": "nb",
     "period": {"start": "2026-10-01", "end": "2026-10-31", "days": 31}, "previous_period": {...},
     "station": null, "suppress_below": null, "total": 120, "previous_total": 98, "change": 22,
     "change_percent": 22.4, "by_category": {"nav.meldekort": 14, ...}, "by_group": {...}, ...,
     "previous": {"by_category": {...}, ...}, "labels": {"by_category": {"nav.meldekort": "Meldekort"}, ...},
     "weekday_hour": [[0, 0, ...24 counts], ...7 rows, Monday first], "left_out_months": []}
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from frontdesk.reports.model import ExportOptions, Report
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
    return data


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
        "notes": list(table.notes),
    }


def report_json_text(report: Report | Table, options: ExportOptions | None = None) -> str:
    data = table_dict(report, options) if isinstance(report, Table) else report_dict(report, options)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def save_json(report: Report | Table, path: Path, options: ExportOptions | None = None) -> None:
    path.write_text(report_json_text(report, options), encoding="utf-8")
