"""Report templates: fixed tables that an outside form asks for, built from the same SQL as reports.

``digital-deltakelse`` (Digdir's "digital deltakelse" grant report): one row per month of the period with
digital-skills guidance and service help counted apart, then by channel, help mode and the three optional
questions (age group, repeat visit, language help), then courses, other events, their participants and hours
and the volunteers' hours, and a sum row. docs/reports.md describes every column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from frontdesk import formatting
from frontdesk.i18n import Text
from frontdesk.reports import query
from frontdesk.reports.aggregate import merge, stored_value
from frontdesk.reports.events import MONTH_COLUMNS, events_by_month
from frontdesk.reports.labels import KIND_LABELS, NOT_RECORDED, UNKNOWN_KIND, LabelSource
from frontdesk.reports.period import Period
from frontdesk.reports.tables import SUM_ROW, Cell, Column, Table
from frontdesk.visits.category_file import Kind
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.model import ENUM_DIMENSIONS, Channel, HelpMode, LabelledEnum
from frontdesk.visits.taxonomy import Taxonomy

# The optional questions, each by value and "not recorded", with the title their columns start with.
_QUESTIONS = {"age_group": Text("Alder", "Alder", "Age"),
              "repeat_visit": Text("Samme behov før", "Same behov før", "Repeat visit"),
              "language_help": Text("Språkhjelp", "Språkhjelp", "Language help")}
_CHANNEL = Text("Kanal", "Kanal", "Channel")
_MODE = Text("Hjelpeform", "Hjelpeform", "Help mode")
_NOT_RECORDED = Text("ikke registrert", "ikkje registrert", "not recorded")
# Event columns: (titles, is_count). Only participants are people, so only they follow suppression.
_EVENT_TITLES: dict[str, tuple[Text, bool]] = {
    "courses": (Text("Kurs (antall)", "Kurs (tal)", "Courses (number)"), False),
    "course_participants": (Text("Kursdeltakere", "Kursdeltakarar", "Course participants"), True),
    "other_events": (Text("Drop-in og informasjonsmøter (antall)", "Drop-in og informasjonsmøte (tal)",
                          "Drop-in sessions and meetings (number)"), False),
    "other_event_participants": (Text("Deltakere på drop-in og møter", "Deltakarar på drop-in og møte",
                                      "Drop-in and meeting participants"), True),
    "event_hours": (Text("Timer med kurs og arrangementer", "Timar med kurs og arrangement",
                         "Hours of courses and events"), False),
    "volunteer_hours": (Text("Frivillige timer", "Frivillige timar", "Volunteer hours"), False),
}
_LEFT_OUT = Text("Utelatt (sammenslått måned delvis i perioden)", "Utelaten (samanslått månad delvis i perioden)",
                 "Left out (folded month partly in the period)")


def _headed(title: Text, label: Text) -> Text:
    """"Kanal: Telefon": a column title made of the question's title and the choice."""
    return Text.build(lambda language: f"{title.get(language)}: {label.get(language)}")


def _month(month: str) -> Text:
    return Text.build(lambda language: formatting.month_of(month, language))


def _choices(key: str, title: Text, members: Iterable[LabelledEnum]) -> list[Column]:
    """A column per choice and one for "not recorded"."""
    columns = [Column(f"{key}_{m.value}", _headed(title, m.labels)) for m in members]
    return [*columns, Column(f"{key}_{NOT_RECORDED}", _headed(title, _NOT_RECORDED))]


def _columns() -> tuple[Column, ...]:
    def kind(key: str) -> Column:
        return Column(key, KIND_LABELS[key])

    return (
        Column("month", Text("Måned", "Månad", "Month"), is_count=False, calendar="month"),
        Column("from", Text("Fra", "Frå", "From"), is_count=False, calendar="day"),
        Column("to", Text("Til", "Til", "To"), is_count=False, calendar="day"),
        kind(Kind.DIGITAL_SKILLS.value),
        kind(Kind.SERVICE.value),
        kind(UNKNOWN_KIND),
        Column("total", Text("Totalt", "Totalt", "Total")),
        *_choices("channel", _CHANNEL, Channel),
        *_choices("mode", _MODE, HelpMode),
        *(column for name, title in _QUESTIONS.items() for column in _choices(name, title, ENUM_DIMENSIONS[name])),
        *(Column(key, *_EVENT_TITLES[key]) for key in MONTH_COLUMNS),
    )


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
    rows.append((SUM_ROW, period.start.isoformat(), period.end.isoformat(), *sums))
    left_out = query.left_out_months(db, (period,), station)
    notes = tuple(_headed(_LEFT_OUT, _month(m)) for m in left_out)
    return Table(
        name="digital-deltakelse",
        titles=Text("Digital deltakelse", "Digital deltaking", "Digital participation"),
        columns=columns,
        rows=tuple(rows),
        total_columns=frozenset({"total"}),
        notes=notes,
    )


TEMPLATES: dict[str, Callable[..., Table]] = {"digital-deltakelse": digital_deltakelse}
