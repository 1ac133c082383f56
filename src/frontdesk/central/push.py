"""``frontdesk visits push``: send this install's anonymous visits to the central database, idempotently.

What leaves the PC is exactly what a station export file holds (:data:`frontdesk.visits.model.VISIT_FIELDS`),
plus the centre's identity and the labels of its categories: no settings, no monthly totals, nothing else;
only the station-months the central database lacks are sent (:mod:`frontdesk.central.outgoing`). Rows are keyed
by their visit id: a second push, or a push of the same visit from another PC that imported it, adds nothing. A
visit that can still be undone (the last 10 minutes) waits for the next push, so the central database never
keeps a visit the counter took back. All of it is one transaction: a push that fails sends nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg
import sqlite_utils

from frontdesk.central.identity import Centre
from frontdesk.central.outgoing import changed_groups, local_prints, outgoing_rows, waiting_count
from frontdesk.central.schema import migrate
from frontdesk.reports.labels import KIND_LABELS, NOT_RECORDED, WEEKDAYS
from frontdesk.visits.model import ENUM_DIMENSIONS, VISIT_FIELDS
from frontdesk.visits.taxonomy import Taxonomy

_OPTIONAL = VISIT_FIELDS[5:]


@dataclass(frozen=True)
class PushResult:
    centre: Centre
    pushed: int  # the local log's visits that the central database now holds
    sent: int  # of those, sent this time (the rest were there, by their station-month fingerprints)
    added: int  # of those, new to the central database
    waiting: int = 0  # logged in the last 10 minutes: they can still be undone, so they go next time

    @property
    def already_there(self) -> int:
        return self.pushed - self.added


def label_rows(agency_names: Mapping[str, str]) -> list[tuple[str, str, str, str]]:
    """``(dimension, key, label_nb, label_en)`` for every fixed value the views show."""
    rows = [(name, member.value, member.label("nb"), member.label("en"))
            for name, enum in ENUM_DIMENSIONS.items() for member in enum]
    rows += [("kind", key, nb, en) for key, (nb, en) in KIND_LABELS.items()]
    rows += [("weekday", str(day), nb, en) for day, (nb, en) in enumerate(WEEKDAYS)]
    rows += [("referred_to", key, name, name) for key, name in sorted(agency_names.items())]
    rows += [(name, NOT_RECORDED, "Ikke registrert", "Not recorded") for name in _OPTIONAL]
    return rows


def category_rows(taxonomy: Taxonomy, centre_id: int) -> list[tuple[Any, ...]]:
    groups = taxonomy.groups()
    rows = []
    for category in taxonomy.all():
        group = groups.get(category.group)
        group_nb, group_en = (group.label_nb, group.label_en) if group is not None else (category.group,) * 2
        rows.append((centre_id, category.id, taxonomy.resolve(category.id), category.group, group_nb, group_en,
                     category.kind.value, category.label_nb, category.label_en))
    return rows


def centre_id(conn: psycopg.Connection[Any], centre: Centre) -> int:
    """The centre's row id, adding the centre on its first push."""
    conn.execute("INSERT INTO frontdesk.centres (municipality, name, name_key) VALUES (%s, %s, %s) "
                 "ON CONFLICT (municipality, name_key) DO NOTHING", [centre.municipality, centre.name, centre.key])
    row = conn.execute("SELECT id FROM frontdesk.centres WHERE municipality = %s AND name_key = %s",
                       [centre.municipality, centre.key]).fetchone()
    assert row is not None  # inserted or already there, in this transaction
    return int(row[0])


def push(db: sqlite_utils.Database, conn: psycopg.Connection[Any], centre: Centre, taxonomy: Taxonomy,
         agency_names: Mapping[str, str], now: datetime | None = None) -> PushResult:
    """Send every visit of the local log ``db`` for ``centre``; creates or upgrades the central schema first.
    Raises CentralError (nothing sent) or psycopg.Error for the caller to report."""
    migrate(conn)
    moment = now or datetime.now(UTC)
    columns = ", ".join(VISIT_FIELDS)
    with conn.transaction():
        cid = centre_id(conn, centre)
        # Labels are upserted on every push; WHERE … IS DISTINCT FROM skips the unchanged ones, so thousands of
        # hourly pushes leave no dead row versions behind.
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO frontdesk.labels (dimension, key, label_nb, label_en) VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (dimension, key) DO UPDATE SET label_nb = excluded.label_nb, "
                "label_en = excluded.label_en WHERE (labels.label_nb, labels.label_en) IS DISTINCT FROM "
                "(excluded.label_nb, excluded.label_en)", label_rows(agency_names))
            cur.executemany(
                "INSERT INTO frontdesk.categories (centre_id, id, counted_as, group_id, group_nb, group_en, kind, "
                "label_nb, label_en) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (centre_id, id) DO "
                "UPDATE SET counted_as = excluded.counted_as, group_id = excluded.group_id, group_nb = "
                "excluded.group_nb, group_en = excluded.group_en, kind = excluded.kind, label_nb = "
                "excluded.label_nb, label_en = excluded.label_en WHERE (categories.counted_as, categories.group_id, "
                "categories.group_nb, categories.group_en, categories.kind, categories.label_nb, categories.label_en) "
                "IS DISTINCT FROM (excluded.counted_as, excluded.group_id, excluded.group_nb, excluded.group_en, "
                "excluded.kind, excluded.label_nb, excluded.label_en)", category_rows(taxonomy, cid))
            cur.execute("CREATE TEMP TABLE push_staging (id uuid, station text, date date, hour smallint, "
                        "category text, channel text, mode text, outcome text, referred_to text, guide_id text, "
                        "duration text) ON COMMIT DROP")
            prints = local_prints(db, moment)
            groups = changed_groups(conn, cid, prints)  # before COPY: it holds the connection until it ends
            sent = 0
            with cur.copy(f"COPY push_staging ({columns}) FROM STDIN") as copy:
                for row in outgoing_rows(db, moment, groups):
                    copy.write_row(row)
                    sent += 1
            cur.execute(f"INSERT INTO frontdesk.visits (centre_id, {columns}) SELECT %s, {columns} "
                        "FROM push_staging ON CONFLICT (id) DO NOTHING", [cid])
            added = max(cur.rowcount, 0)
    return PushResult(centre, sum(count for count, _ in prints.values()), sent, added, waiting_count(db, moment))
