"""Count the events (courses, drop-in days, meetings) of a period and the period before, by kind and by form.

Events are few (a handful a week), so one grouped query per report is plenty. They are never folded by
retention, so every period, whole months or not, counts every event in it. The weekday × hour grid counts
participants in the hour an event started, next to the visits' grid, to see when people come.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import sqlite_utils

from frontdesk.i18n import Text
from frontdesk.reports.model import EventFigures, EventRow, EventSummary
from frontdesk.reports.period import Period
from frontdesk.visits.event_kinds import FORM_LABELS, EventForm, EventKinds

UNKNOWN_FORM = "unknown"  # a kind this PC's kinds files don't know (say, another centre's local kind)
UNKNOWN_FORM_LABEL = Text("Ukjent type", "Ukjend type", "Unknown kind")
# Per kind: count, participants, hours (NULL counts as none), volunteers, volunteer hours.
_SUMS = "COUNT(*), SUM(participants), SUM(COALESCE(hours, 0)), SUM(volunteers), SUM(volunteer_hours)"


def _figures(rows: Iterable[tuple[Any, ...]]) -> EventFigures:
    count = participants = volunteers = 0
    hours = volunteer_hours = 0.0
    for row in rows:
        count += int(row[0])
        participants += int(row[1])
        hours += float(row[2])
        volunteers += int(row[3])
        volunteer_hours += float(row[4])
    return EventFigures(count, participants, round(hours, 2), volunteers, round(volunteer_hours, 2))


def _where(station: str | None) -> tuple[str, list[Any]]:
    return ("", []) if station is None else (" AND station = ?", [station])


def event_summary(db: sqlite_utils.Database, period: Period, previous: Period, kinds: EventKinds,
                  station: str | None = None) -> EventSummary:
    """Every event figure a report shows. ``previous`` must end the day before ``period`` starts."""
    if "events" not in db.table_names():  # a log from before events existed, opened read-only
        return EventSummary()
    only, params = _where(station)
    rows = db.execute(
        f"SELECT kind, date >= ?, {_SUMS} FROM events WHERE date BETWEEN ? AND ?{only} GROUP BY kind, 2",
        [period.start.isoformat(), previous.start.isoformat(), period.end.isoformat(), *params]).fetchall()
    return summarise(rows, kinds, _grid(db, period, only, params))


def summarise(rows: Iterable[tuple[Any, ...]], kinds: EventKinds, grid: tuple[tuple[int, ...], ...]) -> EventSummary:
    """The summary from rows ``(kind, in the period?, count, participants, hours, volunteers, volunteer hours)``
    and the period's participants grid, however they were counted (the local log here, a central database in
    :mod:`frontdesk.central.events`): one ordering and labelling for both."""
    current: dict[str, tuple[Any, ...]] = {}
    before: dict[str, tuple[Any, ...]] = {}
    for found in rows:
        (current if found[1] else before)[str(found[0])] = tuple(found[2:])
    order = {kind.id: number for number, kind in enumerate(kinds.all())}
    seen = sorted(set(current) | set(before), key=lambda k: (order.get(k, len(order)), k))

    def row(key: str, labels: Text, members: list[str]) -> EventRow:
        return EventRow(key, labels, _figures(current[k] for k in members if k in current),
                        _figures(before[k] for k in members if k in before))

    def kind_labels(kind_id: str) -> Text:
        kind = kinds.get(kind_id)
        return kind.labels if kind is not None else Text.same(kind_id)

    by_kind = tuple(row(k, kind_labels(k), [k]) for k in seen)
    by_form = [row(form.value, FORM_LABELS[form], [k for k in seen if kinds.form_of(k) is form]) for form in EventForm]
    unknown = [k for k in seen if kinds.form_of(k) is None]
    if unknown:
        by_form.append(row(UNKNOWN_FORM, UNKNOWN_FORM_LABEL, unknown))
    return EventSummary(_figures(current.values()), _figures(before.values()), by_kind, tuple(by_form), grid)


def _grid(db: sqlite_utils.Database, period: Period, only: str, params: list[Any]) -> tuple[tuple[int, ...], ...]:
    grid = [[0] * 24 for _ in range(7)]
    for day, hour, participants in db.execute(
            f"SELECT date, hour, SUM(participants) FROM events WHERE date BETWEEN ? AND ? AND hour IS NOT NULL"
            f"{only} GROUP BY date, hour", [period.start.isoformat(), period.end.isoformat(), *params]).fetchall():
        if 0 <= int(hour) < 24:
            grid[date.fromisoformat(str(day)).weekday()][int(hour)] += int(participants)
    return tuple(tuple(row) for row in grid)


# The digital-deltakelse template's event columns, per month: courses apart from the other forms.
MONTH_COLUMNS = ("courses", "course_participants", "other_events", "other_event_participants", "event_hours",
                 "volunteer_hours")


def events_by_month(db: sqlite_utils.Database, period: Period, kinds: EventKinds,
                    station: str | None = None) -> dict[str, dict[str, int | float]]:
    """month → MONTH_COLUMNS → figure, for the months of ``period`` that had events. A kind this PC doesn't
    know counts with the other events, not as a course."""
    months: dict[str, dict[str, int | float]] = {}
    if "events" not in db.table_names():
        return months
    only, params = _where(station)
    for month, kind, count, participants, hours, volunteer_hours in db.execute(
            f"SELECT substr(date, 1, 7), kind, COUNT(*), SUM(participants), SUM(COALESCE(hours, 0)), "
            f"SUM(volunteer_hours) FROM events WHERE date BETWEEN ? AND ?{only} GROUP BY 1, 2",
            [period.start.isoformat(), period.end.isoformat(), *params]).fetchall():
        figures = months.setdefault(str(month), dict.fromkeys(MONTH_COLUMNS, 0))
        course = kinds.form_of(str(kind)) is EventForm.COURSE
        figures["courses" if course else "other_events"] += int(count)
        figures["course_participants" if course else "other_event_participants"] += int(participants)
        figures["event_hours"] = round(figures["event_hours"] + float(hours), 2)
        figures["volunteer_hours"] = round(figures["volunteer_hours"] + float(volunteer_hours), 2)
    return months
