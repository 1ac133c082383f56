"""The whole way on two real homes: log at the command line, report in every format, carry a station file to
the other PC, import it (twice), and find the same events and answers in that PC's reports and back again."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner, Result
from openpyxl import load_workbook

from frontdesk.cli import cli


def run(home: Path, *args: str) -> Result:
    result = CliRunner().invoke(cli, ["--home", str(home), *args])
    assert result.exit_code == 0, result.output
    return result


def events_in(home: Path) -> set[tuple[object, ...]]:
    conn = sqlite3.connect(home / "visits.sqlite3")
    try:
        return set(conn.execute("SELECT * FROM events").fetchall())
    finally:
        conn.close()


def log_library_pc(home: Path) -> list[str]:
    """PC A, the library's counter: two courses, a drop-in day and three visits with the new questions."""
    run(home, "settings", "set", "station", "bibliotek")
    run(home, "settings", "set", "dimensions", "channel,age_group,repeat_visit,language_help")
    run(home, "visit", "add", "login.bankid", "--age-group", "67_plus", "--repeat-visit", "repeat",
        "--at", "2026-10-14T10:20")
    run(home, "visit", "add", "login.bankid", "--age-group", "67_plus", "--at", "2026-10-14T11:05")
    run(home, "visit", "add", "nav.meldekort", "--language-help", "interpreter", "--age-group", "under_67",
        "--at", "2026-10-15T12:40")
    return [run(home, "event", "add", *args).stdout.strip() for args in (
        ("bankid_kurs", "--date", "2026-10-14", "--participants", "8", "--hours", "2", "--start-hour", "10"),
        ("nettvett", "--date", "2026-10-21", "--participants", "12", "--hours", "1,5"),
        ("drop_in", "--date", "2026-10-15", "--participants", "23", "--hours", "3", "--volunteers", "4",
         "--volunteer-hours", "12", "--start-hour", "12"),
    )]


def test_cli_store_every_export_and_import_on_another_pc(tmp_path: Path) -> None:
    library, town_hall = tmp_path / "bibliotek-pc", tmp_path / "servicetorg-pc"
    ids = log_library_pc(library)
    run(town_hall, "settings", "set", "station", "servicetorg")
    own = run(town_hall, "event", "add", "informasjonsmote", "--date", "2026-10-28", "--participants", "40",
              "--hours", "1").stdout.strip()

    # Every report format on the library PC carries its events.
    data = json.loads(run(library, "report", "--month", "2026-10", "--format", "json").stdout)
    assert {k: data["events"][k] for k in ("count", "participants", "hours", "volunteer_hours")} == {
        "count": 3, "participants": 43, "hours": 6.5, "volunteer_hours": 12.0}
    assert set(data["events"]["by_kind"]) == {"bankid_kurs", "nettvett", "drop_in"}
    assert data["by_age_group"] == {"under_67": 1, "67_plus": 2}
    csv_text = run(library, "report", "--month", "2026-10", "--format", "csv").stdout
    assert "events_hours;nettvett;Nettvett og svindel;1,5;0" in csv_text
    text = run(library, "report", "--month", "2026-10").stdout
    assert "Kurs og arrangementer" in text and "Drop-in med digital hjelp" in text
    xlsx = tmp_path / "bibliotek.xlsx"
    run(library, "report", "--month", "2026-10", "--output", str(xlsx))
    assert "Kurs og arrangementer" in load_workbook(xlsx).sheetnames

    # The station file goes to the town hall's PC, which imports it twice.
    station_file = tmp_path / "bibliotek-2026-10.json"
    exported = run(library, "visits", "export", "--month", "2026-10", "--out", str(station_file))
    assert "3 arrangementer" in exported.stdout
    first = run(town_hall, "visits", "import", str(station_file))
    assert "bibliotek: 3 lagt til, 0 fantes fra før; arrangementer: 3 lagt til, 0 fantes fra før" in first.stdout
    second = run(town_hall, "visits", "import", str(station_file))
    assert "bibliotek: 0 lagt til, 3 fantes fra før; arrangementer: 0 lagt til, 3 fantes fra før" in second.stdout
    assert {row[0] for row in events_in(town_hall)} == {*ids, own}

    # The town hall's figures now add both PCs up, in the report and in the grant template.
    whole = json.loads(run(town_hall, "report", "--month", "2026-10", "--format", "json").stdout)
    assert (whole["events"]["count"], whole["events"]["participants"]) == (4, 83)
    assert whole["events"]["by_form"]["meeting"]["participants"] == 40
    assert whole["by_language_help"]["interpreter"] == 1 and whole["by_repeat_visit"]["repeat"] == 1
    template = json.loads(run(town_hall, "report", "--month", "2026-10", "--template", "digital-deltakelse",
                              "--format", "json").stdout)
    october = template["rows"][0]
    assert (october["courses"], october["course_participants"], october["other_events"]) == (2, 20, 2)
    assert (october["other_event_participants"], october["event_hours"], october["volunteer_hours"]) == (63, 7.5, 12)
    assert (october["age_group_67_plus"], october["language_help_interpreter"]) == (2, 1)
    template_csv = run(town_hall, "report", "--month", "2026-10", "--template", "digital-deltakelse",
                       "--format", "csv").stdout
    header, first_month, _sum = list(csv.reader(io.StringIO(template_csv.lstrip("\ufeff")), delimiter=";"))
    assert dict(zip(header, first_month, strict=True))["Timer med kurs og arrangementer"] == "7,5"
    station_only = json.loads(run(town_hall, "report", "--month", "2026-10", "--station", "bibliotek",
                                  "--format", "json").stdout)
    assert station_only["events"] == data["events"]

    # And back: the town hall's own month goes to the library, so both PCs hold the same events.
    back = tmp_path / "servicetorg-2026-10.json"
    run(town_hall, "visits", "export", "--month", "2026-10", "--out", str(back))
    assert "arrangementer: 1 lagt til" in run(library, "visits", "import", str(back)).stdout
    assert events_in(library) == events_in(town_hall)
