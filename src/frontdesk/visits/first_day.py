"""The first start's set-up: whether this install still needs it, and the counter name to suggest.

Every new install starts with the same counter name (the ``station`` default, "skranke-1"), and two counter
PCs that both keep it merge into one counter in the reports. So the window asks once per install for the
counter's and the centre's names (and the language and favourites) and records that it was answered in the
setting ``setup_done``. An install that upgraded from before the set-up existed is asked only while it still
has the default name: a counter that chose its own name long ago is left alone.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Iterable

from sqlite_utils import Database

from frontdesk.visits.model import validate_station
from frontdesk.visits.privacy import RefusedText
from frontdesk.visits.settings import SPECS, Settings

DEFAULT_STATION: str = SPECS["station"].default
PREFIX = "skranke"
_NOT_A_NAME = re.compile(r"[^a-z0-9æøå]+")
_HOST_LENGTH = 20  # the PC's part of a suggested name: enough to tell PCs apart, short enough to read
_GENERIC_HOSTS = frozenset({"", "localhost", "localdomain", "ubuntu", "debian", "raspberrypi"})


def needs_setup(settings: Settings) -> bool:
    """True until the set-up was confirmed on this install, unless the counter already has a name of its own."""
    return not settings.get("setup_done") and settings.get("station") == DEFAULT_STATION


def mark_done(settings: Settings) -> None:
    settings.set("setup_done", True)


def stations_in_log(db: Database) -> set[str]:
    """Every counter name the log holds visits, folded totals or events from (this PC's and imported ones)."""
    found: set[str] = set()
    for table in ("visits", "monthly_aggregates", "events"):
        if db[table].exists():
            found.update(str(row[0]) for row in db.execute(f"SELECT DISTINCT station FROM {table}").fetchall())
    return found


def has_logged(db: Database, station: str) -> bool:
    """True when the log holds a visit from ``station``: those keep the name if the counter is renamed."""
    return db.execute("SELECT 1 FROM visits WHERE station = ? LIMIT 1", [station]).fetchone() is not None


def _usable(name: str) -> str | None:
    try:
        return validate_station(name)
    except (RefusedText, ValueError):  # a name, too many digits or a strange shape: don't offer it
        return None


def name_from_pc(hostname: str | None = None) -> str | None:
    """"skranke-" and the PC's network name, when that makes a short, plain name the privacy rules accept."""
    host = (socket.gethostname() if hostname is None else hostname).split(".")[0].casefold()
    host = _NOT_A_NAME.sub("-", host).strip("-")[:_HOST_LENGTH].strip("-")
    if host in _GENERIC_HOSTS:
        return None
    return _usable(host if host.startswith(PREFIX) else f"{PREFIX}-{host}")


def suggest_station(hostname: str | None = None, taken: Iterable[str] = ()) -> str:
    """A counter name this PC is unlikely to share with another: :func:`name_from_pc`, else the first
    "skranke-N" not in ``taken``."""
    from_pc = name_from_pc(hostname)
    if from_pc is not None:
        return from_pc
    used = set(taken)
    number = 1
    while f"{PREFIX}-{number}" in used:
        number += 1
    return f"{PREFIX}-{number}"
