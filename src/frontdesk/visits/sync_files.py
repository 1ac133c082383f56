"""The shared folder's layout, and handling its files the way shares need (no database here).

::

    <sync_folder>/stations/                      made once: by `frontdesk visits sync`, or by IT
        <install id>/                            one folder per install, named by its random id, never by the
                                                 station name (names change, and two PCs may share one)
            station.json                         the station file: name, and each month file's sha256 and size
            2026-10.json                         the install's own visits in that month, in the export format

Every file is written to a hidden temporary file in the same folder and then renamed over the old one, so a
reader sees the old file or the new one, never half of one. Readers still expect anything: a file cut short by a
copy that isn't frontdesk's, one that is locked, gone, huge or not JSON. Month files are per month so a write
after a visit rewrites a few hundred kilobytes, not a year. Times come only from file modification times, set
by the file server, so PCs whose clocks disagree still agree about which file is newer than which.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from frontdesk import __version__
from frontdesk.atomic_file import PARTIAL
from frontdesk.i18n import Text
from frontdesk.visits.privacy import RefusedText, check
from frontdesk.visits.settings import is_install_id

STATIONS = "stations"
STATION_FILE = "station.json"
STATION_FORMAT = "frontdesk-station"
STATION_SCHEMA = 1
MONTH_FILE = re.compile(r"^(\d{4}-(?:0[1-9]|1[0-2]))\.json$")
MAX_STATION_BYTES = 1 << 20
MAX_MONTH_BYTES = 64 << 20  # a month of a very busy counter is a few megabytes
STALE_PARTIAL_SECONDS = 3600  # a temporary file this old was left by a writer that died
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class Problem(StrEnum):
    """Why sync did not (fully) work, stored in ``sync_stations.problem``."""

    OFFLINE = "offline"  # the shared folder (or its stations/ folder) is not there
    WRITE_REFUSED = "write_refused"  # the share refused a write: read-only, or a file in use
    DISK_FULL = "disk_full"
    UNREADABLE = "unreadable"  # another station's file is missing, locked, cut short or not JSON
    REFUSED = "refused"  # another station's file was read but refused (a bad visit, an unknown category)
    SAME_STATION = "same_station"  # another install uses this install's station name


# What each problem means, for people; the window and `visits sync --status` show these.
PROBLEM_TEXT: dict[Problem, Text] = {
    Problem.OFFLINE: Text("den delte mappen er ikke tilgjengelig; besøkene venter her og sendes når den er tilbake",
                          "den delte mappa er ikkje tilgjengeleg; besøka ventar her og blir sende når ho er tilbake",
                          "the shared folder can't be reached; visits wait here and go out when it is back"),
    Problem.WRITE_REFUSED: Text("den delte mappen tok ikke imot filen (skrivebeskyttet, eller filen er i bruk)",
                                "den delte mappa tok ikkje imot fila (skriveverna, eller fila er i bruk)",
                                "the shared folder refused the file (read-only, or the file is in use)"),
    Problem.DISK_FULL: Text("den delte mappen er full", "den delte mappa er full", "the shared folder is full"),
    Problem.UNREADABLE: Text("en fil kunne ikke leses nå (låst, under kopiering eller borte); prøves igjen",
                             "ei fil kunne ikkje lesast no (låst, under kopiering eller borte); blir prøvd igjen",
                             "a file could not be read now (locked, being copied or gone); tried again"),
    Problem.REFUSED: Text("en fil ble avvist (se frontdesk visits sync)",
                          "ei fil vart avvist (sjå frontdesk visits sync)",
                          "a file was refused (see frontdesk visits sync)"),
    Problem.SAME_STATION: Text("bruker samme skrankenavn som denne PC-en; gi én av dem et annet navn",
                               "brukar same skrankenamn som denne PC-en; gi éin av dei eit anna namn",
                               "uses this PC's station name; give one of them another name"),
}


def problem_text(problem: str | None, language: str = "nb") -> str:
    if problem is None:
        return "ok"
    try:
        return PROBLEM_TEXT[Problem(problem)].get(language)
    except ValueError:
        return problem


class SyncUnavailable(OSError):
    """The shared folder can't be used at all right now; nothing was changed locally."""

    def __init__(self, problem: Problem, folder: Path, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {folder}{f' ({detail})' if detail else ''}")
        self.problem, self.folder = problem, folder


def write_problem(error: OSError) -> Problem:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return Problem.DISK_FULL
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return Problem.OFFLINE
    return Problem.WRITE_REFUSED


@dataclass(frozen=True)
class MonthEntry:
    sha256: str
    size: int


@dataclass(frozen=True)
class StationFile:
    """A station file as read: whose it is, its name, its months, and when the server says it was written."""

    install: str
    station: str
    months: dict[str, MonthEntry] = field(default_factory=dict)
    written: datetime | None = None


class StationFileError(ValueError):
    """A station file that can't be used. ``problem`` says whether it may be fine next time (UNREADABLE)."""

    def __init__(self, problem: Problem, text: str) -> None:
        super().__init__(text)
        self.problem = problem


class StationFileMissing(StationFileError):
    """The install's folder has no station file yet: it is being made (a new PC's first write)."""


def stations_folder(root: Path) -> Path:
    return root / STATIONS


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def encode(document: dict[str, Any]) -> bytes:
    """Compact and deterministic: the same document always gives the same bytes, and so the same digest."""
    return (json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def station_document(install: str, station: str, months: dict[str, MonthEntry]) -> dict[str, Any]:
    return {"format": STATION_FORMAT, "schema": STATION_SCHEMA, "install": install, "station": station,
            "frontdesk": __version__,
            "months": {month: {"sha256": e.sha256, "size": e.size} for month, e in sorted(months.items())}}


def read_limited(path: Path, limit: int) -> tuple[bytes, os.stat_result]:
    """The file's bytes and status; OSError when it is gone, locked or larger than ``limit``."""
    with open(path, "rb") as source:
        status = os.fstat(source.fileno())
        data = source.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"{path.name} is larger than {limit} bytes")
    return data, status


def modified(status: os.stat_result) -> datetime:
    return datetime.fromtimestamp(status.st_mtime, UTC)


def read_station_file(folder: Path) -> StationFile:
    """The station file in an install's ``folder`` (named by its install id). Raises StationFileError."""
    try:
        data, status = read_limited(folder / STATION_FILE, MAX_STATION_BYTES)
    except FileNotFoundError:
        raise StationFileMissing(Problem.UNREADABLE, f"{folder / STATION_FILE}: not written yet.") from None
    except OSError as exc:
        raise StationFileError(Problem.UNREADABLE, f"{folder / STATION_FILE}: can't be read ({exc}).") from None
    return parse_station_file(data, folder, modified(status))


def parse_station_file(data: bytes, folder: Path, written: datetime | None = None) -> StationFile:
    path = folder / STATION_FILE
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise StationFileError(Problem.UNREADABLE, f"{path}: not complete JSON (being written, or cut short).") \
            from None
    if not isinstance(document, dict) or document.get("format") != STATION_FORMAT:
        raise StationFileError(Problem.REFUSED, f"{path}: not a frontdesk station file.")
    if document.get("schema") != STATION_SCHEMA:
        raise StationFileError(Problem.REFUSED, f"{path}: written by a newer frontdesk. Update frontdesk on this "
                                                "PC.")
    install, months = document.get("install"), document.get("months")
    if not is_install_id(install) or install != folder.name:
        raise StationFileError(Problem.REFUSED, f"{path}: its install id does not match its folder.")
    try:
        station = check("station", document.get("station"))
    except RefusedText:  # the refused name is not repeated
        raise StationFileError(Problem.REFUSED, f"{path}: the station name is not one frontdesk accepts.") \
            from None
    entries: dict[str, MonthEntry] = {}
    for month, entry in months.items() if isinstance(months, dict) else [("", None)]:
        sha, size = (entry.get("sha256"), entry.get("size")) if isinstance(entry, dict) else (None, None)
        if not (MONTH_FILE.match(f"{month}.json") and isinstance(sha, str) and _SHA256.match(sha)
                and type(size) is int and size >= 0):
            raise StationFileError(Problem.REFUSED, f"{path}: 'months' must map YYYY-MM to a sha256 and a size.")
        entries[month] = MonthEntry(sha, size)
    return StationFile(str(install), station, entries, written)


def install_folders(root: Path) -> list[Path]:
    """The install folders in the share, by name; anything else there (desktop.ini, a 'retired' folder) is
    ignored. Raises SyncUnavailable when the share or its stations/ folder is not there."""
    folder = stations_folder(root)
    try:
        with os.scandir(folder) as entries:
            return sorted(Path(e.path) for e in entries if is_install_id(e.name) and e.is_dir())
    except OSError as exc:
        raise SyncUnavailable(Problem.OFFLINE, folder, exc.strerror or str(exc)) from None


def remove_stale_partials(folder: Path, now_on_server: float) -> int:
    """Remove temporary files that a writer which died left in ``folder``. Their age is measured against a
    file just written (``now_on_server``), so a PC clock that disagrees with the server's doesn't matter."""
    removed = 0
    with suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(".") and entry.name.endswith(PARTIAL):
                with suppress(OSError):
                    if entry.stat().st_mtime < now_on_server - STALE_PARTIAL_SECONDS:
                        os.unlink(entry.path)
                        removed += 1
    return removed
