"""Where frontdesk keeps its files.

Everything the app writes lives under one *home* folder. By default that is the platformdirs user data
folder for ``frontdesk``; ``FRONTDESK_HOME`` or the global ``--home DIR`` option moves all of it (database,
settings, local guides, backups, logs) under DIR, which is what tests and portable installs use.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "frontdesk"
HOME_ENV = "FRONTDESK_HOME"


def bundled_data_dir() -> Path:
    """The read-only data shipped with the app (guides, taxonomy, synonyms, allowlists).

    An installed wheel carries it inside the package (``frontdesk/data``); a source checkout or an editable
    install finds it at the repository root (``data/``).
    """
    packaged = Path(__file__).resolve().parent / "data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "data"


@dataclass(frozen=True)
class Config:
    """Resolved paths. Build it with :meth:`Config.from_env`; pass it to whatever needs a path."""

    home: Path
    log_dir: Path
    data_dir: Path

    @classmethod
    def from_env(cls, home: str | os.PathLike[str] | None = None) -> Config:
        """``home`` (the ``--home`` option) wins over ``FRONTDESK_HOME``, which wins over platformdirs."""
        chosen = home if home is not None else os.environ.get(HOME_ENV) or None
        if chosen is not None:
            root = Path(chosen).expanduser().resolve()
            return cls(home=root, log_dir=root / "logs", data_dir=bundled_data_dir())
        return cls(
            home=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            data_dir=bundled_data_dir(),
        )

    @property
    def database_path(self) -> Path:
        return self.home / "visits.sqlite3"

    @property
    def backup_dir(self) -> Path:
        return self.home / "backups"

    @property
    def local_guides_dir(self) -> Path:
        return self.home / "guides"

    @property
    def local_categories_path(self) -> Path:
        """A municipality's own visit categories, added to the bundled taxonomy."""
        return self.home / "categories.yaml"

    @property
    def supervisor_path(self) -> Path:
        """The supervisor PIN's scrypt hash and its rate-limit state."""
        return self.home / "supervisor.json"

    @property
    def packs_dir(self) -> Path:
        """Signed guide packs installed with ``frontdesk guides import``, one folder per pack."""
        return self.home / "packs"

    @property
    def trusted_keys_files(self) -> tuple[Path, ...]:
        """Public keys whose guide packs may be imported: shipped ones, then the centre's own."""
        return (self.data_dir / "trusted_keys.txt", self.home / "trusted_keys.txt")

    @property
    def bundled_guides_dir(self) -> Path:
        return self.data_dir / "guides"

    def ensure_home(self) -> None:
        """Create the writable folders. Called by commands that write, never by read-only ones."""
        for folder in (self.home, self.local_guides_dir, self.backup_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
