"""`frontdesk categories`, `frontdesk visit add|undo` and `frontdesk visits export|import|purge`."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from frontdesk.cli import cli


def invoke(*args: str, home: Path | None = None) -> Result:
    prefix = ["--home", str(home)] if home is not None else []
    return CliRunner().invoke(cli, [*prefix, *args])


def rows(home: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(home / "visits.sqlite3")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_categories_json_lists_every_current_category_with_its_kind() -> None:
    result = invoke("categories", "--json")
    assert result.exit_code == 0, result.output
    items = {item["id"]: item for item in json.loads(result.output)}
    assert items["login.minid"]["kind"] == "digital_skills"
    assert items["nav.meldekort"] == {
        "id": "nav.meldekort", "label_nb": "Meldekort", "label_nn": "Meldekort",
        "label_en": "Employment status card (meldekort)",
        "group": "nav", "kind": "service", "valid_from": None, "retired": None, "replaced_by": None,
        "local": False, "active": True}
    assert len(items) == 80


def test_categories_text_is_grouped_and_marks_local_and_retired(temp_home: Path) -> None:
    (temp_home / "categories.yaml").write_text(
        "categories:\n"
        "  kommune.parkering: {label_nb: Parkering, label_en: Parking}\n"
        "  kommune.gammel: {label_nb: Gammel, label_en: Old, retired: 2020-01-01, replaced_by: kommune.kontakt}\n",
        encoding="utf-8")
    result = invoke("categories", "--all")
    assert result.exit_code == 0, result.output
    assert "Kommunale tjenester [service]" in result.output
    assert "kommune.parkering" in result.output and "Parkering (lokal)" in result.output
    assert "(avviklet; telles som kommune.kontakt)" in result.output
    assert "kommune.gammel" not in invoke("categories").output


def test_visit_add_prints_the_new_id_and_stores_the_hour_only(temp_home: Path) -> None:
    result = invoke("visit", "add", "skatt.skattekort", "--channel", "phone", "--mode", "together",
                    "--outcome", "referred", "--referred-to", "skatteetaten", "--guide", "skattekort",
                    "--duration", "5to15", "--at", "2026-10-14T13:47")
    assert result.exit_code == 0, result.output
    visit_id = result.output.strip()
    assert uuid.UUID(visit_id).version == 4
    assert rows(temp_home, "SELECT * FROM visits") == [
        (visit_id, "skranke-1", "2026-10-14", 13, "skatt.skattekort", "phone", "together", "referred",
         "skatteetaten", "skattekort", "5to15", None, None, None)]


@pytest.mark.parametrize(("args", "expected"), [
    (["nav.meldekrt"], "Mente du: nav.meldekort? Gyldige valg: login.minid"),
    (["nav.meldekort", "--channel", "fax"], "'in_person', 'phone', 'video'"),
    (["nav.meldekort", "--referred-to", "nasa"], "Gyldige valg: altinn, annet, bank"),
    (["nav.meldekort", "--at", "14.10.2026"], "--at"),
    (["nav.meldekort", "--station", "Kari 91234567"], "telefonnummer"),
])
def test_visit_add_refuses_unknown_values_with_exit_2(temp_home: Path, args: list[str], expected: str) -> None:
    result = invoke("visit", "add", *args)
    assert result.exit_code == 2
    assert expected in result.output
    assert "91234567" not in result.output  # a refused text is never echoed back
    assert not (temp_home / "visits.sqlite3").exists() or rows(temp_home, "SELECT COUNT(*) FROM visits") == [(0,)]


def test_visit_add_records_the_defaults_the_window_records(temp_home: Path) -> None:
    assert invoke("visit", "add", "login.minid").exit_code == 0
    assert invoke("settings", "set", "default_channel", "phone").exit_code == 0
    assert invoke("visit", "add", "login.minid", "--mode", "together").exit_code == 0
    assert invoke("settings", "set", "dimensions", "outcome").exit_code == 0  # channel and mode not asked
    assert invoke("visit", "add", "login.minid").exit_code == 0
    assert rows(temp_home, "SELECT channel, mode FROM visits ORDER BY rowid") == [
        ("in_person", "guided"), ("phone", "together"), (None, None)]


@pytest.mark.parametrize("spelling", ["--output", "--out", "-o"])
def test_every_command_that_writes_a_file_takes_every_spelling(tmp_path: Path, spelling: str) -> None:
    assert invoke("visit", "add", "nav.aap", "--at", "2026-10-05T09:15").exit_code == 0
    commands = {
        "station.json": ["visits", "export", "--month", "2026-10"],
        "report.csv": ["report", "--month", "2026-10"],
        "handout.html": ["guides", "handout", "minid-glemt-passord", "--format", "html"],
        "signing.key": ["guides", "keygen"],
    }
    for name, command in commands.items():
        result = invoke(*command, spelling, str(tmp_path / name))
        assert result.exit_code == 0, (command, result.output)
        assert (tmp_path / name).stat().st_size > 0
    assert "-o, --output, --out FILE" in invoke("visits", "export", "--help").output


def test_visit_undo_removes_the_last_visit_once(temp_home: Path) -> None:
    first = invoke("visit", "add", "login.minid").output.strip()
    second = invoke("visit", "add", "login.bankid").output.strip()
    undone = invoke("visit", "undo")
    assert undone.exit_code == 0 and second in undone.output
    again = invoke("visit", "undo")
    assert again.exit_code == 1 and "Ingenting å angre" in again.output
    assert rows(temp_home, "SELECT id FROM visits") == [(first,)]


def test_export_then_import_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    counter, hub = tmp_path / "counter", tmp_path / "hub"
    assert invoke("settings", "set", "station", "skranke-2", home=counter).exit_code == 0
    for hour in ("09", "10", "11"):
        invoke("visit", "add", "nav.aap", "--at", f"2026-10-05T{hour}:15", home=counter)
    out = tmp_path / "skranke-2-2026-10.json"
    exported = invoke("visits", "export", "--month", "2026-10", "--out", str(out), home=counter)
    assert exported.exit_code == 0, exported.output
    assert "Skrev 3 besøk fra skranke-2 i oktober 2026" in exported.output
    first = invoke("visits", "import", str(out), home=hub)
    assert first.exit_code == 0 and "skranke-2: 3 lagt til, 0 fantes fra før" in first.output
    second = invoke("visits", "import", str(out), home=hub)
    assert second.exit_code == 0 and "skranke-2: 0 lagt til, 3 fantes fra før" in second.output
    assert rows(hub, "SELECT COUNT(*) FROM visits") == [(3,)]


def test_import_refuses_an_unknown_schema_but_imports_the_other_files(tmp_path: Path, temp_home: Path) -> None:
    counter = tmp_path / "counter"
    invoke("visit", "add", "nav.aap", "--at", "2026-10-05T09:00", home=counter)
    good = tmp_path / "good.json"
    invoke("visits", "export", "--month", "2026-10", "--out", str(good), home=counter)
    future = tmp_path / "future.json"
    future.write_text(json.dumps({**json.loads(good.read_text(encoding="utf-8")), "schema": 7}), encoding="utf-8")
    invoke("settings", "set", "station", "skranke-9")  # the hub is another install: it needs its own name
    result = invoke("visits", "import", str(future), str(good))
    assert result.exit_code == 1
    assert "schema 7 er ukjent" in result.output and "skranke-1: 1 lagt til" in result.output
    assert rows(temp_home, "SELECT COUNT(*) FROM visits") == [(1,)]


def test_export_refuses_a_bad_month() -> None:
    result = invoke("visits", "export", "--month", "2026-13", "--out", "x.json")
    assert result.exit_code == 2 and "ÅÅÅÅ-MM" in result.output


def test_purge_is_a_dry_run_without_yes_and_keeps_the_totals(temp_home: Path) -> None:
    invoke("settings", "set", "retention_months", "120")  # so opening the log doesn't fold on its own
    invoke("visit", "add", "nav.aap", "--at", "2020-03-02T10:00")
    recent = invoke("visit", "add", "nav.aap").output.strip()
    dry = invoke("visits", "purge", "--older-than", "12")
    assert dry.exit_code == 0 and "mars 2020: 1 besøk" in dry.output and "Prøvekjøring" in dry.output
    assert rows(temp_home, "SELECT COUNT(*) FROM visits") == [(2,)]
    done = invoke("visits", "purge", "--older-than", "12", "--yes")
    assert done.exit_code == 0 and "1 besøk før" in done.output
    assert rows(temp_home, "SELECT id FROM visits") == [(recent,)]
    assert rows(temp_home, "SELECT month, SUM(count) FROM visit_counts GROUP BY month ORDER BY month") == [
        ("2020-03", 1), (date.today().isoformat()[:7], 1)]


def test_purge_needs_the_supervisor_pin_once_one_is_set(temp_home: Path) -> None:
    assert invoke("pin", "set", "--new-pin", "4321").exit_code == 0
    invoke("settings", "set", "retention_months", "120", "--pin", "4321")
    invoke("visit", "add", "nav.aap", "--at", "2020-03-02T10:00")
    refused = invoke("visits", "purge", "--older-than", "12", "--yes", "--pin", "0000")
    assert refused.exit_code == 3
    assert rows(temp_home, "SELECT COUNT(*) FROM visits") == [(1,)]
    assert invoke("visits", "purge", "--older-than", "12", "--yes", "--pin", "4321").exit_code == 0
    assert rows(temp_home, "SELECT COUNT(*) FROM visits") == [(0,)]


@pytest.mark.parametrize("command", [["categories"], ["visit"], ["visit", "add"], ["visit", "undo"], ["visits"],
                                     ["visits", "export"], ["visits", "import"], ["visits", "purge"]])
def test_every_command_help_has_an_example(command: list[str]) -> None:
    result = invoke(*command, "--help")
    assert result.exit_code == 0 and "Example" in result.output


def test_export_of_a_folded_month_says_why_it_is_empty(temp_home: Path, tmp_path: Path) -> None:
    invoke("settings", "set", "retention_months", "120")
    invoke("visit", "add", "nav.aap", "--at", "2020-03-02T10:00")
    assert invoke("visits", "purge", "--older-than", "12", "--yes").exit_code == 0
    result = invoke("visits", "export", "--month", "2020-03", "--out", str(tmp_path / "x.json"))
    assert result.exit_code == 1 and "slått sammen til månedstall" in result.output
    assert not (tmp_path / "x.json").exists()


def test_a_skipped_local_category_is_told_in_the_chosen_language(temp_home: Path) -> None:
    (temp_home / "categories.yaml").write_text(
        "categories:\n  ukjent.ting: {label_nb: Ting, label_en: Thing}\n"
        "  kommune.dato: {label_nb: Dato, label_en: Date, retired: snart}\n", encoding="utf-8")
    nynorsk = invoke("categories", "--language", "nn")
    assert nynorsk.exit_code == 0, nynorsk.output
    assert "kategorien «ukjent.ting»: ukjend gruppe «ukjent» (legg ho til under «groups»)" in nynorsk.stderr
    assert "kategorien «kommune.dato»: «retired» må vere ein dato skriven ÅÅÅÅ-MM-DD" in nynorsk.stderr
    english = invoke("categories", "--language", "en")
    assert "category 'ukjent.ting': unknown group 'ukjent' (add it under 'groups')" in english.stderr
