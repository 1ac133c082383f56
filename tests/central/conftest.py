"""A real PostgreSQL server for the tests marked ``postgres``: .ci/run starts one (.ci/postgres) and exports
FRONTDESK_TEST_DSN. Each test run gets its own database, and each test an empty one (the frontdesk schema dropped)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import psycopg
import pytest
from psycopg import sql

from frontdesk.central.identity import Centre
from frontdesk.central.push import PushResult, push
from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.visits.store import VisitStore


@pytest.fixture(scope="session")
def server_dsn() -> Iterator[str]:
    """A database of its own on the test server, dropped at the end."""
    base = os.environ.get("FRONTDESK_TEST_DSN")
    if not base:
        pytest.fail("The postgres tests need a PostgreSQL server: run `source .ci/postgres && start_postgres` "
                    "(it exports FRONTDESK_TEST_DSN), or set FRONTDESK_TEST_DSN to a role that may create "
                    "databases.")
    name = f"frontdesk_test_{os.getpid()}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield f"{base} dbname={name}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def dsn(server_dsn: str) -> str:
    """The test database with no frontdesk schema in it: every test starts from nothing."""
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS frontdesk CASCADE")
    return server_dsn


@pytest.fixture
def conn(dsn: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(dsn) as connection:
        yield connection


def agency_names() -> dict[str, str]:
    return {a.id: a.name for a in AgencyRegistry.load(bundled_data_dir()).agencies.values()}


def push_store(store: VisitStore, conn: psycopg.Connection[Any], centre: Centre,
               now: datetime | None = None) -> PushResult:
    result = push(store.db, conn, centre, store.taxonomy, agency_names(), now)
    conn.commit()
    return result
