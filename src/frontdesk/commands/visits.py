"""``frontdesk categories``, ``frontdesk visit add|undo`` and ``frontdesk visits export|import|purge|push``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import NoReturn

import click

from frontdesk.commands.central import push_schema, push_store
from frontdesk.commands.pin import require_pin
from frontdesk.config import Config
from frontdesk.visits.exchange import ExchangeError, export_month, import_file, stations_in_month, write_export
from frontdesk.visits.model import Channel, Duration, HelpMode, Outcome
from frontdesk.visits.retention import folded_stations
from frontdesk.visits.storage import DatabaseError, StorageError
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Category, Taxonomy


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def fail_storage(error: StorageError) -> NoReturn:
    """A folder or disk that refuses (read-only, full): both languages, exit 2, never a traceback."""
    fail(f"{error.message('nb')}\n{error.message('en')}", code=2)


@contextmanager
def open_store(config: Config, *, apply_retention: bool = True) -> Iterator[VisitStore]:
    """The store, or a clear message and exit 1 when the database can't be used (2 when the folder or disk
    refuses, also during the command). A damaged database that was replaced is reported on stderr."""
    try:
        store = VisitStore.open(config, _taxonomy(config), apply_retention=apply_retention)
    except StorageError as exc:
        fail_storage(exc)
    except DatabaseError as exc:
        fail(str(exc))
    if store.recovery is not None:
        click.echo(f"{store.recovery.message('nb')}\n{store.recovery.message('en')}", err=True)
    with store:
        try:
            yield store
        except StorageError as exc:
            fail_storage(exc)


def _taxonomy(config: Config) -> Taxonomy:
    taxonomy = Taxonomy.load(config)
    for problem in taxonomy.problems:  # a broken local file is reported but doesn't stop the counter
        click.echo(f"warning: {problem}", err=True)
    return taxonomy


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
    taxonomy = _taxonomy(config)
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


def _values(enum: type[Channel] | type[HelpMode] | type[Outcome] | type[Duration]) -> click.Choice[str]:
    return click.Choice([member.value for member in enum])


@visit.command("add")
@click.argument("category_id")
@click.option("--channel", type=_values(Channel), help="How the citizen came.")
@click.option("--mode", type=_values(HelpMode), help="guided: did it with guidance; together; on_behalf: fullmakt.")
@click.option("--outcome", type=_values(Outcome), help="How it ended.")
@click.option("--referred-to", "referred_to", metavar="AGENCY", help="Agency id the citizen was sent on to.")
@click.option("--guide", "guide_id", metavar="ID", help="Id of the guide used.")
@click.option("--duration", type=_values(Duration), help="How long it took.")
@click.option("--at", type=click.DateTime(["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]), default=None,
              help="Back-fill an earlier visit (YYYY-MM-DDTHH:MM); only the date and hour are kept.")
@click.option("--station", default=None, help="Counter name (default: the 'station' setting).")
@click.pass_obj
def add_visit(config: Config, category_id: str, channel: str | None, mode: str | None, outcome: str | None,
              referred_to: str | None, guide_id: str | None, duration: str | None, at: datetime | None,
              station: str | None) -> None:
    """Log one visit under CATEGORY_ID and print the new record's id.

    \b
    Examples:
      frontdesk visit add login.minid
      frontdesk visit add nav.meldekort --channel phone --mode together --outcome solved
      frontdesk visit add skatt.skattekort --at 2026-10-14T13:20 --duration 5to15
    """
    with open_store(config) as store:
        try:
            new = store.add(category_id, station=station or store.settings.get("station"), channel=channel,
                            mode=mode, outcome=outcome, referred_to=referred_to, guide_id=guide_id,
                            duration=duration, at=at)
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
    """Export, import, purge and push visits.

    \b
    Examples:
      frontdesk visits export --month 2026-10 --out skranke-1-2026-10.json
      frontdesk visits import skranke-2-2026-10.json skranke-3-2026-10.json
      frontdesk visits purge --older-than 24
      frontdesk visits push --to service=frontdesk
    """


@visits.command("export")
@click.option("--month", required=True, metavar="YYYY-MM", help="The month to export.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="JSON file to write.")
@click.option("--station", default=None, help="Counter name (default: the 'station' setting).")
@click.pass_obj
def export_visits(config: Config, month: str, out: Path, station: str | None) -> None:
    """Write one counter's visits in a month to a JSON file for another PC to import.

    \b
    Example:
      frontdesk visits export --month 2026-10 --out skranke-1-2026-10.json
    """
    with open_store(config) as store:
        name = station or store.settings.get("station")
        try:
            document = export_month(store, month, name)
            others = stations_in_month(store, month)
        except ExchangeError as exc:
            fail(str(exc), code=2)
        if not document["visits"] and name in folded_stations(store.db, month):
            fail(f"{month} is older than the retention period: its visits from {name} are folded into monthly "
                 "totals and can no longer be exported one by one.")
    try:
        write_export(document, out)
    except OSError as exc:  # a read-only or full USB stick: say so, don't print a traceback
        fail(f"Can't write {out}: {exc.strerror or exc}. Nothing was written; choose another folder.", code=2)
    click.echo(f"{len(document['visits'])} visits from {name} in {month} written to {out}")
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
    if yes:
        require_pin(config, pin)
    with open_store(config, apply_retention=False) as store:
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


@visits.command("push")
@click.option("--to", "dsn", default=None, metavar="DSN", help="PostgreSQL connection string: 'service=NAME' "
              "(pg_service.conf), 'host=… dbname=…' or a postgresql:// URI; '' uses PGSERVICE/PGHOST … alone. "
              "Default: the central_service setting. Passwords belong in .pgpass, never here.")
@click.option("--schema-only", is_flag=True, help="Only create or upgrade the central database's frontdesk schema "
              "(for IT, as the role that owns the database); send no visits.")
@click.pass_obj
def push_visits(config: Config, dsn: str | None, schema_only: bool) -> None:
    """Send this PC's anonymous visits to a central PostgreSQL database. Pushing twice adds nothing.

    Needs the server extra (pip install "frontdesk[server]") and the municipality and centre_name settings.
    Creates or upgrades the database's frontdesk schema. See docs/central.md.

    \b
    Examples:
      frontdesk visits push --to service=frontdesk
      PGSERVICE=frontdesk frontdesk visits push --to ''
      frontdesk visits push --to service=frontdesk-owner --schema-only
    """
    if schema_only:
        push_schema(dsn)
        return
    with open_store(config) as store:
        push_store(config, store, dsn)
