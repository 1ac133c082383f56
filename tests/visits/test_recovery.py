"""A damaged visit log at start: moved aside, the newest healthy backup put back, and the user told."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontdesk.cli import cli
from frontdesk.config import Config
from frontdesk.visits.backup import backup_path
from frontdesk.visits.recovery import is_healthy, move_aside, recover
from frontdesk.visits.storage import DamagedDatabaseError, DatabaseError
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy


def fill(path: Path, taxonomy: Taxonomy, visits: int) -> list[str]:
    with VisitStore(path, taxonomy) as store:
        ids = [store.add("login.minid", station="skranke-1").id for _ in range(visits)]
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file, so scribbling damages it
    conn.close()
    return ids


def scribble(path: Path) -> None:
    """Overwrite a b-tree page in the middle of the file: the header stays valid, integrity_check fails."""
    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 2 + 2000] = b"\xff" * 2000
    path.write_bytes(bytes(data))


def stored_ids(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM visits")}
    finally:
        conn.close()


def test_a_damaged_log_is_moved_aside_and_the_newest_healthy_backup_restored(
        temp_home: Path, taxonomy: Taxonomy, caplog: pytest.LogCaptureFixture) -> None:
    config = Config.from_env()
    config.ensure_home()
    older = fill(config.home / "older.sqlite3", taxonomy, 5)
    fill(config.home / "newer.sqlite3", taxonomy, 300)
    shutil.copy(config.home / "older.sqlite3", backup_path(config.backup_dir, date(2026, 11, 18)))
    shutil.copy(config.home / "newer.sqlite3", backup_path(config.backup_dir, date(2026, 11, 20)))
    fill(config.database_path, taxonomy, 300)
    scribble(config.database_path)
    # The newest backup is damaged too: the one before it must be used.
    scribble(backup_path(config.backup_dir, date(2026, 11, 20)))
    assert not is_healthy(backup_path(config.backup_dir, date(2026, 11, 20)))

    with caplog.at_level(logging.WARNING, logger="frontdesk.visits"), VisitStore.open(config, taxonomy) as store:
        recovery = store.recovery
        assert recovery is not None
        assert recovery.backup_date == date(2026, 11, 18)
        assert {row[0] for row in store.db.execute("SELECT id FROM visits")} == set(older)
        store.add("nav.meldekort", station="skranke-1")  # the counter works again at once
    assert recovery.damaged_copy.parent == config.home / "damaged"
    assert recovery.damaged_copy.name.startswith("visits-") and recovery.damaged_copy.suffix == ".sqlite3"
    assert not is_healthy(recovery.damaged_copy)  # the damaged file itself, kept for IT
    assert is_healthy(config.database_path)
    assert recovery.message() == (
        f"Besøksloggen var skadet. Den er flyttet til {recovery.damaged_copy}, og sikkerhetskopien fra "
        "2026-11-18 er lagt tilbake. Besøk etter det tidspunktet mangler.")
    assert "backup from 2026-11-18 has been put back" in recovery.message("en")
    logged = caplog.text
    assert "visit log damaged" in logged and "visits-2026-11-18.sqlite3" in logged
    assert str(config.home) not in logged  # file names only: the full path holds the user name


def test_the_wal_and_shm_files_move_with_the_damaged_database(tmp_path: Path) -> None:
    database = tmp_path / "visits.sqlite3"
    database.write_bytes(b"damaged main file")
    database.with_name("visits.sqlite3-wal").write_bytes(b"wal")
    database.with_name("visits.sqlite3-shm").write_bytes(b"shm")
    first = move_aside(database, tmp_path / "damaged", datetime(2026, 11, 21, 8, 30, 5))
    assert first == tmp_path / "damaged" / "visits-2026-11-21_083005.sqlite3"
    assert first.read_bytes() == b"damaged main file"
    assert first.with_name(first.name + "-wal").read_bytes() == b"wal"
    assert first.with_name(first.name + "-shm").read_bytes() == b"shm"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged"]
    database.write_bytes(b"damaged again in the same second")
    second = move_aside(database, tmp_path / "damaged", datetime(2026, 11, 21, 8, 30, 5))
    assert second != first and second.read_bytes() == b"damaged again in the same second"
    assert first.read_bytes() == b"damaged main file"


def test_without_a_backup_an_empty_log_is_started_and_that_is_said(temp_home: Path, taxonomy: Taxonomy) -> None:
    config = Config.from_env()
    config.ensure_home()
    config.database_path.write_bytes(b"\x00garbage" * 1000)
    with VisitStore.open(config, taxonomy) as store:
        assert store.recovery is not None and store.recovery.backup is None
        assert store.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 0
        message = store.recovery.message()
    assert "Det fantes ingen brukbar sikkerhetskopi" in message and "tom besøkslogg" in message
    # Started empty, the new log gets today's backup like any other.
    assert backup_path(config.backup_dir, date.today()).is_file()


def test_a_healthy_log_opens_without_a_recovery(temp_home: Path, taxonomy: Taxonomy) -> None:
    config = Config.from_env()
    with VisitStore.open(config, taxonomy) as store:
        store.add("login.minid", station="skranke-1")
    with VisitStore.open(config, taxonomy) as store:
        assert store.recovery is None
    assert not (config.home / "damaged").exists()


def test_the_low_level_constructor_stays_strict(temp_home: Path, taxonomy: Taxonomy) -> None:
    config = Config.from_env()
    config.ensure_home()
    config.database_path.write_bytes(b"garbage" * 1000)
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        VisitStore(config.database_path, taxonomy, config.backup_dir)
    assert config.database_path.read_bytes() == b"garbage" * 1000
    assert not (config.home / "damaged").exists()


def test_the_cli_prints_the_recovery_message_and_logs_the_visit(temp_home: Path, taxonomy: Taxonomy) -> None:
    config = Config.from_env()
    config.ensure_home()
    kept = fill(config.home / "old.sqlite3", taxonomy, 3)
    shutil.copy(config.home / "old.sqlite3", backup_path(config.backup_dir, date(2026, 11, 20)))
    config.database_path.write_bytes(b"garbage" * 1000)
    result = CliRunner().invoke(cli, ["visit", "add", "nav.meldekort"])
    assert result.exit_code == 0, result.output
    assert "Besøksloggen var skadet" in result.stderr and "sikkerhetskopien fra 2026-11-20" in result.stderr
    assert "The visit log was damaged" in result.stderr
    new_id = result.stdout.strip()
    assert stored_ids(config.database_path) == {*kept, new_id}


def test_when_a_file_cannot_be_moved_nothing_is_changed_and_the_message_says_what_to_do(tmp_path: Path) -> None:
    database = tmp_path / "visits.sqlite3"
    database.write_bytes(b"damaged")
    database.with_name("visits.sqlite3-wal").write_bytes(b"wal")
    database.with_name("visits.sqlite3-shm").write_bytes(b"shm")
    moment = datetime(2026, 11, 21, 8, 30, 5)
    # A folder where the -shm file should go makes the last move fail, after the others succeeded.
    (tmp_path / "damaged" / "visits-2026-11-21_083005.sqlite3-shm").mkdir(parents=True)
    with pytest.raises(DatabaseError, match="close every frontdesk window"):
        recover(database, tmp_path / "backups", tmp_path / "damaged", DamagedDatabaseError(database, "test"),
                now=moment)
    assert database.read_bytes() == b"damaged"
    assert database.with_name("visits.sqlite3-wal").read_bytes() == b"wal"
    assert database.with_name("visits.sqlite3-shm").read_bytes() == b"shm"
    assert sorted(p.name for p in (tmp_path / "damaged").iterdir()) == ["visits-2026-11-21_083005.sqlite3-shm"]
