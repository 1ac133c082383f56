"""``frontdesk visits push``: this PC's visits to a central PostgreSQL database (docs/central.md).

The server extra (psycopg) is imported only when the command runs, so every other command works without it.
"""

from __future__ import annotations

import click

from frontdesk.config import Config
from frontdesk.knowledge.agencies import AgencyRegistry


def _central_schema(dsn: str | None) -> None:
    from frontdesk.central.connection import CentralError, describe, require_driver, session
    from frontdesk.commands.visits import fail  # visits registers this command: imported when it runs

    if dsn is None:
        fail("Say which database: --to service=NAME.", code=2)
    try:
        require_driver()
        from frontdesk.central.schema import migrate

        with session(dsn) as conn:
            applied = migrate(conn)
    except CentralError as exc:
        fail(str(exc))
    click.echo(f"{describe(dsn)}: {', '.join(applied) if applied else 'the frontdesk schema is up to date'}.")


@click.command("push")
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
    from frontdesk.central.connection import CentralError, describe, require_driver, session
    from frontdesk.commands.visits import fail, open_store  # visits registers this command: imported when it runs

    if schema_only:
        _central_schema(dsn)
        return
    with open_store(config) as store:
        try:
            require_driver()
            from frontdesk.central.identity import centre_from_settings
            from frontdesk.central.push import push

            service = str(store.settings.get("central_service"))
            if dsn is None and not service:
                fail("Say where to push: --to service=NAME, or set central_service.", code=2)
            target = dsn if dsn is not None else f"service={service}"
            centre = centre_from_settings(store.settings)
            agencies = AgencyRegistry.load(config.data_dir).agencies
            with session(target) as conn:
                result = push(store.db, conn, centre, store.taxonomy, {a.id: a.name for a in agencies.values()})
        except CentralError as exc:
            fail(str(exc))
    click.echo(f"{result.pushed} visits from {result.centre} pushed to {describe(target)}: {result.added} new, "
               f"{result.already_there} already there.")
    if result.waiting:
        click.echo(f"{result.waiting} visits logged in the last 10 minutes can still be undone: they go with the "
                   "next push.")
