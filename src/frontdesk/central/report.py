"""``frontdesk report --source DSN``: the same :class:`Report` as the local log gives, counted by PostgreSQL.

One scan of the two periods with GROUPING SETS gives every breakdown's ``(value, current, previous)`` and the
weekday × hour grid, so only a few hundred grouped rows cross the network whatever the number of visits; the
taxonomy mapping, labels and ordering are the local report's own (:func:`report_from_counts`). Stations are
named "centre: station" when the report covers more than one centre, since every centre has its "skranke-1".
The events section is counted the same way (:mod:`frontdesk.central.events`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import psycopg

from frontdesk.central import texts as says
from frontdesk.central.connection import CentralError
from frontdesk.central.events import read_events
from frontdesk.central.identity import Centre, name_key
from frontdesk.central.schema import MIGRATIONS, applied_migrations
from frontdesk.i18n import Text
from frontdesk.reports.aggregate import COUNTED_COLUMNS, report_from_counts
from frontdesk.reports.model import Report
from frontdesk.reports.period import Period
from frontdesk.reports.query import PeriodCounts
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.taxonomy import Taxonomy

_LISTED = 20  # centres named in a message about an unknown one
_ALL_CENTRES = Text("Alle sentre ({count})", "Alle senter ({count})", "All centres ({count})")


@dataclass(frozen=True)
class Selection:
    """The centres a report covers: ``ids`` None means every centre in the database."""

    centres: tuple[tuple[int, Centre], ...]
    ids: tuple[int, ...] | None

    def names(self, language: str = "nb") -> str:
        """For the report's header."""
        if self.ids is None and len(self.centres) != 1:
            return _ALL_CENTRES.fill(language, count=len(self.centres))
        return ", ".join(centre.name for _, centre in self.centres)


def _require_schema(conn: psycopg.Connection[Any]) -> None:
    done = applied_migrations(conn)
    if not done:
        raise CentralError(says.NO_DATA_YET)
    missing = [name for name, _ in MIGRATIONS if name not in done]
    if missing:
        raise CentralError(says.OLDER_DATABASE, migration=missing[0])


def select_centres(conn: psycopg.Connection[Any], names: Sequence[str] = (),
                   municipalities: Sequence[str] = ()) -> Selection:
    """The centres named (any case), limited to ``municipalities`` when given; neither: every centre.
    Raises CentralError for a name that matches none, or centres in several municipalities."""
    _require_schema(conn)
    rows = conn.execute("SELECT id, municipality, name, name_key FROM frontdesk.centres "
                        "ORDER BY municipality, name_key").fetchall()
    known = [(int(cid), Centre(str(muni), str(name)), str(key)) for cid, muni, name, key in rows]
    wanted = [(cid, c, key) for cid, c, key in known if not municipalities or c.municipality in municipalities]
    if municipalities and not wanted:
        raise CentralError(says.NO_CENTRE_IN_MUNICIPALITY, municipalities=", ".join(municipalities))
    if not names:
        chosen = [(cid, c) for cid, c, _ in wanted]
        return Selection(tuple(chosen), tuple(cid for cid, _ in chosen) if municipalities else None)
    chosen = []
    for name in names:
        matches = [(cid, c) for cid, c, key in wanted if key == name_key(name)]
        if not matches:
            listing = "; ".join(str(c) for _, c, _ in wanted[:_LISTED]) + ("; …" if len(wanted) > _LISTED else "")
            raise CentralError(says.NO_SUCH_CENTRE, name=name, listing=listing or says.NONE)
        if len(matches) > 1:
            raise CentralError(says.CENTRE_IN_SEVERAL, name=name,
                               municipalities=", ".join(c.municipality for _, c in matches))
        chosen.extend(m for m in matches if m not in chosen)
    return Selection(tuple(chosen), tuple(cid for cid, _ in chosen))


def _count_sql(selection: Selection, station: str | None) -> tuple[str, tuple[str, ...]]:
    """One GROUP BY GROUPING SETS over both periods; GROUPING(…) tells which set each row belongs to."""
    sets = [(c,) for c in COUNTED_COLUMNS if c != "station"] + [("centre_id", "station"), ("weekday", "hour")]
    keys = list(dict.fromkeys(column for grouping in sets for column in grouping))
    where = "date BETWEEN %(prev_start)s AND %(end)s"
    if selection.ids is not None:
        where += " AND centre_id = ANY(%(centres)s)"
    if station is not None:
        where += " AND station = %(station)s"
    sql = (
        f"SELECT GROUPING({', '.join(keys)}), {', '.join(keys)}, "
        "count(*) FILTER (WHERE date >= %(start)s), count(*) FILTER (WHERE date <= %(prev_end)s) "
        f"FROM (SELECT *, extract(isodow FROM date)::int - 1 AS weekday FROM frontdesk.visits WHERE {where}) v "
        f"GROUP BY GROUPING SETS ({', '.join('(' + ', '.join(g) + ')' for g in sets)})"
    )
    return sql, tuple(keys)


def read_counts(conn: psycopg.Connection[Any], selection: Selection, period: Period,
                station: str | None = None) -> PeriodCounts:
    """What :func:`frontdesk.reports.query.read_counts` gives for the local log, from the central database."""
    previous = period.previous()
    sql, keys = _count_sql(selection, station)
    params: dict[str, Any] = {"start": period.start, "end": period.end, "prev_start": previous.start,
                              "prev_end": previous.end, "centres": list(selection.ids or ()), "station": station}
    names = {cid: centre.name for cid, centre in selection.centres}
    qualify = len(selection.centres) > 1
    by_column: dict[str, list[tuple[Any, int, int]]] = {column: [] for column in COUNTED_COLUMNS}
    grid = [[0] * 24 for _ in range(7)]
    for mask, *rest in conn.execute(sql, params).fetchall():
        values = dict(zip(keys, rest[:len(keys)], strict=True))
        cur, prev = int(rest[-2]), int(rest[-1])
        grouped = {key for i, key in enumerate(keys) if not mask & (1 << (len(keys) - 1 - i))}
        if grouped == {"weekday", "hour"}:
            grid[values["weekday"]][values["hour"]] += cur
        elif grouped == {"centre_id", "station"}:
            label = values["station"]
            if qualify:
                label = f"{names.get(values['centre_id'], values['centre_id'])}: {label}"
            by_column["station"].append((label, cur, prev))
        else:
            (column,) = grouped
            by_column[column].append((values[column], cur, prev))
    return PeriodCounts(by_column, tuple(tuple(row) for row in grid))


def central_report(conn: psycopg.Connection[Any], taxonomy: Taxonomy, start: date, end: date,
                   selection: Selection, *, map_retired: bool = True, station: str | None = None,
                   guide_titles: Mapping[str, str] | None = None,
                   agency_names: Mapping[str, Text] | None = None,
                   event_kinds: EventKinds | None = None) -> Report:
    """The report from ``start`` to ``end`` over the selected centres, as :func:`build_report` makes it locally;
    ``event_kinds`` order and label the events (default: the bundled kinds, as locally)."""
    period = Period(start, end)
    counts = read_counts(conn, selection, period, station)
    events = read_events(conn, selection.ids, period, event_kinds or EventKinds.bundled(), station)
    return report_from_counts(period, counts, taxonomy, map_retired=map_retired, station=station,
                              guide_titles=guide_titles, agency_names=agency_names, events=events)
