"""A visit log found damaged at start was moved aside by the core; the window says so once, in its language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from frontdesk.app import build_services
from frontdesk.config import Config
from frontdesk.ui.services import Services
from tests.ui.conftest import WindowFactory


@pytest.fixture
def recovered(config: Config) -> Iterator[Services]:
    config.ensure_home()
    config.database_path.write_bytes(b"this is not an SQLite database, it is what a bad disk left behind" * 100)
    services = build_services(config)
    yield services
    services.store.close()


def _notices() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.mark.parametrize(("language", "expected"), [("nb", "Besøksloggen var skadet"),
                                                    ("en", "The visit log was damaged")])
def test_the_window_tells_about_a_recovered_visit_log(qtbot: QtBot, make_window: WindowFactory,
                                                      recovered: Services, config: Config,
                                                      language: str, expected: str) -> None:
    assert recovered.store.recovery is not None
    window = make_window(recovered, language)
    qtbot.waitUntil(lambda: window.recovery_notice is not None)
    notices = _notices()
    assert len(notices) == 1 and expected in notices[0].text()
    assert str(config.home / "damaged") in notices[0].text()
    notices[0].accept()
    window.visit_panel.log("login.bankid")  # the counter keeps working on the fresh log
    assert recovered.store.counts_on(recovered.now().date()) == {"login.bankid": 1}


def test_a_healthy_start_shows_no_notice(qtbot: QtBot, make_window: WindowFactory, services: Services) -> None:
    window = make_window(services)  # it waited for the guides: a queued notice would be open by now
    assert services.store.recovery is None and window.recovery_notice is None and _notices() == []
