"""``frontdesk pin``: the supervisor PIN that guards purge, retention changes and guide-pack import.

Exit status of every command that asks for the PIN: 3 for a wrong PIN or recovery code, 4 while supervisor
actions are locked (too many wrong attempts, or a stored PIN that can't be read until it is reset), 2 for a
PIN of the wrong form. Scripts rely on these.
"""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from frontdesk.commands import pin_texts as say_
from frontdesk.commands.language import ERROR, language, say
from frontdesk.config import Config
from frontdesk.supervisor import MIN_PIN_LENGTH, PinError, SupervisorGuard
from frontdesk.visits.store import VisitStore

EXIT_CODES = {"wrong": 3, "wrong_code": 3, "locked": 4, "reset_needed": 4, "no_code": 4, "format": 2, "no_pin": 1}


def guard_for(store: VisitStore, config: Config) -> SupervisorGuard:
    """The guard of this visit log; an earlier version's supervisor.json is moved into it on the way."""
    return SupervisorGuard(store.db, legacy_file=config.supervisor_path)


def fail_pin(error: PinError) -> NoReturn:
    """Say why the PIN was refused, in the command's language, and exit with the kind's status."""
    text = say_.PIN_ERRORS.get(error.kind)
    message = str(error) if text is None else text.fill(language(), seconds=error.seconds, digits=MIN_PIN_LENGTH)
    say(ERROR, message=message, err=True)
    sys.exit(EXIT_CODES.get(error.kind, 1))


def _ask_new_pin() -> str:
    """The new PIN, typed twice (hidden) until both agree."""
    while True:
        first = click.prompt(say_.NEW_PIN_PROMPT.get(language()), hide_input=True)
        if click.prompt(say_.REPEAT_PROMPT.get(language()), hide_input=True) == first:
            return str(first)
        say(say_.PINS_DIFFER, err=True)


def check_pin(store: VisitStore, config: Config, pin: str | None) -> None:
    """Stop the command unless the supervisor PIN is right. Without a PIN ever set, supervisor actions are open
    (a single-person counter need not set one); once set, every supervisor action needs it."""
    guard = guard_for(store, config)
    if not guard.has_pin:
        return
    if pin is None:
        pin = click.prompt(say_.PIN_PROMPT.get(language()), hide_input=True, default="", show_default=False)
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
    say(say_.SHOW_CODE, code=code)
    say(say_.KEEP_CODE)


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
@click.option("--new-pin", default=None, help="The new PIN (at least 4 digits). Prompted for when left out.")
@click.option("--current-pin", default=None, help="The current PIN, when changing it. Prompted for when needed.")
@click.pass_obj
def set_pin(config: Config, new_pin: str | None, current_pin: str | None) -> None:
    """Set the supervisor PIN, or change it.

    The first time, a recovery code is printed once: keep it (IT needs it to reset the PIN).

    \b
    Example:
      frontdesk pin set
    """
    from frontdesk.commands.store_access import open_store

    chosen_pin = new_pin if new_pin is not None else _ask_new_pin()
    with open_store(config, apply_retention=False) as store:
        guard = guard_for(store, config)
        if guard.has_pin and current_pin is None:
            current_pin = click.prompt(say_.CURRENT_PIN_PROMPT.get(language()), hide_input=True)
        try:
            code = guard.set_pin(chosen_pin, current_pin)
        except PinError as exc:
            fail_pin(exc)
    say(say_.PIN_SAVED)
    _show_code(code)


@pin.command("reset")
@click.option("--recovery-code", default=None, help="The recovery code printed when the PIN was set (or last "
              "reset). Prompted for when left out.")
@click.option("--new-pin", default=None, help="The new PIN (at least 4 digits). Prompted for when left out.")
@click.pass_obj
def reset_pin(config: Config, recovery_code: str | None, new_pin: str | None) -> None:
    """Set a new supervisor PIN with the recovery code, when the PIN is forgotten or can't be read.

    The code works once: a new one is printed. Wrong codes count as wrong PINs (and lock out the same way).

    \b
    Example:
      frontdesk pin reset
    """
    from frontdesk.commands.store_access import open_store

    code_given = recovery_code if recovery_code is not None else str(click.prompt(say_.CODE_PROMPT.get(language())))
    chosen_pin = new_pin if new_pin is not None else _ask_new_pin()
    with open_store(config, apply_retention=False) as store:
        try:
            code = guard_for(store, config).reset_pin(code_given, chosen_pin)
        except PinError as exc:
            fail_pin(exc)
    say(say_.NEW_PIN_SAVED)
    _show_code(code)
