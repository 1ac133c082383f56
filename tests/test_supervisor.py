from __future__ import annotations

from pathlib import Path

import pytest

from frontdesk.supervisor import FREE_ATTEMPTS, PinError, SupervisorGuard, hash_pin, pin_matches


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_hash_is_salted_scrypt_and_verifies() -> None:
    first, second = hash_pin("4321"), hash_pin("4321")
    assert first.startswith("scrypt$") and first != second
    assert "4321" not in first
    assert pin_matches("4321", first) and pin_matches("4321", second)
    assert not pin_matches("1234", first)
    assert not pin_matches("4321", "garbage")


def test_pin_must_be_set_and_well_formed(tmp_path: Path) -> None:
    guard = SupervisorGuard(tmp_path / "supervisor.json")
    with pytest.raises(PinError, match="Ingen leder-PIN"):
        guard.verify("1234")
    with pytest.raises(PinError, match="minst 4 sifre"):
        guard.set_pin("12a")
    guard.set_pin("123456")
    guard.verify("123456")
    assert "123456" not in (tmp_path / "supervisor.json").read_text(encoding="utf-8")


def test_changing_the_pin_needs_the_current_one(tmp_path: Path) -> None:
    guard = SupervisorGuard(tmp_path / "supervisor.json")
    guard.set_pin("1111")
    with pytest.raises(PinError, match="Feil PIN-kode"):
        guard.set_pin("2222", current_pin="9999")
    guard.set_pin("2222", current_pin="1111")
    guard.verify("2222")


def test_wrong_pins_are_rate_limited_and_survive_a_restart(tmp_path: Path) -> None:
    clock = Clock()
    guard = SupervisorGuard(tmp_path / "supervisor.json", clock)
    guard.set_pin("1234")
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(PinError, match="Feil PIN-kode"):
            guard.verify("0000")
    assert guard.seconds_locked() == 30
    restarted = SupervisorGuard(tmp_path / "supervisor.json", clock)
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


def test_damaged_state_file_stays_locked(tmp_path: Path) -> None:
    path = tmp_path / "supervisor.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(PinError):
        SupervisorGuard(path).verify("1234")


def test_errors_carry_a_kind_for_translation(tmp_path: Path) -> None:
    guard = SupervisorGuard(tmp_path / "supervisor.json", Clock())
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
