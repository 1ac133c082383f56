"""Several counter PCs sharing one real folder: each a real VisitStore in its own folder, synced for real."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from frontdesk.visits.store import VisitStore
from frontdesk.visits.sync_files import STATION_FILE, stations_folder
from frontdesk.visits.taxonomy import Taxonomy


class Centre:
    """A shared folder and the counter PCs that use it."""

    def __init__(self, root: Path, taxonomy: Taxonomy) -> None:
        self.root = root
        self.share = root / "share"
        stations_folder(self.share).mkdir(parents=True)
        self.taxonomy = taxonomy
        self.stores: list[VisitStore] = []

    def pc(self, name: str, station: str) -> VisitStore:
        (self.root / name).mkdir()
        store = VisitStore(self.root / name / "visits.sqlite3", self.taxonomy)
        store.settings.set("station", station)
        store.settings.set("sync_folder", str(self.share))
        self.stores.append(store)
        return store

    def close(self) -> None:
        for store in self.stores:
            store.close()


def log_visits(store: VisitStore, *moments: datetime, category: str = "nav.meldekort") -> None:
    for moment in moments:
        store.add(category, station=str(store.settings.get("station")), at=moment)


def visit_ids(store: VisitStore) -> set[str]:
    return {str(row[0]) for row in store.db.execute("SELECT id FROM visits")}


def folder_of(store: VisitStore, share: Path) -> Path:
    return stations_folder(share) / store.settings.install_id()


def station_json(store: VisitStore, share: Path) -> dict[str, object]:
    data = json.loads((folder_of(store, share) / STATION_FILE).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _writable(folder: Path) -> bool:
    probe = folder / "probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return False
    probe.unlink()
    return True


def _chattr(paths: list[Path], flag: str) -> None:
    chattr = shutil.which("chattr")
    if chattr is not None:
        subprocess.run([chattr, flag, *map(str, paths)], capture_output=True, check=False)


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """``folder`` and everything in it read-only, as a share mounted read-only: chmod, and where that does not
    stop the writer (root) Linux's immutable attribute. Asserts that it worked."""
    paths = [folder, *folder.rglob("*")]
    modes = {path: stat.S_IMODE(path.stat().st_mode) for path in paths}
    for path in sorted(paths, reverse=True):
        path.chmod(modes[path] & ~0o222)
    immutable = _writable(folder)
    if immutable:
        _chattr(paths, "+i")
    try:
        assert not _writable(folder), "could not make the folder read-only on this machine"
        yield
    finally:
        if immutable:
            _chattr(paths, "-i")
        for path in paths:
            path.chmod(modes[path])


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """``path`` can't be replaced or removed, as a file another program holds open on a Windows share: Linux's
    immutable attribute, or where that can't be set (no root) a folder that refuses renames into it."""
    _chattr([path], "+i")
    folder_mode = stat.S_IMODE(path.parent.stat().st_mode)
    if not _replace_refused(path):
        path.parent.chmod(folder_mode & ~0o222)
    try:
        assert _replace_refused(path), "could not lock the file on this machine"
        yield
    finally:
        _chattr([path], "-i")
        path.parent.chmod(folder_mode)


def _replace_refused(path: Path) -> bool:
    probe = path.with_name(".probe")
    try:
        probe.write_bytes(path.read_bytes())
        probe.replace(path)
    except OSError:
        probe.unlink(missing_ok=True)
        return True
    return False
