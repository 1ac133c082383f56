"""Installed guide packs on disk, and switching a pack to a new version in one step.

```
packs/
  .lock                      held while a pack is installed or leftovers are removed
  kommunen/
    current.json             {"folder": ".v2026.12-3f9c2a1b7d4e", "version": "2026.12", "created": "2026-12-01"}
    .v2026.12-3f9c2a1b7d4e/  the guides of the version in use
```

An install writes the new version's folder beside the one in use, then replaces ``current.json`` with
``os.replace``, which is atomic on Linux and Windows: a kill at any moment leaves the old version or the new
one in use, never neither. What a kill leaves behind (a version folder no pointer names, a half-written
pointer) is hidden from the loader and removed at the next start or import. A pack folder without
``current.json`` holds its guides directly: a pack installed by an earlier frontdesk.
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import shutil
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from frontdesk.atomic_file import sync_folder

POINTER = "current.json"
LOCK = ".lock"
_VERSION_FOLDER = re.compile(r"\.v[0-9.]{1,40}-[0-9a-f]{12}")
_OLD_LEFTOVER = re.compile(r"\.(incoming|retired)-([a-z0-9-]+)-[0-9a-f]{32}")  # an earlier frontdesk's

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InstalledPack:
    name: str
    folder: Path  # its guides
    version: str | None  # None: installed by a frontdesk that kept no version
    created: date | None


def installed_packs(packs_dir: Path) -> list[InstalledPack]:
    """Installed packs in name order (a later pack's guide replaces an earlier one's with the same id)."""
    if not packs_dir.is_dir():
        return []
    packs = (installed_pack(packs_dir, p.name) for p in sorted(packs_dir.iterdir()) if not p.name.startswith("."))
    return [p for p in packs if p is not None]


def installed_pack_folders(packs_dir: Path) -> list[Path]:
    return [pack.folder for pack in installed_packs(packs_dir)]


def installed_pack(packs_dir: Path, name: str) -> InstalledPack | None:
    pack_dir = packs_dir / name
    if not pack_dir.is_dir():
        return None
    try:
        raw = json.loads((pack_dir / POINTER).read_bytes())
    except FileNotFoundError:
        return InstalledPack(name, pack_dir, None, None)
    except (OSError, ValueError):
        raw = None
    try:
        folder, version, created = raw["folder"], raw["version"], date.fromisoformat(raw["created"])
        comparable = isinstance(version, str) and all(p.isascii() and p.isdigit() for p in version.split("."))
        if _VERSION_FOLDER.fullmatch(folder) and (pack_dir / folder).is_dir() and comparable:
            return InstalledPack(name, pack_dir / folder, version, created)
    except (TypeError, KeyError, ValueError):
        pass
    log.warning("guide pack %s is left out: %s is damaged; import the pack again", name, pack_dir / POINTER)
    return None


# -- installing ------------------------------------------------------------------------------------------------
@contextmanager
def locked(packs_dir: Path) -> Iterator[None]:
    """One install (or clean-up) at a time, across processes; the lock goes with the process that held it."""
    packs_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(packs_dir / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _lock(fd, wait=True)
        yield
    finally:
        _unlock(fd)
        os.close(fd)


def stage(packs_dir: Path, name: str, version: str, files: Mapping[str, bytes]) -> Path:
    """Write a version's guides to a new folder the loader does not see yet; on failure nothing is left."""
    pack_dir = packs_dir / name
    pack_dir.mkdir(exist_ok=True)
    folder = pack_dir / f".v{version}-{secrets.token_hex(6)}"
    try:
        folder.mkdir()
        for rel, data in files.items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            _write(folder / rel, data)
        for written in sorted((p for p in folder.rglob("*") if p.is_dir()), reverse=True):
            sync_folder(written)
        sync_folder(folder)
        sync_folder(pack_dir)
    except BaseException:
        discard(folder)
        raise
    return folder


def switch(folder: Path, version: str, created: date) -> None:
    """Put ``folder`` in use in one step, then remove the version it replaces."""
    pack_dir = folder.parent
    pointer = {"folder": folder.name, "version": version, "created": created.isoformat()}
    temporary = pack_dir / f".{POINTER}.{secrets.token_hex(6)}.tmp"
    try:
        _write(temporary, json.dumps(pointer).encode("utf-8"))
        _replace(temporary, pack_dir / POINTER)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    with suppress(OSError):  # the switch is done; what follows only tidies up
        sync_folder(pack_dir)
        _tidy(pack_dir)


def discard(folder: Path) -> None:
    """Remove a staged version; the pack's folder too when that leaves it empty (a first install)."""
    shutil.rmtree(folder, ignore_errors=True)
    with suppress(OSError):
        folder.parent.rmdir()


def remove_leftovers(packs_dir: Path) -> None:
    """What interrupted installs left (see the module docstring). Called with the lock held."""
    for entry in sorted(packs_dir.iterdir()):
        old = _OLD_LEFTOVER.fullmatch(entry.name)
        if old and old.group(1) == "retired" and not (packs_dir / old.group(2)).exists():
            entry.rename(packs_dir / old.group(2))  # killed between an earlier frontdesk's two renames
        elif old:
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.is_dir() and not entry.name.startswith("."):
            _tidy(entry)


def clean_at_start(packs_dir: Path) -> None:
    """Remove leftovers when nothing is being installed; never raises (a read-only home is fine to start in)."""
    if not packs_dir.is_dir():
        return
    try:
        fd = os.open(packs_dir / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        log.info("guide packs: leftovers not checked (%s)", exc)
        return
    try:
        if _lock(fd, wait=False):
            remove_leftovers(packs_dir)
    except OSError as exc:
        log.warning("guide packs: leftovers not removed (%s)", exc)
    finally:
        _unlock(fd)
        os.close(fd)


def _tidy(pack_dir: Path) -> None:
    """Keep the pointer and the folder it names; without a pointer, keep all but staging leftovers."""
    if (pack_dir / POINTER).exists():
        current = installed_pack(pack_dir.parent, pack_dir.name)
        if current is None:
            return  # a damaged pointer: leave everything for the next import to put right
        leftovers = [e for e in pack_dir.iterdir() if e.name not in (POINTER, current.folder.name)]
    else:
        leftovers = [e for e in pack_dir.iterdir()
                     if _VERSION_FOLDER.fullmatch(e.name) or e.name.startswith(f".{POINTER}.")]
    for entry in leftovers:
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
    with suppress(OSError):
        pack_dir.rmdir()  # only when empty: a first install that was killed


def _write(path: Path, data: bytes) -> None:
    with open(path, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _replace(source: Path, target: Path) -> None:
    for attempt in range(20):
        try:
            os.replace(source, target)
            return
        except PermissionError:  # on Windows: a reader has the pointer open for a moment
            if sys.platform != "win32" or attempt == 19:
                raise
            time.sleep(0.05)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int, *, wait: bool) -> bool:
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return True
            except OSError:
                if not wait:
                    return False
                time.sleep(0.1)

    def _unlock(fd: int) -> None:
        with suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int, *, wait: bool) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        pass  # closing the file releases the lock
