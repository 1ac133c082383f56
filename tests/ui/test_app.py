"""`frontdesk` with no command: the composition root starts the window, and a second start is refused."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from frontdesk.app import run
from frontdesk.config import Config
from frontdesk.ui.instance import SingleInstance
from frontdesk.ui.main_window import MainWindow


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


def test_run_opens_the_window_with_bundled_guides(qapp: QApplication, config: Config,
                                                  restore_app_state: None) -> None:
    seen: list[int] = []

    def windows() -> list[MainWindow]:
        return [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    def close() -> None:
        window = windows()[0]
        seen.append(len(window.knowledge.snapshot.guides))
        window.close()

    _when(lambda: windows() and windows()[0].knowledge.snapshot.guides, close, qapp)
    assert run(config) == 0
    assert seen and seen[0] > 10
    assert config.database_path.is_file()


def test_second_instance_gets_a_clear_message(qapp: QApplication, config: Config,
                                              restore_app_state: None) -> None:
    holder = SingleInstance(config.home)
    assert holder.acquire()
    messages: list[str] = []

    def boxes() -> list[QMessageBox]:
        return [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

    def answer() -> None:
        messages.append(boxes()[0].text())
        boxes()[0].accept()

    _when(lambda: boxes(), answer, qapp)
    try:
        assert run(config) == 1
    finally:
        holder.release()
    assert "allerede åpent" in messages[0]
