"""``frontdesk settings get|set|list``: the counter's settings, stored in the visit-log database."""

from __future__ import annotations

import json

import click

from frontdesk.commands.language import fail, language, told
from frontdesk.commands.pin import check_pin
from frontdesk.commands.store_access import open_store
from frontdesk.config import Config
from frontdesk.visits.privacy import RefusedText
from frontdesk.visits.settings import SPECS, Settings, SettingsError

# Changing how long visits are kept is a supervisor decision.
GUARDED = {"retention_months"}


def _show(value: object) -> str:
    if isinstance(value, list):
        return ",".join(str(item) for item in value)
    return str(value)


@click.group()
def settings() -> None:
    """Read and change settings.

    \b
    Examples:
      frontdesk settings list
      frontdesk settings get station
      frontdesk settings set station skranke-2
      frontdesk settings set dimensions channel,outcome
    """


@settings.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@click.pass_obj
def list_settings(config: Config, as_json: bool) -> None:
    """Print every setting with its value.

    \b
    Example:
      frontdesk settings list --json
    """
    with open_store(config, reading=True) as store:
        values = store.settings.all()
    if as_json:
        click.echo(json.dumps(values, ensure_ascii=False, indent=2))
        return
    width = max(len(key) for key in values)
    for key, value in values.items():
        click.echo(f"{key:<{width}}  {_show(value):<24} {SPECS[key].help}")


@settings.command("get")
@click.argument("key")
@click.pass_obj
def get_setting(config: Config, key: str) -> None:
    """Print one setting (lists as comma-separated ids).

    \b
    Example:
      frontdesk settings get retention_months
    """
    try:
        Settings.spec(key)
    except SettingsError as exc:
        fail(told(exc), code=2)
    with open_store(config, reading=True) as store:
        click.echo(_show(store.settings.get(key)))


@settings.command("set")
@click.argument("key")
@click.argument("value")
@click.option("--pin", default=None, help="Supervisor PIN, for retention_months (prompted for when one is set).")
@click.pass_obj
def set_setting(config: Config, key: str, value: str, pin: str | None) -> None:
    """Change one setting. Lists are given comma-separated; an empty text ("") clears a list or text.

    \b
    Examples:
      frontdesk settings set station "skranke 2"
      frontdesk settings set favourites login.minid,nav.meldekort,skatt.skattemelding
      frontdesk settings set retention_months 12 --pin 1234
    """
    try:
        Settings.spec(key)
    except SettingsError as exc:
        fail(told(exc), code=2)
    with open_store(config) as store:
        if key in GUARDED:
            check_pin(store, config, pin)
        try:
            stored = store.settings.set(key, value)
        except RefusedText as exc:  # PersonalDataError: says which field and why, never the value
            fail(exc.message(language()), code=2)
        except ValueError as exc:  # SettingsError: nothing was stored
            fail(told(exc), code=2)
    click.echo(f"{key} = {_show(stored)}")
