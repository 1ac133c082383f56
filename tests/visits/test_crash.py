"""Durability: a process logging visits is killed with SIGKILL at random moments; nothing acknowledged is lost.

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
from pathlib import Path

import pytest

from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

WORKER = Path(__file__).with_name("crash_worker.py")
KILLS = int(os.environ.get("FRONTDESK_CRASH_KILLS", "30"))
# A new seed each run explores new kill moments; a failure prints it, FRONTDESK_CRASH_SEED=N replays it.
SEED = int(os.environ.get("FRONTDESK_CRASH_SEED", random.randrange(2**32)))


def run_and_kill(database: Path, backups: Path, rng: random.Random) -> list[str]:
    """Start the worker, kill it at a random moment, return the ids it printed (complete lines only)."""
    process = subprocess.Popen([sys.executable, str(WORKER), str(database), str(backups)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    printed: list[str] = []
    wanted = rng.choice([0, 1, 2, 5, 20, 60])
    if wanted == 0:  # somewhere in start-up: opening, integrity check, migrations, backup
        time.sleep(rng.uniform(0.0, 0.4))
    else:
        while len(printed) < wanted and (line := process.stdout.readline()):
            printed.append(line)
        time.sleep(rng.uniform(0.0, 0.01))  # then mid-write, most likely
    process.send_signal(signal.SIGKILL)
    rest, errors = process.communicate(timeout=60)
    if process.returncode != -signal.SIGKILL:  # the worker died on its own: that is a bug, show why
        pytest.fail(f"worker exited with {process.returncode}: {errors[-2000:]}")
    lines = printed + rest.splitlines(keepends=True)
    return [line.strip() for line in lines if line.endswith("\n")]


def check_crash_loop(tmp_path: Path, taxonomy: Taxonomy, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    database, backups = tmp_path / "visits.sqlite3", tmp_path / "backups"
    acknowledged: list[str] = []
    for _ in range(kills):
        acknowledged += run_and_kill(database, backups, rng)
    assert all(uuid.UUID(visit_id).version == 4 for visit_id in acknowledged)
    assert len(acknowledged) > kills  # the loop really logged visits between kills
    conn = sqlite3.connect(database)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"seed {seed}"
    conn.close()
    with VisitStore(database, taxonomy) as store:
        stored = {row[0] for row in store.db.execute("SELECT id FROM visits")}
        missing = [visit_id for visit_id in acknowledged if visit_id not in stored]
        assert missing == [], f"seed {seed}: {len(missing)} of {len(acknowledged)} acknowledged visits lost"


@pytest.mark.slow
def test_every_acknowledged_visit_survives_sigkill(tmp_path: Path, taxonomy: Taxonomy) -> None:
    check_crash_loop(tmp_path, taxonomy, kills=KILLS, seed=SEED)
