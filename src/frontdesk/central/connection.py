"""Connecting to the central PostgreSQL database the way libpq users expect, and never with our own secrets.

The connection string is libpq's: ``service=frontdesk`` (a section of pg_service.conf), a URI, ``host=… dbname=…``,
or empty to use only the environment (PGSERVICE, PGHOST, PGDATABASE …). Passwords come from .pgpass or
PGPASSFILE: a string that carries one is refused, because command lines end up in shell history and process
lists. psycopg is imported here, when a connection is made, so frontdesk without the ``server`` extra works.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from frontdesk.central import texts as says
from frontdesk.i18n import TextError

if TYPE_CHECKING:
    import psycopg

CONNECT_TIMEOUT = 10  # seconds: a scheduled push from the window must give up, not hang on a dead network
EXTRA = 'pip install "frontdesk[server]"'


class CentralError(TextError):
    """The central database can't be used as asked; the message says why and what to do, in three languages
    (:mod:`frontdesk.central.texts`). Nothing was sent."""


def connection_options(dsn: str) -> dict[str, Any]:
    """The parsed connection string. Raises CentralError for one that libpq can't read or that holds a password."""
    require_driver()
    from psycopg.conninfo import conninfo_to_dict

    try:
        options = conninfo_to_dict(dsn)
    except Exception as exc:  # psycopg.ProgrammingError: libpq's own account of what is wrong
        raise CentralError(says.NOT_A_DSN, detail=exc) from None
    if "password" in options:
        raise CentralError(says.PASSWORD_IN_DSN)
    return options


def describe(dsn: str) -> str:
    """Where a connection string points, for messages: service, host and database, never more."""
    options = connection_options(dsn)
    parts = [f"{key}={options[key]}" for key in ("service", "host", "dbname") if options.get(key)]
    return " ".join(parts) or "the database in PGSERVICE/PGHOST/PGDATABASE"


def require_driver() -> None:
    """Raise CentralError with the install command when psycopg is missing."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise CentralError(says.NO_DRIVER, install=EXTRA) from None


def connect(dsn: str) -> psycopg.Connection[tuple[Any, ...]]:
    """An open connection (not in autocommit). Raises CentralError when the server can't be reached or refuses."""
    options = connection_options(dsn)
    import psycopg

    extra: dict[str, Any] = {"application_name": "frontdesk"}
    if "connect_timeout" not in options:
        extra["connect_timeout"] = CONNECT_TIMEOUT
    try:
        return psycopg.connect(dsn, **extra)
    except psycopg.OperationalError as exc:
        detail = " ".join(str(exc).split())
        raise CentralError(says.CANT_CONNECT, target=describe(dsn), detail=detail) from None


@contextmanager
def session(dsn: str) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
    """A connection that is committed and closed at the end, rolled back on any error; a refusal by the
    server (a missing privilege, a full disk) becomes CentralError, with PostgreSQL's own words."""
    conn = connect(dsn)
    import psycopg

    try:
        with conn:
            yield conn
    except psycopg.Error as exc:
        detail = " ".join(str(exc).split())
        raise CentralError(says.REFUSED, target=describe(dsn), detail=detail) from None
