"""A damaged visit log is only moved aside when no other store, in this process or another, has it open."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from frontdesk.config import Config
from frontdesk.visits.inuse import InUseLock
from frontdesk.visits.storage import DatabaseError
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows refuses to move an open file instead")

GARBAGE = b"\x00not a database any more" * 400

HOLDER = textwrap.dedent("""
    import sys
    from frontdesk.config import Config
    from frontdesk.visits.store import VisitStore
    with VisitStore.open(Config.from_env()) as store:
        visit = store.add("login.minid", station="skranke-1")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # nothing left in the WAL to cover the damage
        print(visit.id, flush=True)
        sys.stdin.readline()
""")


def test_a_log_damaged_while_another_store_has_it_open_stays_where_it_is(
        temp_home: Path, taxonomy: Taxonomy) -> None:
    config = Config.from_env()
    window = VisitStore.open(config, taxonomy)
    window.add("login.minid", station="skranke-1")
    window.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # nothing left in the WAL to cover the damage
    config.database_path.write_bytes(GARBAGE)  # damaged under the open window (same file, new content)
    with pytest.raises(DatabaseError, match="et annet frontdesk-vindu eller en kommando har den åpen"):
        VisitStore.open(config, taxonomy)
    assert config.database_path.read_bytes() == GARBAGE
    assert not (config.home / "damaged").exists()
    window.close()
    with VisitStore.open(config, taxonomy) as store:  # now alone: recovered as usual
        assert store.recovery is not None
        assert store.recovery.damaged_copy.read_bytes() == GARBAGE


def test_a_store_open_in_another_process_stops_the_recovery(temp_home: Path, taxonomy: Taxonomy) -> None:
    config = Config.from_env()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip()  # the other process has logged a visit and keeps the log open
        config.database_path.write_bytes(GARBAGE)
        with pytest.raises(DatabaseError, match="lukk alle frontdesk-vinduer og prøv igjen"):
            VisitStore.open(config, taxonomy)
        assert config.database_path.read_bytes() == GARBAGE
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.wait(timeout=30) == 0
    finally:
        holder.kill()
        holder.wait()
    with VisitStore.open(config, taxonomy) as store:
        assert store.recovery is not None


def test_stores_share_the_lock_and_a_recovery_needs_it_alone(tmp_path: Path, taxonomy: Taxonomy) -> None:
    database = tmp_path / "visits.sqlite3"
    first, second = VisitStore(database, taxonomy), VisitStore(database, taxonomy)  # both open at once
    recovery = InUseLock(database)
    assert not recovery.take_alone()
    first.close()
    assert not recovery.take_alone()
    second.close()
    assert recovery.take_alone()
    with pytest.raises(DatabaseError, match="reparerer besøksloggen akkurat nå") as refused:
        InUseLock(database).share(wait_seconds=0.1)  # a store opening during a recovery waits, then says why
    assert refused.value.message("nn").startswith("Ein annan frontdesk reparerer besøksloggen akkurat no.")
    recovery.release()
    with VisitStore(database, taxonomy) as store:  # and once the recovery is done, it opens
        assert store.get(store.add("login.minid", station="skranke-1").id) is not None


def test_a_store_that_fails_to_open_lets_go_of_the_lock(tmp_path: Path, taxonomy: Taxonomy) -> None:
    database = tmp_path / "visits.sqlite3"
    database.write_bytes(GARBAGE)
    with pytest.raises(DatabaseError):
        VisitStore(database, taxonomy)
    assert InUseLock(database).take_alone()
