"""The command line speaks the language setting (bokmål, nynorsk or English), reads it without writing, and
``--language`` sets a report's language and its messages together."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from frontdesk.cli import cli
from frontdesk.commands.language import read_language
from frontdesk.config import Config
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

LEAKED_ENGLISH = re.compile(r"\b(breakdown|count|previous|wrote|error)\b", re.IGNORECASE)


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def in_language(language: str) -> None:
    assert invoke("settings", "set", "language", language).exit_code == 0


@pytest.fixture
def logged(temp_home: Path) -> Path:
    for category, at in (("nav.sykepenger", "2026-10-05T09:10"), ("nav.sykepenger", "2026-10-06T10:10"),
                         ("login.bankid", "2026-09-14T11:00")):
        assert invoke("visit", "add", category, "--channel", "phone", "--at", at).exit_code == 0
    return temp_home


EXPECTED = {
    "nb": {"undo": "Feil: Ingenting å angre: ingen besøk fra denne skranken de siste 10 minuttene.",
           "wrote": "Skrev ", "export": "Skrev 2 besøk fra skranke-1 i oktober 2026 til ",
           "purge": "Ingenting å slette: ingen besøk før ", "pin": "Feil: Feil PIN-kode.",
           "report": ("Periode: oktober 2026", "Sykepenger", "Antall", "Ikke registrert", "mandag")},
    "nn": {"undo": "Feil: Ingenting å angre: ingen besøk frå denne skranken dei siste 10 minutta.",
           "wrote": "Skreiv ", "export": "Skreiv 2 besøk frå skranke-1 i oktober 2026 til ",
           "purge": "Ingenting å slette: ingen besøk før ", "pin": "Feil: Feil PIN-kode.",
           "report": ("Periode: oktober 2026", "Sjukepengar", "Tal", "Ikkje registrert", "måndag")},
    "en": {"undo": "Error: Nothing to undo: no visit from this counter in the last 10 minutes.",
           "wrote": "Wrote ", "export": "2 visits from skranke-1 in October 2026 written to ",
           "purge": "Nothing to purge: no visits before ", "pin": "Error: Wrong PIN.",
           "report": ("Period: October 2026", "Sickness benefit", "Count", "Not recorded", "Monday")},
}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_messages_follow_the_language_setting(logged: Path, tmp_path: Path, language: str) -> None:
    in_language(language)
    expected = EXPECTED[language]
    undo_twice = [invoke("visit", "undo", "--station", "skranke-9") for _ in range(1)]
    assert undo_twice[0].exit_code == 1 and undo_twice[0].stderr.strip() == expected["undo"]

    report = invoke("report", "--month", "2026-10")
    assert report.exit_code == 0 and all(word in report.stdout for word in expected["report"])
    out = tmp_path / "oktober.csv"
    written = invoke("report", "--month", "2026-10", "-o", str(out))
    assert written.stderr == f"{expected['wrote']}{out}\n"

    exported = invoke("visits", "export", "--month", "2026-10", "--out", str(tmp_path / "eksport.json"))
    assert exported.stdout.startswith(expected["export"])
    assert invoke("visits", "purge", "--older-than", "120").stdout.startswith(expected["purge"])

    assert invoke("pin", "set", "--new-pin", "4321").exit_code == 0
    refused = invoke("settings", "set", "retention_months", "12", "--pin", "0000")
    assert refused.exit_code == 3 and refused.stderr.strip() == expected["pin"]
    if language != "en":
        said = report.stdout + written.stderr + undo_twice[0].stderr + exported.stdout + refused.stderr
        assert LEAKED_ENGLISH.findall(said) == []


@pytest.mark.parametrize(("setting", "option"), [("nn", "en"), ("en", "nn"), ("en", "nb")])
def test_language_option_sets_the_report_and_its_messages(logged: Path, tmp_path: Path, setting: str,
                                                          option: str) -> None:
    in_language(setting)
    out = tmp_path / "rapport.csv"
    result = invoke("report", "--month", "2026-10", "-o", str(out), "--language", option)
    assert result.exit_code == 0 and result.stderr.startswith(EXPECTED[option]["wrote"])
    header = next(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert header[2:] == {"nb": ["Navn", "Antall", "Forrige periode"], "nn": ["Namn", "Tal", "Førre periode"],
                          "en": ["Name", "Count", "Previous period"]}[option]
    listed = invoke("categories", "--language", option).stdout
    assert {"nb": "Sykepenger", "nn": "Sjukepengar", "en": "Sickness benefit"}[option] in listed


def test_an_unknown_language_option_is_refused() -> None:
    result = invoke("report", "--month", "2026-10", "--language", "se")
    assert result.exit_code == 2 and "'se' is not one of 'nb', 'nn', 'en'" in result.output


def test_the_setting_is_read_without_creating_or_changing_the_log(temp_home: Path) -> None:
    database = temp_home / "visits.sqlite3"
    assert read_language(database) == "nb" and not database.exists()
    listed = invoke("categories")
    assert "Kommunale tjenester" in listed.stdout and not database.exists()
    in_language("nn")
    before = {path.name: path.stat().st_mtime_ns for path in temp_home.iterdir()}
    assert read_language(database) == "nn"
    assert {path.name: path.stat().st_mtime_ns for path in temp_home.iterdir()} == before
    assert "Kommunale tenester" in invoke("categories").stdout


def test_a_change_made_while_the_window_holds_the_log_open_is_read(temp_home: Path) -> None:
    in_language("nn")
    with VisitStore.open(Config.from_env(), Taxonomy.load(Config.from_env())) as store:
        store.settings.set("language", "en")
        assert (temp_home / "visits.sqlite3-wal").exists()
        assert read_language(temp_home / "visits.sqlite3") == "en"
        assert invoke("visit", "undo").stderr.startswith("Error: Nothing to undo")


def test_a_log_that_cannot_be_read_speaks_bokmal(temp_home: Path) -> None:
    database = temp_home / "visits.sqlite3"
    database.write_bytes(b"not a database at all" * 100)
    assert read_language(database) == "nb"
    connection = sqlite3.connect(temp_home / "old.sqlite3")  # a log from before settings existed
    connection.execute("CREATE TABLE visits (id TEXT)")
    connection.close()
    assert read_language(temp_home / "old.sqlite3") == "nb"


@pytest.mark.parametrize(("language", "expected"), [
    ("nb", "Feil: Ingen delt mappe er satt. Sett en med: frontdesk settings set sync_folder <mappe>"),
    ("nn", "Feil: Inga delt mappe er sett. Set ei med: frontdesk settings set sync_folder <mappe>"),
    ("en", "Error: No shared folder is set. Set one with: frontdesk settings set sync_folder <folder>"),
])
def test_sync_speaks_the_setting_too(temp_home: Path, tmp_path: Path, language: str, expected: str) -> None:
    in_language(language)
    unset = invoke("visits", "sync")
    assert unset.exit_code == 2 and unset.stderr.strip() == expected
    invoke("settings", "set", "sync_folder", str(tmp_path / "borte"))
    gone = invoke("visits", "sync")
    reason = {"nb": "ikke tilgjengelig", "nn": "ikkje tilgjengeleg", "en": "can't be reached"}[language]
    assert gone.exit_code == 2 and reason in gone.stderr
    status = invoke("visits", "sync", "--status").stdout
    assert {"nb": "ikke satt", "nn": "ikkje sett", "en": "not set"}[language] not in status  # the folder is set
    assert {"nb": "Ingen skranker sett", "nn": "Ingen skrankar sett", "en": "No stations seen"}[language] in status
