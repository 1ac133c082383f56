"""Helpers for the central database's tests; the server fixtures (``dsn``, ``conn``) are in tests/postgres.py."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import psycopg

from frontdesk.central.identity import Centre
from frontdesk.central.push import PushResult, push
from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.visits.store import VisitStore


def agency_names() -> dict[str, str]:
    return {a.id: a.name for a in AgencyRegistry.load(bundled_data_dir()).agencies.values()}


def push_store(store: VisitStore, conn: psycopg.Connection[Any], centre: Centre,
               now: datetime | None = None) -> PushResult:
    result = push(store.db, conn, centre, store.taxonomy, agency_names(), now)
    conn.commit()
    return result
