"""Opening the visit log for a command: one place for the messages and exit codes when it can't be used.

``commands/visits.py``, ``pin.py``, ``settings.py`` and the others import this; it imports no command module,
so the command modules never import each other in a circle.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import click

from frontdesk.commands.language import fail, language, warn
from frontdesk.config import Config
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.visits.storage import DatabaseError, StorageError, StorageProblem, unreadable_home
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy


def fail_storage(error: StorageError) -> NoReturn:
    """A folder or disk that refuses (read-only, full): the command's language, exit 2, never a traceback."""
    fail(error.message(language()), code=2)


def check_home(config: Config) -> None:
    """Exit 2 with a message when the home folder exists but may not be read (before anything stats in it)."""
    problem = unreadable_home(config.home)
    if problem is not None:
        fail_storage(problem)


def agency_ids(config: Config) -> tuple[str, ...]:
    """The agency ids a visit's referred_to may name: the composition of the knowledge base and the log."""
    return tuple(AgencyRegistry.load(config.data_dir).agencies)


# A command that only reads still works where the log can't be written: it reads it without writing.
READABLE_WITHOUT_WRITING = (StorageProblem.READ_ONLY, StorageProblem.DISK_FULL)


@contextmanager
def open_store(config: Config, *, apply_retention: bool = True, reading: bool = False) -> Iterator[VisitStore]:
    """The store, or a clear message and exit 1 when the database can't be used (2 when the folder or disk
    refuses, also during the command). A damaged database that was replaced is reported on stderr. With
    ``reading``, a folder or disk that refuses writes gets the log opened read-only instead."""
    check_home(config)
    taxonomy, agencies = taxonomy_for(config), agency_ids(config)
    try:
        try:
            store = VisitStore.open(config, taxonomy, agencies=agencies, apply_retention=apply_retention)
        except StorageError as exc:
            if not reading or exc.problem not in READABLE_WITHOUT_WRITING:
                raise
            store = VisitStore.open_read_only(config, taxonomy, agencies=agencies)
    except StorageError as exc:
        fail_storage(exc)
    except DatabaseError as exc:
        fail(exc.message(language()))
    if store.recovery is not None:
        click.echo(store.recovery.message(language()), err=True)
    with store:
        try:
            yield store
        except StorageError as exc:
            fail_storage(exc)


def taxonomy_for(config: Config) -> Taxonomy:
    taxonomy = Taxonomy.load(config)
    for problem in taxonomy.problems:  # a broken local file is reported but doesn't stop the counter
        warn(problem.get(language()))
    return taxonomy
