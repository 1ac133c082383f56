"""Retention: old visits are folded into ``monthly_aggregates`` and only then deleted.

A month is folded whole, in one transaction with the delete, so a crash leaves either the visits or the totals
— never both, never neither — and reports (which read the ``visit_counts`` view) give the same numbers after.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

from sqlite_utils import Database

from frontdesk.visits.database import transaction

log = logging.getLogger("frontdesk.visits")

# Everything a monthly total is grouped by: all visit fields except id and the exact date.
GROUP_COLUMNS = ("month", "weekday", "hour", "station", "category", "channel", "mode", "outcome", "referred_to",
                 "guide_id", "duration", "age_group", "repeat_visit", "language_help")


@dataclass(frozen=True)
class PurgeResult:
    cutoff_month: str  # visits in months before this one are (or would be) folded
    visits_by_month: dict[str, int] = field(default_factory=dict)
    dry_run: bool = True

    @property
    def total(self) -> int:
        return sum(self.visits_by_month.values())


def cutoff_month(today: date, older_than_months: int) -> str:
    """The first month that is kept: with 24 months on 2026-11-23 that is 2024-11."""
    index = today.year * 12 + (today.month - 1) - older_than_months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def months_to_fold(db: Database, cutoff: str) -> dict[str, int]:
    rows = db.execute(
        "SELECT substr(date, 1, 7) AS month, COUNT(*) FROM visits WHERE date < ? GROUP BY month ORDER BY month",
        [f"{cutoff}-01"],
    ).fetchall()
    return {str(month): int(count) for month, count in rows}


def fold_and_delete(db: Database, today: date, older_than_months: int, dry_run: bool = False) -> PurgeResult:
    """Fold every visit of a month before the cutoff into monthly totals, then delete those visits."""
    if older_than_months < 1:
        raise ValueError("older_than_months must be at least 1")
    cutoff = cutoff_month(today, older_than_months)
    planned = months_to_fold(db, cutoff)
    if dry_run or not planned:
        return PurgeResult(cutoff, planned, dry_run=True)
    with transaction(db):
        planned = months_to_fold(db, cutoff)  # again under the write lock: another process may have folded
        _fold(db, f"{cutoff}-01")
        db.execute("DELETE FROM visits WHERE date < ?", [f"{cutoff}-01"])
        db.execute("DELETE FROM undo_slot WHERE visit_id NOT IN (SELECT id FROM visits)")
    log.info("retention folded %d visits from %d months before %s", sum(planned.values()), len(planned), cutoff)
    return PurgeResult(cutoff, planned, dry_run=False)


def _fold(db: Database, before: str) -> None:
    """Add the old visits' counts to monthly_aggregates, merging with rows already there (a month can be folded
    in parts when old visits are back-filled or imported later), so each group stays one row."""
    columns = ", ".join(GROUP_COLUMNS)
    grouped = db.execute(
        f"SELECT substr(date, 1, 7) AS month, (CAST(strftime('%w', date) AS INTEGER) + 6) % 7 AS weekday, "
        f"{', '.join(GROUP_COLUMNS[2:])}, COUNT(*) "
        f"FROM visits WHERE date < ? GROUP BY {columns}",
        [before],
    ).fetchall()
    match = " AND ".join(f"{name} IS ?" for name in GROUP_COLUMNS)  # IS: NULL-safe equality
    for row in grouped:
        keys, count = list(row[:-1]), int(row[-1])
        updated = db.execute(f"UPDATE monthly_aggregates SET count = count + ? WHERE {match}", [count, *keys])
        if updated.rowcount == 0:
            db.execute(f"INSERT INTO monthly_aggregates ({columns}, count) VALUES "
                       f"({', '.join('?' * len(GROUP_COLUMNS))}, ?)", [*keys, count])


def folded_stations(db: Database, month: str) -> set[str]:
    """Stations whose visits in ``month`` are already folded: importing them again would count them twice."""
    rows = db.execute("SELECT DISTINCT station FROM monthly_aggregates WHERE month = ?", [month]).fetchall()
    return {str(row[0]) for row in rows}
