"""``frontdesk categories``, ``frontdesk visit add|undo`` and ``frontdesk visits export|import|purge``."""

from __future__ import annotations

import errno
import json
import sys
from datetime import date, datetime
from pathlib import Path

import click

from frontdesk.commands.common import output_option
from frontdesk.commands.pin import check_pin
from frontdesk.commands.store_access import check_home, fail, open_store, taxonomy_for
from frontdesk.config import Config
from frontdesk.visits.counter_defaults import with_defaults
from frontdesk.visits.exchange import ExchangeError, export_month, import_file, stations_in_month, write_export
from frontdesk.visits.model import AgeGroup, Channel, Duration, HelpMode, LanguageHelp, Outcome, RepeatVisit
from frontdesk.visits.retention import folded_stations
from frontdesk.visits.taxonomy import Category


def _category_json(category: Category, today: date) -> dict[str, object]:
    return {
        "id": category.id, "label_nb": category.label_nb, "label_en": category.label_en,
        "group": category.group, "kind": category.kind.value,
        "valid_from": category.valid_from.isoformat() if category.valid_from else None,
        "retired": category.retired.isoformat() if category.retired else None,
        "replaced_by": category.replaced_by, "local": category.local, "active": category.is_active(today),
    }


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array with every field.")
@click.option("--all", "show_all", is_flag=True, help="Include retired categories.")
@click.option("--language", type=click.Choice(["nb", "en"]), default="nb", show_default=True, help="Label language.")
@click.pass_obj
def categories(config: Config, as_json: bool, show_all: bool, language: str) -> None:
    """List the visit categories, grouped, in the order the counter shows them.

    \b
    Examples:
      frontdesk categories
      frontdesk categories --json --all
    """
    check_home(config)
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
            click.echo(f"\n{group.label(language)} [{group.kind.value}]")
        notes = [" (lokal)" if category.local else ""]
        if not category.is_active(today):
            notes.append(f" (retired; counted as {taxonomy.resolve(category.id)})")
        click.echo(f"  {category.id:<{width}}  {category.label(language)}{''.join(notes)}")


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
        except ValueError as exc:  # VisitError and PersonalDataError: a usage error, with the valid choices
            fail(str(exc), code=2)
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
        fail("Nothing to undo: no visit from this counter in the last 10 minutes.")
    click.echo(f"Undone: {undone.category} ({undone.date.isoformat()} kl. {undone.hour:02d}) {undone.id}")


@click.group()
def visits() -> None:
    """Export, import and purge visits.

    \b
    Examples:
      frontdesk visits export --month 2026-10 --out skranke-1-2026-10.json
      frontdesk visits import skranke-2-2026-10.json skranke-3-2026-10.json
      frontdesk visits purge --older-than 24
    """


@visits.command("export")
@click.option("--month", required=True, metavar="YYYY-MM", help="The month to export.")
@output_option("out", "JSON file to write.", required=True)
@click.option("--station", default=None, help="Counter name (default: the 'station' setting).")
@click.pass_obj
def export_visits(config: Config, month: str, out: Path, station: str | None) -> None:
    """Write one counter's visits in a month to a JSON file for another PC to import.

    \b
    Example:
      frontdesk visits export --month 2026-10 --out skranke-1-2026-10.json
    """
    with open_store(config, reading=True) as store:
        name = station or store.settings.get("station")
        try:
            document = export_month(store, month, name)
            others = stations_in_month(store, month)
        except ExchangeError as exc:
            fail(str(exc), code=2)
        folded = not document["visits"] and name in folded_stations(store.db, month)
        if folded and not document["events"]:
            fail(f"{month} is older than the retention period: its visits from {name} are folded into monthly "
                 "totals and can no longer be exported one by one.")
        if folded:  # events are never folded: they still travel
            click.echo(f"{month} is older than the retention period: only its events are exported; its visits are "
                       "folded into monthly totals.", err=True)
    try:
        write_export(document, out)
    except OSError as exc:  # a read-only or full USB stick: say so, don't print a traceback
        reason = "the disk is full" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else exc.strerror or str(exc)
        fail(f"Can't write {out}: {reason}. Nothing was written; choose another folder.", code=2)
    click.echo(f"{len(document['visits'])} visits from {name} in {month} written to {out}")
    if document["events"]:
        click.echo(f"{len(document['events'])} events (courses, drop-ins, meetings) from {name} in the same file")
    others.pop(name, None)
    if others:
        listing = ", ".join(f"{s} ({n})" for s, n in sorted(others.items()))
        click.echo(f"Other stations with visits in {month}: {listing}. Use --station to export them.", err=True)


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
    refused = 0
    with open_store(config) as store:
        for path in files:
            try:
                result = import_file(store, path)
            except ExchangeError as exc:
                click.echo(f"Error: {exc}", err=True)
                refused += 1
                continue
            click.echo(f"{path}:" if result.stations else f"{path}: no visits in the file")
            for station, counts in sorted(result.stations.items()):
                line = f"  {station}: {counts.added} added, {counts.already_there} already there"
                if counts.already_folded:
                    line += f", {counts.already_folded} skipped (month already folded into monthly totals)"
                if counts.events_added or counts.events_already_there:
                    line += f"; events: {counts.events_added} added, {counts.events_already_there} already there"
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
    if not result.visits_by_month:
        click.echo(f"Nothing to purge: no visits before {result.cutoff_month}.")
        return
    for month, count in result.visits_by_month.items():
        click.echo(f"  {month}: {count} visits")
    if result.dry_run:
        click.echo(f"Dry run: {result.total} visits before {result.cutoff_month} would be folded into monthly "
                   "totals and deleted. Run again with --yes to do it.")
    else:
        click.echo(f"{result.total} visits before {result.cutoff_month} folded into monthly totals and deleted.")
