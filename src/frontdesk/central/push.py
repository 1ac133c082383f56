"""``frontdesk visits push``: send this install's anonymous visits and events to the central database, idempotently.

What leaves the PC is exactly what a station export file holds of this install's own rows
(:data:`frontdesk.visits.model.VISIT_FIELDS`, :data:`frontdesk.visits.events.EVENT_FIELDS`), plus the centre's
identity and the labels of its categories and event kinds: no settings, no monthly totals, nothing else; only
the station-months the central database lacks are sent (:mod:`frontdesk.central.outgoing`). Rows are keyed by
their random id: a second push adds nothing. A visit or event that can still be undone (the last 10 minutes)
waits for the next push, so the central database never keeps one the counter took back. All of it is one
transaction: a push that fails sends nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg
import sqlite_utils

from frontdesk.central.identity import Centre
from frontdesk.central.outgoing import EVENTS, VISITS, Rows, changed_groups, local_prints, outgoing_rows, waiting_count
from frontdesk.central.schema import migrate
from frontdesk.formatting import WEEKDAYS
from frontdesk.i18n import Text
from frontdesk.reports.events import UNKNOWN_FORM, UNKNOWN_FORM_LABEL
from frontdesk.reports.labels import KIND_LABELS, NOT_RECORDED, NOT_RECORDED_LABEL
from frontdesk.visits.event_kinds import FORM_LABELS, EventForm, EventKinds
from frontdesk.visits.model import ENUM_DIMENSIONS, VISIT_FIELDS
from frontdesk.visits.sync_state import recorded_names
from frontdesk.visits.taxonomy import Taxonomy

_OPTIONAL = VISIT_FIELDS[5:]


@dataclass(frozen=True)
class LocalLog:
    """What a push reads on this PC: the log, this install's station name, and the labels that go along."""

    db: sqlite_utils.Database
    station: str  # the station setting: with the names it had before, it tells this install's own rows
    taxonomy: Taxonomy
    event_kinds: EventKinds
    agency_names: Mapping[str, Text]


@dataclass(frozen=True)
class Sent:
    """How one kind of row went."""

    pushed: int  # this install's rows that the central database now holds
    sent: int  # of those, sent this time (the rest were there, by their station-month fingerprints)
    added: int  # of those, new to the central database
    waiting: int = 0  # logged in the last 10 minutes: they can still be undone, so they go next time

    @property
    def already_there(self) -> int:
        return self.pushed - self.added


@dataclass(frozen=True)
class PushResult:
    centre: Centre
    visits: Sent
    events: Sent


def label_rows(agency_names: Mapping[str, Text]) -> list[tuple[str, str, str, str, str]]:
    """``(dimension, key, label_nb, label_en, label_nn)`` for every fixed value the views show."""
    labels = [(name, member.value, member.labels) for name, enum in ENUM_DIMENSIONS.items() for member in enum]
    labels += [("kind", key, text) for key, text in KIND_LABELS.items()]
    labels += [("weekday", str(day), text) for day, text in enumerate(WEEKDAYS)]
    labels += [("referred_to", key, text) for key, text in sorted(agency_names.items())]
    labels += [(name, NOT_RECORDED, NOT_RECORDED_LABEL) for name in _OPTIONAL]
    labels += [("event_form", form.value, FORM_LABELS[form]) for form in EventForm]
    labels += [("event_form", UNKNOWN_FORM, UNKNOWN_FORM_LABEL)]
    return [(dimension, key, text.nb, text.en, text.nn) for dimension, key, text in labels]


def category_rows(taxonomy: Taxonomy, centre_id: int) -> list[tuple[Any, ...]]:
    groups = taxonomy.groups()
    rows = []
    for category in taxonomy.all():
        group = groups.get(category.group)
        group_labels = group.labels if group is not None else Text.same(category.group)
        rows.append((centre_id, category.id, taxonomy.resolve(category.id), category.group, group_labels.nb,
                     group_labels.en, group_labels.nn, category.kind.value, category.labels.nb, category.labels.en,
                     category.labels.nn))
    return rows


def event_kind_rows(kinds: EventKinds, centre_id: int) -> list[tuple[Any, ...]]:
    return [(centre_id, kind.id, kind.form.value, kind.labels.nb, kind.labels.en, kind.labels.nn)
            for kind in kinds.all()]


def centre_id(conn: psycopg.Connection[Any], centre: Centre) -> int:
    """The centre's row id, adding the centre on its first push."""
    conn.execute("INSERT INTO frontdesk.centres (municipality, name, name_key) VALUES (%s, %s, %s) "
                 "ON CONFLICT (municipality, name_key) DO NOTHING", [centre.municipality, centre.name, centre.key])
    row = conn.execute("SELECT id FROM frontdesk.centres WHERE municipality = %s AND name_key = %s",
                       [centre.municipality, centre.key]).fetchone()
    assert row is not None  # inserted or already there, in this transaction
    return int(row[0])


def _upsert(cur: psycopg.Cursor[Any], table: str, key: tuple[str, ...], columns: tuple[str, ...],
            rows: list[tuple[Any, ...]]) -> None:
    """Insert or update ``rows``; WHERE … IS DISTINCT FROM skips the unchanged ones, so thousands of hourly
    pushes leave no dead row versions behind."""
    values = [c for c in columns if c not in key]
    cur.executemany(
        f"INSERT INTO frontdesk.{table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))}) "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in values)} "
        f"WHERE ({', '.join(f'{table}.{c}' for c in values)}) IS DISTINCT FROM "
        f"({', '.join(f'excluded.{c}' for c in values)})", rows)


def _send(conn: psycopg.Connection[Any], cur: psycopg.Cursor[Any], log: LocalLog, rows: Rows, cid: int,
          moment: datetime, names: frozenset[str]) -> Sent:
    """This install's rows of one kind that the central database lacks, through a staging table."""
    cur.execute(f"CREATE TEMP TABLE push_{rows.table} ({rows.staging_columns()}) ON COMMIT DROP")
    prints = local_prints(log.db, rows, moment, names)
    groups = changed_groups(conn, rows, cid, prints)  # before COPY: it holds the connection until it ends
    columns = ", ".join(rows.fields)
    sent = 0
    with cur.copy(f"COPY push_{rows.table} ({columns}) FROM STDIN") as copy:
        for row in outgoing_rows(log.db, rows, moment, names, groups):
            copy.write_row(row)
            sent += 1
    cur.execute(f"INSERT INTO frontdesk.{rows.table} (centre_id, {columns}) SELECT %s, {columns} "
                f"FROM push_{rows.table} ON CONFLICT (id) DO NOTHING", [cid])
    added = max(cur.rowcount, 0)
    return Sent(sum(count for count, _ in prints.values()), sent, added, waiting_count(log.db, rows, moment))


def push(log: LocalLog, conn: psycopg.Connection[Any], centre: Centre, now: datetime | None = None) -> PushResult:
    """Send this install's visits and events of ``log`` for ``centre``; creates or upgrades the central schema
    first. Raises CentralError (nothing sent) or psycopg.Error for the caller to report."""
    migrate(conn)
    moment = now or datetime.now(UTC)
    names = recorded_names(log.db, log.station)
    with conn.transaction(), conn.cursor() as cur:
        cid = centre_id(conn, centre)
        _upsert(cur, "labels", ("dimension", "key"), ("dimension", "key", "label_nb", "label_en", "label_nn"),
                label_rows(log.agency_names))
        _upsert(cur, "categories", ("centre_id", "id"), ("centre_id", "id", "counted_as", "group_id", "group_nb",
                                                         "group_en", "group_nn", "kind", "label_nb", "label_en",
                                                         "label_nn"),
                category_rows(log.taxonomy, cid))
        _upsert(cur, "event_kinds", ("centre_id", "id"), ("centre_id", "id", "form", "label_nb", "label_en",
                                                          "label_nn"),
                event_kind_rows(log.event_kinds, cid))
        visits = _send(conn, cur, log, VISITS, cid, moment, names)
        events = _send(conn, cur, log, EVENTS, cid, moment, names)
    return PushResult(centre, visits, events)
