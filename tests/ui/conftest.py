"""The real window on real guides and a real database in the temporary home; any Qt warning fails the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, QUrl, qInstallMessageHandler
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frontdesk.app import build_services
from frontdesk.config import Config
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.services import Services
from frontdesk.ui.zoom import FontZoom

# The offscreen platform plugin says "This plugin does not support propagateSizeHints()/raise()/grabbing the
# keyboard" for windows and popups: that is about the test platform, not about the app.
PLATFORM_NOISE = "This plugin does not support "


@pytest.fixture(autouse=True)
def fail_on_qt_warnings() -> Iterator[list[str]]:
    recorded: list[str] = []

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and not message.startswith(PLATFORM_NOISE):
            recorded.append(message)

    previous = qInstallMessageHandler(handler)
    yield recorded
    qInstallMessageHandler(previous)
    assert recorded == [], f"Qt warnings: {recorded}"


@pytest.fixture
def config(temp_home: Path) -> Config:
    return Config.from_env(temp_home)


@pytest.fixture
def services(config: Config) -> Iterator[Services]:
    built = build_services(config)
    yield built
    built.store.close()


class OpenedUrls(list[QUrl]):
    def __call__(self, url: QUrl) -> bool:
        self.append(url)
        return True


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication) -> Iterator[WindowFactory]:
    """Build a main window the way app.run does, and wait until its guides are loaded."""
    zooms: list[FontZoom] = []

    def make(services: Services, language: str = "nb") -> MainWindow:
        zoom = FontZoom(qapp, float(services.settings.get("font_scale")),
                        lambda scale: services.settings.set("font_scale", scale))
        zooms.append(zoom)
        window = MainWindow(services, zoom, language, open_url=OpenedUrls())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: bool(window.knowledge.snapshot.guides), timeout=20_000)
        window.activateWindow()
        return window

    yield make
    for zoom in zooms:
        zoom.restore_base()


@pytest.fixture
def window(make_window: WindowFactory, services: Services) -> MainWindow:
    return make_window(services)
