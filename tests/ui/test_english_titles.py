"""In English, guides show `title_en` (or the bokmål title when a guide has none); bokmål stays bokmål."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frontdesk.config import Config
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.services import Services
from tests.knowledge.guide_files import write_guide
from tests.ui.conftest import WindowFactory

LOCAL_TITLE = "Testby bibliotek – lånekort"


def _titles(window: MainWindow, query: str, qtbot: QtBot) -> list[str]:
    window.search.box.setText(query)
    qtbot.waitUntil(lambda: window.search.is_settled() and window.search.model.rowCount() > 0, timeout=20_000)
    model = window.search.model
    return [str(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)) for row in range(model.rowCount())]


def test_english_titles_in_results_header_and_related_links(qtbot: QtBot, make_window: WindowFactory,
                                                            services: Services) -> None:
    window = make_window(services, "en")
    assert _titles(window, "minid glemt passord", qtbot)[0] == "MinID – forgotten password"
    assert _titles(window, "gløymt passord", qtbot)[0] == "MinID – forgotten password"  # nynorsk finds it too
    window.open_guide("minid-glemt-passord")
    assert window.guide_view.title.text() == "MinID – forgotten password"
    related = window.knowledge.snapshot.guides["minid-opprette"]
    assert related.title_en and related.title_en in window.guide_view.browser.toHtml()


def test_a_guide_without_an_english_title_keeps_its_own(qtbot: QtBot, config: Config, make_window: WindowFactory,
                                                        services: Services) -> None:
    write_guide(config.local_guides_dir / "kommune", "testby-lanekort", title=LOCAL_TITLE, agency="kommune")
    window = make_window(services, "en")
    window.search.box.clear()
    qtbot.waitUntil(window.search.is_settled)
    everything = [str(window.search.model.index(row, 0).data()) for row in range(window.search.model.rowCount())]
    assert LOCAL_TITLE in everything and "MinID – forgotten password" in everything
    assert everything == sorted(everything, key=str.casefold)  # A–Z by the titles shown
    window.open_guide("testby-lanekort")
    assert window.guide_view.title.text() == LOCAL_TITLE


def test_bokmal_shows_the_bokmal_title(qtbot: QtBot, window: MainWindow) -> None:
    assert _titles(window, "minid glemt passord", qtbot)[0] == "MinID – glemt passord"
    window.open_guide("minid-glemt-passord")
    assert window.guide_view.title.text() == "MinID – glemt passord"
