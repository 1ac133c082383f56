"""The window's sync: timers, the status line, the stations in the reports, a vanished and a hung share."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from frontdesk.config import bundled_data_dir
from frontdesk.ui import sync_status
from frontdesk.ui.i18n import install_translators, remove_translators
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.reports_view import ReportsDialog
from frontdesk.ui.services import Services
from frontdesk.visits import sync
from frontdesk.visits.exchange import export_month, write_export
from frontdesk.visits.store import VisitStore
from frontdesk.visits.sync import SyncRun
from frontdesk.visits.sync_files import STATION_FILE, Problem, digest, stations_folder
from frontdesk.visits.taxonomy import Taxonomy
from tests.ui.conftest import WindowFactory


def later() -> datetime:
    """Past the undo window of every visit logged so far: what a sync sees ten minutes on."""
    return datetime.now(UTC) + timedelta(minutes=11)


EARLIER = datetime.now() - timedelta(hours=1)


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    stations_folder(folder).mkdir(parents=True)
    return folder


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Timers in milliseconds instead of seconds and minutes; the start-up sync waits for the test."""
    monkeypatch.setattr(sync_status, "DEBOUNCE_MS", 100)
    monkeypatch.setattr(sync_status, "STARTUP_MS", 60_000)


@pytest.fixture
def other_pc(tmp_path: Path, share: Path) -> Iterator[VisitStore]:
    taxonomy = Taxonomy.from_files(bundled_data_dir() / "categories.yaml", None)
    (tmp_path / "other").mkdir()
    with VisitStore(tmp_path / "other" / "visits.sqlite3", taxonomy) as store:
        store.settings.set("station", "bibliotek")
        store.settings.set("sync_folder", str(share))
        yield store


def synced_window(make_window: WindowFactory, services: Services, share: Path) -> MainWindow:
    services.settings.set("sync_folder", str(share))
    return make_window(services)


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=10_000)


def own_visits_on_share(window: MainWindow, share: Path) -> int:
    folder = stations_folder(share) / window.services.settings.install_id()
    return sum(len(json.loads(p.read_text(encoding="utf-8"))["visits"])
               for p in folder.glob("*.json") if p.name != STATION_FILE)


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_visits_go_out_a_moment_after_they_are_logged(qtbot: QtBot, make_window: WindowFactory,
                                                      services: Services, share: Path, quick: None) -> None:
    window = synced_window(make_window, services, share)
    window.visit_panel.log("login.minid")
    window.visit_panel.log("nav.meldekort")
    folder = stations_folder(share) / services.settings.install_id()
    assert not folder.exists()  # not at once: a burst of visits is one write
    qtbot.waitUntil(lambda: (folder / STATION_FILE).exists(), timeout=10_000)
    wait_idle(qtbot, window)
    assert own_visits_on_share(window, share) == 1  # the last one can still be undone: it waits
    assert window.sync_label.isVisible() and "oppdatert" in window.sync_label.text()


def test_an_event_logged_in_its_dialog_goes_out_too_once_it_can_no_longer_be_undone(
        qtbot: QtBot, make_window: WindowFactory, services: Services, share: Path, quick: None) -> None:
    window = synced_window(make_window, services, share)
    dialog = window.visit_panel.open_event_dialog()
    dialog.participants.setValue(6)
    first = dialog.log_event()
    dialog.participants.setValue(9)
    second = dialog.log_event()
    assert first is not None and second is not None
    folder = stations_folder(share) / services.settings.install_id()
    qtbot.waitUntil(lambda: (folder / STATION_FILE).exists(), timeout=10_000)  # no visit: the events started it
    wait_idle(qtbot, window)
    shared = [e["id"] for p in folder.glob("*.json") if p.name != STATION_FILE
              for e in json.loads(p.read_text(encoding="utf-8"))["events"]]
    assert shared == [first.id]  # the last one can still be undone: it waits
    dialog.reject()


def test_the_reports_show_the_stations_and_the_other_pcs_visits_arrive(qtbot: QtBot, make_window: WindowFactory,
                                                                      services: Services, share: Path,
                                                                      other_pc: VisitStore, quick: None) -> None:
    other_pc.add("nav.aap", station="bibliotek", at=EARLIER)
    other_pc.add("nav.aap", station="bibliotek", at=EARLIER)
    sync.publish(other_pc, share, later())
    window = synced_window(make_window, services, share)
    window.visit_panel.log("login.minid")
    window.show_reports()  # opening the reports reads the share
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportsDialog) and w.isVisible())
    assert dialog.tabs.stations is not None
    qtbot.waitUntil(lambda: dialog.tabs.stations is not None and dialog.tabs.stations.rowCount() == 2, timeout=10_000)
    names = {dialog.tabs.stations.item(row, 0).text() for row in range(2)}
    assert names == {"skranke-1 (denne PC-en)", "bibliotek"}
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.total == 3 and not dialog.working,
                    timeout=10_000)
    dialog.reject()


def test_a_vanished_share_is_a_quiet_line_and_the_visits_go_out_when_it_is_back(
        qtbot: QtBot, make_window: WindowFactory, services: Services, share: Path, tmp_path: Path,
        quick: None) -> None:
    window = synced_window(make_window, services, share)
    away = tmp_path / "away"
    share.rename(away)  # the server went away while the window is open
    window.visit_panel.log("login.minid")
    window.visit_panel.log("nav.meldekort")
    window.sync.sync_now()
    wait_idle(qtbot, window)
    assert "ikke tilgjengelig" in window.sync_label.text()
    assert message_boxes() == []  # quiet: no dialog for what needs no one
    assert not share.exists()
    assert window.visit_panel.log("nav.aap") is not None  # the counter goes on
    away.rename(share)
    window.sync.sync_now()
    wait_idle(qtbot, window)
    assert "oppdatert" in window.sync_label.text()
    assert own_visits_on_share(window, share) == 2


def test_a_share_that_hangs_never_freezes_the_window(qtbot: QtBot, make_window: WindowFactory,
                                                    services: Services, share: Path, other_pc: VisitStore,
                                                    quick: None) -> None:
    other_pc.add("nav.aap", station="bibliotek", at=EARLIER)
    sync.publish(other_pc, share, later())
    folder = stations_folder(share) / other_pc.settings.install_id()
    month_file = next(p for p in folder.glob("*.json") if p.name != STATION_FILE)
    month_file.unlink()
    os.mkfifo(month_file)  # reading it waits until someone writes: a share that doesn't answer
    manifest = json.loads((folder / STATION_FILE).read_text(encoding="utf-8"))
    manifest["months"][month_file.stem]["sha256"] = digest(b"something else")
    (folder / STATION_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    window = synced_window(make_window, services, share)
    runs: list[SyncRun] = []
    window.sync.statusChanged.connect(
        lambda: runs.append(window.sync.last_run) if window.sync.last_run and window.sync.last_run not in runs
        else None)
    window.sync.sync_now()
    qtbot.wait(300)
    assert window.sync.busy and runs == []  # stuck on the share, on its own thread
    assert window.visit_panel.log("login.minid") is not None  # while the window logs, counts and reports
    window.sync.sync_now()  # queued behind the stuck one, not a second thread on the same share
    writer = _open_writer(qtbot, month_file)
    os.write(writer, b"{cut short")
    os.close(writer)
    month_file.unlink()
    month_file.write_bytes(b"{}")
    qtbot.waitUntil(lambda: len(runs) == 2 and not window.sync.busy, timeout=10_000)
    problems = [run.collected.stations[0].problem if run.collected else None for run in runs]
    assert problems == [Problem.UNREADABLE, Problem.REFUSED]  # the stuck read, then the queued run
    assert message_boxes() == []


def _open_writer(qtbot: QtBot, fifo: Path) -> int:
    opened: list[int] = []

    def attempt() -> bool:
        try:
            opened.append(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError as error:
            assert error.errno == errno.ENXIO  # no reader yet
            return False
        return True

    qtbot.waitUntil(attempt, timeout=10_000)
    return opened[0]


def test_a_pc_with_this_pcs_station_name_is_shown_once(qtbot: QtBot, make_window: WindowFactory,
                                                      services: Services, share: Path, other_pc: VisitStore,
                                                      quick: None) -> None:
    other_pc.settings.set("station", "skranke-1")  # the window's PC kept the default name too
    sync.publish(other_pc, share, later())
    window = synced_window(make_window, services, share)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: len(message_boxes()) == 1, timeout=10_000)
    box = message_boxes()[0]
    assert "kaller seg «skranke-1»" in box.text() and "frontdesk settings set station" in box.text()
    box.accept()
    window.sync.sync_now()
    wait_idle(qtbot, window)
    assert message_boxes() == []  # once per session, not every few minutes
    assert "problemer" in window.sync_label.text() and "skranke-1" in window.sync_label.toolTip()


def test_the_timer_reads_the_share_every_few_minutes(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                    make_window: WindowFactory, services: Services, share: Path,
                                                    other_pc: VisitStore, quick: None) -> None:
    monkeypatch.setattr(sync_status, "INTERVAL_MS", 200)
    window = synced_window(make_window, services, share)
    other_pc.add("nav.aap", station="bibliotek", at=EARLIER)
    sync.publish(other_pc, share, later())
    with qtbot.waitSignal(window.sync.visitsArrived, timeout=10_000) as arrived:
        pass  # nobody asked: the interval timer did it
    assert arrived.args == [1]
    assert services.store.counts_on(EARLIER.date(), station="bibliotek") == {"nav.aap": 1}


def test_closing_the_window_writes_what_the_timer_had_not_yet(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                             make_window: WindowFactory, services: Services,
                                                             share: Path, quick: None) -> None:
    monkeypatch.setattr(sync_status, "DEBOUNCE_MS", 60_000)
    window = synced_window(make_window, services, share)
    window.visit_panel.log("login.minid")
    window.visit_panel.log("nav.meldekort")
    window.close()
    assert own_visits_on_share(window, share) == 1  # the last visit can still be undone after a restart


def test_without_a_shared_folder_nothing_shows_and_nothing_runs(qtbot: QtBot, window: MainWindow) -> None:
    window.visit_panel.log("login.minid")
    window.sync.sync_now()
    assert not window.sync.busy and not window.sync_label.isVisible()
    window.show_reports()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportsDialog) and w.isVisible())
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert dialog.tabs.stations is None and len(tabs) == 5 and "Skranker" not in tabs
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
    dialog.reject()


def test_the_reports_import_refuses_a_file_from_a_pc_with_this_name_in_bokmal(
        qtbot: QtBot, window: MainWindow, other_pc: VisitStore, tmp_path: Path) -> None:
    other_pc.settings.set("station", "skranke-1")
    other_pc.add("nav.aap", station="skranke-1", at=EARLIER)
    path = tmp_path / "skranke-1.json"
    write_export(export_month(other_pc, f"{EARLIER:%Y-%m}", "skranke-1"), path)
    window.show_reports()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportsDialog) and w.isVisible())
    assert dialog.import_files([path]) == 0
    box = next(b for b in message_boxes() if "kaller seg «skranke-1»" in b.text())
    assert "frontdesk settings set station skranke-2" in box.text()
    box.accept()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
    dialog.reject()


def test_in_english_the_sync_line_and_the_stations_are_english(qtbot: QtBot, qapp: QApplication,
                                                              make_window: WindowFactory, services: Services,
                                                              share: Path, tmp_path: Path, quick: None) -> None:
    services.settings.set("sync_folder", str(share))
    translators = install_translators(qapp, "en")
    try:
        window = make_window(services, "en")
        share.rename(tmp_path / "away")
        window.sync.sync_now()
        wait_idle(qtbot, window)
        assert window.sync_label.text() == ("Shared folder: the shared folder can't be reached; visits wait here "
                                            "and go out when it is back")
        (tmp_path / "away").rename(share)
        window.show_reports()
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportsDialog) and w.isVisible())
        assert dialog.tabs.count() == 6 and dialog.tabs.tabText(5) == "Counters"
        qtbot.waitUntil(lambda: window.sync_label.text().startswith("Shared folder: updated"), timeout=10_000)
        assert dialog.tabs.stations is not None and dialog.tabs.stations.rowCount() == 1
        stations = dialog.tabs.stations
        assert stations.item(0, 0).text() == "skranke-1 (this PC)" and stations.item(0, 3).text() == "ok"
        qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
        dialog.reject()
    finally:
        remove_translators(qapp, translators)
