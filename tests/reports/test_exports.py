"""Exporters read back: CSV with csv.reader(';') and its BOM, XLSX with openpyxl, JSON with json."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from frontdesk.reports.aggregate import build_report
from frontdesk.reports.csv_export import BOM, HEADER, report_csv_text, save_csv
from frontdesk.reports.json_export import report_dict, save_json
from frontdesk.reports.model import ExportOptions, Report
from frontdesk.reports.suppression import shown
from frontdesk.reports.templates import digital_deltakelse
from frontdesk.reports.text_export import report_text
from frontdesk.reports.xlsx_export import save_xlsx
from frontdesk.visits.store import VisitStore
from tests.reports.visit_data import add, open_store, taxonomy


@pytest.fixture
def store(tmp_path: Path) -> Iterator[VisitStore]:
    store = open_store(tmp_path / "visits.sqlite3", taxonomy(tmp_path))
    add(store, "nav.meldekort", date(2026, 10, 5), 9, times=7, channel="in_person", mode="guided")
    add(store, "login.bankid", date(2026, 10, 6), 13, times=2, channel="phone")
    add(store, "digital.epost", date(2026, 9, 14), 10, times=3)
    add(store, "digital.epost", date(2026, 11, 2), 10, times=4, channel="video", mode="on_behalf")
    yield store
    store.close()


@pytest.fixture
def report(store: VisitStore) -> Report:
    return build_report(store, store.taxonomy, date(2026, 10, 1), date(2026, 10, 31))


def test_shown_hides_only_small_non_zero_counts() -> None:
    assert [shown(n, 5) for n in (0, 1, 4, 5, 12)] == [0, "<5", "<5", 5, 12]
    assert [shown(n, None) for n in (0, 1)] == [0, 1]
    assert ExportOptions(suppress_below=1).threshold is None  # "<1" would hide nothing
    with pytest.raises(ValueError, match="language"):
        ExportOptions(language="sv")


def test_csv_is_tidy_long_with_semicolons_and_bom(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "oktober.csv"
    save_csv(report, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == ["Inndeling", "Nøkkel", "Navn", "Antall", "Forrige periode"] == [h.nb for h in HEADER]
    assert rows[1][:2] == ["total", "total"] and rows[1][3:] == ["9", "3"]
    by_key = {(r[0], r[1]): r for r in rows[1:]}
    assert by_key[("by_category", "nav.meldekort")][2:] == ["Meldekort", "7", "0"]
    assert by_key[("by_category", "digital.epost")][2:] == ["E-post", "0", "3"]
    assert by_key[("by_channel", "video")][3] == "0"
    assert by_key[("weekday_hour", "0-09")][2:4] == ["mandag kl. 09", "7"]
    assert sum(1 for r in rows if r[0] == "weekday_hour") == 7 * 24


def test_csv_suppression_and_english_labels(report: Report) -> None:
    text = report_csv_text(report, ExportOptions(language="en", suppress_below=5))
    rows = list(csv.reader(io.StringIO(text.removeprefix(BOM)), delimiter=";"))
    by_key = {(r[0], r[1]): r for r in rows[1:]}
    assert rows[1][3:] == ["9", "3"]  # totals exact
    assert by_key[("by_category", "login.bankid")][2:] == ["BankID", "<5", "0"]
    assert by_key[("by_category", "nav.meldekort")][3] == "7"
    assert by_key[("by_category", "digital.epost")][4] == "<5"
    assert by_key[("by_channel", "phone")][2] == "Phone"


def test_xlsx_sheets_headers_and_numbers(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "oktober.xlsx"
    save_xlsx(report, path, ExportOptions(centre_name="Servicetorget", suppress_below=3))
    book = load_workbook(path)
    assert book.sheetnames == ["Oversikt", "Kategori", "Gruppe", "Type hjelp", "Hjelpeform", "Resultat",
                               "Henvist til", "Kanal", "Stasjon", "Veiledning brukt", "Varighet", "Aldersgruppe",
                               "Samme behov før", "Språkhjelp", "Ukedag og time", "Kurs og arrangementer",
                               "Kurs - ukedag og time"]
    overview = {row[0]: row[1] for row in book["Oversikt"].iter_rows(values_only=True)}
    assert overview["Senter"] == "Servicetorget" and overview["Besøk"] == 9 and overview["Endring"] == 6
    assert overview["Endring i prosent"] == pytest.approx(2.0)
    sheet = book["Kategori"]
    assert [c.value for c in sheet[1]] == ["Nøkkel", "Navn", "Antall", "Forrige periode (september 2026)"]
    assert all(c.font.bold for c in sheet[1]) and sheet.freeze_panes == "A2"
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["nav.meldekort"] == ("nav.meldekort", "Meldekort", 7, 0)
    assert rows["total"] == ("total", "Sum", 9, 3)  # exact, although small counts are hidden
    assert all(c.font.bold for c in sheet[sheet.max_row])
    assert isinstance(rows["nav.meldekort"][2], int)
    assert rows["login.bankid"][2] == "<3"
    assert sheet.column_dimensions["B"].width >= len("Meldekort")
    grid = book["Ukedag og time"]
    assert [c.value for c in grid[1]][:3] == ["Ukedag", "00", "01"]
    monday = [c.value for c in grid[2]]
    assert monday[0] == "mandag" and monday[1 + 9] == 7 and monday[-1] == 7
    sums = [c.value for c in grid[grid.max_row]]
    assert sums[0] == "Sum" and sums[1 + 9] == 7 and sums[-1] == 9


def test_every_sheet_with_counts_ends_in_its_sum(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "oktober.xlsx"
    save_xlsx(report, path, ExportOptions(language="en"))
    book = load_workbook(path)
    for sheet in book.worksheets[1:]:  # the overview is a list of figures, not a table
        last = [c.value for c in sheet[sheet.max_row]]
        if sheet.title == "Events - weekday and hour":
            last = [c.value for c in sheet[sheet.max_row - 1]]  # a note follows the grid
        assert "Total" in last[:2], sheet.title
    kinds = [c.value for c in book["Category"][book["Category"].max_row]]
    assert kinds == ["total", "Total", report.total, report.previous_total]


def test_csv_and_text_say_which_period_the_figures_are_compared_with(report: Report) -> None:
    total = next(row for row in csv.reader(report_csv_text(report).lstrip("\ufeff").splitlines(), delimiter=";")
                 if row[0] == "total")
    assert total[2] == "Alle besøk oktober 2026 (forrige periode: september 2026)"
    assert "Forrige periode: september 2026" in report_text(report).splitlines()[0]


def test_json_keys_and_suppressed_cells(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "oktober.json"
    save_json(report, path, ExportOptions(suppress_below=5))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["total"] == 9 and isinstance(data["total"], int)
    assert data["by_category"] == {"nav.meldekort": 7, "login.bankid": "<5", "digital.epost": 0}
    assert data["previous"]["by_category"]["digital.epost"] == "<5"
    assert {"by_group", "by_kind", "by_mode", "by_outcome", "by_referral", "by_channel", "by_station",
            "by_guide", "by_duration", "weekday_hour", "labels", "period", "previous_period"} <= set(data)
    assert data["labels"]["by_category"]["nav.meldekort"] == "Meldekort"
    assert data["period"] == {"start": "2026-10-01", "end": "2026-10-31", "days": 31}
    assert data["weekday_hour"][0][9] == 7
    assert report_dict(report)["by_category"]["login.bankid"] == 2


def test_text_report_shows_change_and_labels(report: Report) -> None:
    text = report_text(report, ExportOptions(suppress_below=3))
    assert "Besøk totalt: 9" in text and "Endring: +6 (+200\u00a0%)" in text
    assert "Meldekort" in text and "<3" in text


def test_digital_deltakelse_counts_per_month(store: VisitStore, tmp_path: Path) -> None:
    table = digital_deltakelse(store, store.taxonomy, date(2026, 9, 15), date(2026, 11, 30))
    records = table.records()
    assert [r["month"] for r in records] == ["2026-09", "2026-10", "2026-11", "Sum"]
    september, october, november, total = records
    assert (september["from"], september["to"]) == ("2026-09-15", "2026-09-30")
    assert (september["digital_skills"], september["total"]) == (0, 0)  # the 14th is before the period
    assert (october["digital_skills"], october["service"], october["total"]) == (2, 7, 9)
    assert (october["channel_in_person"], october["channel_phone"], october["mode_guided"]) == (7, 2, 7)
    assert (november["digital_skills"], november["channel_video"], november["mode_on_behalf"]) == (4, 4, 4)
    assert (total["digital_skills"], total["service"], total["total"]) == (6, 7, 13)
    path = tmp_path / "tilskudd.csv"
    save_csv(table, path, ExportOptions(suppress_below=5))
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:7] == ["Måned", "Fra", "Til", "Veiledning i digital kompetanse", "Hjelp med tjenester",
                           "Ukjent kategori", "Totalt"]
    assert rows[2][3:7] == ["<5", "7", "0", "9"]
    assert rows[3][6] == "4"  # the total column is exact
