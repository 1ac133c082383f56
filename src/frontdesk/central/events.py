"""The events section of ``frontdesk report --source DSN``, counted by PostgreSQL.

Two small grouped queries, as locally: the figures per kind for the period and the period before, and the
participants per weekday and start hour; the ordering and labels are the asking machine's own event kinds
(:func:`frontdesk.reports.events.summarise`), as the taxonomy is for visits.
"""

from __future__ import annotations

from typing import Any

import psycopg

from frontdesk.reports.events import summarise
from frontdesk.reports.model import EventSummary
from frontdesk.reports.period import Period
from frontdesk.visits.event_kinds import EventKinds


def read_events(conn: psycopg.Connection[Any], centre_ids: tuple[int, ...] | None, period: Period,
                kinds: EventKinds, station: str | None = None) -> EventSummary:
    """What :func:`frontdesk.reports.events.event_summary` gives for the local log, for the centres ``centre_ids``
    (None: every centre)."""
    previous = period.previous()
    where = ""
    if centre_ids is not None:
        where += " AND centre_id = ANY(%(centres)s)"
    if station is not None:
        where += " AND station = %(station)s"
    params: dict[str, Any] = {"start": period.start, "end": period.end, "prev_start": previous.start,
                              "centres": list(centre_ids or ()), "station": station}
    rows = conn.execute(
        "SELECT kind, date >= %(start)s, count(*), sum(participants), sum(coalesce(hours, 0)), sum(volunteers), "
        f"sum(volunteer_hours) FROM frontdesk.events WHERE date BETWEEN %(prev_start)s AND %(end)s{where} "
        "GROUP BY 1, 2", params).fetchall()
    grid = [[0] * 24 for _ in range(7)]
    for weekday, hour, participants in conn.execute(
            "SELECT extract(isodow FROM date)::int - 1, hour, sum(participants) FROM frontdesk.events "
            f"WHERE date BETWEEN %(start)s AND %(end)s AND hour IS NOT NULL{where} GROUP BY 1, 2", params):
        grid[int(weekday)][int(hour)] += int(participants)
    return summarise(rows, kinds, tuple(tuple(row) for row in grid))
