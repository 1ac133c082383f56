"""Durability: a process logging visits is killed with SIGKILL at random moments, and between runs its log or the
log's WAL is now and then deleted, emptied, cut short or scribbled over. No acknowledged visit is ever lost
silently: without harm to the log every one is there; after harm the next start says what it recovered, and
only visits newer than the newest backup may be missing.

The kill count is a parameter: FRONTDESK_CRASH_KILLS=200 runs the long version.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from frontdesk.config import Config
from frontdesk.visits.backup import existing_backups
from frontdesk.visits.recovery import is_healthy
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

WORKER = Path(__file__).with_name("crash_worker.py")
KILLS = int(os.environ.get("FRONTDESK_CRASH_KILLS", "30"))
# A new seed each run explores new kill moments; a failure prints it, FRONTDESK_CRASH_SEED=N replays it.
SEED = int(os.environ.get("FRONTDESK_CRASH_SEED", random.randrange(2**32)))
HARM_RATE = 0.3
WAL_HARMS = ("delete the WAL", "empty the WAL", "cut the WAL short", "scribble over the WAL")
LOG_HARMS = ("delete the log", "empty the log", "cut the log short")


@dataclass
class Run:
    ids: list[str] = field(default_factory=list)
    recovered: list[str] = field(default_factory=list)  # the worker's "recovered <reason> <n>" lines

    @property
    def started(self) -> bool:
        """The log was opened (and any recovery finished and reported) before the kill."""
        return bool(self.ids or self.recovered)


def run_and_kill(home: Path, rng: random.Random) -> Run:
    """Start the worker, kill it at a random moment, return what it printed (complete lines only)."""
    process = subprocess.Popen([sys.executable, str(WORKER), str(home)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    printed: list[str] = []
    wanted = rng.choice([0, 1, 2, 5, 20, 60])
    if wanted == 0:  # somewhere in start-up: opening, recovery, integrity check, migrations, backup
        time.sleep(rng.uniform(0.0, 0.4))
    else:
        while len([p for p in printed if not p.startswith("recovered")]) < wanted and (
                line := process.stdout.readline()):
            printed.append(line)
        time.sleep(rng.uniform(0.0, 0.01))  # then mid-write, most likely
    process.send_signal(signal.SIGKILL)
    rest, errors = process.communicate(timeout=60)
    if process.returncode != -signal.SIGKILL:  # the worker died on its own: that is a bug, show why
        pytest.fail(f"worker exited with {process.returncode}: {errors[-2000:]}")
    lines = [line.strip() for line in printed + rest.splitlines(keepends=True) if line.endswith("\n")]
    return Run(ids=[line for line in lines if not line.startswith("recovered")],
               recovered=[line for line in lines if line.startswith("recovered")])


def stored_ids(database: Path) -> set[str]:
    """The visits in the log as the next opener will see them (WAL included)."""
    conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM visits")}
    finally:
        conn.close()


def newest_backup_ids(backups: Path) -> set[str]:
    for backup in reversed(existing_backups(backups)):
        if is_healthy(backup):
            return stored_ids(backup)
    return set()


def harm(database: Path, kind: str, rng: random.Random) -> None:
    path = database.with_name(database.name + "-wal") if "WAL" in kind else database
    if not path.exists():
        return
    if kind.startswith("delete"):
        path.unlink()
    elif kind.startswith("empty"):
        path.write_bytes(b"")
    elif kind.startswith("cut"):
        data = path.read_bytes()
        path.write_bytes(data[: rng.randrange(len(data))] if data else b"")
    else:
        data = bytearray(path.read_bytes())
        if data:
            start = rng.randrange(len(data))
            end = min(len(data), start + 200)
            data[start:end] = bytes(rng.randrange(256) for _ in range(end - start))
            path.write_bytes(bytes(data))


def check_harm(seed: int, pending: tuple[str, set[str]], lost: set[str], expected: set[str],
               told: bool) -> None:
    """After harm to the log or its WAL: any loss was reported, and nothing the newest backup had is lost."""
    kind, in_backup = pending
    if lost or (kind in ("delete the log", "empty the log") and expected):
        assert told, f"seed {seed}: after '{kind}', {len(lost)} acknowledged visits lost without a word"
    assert not lost & in_backup, f"seed {seed}: after '{kind}', visits the newest backup had are missing"


def check_crash_loop(tmp_path: Path, taxonomy: Taxonomy, kills: int, seed: int, harm_rate: float = HARM_RATE) -> None:
    rng = random.Random(seed)
    home = tmp_path / "home"
    database, backups = home / "visits.sqlite3", home / "backups"
    expected: set[str] = set()  # acknowledged, and not lost in a recovery that was reported
    acknowledged = harms = 0
    pending: tuple[str, set[str]] | None = None  # a harm done, and the newest backup's visits at that moment
    recovered: list[str] = []
    for number in range(kills):
        run = run_and_kill(home, rng)
        acknowledged += len(run.ids)
        assert all(uuid.UUID(visit_id).version == 4 for visit_id in run.ids)
        recovered += run.recovered
        if run.started:  # the log was opened: any recovery is finished and was reported
            present = stored_ids(database)
            assert set(run.ids) <= present, f"seed {seed}: visits of the last run lost"
            lost = expected - present
            if pending is not None:
                check_harm(seed, pending, lost, expected, bool(recovered))
                expected -= lost
                pending = None
            else:
                assert not lost, f"seed {seed}: {len(lost)} acknowledged visits lost, no harm done to the files"
                assert not recovered, f"seed {seed}: a recovery without any harm: {recovered}"
            recovered = []
            expected |= set(run.ids)
        if pending is None and number < kills - 1 and rng.random() < harm_rate:
            kind = rng.choice(WAL_HARMS + LOG_HARMS)
            pending = (kind, newest_backup_ids(backups))
            harm(database, kind, rng)
            harms += 1
    assert acknowledged > kills  # the loop really logged visits between kills
    assert harm_rate == 0 or harms > 0
    with VisitStore.open(Config.from_env(home), taxonomy) as store:  # finishes a recovery that was cut short
        stored = {row[0] for row in store.db.execute("SELECT id FROM visits")}
        told = bool(recovered) or store.recovery is not None
    if pending is not None:
        check_harm(seed, pending, expected - stored, expected, told)
        expected &= stored
    else:
        assert not told, f"seed {seed}: a recovery without any harm"
    missing = expected - stored
    assert missing == set(), f"seed {seed}: {len(missing)} of {len(expected)} acknowledged visits lost"
    conn = sqlite3.connect(database)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"seed {seed}"
    conn.close()
    leftovers = [p.name for folder in (home, backups) for p in folder.iterdir()
                 if p.name.endswith((".partial", ".partial-journal", ".restoring", ".salvaging"))]
    assert leftovers == [], f"seed {seed}: half-written files left behind"


@pytest.mark.slow
def test_every_acknowledged_visit_survives_sigkill_and_harm_to_its_files(tmp_path: Path,
                                                                        taxonomy: Taxonomy) -> None:
    check_crash_loop(tmp_path, taxonomy, kills=KILLS, seed=SEED)
