"""The supervisor view: counts on screen, and exports that read back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.reports_view import ReportsDialog
from frontdesk.visits.exchange import export_month, write_export


def _dialog(window: MainWindow) -> ReportsDialog:
    window.show_reports()
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportsDialog))


def test_report_shows_counts_and_exports_csv_xlsx_json(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    for category in ("login.bankid", "login.bankid", "nav.meldekort"):
        window.visit_panel.log(category)
    dialog = _dialog(window)
    assert dialog.report is not None and dialog.report.total == 3
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "2"
    grid_total = sum(int(dialog.heatmap.item(r, c).text() or 0)
                     for r in range(dialog.heatmap.rowCount()) for c in range(dialog.heatmap.columnCount()))
    assert grid_total == 3

    csv_path = dialog.export(".csv", tmp_path / "rapport.csv")
    assert csv_path is not None
    text = csv_path.read_text(encoding="utf-8-sig")
    assert "BankID" in text and any(row for row in csv.reader(text.splitlines(), delimiter=";"))
    xlsx_path = dialog.export(".xlsx", tmp_path / "rapport.xlsx")
    assert xlsx_path is not None and openpyxl.load_workbook(xlsx_path).sheetnames
    json_path = dialog.export(".json", tmp_path / "rapport.json")
    assert json_path is not None and json.loads(json_path.read_text(encoding="utf-8"))["total"] == 3
    template = dialog.export_template(tmp_path / "digital-deltakelse.xlsx")
    assert template is not None and template.stat().st_size > 0
    dialog.reject()


def test_station_files_are_imported(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.visit_panel.log("login.minid")
    today = window.services.now().date()
    document = export_month(window.services.store, today.isoformat()[:7], window.visit_panel.station)
    document["station"] = "skranke-9"
    for visit in document["visits"]:
        visit["station"] = "skranke-9"
        visit["id"] = visit["id"][:-4] + "9999"
    path = tmp_path / "skranke-9.json"
    write_export(document, path)
    dialog = _dialog(window)
    assert dialog.import_files([path]) == 1
    assert dialog.report is not None and dialog.report.total == 2
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not window:
            widget.close()
