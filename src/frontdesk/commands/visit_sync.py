"""``frontdesk visits sync``: exchange visits with the centre's other counter PCs through a shared folder."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from frontdesk import formatting
from frontdesk.commands import visit_texts as say_
from frontdesk.commands.language import ERROR, fail, language, say
from frontdesk.commands.store_access import open_store
from frontdesk.config import Config
from frontdesk.visits.store import VisitStore
from frontdesk.visits.sync import configured_folder, prepare
from frontdesk.visits.sync import run as sync_run
from frontdesk.visits.sync_files import SyncUnavailable, problem_text
from frontdesk.visits.sync_state import known_stations


def _local(stamp: str | None, chosen: str) -> str:
    """A stored UTC minute ("2026-10-05T08:42Z") in this PC's time, for people: "05.10.2026 kl. 10.42"."""
    if stamp is None:
        return say_.NEVER.get(chosen)
    moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%MZ").replace(tzinfo=UTC).astimezone()
    return f"{formatting.day(moment.date(), chosen)} {formatting.clock(moment.hour, moment.minute, chosen)}"


def _print_status(store: VisitStore, folder: Path | None, as_json: bool) -> None:
    install, station = store.settings.install_id(), str(store.settings.get("station"))
    known = known_stations(store.db, install)
    if as_json:
        click.echo(json.dumps({"install": install, "station": station, "sync_folder": str(folder or ""),
                               "stations": [k.to_json() for k in known]}, ensure_ascii=False, indent=2))
        return
    chosen = language()
    say(say_.THIS_PC, station=station, install=install, folder=folder or say_.NOT_SET.get(chosen))
    if not known:
        say(say_.NO_STATIONS_YET)
        return
    rows = [(k.station or "?", k.install[:8], _local(k.last_seen, chosen), _local(k.checked, chosen),
             problem_text(k.problem, chosen) + (say_.NAME_SHARED.get(chosen) if k.name_shared else "")
             + (say_.MARK_THIS_PC.get(chosen) if k.this_pc else "")) for k in known]
    titles = tuple(title.get(chosen) for title in say_.STATUS_COLUMNS)
    widths = [max(len(cell) for cell in column) for column in zip(titles, *rows, strict=True)]
    for line in (titles, *rows):
        click.echo("  " + "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())


@click.command("sync")
@click.option("--status", "show_status", is_flag=True,
              help="Only show the stations this PC knows and when each was last seen (reads nothing from the share).")
@click.option("--json", "as_json", is_flag=True, help="With --status: print a JSON object.")
@click.option("--new-install-id", "renew", is_flag=True,
              help="Give this PC a new install id. Only for a PC whose data folder was copied from another PC.")
@click.pass_obj
def sync_visits(config: Config, show_status: bool, as_json: bool, renew: bool) -> None:
    """Exchange visits with the centre's other counter PCs through the shared folder (setting sync_folder).

    Writes this PC's new visits and events to its own files in the folder and imports the other PCs' new ones;
    running it twice adds nothing. The window does the same by itself. Exits 2 when the folder can't be used, 1 when
    another PC's files could not all be imported (the message says why).

    \b
    Examples:
      frontdesk settings set sync_folder '\\\\server\\frontdesk'
      frontdesk visits sync
      frontdesk visits sync --status --json
    """
    with open_store(config) as store:
        folder = configured_folder(store.settings)
        if renew:
            old, new = store.settings.install_id(), store.settings.new_install_id()
            say(say_.RENEWED, old=old, new=new)
            return
        if show_status:
            _print_status(store, folder, as_json)
            return
        chosen = language()
        if folder is None:
            fail(say_.NO_SYNC_FOLDER, code=2)
        try:
            if prepare(folder):
                say(say_.MADE_FOLDER, path=folder / "stations")
        except SyncUnavailable as exc:
            fail(say_.FOLDER_UNUSABLE, code=2, folder=folder, problem=problem_text(exc.problem.value, chosen))
        done = sync_run(store, folder)
    failure = done.publish_error or done.collect_error
    if done.published is not None:
        count, held, events = len(done.published.written), done.published.held_back, done.published.events_held_back
        written = say_.WROTE_MONTH_FILE if count == 1 else say_.WROTE_MONTH_FILES
        click.echo(written.fill(chosen, count=count)
                   + (say_.VISITS_HELD.fill(chosen, count=held) if held else "")
                   + (say_.EVENTS_HELD.fill(chosen, count=events) if events else ""))
    for outcome in done.collected.stations if done.collected else []:
        name = outcome.station or outcome.install[:8]
        click.echo(say_.SYNCED.fill(chosen, station=name, added=formatting.number(outcome.added, chosen))
                   + (say_.SYNCED_EVENTS.fill(chosen, added=outcome.events_added) if outcome.events_added else ""))
        if outcome.problem is not None:
            say(ERROR, message=outcome.describe(chosen), err=True)
    if failure is not None:
        fail(say_.FOLDER_PROBLEM, code=2, folder=failure.folder, problem=problem_text(failure.problem.value, chosen))
    if done.collected is not None and done.collected.problems:
        sys.exit(1)
