"""Helpers more than one command module needs; commands import this, never each other."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from frontdesk.commands.language import fail, language
from frontdesk.config import Config
from frontdesk.visits.storage import unreadable_home

Command = TypeVar("Command", bound=Callable[..., Any])


def output_option(name: str, help: str, *, required: bool = False) -> Callable[[Command], Command]:
    """The file a command writes, as ``--output``, ``--out`` or ``-o``: every command that writes a file takes
    all three, so nobody has to remember which one it was. ``name`` is the function's parameter."""
    return click.option("--output", "--out", "-o", name, required=required, help=help,
                        type=click.Path(dir_okay=False, path_type=Path))


def category_ids(config: Config) -> set[str]:
    """Visit-category ids a guide's ``category`` must be one of."""
    from frontdesk.visits.taxonomy import Taxonomy

    return Taxonomy.load(config).ids(include_retired=True)


def printable(text: str, *, lines: bool = False) -> str:
    """``text`` without control and formatting characters (terminal escapes, bidi overrides), for text from
    a file someone else made. ``lines`` keeps line breaks; otherwise the text stays on one line."""
    return "".join(c for c in text if (lines and c == "\n") or not unicodedata.category(c).startswith("C"))


def exit_if_unreadable(home: Path) -> None:
    """Exit 2 with a message when the home folder exists but may not be read: the local guides and packs live
    there, and a PermissionError from deep inside would be a traceback."""
    problem = unreadable_home(home)
    if problem is not None:
        fail(problem.message(language()), code=2)
