"""`frontdesk report …` through the real entry point: every format written, then read back."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from frontdesk.cli import cli
from frontdesk.config import Config
from frontdesk.visits.store import VisitStore


@pytest.fixture
def home(tmp_path: Path) -> Path:
    with VisitStore.open(Config.from_env(tmp_path)) as store:
        store.settings.set("centre_name", "Servicetorget Sentrum")
        for day in (5, 6, 7):
            store.add("nav.meldekort", station="skranke-1", channel="in_person", at=datetime(2026, 10, day, 9))
        store.add("login.minid", station="skranke-2", channel="phone", at=datetime(2026, 10, 8, 14))
        store.add("digital.passord", station="skranke-1", at=datetime(2026, 9, 20, 11))
    return tmp_path


def invoke(home: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--home", str(home), "report", *args])
    return result.exit_code, result.output


def test_csv_file_round_trip(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "oktober.csv"
    code, output = invoke(home, "--month", "2026-10", "--output", str(out))
    assert code == 0, output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    counts = {(r[0], r[1]): (r[3], r[4]) for r in rows[1:]}
    assert counts[("total", "total")] == ("4", "1")
    assert counts[("by_category", "nav.meldekort")] == ("3", "0")
    assert counts[("by_station", "skranke-2")] == ("1", "0")
    assert counts[("by_kind", "digital_skills")] == ("1", "1")


def test_xlsx_file_round_trip_with_settings_on_the_overview(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "oktober.xlsx"
    code, output = invoke(home, "--month", "2026-10", "-o", str(out), "--suppress-below", "3")
    assert code == 0, output
    book = load_workbook(out)
    assert book.sheetnames[0] == "Oversikt" and "Kanal" in book.sheetnames
    overview = {row[0]: row[1] for row in book["Oversikt"].iter_rows(values_only=True)}
    assert overview["Senter"] == "Servicetorget Sentrum" and overview["Besøk"] == 4
    channel = {r[0]: r[2] for r in book["Kanal"].iter_rows(min_row=2, values_only=True)}
    # September had one; the sum is exact although the small count is hidden
    assert channel == {"in_person": 3, "phone": "<3", "video": 0, "unrecorded": 0, "total": 4}


def test_a_month_is_compared_with_the_month_before_in_every_format(home: Path, tmp_path: Path) -> None:
    code, output = invoke(home, "--month", "2026-10", "--format", "json")
    assert code == 0 and json.loads(output)["previous_period"] == {"start": "2026-09-01", "end": "2026-09-30",
                                                                   "days": 30}
    code, output = invoke(home, "--month", "2026-10")
    assert "Forrige periode: september 2026" in output.splitlines()[0]
    out = tmp_path / "oktober.xlsx"
    assert invoke(home, "--month", "2026-10", "--out", str(out))[0] == 0
    book = load_workbook(out)
    overview = {row[0]: row[1] for row in book["Oversikt"].iter_rows(values_only=True)}
    assert overview["Forrige periode"] == "september 2026"
    assert next(book["Kanal"].iter_rows(values_only=True))[3] == "Forrige periode (september 2026)"
    csv_out = tmp_path / "oktober.csv"
    assert invoke(home, "--month", "2026-10", "--language", "nn", "-o", str(csv_out))[0] == 0
    total = csv_out.read_text(encoding="utf-8-sig").splitlines()[1].split(";")
    assert total[2] == "Alle besøk oktober 2026 (førre periode: september 2026)"


def test_json_on_stdout_in_english(home: Path) -> None:
    code, output = invoke(home, "--from", "2026-10-01", "--to", "2026-10-31", "--format", "json",
                          "--language", "en")
    assert code == 0, output
    data = json.loads(output)
    assert data["total"] == 4 and data["previous_total"] == 1
    assert data["by_category"] == {"nav.meldekort": 3, "login.minid": 1, "digital.passord": 0}
    assert data["labels"]["by_channel"]["phone"] == "Phone"


def test_station_filter_and_template(home: Path, tmp_path: Path) -> None:
    code, output = invoke(home, "--month", "2026-10", "--station", "skranke-2", "--format", "json")
    assert code == 0 and json.loads(output)["total"] == 1
    out = tmp_path / "tilskudd.xlsx"
    code, output = invoke(home, "--from", "2026-09-01", "--to", "2026-10-31", "--template", "digital-deltakelse",
                          "-o", str(out))
    assert code == 0, output
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:7] == ("Måned", "Fra", "Til", "Veiledning i digital kompetanse", "Hjelp med tjenester",
                           "Ukjent kategori", "Totalt")
    assert [r[:3] for r in rows[1:]] == [("september 2026", "01.09.2026", "30.09.2026"),
                                         ("oktober 2026", "01.10.2026", "31.10.2026"),
                                         ("Sum", "01.09.2026", "31.10.2026")]
    assert rows[2][3:7] == (1, 3, 0, 4)


def test_readable_table_by_default(home: Path) -> None:
    code, output = invoke(home, "--month", "2026-10")
    assert code == 0
    assert "Besøk totalt: 4" in output and "Meldekort" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--month", "2026-13"], "skriv den som ÅÅÅÅ-MM"),
        (["--from", "2026-10-31", "--to", "2026-10-01"], "begynner (31.10.2026) etter at den slutter (01.10.2026)"),
        (["--from", "2026-10-01"], "både --from DATO og --to DATO"),
        (["--month", "2026-10", "--from", "2026-10-01"], "ikke begge"),
        (["--from", "1.10.2026", "--to", "2026-10-31"], "er ikke en dato"),
        (["--month", "2026-10", "--format", "xlsx"], "trenger en fil"),
        (["--month", "2026-10", "--output", "rapport.pdf"], "Kan ikke se formatet"),
        (["--month", "2026-13", "--language", "en"], "write it as YYYY-MM"),
        (["--from", "2026-10-31", "--to", "2026-10-01", "--language", "nn"], "byrjar (31.10.2026) etter at"),
    ],
)
def test_bad_options_exit_2_with_a_clear_message(home: Path, args: list[str], message: str) -> None:
    code, output = invoke(home, *args)
    assert code == 2
    assert message in output


def test_no_database_yet(tmp_path: Path) -> None:
    code, output = invoke(tmp_path / "empty", "--month", "2026-10")
    assert code == 2 and "Ingen besøkslogg" in output
    assert not (tmp_path / "empty" / "visits.sqlite3").exists()


def test_help_has_examples() -> None:
    result = CliRunner().invoke(cli, ["report", "--help"])
    assert result.exit_code == 0
    assert "frontdesk report --month 2026-10 --output oktober.xlsx" in result.output


def test_subprocess_csv_to_stdout(home: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "frontdesk", "--home", str(home), "report", "--month", "2026-10",
                             "--format", "csv", "--suppress-below", "2"],
                            capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    counts = {(r[0], r[1]): r[3] for r in rows[1:]}
    assert counts[("total", "total")] == "4" and counts[("by_category", "login.minid")] == "<2"
