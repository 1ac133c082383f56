"""The «Veiledningsproblemer» list shows each problem in the window's language, with its file and line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from frontdesk.app import build_services
from frontdesk.config import Config, bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.checks import all_warnings
from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.ui.i18n import install_translators, remove_translators
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.problems_dialog import ProblemsDialog
from tests.knowledge.guide_files import BODY, write_complete_guide
from tests.ui.conftest import WindowFactory

REGISTRY = AgencyRegistry.load(bundled_data_dir())


@pytest.mark.parametrize(("language", "error", "warning"), [
    ("nb", "mangler påkrevd nøkkel «agency»", "advarsel: lenke utenfor de offentlige domenene: https://example.com/"),
    ("nn", "manglar påkravd nøkkel «agency»", "åtvaring: lenkje utanfor dei offentlege domena: https://example.com/"),
    ("en", "missing required key 'agency'", "warning: link outside the official domains: https://example.com/"),
])
def test_problems_show_in_the_window_language(qtbot: QtBot, tmp_path: Path, language: str, error: str,
                                              warning: str) -> None:
    (tmp_path / "bad.md").write_text("---\nid: bad\ntitle: Test\n---\nBody\n", encoding="utf-8")
    linked = write_complete_guide(tmp_path, "kommune-a", agency="kommune", body=BODY + "\nSe https://example.com/\n")
    result = load_guides([GuideFolder(tmp_path, is_local=True)], agencies=REGISTRY.agencies)
    warnings = all_warnings(result.guides.values(), REGISTRY, date(2026, 11, 22))
    dialog = ProblemsDialog(tuple(result.errors), tuple(warnings), language)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert f"Feil: {tmp_path / 'bad.md'}:2: {error}" in texts  # the untranslated window says «Feil»
    line = linked.read_text(encoding="utf-8").splitlines().index("Se https://example.com/") + 1
    assert f"{linked}:{line}: {warning}" in texts


def test_skipped_entries_of_the_municipalitys_lists_are_shown_in_the_window_s_language(
        qtbot: QtBot, make_window: WindowFactory, temp_home: Path) -> None:
    """A typo in categories.yaml or event_kinds.yaml skips the entry; the supervisor learns it in the window, not
    only from the command line."""
    (temp_home / "categories.yaml").write_text(
        "categories:\n  ukjent.ting: {label_nb: Ting, label_en: Thing}\n", encoding="utf-8")
    (temp_home / "event_kinds.yaml").write_text(
        "schema: 1\nkinds:\n  ipad_kurs: {form: fest, label_nb: iPad-kurs, label_en: iPad course}\n",
        encoding="utf-8")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "nn")
    services = build_services(Config.from_env(temp_home))
    try:
        window = make_window(services, "nn")
        assert window.status.lists_button.isVisibleTo(window)
        assert window.status.lists_button.text() == "Feil i lokale lister: 2"
        window.status.lists_button.click()
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        assert box.text().startswith("Desse oppføringane i kommunen sine eigne lister er hoppa over.")
        assert "kategorien «ukjent.ting»: ukjend gruppe «ukjent» (legg ho til under «groups»)" in box.text()
        assert "arrangementstype nr. 1 («ipad_kurs»): «form» må vere ein av course, drop_in, meeting." in box.text()
        box.close()
    finally:
        services.store.close()
        remove_translators(app, translators)


def test_no_lists_button_when_the_lists_are_fine(window: MainWindow) -> None:
    assert not window.status.lists_button.isVisibleTo(window)
