"""A read-only home, a missing folder and a full disk: a clear message, nothing half-written, nothing lost."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from frontdesk.cli import cli
from frontdesk.config import Config
from frontdesk.visits.storage import DatabaseError, StorageError, StorageProblem
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def connect(path: Path) -> sqlite3.Connection:
    # immutable: reads a WAL database in a read-only folder too, where SQLite can't create the -shm file.
    return sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)


def integrity(path: Path) -> str:
    conn = connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def visit_ids(path: Path) -> list[str]:
    conn = connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT id FROM visits ORDER BY rowid")]
    finally:
        conn.close()


def _writable(folder: Path) -> bool:
    probe = folder / "probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return False
    probe.unlink()
    return True


def _set_immutable(paths: list[Path], on: bool) -> bool:
    """Linux's immutable attribute, which stops root too (chmod does not). False where it isn't supported."""
    chattr = shutil.which("chattr")
    if chattr is None:
        return False
    flag = "+i" if on else "-i"
    done = subprocess.run([chattr, flag, *map(str, paths)], capture_output=True, check=False)
    return done.returncode == 0


@contextmanager
def read_only(home: Path) -> Iterator[None]:
    """Make ``home`` and everything in it read-only for the block: with chmod, and where chmod does not
    restrict (root, which CI uses) with the immutable attribute. Detected by trying to write, not by asking
    who we are."""
    paths = [home, *home.rglob("*")]
    modes = {path: stat.S_IMODE(path.stat().st_mode) for path in paths}
    for path in sorted(paths, reverse=True):  # files before their folders
        path.chmod(modes[path] & ~0o222)
    immutable = False
    try:
        if _writable(home):
            immutable = _set_immutable(paths, True)
            if not immutable or _writable(home):
                pytest.skip("this file system lets root write to a read-only folder (no immutable attribute)")
        yield
    finally:
        if immutable:
            _set_immutable(paths, False)
        for path in paths:
            path.chmod(modes[path])


@pytest.mark.parametrize("with_database", [True, False], ids=["existing log", "first start"])
def test_a_read_only_home_gives_a_clear_message_and_exit_2(temp_home: Path, with_database: bool) -> None:
    if with_database:
        assert invoke("visit", "add", "login.minid").exit_code == 0
    else:
        Config.from_env().ensure_home()
    database = temp_home / "visits.sqlite3"
    before = visit_ids(database) if with_database else []
    with read_only(temp_home):
        result = invoke("visit", "add", "nav.meldekort")
        assert result.exit_code == 2, result.output
        assert isinstance(result.exception, SystemExit)  # a message, not a traceback
        assert f"frontdesk har ikke lov til å skrive i mappen {temp_home}" in result.stderr
    if with_database:
        assert visit_ids(database) == before
        assert integrity(database) == "ok"
    else:
        assert not database.exists()


def test_a_home_under_a_regular_file_is_a_storage_error_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the home's parent folder should be", encoding="utf-8")
    home = blocker / "frontdesk"
    for command in (["visit", "add", "login.minid"], ["settings", "list"], ["visit", "undo"]):
        result = invoke("--home", str(home), *command)
        assert result.exit_code == 2, (command, result.output)
        assert isinstance(result.exception, SystemExit)
        assert f"mappen {home} finnes ikke eller er ikke en mappe" in result.stderr
    assert blocker.read_text(encoding="utf-8").startswith("a file where")


def test_visit_store_open_raises_a_storage_error_that_is_also_an_os_error(tmp_path: Path,
                                                                          taxonomy: Taxonomy) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    with pytest.raises(StorageError) as refused:
        VisitStore.open(Config.from_env(blocker / "home"), taxonomy)
    assert refused.value.problem is StorageProblem.CANT_OPEN
    # Callers that already handle DatabaseError or OSError show it without knowing the new type.
    assert isinstance(refused.value, DatabaseError) and isinstance(refused.value, OSError)
    assert "Check --home" in refused.value.message("en")


def test_a_full_disk_refuses_the_write_and_keeps_every_acknowledged_visit(tmp_path: Path,
                                                                         taxonomy: Taxonomy) -> None:
    path = tmp_path / "visits.sqlite3"
    acknowledged: list[str] = []
    with VisitStore(path, taxonomy) as store:
        pages = int(store.db.execute("PRAGMA page_count").fetchone()[0])
        # SQLite's own size limit gives the same SQLITE_FULL a full disk does.
        store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(StorageError) as refused:
            for _ in range(100_000):
                acknowledged.append(store.add("login.minid", station="skranke-1", channel="phone").id)
        assert refused.value.problem is StorageProblem.DISK_FULL
        assert "disken er full" in str(refused.value) and "Ingenting ble lagret" in str(refused.value)
        assert len(acknowledged) > 10
        # The refused writes left no trace: the connection still reads, in no open transaction.
        assert not store.db.conn.in_transaction
        assert store.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == len(acknowledged)
    assert integrity(path) == "ok"
    assert visit_ids(path) == acknowledged
    with VisitStore(path, taxonomy) as store:  # space again: the log carries on where it stopped
        undone = store.undo_last("skranke-1")
        assert undone is not None and undone.id == acknowledged[-1]
        store.add("nav.meldekort", station="skranke-1")
    assert integrity(path) == "ok"


def test_a_write_refused_during_a_cli_command_exits_2_with_the_message(
        temp_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert invoke("visit", "add", "login.minid").exit_code == 0
    opened = VisitStore.open

    def open_then_refuse_writes(config: Config, taxonomy: Taxonomy | None = None, *, agencies: Iterable[str] = (),
                                apply_retention: bool = True) -> VisitStore:
        store = opened(config, taxonomy, agencies=agencies, apply_retention=apply_retention)
        # SQLite answers every write with SQLITE_READONLY, as it does when the folder turns read-only.
        store.db.execute("PRAGMA query_only = ON")
        return store

    monkeypatch.setattr(VisitStore, "open", staticmethod(open_then_refuse_writes))
    before = visit_ids(temp_home / "visits.sqlite3")
    for command in (["visit", "add", "nav.meldekort"], ["settings", "set", "station", "skranke-2"]):
        result = invoke(*command)
        assert result.exit_code == 2, result.output
        assert isinstance(result.exception, SystemExit)
        assert "Besøksloggen kan ikke lagres" in result.stderr and "Ingenting ble lagret" in result.stderr
    assert visit_ids(temp_home / "visits.sqlite3") == before
    assert integrity(temp_home / "visits.sqlite3") == "ok"


def test_export_to_a_folder_that_cannot_be_written_exits_2(temp_home: Path, tmp_path: Path) -> None:
    assert invoke("visit", "add", "login.minid", "--at", "2026-10-05T09:00").exit_code == 0
    blocker = tmp_path / "usb"
    blocker.write_bytes(b"")
    result = invoke("visits", "export", "--month", "2026-10", "--out", os.fspath(blocker / "out.json"))
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert "Kan ikke skrive" in result.stderr


def test_commands_that_only_read_work_on_a_read_only_home(temp_home: Path) -> None:
    assert invoke("visit", "add", "login.minid", "--at", "2026-10-05T09:00").exit_code == 0
    assert invoke("settings", "set", "station", "skranke-7").exit_code == 0
    database = temp_home / "visits.sqlite3"
    before = database.read_bytes()
    with read_only(temp_home):
        listed = invoke("settings", "list")
        assert listed.exit_code == 0, listed.output
        assert "skranke-7" in listed.output
        assert invoke("settings", "get", "station").output.strip() == "skranke-7"
        report = invoke("report", "--month", "2026-10", "--format", "json")
        assert report.exit_code == 0, report.output
        assert '"total": 1' in report.output
        refused = invoke("visit", "add", "nav.meldekort")
        assert refused.exit_code == 2 and "frontdesk har ikke lov til å skrive" in refused.stderr
    assert database.read_bytes() == before  # reading wrote nothing, not even a migration or an undo clean-up
