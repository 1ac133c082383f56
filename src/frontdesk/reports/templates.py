"""Report templates: fixed tables that an outside form asks for, built from the same SQL as reports.

``digital-deltakelse`` (Digdir's "digital deltakelse" grant report): one row per month of the period with
digital-skills guidance and service help counted apart, then by channel, help mode and the three optional
questions (age group, repeat visit, language help), then courses, other events, their participants and hours
and the volunteers' hours, and a sum row. docs/reports.md describes every column.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from frontdesk.reports import query
from frontdesk.reports.aggregate import merge, stored_value
from frontdesk.reports.events import MONTH_COLUMNS, events_by_month
from frontdesk.reports.labels import KIND_LABELS, NOT_RECORDED, UNKNOWN_KIND, LabelSource
from frontdesk.reports.period import Period
from frontdesk.reports.tables import Cell, Column, Table
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.model import ENUM_DIMENSIONS, Channel, HelpMode
from frontdesk.visits.taxonomy import Kind, Taxonomy

_SUM_LABEL = "Sum"
# The optional questions, each by value and "not recorded", with the title their columns start with.
_QUESTIONS = {"age_group": ("Alder", "Age"), "repeat_visit": ("Samme behov før", "Repeat visit"),
              "language_help": ("Språkhjelp", "Language help")}
# Event columns: (nb, en, is_count). Only participants are people, so only they follow suppression.
_EVENT_TITLES: dict[str, tuple[str, str, bool]] = {
    "courses": ("Kurs (antall)", "Courses (number)", False),
    "course_participants": ("Kursdeltakere", "Course participants", True),
    "other_events": ("Drop-in og informasjonsmøter (antall)", "Drop-in sessions and meetings (number)", False),
    "other_event_participants": ("Deltakere på drop-in og møter", "Drop-in and meeting participants", True),
    "event_hours": ("Timer med kurs og arrangementer", "Hours of courses and events", False),
    "volunteer_hours": ("Frivillige timer", "Volunteer hours", False),
}


def _columns() -> tuple[Column, ...]:
    def kind(key: str) -> Column:
        nb, en = KIND_LABELS[key]
        return Column(key, nb, en)

    return (
        Column("month", "Måned", "Month", is_count=False),
        Column("from", "Fra", "From", is_count=False),
        Column("to", "Til", "To", is_count=False),
        kind(Kind.DIGITAL_SKILLS.value),
        kind(Kind.SERVICE.value),
        kind(UNKNOWN_KIND),
        Column("total", "Totalt", "Total"),
        *(Column(f"channel_{c.value}", f"Kanal: {c.label('nb')}", f"Channel: {c.label('en')}") for c in Channel),
        Column("channel_unrecorded", "Kanal: ikke registrert", "Channel: not recorded"),
        *(Column(f"mode_{m.value}", f"Hjelpeform: {m.label('nb')}", f"Help mode: {m.label('en')}") for m in HelpMode),
        Column("mode_unrecorded", "Hjelpeform: ikke registrert", "Help mode: not recorded"),
        *(column for name in _QUESTIONS for column in _question_columns(name)),
        *(Column(key, *_EVENT_TITLES[key]) for key in MONTH_COLUMNS),
    )


def _question_columns(name: str) -> list[Column]:
    nb, en = _QUESTIONS[name]
    columns = [Column(f"{name}_{m.value}", f"{nb}: {m.label('nb')}", f"{en}: {m.label('en')}")
               for m in ENUM_DIMENSIONS[name]]
    return [*columns, Column(f"{name}_unrecorded", f"{nb}: ikke registrert", f"{en}: not recorded")]


def _by_month(rows: list[tuple[Any, ...]], key_of: Callable[[Any], str]) -> dict[str, dict[str, int]]:
    """``(month, value, current, previous)`` rows → month → key → current count."""
    months: dict[str, list[tuple[Any, int, int]]] = {}
    for month, value, cur, prev in rows:
        months.setdefault(str(month), []).append((value, int(cur), int(prev)))
    return {month: {k: v[0] for k, v in merge(items, key_of).items()} for month, items in months.items()}


def digital_deltakelse(
    source: query.Source,
    taxonomy: Taxonomy,
    start: date,
    end: date,
    *,
    station: str | None = None,
    event_kinds: EventKinds | None = None,
) -> Table:
    """Per-month counts of digital-skills guidance vs service help (retired categories counted as their
    replacement, whose kind decides), with channel, help-mode, question and event columns and a sum row.
    ``event_kinds`` says which kinds are courses (default: the bundled kinds)."""
    period = Period(start, end)
    db = query.open_database(source)
    # Only the current period matters: passing it as its own "previous" keeps the scan to the period itself.
    scope = query.scope(period, period, station)
    labels = LabelSource(taxonomy)
    kinds = _by_month(query.grouped(db, scope, "month", "category"),
                      lambda raw: labels.kind_of(taxonomy.resolve(str(raw))))
    channels = _by_month(query.grouped(db, scope, "month", "channel"), stored_value)
    modes = _by_month(query.grouped(db, scope, "month", "mode"), stored_value)
    questions = {name: _by_month(query.grouped(db, scope, "month", name), stored_value) for name in _QUESTIONS}
    events = events_by_month(db, period, event_kinds or EventKinds.bundled(), station)
    columns = _columns()
    rows: list[tuple[Cell, ...]] = []
    sums: list[int | float] = [0] * (len(columns) - 3)
    for month in period.months():
        clipped = period.clip(month)
        counts: list[int | float] = [kinds.get(month, {}).get(k, 0)
                                     for k in (Kind.DIGITAL_SKILLS.value, Kind.SERVICE.value, UNKNOWN_KIND)]
        counts.append(sum(kinds.get(month, {}).values()))
        counts += [channels.get(month, {}).get(c.value, 0) for c in Channel]
        counts.append(channels.get(month, {}).get(NOT_RECORDED, 0))
        counts += [modes.get(month, {}).get(m.value, 0) for m in HelpMode]
        counts.append(modes.get(month, {}).get(NOT_RECORDED, 0))
        for name, by_month in questions.items():
            counts += [by_month.get(month, {}).get(m.value, 0) for m in ENUM_DIMENSIONS[name]]
            counts.append(by_month.get(month, {}).get(NOT_RECORDED, 0))
        counts += [events.get(month, {}).get(key, 0) for key in MONTH_COLUMNS]
        sums = [round(a + b, 2) if isinstance(b, float) else a + b for a, b in zip(sums, counts, strict=True)]
        rows.append((month, clipped.start.isoformat(), clipped.end.isoformat(), *counts))
    rows.append((_SUM_LABEL, period.start.isoformat(), period.end.isoformat(), *sums))
    left_out = query.left_out_months(db, (period,), station)
    notes = tuple(f"Utelatt / left out (folded month partly in the period): {m}" for m in left_out)
    return Table(
        name="digital-deltakelse",
        title_nb="Digital deltakelse",
        title_en="Digital participation",
        columns=columns,
        rows=tuple(rows),
        total_columns=frozenset({"total"}),
        notes=notes,
    )


TEMPLATES: dict[str, Callable[..., Table]] = {"digital-deltakelse": digital_deltakelse}
