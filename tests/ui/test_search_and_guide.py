"""Search as you type, open with Enter, and what the guide view shows."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.search_panel import DETAIL_ROLE, ID_ROLE
from tests.knowledge.guide_files import write_complete_guide, write_guide
from tests.ui.conftest import OpenedUrls


def _type(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search.box.clear()
    qtbot.keyClicks(window.search.box, text)
    qtbot.waitUntil(window.search.is_settled, timeout=5000)


def test_search_box_has_focus_at_start_and_ctrl_k_returns_to_it(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.box)
    window.guide_view.browser.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.guide_view.browser)
    qtbot.keyClick(window.guide_view.browser, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.box)


def test_typing_shows_results_and_enter_opens_the_selected_guide(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "minid")
    assert window.search.model.rowCount() > 0
    qtbot.keyClick(window.search.box, Qt.Key.Key_Down)
    second = window.search.model.index(1, 0).data(ID_ROLE)
    assert window.search.results.currentIndex().row() == 1
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    assert window.guide_view.guide is not None
    assert window.guide_view.guide.id == second
    assert window.guide_view.title.text() == window.guide_view.guide.title


def test_results_show_the_agency(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "minid")
    first = window.search.model.index(0, 0)
    guide = window.knowledge.snapshot.guides[str(first.data(ID_ROLE))]
    agency = window.registry.name(guide.agency)
    assert agency != guide.agency  # a real name from the agency list, not the id
    assert str(first.data(DETAIL_ROLE)).startswith(agency + " — ")


def test_no_hits_says_so_and_offers_a_spelling(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "qqqzzzxxy")
    assert window.search.model.rowCount() == 0
    assert "Ingen treff" in window.search.status.text()


def test_guide_shows_requires_on_behalf_and_related_links(qtbot: QtBot, window: MainWindow) -> None:
    guide = next(g for g in window.knowledge.snapshot.guides.values() if g.requires and g.on_behalf and g.related)
    window.open_guide(guide.id)
    assert window.guide_view.requires.isVisibleTo(window)
    assert guide.requires[0] in window.guide_view.requires.label.text()
    assert window.guide_view.on_behalf.isVisibleTo(window)
    window.guide_view._on_anchor(QUrl(f"guide:{guide.related[0]}"))
    assert window.guide_view.guide is not None and window.guide_view.guide.id == guide.related[0]


def test_local_guide_is_marked_and_overdue_review_shows_a_banner(
        qtbot: QtBot, temp_home: Path, make_window: object, services: object) -> None:
    write_guide(temp_home / "guides", "lokal-test", title="Lokal testveiledning", reviewed="2020-01-01")
    window = make_window(services)  # type: ignore[operator]
    window.open_guide("lokal-test")
    assert "Lokal veiledning" in window.guide_view.meta.text()
    assert window.guide_view.review.isVisibleTo(window)
    assert "Gjennomgangen skulle vært gjort 01.01.2021." in window.guide_view.review.label.text()


def test_broken_guide_is_listed_not_a_crash(qtbot: QtBot, temp_home: Path, make_window: object,
                                            services: object) -> None:
    folder = temp_home / "guides"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "odelagt.md").write_text("---\nid: odelagt\ntitle: [\n---\nbody\n", encoding="utf-8")
    window = make_window(services)  # type: ignore[operator]
    assert window.status.problems_button.isVisibleTo(window)
    window.show_problems()
    dialog = window.findChild(QMessageBox) or next(w for w in QApplication.topLevelWidgets()
                                                   if w.objectName() == "" and hasattr(w, "list"))
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]  # type: ignore[union-attr]
    assert any("odelagt.md" in text for text in texts)


def test_external_link_shows_the_domain_and_warns_outside_the_allowlist(qtbot: QtBot, window: MainWindow) -> None:
    opened = window.open_url
    assert isinstance(opened, OpenedUrls)
    box = window.confirm_external_link(QUrl("https://svindel.example.com/logg-inn"))
    assert "svindel.example.com" in box.text()
    assert "ikke et av de offentlige" in box.text()
    box.buttons()[0].click()
    assert opened == [QUrl("https://svindel.example.com/logg-inn")]
    official = window.confirm_external_link(QUrl("https://www.nav.no/meldekort"))
    assert "ikke et av de offentlige" not in official.text()
    official.buttons()[1].click()  # Avbryt
    assert len(opened) == 1


def test_handout_pdf_is_written_with_the_centre_name(qtbot: QtBot, temp_home: Path, make_window: object,
                                                    services: object, tmp_path: Path) -> None:
    write_complete_guide(temp_home / "guides", "lokal-test", title="Lokal testveiledning")
    window = make_window(services)  # type: ignore[operator]
    window.services.settings.set("centre_name", "Servicetorget i Testby")
    guide = window.knowledge.snapshot.guides["lokal-test"]
    path = window.handouts.save_pdf(guide, tmp_path / "utskrift.pdf")
    assert path is not None
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    document = window.handouts.document(guide, "nb")
    assert document is not None
    assert document.toPlainText().startswith("Servicetorget i Testby\nLokal testveiledning\n")


def test_search_understands_how_people_type(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "glemt passord minid")
    assert window.search.model.index(0, 0).data(ID_ROLE) == "minid-glemt-passord"


def test_misspelling_offers_a_spelling_and_close_matches(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "skattemeldnig")
    if window.search.status.isVisible():  # the search may already have forgiven the typo
        assert "Mente du" in window.search.status.text()
    assert window.search.model.rowCount() > 0


def test_search_text_never_reaches_the_log_file(qtbot: QtBot, window: MainWindow) -> None:
    secret = "Kari Nordmann 01017012345"
    _type(qtbot, window, secret)
    window.search.box.activated.emit()
    for handler in logging.getLogger("frontdesk").handlers:
        handler.flush()
    log_file = window.services.log_file
    assert log_file is not None and log_file.is_file()
    text = log_file.read_text(encoding="utf-8")
    assert "01017012345" not in text and "Nordmann" not in text
