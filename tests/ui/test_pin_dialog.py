"""The supervisor PIN dialog every supervisor action uses: the guard's messages, rate limit included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from frontdesk.config import bundled_data_dir
from frontdesk.supervisor import SupervisorGuard
from frontdesk.ui.pin_dialog import with_supervisor_pin
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy


@pytest.fixture
def guard(tmp_path: Path) -> Iterator[SupervisorGuard]:
    """The guard of a visit log: the PIN is kept in it."""
    taxonomy = Taxonomy.from_files(bundled_data_dir() / "categories.yaml", None)
    with VisitStore(tmp_path / "visits.sqlite3", taxonomy) as store:
        yield SupervisorGuard(store.db)


def test_without_a_pin_the_action_runs_at_once(qtbot: QtBot, guard: SupervisorGuard) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    ran: list[str] = []
    assert with_supervisor_pin(guard, parent, "…",
                               lambda: ran.append("done")) is None
    assert ran == ["done"]


def test_after_too_many_wrong_pins_even_the_right_one_waits(qtbot: QtBot, guard: SupervisorGuard) -> None:
    guard.set_pin("4826")
    parent = QWidget()
    qtbot.addWidget(parent)
    ran: list[str] = []
    dialog = with_supervisor_pin(guard, parent, "Import av veiledningspakker krever leder-PIN.",
                                 lambda: ran.append("done"))
    assert dialog is not None and dialog.reason.text().startswith("Import av")
    for _ in range(4):
        qtbot.keyClicks(dialog.pin, "1111")
        dialog.check()
    qtbot.keyClicks(dialog.pin, "4826")
    dialog.check()
    assert "For mange feil forsøk" in dialog.error.text()
    assert dialog.isVisible() and ran == []
    dialog.reject()
    assert ran == []


def test_guard_messages_follow_the_ui_language(qtbot: QtBot, guard: SupervisorGuard) -> None:
    from PySide6.QtWidgets import QApplication

    from frontdesk.ui.i18n import install_translators, remove_translators

    guard.set_pin("4826")
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = with_supervisor_pin(guard, parent, "…", lambda: None)
    assert dialog is not None
    qtbot.keyClicks(dialog.pin, "1111")
    dialog.check()
    assert dialog.error.text() == "Feil PIN-kode."
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "en")
    try:
        for _ in range(2):
            qtbot.keyClicks(dialog.pin, "1111")
            dialog.check()
        assert dialog.error.text() == "Wrong PIN."
        qtbot.keyClicks(dialog.pin, "4826")
        dialog.check()
        assert dialog.error.text() == "Too many wrong attempts. Try again in 30 seconds."
    finally:
        remove_translators(app, translators)
    dialog.reject()
