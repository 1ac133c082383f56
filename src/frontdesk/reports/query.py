"""The SQL both reports and templates run on the ``visit_counts`` view.

Each query groups the current *and* the previous period together: they are adjacent, so one range scan on
the date index serves both (plus a small indexed look-up of folded months), and Python only ever sees grouped
rows, never single visits. Folded months
(``monthly_aggregates``, ``date`` NULL) count for a period only when the whole month lies inside it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from frontdesk.reports.period import Period
from frontdesk.visits.store import VisitStore

# Month bounds that match nothing, for a period without a whole month.
_NO_MONTHS = ("9999-99", "0000-00")


class NoDatabaseError(FileNotFoundError):
    """There is no visit database yet (nothing has been logged on this PC, or --home points elsewhere)."""


@dataclass(frozen=True)
class Scope:
    """Conditions for the two kinds of rows in ``visit_counts``, queried apart so each uses its own index.

    Daily rows (``date`` set) are found by the date index over both periods at once, folded rows (``date``
    NULL) by month; ``*_current``/``*_previous`` then sort each row into its period. (One OR-ed WHERE over
    the view would make SQLite scan every visit.)
    """

    daily_where: str
    daily_current: str
    daily_previous: str
    folded_where: str
    folded_current: str
    folded_previous: str
    params: dict[str, Any]


def _month_bounds(period: Period) -> tuple[str, str]:
    whole = period.whole_months()
    return (whole[0], whole[-1]) if whole else _NO_MONTHS


def scope(period: Period, previous: Period, station: str | None) -> Scope:
    """``previous`` must end the day before ``period`` starts (or be ``period`` itself, for current-only use)."""
    cur_lo, cur_hi = _month_bounds(period)
    prev_lo, prev_hi = _month_bounds(previous)
    params: dict[str, Any] = {
        "start": period.start.isoformat(), "end": period.end.isoformat(),
        "prev_start": previous.start.isoformat(), "prev_end": previous.end.isoformat(),
        "cur_lo": cur_lo, "cur_hi": cur_hi, "prev_lo": prev_lo, "prev_hi": prev_hi,
        "any_lo": min(cur_lo, prev_lo), "any_hi": max(cur_hi, prev_hi),
    }
    only_station = ""
    if station is not None:
        only_station = " AND station = :station"
        params["station"] = station
    return Scope(
        daily_where=f"date BETWEEN :prev_start AND :end{only_station}",
        daily_current="date >= :start",
        daily_previous="date <= :prev_end",
        folded_where=f"date IS NULL AND month BETWEEN :any_lo AND :any_hi{only_station}",
        folded_current="month BETWEEN :cur_lo AND :cur_hi",
        folded_previous="month BETWEEN :prev_lo AND :prev_hi",
        params=params,
    )


Source = VisitStore | sqlite_utils.Database | str | os.PathLike[str]


def open_database(source: Source) -> sqlite_utils.Database:
    """The store's own connection, an open database, or the file at a path (which must exist: a report never
    creates an empty log)."""
    if isinstance(source, VisitStore):
        return source.db
    if isinstance(source, sqlite_utils.Database):
        return source
    path = Path(source)
    if not path.is_file():
        raise NoDatabaseError(f"No visit database at {path} yet: log a visit first, or check --home.")
    return sqlite_utils.Database(path)


def _both_kinds(where: Scope, columns: tuple[str, ...], current_only: bool) -> str:
    """Grouped daily rows UNION ALL grouped folded rows, as ``k0, k1, …, cur, prev``: grouped again outside."""
    keys = ", ".join(f"{column} AS k{i}" for i, column in enumerate(columns))
    parts = []
    for where_sql, current, previous in (
        (where.daily_where, where.daily_current, where.daily_previous),
        (where.folded_where, where.folded_current, where.folded_previous),
    ):
        if current_only:
            where_sql += f" AND {current}"
        parts.append(
            f"SELECT {keys}, SUM(CASE WHEN {current} THEN count ELSE 0 END) AS cur, "
            f"SUM(CASE WHEN {previous} THEN count ELSE 0 END) AS prev "
            f"FROM visit_counts WHERE {where_sql} GROUP BY {', '.join(f'k{i}' for i in range(len(columns)))}"
        )
    return " UNION ALL ".join(parts)


def grouped(db: sqlite_utils.Database, where: Scope, *columns: str) -> list[tuple[Any, ...]]:
    """``(*values of columns, current count, previous count)`` for every combination seen in either period."""
    keys = ", ".join(f"k{i}" for i in range(len(columns)))
    sql = (
        f"SELECT {keys}, SUM(cur), SUM(prev) FROM ({_both_kinds(where, columns, current_only=False)}) "
        f"GROUP BY {keys} HAVING SUM(cur) > 0 OR SUM(prev) > 0"
    )
    return [tuple(row) for row in db.execute(sql, where.params).fetchall()]


def weekday_hour(db: sqlite_utils.Database, where: Scope) -> tuple[tuple[int, ...], ...]:
    """Current-period counts as a 7 × 24 grid, Monday first."""
    grid = [[0] * 24 for _ in range(7)]
    sql = (
        f"SELECT k0, k1, SUM(cur) FROM ({_both_kinds(where, ('weekday', 'hour'), current_only=True)}) "
        "GROUP BY k0, k1"
    )
    for day, hour, count in db.execute(sql, where.params).fetchall():
        if day is not None and hour is not None and 0 <= day < 7 and 0 <= hour < 24:
            grid[day][hour] = int(count)
    return tuple(tuple(row) for row in grid)


def left_out_months(db: sqlite_utils.Database, periods: tuple[Period, ...], station: str | None) -> list[str]:
    """Folded months that a period only partly covers: their counts cannot be split by day, so they're left out."""
    cut = sorted({m for p in periods for m in p.months() if not p.covers_month(m)})
    if not cut:
        return []
    marks = ", ".join("?" for _ in cut)
    sql = f"SELECT DISTINCT month FROM visit_counts WHERE date IS NULL AND month IN ({marks})"
    params: list[Any] = list(cut)
    if station is not None:
        sql += " AND station = ?"
        params.append(station)
    return sorted(str(row[0]) for row in db.execute(sql, params).fetchall())
