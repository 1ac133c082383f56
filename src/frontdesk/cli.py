"""The ``frontdesk`` command line.

No Qt on this path: ``frontdesk search`` must start fast, so each sub-command's module is imported only when
that command runs, and the desktop window only when ``frontdesk`` is started with no command.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from frontdesk import __version__
from frontdesk.config import Config

# command name -> ("module:attribute", one-line help). Modules are imported only when their command runs, so
# `frontdesk --help` and `frontdesk search` stay fast.
COMMANDS: dict[str, tuple[str, str]] = {
    "search": ("frontdesk.commands.search:search", "Search the guides."),
    "guides": ("frontdesk.commands.guides:guides", "List, show, check and print guides."),
    "local": ("frontdesk.commands.local:local", "The centre's local facts and notes in the guides."),
    "categories": ("frontdesk.commands.visits:categories", "List the visit categories."),
    "visit": ("frontdesk.commands.visits:visit", "Log or undo one anonymous visit."),
    "visits": ("frontdesk.commands.visits:visits", "Export, import, sync, purge and push visits."),
    "event": ("frontdesk.commands.events:event", "Log or undo a course, drop-in day or meeting."),
    "events": ("frontdesk.commands.events:events", "List the kinds of event."),
    "report": ("frontdesk.commands.report:report", "Supervisor reports (CSV, XLSX, JSON)."),
    "settings": ("frontdesk.commands.settings:settings", "Read and change settings."),
    "pin": ("frontdesk.commands.pin:pin", "Set the supervisor PIN."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module_name, attribute = entry[0].split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, COMMANDS[name][1]) for name in self.list_commands(ctx)])


@click.group(cls=LazyGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=str),
    envvar="FRONTDESK_HOME",
    help="Keep all data (database, settings, local guides, logs) under this folder. Also: FRONTDESK_HOME.",
)
@click.version_option(__version__, prog_name="frontdesk")
@click.pass_context
def cli(ctx: click.Context, home: str | None) -> None:
    """frontdesk: guides, anonymous visit log and reports for the digital-help counter.

    Run with no command to open the desktop app.

    \b
    Examples:
      frontdesk                          open the app
      frontdesk search bank id           find guides from the command line
      frontdesk guides check --strict    validate all guides
      frontdesk local set senter.telefon "22 33 44 55"
      frontdesk visit add nav.meldekort  log one anonymous visit
      frontdesk event add grunnkurs --date 2026-10-14 --participants 8
      frontdesk report --month 2026-10 --format xlsx --output oktober.xlsx
    """
    ctx.obj = Config.from_env(home)
    if ctx.invoked_subcommand is None:
        from frontdesk.app import run  # Qt is imported only here

        ctx.exit(run(ctx.obj))


def main(argv: list[str] | None = None) -> Any:
    return cli.main(args=argv, prog_name="frontdesk")


if __name__ == "__main__":
    main()
