"""The supervisor view: counted on the thread pool, counts on screen, and exports that read back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from frontdesk.reports.period import Period
from frontdesk.ui.i18n import install_translators, remove_translators
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.reports_view import ReportsDialog
from frontdesk.ui.services import Services
from frontdesk.visits.exchange import export_month, write_export
from tests.ui.conftest import WindowFactory


def _open(window: MainWindow) -> ReportsDialog:
    window.show_reports()
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportsDialog) and w.isVisible())


def _dialog(qtbot: QtBot, window: MainWindow) -> ReportsDialog:
    dialog = _open(window)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.working, timeout=10_000)
    return dialog


def _export(qtbot: QtBot, dialog: ReportsDialog, suffix: str, path: Path) -> object:
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as saved:
        dialog.export(suffix, path)
    return saved.args[0]


def test_report_is_counted_off_the_ui_thread(qtbot: QtBot, window: MainWindow) -> None:
    window.visit_panel.log("login.bankid")
    dialog = _open(window)
    # The dialog is open and answering, but the count arrives through the event loop from the pool.
    assert dialog.report is None and dialog.working and dialog.busy.isVisibleTo(dialog)
    assert not any(button.isEnabled() for button in dialog.export_buttons)
    with qtbot.waitSignal(dialog.reportShown, timeout=10_000):
        pass
    assert dialog.report is not None and dialog.report.total == 1
    assert not dialog.busy.isVisibleTo(dialog)
    assert all(button.isEnabled() for button in dialog.export_buttons)
    dialog.reject()


def test_only_the_last_chosen_period_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    window.visit_panel.log("login.bankid")
    dialog = _dialog(qtbot, window)
    this_month = str(dialog.month.itemData(0))
    dialog.month.setCurrentIndex(1)  # last month: no visits
    dialog.month.setCurrentIndex(0)  # changed back before that was counted
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
    assert dialog.report_period == Period.month(this_month)
    assert dialog.report is not None and dialog.report.total == 1
    dialog.reject()


def test_report_shows_counts_and_exports_csv_xlsx_json(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    for category in ("login.bankid", "login.bankid", "nav.meldekort"):
        window.visit_panel.log(category)
    dialog = _dialog(qtbot, window)
    assert dialog.report is not None and dialog.report.total == 3
    assert dialog.tabs.table.rowCount() == 3  # BankID, Meldekort and the total
    assert dialog.tabs.table.item(0, 1).text() == "2"
    assert (dialog.tabs.table.item(2, 0).text(), dialog.tabs.table.item(2, 1).text()) == ("Totalt", "3")
    assert dialog.tabs.table.item(2, 0).font().bold()
    grid_total = sum(int(dialog.tabs.heatmap.item(r, c).text() or 0)
                     for r in range(dialog.tabs.heatmap.rowCount()) for c in range(dialog.tabs.heatmap.columnCount()))
    assert grid_total == 3

    csv_path = _export(qtbot, dialog, ".csv", tmp_path / "rapport.csv")
    assert csv_path == tmp_path / "rapport.csv"
    text = csv_path.read_text(encoding="utf-8-sig")
    assert "BankID" in text and any(row for row in csv.reader(text.splitlines(), delimiter=";"))
    assert str(csv_path) in dialog.status.text()
    xlsx_path = _export(qtbot, dialog, ".xlsx", tmp_path / "rapport.xlsx")
    assert isinstance(xlsx_path, Path) and openpyxl.load_workbook(xlsx_path).sheetnames
    json_path = _export(qtbot, dialog, ".json", tmp_path / "rapport.json")
    assert isinstance(json_path, Path) and json.loads(json_path.read_text(encoding="utf-8"))["total"] == 3
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as saved:
        dialog.export_template(tmp_path / "digital-deltakelse.xlsx")
    template = saved.args[0]
    assert isinstance(template, Path) and template.stat().st_size > 0
    assert not dialog.working
    dialog.reject()


def test_a_failed_export_says_so_and_the_dialog_keeps_working(qtbot: QtBot, window: MainWindow,
                                                              tmp_path: Path) -> None:
    window.visit_panel.log("login.bankid")
    dialog = _dialog(qtbot, window)
    folder = tmp_path / "ikke-en-fil.csv"
    folder.mkdir()  # a folder where the file should go: the write fails on the pool thread
    assert _export(qtbot, dialog, ".csv", folder) is None
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "Kunne ikke lagre filen" in box.text()
    box.accept()
    assert not dialog.working and not dialog.busy.isVisibleTo(dialog)
    assert _export(qtbot, dialog, ".csv", tmp_path / "rapport.csv") == tmp_path / "rapport.csv"
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
    dialog = _dialog(qtbot, window)
    assert dialog.import_files([path]) == 1
    with qtbot.waitSignal(dialog.reportShown, timeout=10_000):
        pass
    assert dialog.report is not None and dialog.report.total == 2
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not window:
            widget.close()


def test_closing_the_dialog_while_it_counts_is_safe(qtbot: QtBot, window: MainWindow) -> None:
    window.visit_panel.log("login.bankid")
    dialog = _open(window)
    assert dialog.working
    dialog.reject()  # deleted on close, before its answer comes back
    qtbot.waitUntil(lambda: window.tasks.running == 0, timeout=10_000)  # the late answer was dropped quietly
    assert not any(isinstance(w, ReportsDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    window.visit_panel.log("login.minid")  # and the window goes on working
    assert window.services.store.counts_on(window.services.now().date()) == {"login.bankid": 1, "login.minid": 1}


def test_months_are_named_and_the_comparison_says_which_month(qtbot: QtBot, window: MainWindow) -> None:
    window.visit_panel.log("login.bankid")
    dialog = _dialog(qtbot, window)
    today = window.services.now().date()
    locale = QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
    assert dialog.month.itemText(0) == f"{locale.standaloneMonthName(today.month)} {today.year}"
    assert dialog.month.itemData(0) == today.isoformat()[:7]
    assert dialog.report is not None
    previous = dialog.report.previous_period
    assert previous.start.day == 1 and previous.end.month == previous.start.month  # the calendar month before
    before = f"{locale.standaloneMonthName(previous.start.month)} {previous.start.year}"
    assert f"mot 0 i {before}." in dialog.summary.text()
    header = dialog.tabs.table.horizontalHeaderItem(2).text()
    assert header == f"Forrige periode\n{before}"
    dialog.reject()


def test_report_headers_are_whole_at_larger_text(qtbot: QtBot, window: MainWindow) -> None:
    window.visit_panel.log("login.bankid")
    window.zoom.apply(1.2)
    dialog = _dialog(qtbot, window)
    for table in (dialog.tabs.table, dialog.tabs.events_table):
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(1, table.columnCount()):
            lines = table.horizontalHeaderItem(column).text().split("\n")
            widest = max(metrics.horizontalAdvance(line) for line in lines)
            assert header.sectionSize(column) >= widest, lines
    dialog.tabs.setCurrentIndex(0)
    caption = next(label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.tabs.breakdown)
    qtbot.waitUntil(lambda: caption.width() >= caption.sizeHint().width())  # "Fordel etter:" whole
    dialog.reject()


def test_the_report_speaks_english_with_english_month_names(qtbot: QtBot, services: Services,
                                                            make_window: WindowFactory, qapp: QApplication) -> None:
    translators = install_translators(qapp, "en")
    try:
        window = make_window(services, "en")
        window.visit_panel.log("login.bankid")
        dialog = _dialog(qtbot, window)
        today = window.services.now().date()
        english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        assert dialog.month.itemText(0) == f"{english.standaloneMonthName(today.month)} {today.year}"
        assert dialog.tabs.table.horizontalHeaderItem(1).text() == f"Count\n{dialog.month.itemText(0)}"
        assert dialog.tabs.table.horizontalHeaderItem(2).text().startswith("Previous period\n")
        assert dialog.summary.text().startswith("1 visit in total in ")
        dialog.reject()
    finally:
        remove_translators(qapp, translators)


def test_the_report_window_writes_figures_and_weekdays_as_its_language_does(
        qtbot: QtBot, services: Services, make_window: WindowFactory, qapp: QApplication) -> None:
    """Nynorsk: "må." and "1 200" and "1,5" as in the exports and the command line, not "mån", "1200" and
    Qt's or Python's own way."""
    translators = install_translators(qapp, "nn")
    try:
        window = make_window(services, "nn")
        today = window.services.now().date()
        for _ in range(2):  # at most 1000 participants an event
            window.services.store.events.add("grunnkurs", station="skranke-1", on=today, participants=600,
                                             hours=0.75)
        dialog = _dialog(qtbot, window)
        weekdays = [dialog.tabs.heatmap.verticalHeaderItem(row).text() for row in range(7)]
        assert weekdays == ["må.", "ty.", "on.", "to.", "fr.", "la.", "su."]
        table = dialog.tabs.events_table
        total = [table.item(table.rowCount() - 1, column).text() for column in range(table.columnCount())]
        assert total[0] == "Sum" and total[3] == "1\u00a0200" and total[5] == "1,5"
        assert "deltakarar: 1\u00a0200" in dialog.summary.text()
        dialog.reject()
    finally:
        remove_translators(qapp, translators)


def test_a_refused_station_file_is_told_in_the_window_s_language(qtbot: QtBot, services: Services,
                                                                make_window: WindowFactory, qapp: QApplication,
                                                                tmp_path: Path) -> None:
    broken = tmp_path / "skranke-9.json"
    broken.write_text(json.dumps({"format": "frontdesk-visits", "schema": 9, "visits": []}), encoding="utf-8")
    translators = install_translators(qapp, "nn")
    try:
        window = make_window(services, "nn")
        dialog = _dialog(qtbot, window)
        assert dialog.files.import_files([broken]) == 0
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        assert f"{broken}: schema 9 er ukjend for denne frontdesk (han les schema 1 og 2)." in box.text()
        box.accept()
        dialog.reject()
    finally:
        remove_translators(qapp, translators)
