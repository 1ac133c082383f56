"""The «Veiledningsproblemer» list shows each problem in the window's language, with its file and line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.checks import all_warnings
from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.ui.problems_dialog import ProblemsDialog
from tests.knowledge.guide_files import BODY, write_complete_guide

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
