"""Veiledninger → «Importer veiledningspakke …» on the real window: PIN first, import off the UI thread, the
change notice, and new guides searchable at once."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from frontdesk.config import Config
from frontdesk.knowledge.packs import PackChange, build_pack, generate_key
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.pack_import import PackChangeDialog
from frontdesk.ui.pin_dialog import PinDialog
from frontdesk.ui.services import Services
from tests.knowledge.guide_files import write_guide
from tests.knowledge.pack_files import rewrite
from tests.ui.conftest import WindowFactory

TITLE = "Beboerparkering i Testby – søk om parkeringstillatelse"


def _pack(tmp_path: Path, config: Config, *, trusted: bool = True, version: str = "2026.11",
          extra: dict[str, str] | None = None) -> Path:
    """A pack of Testby's parking guide; ``extra`` adds nav guides (id -> title)."""
    key = tmp_path / "signing.key"
    if not key.exists():
        public = generate_key(key)
        if trusted:
            (config.home / "trusted_keys.txt").write_text(f"{public}  # Testby kommune\n", encoding="utf-8")
    source = tmp_path / f"testby-{version}"
    write_guide(source / "kommune", "testby-beboerparkering", title=TITLE, agency="kommune",
                sources=[{"title": "testby.kommune.no", "url": "https://www.testby.kommune.no/parkering"}])
    for guide_id, title in (extra or {}).items():
        write_guide(source / "nav", guide_id, title=title)
    out = tmp_path / f"testby-{version}.zip"
    build_pack(source, key, out, name="testby", version=version, agencies={"kommune", "nav"})
    return out


def _member(pack: Path, name: str = "guides/kommune/testby-beboerparkering.md") -> bytes:
    with zipfile.ZipFile(pack) as archive:
        return archive.read(name)


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(b for b in box.buttons() if b.text() == text)


def test_import_shows_the_change_notice_and_the_guide_is_searchable_at_once(
        qtbot: QtBot, window: MainWindow, config: Config, tmp_path: Path) -> None:
    pack = _pack(tmp_path, config)
    with qtbot.waitSignal(window.pack_importer.finished, timeout=20_000) as done:
        window.import_pack(pack)  # no PIN set: a one-person counter imports straight away
        assert window.pack_importer.busy and not window.menus.import_action.isEnabled()
        assert window.status.progress.isVisibleTo(window)
    change = done.args[0]
    assert isinstance(change, PackChange) and change.added == [TITLE] and change.version == "2026.11"
    notice = window.pack_importer.notice
    assert isinstance(notice, PackChangeDialog) and notice.isVisible()
    assert "«testby», versjon 2026.11" in notice.summary.text()
    shown = [notice.list.item(i).text().strip() for i in range(notice.list.count())]
    assert shown == ["Nye veiledninger (1)", TITLE]
    notice.accept()
    assert window.menus.import_action.isEnabled()

    window.search.box.setText("beboerparkering testby")
    qtbot.waitUntil(lambda: window.search.is_settled() and window.search.model.rowCount() > 0, timeout=20_000)
    first = window.search.model.index(0, 0)
    assert first.data(Qt.ItemDataRole.UserRole + 1) == "testby-beboerparkering"
    assert (config.packs_dir / "testby").is_dir()


def test_the_pin_is_asked_first_and_a_wrong_one_is_explained(qtbot: QtBot, window: MainWindow, config: Config,
                                                             tmp_path: Path) -> None:
    pack = _pack(tmp_path, config)
    window.services.guard.set_pin("4826")
    dialog = window.pack_importer.start(pack)
    assert isinstance(dialog, PinDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "Feil PIN-kode."
    assert dialog.pin.text() == "" and not window.pack_importer.busy
    assert not (config.packs_dir / "testby").exists()
    qtbot.keyClicks(dialog.pin, "4826")
    with qtbot.waitSignal(window.pack_importer.finished, timeout=20_000) as done:
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert isinstance(done.args[0], PackChange)
    assert (config.packs_dir / "testby").is_dir()
    window.pack_importer.notice.accept()  # type: ignore[union-attr]


def test_cancelling_the_pin_imports_nothing(qtbot: QtBot, window: MainWindow, config: Config,
                                            tmp_path: Path) -> None:
    pack = _pack(tmp_path, config)
    window.services.guard.set_pin("4826")
    dialog = window.pack_importer.start(pack)
    assert dialog is not None
    dialog.reject()
    assert not window.pack_importer.busy and not (config.packs_dir / "testby").exists()


def test_a_pack_from_an_unknown_publisher_is_refused_with_the_reason(
        qtbot: QtBot, window: MainWindow, config: Config, tmp_path: Path) -> None:
    pack = _pack(tmp_path, config, trusted=False)
    with qtbot.waitSignal(window.pack_importer.finished, timeout=20_000) as done:
        window.import_pack(pack)
    assert isinstance(done.args[0], str)
    box = _boxes()[0]
    assert "ikke importert" in box.text() and "ingen godkjent nøkkel er lagt inn" in box.text()
    assert "trusted_keys.txt" in box.text()
    box.accept()
    assert not (config.packs_dir / "testby").exists()
    assert window.menus.import_action.isEnabled() and not window.status.progress.isVisibleTo(window)
    assert "testby-beboerparkering" not in window.knowledge.snapshot.guides


@pytest.mark.parametrize(("language", "words"), [
    ("nn", "stemmer ikkje med den signerte sjekksummen: pakken kan vere endra. Kopier han på nytt frå utgjevaren"),
    ("en", "does not match its signed checksum: the pack may have been altered. Copy it again from the publisher"),
])
def test_a_tampered_pack_is_refused_in_the_windows_language(
        qtbot: QtBot, make_window: WindowFactory, services: Services, config: Config, tmp_path: Path,
        language: str, words: str) -> None:
    window = make_window(services, language)
    pack = _pack(tmp_path, config)
    tampered = rewrite(pack, tmp_path / "tampered.zip",
                       {"guides/kommune/testby-beboerparkering.md": _member(pack).replace(b"Testby", b"Tostby")})
    with qtbot.waitSignal(window.pack_importer.finished, timeout=20_000) as done:
        window.import_pack(tampered)
    assert words in done.args[0]
    box = _boxes()[0]
    assert words in box.text()
    box.accept()
    assert not (config.packs_dir / "testby").exists()


def test_an_older_version_is_installed_only_when_the_supervisor_says_so(
        qtbot: QtBot, window: MainWindow, config: Config, tmp_path: Path) -> None:
    newer, older = _pack(tmp_path, config, version="2026.12"), _pack(tmp_path, config, version="2026.11")
    with qtbot.waitSignal(window.pack_importer.finished, timeout=20_000):
        window.import_pack(newer)
    window.pack_importer.notice.accept()  # type: ignore[union-attr]
    installed = sorted(p.name for p in (config.packs_dir / "testby").iterdir())

    with qtbot.waitSignal(window.pack_importer.finished, timeout=20_000) as refused:
        window.import_pack(older)
        qtbot.waitUntil(lambda: bool(_boxes()), timeout=20_000)
        question = _boxes()[0]
        assert question.objectName() == "olderPack"
        assert "«testby», versjon 2026.11, er eldre enn versjonen som er installert (2026.12)" in question.text()
        assert question.defaultButton() is _button(question, "Avbryt")  # Enter does not go back
        qtbot.mouseClick(_button(question, "Avbryt"), Qt.MouseButton.LeftButton)
    assert isinstance(refused.args[0], str) and "er eldre enn den installerte versjonen" in refused.args[0]
    assert sorted(p.name for p in (config.packs_dir / "testby").iterdir()) == installed
    assert window.menus.import_action.isEnabled()

    with qtbot.waitSignal(window.pack_importer.finished, timeout=20_000) as done:
        window.import_pack(older)
        qtbot.waitUntil(lambda: bool(_boxes()), timeout=20_000)
        qtbot.mouseClick(_button(_boxes()[0], "Installer den eldre versjonen"), Qt.MouseButton.LeftButton)
    change = done.args[0]
    assert isinstance(change, PackChange) and (change.version, change.previous_version) == ("2026.11", "2026.12")
    notice = window.pack_importer.notice
    assert isinstance(notice, PackChangeDialog)
    assert "«testby», versjon 2026.11, er installert i stedet for versjon 2026.12" in notice.summary.text()
    notice.accept()


def test_the_notice_names_the_bundled_guide_the_pack_replaces(qtbot: QtBot, window: MainWindow, config: Config,
                                                              tmp_path: Path) -> None:
    pack = _pack(tmp_path, config, extra={"nav-aap": "AAP i Testby"})
    with qtbot.waitSignal(window.pack_importer.finished, timeout=20_000):
        window.import_pack(pack)
    notice = window.pack_importer.notice
    assert isinstance(notice, PackChangeDialog)
    shown = [notice.list.item(i).text().strip() for i in range(notice.list.count())]
    assert shown[-2:] == ["Erstatter andre veiledninger (1)",
                          "«AAP i Testby» erstatter den medfølgende veiledningen "
                          "«Arbeidsavklaringspenger (AAP) – søke og følge opp»"]
    notice.accept()


def test_a_packs_folder_that_cannot_be_written_is_explained(qtbot: QtBot, window: MainWindow, config: Config,
                                                            tmp_path: Path) -> None:
    pack = _pack(tmp_path, config)
    config.packs_dir.write_text("a file where the packs folder should be", encoding="utf-8")
    with qtbot.waitSignal(window.pack_importer.finished, timeout=20_000) as done:
        window.import_pack(pack)
    assert isinstance(done.args[0], str)
    box = _boxes()[0]
    assert "kunne ikke installeres, og ingenting er endret" in box.text()
    assert "kunne ikke skrives" in box.text() and "Ingenting er endret." in box.text()
    box.accept()
    assert config.packs_dir.read_text(encoding="utf-8").startswith("a file")


def test_starting_the_app_removes_what_a_killed_import_left(config: Config) -> None:
    from frontdesk.app import build_services

    staged = write_guide(config.packs_dir / "testby" / ".v2026.12-0123456789ab" / "kommune", "testby-ny")
    lost = write_guide(config.packs_dir / f".retired-fylket-{'a' * 32}" / "nav", "nav-fylket")
    services = build_services(config)
    try:
        assert not staged.exists() and not (config.packs_dir / "testby").exists()
        assert (config.packs_dir / "fylket" / "nav" / lost.name).is_file()  # an earlier frontdesk's lost pack
        services.knowledge.reload()  # the window loads the library in the background once it is up
        assert "nav-fylket" in services.knowledge.guides
    finally:
        services.store.close()
