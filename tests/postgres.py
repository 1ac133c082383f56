"""Fixtures for the tests marked ``postgres`` (a pytest plugin, see tests/conftest.py): a real PostgreSQL server.

.ci/run starts one (.ci/postgres) and exports FRONTDESK_TEST_DSN. Each test run gets its own database, and each
test an empty one (the frontdesk schema dropped). psycopg is imported only when a test asks for the server.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import psycopg


@pytest.fixture(scope="session")
def server_dsn() -> Iterator[str]:
    """A database of its own on the test server, dropped at the end."""
    import psycopg
    from psycopg import sql
    from psycopg.conninfo import make_conninfo

    base = os.environ.get("FRONTDESK_TEST_DSN")
    if not base:
        pytest.fail("The postgres tests need a PostgreSQL server: run `source .ci/postgres && start_postgres` "
                    "(it exports FRONTDESK_TEST_DSN), or set FRONTDESK_TEST_DSN to a role that may create "
                    "databases.")
    name = f"frontdesk_test_{os.getpid()}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield make_conninfo(base, dbname=name)
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def dsn(server_dsn: str) -> str:
    """The test database with no frontdesk schema in it: every test starts from nothing."""
    import psycopg

    with psycopg.connect(server_dsn, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS frontdesk CASCADE")
    return server_dsn


@pytest.fixture
def conn(dsn: str) -> Iterator[psycopg.Connection[Any]]:
    import psycopg

    with psycopg.connect(dsn) as connection:
        yield connection
