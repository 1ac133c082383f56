"""Build a :class:`Report`: every breakdown for a period, next to the period it is compared with
(:meth:`Period.previous`: the calendar month before a month, the same number of days before a from/to range).

One read of the period counts every breakdown (:func:`frontdesk.reports.query.read_counts`); group and kind
are derived from the category counts. Folded months (retention) count for a period only when the whole
month lies inside it; a period that cuts one leaves it out and names it in ``Report.left_out_months``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

import sqlite_utils

from frontdesk.i18n import Text
from frontdesk.reports import query
from frontdesk.reports.events import event_summary
from frontdesk.reports.labels import DIMENSIONS, NOT_RECORDED, Dimension, LabelSource
from frontdesk.reports.model import Breakdown, EventSummary, Report, Row
from frontdesk.reports.period import Period
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

Counts = dict[str, list[int]]  # key -> [current, previous]
# The visit columns a report counts: the category, then each breakdown that has a column of its own.
COUNTED_COLUMNS = ("category", *(d.column for d in DIMENSIONS if d.column is not None))


def merge(grouped: Iterable[tuple[Any, ...]], key_of: Callable[[Any], str]) -> Counts:
    """Add grouped rows ``(key, current, previous)`` together under a new key (retired id → replacement …)."""
    merged: Counts = {}
    for raw, cur, prev in grouped:
        slot = merged.setdefault(key_of(raw), [0, 0])
        slot[0] += int(cur)
        slot[1] += int(prev)
    return merged


def stored_value(value: Any) -> str:
    """A NULL (dimension not asked or not answered) is counted under :data:`NOT_RECORDED`."""
    return NOT_RECORDED if value is None or value == "" else str(value)


def _rows(counts: Mapping[str, list[int]], dimension: Dimension, labels: LabelSource) -> tuple[Row, ...]:
    """Fixed choices first in their own order (zeros included), then the rest by count, unrecorded last."""
    fixed = labels.fixed_keys(dimension)
    others = sorted(
        (k for k in counts if k not in fixed and k != NOT_RECORDED), key=lambda k: (-counts[k][0], -counts[k][1], k)
    )
    keys = [*fixed, *others] + ([NOT_RECORDED] if NOT_RECORDED in counts else [])
    rows = []
    for key in keys:
        cur, prev = counts.get(key, [0, 0])
        rows.append(Row(key=key, labels=labels.label(dimension, key), count=cur, previous=prev))
    return tuple(rows)


def _category_key(taxonomy: Taxonomy, map_retired: bool) -> Callable[[Any], str]:
    def key_of(raw: Any) -> str:
        value = stored_value(raw)
        return taxonomy.resolve(value) if map_retired and value != NOT_RECORDED else value

    return key_of


def category_counts(
    db: sqlite_utils.Database, scope: query.Scope, taxonomy: Taxonomy, map_retired: bool,
    grouped: Iterable[tuple[Any, ...]] | None = None,
) -> Counts:
    """Counts per category (retired ones under their replacement when ``map_retired``); ``grouped``: the
    category rows when already read, else they are queried."""
    return merge(query.grouped(db, scope, "category") if grouped is None else grouped,
                 _category_key(taxonomy, map_retired))


def build_report(
    source: query.Source,
    taxonomy: Taxonomy,
    start: date,
    end: date,
    *,
    map_retired: bool = True,
    station: str | None = None,
    guide_titles: Mapping[str, str] | None = None,
    agency_names: Mapping[str, Text] | None = None,
    event_kinds: EventKinds | None = None,
) -> Report:
    """Count the visits from ``start`` to ``end`` (inclusive) and in the period before (:meth:`Period.previous`).

    ``source`` is the visit log: a ``VisitStore``, an open ``sqlite_utils.Database`` or the database's path.
    ``map_retired`` counts a retired category under the category that replaced it (following chains), so a
    year's figures stay comparable after the taxonomy changes. ``station`` limits the report to one counter.
    ``guide_titles`` (guide id → title) and ``agency_names`` (agency id → names) label the guide and referral
    breakdowns; without them those show their ids. ``event_kinds`` labels the events (default: the bundled kinds,
    or the store's own when ``source`` is a store).
    """
    period = Period(start, end)
    previous = period.previous()
    db = query.open_database(source)
    scope = query.scope(period, previous, station)
    return report_from_counts(
        period, query.read_counts(db, scope, COUNTED_COLUMNS), taxonomy, map_retired=map_retired, station=station,
        guide_titles=guide_titles, agency_names=agency_names,
        left_out_months=tuple(query.left_out_months(db, (previous, period), station)),
        events=event_summary(db, period, previous, _kinds(source, event_kinds), station))


def report_from_counts(
    period: Period,
    counts_read: query.PeriodCounts,
    taxonomy: Taxonomy,
    *,
    map_retired: bool = True,
    station: str | None = None,
    guide_titles: Mapping[str, str] | None = None,
    agency_names: Mapping[str, Text] | None = None,
    left_out_months: tuple[str, ...] = (),
    events: EventSummary | None = None,
) -> Report:
    """The report for ``period`` from its counts of :data:`COUNTED_COLUMNS` and its ``events``, however they were
    counted (the local log here, a central database in :mod:`frontdesk.central.report`): one taxonomy mapping
    for both."""
    labels = LabelSource(taxonomy, guide_titles, agency_names)
    by_category = merge(counts_read.by_column["category"], _category_key(taxonomy, map_retired))
    flat = [(key, cur, prev) for key, (cur, prev) in by_category.items()]
    derived = {
        "by_category": by_category,
        "by_group": merge(flat, labels.group_of),
        "by_kind": merge(flat, labels.kind_of),
    }
    breakdowns = []
    for dimension in DIMENSIONS:
        counts = derived.get(dimension.name)
        if counts is None:
            assert dimension.column is not None
            counts = merge(counts_read.by_column[dimension.column], stored_value)
        breakdowns.append(
            Breakdown(dimension.name, dimension.title, _rows(counts, dimension, labels))
        )
    return Report(
        period=period,
        previous_period=period.previous(),
        total=sum(cur for cur, _ in by_category.values()),
        previous_total=sum(prev for _, prev in by_category.values()),
        breakdowns=tuple(breakdowns),
        weekday_hour=counts_read.weekday_hour,
        station=station,
        left_out_months=left_out_months,
        events=events if events is not None else EventSummary(),
    )


def _kinds(source: query.Source, given: EventKinds | None) -> EventKinds:
    if given is not None:
        return given
    return source.event_kinds if isinstance(source, VisitStore) else EventKinds.bundled()
