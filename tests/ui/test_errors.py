"""What the window says about an error the user can act on follows the window's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from frontdesk.ui.errors import friendly_message
from frontdesk.ui.i18n import current_language, install_translators, remove_translators
from frontdesk.visits import database_texts
from frontdesk.visits.storage import DatabaseError, StorageError, StorageProblem


def test_an_error_told_in_three_languages_is_shown_in_the_window_s(qapp: QApplication) -> None:
    repairing = DatabaseError(database_texts.REPAIRING)
    full = StorageError(StorageProblem.DISK_FULL, Path("/srv/frontdesk"))
    translators = install_translators(qapp, "nb")
    try:
        assert current_language() == "nb"
        assert friendly_message(repairing) == repairing.message("nb") == str(repairing)
        assert str(repairing).startswith("En annen frontdesk reparerer besøksloggen akkurat nå.")
    finally:
        remove_translators(qapp, translators)
    translators = install_translators(qapp, "nn")
    try:
        assert current_language() == "nn"
        assert friendly_message(repairing) == repairing.message("nn")
        shown = friendly_message(full)
        assert shown is not None and shown.endswith(full.message("nn")) and full.message("nn") != str(full)
        assert shown.startswith("Kunne ikkje lese eller skrive besøksloggen: ")
    finally:
        remove_translators(qapp, translators)
