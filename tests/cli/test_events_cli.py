"""`frontdesk events`, `frontdesk event add|undo` and the visit questions of `frontdesk visit add`."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from frontdesk.cli import cli


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def rows(home: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(home / "visits.sqlite3")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_events_lists_the_kinds_and_the_municipalitys_own(temp_home: Path) -> None:
    (temp_home / "event_kinds.yaml").write_text(
        "kinds:\n  ipad_kurs: {form: course, label_nb: iPad-kurs, label_en: iPad course}\n"
        "  kurs_kari: {form: course, label_nb: Kari sitt kurs, label_en: x}\n", encoding="utf-8")
    result = invoke("events", "--json")
    assert result.exit_code == 0, result.output
    kinds = {item["id"]: item for item in json.loads(result.stdout)}
    assert kinds["bankid_kurs"] == {"id": "bankid_kurs", "form": "course", "label_nb": "BankID-kurs",
                                    "label_nn": "BankID-kurs", "label_en": "BankID course", "retired": None,
                                    "local": False, "active": True}
    assert kinds["ipad_kurs"]["local"] and "kurs_kari" not in kinds
    assert "Advarsel:" in result.stderr and "arrangementstype nr. 2:" in result.stderr
    assert "kari" not in result.stderr.lower()
    text = invoke("events", "--language", "en").stdout
    assert "drop_in" in text and "Digital help drop-in" in text and "iPad course (local)" in text


def test_event_add_prints_the_id_and_stores_the_counts(temp_home: Path) -> None:
    result = invoke("event", "add", "drop_in", "--date", "2026-10-15", "--participants", "23", "--hours", "2,5",
                    "--volunteers", "4", "--volunteer-hours", "10", "--start-hour", "12", "--station", "bibliotek")
    assert result.exit_code == 0, result.output
    event_id = result.stdout.strip()
    assert uuid.UUID(event_id).version == 4
    assert rows(temp_home, "SELECT * FROM events") == [
        (event_id, "bibliotek", "2026-10-15", 12, "drop_in", 23, 2.5, 4, 10.0)]
    undone = invoke("event", "undo", "--station", "bibliotek")
    assert undone.exit_code == 0 and event_id in undone.stdout
    assert rows(temp_home, "SELECT COUNT(*) FROM events") == [(0,)]
    again = invoke("event", "undo", "--station", "bibliotek")
    assert again.exit_code == 1 and "Ingenting å angre" in again.stderr


TOMORROW = (date.today() + timedelta(days=1)).isoformat()


@pytest.mark.parametrize(("args", "expected"), [
    (["bankid", "--participants", "8"], "Unknown event kind 'bankid'. Valid kinds: grunnkurs, bankid_kurs"),
    (["grunnkurs", "--participants", "-3"], "must be a whole number from 0 to 1000"),
    (["grunnkurs", "--participants", "1001"], "must be a whole number from 0 to 1000"),
    (["grunnkurs", "--participants", "mange"], "must be a number"),
    (["grunnkurs", "--participants", "5", "--hours", "25"], "The duration must be from 0 to 24 hours"),
    (["grunnkurs", "--participants", "5", "--hours", "-1"], "The duration must be from 0 to 24 hours"),
    (["grunnkurs", "--participants", "5", "--volunteers", "2", "--volunteer-hours", "60"], "from 0 to 48 hours"),
    (["grunnkurs", "--participants", "5", "--volunteer-hours", "3"], "without the number of volunteers"),
    (["grunnkurs", "--participants", "5", "--start-hour", "24"], "--start-hour"),
    (["grunnkurs", "--participants", "91234567"], "whole number from 0 to 1000"),
    (["91234567", "--participants", "5"], "phone number"),
    (["grunnkurs", "--participants", "5", "--station", "Kari"], "person's name"),
])
def test_event_add_refuses_bad_input_with_exit_2_and_stores_nothing(temp_home: Path, args: list[str],
                                                                     expected: str) -> None:
    invoke("settings", "set", "language", "en")
    result = invoke("event", "add", args[0], "--date", "2026-10-14", *args[1:])
    assert result.exit_code == 2, result.output
    assert expected in result.output and "Traceback" not in result.output
    assert "91234567" not in result.output and "Kari" not in result.output  # refused values are never repeated
    if (temp_home / "visits.sqlite3").exists():
        assert rows(temp_home, "SELECT COUNT(*) FROM events") == [(0,)]


@pytest.mark.parametrize(("day", "expected"), [("14.10.2026", "ÅÅÅÅ-MM-DD"), ("20261014", "ÅÅÅÅ-MM-DD"),
                                               ("2026-02-30", "ÅÅÅÅ-MM-DD"), (TOMORROW, "fram i tid")])
def test_event_add_refuses_a_bad_or_future_date(temp_home: Path, day: str, expected: str) -> None:
    result = invoke("event", "add", "grunnkurs", "--date", day, "--participants", "5")
    assert result.exit_code == 2 and expected in result.stderr and "Ingenting ble lagret" in result.stderr


def test_visit_add_records_the_optional_questions(temp_home: Path) -> None:
    result = invoke("visit", "add", "login.bankid", "--age-group", "67_plus", "--repeat-visit", "repeat",
                    "--language-help", "other_language", "--at", "2026-10-14T10:05")
    assert result.exit_code == 0, result.output
    assert rows(temp_home, "SELECT age_group, repeat_visit, language_help FROM visits") == [
        ("67_plus", "repeat", "other_language")]
    wrong = invoke("visit", "add", "login.bankid", "--age-group", "72")
    assert wrong.exit_code == 2 and "'under_67', '67_plus'" in wrong.output


def test_a_folded_month_still_exports_its_events(tmp_path: Path, temp_home: Path) -> None:
    month = f"{date.today().year - 3}-03"
    invoke("settings", "set", "retention_months", "120")
    invoke("visit", "add", "nav.aap", "--at", f"{month}-02T10:00")
    invoke("event", "add", "grunnkurs", "--date", f"{month}-03", "--participants", "6")
    assert invoke("visits", "purge", "--older-than", "12", "--yes").exit_code == 0
    out = tmp_path / "mars.json"
    result = invoke("visits", "export", "--month", month, "--out", str(out))
    assert result.exit_code == 0 and "bare arrangementene eksporteres" in result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["visits"] == [] and [e["kind"] for e in document["events"]] == ["grunnkurs"]
