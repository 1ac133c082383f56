"""The supervisor PIN: kept in the visit log, rate-limited in one locked step, failing closed, reset with a
one-time recovery code."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontdesk.config import bundled_data_dir
from frontdesk.supervisor import FREE_ATTEMPTS, PinError, SupervisorGuard, hash_pin, pin_matches
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "visits.sqlite3"


@pytest.fixture
def store(database: Path) -> Iterator[VisitStore]:
    with VisitStore(database, Taxonomy.from_files(bundled_data_dir() / "categories.yaml", None)) as opened:
        yield opened


def reopened(database: Path) -> VisitStore:
    return VisitStore(database, Taxonomy.from_files(bundled_data_dir() / "categories.yaml", None))


def test_hash_is_salted_scrypt_and_verifies() -> None:
    first, second = hash_pin("4321"), hash_pin("4321")
    assert first.startswith("scrypt$") and first != second
    assert "4321" not in first
    assert pin_matches("4321", first) and pin_matches("4321", second)
    assert not pin_matches("1234", first)
    assert not pin_matches("4321", "garbage")


def test_pin_must_be_set_and_well_formed_and_lives_in_the_visit_log(store: VisitStore, database: Path) -> None:
    guard = SupervisorGuard(store.db)
    with pytest.raises(PinError, match="Ingen leder-PIN"):
        guard.verify("1234")
    with pytest.raises(PinError, match="minst 4 sifre"):
        guard.set_pin("12a")
    code = guard.set_pin("123456")
    assert code is not None and len(code.replace("-", "")) == 16  # shown once, to be kept by the supervisor
    guard.verify("123456")
    stored = store.db.execute("SELECT pin_hash, recovery_hash FROM supervisor").fetchone()
    assert stored[0].startswith("scrypt$") and "123456" not in stored[0] and code not in stored[1]
    assert not (database.parent / "supervisor.json").exists()


def test_changing_the_pin_needs_the_current_one_and_keeps_the_recovery_code(store: VisitStore) -> None:
    guard = SupervisorGuard(store.db)
    code = guard.set_pin("1111")
    with pytest.raises(PinError, match="Feil PIN-kode"):
        guard.set_pin("2222", current_pin="9999")
    assert guard.set_pin("2222", current_pin="1111") is None  # the recovery code stays valid
    guard.verify("2222")
    assert code is not None
    guard.reset_pin(code, "3333")
    guard.verify("3333")


def test_wrong_pins_are_rate_limited_and_survive_a_restart(store: VisitStore, database: Path) -> None:
    clock = Clock()
    guard = SupervisorGuard(store.db, clock)
    guard.set_pin("1234")
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(PinError, match="Feil PIN-kode"):
            guard.verify("0000")
    assert guard.seconds_locked() == 30
    with reopened(database) as other:
        restarted = SupervisorGuard(other.db, clock)
        with pytest.raises(PinError, match="For mange feil forsøk"):
            restarted.verify("1234")  # even the right PIN waits out the lockout
        clock.now += 31
        with pytest.raises(PinError, match="Feil PIN-kode"):
            restarted.verify("0000")
        assert restarted.seconds_locked() == 60  # the wait doubles
        clock.now += 61
        restarted.verify("1234")
        assert restarted.seconds_locked() == 0
        with pytest.raises(PinError, match="Feil PIN-kode"):
            restarted.verify("0000")
        assert restarted.seconds_locked() == 0  # a success resets the count


@pytest.mark.parametrize("damage", ["", "garbage", None])
def test_a_pin_that_can_no_longer_be_read_locks_until_it_is_reset_with_the_recovery_code(
        store: VisitStore, damage: str | None) -> None:
    guard = SupervisorGuard(store.db, Clock())
    code = guard.set_pin("1234")
    assert code is not None
    store.db.execute("UPDATE supervisor SET pin_hash = ?", [damage if damage is not None else "scrypt$x"])
    store.db.conn.commit()
    assert guard.has_pin  # still known to be set: supervisor actions ask, and are refused
    for pin in ("1234", "0000", ""):
        with pytest.raises(PinError) as refused:
            guard.verify(pin)
        assert refused.value.kind == "reset_needed" and "frontdesk pin reset" in str(refused.value)
    with pytest.raises(PinError) as changing:
        guard.set_pin("5678", current_pin="1234")
    assert changing.value.kind == "reset_needed"
    following = guard.reset_pin(code.lower().replace("-", " "), "5678")  # typed loosely, still accepted
    guard.verify("5678")
    with pytest.raises(PinError) as reused:
        guard.reset_pin(code, "9999")  # one time only
    assert reused.value.kind == "wrong_code"
    assert following != code
    guard.reset_pin(following, "9999")
    guard.verify("9999")


def test_wrong_recovery_codes_count_as_wrong_pins(store: VisitStore) -> None:
    clock = Clock()
    guard = SupervisorGuard(store.db, clock)
    guard.set_pin("1234")
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(PinError) as wrong:
            guard.reset_pin("AAAA-BBBB-CCCC-DDDD", "5678")
        assert wrong.value.kind == "wrong_code"
    with pytest.raises(PinError) as locked:
        guard.verify("1234")
    assert locked.value.kind == "locked"


@pytest.mark.parametrize("content", ['{"pin_hash": "%s", "failures": 1, "locked_until": 0}', "", "{not json"])
def test_the_pin_file_of_earlier_versions_is_moved_into_the_log_and_never_turns_the_pin_off(
        store: VisitStore, database: Path, content: str) -> None:
    legacy = database.parent / "supervisor.json"
    legacy.write_text(content.replace("%s", hash_pin("2468")), encoding="utf-8")
    guard = SupervisorGuard(store.db, Clock(), legacy_file=legacy)
    assert not legacy.exists() and guard.has_pin
    if content.startswith('{"pin_hash"'):
        guard.verify("2468")
    else:  # empty or damaged: a PIN had been set, and can't be read
        with pytest.raises(PinError) as refused:
            guard.verify("2468")
        assert refused.value.kind == "reset_needed"
    legacy.write_text("", encoding="utf-8")  # a later file (damaged, or planted) changes nothing
    assert SupervisorGuard(store.db, Clock(), legacy_file=legacy).has_pin


def test_errors_carry_a_kind_for_translation(store: VisitStore) -> None:
    guard = SupervisorGuard(store.db, Clock())
    with pytest.raises(PinError) as missing:
        guard.verify("1234")
    assert missing.value.kind == "no_pin"
    guard.set_pin("1234")
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(PinError) as wrong:
            guard.verify("0000")
        assert wrong.value.kind == "wrong"
    with pytest.raises(PinError) as locked:
        guard.verify("1234")
    assert (locked.value.kind, locked.value.seconds) == ("locked", 30)


GUESSER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from frontdesk.config import bundled_data_dir
    from frontdesk.supervisor import PinError, SupervisorGuard
    from frontdesk.visits.store import VisitStore
    from frontdesk.visits.taxonomy import Taxonomy
    database, go, pin = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    with VisitStore(database, Taxonomy.from_files(bundled_data_dir() / "categories.yaml", None)) as store:
        guard = SupervisorGuard(store.db)
        print("ready", flush=True)
        while not go.exists():
            time.sleep(0.001)
        try:
            guard.verify(pin)
            print("right", flush=True)
        except PinError as error:
            print(error.kind, flush=True)
""")


def test_a_burst_of_guesses_from_parallel_processes_evaluates_no_more_than_the_limit(
        store: VisitStore, database: Path) -> None:
    SupervisorGuard(store.db).set_pin("4826")
    go = database.parent / "go"
    guessers = [subprocess.Popen([sys.executable, "-c", GUESSER, str(database), str(go), f"{1000 + n}"],
                                 stdout=subprocess.PIPE, text=True) for n in range(24)]
    try:
        for guesser in guessers:  # every process has the log open and waits
            assert guesser.stdout is not None and guesser.stdout.readline().strip() == "ready"
        go.touch()
        answers = [guesser.communicate(timeout=120)[0].strip() for guesser in guessers]
    finally:
        for guesser in guessers:
            guesser.kill()
            guesser.wait()
    assert sorted(set(answers)) == ["locked", "wrong"]
    assert answers.count("wrong") == FREE_ATTEMPTS  # evaluated; the rest refused unevaluated
    failures = store.db.execute("SELECT failures FROM supervisor").fetchone()[0]
    assert failures == FREE_ATTEMPTS  # no lost updates
    started = time.time()
    with pytest.raises(PinError) as after:
        SupervisorGuard(store.db).verify("4826")
    assert after.value.kind == "locked" and time.time() - started < 5
