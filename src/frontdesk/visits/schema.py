"""The visit log's tables: append-only named migrations.

Migrations are applied in order and recorded by name in ``_migrations``. The list is append-only: a released
migration is never edited or removed (``tests/visits/test_schema.py`` pins the released names), so every
database ever written can be brought up to date. docs/privacy.md describes every column they create. Opening
the database and writing to it durably is :mod:`frontdesk.visits.database`.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from sqlite_utils import Database

from frontdesk.visits import database_texts as says
from frontdesk.visits.database import transaction
from frontdesk.visits.storage import DatabaseError

log = logging.getLogger("frontdesk.visits")


def _create_visits(db: Database) -> None:
    db.execute("""
        CREATE TABLE visits (
            id TEXT PRIMARY KEY,
            station TEXT NOT NULL,
            date TEXT NOT NULL,        -- YYYY-MM-DD
            hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
            category TEXT NOT NULL,
            channel TEXT, mode TEXT, outcome TEXT, referred_to TEXT, guide_id TEXT, duration TEXT
        )""")
    db.execute("CREATE INDEX idx_visits_date ON visits(date)")


def _create_settings_and_undo(db: Database) -> None:
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    # The only precise time in the database: when the last visit's undo chance ends. Overwritten by the next
    # visit, deleted on undo or expiry.
    db.execute("CREATE TABLE undo_slot (station TEXT PRIMARY KEY, visit_id TEXT, expires TEXT)")


def _create_monthly_aggregates(db: Database) -> None:
    db.execute("""
        CREATE TABLE monthly_aggregates (
            month TEXT NOT NULL,       -- YYYY-MM
            weekday INTEGER NOT NULL,  -- 0 = Monday
            hour INTEGER NOT NULL,
            station TEXT NOT NULL,
            category TEXT NOT NULL,
            channel TEXT, mode TEXT, outcome TEXT, referred_to TEXT, guide_id TEXT, duration TEXT,
            count INTEGER NOT NULL CHECK (count > 0)
        )""")
    db.execute("CREATE INDEX idx_monthly_aggregates_month ON monthly_aggregates(month)")
    # Reports read only this view, so they give the same answers before and after retention folds a month.
    db.execute("""
        CREATE VIEW visit_counts AS
        SELECT substr(date, 1, 7) AS month, date,
               (CAST(strftime('%w', date) AS INTEGER) + 6) % 7 AS weekday, hour, station, category,
               channel, mode, outcome, referred_to, guide_id, duration, 1 AS count
        FROM visits
        UNION ALL
        SELECT month, NULL AS date, weekday, hour, station, category,
               channel, mode, outcome, referred_to, guide_id, duration, count
        FROM monthly_aggregates""")


def _create_supervisor(db: Database) -> None:
    # The supervisor PIN lives in the visit log rather than a file of its own: deleting or damaging one small
    # file must not turn it off, a restored backup brings it back, and its rate limit shares the log's lock.
    db.execute("""
        CREATE TABLE supervisor (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            pin_hash TEXT NOT NULL,
            recovery_hash TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            locked_until REAL NOT NULL DEFAULT 0
        )""")


def _create_recovery_notes(db: Database) -> None:
    # Written by a recovery into the restored log itself, so the user is told even when the process that
    # recovered was killed before it could say so; deleted once shown.
    db.execute("""
        CREATE TABLE recovery_notes (
            reason TEXT NOT NULL,       -- damaged, empty or missing
            damaged_copy TEXT,          -- file name in <home>/damaged/, when a file was moved there
            backup TEXT,                -- file name of the backup put back, if any
            salvaged INTEGER NOT NULL DEFAULT 0
        )""")


def _create_events(db: Database) -> None:
    # Courses, drop-in days and meetings: counts only, no names and no text (docs/privacy.md, docs/events.md).
    # The limits repeat visits/events.py, so nothing else writing the file can store an absurd figure.
    db.execute("""
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            station TEXT NOT NULL,
            date TEXT NOT NULL,        -- YYYY-MM-DD
            hour INTEGER CHECK (hour IS NULL OR hour BETWEEN 0 AND 23),  -- start hour, optional
            kind TEXT NOT NULL,
            participants INTEGER NOT NULL CHECK (participants BETWEEN 0 AND 1000),
            hours REAL CHECK (hours IS NULL OR (hours > 0 AND hours <= 24)),
            volunteers INTEGER NOT NULL DEFAULT 0 CHECK (volunteers BETWEEN 0 AND 1000),
            volunteer_hours REAL NOT NULL DEFAULT 0 CHECK (volunteer_hours >= 0 AND volunteer_hours <= volunteers * 24)
        )""")
    db.execute("CREATE INDEX idx_events_date ON events(date)")
    db.execute("CREATE TABLE event_undo_slot (station TEXT PRIMARY KEY, event_id TEXT, expires TEXT)")


_QUESTIONS = ("age_group", "repeat_visit", "language_help")


def _add_visit_questions(db: Database) -> None:
    """Three optional questions (off by default): new nullable columns, and the view rebuilt to read them."""
    for table in ("visits", "monthly_aggregates"):
        for column in _QUESTIONS:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
    db.execute("DROP VIEW visit_counts")
    db.execute("""
        CREATE VIEW visit_counts AS
        SELECT substr(date, 1, 7) AS month, date,
               (CAST(strftime('%w', date) AS INTEGER) + 6) % 7 AS weekday, hour, station, category,
               channel, mode, outcome, referred_to, guide_id, duration, age_group, repeat_visit, language_help,
               1 AS count
        FROM visits
        UNION ALL
        SELECT month, NULL AS date, weekday, hour, station, category,
               channel, mode, outcome, referred_to, guide_id, duration, age_group, repeat_visit, language_help,
               count
        FROM monthly_aggregates""")


def _create_install_id_and_sync_state(db: Database) -> None:
    # A random id with no meaning, made once: two PCs that keep the same station name can still be told apart.
    db.execute("INSERT OR IGNORE INTO settings (key, value) VALUES ('install_id', ?)",
               [json.dumps(str(uuid.uuid4()))])
    # What this install knows about the others in the shared folder (see visits/sync.py); a cache that a
    # restored backup brings back together with the visits it describes.
    db.execute("""
        CREATE TABLE sync_stations (
            install TEXT PRIMARY KEY,  -- another install's (or this one's) random id
            station TEXT,              -- NULL until its station file could be read
            last_seen TEXT,            -- when its station file was written, by the file server's clock
            checked TEXT,              -- when this install last read it, by this PC's clock
            problem TEXT               -- a fixed code (sync.Problem), or NULL
        )""")
    db.execute("""
        CREATE TABLE sync_months (
            install TEXT NOT NULL, month TEXT NOT NULL, digest TEXT NOT NULL,
            PRIMARY KEY (install, month)
        )""")
    db.execute("CREATE TABLE sync_own_names (station TEXT PRIMARY KEY)")
    # A supervisor's PC holds every counter's visits; its own month files read only its own.
    db.execute("CREATE INDEX idx_visits_station_date ON visits(station, date)")


# Append-only. Never edit or remove a released entry; add a new one instead.
MIGRATIONS: list[tuple[str, Callable[[Database], None]]] = [
    ("0001_create_visits", _create_visits),
    ("0002_settings_and_undo_slot", _create_settings_and_undo),
    ("0003_monthly_aggregates_and_visit_counts", _create_monthly_aggregates),
    ("0004_supervisor_pin", _create_supervisor),
    ("0005_recovery_notes", _create_recovery_notes),
    ("0006_events_and_event_undo_slot", _create_events),
    ("0007_visit_age_group_repeat_language", _add_visit_questions),
    ("0008_install_id_and_sync_state", _create_install_id_and_sync_state),
]


def applied_migrations(db: Database) -> list[str]:
    if not db["_migrations"].exists():
        return []
    return [str(row[0]) for row in db.execute("SELECT name FROM _migrations ORDER BY rowid").fetchall()]


def migrate(db: Database, upto: int | None = None) -> list[str]:
    """Apply the missing migrations (the first ``upto`` only, for tests of old versions); return their names.

    Each migration and its record commit together, so a crash leaves the database at a clean version.
    """
    known = [name for name, _ in MIGRATIONS]
    done = applied_migrations(db)
    unknown = [name for name in done if name not in known]
    if unknown:
        raise DatabaseError(says.NEWER_VERSION, migration=unknown[0])
    applied: list[str] = []
    for name, step in MIGRATIONS[:upto]:
        if name in done:
            continue
        with transaction(db):
            db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            if name in applied_migrations(db):  # another process got there first, while we waited for the lock
                continue
            step(db)
            db.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                       [name, datetime.now(UTC).date().isoformat()])
        log.info("visit log migration applied: %s", name)
        applied.append(name)
    return applied
