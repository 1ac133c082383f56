"""What this install remembers about the shared folder, kept in the visit log (tables of migration 0008).

- ``sync_own_names``: every station name this install has published visits or events under. A renamed
  counter's earlier visits and events are still its own, so its month files keep them; nothing else in the log
  says which are whose.
- ``sync_stations``: one row per install seen in the shared folder, this one included: its station name, when
  its station file was last written (the file server's clock) and checked (this PC's clock), and the last
  problem. Both times are kept to the minute: they say whether a PC is alive, not when anyone came.
- ``sync_months``: the sha256 of each month file last imported, so an unchanged file is never read again.

It is a cache in the same database as the visits it describes: a restored backup brings back both together,
and losing it costs only a full re-read (importing is idempotent).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from frontdesk.visits.database import transaction


def minute(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")


def _second(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")  # the undo slot's own format


def own_names(db: Database, station: str) -> frozenset[str]:
    """The names this install's visits are under: the current one (recorded now) and every earlier one."""
    with transaction(db):
        db.execute("INSERT OR IGNORE INTO sync_own_names (station) VALUES (?)", [station])
    return recorded_names(db, station)


def recorded_names(db: Database, station: str) -> frozenset[str]:
    """``station`` and every name recorded before, read without writing (a central push reads the log through
    a read-only connection)."""
    rows = db.execute("SELECT station FROM sync_own_names").fetchall()
    return frozenset({station, *(str(row[0]) for row in rows)})


def held_back(db: Database, now: datetime) -> frozenset[str]:
    """Visits that can still be undone: published later, so an undone visit never reaches another PC."""
    rows = db.execute("SELECT visit_id FROM undo_slot WHERE expires > ?", [_second(now)]).fetchall()
    return frozenset(str(row[0]) for row in rows)


def held_back_events(db: Database, now: datetime) -> frozenset[str]:
    """Events that can still be undone (their own undo slot), held back like visits."""
    rows = db.execute("SELECT event_id FROM event_undo_slot WHERE expires > ?", [_second(now)]).fetchall()
    return frozenset(str(row[0]) for row in rows)


def own_months(db: Database, names: frozenset[str]) -> list[str]:
    """The months with a visit or an event under one of ``names``."""
    marks, stations = ", ".join("?" * len(names)), sorted(names)
    rows = db.execute(f"SELECT substr(date, 1, 7) FROM visits WHERE station IN ({marks}) UNION "
                      f"SELECT substr(date, 1, 7) FROM events WHERE station IN ({marks}) ORDER BY 1",
                      [*stations, *stations]).fetchall()
    return [str(row[0]) for row in rows]


def imported_digests(db: Database, install: str) -> dict[str, str]:
    rows = db.execute("SELECT month, digest FROM sync_months WHERE install = ?", [install]).fetchall()
    return {str(month): str(digest) for month, digest in rows}


def record_month(db: Database, install: str, month: str, digest: str) -> None:
    with transaction(db):
        db.execute("INSERT OR REPLACE INTO sync_months (install, month, digest) VALUES (?, ?, ?)",
                   [install, month, digest])


def forget_months(db: Database, install: str, keep: set[str]) -> None:
    """Drop what is remembered about month files the station no longer has (retention removed them)."""
    with transaction(db):
        for month in set(imported_digests(db, install)) - keep:
            db.execute("DELETE FROM sync_months WHERE install = ? AND month = ?", [install, month])


def record_station(db: Database, install: str, *, checked: datetime, station: str | None = None,
                   last_seen: datetime | None = None, problem: str | None = None) -> None:
    """Note what a sync saw of one install; a name or time that is None keeps the one remembered."""
    with transaction(db):
        db.execute("INSERT OR IGNORE INTO sync_stations (install) VALUES (?)", [install])
        db.execute("UPDATE sync_stations SET station = coalesce(?, station), last_seen = coalesce(?, last_seen), "
                   "checked = ?, problem = ? WHERE install = ?",
                   [station, minute(last_seen) if last_seen else None, minute(checked), problem, install])


def forget_installs(db: Database, keep: set[str]) -> list[str]:
    """Forget installs whose folder is gone from the share (IT removed a retired PC); return their names."""
    rows = db.execute("SELECT install, station FROM sync_stations").fetchall()
    gone = [(str(install), station) for install, station in rows if install not in keep]
    with transaction(db):
        for install, _station in gone:
            db.execute("DELETE FROM sync_stations WHERE install = ?", [install])
            db.execute("DELETE FROM sync_months WHERE install = ?", [install])
    return [str(station) for _install, station in gone if station]


@dataclass(frozen=True)
class KnownStation:
    install: str
    station: str | None
    last_seen: str | None  # the file server's clock, "YYYY-MM-DDTHH:MMZ"
    checked: str | None  # this PC's clock
    problem: str | None  # a sync_files.Problem value
    this_pc: bool
    name_shared: bool  # another install in the share uses the same station name

    def to_json(self) -> dict[str, object]:
        return {"install": self.install, "station": self.station, "last_seen": self.last_seen,
                "checked": self.checked, "problem": self.problem, "this_pc": self.this_pc,
                "name_shared": self.name_shared}


def known_stations(db: Database, own_install: str) -> list[KnownStation]:
    """Every install the last syncs saw, this PC first, then by station name."""
    rows = db.execute("SELECT install, station, last_seen, checked, problem FROM sync_stations").fetchall()
    names = Counter(str(row[1]) for row in rows if row[1] is not None)
    stations = [KnownStation(str(install), station, last_seen, checked, problem, install == own_install,
                             station is not None and names[str(station)] > 1)
                for install, station, last_seen, checked, problem in rows]
    return sorted(stations, key=lambda s: (not s.this_pc, (s.station or "").casefold(), s.install))
