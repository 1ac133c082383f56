"""The report view's background jobs: compute a report, the Digdir template, or save a file.

They run on the thread pool (see :mod:`frontdesk.ui.background`), so each opens its own read-only connection
to the visit log: SQLite connections belong to the thread that made them, and a report never writes. WAL mode
lets the reader see every visit the window has committed while the counter keeps logging.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from frontdesk.i18n import Text
from frontdesk.reports.aggregate import build_report
from frontdesk.reports.csv_export import save_csv
from frontdesk.reports.json_export import save_json
from frontdesk.reports.model import ExportOptions, Report
from frontdesk.reports.period import Period
from frontdesk.reports.tables import Table
from frontdesk.reports.templates import digital_deltakelse
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.taxonomy import Taxonomy


def save_xlsx(content: Report | Table, path: Path, options: ExportOptions | None = None) -> None:
    """openpyxl is slow to import and only an export needs it: the window starts without it."""
    from frontdesk.reports.xlsx_export import save_xlsx as save

    save(content, path, options)


SAVERS = {".csv": save_csv, ".xlsx": save_xlsx, ".json": save_json}


class UnknownFileType(ValueError):
    """The chosen file name ends in something we can't write."""


@contextmanager
def read_only(database: Path) -> Iterator[sqlite_utils.Database]:
    conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield sqlite_utils.Database(conn)
    finally:
        conn.close()


@dataclass(frozen=True)
class ReportRequest:
    """Everything a report job needs, copied on the UI thread so the job shares nothing with widgets."""

    generation: int  # which refresh asked; answers to older ones are dropped
    database: Path
    taxonomy: Taxonomy
    period: Period
    guide_titles: Mapping[str, str]
    agency_names: Mapping[str, Text]
    event_kinds: EventKinds


@dataclass(frozen=True)
class ReportAnswer:
    generation: int
    period: Period
    report: Report


def compute_report(request: ReportRequest) -> ReportAnswer:
    with read_only(request.database) as db:
        report = build_report(db, request.taxonomy, request.period.start, request.period.end,
                              guide_titles=request.guide_titles, agency_names=request.agency_names,
                              event_kinds=request.event_kinds)
    return ReportAnswer(request.generation, request.period, report)


def compute_template(database: Path, taxonomy: Taxonomy, period: Period, event_kinds: EventKinds) -> Table:
    with read_only(database) as db:
        return digital_deltakelse(db, taxonomy, period.start, period.end, event_kinds=event_kinds)


def save(content: Report | Table, path: Path, options: ExportOptions) -> Path:
    """Write ``content`` in the format the file name asks for. Raises UnknownFileType or OSError."""
    saver = SAVERS.get(path.suffix.lower())
    if saver is None:
        raise UnknownFileType(path.suffix)
    saver(content, path, options)
    return path
