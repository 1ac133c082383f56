"""The SQL reports and templates run on the visit log: daily rows from ``visit_counts``, folded ones apart.

Each query groups the current *and* the previous period together: they are adjacent, so one range scan on
the date index serves both (plus a small indexed look-up of folded months), and Python only ever sees grouped
rows or one read of the period, never the whole log. Folded months (``monthly_aggregates``, ``date`` NULL in
the view) count for a period only when the whole month lies inside it. Folded rows are read from
``monthly_aggregates`` itself: SQLite cannot push ``date IS NULL`` into the view, so asking the view for them
scanned every visit in the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlite_utils

from frontdesk.reports.period import Period
from frontdesk.visits.store import VisitStore

# Month bounds that match nothing, for a period without a whole month.
_NO_MONTHS = ("9999-99", "0000-00")
DAILY = "visit_counts"  # the view: its daily rows come from the date index
FOLDED = "monthly_aggregates"  # the folded rows the view adds (``date`` NULL there)


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
        folded_where=f"month BETWEEN :any_lo AND :any_hi{only_station}",
        folded_current="month BETWEEN :cur_lo AND :cur_hi",
        folded_previous="month BETWEEN :prev_lo AND :prev_hi",
        params=params,
    )


Source = VisitStore | sqlite_utils.Database


def open_database(source: Source) -> sqlite_utils.Database:
    """The store's own connection, or an open database (the window's reports read their own read-only one)."""
    return source.db if isinstance(source, VisitStore) else source


def _both_kinds(where: Scope, columns: tuple[str, ...], current_only: bool) -> str:
    """Grouped daily rows UNION ALL grouped folded rows, as ``k0, k1, …, cur, prev``: grouped again outside."""
    keys = ", ".join(f"{column} AS k{i}" for i, column in enumerate(columns))
    parts = []
    for table, where_sql, current, previous in (
        (DAILY, where.daily_where, where.daily_current, where.daily_previous),
        (FOLDED, where.folded_where, where.folded_current, where.folded_previous),
    ):
        if current_only:
            where_sql += f" AND {current}"
        parts.append(
            f"SELECT {keys}, SUM(CASE WHEN {current} THEN count ELSE 0 END) AS cur, "
            f"SUM(CASE WHEN {previous} THEN count ELSE 0 END) AS prev "
            f"FROM {table} WHERE {where_sql} GROUP BY {', '.join(f'k{i}' for i in range(len(columns)))}"
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
    sql = f"SELECT DISTINCT month FROM {FOLDED} WHERE month IN ({marks})"
    params: list[Any] = list(cut)
    if station is not None:
        sql += " AND station = ?"
        params.append(station)
    return sorted(str(row[0]) for row in db.execute(sql, params).fetchall())


@dataclass(frozen=True)
class PeriodCounts:
    """Every breakdown a report needs, from one read of the period: column -> ``(value, current, previous)``
    rows as :func:`grouped` gives them, and the current period's weekday × hour grid."""

    by_column: dict[str, list[tuple[Any, int, int]]]
    weekday_hour: tuple[tuple[int, ...], ...]


def read_counts(db: sqlite_utils.Database, where: Scope, columns: tuple[str, ...]) -> PeriodCounts:
    """Count ``columns`` and weekday × hour for both periods with two range reads instead of one per column.

    A report has ten breakdowns; grouping each in SQL re-read the period's visits ten times. Here one GROUP
    BY over all the columns at once reduces the period to its distinct combinations (a few thousand at most
    in practice, never more than the visits), which Python adds up per column; a second GROUP BY by date and
    hour gives the grid. Folded rows are few and carry a count each: they are added in a plain loop.
    """
    names = ", ".join(columns)
    flags = f"({where.daily_current}) AS cur, ({where.daily_previous}) AS prev"
    combos = db.execute(
        f"SELECT COUNT(*), {flags}, {names} FROM {DAILY} WHERE {where.daily_where} "
        f"GROUP BY {', '.join(str(n) for n in range(2, len(columns) + 4))}", where.params).fetchall()
    combos += db.execute(
        f"SELECT count, ({where.folded_current}), ({where.folded_previous}), {names} FROM {FOLDED} "
        f"WHERE {where.folded_where}", where.params).fetchall()
    tallies: list[dict[Any, list[int]]] = [{} for _ in columns]
    for count, cur, prev, *values in combos:
        for tally, value in zip(tallies, values, strict=True):
            slot = tally.get(value)
            if slot is None:
                slot = tally[value] = [0, 0]
            if cur:
                slot[0] += count
            if prev:
                slot[1] += count
    grid = [[0] * 24 for _ in range(7)]
    for day, hour, count in db.execute(
        f"SELECT date, hour, COUNT(*) FROM {DAILY} WHERE {where.daily_where} AND {where.daily_current} "
        "GROUP BY date, hour", where.params).fetchall():
        if hour is not None and 0 <= hour < 24:
            grid[date.fromisoformat(day).weekday()][hour] += count
    for weekday, hour, count in db.execute(
        f"SELECT weekday, hour, count FROM {FOLDED} WHERE {where.folded_where} AND {where.folded_current}",
        where.params).fetchall():
        if weekday is not None and hour is not None and 0 <= weekday < 7 and 0 <= hour < 24:
            grid[weekday][hour] += count
    by_column = {column: [(value, cur, prev) for value, (cur, prev) in tally.items() if cur or prev]
                 for column, tally in zip(columns, tallies, strict=True)}
    return PeriodCounts(by_column, tuple(tuple(row) for row in grid))
