"""`frontdesk` with no command: the composition root starts the window; a second start hands over to it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from frontdesk.app import run
from frontdesk.config import Config
from frontdesk.ui.first_day import FirstDayDialog
from frontdesk.ui.instance import LOCK_NAME, SingleInstance
from frontdesk.ui.main_window import MainWindow
from frontdesk.visits.store import VisitStore


@pytest.fixture
def restore_app_state(qapp: QApplication) -> Iterator[None]:
    hook, font = sys.excepthook, qapp.font()
    yield
    sys.excepthook = hook
    qapp.setFont(font)


def _when(condition: object, then: object, qapp: QApplication) -> None:
    """Poll from inside the running event loop (run() blocks in app.exec())."""
    def check() -> None:
        if condition():  # type: ignore[operator]
            then()  # type: ignore[operator]
        else:
            QTimer.singleShot(50, check)
    QTimer.singleShot(50, check)


def _windows(qapp: QApplication) -> list[MainWindow]:
    return [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def _set_up(qapp: QApplication) -> list[FirstDayDialog]:
    return [w for w in qapp.topLevelWidgets() if isinstance(w, FirstDayDialog) and w.isVisible()]


def _mark_set_up(config: Config) -> None:
    with VisitStore.open(config) as store:
        store.settings.set("station", "skranke-2")  # a counter that named itself before the set-up existed


def test_the_first_start_asks_for_the_names_before_the_window_opens(qapp: QApplication, config: Config,
                                                                    restore_app_state: None) -> None:
    seen: list[object] = []

    def answer() -> None:
        dialog = _set_up(qapp)[0]
        seen.append(bool(_windows(qapp)))  # the window waits for the set-up
        seen.append(SingleInstance(config.home).notify_running())  # started again meanwhile: answered
        dialog.centre.setText("Servicetorget Testby")
        dialog.save()

    def close() -> None:
        window = _windows(qapp)[0]
        seen.append((window.visit_panel.station, window.windowTitle(), len(window.knowledge.snapshot.guides) > 10))
        window.close()

    _when(lambda: _set_up(qapp), answer, qapp)
    _when(lambda: _windows(qapp) and _windows(qapp)[0].knowledge.snapshot.guides, close, qapp)
    assert run(config) == 0
    assert seen[:2] == [False, True]
    station, title, guides = seen[2]  # type: ignore[misc]
    assert station.startswith("skranke-") and station != "skranke-1"
    assert title == "Servicetorget Testby" and guides
    assert config.database_path.is_file()
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, FirstDayDialog)]  # not kept, hidden

    # The second start goes straight to the window.
    _when(lambda: _windows(qapp) and _windows(qapp)[0].knowledge.snapshot.guides,
          lambda: (seen.append(len(_set_up(qapp))), _windows(qapp)[0].close()), qapp)
    assert run(config) == 0
    assert seen[3] == 0


def test_run_opens_the_window_with_bundled_guides(qapp: QApplication, config: Config,
                                                  restore_app_state: None) -> None:
    _mark_set_up(config)
    seen: list[int] = []

    def close() -> None:
        window = _windows(qapp)[0]
        seen.append(len(window.knowledge.snapshot.guides))
        window.close()

    _when(lambda: _windows(qapp) and _windows(qapp)[0].knowledge.snapshot.guides, close, qapp)
    assert run(config) == 0
    assert seen and seen[0] > 10
    assert config.database_path.is_file()


def _boxes(qapp: QApplication) -> list[QMessageBox]:
    return [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_second_start_brings_the_first_window_forward_and_exits(qtbot: QtBot, qapp: QApplication, config: Config,
                                                                restore_app_state: None) -> None:
    first = SingleInstance(config.home)
    assert first.acquire()
    try:
        with qtbot.waitSignal(first.activationRequested, timeout=5000):
            assert run(config) == 0
    finally:
        first.release()
    assert _boxes(qapp) == []  # quietly: no message, and it never opened the visit log
    assert not config.database_path.exists()


def test_second_start_gets_a_clear_message_when_the_first_cannot_be_reached(
        qapp: QApplication, config: Config, restore_app_state: None) -> None:
    # The lock is held but nobody listens: an older frontdesk, or one that is hung.
    holder = QLockFile(str(config.home / LOCK_NAME))
    assert holder.tryLock(0)
    messages: list[str] = []

    def answer() -> None:
        messages.append(_boxes(qapp)[0].text())
        _boxes(qapp)[0].accept()

    _when(lambda: _boxes(qapp), answer, qapp)
    try:
        assert run(config) == 1
    finally:
        holder.unlock()
    assert "allerede åpent" in messages[0]


def test_running_window_comes_forward_when_started_again(qapp: QApplication, config: Config,
                                                         restore_app_state: None) -> None:
    _mark_set_up(config)
    states: list[bool] = []

    def windows() -> list[MainWindow]:
        return [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    def minimise_and_start_again() -> None:
        window = windows()[0]
        window.showMinimized()
        states.append(window.isMinimized())
        assert SingleInstance(config.home).notify_running()  # what a second `frontdesk` does

        def forward() -> None:
            states.append(window.isMinimized())
            window.close()

        _when(lambda: not window.isMinimized(), forward, qapp)
        QTimer.singleShot(15_000, window.close)  # a failure ends the test instead of hanging it

    _when(lambda: windows() and windows()[0].knowledge.snapshot.guides, minimise_and_start_again, qapp)
    assert run(config) == 0
    assert states == [True, False]


def test_second_process_hands_over_to_the_first(qtbot: QtBot, config: Config, temp_home: Path) -> None:
    first = SingleInstance(config.home)
    assert first.acquire()
    try:
        with qtbot.waitSignal(first.activationRequested, timeout=60_000):
            second = subprocess.Popen([sys.executable, "-m", "frontdesk", "--home", str(temp_home)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert second.wait(timeout=60) == 0
    finally:
        first.release()


def test_the_window_starts_without_the_spreadsheet_library() -> None:
    """openpyxl is slow to import; only an XLSX export needs it, so the window's modules leave it out."""
    code = "import sys\nimport frontdesk.app, frontdesk.ui.main_window\nprint('openpyxl' in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "False"
