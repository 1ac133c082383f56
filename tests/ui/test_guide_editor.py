"""The local guide editor on the real window: a supervisor writes a municipal guide without seeing YAML."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from frontdesk.config import Config
from frontdesk.knowledge.guide_draft import DraftFact
from frontdesk.knowledge.validation import read_guide_file
from frontdesk.ui.guide_editor import GuideEditorDialog
from frontdesk.ui.i18n import install_translators, remove_translators
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.search_panel import ID_ROLE
from frontdesk.ui.services import Services
from tests.knowledge.guide_files import write_complete_guide
from tests.ui.conftest import WindowFactory
from tests.ui.test_quality import _unnamed_controls

BODY = """## Slik hjelper du
1. Finn kommunens skjema: {{skjema}}.
2. Se også [skjemaet hos leverandøren](https://skjema.example/hc).

## Dette trenger innbyggeren
- Legeerklæring.

## Vanlige problemer
- Ingen.

## Hvis det ikke løser seg
- Ring servicetorget: {{senter.telfon}}.
"""


def _editor(qtbot: QtBot, window: MainWindow) -> GuideEditorDialog:
    qtbot.waitUntil(lambda: window.editors.guide_editor is not None and window.editors.guide_editor.isVisible())
    assert window.editors.guide_editor is not None
    return window.editors.guide_editor


def _messages(editor: GuideEditorDialog) -> list[str]:
    editor.refresh()  # what the pause after typing does
    return [editor.problems.item(i).text() for i in range(editor.problems.count())]


def _search(qtbot: QtBot, window: MainWindow, text: str) -> list[str]:
    window.search.box.setText(text)
    qtbot.waitUntil(window.search.is_settled, timeout=20_000)
    return [str(window.search.model.index(r, 0).data(ID_ROLE)) for r in range(window.search.model.rowCount())]


def test_a_new_municipal_guide_written_in_the_form(qtbot: QtBot, config: Config, make_window: WindowFactory,
                                                   services: Services) -> None:
    window = make_window(services)
    window.local_facts.set_value("senter.telefon", "22 33 44 55", window.knowledge.snapshot.guides)
    window.editors.new_guide()
    editor = _editor(qtbot, window)
    assert _unnamed_controls(editor) == []
    assert "Feil – Tittel (bokmål): må fylles ut" in _messages(editor) and not editor.save_button.isEnabled()

    form = editor.form
    qtbot.keyClicks(form.title, "Parkeringskort i Testby")
    qtbot.waitUntil(lambda: "parkeringskort-i-testby" in form.id_label.text())  # live, after a pause
    qtbot.keyClicks(form.summary, "Innbyggeren vil søke kommunen om parkeringskort.")
    qtbot.keyClicks(form.tags, "parkeringskort, hc-kort testby")
    form.sources.add()
    form.sources.setItem(0, 0, QTableWidgetItem("Parkering (testby.kommune.no)"))
    form.sources.setItem(0, 1, QTableWidgetItem("https://www.testby.kommune.no/parkering"))
    undated = form.sources.cellWidget(0, 4)
    assert isinstance(undated, QCheckBox)
    undated.setChecked(True)
    form.facts.add(DraftFact("skjema", "url", "Lenke til kommunens skjema for parkeringskort"))
    form.body.setPlainText(BODY)
    for tab in range(form.count()):  # every control on every tab, table rows included, has a name
        form.setCurrentIndex(tab)
        assert _unnamed_controls(editor) == []
    shown = _messages(editor)
    assert "Feil – Tekst for ansatte: ukjent lokal opplysning {{senter.telfon}}; mente du {{senter.telefon}}?" \
        in shown
    assert ("Advarsel – Tekst for ansatte: lenken går til en side utenfor de offentlige domenene: "
            "https://skjema.example/hc") in shown
    assert "Advarsel – Tittel (nynorsk): mangler: utskriften på nynorsk trenger tittelen" in shown
    assert not editor.save_button.isEnabled()  # an error: nothing is saved
    error = next(editor.problems.item(i) for i in range(editor.problems.count())
                 if editor.problems.item(i).text().startswith("Feil – Tekst for ansatte"))
    form.setCurrentIndex(0)
    editor.problems.itemActivated.emit(error)  # a double-click on the message goes to the field
    assert form.currentIndex() == 2 and form.insert_row.isVisibleTo(editor)

    form.body.setPlainText(BODY.replace("senter.telfon", "senter.telefon"))
    assert not any(m.startswith("Feil") for m in _messages(editor)) and editor.save_button.isEnabled()
    staff = editor.preview.staff.browser.toPlainText()  # the window's own rendering, facts filled in
    assert "ikke fylt ut lokalt: Lenke til kommunens skjema for parkeringskort" in staff
    assert "Ring servicetorget: 22 33 44 55." in staff
    handout = editor.preview.handouts["nb"].toPlainText()
    assert "Servicetorget: 22 33 44 55" in handout and "apningstider" not in handout  # unfilled line left out

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    path = config.local_guides_dir / "parkeringskort-i-testby.md"
    qtbot.waitUntil(lambda: window.guide_view.guide is not None
                    and window.guide_view.guide.id == "parkeringskort-i-testby", timeout=20_000)
    guide, problems = read_guide_file(path, agencies=window.registry.agencies)
    assert guide is not None and problems == [] and guide.slots[0].key == "skjema"
    assert "Lokal veiledning" in window.guide_view.meta.text()
    assert "parkeringskort-i-testby" in _search(qtbot, window, "parkeringskort testby")

    qtbot.keyClicks(form.title, " (ny)")  # the id never changes after the first save
    editor.refresh()
    assert "parkeringskort-i-testby" in form.id_label.text()
    editor.save()
    qtbot.waitUntil(lambda: window.knowledge.snapshot.guides["parkeringskort-i-testby"].title
                    == "Parkeringskort i Testby (ny)", timeout=20_000)
    assert sorted(p.name for p in config.local_guides_dir.glob("*.md")) == ["parkeringskort-i-testby.md"]


def test_a_local_copy_replaces_the_national_guide_only_when_asked(
        qtbot: QtBot, config: Config, make_window: WindowFactory, services: Services) -> None:
    window = make_window(services)
    window.open_guide("kommune-parkeringstillatelse")
    window.editors.update_edit_action()
    assert window.editors.edit_action is not None
    assert window.editors.edit_action.text().startswith("Lag lokal &kopi av «Parkeringstillatelse")
    window.editors.edit_guide()
    editor = _editor(qtbot, window)
    assert editor.windowTitle().startswith("Lokal kopi av «Parkeringstillatelse")
    assert "kommune-parkeringstillatelse – den samme som den nasjonale" in editor.form.id_label.text()
    assert editor.form.handouts["en"].toPlainText().startswith("Do you have great difficulty walking?")
    assert "Merk – Id: erstatter den nasjonale veiledningen med samme id" in _messages(editor)
    editor.form.summary.setText("Hos oss søker du om HC-kort i servicetorget.")
    path = config.local_guides_dir / "kommune-parkeringstillatelse.md"

    editor.save()
    question = editor.findChild(QMessageBox, "replaceNational")
    assert question is not None and question.isVisible() and "erstatter din lokale veiledning" in question.text()
    next(b for b in question.buttons() if b.text() == "Avbryt").click()
    assert not path.exists() and "den nasjonale veiledningen står som før" in editor.status.text()
    editor.save()
    question = editor.findChild(QMessageBox, "replaceNational")
    assert question is not None
    next(b for b in question.buttons() if b.text() == "Erstatt den nasjonale veiledningen").click()
    qtbot.waitUntil(lambda: window.knowledge.snapshot.guides["kommune-parkeringstillatelse"].is_local,
                    timeout=20_000)
    window.open_guide("kommune-parkeringstillatelse")
    assert "Lokal veiledning (erstatter den innebygde)" in window.guide_view.meta.text()
    assert "Hos oss søker du om HC-kort i servicetorget." in window.guide_view.browser.toPlainText()
    window.editors.update_edit_action()
    assert window.editors.edit_action.text() == "&Rediger lokal veiledning …"


def test_editing_a_local_guide_keeps_its_file_and_id(qtbot: QtBot, config: Config, make_window: WindowFactory,
                                                    services: Services) -> None:
    path = write_complete_guide(config.local_guides_dir / "egne", "testby-bibliotek", agency="kommune",
                                title="Testby bibliotek")
    window = make_window(services)
    window.open_guide("testby-bibliotek")
    window.editors.edit_guide()
    editor = _editor(qtbot, window)
    editor.form.title.setText("Biblioteket i Testby")
    editor.save()
    qtbot.waitUntil(lambda: window.knowledge.snapshot.guides["testby-bibliotek"].title == "Biblioteket i Testby",
                    timeout=20_000)
    assert sorted(p.relative_to(config.local_guides_dir) for p in config.local_guides_dir.rglob("*.md")) == [
        path.relative_to(config.local_guides_dir)]


@pytest.mark.parametrize(("language", "refusal"), [
    ("nb", "allerede en lokal veiledning med id «testby-parkering»: «Den gamle»"),
    ("en", "There is a local guide with the id 'testby-parkering' already: \"Den gamle\""),
])
def test_another_local_guide_is_never_overwritten(qtbot: QtBot, config: Config, make_window: WindowFactory,
                                                  services: Services, language: str, refusal: str) -> None:
    existing = write_complete_guide(config.local_guides_dir, "testby-parkering", agency="kommune",
                                    title="Den gamle")
    before = existing.read_text(encoding="utf-8")
    window = make_window(services, language)
    window.editors.new_guide()
    editor = _editor(qtbot, window)
    editor.form.title.setText("Testby parkering")
    editor.form.summary.setText("Om parkering.")
    editor.form.tags.setText("parkering")
    editor.form.sources.add()
    editor.form.sources.setItem(0, 0, QTableWidgetItem("Testby"))
    editor.form.sources.setItem(0, 1, QTableWidgetItem("https://www.testby.kommune.no/"))
    editor.save()
    assert refusal in editor.status.text()
    assert existing.read_text(encoding="utf-8") == before


def test_the_pin_is_asked_before_the_editor_opens(qtbot: QtBot, config: Config, make_window: WindowFactory,
                                                 services: Services) -> None:
    services.guard.set_pin("4826")
    window = make_window(services)
    pin = window.editors.new_guide()
    assert pin is not None and pin.reason.text() == "Å skrive og endre lokale veiledninger krever leder-PIN."
    qtbot.keyClicks(pin.pin, "0000")
    pin.check()
    assert pin.error.text() == "Feil PIN-kode." and window.editors.guide_editor is None
    qtbot.keyClicks(pin.pin, "4826")
    pin.check()
    editor = _editor(qtbot, window)
    editor.reject()  # nothing typed: closes without asking
    qtbot.waitUntil(lambda: window.editors.guide_editor is None)


def test_a_local_fact_is_put_into_the_text_last_written_in(qtbot: QtBot, config: Config,
                                                            make_window: WindowFactory, services: Services) -> None:
    window = make_window(services)
    window.editors.new_guide()
    editor = _editor(qtbot, window)
    editor.form.facts.add(DraftFact("frist", "date", "Søknadsfristen"))
    editor.refresh()
    choice = editor.form.fact_choice
    assert choice.itemText(0) == "{{frist}} – Søknadsfristen"
    assert choice.itemText(1) == "{{senter.telefon}} – Servicetorgets telefonnummer"
    english = editor.form.handouts["en"]
    english.moveCursor(english.textCursor().MoveOperation.End)  # the supervisor clicks into the English text
    assert editor.preview.currentWidget() is editor.preview.handouts["en"]  # the preview follows
    choice.setCurrentIndex(0)
    editor.form.insert_fact()
    assert english.toPlainText().endswith("{{frist}}")
    assert editor.form.currentIndex() == 3 and "{{frist}}" not in editor.form.body.toPlainText()


def test_the_editor_words_problems_in_the_window_language(qtbot: QtBot, make_window: WindowFactory,
                                                          services: Services) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "en")
    try:
        window = make_window(services, "en")
        window.editors.new_guide()
        editor = _editor(qtbot, window)
        assert "Error – Title (bokmål): must be filled in" in _messages(editor)
        form = editor.form
        qtbot.keyClicks(form.title, "Parkeringskort i Testby")
        qtbot.keyClicks(form.summary, "Innbyggeren vil søke kommunen om parkeringskort.")
        qtbot.keyClicks(form.tags, "parkeringskort")
        form.sources.add()
        form.sources.setItem(0, 0, QTableWidgetItem("Parkering (testby.kommune.no)"))
        form.sources.setItem(0, 1, QTableWidgetItem("https://www.testby.kommune.no/parkering"))
        form.facts.add(DraftFact("skjema", "url", "Lenke til kommunens skjema for parkeringskort"))
        form.body.setPlainText(BODY)
        shown = _messages(editor)
        assert "Error – Text for staff: unknown local fact {{senter.telfon}}; did you mean {{senter.telefon}}?" \
            in shown
        assert "Warning – Text for staff: the link goes to a page outside the official domains: " \
            "https://skjema.example/hc" in shown
        assert "Warning – Title (nynorsk): missing: the nynorsk handout needs the title" in shown
        assert not any(re.search(r"\b(mangler|må|ukjent)\b", text) for text in shown), shown
        error = next(editor.problems.item(i) for i in range(editor.problems.count())
                     if editor.problems.item(i).text().startswith("Error – Text for staff"))
        assert error.toolTip().startswith("unknown local fact '{{senter.telfon}}'")  # what `guides check` says
        editor.reject()
        if editor.question is not None:
            editor.question.close()
    finally:
        remove_translators(app, translators)
