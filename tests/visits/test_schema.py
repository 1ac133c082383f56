"""Schema and migrations: from an empty database, from every earlier version, and what is refused."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from frontdesk.visits.database import open_database
from frontdesk.visits.schema import MIGRATIONS, applied_migrations, migrate
from frontdesk.visits.storage import DatabaseError, StorageError
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

# Released migrations, in order. Append-only: a name here may never change or disappear.
RELEASED = [
    "0001_create_visits",
    "0002_settings_and_undo_slot",
    "0003_monthly_aggregates_and_visit_counts",
    "0004_supervisor_pin",
    "0005_recovery_notes",
    "0006_events_and_event_undo_slot",
    "0007_visit_age_group_repeat_language",
    "0008_install_id_and_sync_state",
]

VISIT_COLUMNS = ["id", "station", "date", "hour", "category", "channel", "mode", "outcome", "referred_to",
                 "guide_id", "duration", "age_group", "repeat_visit", "language_help"]
EVENT_COLUMNS = ["id", "station", "date", "hour", "kind", "participants", "hours", "volunteers", "volunteer_hours"]


def test_migrations_are_append_only() -> None:
    names = [name for name, _ in MIGRATIONS]
    assert names[: len(RELEASED)] == RELEASED
    assert len(set(names)) == len(names)


def test_an_empty_database_gets_the_whole_schema(tmp_path: Path, taxonomy: Taxonomy) -> None:
    with VisitStore(tmp_path / "v.sqlite3", taxonomy) as store:
        db = store.db
        assert applied_migrations(db) == [name for name, _ in MIGRATIONS]
        assert [c.name for c in db["visits"].columns] == VISIT_COLUMNS
        assert db.table("visits").pks == ["id"]
        assert any(index.columns == ["date"] for index in db.table("visits").indexes)
        assert [c.name for c in db["monthly_aggregates"].columns] == [  # added columns come after count
            "month", "weekday", "hour", "station", "category", *VISIT_COLUMNS[5:11], "count", *VISIT_COLUMNS[11:]]
        assert set(db.view_names()) == {"visit_counts"}
        assert [c.name for c in db["visit_counts"].columns] == ["month", "date", "weekday", "hour", "station",
                                                               "category", *VISIT_COLUMNS[5:], "count"]
        assert [c.name for c in db["settings"].columns] == ["key", "value"]
        assert [c.name for c in db["undo_slot"].columns] == ["station", "visit_id", "expires"]
        assert [c.name for c in db["supervisor"].columns] == ["id", "pin_hash", "recovery_hash", "failures",
                                                               "locked_until"]
        assert [c.name for c in db["recovery_notes"].columns] == ["reason", "damaged_copy", "backup", "salvaged"]
        assert [c.name for c in db["events"].columns] == EVENT_COLUMNS
        assert db.table("events").pks == ["id"]
        assert any(index.columns == ["date"] for index in db.table("events").indexes)
        assert [c.name for c in db["event_undo_slot"].columns] == ["station", "event_id", "expires"]
        assert [c.name for c in db["sync_stations"].columns] == ["install", "station", "last_seen", "checked",
                                                                  "problem"]
        assert [c.name for c in db["sync_months"].columns] == ["install", "month", "digest"]
        assert [c.name for c in db["sync_own_names"].columns] == ["station"]
        assert any(index.columns == ["station", "date"] for index in db.table("visits").indexes)


@pytest.mark.parametrize("version", range(1, len(MIGRATIONS)))
def test_every_earlier_version_is_upgraded_and_keeps_its_visits(tmp_path: Path, taxonomy: Taxonomy,
                                                               version: int) -> None:
    path = tmp_path / "old.sqlite3"
    old = open_database(path)
    migrate(old, upto=version)
    old.execute("INSERT INTO visits (id, station, date, hour, category) VALUES "
                "('3f1c2d1e-8a4b-4c6d-9e0f-1a2b3c4d5e6f', 'skranke-1', '2026-10-05', 9, 'nav.aap')")
    old.conn.commit()
    assert len(applied_migrations(old)) == version
    old.conn.close()
    with VisitStore(path, taxonomy) as store:
        assert applied_migrations(store.db) == [name for name, _ in MIGRATIONS]
        rows = list(store.db.query("SELECT month, weekday, category, count FROM visit_counts"))
        assert rows == [{"month": "2026-10", "weekday": 0, "category": "nav.aap", "count": 1}]
        assert store.settings.get("station") == "skranke-1"


def test_migrating_twice_changes_nothing(tmp_path: Path) -> None:
    db = open_database(tmp_path / "v.sqlite3")
    assert migrate(db) == [name for name, _ in MIGRATIONS]
    assert migrate(db) == []


def test_a_database_from_a_newer_frontdesk_is_refused_untouched(tmp_path: Path, taxonomy: Taxonomy) -> None:
    path = tmp_path / "v.sqlite3"
    db = open_database(path)
    migrate(db)
    db.execute("INSERT INTO _migrations (name, applied_at) VALUES ('0099_from_the_future', '2030-01-01')")
    db.conn.commit()
    db.conn.close()
    with pytest.raises(DatabaseError, match="nyere versjon av frontdesk") as refused:
        VisitStore(path, taxonomy)
    assert "newer version of frontdesk (migration 0099_from_the_future)" in refused.value.message("en")


def test_a_damaged_database_is_refused_with_a_pointer_to_the_backups(tmp_path: Path, taxonomy: Taxonomy) -> None:
    path = tmp_path / "v.sqlite3"
    with VisitStore(path, taxonomy) as store:
        for _ in range(300):
            store.add("login.minid", station="skranke-1")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 2 + 2000] = b"\xff" * 2000  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="backups"):
        VisitStore(path, taxonomy)


def test_open_database_uses_wal_and_full_sync(tmp_path: Path) -> None:
    db: Database = open_database(tmp_path / "v.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_a_read_only_open_writes_nothing_and_refuses_an_older_schema(tmp_path: Path, taxonomy: Taxonomy) -> None:
    path = tmp_path / "v.sqlite3"
    old = open_database(path)
    migrate(old, upto=3)
    old.conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="skrevet av en eldre frontdesk") as refused:
        VisitStore(path, taxonomy, read_only=True)
    assert "vart skriven av ein eldre frontdesk" in refused.value.message("nn")
    assert path.read_bytes() == before
    with VisitStore(path, taxonomy) as store:  # with write access it is brought up to date
        store.add("login.minid", station="skranke-1")
    with VisitStore(path, taxonomy, read_only=True) as reader:
        assert reader.counts_on(date.today()) == {"login.minid": 1}
        with pytest.raises(StorageError):
            reader.add("login.minid", station="skranke-1")


def test_folded_months_of_an_old_database_keep_their_counts_and_fold_the_new_answers_later(
        tmp_path: Path, taxonomy: Taxonomy) -> None:
    """Version 3 had folded months and no questions: after the upgrade their visits read as unrecorded, and a
    month folded later keeps its answers."""
    path = tmp_path / "old.sqlite3"
    old = open_database(path)
    migrate(old, upto=3)
    old.execute("INSERT INTO monthly_aggregates (month, weekday, hour, station, category, count) VALUES "
                "('2023-01', 0, 9, 'skranke-1', 'nav.aap', 4)")
    old.conn.commit()
    old.conn.close()
    with VisitStore(path, taxonomy, apply_retention=False) as store:
        assert store.db.execute("SELECT age_group, repeat_visit, language_help, count FROM visit_counts").fetchall() \
            == [(None, None, None, 4)]
        store.add("nav.aap", station="skranke-1", age_group="67_plus", language_help="interpreter",
                  at=datetime(2023, 2, 6, 9))
        store.purge(1)
        assert store.db.execute("SELECT month, age_group, repeat_visit, language_help, count FROM monthly_aggregates "
                                "ORDER BY month").fetchall() == [("2023-01", None, None, None, 4),
                                                                 ("2023-02", "67_plus", None, "interpreter", 1)]
