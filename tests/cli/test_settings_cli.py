"""`frontdesk settings get|set|list`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from frontdesk.cli import cli


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def test_set_then_get_and_list() -> None:
    assert invoke("settings", "set", "favourites", "login.minid,nav.meldekort").output.strip() == (
        "favourites = login.minid,nav.meldekort")
    assert invoke("settings", "get", "favourites").output.strip() == "login.minid,nav.meldekort"
    assert invoke("settings", "get", "retention_months").output.strip() == "24"
    listed = json.loads(invoke("settings", "list", "--json").output)
    assert listed["favourites"] == ["login.minid", "nav.meldekort"] and listed["station"] == "skranke-1"
    assert "font_scale" in invoke("settings", "list").output


@pytest.mark.parametrize(("args", "expected"), [
    (["get", "colour"], "Kjente innstillinger: station"),
    (["set", "colour", "blue"], "Kjente innstillinger: station"),
    (["set", "language", "de"], "nb, nn, en"),
    (["set", "font_scale", "9"], "0,75 til 2"),
])
def test_unknown_keys_and_bad_values_exit_2(args: list[str], expected: str) -> None:
    result = invoke("settings", *args)
    assert result.exit_code == 2 and expected in result.output


def test_personal_data_is_refused_with_the_reason_and_not_stored(temp_home: Path) -> None:
    result = invoke("settings", "set", "centre_name", "Servicetorget v/ kari@kommune.no")
    assert result.exit_code == 2
    assert "e-postadresse" in result.output and "kari@kommune.no" not in result.output
    conn = sqlite3.connect(temp_home / "visits.sqlite3")
    assert conn.execute("SELECT COUNT(*) FROM settings WHERE key != 'install_id'").fetchone()[0] == 0
    conn.close()
    log = temp_home / "logs" / "frontdesk.log"
    assert not log.exists() or "kari@" not in log.read_text(encoding="utf-8")


def test_changing_retention_needs_the_pin_once_one_is_set() -> None:
    assert invoke("pin", "set", "--new-pin", "4321").exit_code == 0
    assert invoke("settings", "set", "retention_months", "12", "--pin", "0000").exit_code == 3
    assert invoke("settings", "get", "retention_months").output.strip() == "24"
    assert invoke("settings", "set", "retention_months", "12", "--pin", "4321").exit_code == 0
    assert invoke("settings", "get", "retention_months").output.strip() == "12"
    assert invoke("settings", "set", "station", "skranke-9").exit_code == 0  # no PIN needed for the rest


@pytest.mark.parametrize("command", [["settings"], ["settings", "get"], ["settings", "set"], ["settings", "list"]])
def test_every_settings_help_has_an_example(command: list[str]) -> None:
    result = invoke(*command, "--help")
    assert result.exit_code == 0 and "Example" in result.output
