"""One report through every exporter in bokmål, nynorsk and English: headers, sheet names, labels, dates and
numbers in the supervisor's language, technical keys untouched."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.reports.aggregate import build_report
from frontdesk.reports.csv_export import BOM, report_csv_text
from frontdesk.reports.json_export import report_json_text, table_dict
from frontdesk.reports.model import ExportOptions, Report
from frontdesk.reports.templates import digital_deltakelse
from frontdesk.reports.text_export import report_text, table_text
from frontdesk.reports.xlsx_export import save_xlsx
from frontdesk.visits.store import VisitStore
from tests.reports.visit_data import add, open_store, taxonomy

LEAKED_ENGLISH = re.compile(r"\b(breakdown|count|previous|wrote|error)\b", re.IGNORECASE)
NBSP = "\u00a0"

HEADERS = {
    "nb": ["Inndeling", "Nøkkel", "Navn", "Antall", "Forrige periode"],
    "nn": ["Inndeling", "Nøkkel", "Namn", "Tal", "Førre periode"],
    "en": ["Breakdown", "Key", "Name", "Count", "Previous period"],
}
SHEETS = {
    "nb": ["Oversikt", "Kategori", "Gruppe", "Type hjelp", "Hjelpeform", "Resultat", "Henvist til", "Kanal",
           "Stasjon", "Veiledning brukt", "Varighet", "Aldersgruppe", "Samme behov før", "Språkhjelp",
           "Ukedag og time", "Kurs og arrangementer", "Kurs - ukedag og time"],
    "nn": ["Oversikt", "Kategori", "Gruppe", "Type hjelp", "Hjelpeform", "Resultat", "Tilvist til", "Kanal",
           "Stasjon", "Rettleiing brukt", "Varigheit", "Aldersgruppe", "Same behov før", "Språkhjelp",
           "Vekedag og time", "Kurs og arrangement", "Kurs - vekedag og time"],
    "en": ["Overview", "Category", "Group", "Kind of help", "Help mode", "Outcome", "Referred to", "Channel",
           "Station", "Guide used", "Duration", "Age group", "Repeat visit", "Language help", "Weekday and hour",
           "Courses and events", "Events - weekday and hour"],
}
# Label of nav.sykepenger, of the "skatteetaten" referral, of "not recorded", of Monday.
LABELS = {
    "nb": ("Sykepenger", "Skatteetaten", "Ikke registrert", "mandag", "Løst"),
    "nn": ("Sjukepengar", "Skatteetaten", "Ikkje registrert", "måndag", "Løyst"),
    "en": ("Sickness benefit", "Skatteetaten", "Not recorded", "Monday", "Solved"),
}
PERIODS = {"nb": "oktober 2026", "nn": "oktober 2026", "en": "October 2026"}
PREVIOUS = {"nb": "september 2026", "nn": "september 2026", "en": "September 2026"}  # the calendar month before
TOTAL_LABELS = {"nb": "Alle besøk oktober 2026 (forrige periode: september 2026)",
                "nn": "Alle besøk oktober 2026 (førre periode: september 2026)",
                "en": "All visits October 2026 (previous period: September 2026)"}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[VisitStore]:
    store = open_store(tmp_path / "visits.sqlite3", taxonomy(tmp_path))
    store.db.execute("PRAGMA synchronous = OFF")  # a thousand visits without a thousand flushes: a test log
    add(store, "nav.sykepenger", date(2026, 10, 5), 9, times=1203, outcome="solved", referred_to="skatteetaten")
    add(store, "login.bankid", date(2026, 10, 6), 13, times=2, channel="phone")
    add(store, "bibliotek.kurs", date(2026, 10, 7), 11)
    add(store, "nav.sykepenger", date(2026, 9, 14), 10, times=3)
    store.events.add("grunnkurs", station="skranke-1", on=date(2026, 10, 14), participants=8, hours="1.5", hour=10)
    yield store
    store.close()


@pytest.fixture
def report(store: VisitStore) -> Report:
    names = {a.id: a.names for a in AgencyRegistry.load(bundled_data_dir()).agencies.values()}
    return build_report(store, store.taxonomy, date(2026, 10, 1), date(2026, 10, 31), agency_names=names)


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix(BOM)), delimiter=";"))


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_csv_header_labels_and_period_follow_the_language(report: Report, language: str) -> None:
    rows = _rows(report_csv_text(report, ExportOptions(language=language)))
    assert rows[0] == HEADERS[language]
    by_key = {(r[0], r[1]): r for r in rows[1:]}
    sick, agency, unrecorded, monday, solved = LABELS[language]
    assert by_key[("total", "total")][2] == TOTAL_LABELS[language]
    assert by_key[("by_category", "nav.sykepenger")][2:4] == [sick, "1203"]  # a number Excel reads as one
    assert by_key[("by_referral", "skatteetaten")][2] == agency
    assert by_key[("by_channel", "unrecorded")][2] == unrecorded
    assert by_key[("by_outcome", "solved")][2] == solved
    assert by_key[("weekday_hour", "0-09")][2].startswith(monday)
    assert by_key[("events_hours", "grunnkurs")][3] == "1,5"  # Norwegian Excel's decimal comma, in every language
    if language != "en":
        assert [cell for row in rows for cell in row[2:] if LEAKED_ENGLISH.search(cell)] == []


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_xlsx_sheets_headers_and_overview_follow_the_language(report: Report, tmp_path: Path,
                                                              language: str) -> None:
    path = tmp_path / f"oktober-{language}.xlsx"
    save_xlsx(report, path, ExportOptions(language=language, suppress_below=5))
    book = load_workbook(path)
    assert book.sheetnames == SHEETS[language]
    category = book[SHEETS[language][1]]
    assert [c.value for c in category[1]] == [*(HEADERS[language][i] for i in (1, 2, 3)),
                                              f"{HEADERS[language][4]} ({PREVIOUS[language]})"]
    rows = {r[0]: r for r in category.iter_rows(min_row=2, values_only=True)}
    assert rows["nav.sykepenger"][1:3] == (LABELS[language][0], 1203)
    overview = [row for row in book[SHEETS[language][0]].iter_rows(values_only=True)]
    assert overview[2][1] == PERIODS[language]
    assert overview[3][1] == PREVIOUS[language]
    grid = book[SHEETS[language][14]]
    assert grid["A2"].value == LABELS[language][3]
    if language != "en":
        cells = [str(c) for sheet in book for row in sheet.iter_rows(min_col=2, values_only=True) for c in row
                 if c is not None] + [str(c.value) for sheet in book for c in sheet[1] if c.value is not None]
        assert [cell for cell in cells if LEAKED_ENGLISH.search(cell)] == []


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_text_table_numbers_dates_and_words_follow_the_language(report: Report, language: str) -> None:
    text = report_text(report, ExportOptions(language=language))
    first = text.splitlines()[0]
    assert PERIODS[language] in first
    big = "1,206" if language == "en" else f"1{NBSP}206"
    assert big in text.splitlines()[1]  # 1 203 + 2 + 1 visits
    assert "+1,203" in text or f"+1{NBSP}203" in text  # the change from 3
    assert all(label in text for label in LABELS[language])
    hours = "1.5 (0)" if language == "en" else "1,5 (0)"
    assert hours in text
    if language != "en":
        assert LEAKED_ENGLISH.findall(text) == []
    words = {"nb": ("Antall", "Forrige periode"), "nn": ("Tal", "Førre periode"), "en": ("Count", "Previous period")}
    assert all(word in text for word in words[language])


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_json_labels_follow_the_language_and_keys_stay_technical(report: Report, language: str) -> None:
    data = json.loads(report_json_text(report, ExportOptions(language=language)))
    assert data["language"] == language
    assert data["period"] == {"start": "2026-10-01", "end": "2026-10-31", "days": 31}
    assert data["by_category"]["nav.sykepenger"] == 1203
    assert data["labels"]["by_category"]["nav.sykepenger"] == LABELS[language][0]
    assert data["labels"]["by_channel"]["unrecorded"] == LABELS[language][2]
    assert data["events"]["labels"]["by_form"]["course"] == "Courses" if language == "en" else "Kurs"
    # A local category without a nynorsk label falls back to bokmål.
    assert data["labels"]["by_category"]["bibliotek.kurs"] == ("Computer class" if language == "en" else "Datakurs")


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_the_template_speaks_the_language_but_json_keeps_iso(store: VisitStore, tmp_path: Path,
                                                             language: str) -> None:
    table = digital_deltakelse(store, store.taxonomy, date(2026, 9, 15), date(2026, 10, 31))
    text = table_text(table, ExportOptions(language=language))
    expected = {"nb": ("Digital deltakelse", "Måned", "september 2026", "15.09.2026", "Sum"),
                "nn": ("Digital deltaking", "Månad", "september 2026", "15.09.2026", "Sum"),
                "en": ("Digital participation", "Month", "September 2026", "15 Sep 2026", "Total")}[language]
    assert all(word in text for word in expected)
    assert "2026-09" not in text
    data = table_dict(table, ExportOptions(language=language))
    assert [row["month"] for row in data["rows"]] == ["2026-09", "2026-10", "Sum"]
    assert data["rows"][0]["from"] == "2026-09-15" and data["columns"]["month"] == expected[1]
    path = tmp_path / "tilskot.xlsx"
    save_xlsx(table, path, ExportOptions(language=language))
    sheet = load_workbook(path).active
    assert sheet.title == expected[0] and sheet["A1"].value == expected[1] and sheet["A2"].value == expected[2]
