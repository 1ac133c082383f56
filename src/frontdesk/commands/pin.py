"""``frontdesk pin``: the supervisor PIN that guards purge, retention changes and guide-pack import."""

from __future__ import annotations

import sys

import click

from frontdesk.config import Config
from frontdesk.supervisor import PinError, SupervisorGuard


def require_pin(config: Config, pin: str | None) -> None:
    """Stop the command unless the supervisor PIN is right. Without a PIN set, supervisor actions are open
    (a single-person counter need not set one); once set, every supervisor action needs it."""
    guard = SupervisorGuard(config.supervisor_path)
    if not guard.has_pin:
        return
    if pin is None:
        pin = click.prompt("Leder-PIN", hide_input=True, default="", show_default=False)
    try:
        guard.verify(pin or "")
    except PinError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(3)


@click.group()
def pin() -> None:
    """Set or change the supervisor PIN.

    Once a PIN is set, purge, retention changes and guide-pack import ask for it.

    \b
    Example:
      frontdesk pin set
    """


@pin.command("set")
@click.option("--new-pin", prompt="Ny leder-PIN", hide_input=True, confirmation_prompt=True,
              help="The new PIN (at least 4 digits). Prompted for when left out.")
@click.option("--current-pin", default=None, help="The current PIN, when changing it. Prompted for when needed.")
@click.pass_obj
def set_pin(config: Config, new_pin: str, current_pin: str | None) -> None:
    """Set the supervisor PIN, or change it.

    \b
    Example:
      frontdesk pin set
    """
    guard = SupervisorGuard(config.supervisor_path)
    if guard.has_pin and current_pin is None:
        current_pin = click.prompt("Nåværende leder-PIN", hide_input=True)
    try:
        guard.set_pin(new_pin, current_pin)
    except PinError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(3)
    click.echo("Leder-PIN er lagret.")
