"""Helpers for the central database's tests; the server fixtures (``dsn``, ``conn``) are in tests/postgres.py."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import psycopg

from frontdesk.central.identity import Centre
from frontdesk.central.push import LocalLog, PushResult, push
from frontdesk.config import bundled_data_dir
from frontdesk.i18n import Text
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.visits.store import VisitStore


def agency_names() -> dict[str, Text]:
    return {a.id: a.names for a in AgencyRegistry.load(bundled_data_dir()).agencies.values()}


def local_log(store: VisitStore) -> LocalLog:
    """The store as a push reads it, this PC's station as its settings say."""
    return LocalLog(store.db, str(store.settings.get("station")), store.taxonomy, store.event_kinds, agency_names())


def push_store(store: VisitStore, conn: psycopg.Connection[Any], centre: Centre,
               now: datetime | None = None) -> PushResult:
    result = push(local_log(store), conn, centre, now)
    conn.commit()
    return result
