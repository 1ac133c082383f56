"""``frontdesk categories``, ``frontdesk visit add|undo`` and ``frontdesk visits export|import|purge``; sync and push
live in their own modules."""

from __future__ import annotations

import errno
import json
import sys
from datetime import date, datetime
from pathlib import Path

import click

from frontdesk import formatting
from frontdesk.commands import visit_texts as say_
from frontdesk.commands.central import push_visits
from frontdesk.commands.common import output_option
from frontdesk.commands.language import ERROR, fail, language, language_option, say, told, use_language
from frontdesk.commands.pin import check_pin
from frontdesk.commands.store_access import check_home, open_store, taxonomy_for
from frontdesk.commands.visit_sync import sync_visits
from frontdesk.config import Config
from frontdesk.visits.category_file import Category
from frontdesk.visits.counter_defaults import with_defaults
from frontdesk.visits.exchange import (
    ExchangeError,
    StationNameTaken,
    export_month,
    import_file,
    stations_in_month,
    write_export,
)
from frontdesk.visits.model import AgeGroup, Channel, Duration, HelpMode, LanguageHelp, Outcome, RepeatVisit
from frontdesk.visits.privacy import RefusedText
from frontdesk.visits.retention import folded_stations


def _category_json(category: Category, today: date) -> dict[str, object]:
    return {
        "id": category.id, "label_nb": category.labels.nb, "label_nn": category.labels.nn,
        "label_en": category.labels.en,
        "group": category.group, "kind": category.kind.value,
        "valid_from": category.valid_from.isoformat() if category.valid_from else None,
        "retired": category.retired.isoformat() if category.retired else None,
        "replaced_by": category.replaced_by, "local": category.local, "active": category.is_active(today),
    }


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array with every field.")
@click.option("--all", "show_all", is_flag=True, help="Include retired categories.")
@language_option
@click.pass_obj
def categories(config: Config, as_json: bool, show_all: bool, language: str | None) -> None:
    """List the visit categories, grouped, in the order the counter shows them.

    \b
    Examples:
      frontdesk categories
      frontdesk categories --json --all
    """
    check_home(config)
    chosen = use_language(language)
    taxonomy = taxonomy_for(config)
    today = date.today()
    shown = taxonomy.all() if show_all else taxonomy.active(today)
    if as_json:
        click.echo(json.dumps([_category_json(c, today) for c in shown], ensure_ascii=False, indent=2))
        return
    groups = taxonomy.groups()
    width = max((len(c.id) for c in shown), default=10)
    current = None
    for category in shown:
        if category.group != current:
            current = category.group
            group = groups[current]
            click.echo(f"\n{group.label(chosen)} [{group.kind.value}]")
        notes = [say_.LOCAL.get(chosen) if category.local else ""]
        if not category.is_active(today):
            notes.append(say_.RETIRED_COUNTED_AS.fill(chosen, id=taxonomy.resolve(category.id)))
        click.echo(f"  {category.id:<{width}}  {category.label(chosen)}{''.join(notes)}")


@click.group()
def visit() -> None:
    """Log or undo one anonymous visit.

    \b
    Examples:
      frontdesk visit add nav.meldekort --channel phone
      frontdesk visit undo
    """


def _values(enum: type[Channel | HelpMode | Outcome | Duration | AgeGroup | RepeatVisit | LanguageHelp]
            ) -> click.Choice[str]:
    return click.Choice([member.value for member in enum])


@visit.command("add")
@click.argument("category_id")
@click.option("--channel", type=_values(Channel), help="How the citizen came.")
@click.option("--mode", type=_values(HelpMode), help="guided: did it with guidance; together; on_behalf: fullmakt.")
@click.option("--outcome", type=_values(Outcome), help="How it ended.")
@click.option("--referred-to", "referred_to", metavar="AGENCY", help="Agency id the citizen was sent on to.")
@click.option("--guide", "guide_id", metavar="ID", help="Id of the guide used.")
@click.option("--duration", type=_values(Duration), help="How long it took.")
@click.option("--age-group", "age_group", type=_values(AgeGroup), help="The citizen's age group.")
@click.option("--repeat-visit", "repeat_visit", type=_values(RepeatVisit),
              help="first: first time for this need; repeat: came before for the same need.")
@click.option("--language-help", "language_help", type=_values(LanguageHelp),
              help="Help given in another language or with an interpreter (never which language).")
@click.option("--at", type=click.DateTime(["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]), default=None,
              help="Back-fill an earlier visit (YYYY-MM-DDTHH:MM); only the date and hour are kept.")
@click.option("--station", default=None, help="Counter name (default: the 'station' setting).")
@click.pass_obj
def add_visit(config: Config, category_id: str, channel: str | None, mode: str | None, outcome: str | None,
              referred_to: str | None, guide_id: str | None, duration: str | None, age_group: str | None,
              repeat_visit: str | None, language_help: str | None, at: datetime | None, station: str | None) -> None:
    """Log one visit under CATEGORY_ID and print the new record's id.

    Channel and help mode default to the settings default_channel and default_mode when the counter asks
    about them (setting dimensions), as in the window.

    \b
    Examples:
      frontdesk visit add login.minid
      frontdesk visit add nav.meldekort --channel phone --mode together --outcome solved
      frontdesk visit add skatt.skattekort --at 2026-10-14T13:20 --duration 5to15
      frontdesk visit add login.bankid --age-group 67_plus --repeat-visit repeat --language-help interpreter
    """
    with open_store(config) as store:
        chosen = with_defaults(store.settings, {"channel": channel, "mode": mode})  # as the window records them
        try:
            new = store.add(category_id, station=station or store.settings.get("station"), channel=chosen["channel"],
                            mode=chosen["mode"], outcome=outcome, referred_to=referred_to, guide_id=guide_id,
                            duration=duration, age_group=age_group, repeat_visit=repeat_visit,
                            language_help=language_help, at=at)
        except RefusedText as exc:  # PersonalDataError: says which field and why, never the value
            fail(exc.message(language()), code=2)
        except ValueError as exc:  # VisitError: a usage error, with the valid choices
            fail(told(exc), code=2)
    click.echo(new.id)


@visit.command("undo")
@click.option("--station", default=None, help="Counter name (default: the 'station' setting).")
@click.pass_obj
def undo_visit(config: Config, station: str | None) -> None:
    """Remove this counter's last visit, if it was logged less than 10 minutes ago.

    \b
    Example:
      frontdesk visit undo
    """
    with open_store(config) as store:
        undone = store.undo_last(station or store.settings.get("station"))
    if undone is None:
        fail(say_.NOTHING_TO_UNDO)
    say(say_.UNDONE, category=undone.category, day=formatting.day(undone.date, language()),
        hour=formatting.clock_hour(undone.hour, language()), id=undone.id)


@click.group()
def visits() -> None:
    """Export, import, sync, purge and push visits.

    \b
    Examples:
      frontdesk visits export --month 2026-10 --out skranke-1-2026-10.json
      frontdesk visits import skranke-2-2026-10.json skranke-3-2026-10.json
      frontdesk visits sync
      frontdesk visits purge --older-than 24
      frontdesk visits push --to service=frontdesk
    """


@visits.command("export")
@click.option("--month", required=True, metavar="YYYY-MM", help="The month to export.")
@output_option("out", "JSON file to write.", required=True)
@click.option("--station", default=None, help="Counter name (default: the 'station' setting).")
@language_option
@click.pass_obj
def export_visits(config: Config, month: str, out: Path, station: str | None, language: str | None) -> None:
    """Write one counter's visits in a month to a JSON file for another PC to import.

    \b
    Example:
      frontdesk visits export --month 2026-10 --out skranke-1-2026-10.json
    """
    chosen = use_language(language)
    with open_store(config, reading=True) as store:
        name = station or store.settings.get("station")
        try:
            document = export_month(store, month, name)
            others = stations_in_month(store, month)
        except ExchangeError as exc:
            fail(told(exc), code=2)
        shown_month = formatting.month_of(month, chosen)
        folded = not document["visits"] and name in folded_stations(store.db, month)
        if folded and not document["events"]:
            fail(say_.FOLDED, month=shown_month, station=name)
        if folded:  # events are never folded: they still travel
            say(say_.FOLDED_EVENTS_ONLY, month=shown_month, err=True)
    try:
        write_export(document, out)
    except OSError as exc:  # a read-only or full USB stick: say so, don't print a traceback
        full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
        fail(say_.EXPORT_NOT_WRITTEN, code=2, path=out,
             reason=say_.DISK_FULL.get(chosen) if full else exc.strerror or str(exc))
    say(say_.EXPORTED, count=formatting.number(len(document["visits"]), chosen), station=name, month=shown_month,
        path=out)
    if document["events"]:
        say(say_.EXPORTED_EVENTS, count=formatting.number(len(document["events"]), chosen), station=name)
    others.pop(name, None)
    if others:
        listing = ", ".join(f"{s} ({formatting.number(n, chosen)})" for s, n in sorted(others.items()))
        say(say_.OTHER_STATIONS, month=shown_month, listing=listing, err=True)


@visits.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def import_visits(config: Config, files: tuple[Path, ...]) -> None:
    """Add other counters' exported visits. Importing a file twice adds nothing.

    Each file is all or nothing; a refused file is reported and the others still import. Exits 1 if any was
    refused.

    \b
    Example:
      frontdesk visits import skranke-2-2026-10.json skranke-3-2026-10.json
    """
    refused, chosen = 0, language()
    with open_store(config) as store:
        for path in files:
            try:
                result = import_file(store, path)
            except StationNameTaken as exc:
                say(ERROR, message=exc.message(chosen), err=True)
                refused += 1
                continue
            except ExchangeError as exc:
                say(ERROR, message=told(exc), err=True)
                refused += 1
                continue
            click.echo(f"{path}:" if result.stations else say_.IMPORT_EMPTY.fill(chosen, path=path))
            for station, counts in sorted(result.stations.items()):
                line = say_.IMPORTED.fill(chosen, station=station, added=formatting.number(counts.added, chosen),
                                          already=formatting.number(counts.already_there, chosen))
                if counts.already_folded:
                    line += say_.IMPORT_FOLDED.fill(chosen, count=formatting.number(counts.already_folded, chosen))
                if counts.events_added or counts.events_already_there:
                    line += say_.IMPORTED_EVENTS.fill(chosen, added=formatting.number(counts.events_added, chosen),
                                                      already=formatting.number(counts.events_already_there, chosen))
                click.echo(line)
    if refused:
        sys.exit(1)


@visits.command("purge")
@click.option("--older-than", "older_than", type=click.IntRange(1, 120), default=None, metavar="MONTHS",
              help="Fold and delete visits older than this many months (default: the retention_months setting).")
@click.option("--yes", is_flag=True, help="Really do it. Without --yes, only show what would happen.")
@click.option("--pin", default=None, help="Supervisor PIN (prompted for when one is set).")
@click.pass_obj
def purge_visits(config: Config, older_than: int | None, yes: bool, pin: str | None) -> None:
    """Fold old months into monthly totals, then delete their individual visits.

    Reports over those months still work: they read the totals. A dry run unless --yes is given.

    \b
    Examples:
      frontdesk visits purge --older-than 12
      frontdesk visits purge --older-than 12 --yes
    """
    with open_store(config, apply_retention=False) as store:
        if yes:
            check_pin(store, config, pin)
        months = older_than or int(store.settings.get("retention_months"))
        result = store.purge(months, dry_run=not yes)
    chosen = language()
    cutoff = formatting.month_of(result.cutoff_month, chosen)
    if not result.visits_by_month:
        say(say_.NOTHING_TO_PURGE, month=cutoff)
        return
    for month, count in result.visits_by_month.items():
        say(say_.PURGE_MONTH, month=formatting.month_of(month, chosen), count=formatting.number(count, chosen))
    total = formatting.number(result.total, chosen)
    say(say_.PURGE_DRY_RUN if result.dry_run else say_.PURGED, count=total, month=cutoff)


visits.add_command(sync_visits)
visits.add_command(push_visits)
