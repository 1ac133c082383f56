"""A damaged, emptied or missing visit log at start: the newest healthy backup put back, the readable visits of
the damaged file merged in, and the user told — never an empty log without a word."""

from __future__ import annotations

import logging
import shutil
import sqlite3
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontdesk.cli import cli
from frontdesk.config import Config
from frontdesk.visits.backup import backup_path, existing_backups
from frontdesk.visits.recovery import (
    RESTORING,
    build_replacement,
    damaged_target,
    is_healthy,
    move_aside,
    recover,
)
from frontdesk.visits.storage import DamagedDatabaseError, DatabaseError, StorageError, StorageProblem
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy
from tests.visits.conftest import AGENCIES


def fill(path: Path, taxonomy: Taxonomy, visits: int, at: datetime | None = None) -> list[str]:
    with VisitStore(path, taxonomy) as store:
        ids = [store.add("login.minid", station="skranke-1", at=at).id for _ in range(visits)]
    return ids


def scribble(path: Path, page: int = 2) -> None:
    """Overwrite a b-tree page in the middle of the file: the header stays valid, integrity_check fails."""
    data = bytearray(path.read_bytes())
    data[4096 * page: 4096 * page + 2000] = b"\xff" * 2000
    path.write_bytes(bytes(data))


def stored_ids(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM visits")}
    finally:
        conn.close()


def backed_up(config: Config, taxonomy: Taxonomy, visits: int, moment: datetime) -> list[str]:
    """A backup with ``visits`` visits, made at ``moment``."""
    source = config.home / f"source-{moment:%H%M%S}.sqlite3"
    ids = fill(source, taxonomy, visits)
    config.backup_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, backup_path(config.backup_dir, moment))
    source.unlink()
    return ids


def test_a_damaged_log_is_replaced_by_the_newest_healthy_backup_with_its_readable_visits_merged_in(
        temp_home: Path, taxonomy: Taxonomy, caplog: pytest.LogCaptureFixture) -> None:
    config = Config.from_env()
    config.ensure_home()
    older = backed_up(config, taxonomy, 5, datetime(2026, 11, 18, 9, 5))
    backed_up(config, taxonomy, 300, datetime(2026, 11, 20, 14, 5))
    logged = fill(config.database_path, taxonomy, 300)
    scribble(config.database_path)
    # The newest backup is damaged too: the one before it must be used.
    scribble(backup_path(config.backup_dir, datetime(2026, 11, 20, 14, 5)))

    with caplog.at_level(logging.WARNING, logger="frontdesk.visits"), VisitStore.open(config, taxonomy) as store:
        recovery = store.recovery
        assert recovery is not None and recovery.reason == "damaged"
        assert recovery.backup_date == date(2026, 11, 18)
        restored = {row[0] for row in store.db.execute("SELECT id FROM visits")}
        store.add("nav.meldekort", station="skranke-1")  # the counter works again at once
    # Everything the backup had, and every visit the damaged page did not take with it.
    assert set(older) <= restored <= set(older) | set(logged)
    assert recovery.salvaged == len(restored - set(older)) > 200
    assert recovery.damaged_copy is not None and recovery.damaged_copy.parent == config.home / "damaged"
    assert not is_healthy(recovery.damaged_copy)  # the damaged file itself, kept for IT
    assert is_healthy(config.database_path)
    assert recovery.message() == (
        f"Besøksloggen var skadet. Den er flyttet til {recovery.damaged_copy}, og sikkerhetskopien fra "
        f"18.11.2026 kl. 09.05 er lagt tilbake. Besøk etter det tidspunktet mangler, bortsett fra "
        f"{recovery.salvaged} som ble lest tilbake fra den skadde filen.")
    assert f"except {recovery.salvaged} that were read back" in recovery.message("en")
    assert "og tryggleikskopien frå 18.11.2026 kl. 09.05 er lagd tilbake" in recovery.message("nn")
    assert "visit log damaged" in caplog.text and "visits-2026-11-18_0905.sqlite3" in caplog.text
    assert str(config.home) not in caplog.text  # file names only: the full path holds the user name


@pytest.mark.parametrize("harm", ["deleted", "truncated", "replaced by an empty database"])
def test_a_lost_log_is_restored_from_its_backup_and_the_user_is_told(temp_home: Path, taxonomy: Taxonomy,
                                                                     harm: str) -> None:
    config = Config.from_env()
    with VisitStore.open(config, taxonomy) as store:
        kept = {store.add("login.minid", station="skranke-1").id for _ in range(20)}
        an_hour_later = datetime.now() + timedelta(hours=1)
        assert store.backup_if_due(an_hour_later) is not None
        recent = {store.add("login.bankid", station="skranke-1").id for _ in range(3)}  # after the backup
    if harm == "deleted":
        config.database_path.unlink()
    elif harm == "truncated":
        config.database_path.write_bytes(b"")
    else:
        config.database_path.unlink()
        sqlite3.connect(config.database_path).execute("CREATE TABLE unrelated (x)").connection.close()
    result = CliRunner().invoke(cli, ["visit", "add", "nav.meldekort"])
    assert result.exit_code == 0, result.output
    assert stored_ids(config.database_path) == {*kept, result.stdout.strip()}  # lost: only the newest 3
    assert not recent & stored_ids(config.database_path)
    assert f"sikkerhetskopien fra {an_hour_later:%d.%m.%Y kl. %H.%M}" in result.stderr
    reason = {"deleted": "manglet (slettet eller flyttet)"}.get(harm, "Besøksloggen var tom")
    assert reason in result.stderr and "er lagt tilbake" in result.stderr
    again = CliRunner().invoke(cli, ["visit", "add", "nav.meldekort"])
    assert again.exit_code == 0 and again.stderr == ""  # told once


def test_without_backups_a_missing_log_is_a_first_start_and_nothing_is_said(temp_home: Path,
                                                                            taxonomy: Taxonomy) -> None:
    config = Config.from_env()
    with VisitStore.open(config, taxonomy) as store:
        assert store.recovery is None
    assert not (config.home / "damaged").exists()


def test_without_a_backup_the_readable_visits_start_the_new_log_and_that_is_said(
        temp_home: Path, taxonomy: Taxonomy) -> None:
    config = Config.from_env()
    config.ensure_home()
    logged = fill(config.database_path, taxonomy, 300)
    scribble(config.database_path)
    with VisitStore.open(config, taxonomy) as store:
        recovery = store.recovery
        assert recovery is not None and recovery.backup is None
        assert store.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == recovery.salvaged > 200
    assert stored_ids(config.database_path) <= set(logged)
    assert f"ny besøkslogg med de {recovery.salvaged} besøkene" in recovery.message()
    # The new log gets its backup like any other.
    assert len(existing_backups(config.backup_dir)) == 1


def test_garbage_without_a_backup_starts_an_empty_log_and_says_so(temp_home: Path, taxonomy: Taxonomy) -> None:
    config = Config.from_env()
    config.ensure_home()
    config.database_path.write_bytes(b"\x00garbage" * 1000)
    with VisitStore.open(config, taxonomy) as store:
        assert store.recovery is not None and store.recovery.backup is None and store.recovery.salvaged == 0
        assert store.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 0
        message = store.recovery.message()
    assert "Det fantes ingen brukbar sikkerhetskopi" in message and "tom besøkslogg" in message


def test_salvage_is_idempotent_by_visit_id_and_checks_every_row(temp_home: Path, taxonomy: Taxonomy) -> None:
    config = Config.from_env()
    with VisitStore.open(config, taxonomy, agencies=AGENCIES) as store:
        before = {store.add("login.minid", station="skranke-1", referred_to="nav").id for _ in range(50)}
        assert store.backup_if_due(datetime.now() + timedelta(hours=1)) is not None
    after = fill(config.database_path, taxonomy, 250)  # logged after the backup
    conn = sqlite3.connect(config.database_path)
    conn.execute("UPDATE visits SET category = 'no.such.category' WHERE id = ?", [after[0]])
    conn.commit()
    conn.close()
    scribble(config.database_path)
    with VisitStore.open(config, taxonomy, agencies=AGENCIES) as store:
        recovery = store.recovery
        restored = {row[0] for row in store.db.execute("SELECT id FROM visits")}
    assert recovery is not None
    assert before <= restored  # the backup's visits, each once (they were in the damaged file too)
    assert after[0] not in restored  # a row that no longer passes the checks is not merged
    assert recovery.salvaged == len(restored - before) == len(restored) - 50


def test_a_recovery_killed_after_moving_the_damaged_file_is_finished_at_the_next_start(
        temp_home: Path, taxonomy: Taxonomy) -> None:
    config = Config.from_env()
    with VisitStore.open(config, taxonomy) as store:
        kept = {store.add("login.minid", station="skranke-1").id for _ in range(10)}
    later = fill(config.database_path, taxonomy, 200)
    scribble(config.database_path)
    # What recover() does up to the moment before the rename, as if the process was killed there.
    temp = config.database_path.with_name(config.database_path.name + RESTORING)
    target = damaged_target(config.home / "damaged", datetime(2026, 11, 21, 8, 30, 5))
    salvaged = build_replacement(temp, existing_backups(config.backup_dir)[-1], config.database_path,
                                 lambda row: row, "damaged", target.name)
    move_aside(config.database_path, target)
    assert not config.database_path.exists()
    with VisitStore.open(config, taxonomy) as store:
        recovery = store.recovery
        restored = {row[0] for row in store.db.execute("SELECT id FROM visits")}
    assert recovery is not None and recovery.reason == "damaged" and recovery.damaged_copy == target
    assert recovery.salvaged == salvaged > 100 and restored <= kept | set(later) and kept <= restored
    assert not temp.exists()


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
    with pytest.raises(DamagedDatabaseError, match="er skadet"):
        VisitStore(config.database_path, taxonomy, config.backup_dir)
    assert config.database_path.read_bytes() == b"garbage" * 1000
    assert not (config.home / "damaged").exists()


def test_the_wal_and_shm_files_move_with_the_damaged_database(tmp_path: Path) -> None:
    database = tmp_path / "visits.sqlite3"
    database.write_bytes(b"damaged main file")
    database.with_name("visits.sqlite3-wal").write_bytes(b"wal")
    database.with_name("visits.sqlite3-shm").write_bytes(b"shm")
    moment = datetime(2026, 11, 21, 8, 30, 5)
    first = move_aside(database, damaged_target(tmp_path / "damaged", moment))
    assert first == tmp_path / "damaged" / "visits-2026-11-21_083005.sqlite3"
    assert first.read_bytes() == b"damaged main file"
    assert first.with_name(first.name + "-wal").read_bytes() == b"wal"
    assert first.with_name(first.name + "-shm").read_bytes() == b"shm"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged"]
    database.write_bytes(b"damaged again in the same second")
    second = move_aside(database, damaged_target(tmp_path / "damaged", moment))
    assert second != first and second.read_bytes() == b"damaged again in the same second"
    assert first.read_bytes() == b"damaged main file"


def test_a_move_that_fails_half_way_puts_back_what_it_moved(tmp_path: Path) -> None:
    database = tmp_path / "visits.sqlite3"
    for suffix, content in (("", b"damaged"), ("-wal", b"wal"), ("-shm", b"shm")):
        database.with_name(database.name + suffix).write_bytes(content)
    target = tmp_path / "damaged" / "visits-2026-11-21_083005.sqlite3"
    # A folder where the -shm file should go makes the last move fail, after the others succeeded.
    target.with_name(target.name + "-shm").mkdir(parents=True)
    with pytest.raises(OSError):
        move_aside(database, target)
    assert [database.with_name(database.name + s).read_bytes() for s in ("", "-wal", "-shm")] == [
        b"damaged", b"wal", b"shm"]
    assert sorted(p.name for p in target.parent.iterdir()) == ["visits-2026-11-21_083005.sqlite3-shm"]


def test_when_the_damaged_file_cannot_be_moved_nothing_is_changed_and_the_message_says_what_to_do(
        tmp_path: Path) -> None:
    database = tmp_path / "visits.sqlite3"
    database.write_bytes(b"damaged")
    database.with_name("visits.sqlite3-wal").write_bytes(b"wal")
    (tmp_path / "damaged").write_bytes(b"a file where the damaged folder should be")
    with pytest.raises(DatabaseError, match="lukk alle frontdesk-vinduer og prøv igjen"):
        recover(database, tmp_path / "backups", tmp_path / "damaged", DamagedDatabaseError(database, "test"),
                "damaged", accept=lambda row: row)
    assert database.read_bytes() == b"damaged"
    assert database.with_name("visits.sqlite3-wal").read_bytes() == b"wal"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged", "visits.sqlite3", "visits.sqlite3-wal"]


def test_the_report_never_recovers_but_says_which_command_does(temp_home: Path, taxonomy: Taxonomy) -> None:
    config = Config.from_env()
    with VisitStore.open(config, taxonomy) as store:
        store.add("login.minid", station="skranke-1")
    config.database_path.unlink()
    result = CliRunner().invoke(cli, ["report", "--month", "2026-10"])
    assert result.exit_code == 2 and "mangler eller er tom, men det finnes sikkerhetskopier" in result.output
    assert not config.database_path.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows refuses to delete a file that is open")
@pytest.mark.parametrize("harm", ["deleted", "replaced"])
def test_a_log_deleted_or_replaced_while_open_refuses_visits_and_the_next_start_restores_it(
        temp_home: Path, taxonomy: Taxonomy, harm: str) -> None:
    config = Config.from_env()
    window = VisitStore.open(config, taxonomy)
    kept = window.add("login.minid", station="skranke-1").id
    assert window.backup_if_due(datetime.now() + timedelta(hours=1)) is not None
    config.database_path.unlink()
    if harm == "replaced":
        shutil.copy(existing_backups(config.backup_dir)[0], config.database_path)
    # On Linux the write would go into the deleted file and be lost when the window closes: refused instead.
    with pytest.raises(StorageError) as refused:
        window.add("nav.meldekort", station="skranke-1")
    assert refused.value.problem is StorageProblem.MOVED
    assert "slettet eller byttet ut mens frontdesk hadde den åpen" in str(refused.value)
    assert "deleted or replaced while frontdesk had it open" in refused.value.message("en")
    window.close()
    with VisitStore.open(config, taxonomy) as store:
        assert (store.recovery is not None) == (harm == "deleted")
        assert kept in {row[0] for row in store.db.execute("SELECT id FROM visits")}


def test_a_log_deleted_together_with_its_backups_is_still_noticed_and_said(temp_home: Path,
                                                                          taxonomy: Taxonomy) -> None:
    config = Config.from_env()
    with VisitStore.open(config, taxonomy) as store:
        store.add("login.minid", station="skranke-1")
    config.database_path.unlink()
    shutil.rmtree(config.backup_dir)
    with VisitStore.open(config, taxonomy) as store:
        assert store.recovery is not None and store.recovery.reason == "missing"
        assert store.recovery.backup is None
        message = store.recovery.message()
    assert "Besøksloggen manglet" in message and "startet en tom besøkslogg" in message
