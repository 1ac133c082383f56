"""The window on local guides: local facts and notes in the guide view, "bør kontrolleres", the handout in a
language chosen at print time, and guide content that tries to be markup or to hide where a link goes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from frontdesk.config import Config
from frontdesk.knowledge.local_facts import LocalFactsStore
from frontdesk.knowledge.local_values import LocalValues, values_path, write_values
from frontdesk.ui.i18n import install_translators, remove_translators
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.search_panel import ID_ROLE
from frontdesk.ui.services import Services
from tests.knowledge.guide_files import BODY, CITIZEN, DATED_SOURCE, write_complete_guide
from tests.knowledge.test_local_facts import SFO_BODY, SFO_LOCAL
from tests.ui.conftest import WindowFactory

HANDOUT_CITIZEN = CITIZEN.replace("Du logger inn på nettsiden og følger stegene.",
                                  "Du logger inn på nettsiden.\n\n- Ring oss: {{senter.telefon}}\n")


def _sfo_window(config: Config, make_window: WindowFactory, services: Services, language: str = "nb") -> MainWindow:
    write_complete_guide(config.local_guides_dir, "testby-sfo", body=SFO_BODY + HANDOUT_CITIZEN, agency="kommune",
                         local=SFO_LOCAL, title="Testby SFO", requires=["BankID"])
    # As if edited by hand: the window shows what is in the file, and never as markup.
    write_values(values_path(config.local_guides_dir), LocalValues({"testby-sfo.frist": "1. mars <b>fet</b>"}, {}))
    window = make_window(services, language)
    window.local_facts.set_note("testby-sfo", "Hos oss: papirsøknader i <i>skranken</i>.",
                                window.knowledge.snapshot.guides)
    return window


def _messages() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_guide_view_shows_values_unfilled_links_and_the_note_but_no_citizen_text(
        qtbot: QtBot, config: Config, make_window: WindowFactory, services: Services) -> None:
    window = _sfo_window(config, make_window, services)
    window.open_guide("testby-sfo")
    page = window.guide_view.browser.toHtml()
    text = window.guide_view.browser.toPlainText()
    assert "Fristen er 1. mars <b>fet</b>;" in text  # the value as typed, never markup
    assert "ikke fylt ut lokalt: Lenke til søknadsportalen" in text
    assert "frontdesk-local:testby-sfo.portal" in page
    assert "Hos oss: papirsøknader i <i>skranken</i>." in text
    assert "Til deg" not in text and "You log in" not in text
    # A value set while the window is open shows the next time the guide is opened.
    window.local_facts.set_value("senter.telefon", "22 33 44 55", window.knowledge.snapshot.guides)
    window.open_guide("testby-sfo")
    assert "Ring 22 33 44 55." in window.guide_view.browser.toPlainText()


def test_a_guide_that_needs_a_check_says_why(qtbot: QtBot, config: Config, make_window: WindowFactory,
                                            services: Services) -> None:
    write_complete_guide(config.local_guides_dir, "testby-gammel", agency="kommune",
                         sources=[{**DATED_SOURCE, "page_date": "2019-05-01"}])
    window = make_window(services)
    window.open_guide("testby-gammel")
    assert window.guide_view.review.isVisibleTo(window)
    assert ("⚠ <b>Bør kontrolleres:</b> Ingen av kildene er en side datert de siste 2 årene (nyeste: 01.05.2019)."
            in window.guide_view.review.label.text())
    write_complete_guide(config.local_guides_dir, "testby-ny", agency="kommune")
    window.knowledge.reload()
    qtbot.waitUntil(lambda: "testby-ny" in window.knowledge.snapshot.guides)
    window.open_guide("testby-ny")
    assert not window.guide_view.review.isVisibleTo(window)


def test_labels_around_guide_text_stay_in_the_guides_language(
        qtbot: QtBot, qapp: QApplication, config: Config, make_window: WindowFactory, services: Services) -> None:
    translators = install_translators(qapp, "en")
    try:
        window = _sfo_window(config, make_window, services, "en")
        window.open_guide("testby-sfo")
        assert window.guide_view.log_button.text() != "&Logg denne hjelpen"  # the window itself is English
        assert "Dette trenger innbyggeren:" in window.guide_view.requires.label.text()
        assert "Hos oss" in window.guide_view.browser.toPlainText()
    finally:
        remove_translators(qapp, translators)


def test_markup_in_a_guide_title_is_shown_as_text(qtbot: QtBot, config: Config, make_window: WindowFactory,
                                                 services: Services) -> None:
    title = "<b>Fet</b> <img src='x'> tittel"
    write_complete_guide(config.local_guides_dir, "testby-fet", agency="kommune", title=title,
                         summary="<i>kursiv</i> sammendrag")
    window = make_window(services)
    window.open_guide("testby-fet")
    assert window.guide_view.title.textFormat() == Qt.TextFormat.PlainText
    assert window.guide_view.title.text() == title
    window.search.box.setText("sammendrag")
    qtbot.waitUntil(lambda: window.search.is_settled() and window.search.model.rowCount() > 0, timeout=20_000)
    row = next(r for r in range(window.search.model.rowCount())
               if window.search.model.index(r, 0).data(ID_ROLE) == "testby-fet")
    tooltip = str(window.search.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert "<i>" not in tooltip and "&lt;i&gt;kursiv&lt;/i&gt;" in tooltip


def test_a_protocol_relative_link_is_confirmed_with_a_warning(qtbot: QtBot, config: Config,
                                                            make_window: WindowFactory, services: Services) -> None:
    body = BODY + "\nLogg inn [her](//nav.no.evil.com/logg-inn) eller [her](&#104;ttps://evil.example/).\n" + CITIZEN
    write_complete_guide(config.local_guides_dir, "testby-lenke", agency="kommune", body=body)
    window = make_window(services)
    window.open_guide("testby-lenke")
    hrefs = re.findall(r'href="([^"]*evil[^"]*)"', window.guide_view.browser.toHtml())
    assert hrefs == ["https://nav.no.evil.com/logg-inn", "https://evil.example/"]
    window.guide_view._on_anchor(QUrl(hrefs[0]))
    box = window.findChild(QMessageBox, "linkConfirmation")
    assert box is not None and box.isVisible()
    assert "nav.no.evil.com" in box.text() and "ikke et av de offentlige" in box.text()
    box.buttons()[1].click()  # Avbryt
    assert window.open_url == []


def test_the_handout_is_printed_in_the_language_chosen_at_print_time(
        qtbot: QtBot, config: Config, make_window: WindowFactory, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    services.settings.set("centre_name", "Servicetorget i Testby")
    window = _sfo_window(config, make_window, services)
    window.open_guide("testby-sfo")
    view = window.guide_view
    assert view.print_button.isEnabled()
    assert [view.print_actions[lang].isEnabled() for lang in ("nb", "nn", "en")] == [True, True, True]
    chosen = tmp_path / "nynorsk.pdf"
    offered: list[str] = []

    def save_dialog(_parent: object, _caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)  # the system's file dialog, answered as a clerk would
        return str(chosen), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    with qtbot.waitSignal(view.pdfRequested) as requested:
        view.pdf_actions["nn"].trigger()
    assert requested.args[1] == "nn"
    assert offered[0].endswith("testby-sfo-nn.pdf")
    assert chosen.read_bytes().startswith(b"%PDF") and chosen.stat().st_size > 1000
    guide = window.knowledge.snapshot.guides["testby-sfo"]
    nynorsk = window.handouts.document(guide, "nn")
    assert nynorsk is not None and "Tittel på nynorsk for testby-sfo" in nynorsk.toPlainText()
    document = window.handouts.document(guide, "nb")
    assert document is not None
    printed = document.toPlainText()
    assert printed.startswith("Servicetorget i Testby\nTestby SFO\n")
    assert "Ring oss" not in printed  # senter.telefon is not filled in: the line is left out
    assert "Slik hjelper du" not in printed and "ikke fylt ut" not in printed
    LocalFactsStore.open(config.data_dir, config.local_guides_dir).set_value(
        "senter.telefon", "22 33 44 55", window.knowledge.snapshot.guides)
    document = window.handouts.document(guide, "nb")
    assert document is not None and "Ring oss: 22 33 44 55" in document.toPlainText()
    english = window.handouts.document(guide, "en")
    assert english is not None and "You log in on the website and follow the steps." in english.toPlainText()


def test_languages_without_a_citizen_section_cannot_be_printed(
        qtbot: QtBot, config: Config, make_window: WindowFactory, services: Services) -> None:
    write_complete_guide(config.local_guides_dir, "testby-bokmal", agency="kommune",
                         body=BODY + CITIZEN[: CITIZEN.index("## Til deg (nynorsk)")])
    write_complete_guide(config.local_guides_dir, "testby-ingen", agency="kommune", body=BODY)
    window = make_window(services)
    window.open_guide("testby-bokmal")
    view = window.guide_view
    assert [view.print_actions[lang].isEnabled() for lang in ("nb", "nn", "en")] == [True, False, False]
    assert [view.pdf_actions[lang].isEnabled() for lang in ("nb", "nn", "en")] == [True, False, False]
    window.open_guide("testby-ingen")
    assert not view.print_button.isEnabled()
    assert "ingen tekst til innbyggeren" in view.print_button.toolTip()
    assert window.handouts.save_pdf(window.knowledge.snapshot.guides["testby-ingen"], Path("x.pdf")) is None
    qtbot.waitUntil(lambda: bool(_messages()))
    assert "ingen tekst til innbyggeren ennå" in _messages()[0].text()
    _messages()[0].buttons()[0].click()


def test_a_local_guide_that_replaces_a_bundled_one_says_so(qtbot: QtBot, config: Config,
                                                           make_window: WindowFactory, services: Services) -> None:
    write_complete_guide(config.local_guides_dir, "minid-glemt-passord", agency="digdir", title="Vår MinID")
    window = make_window(services)
    window.open_guide("minid-glemt-passord")
    assert "Lokal veiledning (erstatter den innebygde)" in window.guide_view.meta.text()
