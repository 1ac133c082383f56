"""``frontdesk event add|undo`` and ``frontdesk events``: courses, drop-in days and information meetings."""

from __future__ import annotations

import json
import re
from datetime import date

import click

from frontdesk import formatting
from frontdesk.commands import visit_texts as say_
from frontdesk.commands.language import fail, language, language_option, say, use_language, warn
from frontdesk.commands.store_access import open_store
from frontdesk.config import Config
from frontdesk.visits.event_kinds import EventKind, EventKinds
from frontdesk.visits.events import EventError
from frontdesk.visits.messages import NOTHING_STORED
from frontdesk.visits.privacy import RefusedText


def _kinds(config: Config) -> EventKinds:
    kinds = EventKinds.load(config)
    for problem in kinds.problems:  # a broken local file is reported but doesn't stop the counter
        warn(problem.get(language()))
    return kinds


def _kind_json(kind: EventKind, today: date) -> dict[str, object]:
    return {"id": kind.id, "form": kind.form.value, "label_nb": kind.labels.nb, "label_nn": kind.labels.nn,
            "label_en": kind.labels.en, "retired": kind.retired.isoformat() if kind.retired else None,
            "local": kind.local, "active": kind.is_active(today)}


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array with every field.")
@click.option("--all", "show_all", is_flag=True, help="Include retired kinds.")
@language_option
@click.pass_obj
def events(config: Config, as_json: bool, show_all: bool, language: str | None) -> None:
    """List the kinds of event (courses, drop-in days, meetings) that can be logged.

    \b
    Examples:
      frontdesk events
      frontdesk events --json
    """
    chosen = use_language(language)
    kinds = _kinds(config)
    today = date.today()
    shown = kinds.all() if show_all else kinds.active(today)
    if as_json:
        click.echo(json.dumps([_kind_json(kind, today) for kind in shown], ensure_ascii=False, indent=2))
        return
    width = max((len(kind.id) for kind in shown), default=10)
    for kind in shown:
        notes = (say_.LOCAL.get(chosen) if kind.local else "") + ("" if kind.is_active(today) else
                                                                  say_.RETIRED.get(chosen))
        click.echo(f"  {kind.id:<{width}}  {kind.form.label(chosen):<18}  {kind.label(chosen)}{notes}")


@click.group()
def event() -> None:
    """Log or undo a course, drop-in day or information meeting (counts only, no names).

    \b
    Examples:
      frontdesk event add bankid_kurs --date 2026-10-14 --participants 8 --hours 2
      frontdesk event undo
    """


def _day(text: str) -> date:
    # fromisoformat alone would also take "20261014" and "2026-W42-3"
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    fail(say_.EVENT_BAD_DATE, code=2)


@event.command("add")
@click.argument("kind")
@click.option("--date", "day", required=True, metavar="YYYY-MM-DD", help="The day the event was held.")
@click.option("--participants", required=True, metavar="N", help="How many took part (0–1000).")
@click.option("--hours", default=None, metavar="H", help="How long it lasted, in hours (e.g. 1.5 or 1,5).")
@click.option("--volunteers", default="0", metavar="V", help="How many volunteers helped (0–1000).")
@click.option("--volunteer-hours", "volunteer_hours", default="0", metavar="VH",
              help="The volunteers' hours together (at most 24 per volunteer).")
@click.option("--start-hour", "start_hour", type=click.IntRange(0, 23), default=None, metavar="0-23",
              help="The hour it started, for the weekday × hour view.")
@click.option("--station", default=None, help="Counter name (default: the 'station' setting).")
@click.pass_obj
def add_event(config: Config, kind: str, day: str, participants: str, hours: str | None, volunteers: str,
              volunteer_hours: str, start_hour: int | None, station: str | None) -> None:
    """Log one event of KIND (see: frontdesk events) and print its id.

    \b
    Examples:
      frontdesk event add grunnkurs --date 2026-10-14 --participants 8 --hours 2
      frontdesk event add drop_in --date 2026-10-15 --participants 23 --hours 3 --volunteers 4 --volunteer-hours 12
    """
    held = _day(day)
    with open_store(config) as store:
        for problem in store.event_kinds.problems:
            warn(problem.get(language()))
        try:
            new = store.events.add(kind, station=station or store.settings.get("station"), on=held,
                                   participants=participants, hours=hours, volunteers=volunteers,
                                   volunteer_hours=volunteer_hours, hour=start_hour)
        except RefusedText as exc:  # never repeats a refused value
            fail(exc.message(language()), code=2)
        except EventError as exc:  # says what is allowed
            fail(f"{exc.message(language())} {NOTHING_STORED.get(language())}", code=2)
    click.echo(new.id)


@event.command("undo")
@click.option("--station", default=None, help="Counter name (default: the 'station' setting).")
@click.pass_obj
def undo_event(config: Config, station: str | None) -> None:
    """Remove this counter's last event, if it was logged less than 10 minutes ago.

    \b
    Example:
      frontdesk event undo
    """
    with open_store(config) as store:
        undone = store.events.undo_last(station or store.settings.get("station"))
    if undone is None:
        fail(say_.NO_EVENT_TO_UNDO)
    say(say_.EVENT_UNDONE, kind=undone.kind, day=formatting.day(undone.date, language()),
        participants=formatting.number(undone.participants, language()), id=undone.id)
