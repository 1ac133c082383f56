"""Qt translations: the source strings are bokmål; English comes from translations/frontdesk_en.qm."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
LANGUAGES = ("nb", "en")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's (and Qt's own) translations for ``language``; bokmål needs none. Keep the returned
    translators alive as long as the app runs."""
    installed: list[QTranslator] = []
    if language not in LANGUAGES or language == "nb":
        return installed
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS_DIR / f"frontdesk_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
