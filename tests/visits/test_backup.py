"""Backups fresh enough that a restore loses at most the last hour, bounded rotation, no half-written leftovers."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from frontdesk.visits.backup import (
    DUE_AFTER,
    KEEP_DAYS,
    KEEP_RECENT,
    MAX_LOSS,
    backup_path,
    backup_time,
    existing_backups,
    make_backup,
    rotate,
)
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy


def ids_in(backup: Path) -> set[str]:
    conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM visits")}
    finally:
        conn.close()


def test_a_store_open_all_day_backs_up_within_the_hour_and_only_when_the_log_changed(
        tmp_path: Path, taxonomy: Taxonomy) -> None:
    backups = tmp_path / "backups"
    with VisitStore(tmp_path / "v.sqlite3", taxonomy, backups) as store:
        assert len(existing_backups(backups)) == 1  # made when the store opened
        start = datetime.now()
        first = store.add("login.minid", station="s").id
        assert store.backup_if_due(start + DUE_AFTER - timedelta(minutes=1)) is None  # not due yet
        made = store.backup_if_due(start + DUE_AFTER)
        assert made is not None and first in ids_in(made)
        # An hour later with no new visit: nothing to back up.
        assert store.backup_if_due(start + DUE_AFTER * 2) is None
        with VisitStore(tmp_path / "v.sqlite3", taxonomy) as other:  # a command logs one in another connection
            second = other.add("nav.meldekort", station="s").id
        later = store.backup_if_due(start + DUE_AFTER * 2)
        assert later is not None and second in ids_in(later)
    # The window checks every CHECK_EVERY, and a backup is due after DUE_AFTER: within MAX_LOSS in all.
    assert DUE_AFTER < MAX_LOSS


def test_each_command_backs_up_when_the_newest_backup_is_older_than_the_due_time(
        tmp_path: Path, taxonomy: Taxonomy) -> None:
    backups = tmp_path / "backups"
    with VisitStore(tmp_path / "v.sqlite3", taxonomy, backups) as store:
        visit = store.add("login.minid", station="s")
    only = existing_backups(backups)[0]
    only.rename(backup_path(backups, datetime.now() - DUE_AFTER - timedelta(minutes=1)))
    with VisitStore(tmp_path / "v.sqlite3", taxonomy, backups):
        pass
    newest = existing_backups(backups)[-1]
    assert len(existing_backups(backups)) == 2 and visit.id in ids_in(newest)


def test_rotation_keeps_the_newest_few_and_one_a_day_for_a_week(tmp_path: Path, taxonomy: Taxonomy) -> None:
    backups = tmp_path / "backups"
    with VisitStore(tmp_path / "v.sqlite3", taxonomy) as store:
        store.add("login.minid", station="s")
        start = datetime(2026, 11, 1, 8, 0)
        for hour in range(24 * 12):  # twelve days, a backup every hour
            assert make_backup(store.db.conn, backups, start + timedelta(hours=hour)) is not None
    kept = existing_backups(backups)
    assert len(kept) <= KEEP_RECENT + KEEP_DAYS
    newest = start + timedelta(hours=24 * 12 - 1)
    assert kept[-1] == backup_path(backups, newest)
    assert kept[-KEEP_RECENT:] == [backup_path(backups, newest - timedelta(hours=h)) for h in range(KEEP_RECENT)][::-1]
    days = {backup_time(b).date() for b in kept}  # type: ignore[union-attr]
    assert len(days) == KEEP_DAYS
    # A backup is opened without a WAL beside it (it is in rollback-journal mode).
    conn = sqlite3.connect(kept[0])
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_backups_of_earlier_versions_count_and_foreign_files_are_left_alone(tmp_path: Path,
                                                                           taxonomy: Taxonomy) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    with VisitStore(tmp_path / "v.sqlite3", taxonomy) as store:
        old = backups / "visits-2026-10-01.sqlite3"  # the once-a-day name of earlier versions
        store.db.conn.backup(sqlite3.connect(old))
    foreign = backups / "visits-kopi-fra-it.sqlite3"
    foreign.write_bytes(b"IT's own copy")
    assert backup_time(old) == datetime(2026, 10, 1)
    assert existing_backups(backups) == [old]
    rotate(backups, keep_recent=0, keep_days=0)
    assert not old.exists() and foreign.exists()


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_half_written_backups_of_killed_processes_are_removed_when_the_log_opens(tmp_path: Path,
                                                                                taxonomy: Taxonomy) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    killed = backups / f"visits-2026-11-20_1405.sqlite3.{_dead_pid()}.partial"
    killed.write_bytes(b"\0" * 65536)  # a killed backup leaves a partial copy of the whole log
    journal = killed.with_name(killed.name + "-journal")
    journal.write_bytes(b"\0" * 512)
    running = backups / f"visits-2026-11-20_1405.sqlite3.{os.getppid()}.partial"  # its writer still runs
    running.write_bytes(b"\0" * 512)
    with VisitStore(tmp_path / "v.sqlite3", taxonomy, backups):
        pass
    assert not killed.exists() and not journal.exists()
    assert running.exists()
