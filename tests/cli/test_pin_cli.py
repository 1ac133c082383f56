"""`frontdesk pin set|reset` and the PIN every supervisor action asks for: exit 3 for a wrong PIN, 4 while
locked, and no way around it by deleting or damaging a file."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from frontdesk.cli import cli
from frontdesk.supervisor import FREE_ATTEMPTS

PURGE = ("visits", "purge", "--older-than", "12", "--yes")


def invoke(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin)


def set_pin(pin: str = "4321") -> str:
    """Set the PIN; return the recovery code it printed."""
    result = invoke("pin", "set", "--new-pin", pin)
    assert result.exit_code == 0, result.output
    found = re.search(r"\b([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})\b", result.output)
    assert found is not None, result.output
    return found.group(1)


def visits_before_2020(home: Path) -> int:
    conn = sqlite3.connect(home / "visits.sqlite3")
    try:
        return int(conn.execute("SELECT COUNT(*) FROM visits WHERE date < '2020-12-01'").fetchone()[0])
    finally:
        conn.close()


def test_a_wrong_pin_exits_3_and_a_lockout_exits_4(temp_home: Path) -> None:
    set_pin()
    assert invoke("visit", "add", "nav.aap", "--at", "2019-03-02T10:00").exit_code == 0
    for _ in range(FREE_ATTEMPTS):
        wrong = invoke(*PURGE, "--pin", "0000")
        assert wrong.exit_code == 3 and "Feil PIN-kode" in wrong.output
    locked = invoke(*PURGE, "--pin", "4321")
    assert locked.exit_code == 4 and "For mange feil forsøk" in locked.output
    assert visits_before_2020(temp_home) == 1
    assert invoke("settings", "set", "retention_months", "12", "--pin", "4321").exit_code == 4


@pytest.mark.parametrize("harm", ["deleted", "emptied", "damaged"])
def test_deleting_or_damaging_the_pin_file_of_earlier_versions_does_not_open_supervisor_actions(
        temp_home: Path, harm: str) -> None:
    set_pin()
    assert invoke("visit", "add", "nav.aap", "--at", "2019-03-02T10:00").exit_code == 0
    legacy = temp_home / "supervisor.json"
    if harm == "deleted":
        legacy.unlink(missing_ok=True)
    else:
        legacy.write_text("" if harm == "emptied" else "{broken", encoding="utf-8")
    refused = invoke(*PURGE, "--pin", "0000")
    assert refused.exit_code == 3
    unasked = invoke(*PURGE, stdin="\n")  # no PIN given: it is asked for, and an empty answer is wrong
    assert unasked.exit_code == 3 and "Leder-PIN" in unasked.output
    assert visits_before_2020(temp_home) == 1
    assert invoke(*PURGE, "--pin", "4321").exit_code == 0
    assert visits_before_2020(temp_home) == 0


def test_it_resets_a_pin_that_can_no_longer_be_read_with_the_recovery_code(temp_home: Path) -> None:
    code = set_pin()
    conn = sqlite3.connect(temp_home / "visits.sqlite3")
    conn.execute("UPDATE supervisor SET pin_hash = ''")
    conn.commit()
    conn.close()
    locked = invoke("settings", "set", "retention_months", "12", "--pin", "4321")
    assert locked.exit_code == 4 and "frontdesk pin reset" in locked.output
    assert invoke("pin", "reset", "--recovery-code", "AAAA-BBBB-CCCC-DDDD", "--new-pin", "5555").exit_code == 3
    reset = invoke("pin", "reset", "--recovery-code", code, "--new-pin", "5555")
    assert reset.exit_code == 0, reset.output
    assert "Ny leder-PIN er lagret" in reset.output and code not in reset.output  # a new code is printed
    assert invoke("settings", "set", "retention_months", "12", "--pin", "5555").exit_code == 0
    assert invoke("pin", "reset", "--recovery-code", code, "--new-pin", "6666").exit_code == 3  # used up


def test_pin_set_prints_the_recovery_code_once_and_a_bad_pin_exits_2(temp_home: Path) -> None:
    assert invoke("pin", "set", "--new-pin", "12").exit_code == 2
    set_pin()
    changed = invoke("pin", "set", "--new-pin", "9876", "--current-pin", "4321")
    assert changed.exit_code == 0 and "Gjenopprettingskode" not in changed.output
    assert invoke("pin", "set", "--new-pin", "1111", "--current-pin", "0000").exit_code == 3


@pytest.mark.parametrize("command", [["pin"], ["pin", "set"], ["pin", "reset"]])
def test_every_pin_help_has_an_example(command: list[str]) -> None:
    result = invoke(*command, "--help")
    assert result.exit_code == 0 and "Example" in result.output
