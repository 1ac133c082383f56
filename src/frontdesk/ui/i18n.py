"""Qt translations. Our source strings are bokmål; nynorsk and English come from translations/frontdesk_*.qm.

Qt's own dialogs (file and print dialogs, message-box buttons, text context menus) speak English unless a
qtbase catalogue is installed too. Qt ships none for bokmål, so translations/qtbase_nb.qm is ours; for nynorsk
the shipped qtbase_nn.qm is used, with translations/qtbase_nn_additions.qm for what it lacks (and e-forms where
its buttons would say "Lagra" beside our "Lagre").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
LANGUAGES = ("nb", "nn", "en")

# Installed in this order; Qt asks the last installed first, so our additions win over the shipped catalogue.
_CATALOGUES: dict[str, tuple[tuple[str, bool], ...]] = {  # (file name, shipped with Qt)
    "nb": (("qtbase_nb", False),),
    "nn": (("frontdesk_nn", False), ("qtbase_nn", True), ("qtbase_nn_additions", False)),
    "en": (("frontdesk_en", False), ("qtbase_en", True)),
}


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's own translations for ``language`` (bokmål needs only Qt's). Keep the returned
    translators alive as long as the app runs."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, shipped in _CATALOGUES.get(language, ()):
        translator = QTranslator(app)
        if translator.load(name, qt_dir if shipped else str(TRANSLATIONS_DIR)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
