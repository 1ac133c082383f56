"""Events and the three visit questions in reports: counted, compared, suppressed and written by every format."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from frontdesk.config import bundled_data_dir
from frontdesk.reports.aggregate import build_report
from frontdesk.reports.csv_export import report_csv_text, save_csv
from frontdesk.reports.json_export import report_dict
from frontdesk.reports.model import ExportOptions, Report
from frontdesk.reports.templates import digital_deltakelse
from frontdesk.reports.text_export import report_text, table_text
from frontdesk.reports.xlsx_export import save_xlsx
from frontdesk.visits.event_kinds import FILE_NAME, EventKinds
from frontdesk.visits.store import VisitStore
from tests.reports.visit_data import add, open_store, taxonomy

LATER = datetime(2026, 12, 1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[VisitStore]:
    store = open_store(tmp_path / "visits.sqlite3", taxonomy(tmp_path))
    log = store.events
    log.add("bankid_kurs", station="skranke-1", on=date(2026, 10, 14), participants=8, hours=2, hour=10, now=LATER)
    log.add("bankid_kurs", station="skranke-2", on=date(2026, 10, 21), participants=3, hours=1.5, hour=10,
            now=LATER)
    log.add("drop_in", station="skranke-1", on=date(2026, 10, 15), participants=23, hours=3, volunteers=4,
            volunteer_hours=12.5, hour=12, now=LATER)
    log.add("informasjonsmote", station="skranke-1", on=date(2026, 10, 30), participants=40, now=LATER)
    log.add("nettvett", station="skranke-1", on=date(2026, 9, 15), participants=12, hours=2, now=LATER)
    add(store, "login.bankid", date(2026, 10, 14), 10, times=3, age_group="67_plus", repeat_visit="repeat")
    add(store, "nav.meldekort", date(2026, 10, 14), 11, times=2, age_group="under_67",
        language_help="interpreter")
    add(store, "nav.meldekort", date(2026, 9, 14), 11, language_help="other_language")
    yield store
    store.close()


@pytest.fixture
def report(store: VisitStore) -> Report:
    return build_report(store, store.taxonomy, date(2026, 10, 1), date(2026, 10, 31))


def test_events_are_summed_by_kind_and_form_next_to_the_previous_period(report: Report) -> None:
    events = report.events
    assert (events.total.count, events.total.participants, events.total.hours) == (4, 74, 6.5)
    assert (events.total.volunteers, events.total.volunteer_hours) == (4, 12.5)
    assert (events.previous_total.count, events.previous_total.participants) == (1, 12)
    kinds = {row.key: row for row in events.by_kind}
    assert list(kinds) == ["bankid_kurs", "nettvett", "drop_in", "informasjonsmote"]  # file order, seen in either
    assert (kinds["bankid_kurs"].current.count, kinds["bankid_kurs"].current.participants) == (2, 11)
    assert kinds["bankid_kurs"].label("en") == "BankID course" and kinds["nettvett"].previous.participants == 12
    assert kinds["informasjonsmote"].current.hours == 0  # no duration given: counted as none
    forms = {row.key: row for row in events.by_form}
    assert list(forms) == ["course", "drop_in", "meeting"]
    assert (forms["course"].current.count, forms["course"].previous.count, forms["meeting"].current.count) == (2, 1, 1)
    assert events.weekday_hour[2][10] == 11 and events.weekday_hour[3][12] == 23  # Wednesdays at 10, Thursday 12
    assert sum(map(sum, events.weekday_hour)) == 34  # the meeting had no start hour


def test_a_station_report_counts_only_that_stations_events(store: VisitStore) -> None:
    report = build_report(store, store.taxonomy, date(2026, 10, 1), date(2026, 10, 31), station="skranke-2")
    assert (report.events.total.count, report.events.total.participants) == (1, 3)


def test_a_kind_this_pc_does_not_know_is_shown_by_its_id_under_an_unknown_form(store: VisitStore,
                                                                               temp_home: Path) -> None:
    (temp_home / FILE_NAME).write_text("kinds:\n  ipad_kurs: {form: course, label_nb: iPad-kurs, label_en: iPad}\n",
                                       encoding="utf-8")
    local = EventKinds.from_files(bundled_data_dir() / FILE_NAME, temp_home / FILE_NAME)
    store.db.execute("INSERT INTO events (id, station, date, kind, participants) VALUES "
                     "('3f1c2d1e-8a4b-4c6d-9e0f-1a2b3c4d5e6f', 'skranke-3', '2026-10-02', 'ipad_kurs', 5)")
    plain = build_report(store, store.taxonomy, date(2026, 10, 1), date(2026, 10, 31))
    assert {row.key: row.label("nb") for row in plain.events.by_kind}["ipad_kurs"] == "ipad_kurs"
    assert plain.events.by_form[-1].key == "unknown" and plain.events.by_form[-1].current.participants == 5
    labelled = build_report(store, store.taxonomy, date(2026, 10, 1), date(2026, 10, 31), event_kinds=local)
    assert {row.key: row.label("nb") for row in labelled.events.by_kind}["ipad_kurs"] == "iPad-kurs"
    assert [row.key for row in labelled.events.by_form] == ["course", "drop_in", "meeting"]


def test_the_new_questions_are_breakdowns_that_add_up_to_the_total(report: Report) -> None:
    assert report.breakdown("by_age_group").counts() == {"under_67": 2, "67_plus": 3, "unrecorded": 0}
    assert report.breakdown("by_repeat_visit").counts() == {"first": 0, "repeat": 3, "unrecorded": 2}
    assert report.breakdown("by_language_help").counts() == {"none": 0, "other_language": 0, "interpreter": 2,
                                                             "unrecorded": 3}
    previous = {row.key: row.previous for row in report.breakdown("by_language_help").rows}
    assert previous["other_language"] == 1
    for name in ("by_age_group", "by_repeat_visit", "by_language_help"):
        assert sum(report.breakdown(name).counts().values()) == report.total == 5
    labels = {row.key: row.label("en") for row in report.breakdown("by_language_help").rows}
    assert labels == {"none": "No language help", "other_language": "In another language",
                      "interpreter": "With an interpreter", "unrecorded": "Not recorded"}


def test_json_has_an_events_object_with_exact_totals_and_suppressed_people(report: Report) -> None:
    events = report_dict(report, ExportOptions(suppress_below=5))["events"]
    assert {k: events[k] for k in ("count", "participants", "hours", "volunteers", "volunteer_hours")} == {
        "count": 4, "participants": 74, "hours": 6.5, "volunteers": 4, "volunteer_hours": 12.5}
    assert events["by_kind"]["drop_in"] == {"count": 1, "participants": 23, "hours": 3.0, "volunteers": "<5",
                                            "volunteer_hours": 12.5}
    assert events["by_kind"]["bankid_kurs"]["participants"] == 11
    assert events["previous"]["count"] == 1 and events["previous"]["by_kind"]["nettvett"]["participants"] == 12
    assert events["by_form"]["meeting"]["participants"] == 40
    assert events["labels"]["by_kind"]["drop_in"] == "Drop-in med digital hjelp"
    assert events["weekday_hour"][2][10] == 11 and len(events["weekday_hour"]) == 7
    assert json.loads(json.dumps(events)) == events


def test_small_participant_counts_are_suppressed_but_events_and_hours_are_not(store: VisitStore) -> None:
    report = build_report(store, store.taxonomy, date(2026, 10, 20), date(2026, 10, 22))
    events = report_dict(report, ExportOptions(suppress_below=5))["events"]
    assert events["by_kind"]["bankid_kurs"] == {"count": 1, "participants": "<5", "hours": 1.5, "volunteers": 0,
                                                "volunteer_hours": 0.0}
    assert events["participants"] == 3  # the total stays exact, like the visits' total
    assert events["weekday_hour"][2][10] == "<5"


def test_csv_has_a_block_per_measure_with_decimal_commas(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "oktober.csv"
    save_csv(report, path, ExportOptions(suppress_below=5))
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""), delimiter=";"))
    by_key = {(r[0], r[1]): r[2:] for r in rows[1:]}
    assert by_key[("events_count", "total")] == ["Kurs og arrangementer: arrangementer", "4", "1"]
    assert by_key[("events_hours", "bankid_kurs")] == ["BankID-kurs", "3,5", "0"]
    assert by_key[("events_volunteer_hours", "total")][1:] == ["12,5", "0"]
    assert by_key[("events_volunteers", "drop_in")][1:] == ["<5", "0"]
    assert by_key[("events_form_participants", "course")] == ["Kurs", "11", "12"]
    assert by_key[("events_weekday_hour", "2-10")] == ["onsdag kl. 10", "11", ""]
    assert by_key[("by_age_group", "67_plus")] == ["67 år eller eldre", "<5", "0"]
    english = report_csv_text(report, ExportOptions(language="en"))
    assert "events_participants;total;Courses and events: participants;74;12" in english


def test_xlsx_has_an_events_sheet_and_grid_and_the_totals_on_the_overview(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "oktober.xlsx"
    save_xlsx(report, path, ExportOptions(suppress_below=5))
    book = load_workbook(path)
    overview = {row[0]: row[1] for row in book["Oversikt"].iter_rows(values_only=True)}
    assert overview["Kurs og arrangementer"] == 4 and overview["Deltakere på kurs og arrangementer"] == 74
    assert overview["Frivillige timer"] == 12.5
    sheet = book["Kurs og arrangementer"]
    header = [c.value for c in sheet[1]]
    assert header[:7] == ["Nøkkel", "Navn", "Arrangementer", "Deltakere", "Timer", "Frivillige", "Frivillige timer"]
    assert header[7] == "Arrangementer, forrige periode"
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["drop_in"] == ("drop_in", "Drop-in med digital hjelp", 1, 23, 3, "<5", 12.5, 0, 0, 0, 0, 0)
    assert rows["form:course"][1] == "Form: Kurs" and rows["form:course"][2:4] == (2, 11)
    assert rows["total"][2:7] == (4, 74, 6.5, 4, 12.5)
    grid = book["Kurs - ukedag og time"]
    wednesday = [c.value for c in grid[4]]
    assert wednesday[0] == "onsdag" and wednesday[1 + 10] == 11 and wednesday[25] == 11


def test_text_report_lists_kinds_forms_and_the_sum_with_the_previous_period(report: Report) -> None:
    text = report_text(report, ExportOptions())
    section = text[text.index("Kurs og arrangementer"):]
    assert "BankID-kurs" in section and "Form: Drop-in" in section and "Sum" in section
    line = next(line for line in section.splitlines() if line.startswith("BankID-kurs"))
    assert line.split()[1:4] == ["2", "(0)", "11"] and "3,5 (0)" in line
    assert "onsdag    10:11" in section
    english = report_text(report, ExportOptions(language="en"))
    assert "Courses and events" in english and "Digital help drop-in" in english and "3.5 (0)" in english


def test_text_report_says_so_when_there_were_no_events(store: VisitStore) -> None:
    report = build_report(store, store.taxonomy, date(2026, 8, 1), date(2026, 8, 31))
    assert "Ingen kurs eller arrangementer i perioden." in report_text(report)


def test_digital_deltakelse_has_question_and_event_columns_per_month(store: VisitStore) -> None:
    table = digital_deltakelse(store, store.taxonomy, date(2026, 9, 1), date(2026, 10, 31))
    september, october, total = table.records()
    assert (october["age_group_67_plus"], october["age_group_under_67"], october["age_group_unrecorded"]) == (3, 2, 0)
    assert (october["repeat_visit_repeat"], october["repeat_visit_unrecorded"]) == (3, 2)
    assert (september["language_help_other_language"], october["language_help_interpreter"]) == (1, 2)
    assert (october["courses"], october["course_participants"]) == (2, 11)
    assert (october["other_events"], october["other_event_participants"]) == (2, 63)
    assert (october["event_hours"], october["volunteer_hours"]) == (6.5, 12.5)
    assert (september["courses"], september["course_participants"], september["event_hours"]) == (1, 12, 2.0)
    assert (total["courses"], total["course_participants"], total["other_events"]) == (3, 23, 2)
    assert (total["event_hours"], total["volunteer_hours"], total["language_help_unrecorded"]) == (8.5, 12.5, 3)
    text = table_text(table, ExportOptions(suppress_below=5))
    assert "Kurs (antall)" in text and "Frivillige timer" in text and "12,5" in text
    participants = next(line for line in text.splitlines() if line.startswith("Kursdeltakere"))
    assert participants.split()[1:] == ["12", "11", "23"]
    questions = next(line for line in text.splitlines() if line.startswith("Alder: Under 67"))
    assert questions.split()[-3:] == ["0", "<5", "<5"]  # people suppressed, events never
    assert next(line for line in text.splitlines() if line.startswith("Kurs (antall)")).split()[-3:] == \
        ["1", "2", "3"]
