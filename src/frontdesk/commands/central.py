"""``frontdesk visits push`` (added to the ``visits`` group by commands/visits.py): this PC's visits and events
to a central PostgreSQL database (docs/central.md).

The server extra (psycopg) is imported only when a push runs, so every other command works without it. It
speaks the language setting (commands/language.py); a refusal exits 1, or 2 when the command itself lacks
something (where to push).
"""

from __future__ import annotations

import click

from frontdesk.commands import central_texts as say_
from frontdesk.commands.language import fail, language, say
from frontdesk.commands.store_access import open_store
from frontdesk.config import Config
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.visits.store import VisitStore


def push_schema(dsn: str | None) -> None:
    """``--schema-only``: create or upgrade the schema, send nothing."""
    from frontdesk.central.connection import CentralError, describe, require_driver, session

    if dsn is None:
        fail(say_.WHICH_DATABASE, code=2)
    try:
        require_driver()
        from frontdesk.central.schema import migrate

        with session(dsn) as conn:
            applied = migrate(conn)
        target = describe(dsn)
    except CentralError as exc:
        fail(exc.message(language()))
    if applied:
        say(say_.SCHEMA_APPLIED, target=target, steps=", ".join(applied))
    else:
        say(say_.SCHEMA_CURRENT, target=target)


def push_store(config: Config, store: VisitStore, dsn: str | None) -> None:
    """Push ``store``'s own visits and events to ``dsn`` (default: the central_service setting) and say what
    happened."""
    from frontdesk.central.connection import CentralError, describe, require_driver, session

    service = str(store.settings.get("central_service"))
    if dsn is None and not service:
        fail(say_.WHERE_TO, code=2)
    target = dsn if dsn is not None else f"service={service}"
    try:
        require_driver()
        from frontdesk.central.identity import centre_from_settings
        from frontdesk.central.push import LocalLog, push

        centre = centre_from_settings(store.settings)
        agencies = AgencyRegistry.load(config.data_dir).agencies
        log = LocalLog(store.db, str(store.settings.get("station")), store.taxonomy, store.event_kinds,
                       {a.id: a.names for a in agencies.values()})
        with session(target) as conn:
            result = push(log, conn, centre)
        where = describe(target)
    except CentralError as exc:
        fail(exc.message(language()))
    visits, events = result.visits, result.events
    say(say_.PUSHED, count=visits.pushed, centre=result.centre, target=where, added=visits.added,
        there=visits.already_there)
    if events.pushed or events.waiting:
        say(say_.PUSHED_EVENTS, count=events.pushed, added=events.added, there=events.already_there)
    chosen = language()
    waiting = [text.fill(chosen, count=count) for count, text in ((visits.waiting, say_.WAITING_VISITS),
                                                                   (events.waiting, say_.WAITING_EVENTS)) if count]
    if waiting:
        say(say_.WAITING, what=say_.AND.get(chosen).join(waiting))


@click.command("push")
@click.option("--to", "dsn", default=None, metavar="DSN", help="PostgreSQL connection string: 'service=NAME' "
              "(pg_service.conf), 'host=… dbname=…' or a postgresql:// URI; '' uses PGSERVICE/PGHOST … alone. "
              "Default: the central_service setting. Passwords belong in .pgpass, never here.")
@click.option("--schema-only", is_flag=True, help="Only create or upgrade the central database's frontdesk schema "
              "(for IT, as the role that owns the database); send no visits.")
@click.pass_obj
def push_visits(config: Config, dsn: str | None, schema_only: bool) -> None:
    """Send this PC's anonymous visits and events to a central PostgreSQL database. Pushing twice adds nothing.

    Only this PC's own rows go: those under its station name, or a name it had before; each PC pushes its own.
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
    with open_store(config, reading=True) as store:
        push_store(config, store, dsn)
