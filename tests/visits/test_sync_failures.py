"""What shares do to files, done for real: a copy in progress in another process, a file that can't be replaced,
a read-only share, and several processes writing at once."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from frontdesk.visits import sync, sync_collect
from frontdesk.visits.sync_files import PARTIAL, STATION_FILE, Problem, digest, stations_folder
from frontdesk.visits.sync_state import known_stations
from frontdesk.visits.taxonomy import Taxonomy
from tests.visits.sync_homes import Centre, folder_of, locked, log_visits, read_only, station_json, visit_ids


def later() -> datetime:
    """Past the undo window of every visit logged so far: what a sync sees ten minutes on."""
    return datetime.now(UTC) + timedelta(minutes=11)


HOUR_AGO = datetime.now() - timedelta(hours=1)
YESTERDAY = datetime.now() - timedelta(days=1)

# Writes the first half of a file, says so, waits for a line on stdin, then writes the rest: a copy in progress.
SLOW_COPY = """
import sys
data = open(sys.argv[1], "rb").read()
with open(sys.argv[2], "wb") as out:
    out.write(data[: len(data) // 2]); out.flush()
    print("half", flush=True)
    sys.stdin.readline()
    out.write(data[len(data) // 2 :])
"""


@pytest.fixture
def centre(tmp_path: Path, taxonomy: Taxonomy) -> Iterator[Centre]:
    opened = Centre(tmp_path, taxonomy)
    yield opened
    opened.close()


def test_a_file_another_process_is_still_copying_is_tried_again_later(centre: Centre, tmp_path: Path) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    log_visits(a, HOUR_AGO - timedelta(hours=1), HOUR_AGO)
    sync.publish(a, centre.share, later())
    month_file = next(p for p in folder_of(a, centre.share).glob("*.json") if p.name != STATION_FILE)
    original = tmp_path / "original.json"
    month_file.replace(original)  # IT copies it back from a backup with a tool that writes in place
    copy = subprocess.Popen([sys.executable, "-c", SLOW_COPY, str(original), str(month_file)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert copy.stdout is not None and copy.stdout.readline() == "half\n"
        done = sync_collect.collect(b, centre.share, later())
        assert [o.problem for o in done.stations] == [Problem.UNREADABLE]
        assert visit_ids(b) == set()
        assert copy.stdin is not None
        copy.stdin.write("go on\n")
        copy.stdin.close()
        assert copy.wait(timeout=30) == 0
    finally:
        copy.kill()
    done = sync_collect.collect(b, centre.share, later())
    assert done.problems == [] and done.added == 2
    assert [k.problem for k in known_stations(b.db, b.settings.install_id()) if not k.this_pc] == [None]


def test_a_month_file_that_cant_be_replaced_is_written_at_the_next_sync(centre: Centre) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    log_visits(a, HOUR_AGO - timedelta(hours=1))
    sync.publish(a, centre.share, later())
    folder = folder_of(a, centre.share)
    month_file = next(p for p in folder.glob("*.json") if p.name != STATION_FILE)
    before = month_file.read_bytes()
    log_visits(a, HOUR_AGO)
    with locked(month_file):  # another PC has it open, or a virus scanner holds it
        done = sync.run(a, centre.share, later())
        assert done.publish_error is not None and done.publish_error.problem is Problem.WRITE_REFUSED
        assert month_file.read_bytes() == before  # the old file, whole
        assert not list(folder.glob(f"*{PARTIAL}"))  # no temporary file left behind
        sync_collect.collect(b, centre.share, later())
        assert len(visit_ids(b)) == 1
    assert sync.run(a, centre.share, later()).ok  # the visit waited in the local log
    sync_collect.collect(b, centre.share, later())
    assert visit_ids(b) == visit_ids(a) and len(visit_ids(b)) == 2


def test_a_read_only_share_can_still_be_read_and_this_pcs_visits_wait(centre: Centre) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    log_visits(a, HOUR_AGO)
    sync.publish(a, centre.share, later())
    log_visits(b, HOUR_AGO)
    with read_only(centre.share):
        done = sync.run(b, centre.share, later())
        assert done.publish_error is not None and done.publish_error.problem is Problem.WRITE_REFUSED
        assert done.collect_error is None and done.collected is not None and done.collected.added == 1
        own = next(k for k in known_stations(b.db, b.settings.install_id()) if k.this_pc)
        assert own.problem == "write_refused"
    assert sync.run(b, centre.share, later()).ok
    sync_collect.collect(a, centre.share, later())
    assert visit_ids(a) == visit_ids(b) and len(visit_ids(a)) == 2


def _cli_sync(home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "frontdesk", "--home", str(home), "visits", "sync"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _cli(home: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "frontdesk", "--home", str(home), *args], check=True,
                   capture_output=True)


def test_several_pcs_and_two_processes_of_one_pc_writing_at_once(tmp_path: Path) -> None:
    share = tmp_path / "share"
    stations_folder(share).mkdir(parents=True)
    homes = [tmp_path / name for name in ("a", "b", "c")]
    for number, home in enumerate(homes, start=1):
        _cli(home, "settings", "set", "station", f"skranke-{number}")
        _cli(home, "settings", "set", "sync_folder", str(share))
        for hour in ("08", "09"):
            _cli(home, "visit", "add", "nav.meldekort", "--at", f"{YESTERDAY:%Y-%m-%d}T{hour}:30")
    for _round in range(3):  # every PC at once, and PC a twice (the window and a command on one PC)
        running = [_cli_sync(home) for home in [*homes, homes[0]]]
        for process in running:
            _out, err = process.communicate(timeout=120)
            assert process.returncode == 0, err
    for home in homes:
        process = _cli_sync(home)
        assert process.communicate(timeout=120) and process.returncode == 0
    for folder in stations_folder(share).iterdir():  # every file whole, each named in its station file
        manifest = json.loads((folder / STATION_FILE).read_text(encoding="utf-8"))
        for month, entry in manifest["months"].items():
            assert digest((folder / f"{month}.json").read_bytes()) == entry["sha256"]
    assert not list(share.rglob(f"*{PARTIAL}"))
    counts = {home.name: _visit_count(home) for home in homes}
    # Each PC's last visit can still be undone and waits: 2 own visits + 1 from each of the 2 others.
    assert counts == {"a": 4, "b": 4, "c": 4}


def _visit_count(home: Path) -> int:
    conn = sqlite3.connect(home / "visits.sqlite3")
    try:
        return int(conn.execute("SELECT COUNT(*) FROM visits").fetchone()[0])
    finally:
        conn.close()


def test_the_station_file_says_the_new_name_after_a_rename(centre: Centre) -> None:
    a, b = centre.pc("a", "skranke-1"), centre.pc("b", "skranke-2")
    sync.publish(a, centre.share, later())
    sync_collect.collect(b, centre.share, later())
    a.settings.set("station", "Skranke Ås")
    sync.publish(a, centre.share, later())
    assert station_json(a, centre.share)["station"] == "Skranke Ås"
    sync.run(b, centre.share, later())
    assert [k.station for k in known_stations(b.db, b.settings.install_id())] == ["skranke-2", "Skranke Ås"]
