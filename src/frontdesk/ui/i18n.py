"""Qt translations. Our source strings are bokmål; nynorsk and English come from translations/frontdesk_*.qm.

Qt's own dialogs (file and print dialogs, message-box buttons, text context menus) speak English unless a
qtbase catalogue is installed too. Qt ships none for bokmål, so translations/qtbase_nb.qm is ours; for nynorsk
the shipped qtbase_nn.qm is used, with translations/qtbase_nn_additions.qm for what it lacks (and e-forms where
its buttons would say "Lagra" beside our "Lagre").

The language's locale becomes Qt's default too, so calendars, the file dialog's dates and number fields follow the
window's language rather than the PC's regional settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
LANGUAGES = ("nb", "nn", "en")
# The window's languages as the settings and the first start offer them, each in its own language.
LANGUAGE_NAMES = {"nb": "Bokmål", "nn": "Nynorsk", "en": "English"}

# Installed in this order; Qt asks the last installed first, so our additions win over the shipped catalogue.
_CATALOGUES: dict[str, tuple[tuple[str, bool], ...]] = {  # (file name, shipped with Qt)
    "nb": (("qtbase_nb", False),),
    "nn": (("frontdesk_nn", False), ("qtbase_nn", True), ("qtbase_nn_additions", False)),
    "en": (("frontdesk_en", False), ("qtbase_en", True)),
}
_LOCALES = {
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "nn": (QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),  # Monday first, as in Norway
}


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's own translations for ``language`` (bokmål needs only Qt's) and make its locale
    the default; call before the windows are built. Keep the returned translators alive as long as the app runs."""
    installed: list[QTranslator] = []
    if language in _LOCALES:
        QLocale.setDefault(ui_locale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, shipped in _CATALOGUES.get(language, ()):
        translator = QTranslator(app)
        if translator.load(name, qt_dir if shipped else str(TRANSLATIONS_DIR)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def ui_locale(language: str) -> QLocale:
    """The locale that writes numbers and dates as the window's language does (bokmål for an unknown one)."""
    return QLocale(*_LOCALES.get(language, _LOCALES["nb"]))


def current_language() -> str:
    """The window's language as :func:`install_translators` set it: bokmål when none was."""
    language = QLocale().language()
    return next((code for code, (known, _country) in _LOCALES.items() if known == language), "nb")


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
