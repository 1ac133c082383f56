"""What the guide and local-facts commands share: the counter's settings that decide which folder holds the
municipality's guides and ``lokalt.yaml``, the centre's name, and the library loaded the way the window does.

Settings are read straight from the visit-log database, read-only: a command that only shows a guide never
creates or migrates the database.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from sqlite_utils import Database

from frontdesk.commands import guide_texts as say_
from frontdesk.commands import language
from frontdesk.commands.common import exit_if_unreadable
from frontdesk.config import Config
from frontdesk.i18n import Text
from frontdesk.knowledge.library import KnowledgeBase
from frontdesk.knowledge.local_facts import LocalFactsStore
from frontdesk.knowledge.local_keys import LocalKeysError
from frontdesk.visits.settings import Settings


def fail(message: str | Text, code: int = 2, **values: object) -> NoReturn:
    """A usage error of the guide and local-facts commands: exit 2 unless told otherwise."""
    language.fail(message, code, **values)


@dataclass(frozen=True)
class CounterSettings:
    guides_folder: Path  # the municipality's own guides and lokalt.yaml
    centre_name: str
    custom_folder: bool  # the guides_folder setting chose it (else <home>/guides)


def counter_settings(config: Config) -> CounterSettings:
    exit_if_unreadable(config.home)  # the settings, local guides and lokalt.yaml all live under it
    folder, centre = "", ""
    if config.database_path.is_file():
        try:
            connection = sqlite3.connect(f"file:{config.database_path}?mode=ro", uri=True)
            try:
                settings = Settings(Database(connection))
                folder = str(settings.get("guides_folder") or "")
                centre = str(settings.get("centre_name") or "")
            finally:
                connection.close()
        except sqlite3.Error as exc:  # unreadable now: say so, and go on with the defaults
            language.warn(say_.SETTINGS_UNREADABLE, error=exc)
    chosen = Path(folder).expanduser() if folder else None
    return CounterSettings(chosen or config.local_guides_dir, centre, chosen is not None)


def knowledge_base(config: Config, settings: CounterSettings) -> KnowledgeBase:
    kb = KnowledgeBase.from_config(config, local_folder=settings.guides_folder if settings.custom_folder else None)
    kb.reload()
    return kb


def facts_store(config: Config, settings: CounterSettings) -> LocalFactsStore:
    try:
        return LocalFactsStore.open(config.data_dir, settings.guides_folder)
    except LocalKeysError as exc:
        fail(str(exc), code=1)
