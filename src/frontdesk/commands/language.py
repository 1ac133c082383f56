"""The language a command speaks, and the words every command shares ("Feil:", "Skrev …").

A command prints in the ``language`` setting, read once per run from the visit log without writing anything
(no log yet: bokmål, the default). ``--language`` on a command that writes a file or prints a report sets
both that output's language and its messages. The choice is kept in click's context (``ctx.meta``), which
lives exactly as long as the command. ``--help`` texts stay English: they are for the technical users who
script frontdesk.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import NoReturn

import click
from sqlite_utils import Database

from frontdesk.config import Config
from frontdesk.i18n import DEFAULT_LANGUAGE, LANGUAGES, Language, Text, check_language, error_text
from frontdesk.visits.settings import Settings, SettingsError

_META_KEY = "frontdesk.language"

ERROR = Text("Feil: {message}", "Feil: {message}", "Error: {message}")
WARNING = Text("Advarsel: {message}", "Åtvaring: {message}", "Warning: {message}")
WROTE = Text("Skrev {path}", "Skreiv {path}", "Wrote {path}")
CANT_WRITE = Text("{path} kan ikke skrives: {reason}", "{path} kan ikkje skrivast: {reason}",
                  "{path} can't be written: {reason}")
NO_FOLDER = Text("Mappen {folder} finnes ikke.", "Mappa {folder} finst ikkje.", "The folder {folder} does not exist.")
# For a command that writes a file or prints a report; the command then calls use_language() first.
language_option = click.option(
    "--language", type=click.Choice(LANGUAGES), default=None,
    help="Language of the output and the messages: nb (bokmål), nn (nynorsk) or en. Default: the language setting.")


def read_language(database: Path) -> Language:
    """The ``language`` setting of the log at ``database``, read without writing anything; bokmål when there is
    no log yet or it can't be read.

    A read-only SQLite connection still creates the -wal and -shm files of a WAL database, and leaves them
    behind. So while no program has the log open (no -wal file), every acknowledged write is in the main file
    and it is read as immutable; while one does (the window), the read goes through that program's -wal."""
    try:
        if not database.is_file():
            return DEFAULT_LANGUAGE
        in_use = database.with_name(f"{database.name}-wal").exists()
        query = "mode=ro" if in_use else "immutable=1"
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?{query}", uri=True)
    except (OSError, sqlite3.Error):
        return DEFAULT_LANGUAGE
    try:
        return check_language(str(Settings(Database(connection)).get("language")))
    except (sqlite3.Error, SettingsError, ValueError):  # an old log without settings, or a damaged one
        return DEFAULT_LANGUAGE
    finally:
        connection.close()


def language() -> Language:
    """The language of this command: ``--language`` when given, else the setting, read on first use."""
    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return DEFAULT_LANGUAGE
    if _META_KEY not in ctx.meta:
        config = ctx.find_object(Config)
        ctx.meta[_META_KEY] = read_language(config.database_path) if config is not None else DEFAULT_LANGUAGE
    chosen: Language = ctx.meta[_META_KEY]
    return chosen


def use_language(chosen: str | None) -> Language:
    """A command's ``--language``: when given, it overrides the setting for the output and every message."""
    ctx = click.get_current_context()
    if chosen is not None:
        ctx.meta[_META_KEY] = check_language(chosen)
    return language()


def say(text: Text, *, err: bool = False, **values: object) -> None:
    """Print ``text`` in the command's language."""
    click.echo(text.fill(language(), **values), err=err)


def told(error: BaseException) -> str:
    """An error's message in the command's language when it is told in three (an i18n.TextError)."""
    return error_text(error).get(language())


def fail(message: str | Text, code: int = 1, **values: object) -> NoReturn:
    """Print "Feil: …" (a Text is filled in the command's language) and exit with ``code``."""
    shown = message.fill(language(), **values) if isinstance(message, Text) else message
    click.echo(ERROR.fill(language(), message=shown), err=True)
    sys.exit(code)


def warn(message: str | Text, **values: object) -> None:
    shown = message.fill(language(), **values) if isinstance(message, Text) else message
    click.echo(WARNING.fill(language(), message=shown), err=True)
