"""``frontdesk pin``: the supervisor PIN that guards purge, retention changes and guide-pack import.

Exit status of every command that asks for the PIN: 3 for a wrong PIN or recovery code, 4 while supervisor
actions are locked (too many wrong attempts, or a stored PIN that can't be read until it is reset), 2 for a
PIN of the wrong form. Scripts rely on these.
"""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from frontdesk.config import Config
from frontdesk.supervisor import PinError, SupervisorGuard
from frontdesk.visits.store import VisitStore

EXIT_CODES = {"wrong": 3, "wrong_code": 3, "locked": 4, "reset_needed": 4, "no_code": 4, "format": 2, "no_pin": 1}


def guard_for(store: VisitStore, config: Config) -> SupervisorGuard:
    """The guard of this visit log; an earlier version's supervisor.json is moved into it on the way."""
    return SupervisorGuard(store.db, legacy_file=config.supervisor_path)


def fail_pin(error: PinError) -> NoReturn:
    click.echo(f"Error: {error}", err=True)
    sys.exit(EXIT_CODES.get(error.kind, 1))


def check_pin(store: VisitStore, config: Config, pin: str | None) -> None:
    """Stop the command unless the supervisor PIN is right. Without a PIN ever set, supervisor actions are open
    (a single-person counter need not set one); once set, every supervisor action needs it."""
    guard = guard_for(store, config)
    if not guard.has_pin:
        return
    if pin is None:
        pin = click.prompt("Leder-PIN", hide_input=True, default="", show_default=False)
    try:
        guard.verify(pin or "")
    except PinError as exc:
        fail_pin(exc)


def require_pin(config: Config, pin: str | None) -> None:
    """:func:`check_pin` for a command that has not opened the visit log itself (the PIN lives in it)."""
    from frontdesk.commands.store_access import open_store

    with open_store(config, apply_retention=False) as store:
        check_pin(store, config, pin)


def _show_code(code: str | None) -> None:
    if code is None:
        return
    click.echo(f"Gjenopprettingskode (vises bare nå) / Recovery code (shown only now): {code}")
    click.echo("Skriv den ned og gi den til IT, eller lås den inn: den trengs for å nullstille PIN-en om den "
               "glemmes eller blir skadet (docs/install.md, «Leder-PIN»).\n"
               "Write it down and give it to IT, or lock it away: it is needed to reset the PIN when it is "
               "forgotten or damaged.")


@click.group()
def pin() -> None:
    """Set, change or reset the supervisor PIN.

    Once a PIN is set, purge, retention changes and guide-pack import ask for it. Exit status 3 means a wrong
    PIN or recovery code, 4 that supervisor actions are locked for now.

    \b
    Examples:
      frontdesk pin set
      frontdesk pin reset
    """


@pin.command("set")
@click.option("--new-pin", prompt="Ny leder-PIN", hide_input=True, confirmation_prompt=True,
              help="The new PIN (at least 4 digits). Prompted for when left out.")
@click.option("--current-pin", default=None, help="The current PIN, when changing it. Prompted for when needed.")
@click.pass_obj
def set_pin(config: Config, new_pin: str, current_pin: str | None) -> None:
    """Set the supervisor PIN, or change it.

    The first time, a recovery code is printed once: keep it (IT needs it to reset the PIN).

    \b
    Example:
      frontdesk pin set
    """
    from frontdesk.commands.store_access import open_store

    with open_store(config, apply_retention=False) as store:
        guard = guard_for(store, config)
        if guard.has_pin and current_pin is None:
            current_pin = click.prompt("Nåværende leder-PIN", hide_input=True)
        try:
            code = guard.set_pin(new_pin, current_pin)
        except PinError as exc:
            fail_pin(exc)
    click.echo("Leder-PIN er lagret.")
    _show_code(code)


@pin.command("reset")
@click.option("--recovery-code", prompt="Gjenopprettingskode", help="The recovery code printed when the PIN was "
              "set (or last reset). Prompted for when left out.")
@click.option("--new-pin", prompt="Ny leder-PIN", hide_input=True, confirmation_prompt=True,
              help="The new PIN (at least 4 digits). Prompted for when left out.")
@click.pass_obj
def reset_pin(config: Config, recovery_code: str, new_pin: str) -> None:
    """Set a new supervisor PIN with the recovery code, when the PIN is forgotten or can't be read.

    The code works once: a new one is printed. Wrong codes count as wrong PINs (and lock out the same way).

    \b
    Example:
      frontdesk pin reset
    """
    from frontdesk.commands.store_access import open_store

    with open_store(config, apply_retention=False) as store:
        try:
            code = guard_for(store, config).reset_pin(recovery_code, new_pin)
        except PinError as exc:
            fail_pin(exc)
    click.echo("Ny leder-PIN er lagret.")
    _show_code(code)
