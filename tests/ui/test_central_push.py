"""The window's scheduled push: off without the setting, in the background with it, a status-bar word on how
it went and never a dialog."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frontdesk.ui.services import Services
from tests.ui.conftest import WindowFactory


def service_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **options: str) -> None:
    """A pg_service.conf with one section, [frontdesk], as an IT department would install it."""
    path = tmp_path / "pg_service.conf"
    path.write_text("[frontdesk]\n" + "".join(f"{k}={v}\n" for k, v in options.items()), encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(path))


def configure(services: Services) -> None:
    services.settings.set("municipality", "5001")
    services.settings.set("centre_name", "Servicetorget Trondheim")
    services.settings.set("central_service", "frontdesk")
    yesterday = datetime.now() - timedelta(days=1)
    for hour in (9, 10, 11):
        services.store.add("nav.meldekort", station="skranke-1", at=yesterday.replace(hour=hour))
    services.store.events.add("drop_in", station="skranke-1", on=yesterday.date(), participants=4,
                              now=yesterday.replace(hour=20))


def test_without_the_setting_nothing_is_pushed_or_shown(make_window: WindowFactory, services: Services) -> None:
    window = make_window(services)
    assert window.central_push.label.isHidden()
    assert window.central_push.push_now() is False
    assert window.tasks.running == 0


def test_a_failed_push_is_a_word_in_the_status_bar(qtbot: QtBot, make_window: WindowFactory, services: Services,
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service_file(tmp_path, monkeypatch, host=str(tmp_path / "no-server"), dbname="frontdesk")
    configure(services)
    window = make_window(services)
    assert window.central_push.label.isVisible()
    with qtbot.waitSignal(window.central_push.finished, timeout=30_000) as done:
        assert window.central_push.push_now() is True  # returns at once: the push is on the pool
    assert done.args == [False]
    assert window.central_push.label.text() == "Sentral: ikke sendt"
    assert "Får ikke kontakt med den sentrale databasen (service=frontdesk" in window.central_push.label.toolTip()
    assert QApplication.activeModalWidget() is None  # no dialog for staff who can't fix the network


@pytest.mark.postgres
def test_the_window_pushes_to_the_service_in_the_background(
        qtbot: QtBot, make_window: WindowFactory, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, dsn: str) -> None:
    service_file(tmp_path, monkeypatch, **dict(part.split("=", 1) for part in dsn.split()))
    configure(services)
    window = make_window(services)
    with qtbot.waitSignal(window.central_push.finished, timeout=30_000) as done:
        window.central_push.push_now()
    assert done.args == [True]
    assert window.central_push.label.text().startswith("Sentral: sendt ")
    assert window.central_push.label.toolTip().endswith("Nye besøk: 2. Nye arrangementer: 1.")
    with psycopg.connect(dsn) as conn:  # the last visit is still in its undo time; the event's is over
        assert conn.execute("SELECT (SELECT count(*) FROM frontdesk.visits), (SELECT count(*) FROM frontdesk.events)"
                            ).fetchone() == (2, 1)
