"""What the centre filled in for each guide, as search reads it: the values of the local facts the guide's text
uses (centre-wide and its own) and its note, from ``lokalt.yaml``.

Staff type the name of the municipality's portal or their Nav office and find the guides that show it. The
local-facts modules are imported only when there is a values file to read: a centre that has filled in nothing
never pays for them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from frontdesk.knowledge.local_keys import load_centre_keys, slot_names
from frontdesk.knowledge.local_values import values_path
from frontdesk.knowledge.model import Guide

log = logging.getLogger(__name__)

KEYS_FILE = "local_keys.yaml"  # local_facts.CENTRE_KEYS_FILE, named here so a start need not import local_facts
FileState = tuple[int, int, int] | None


def _state(path: Path) -> FileState:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)  # every save replaces the file: a new inode


@dataclass(frozen=True)
class LocalFiles:
    """Where the local facts are: the centre-wide keys (``data/local_keys.yaml``) and the centre's values."""

    keys: Path
    values: Path

    @classmethod
    def of(cls, data_dir: Path, folder: Path) -> LocalFiles:
        """The bundled keys in ``data_dir``; the values in the municipality's guides ``folder``."""
        return cls(data_dir / KEYS_FILE, values_path(folder))

    def state(self) -> tuple[FileState, FileState]:
        """What the local texts are built from, to notice a change: one stat each."""
        return (_state(self.values), _state(self.keys))

    def texts(self, guides: Mapping[str, Guide], indexed: Iterable[Guide]) -> dict[str, str]:
        """Per guide of ``indexed``, its filled values (one per line, each once) and then its note; ``guides``:
        the whole library, whose own facts are the keys. A values or keys file that can't be read gives none:
        search goes on, and the window and ``frontdesk guides check`` say what is wrong."""
        if not self.values.is_file():
            return {}
        from frontdesk.knowledge.local_facts import LocalFactsStore
        from frontdesk.knowledge.local_keys import LocalKeysError
        from frontdesk.knowledge.local_values import LocalValuesError

        try:
            facts = LocalFactsStore(load_centre_keys(self.keys), self.values.parent).facts(guides)
        except (LocalKeysError, LocalValuesError):
            log.info("local facts unreadable; searching without them")
            return {}
        if not facts.values.values and not facts.values.notes:
            return {}
        texts: dict[str, str] = {}
        for guide in indexed:
            filled = (facts.fill(guide, name).value for _offset, name in slot_names(guide.body))
            lines = [*dict.fromkeys(value for value in filled if value), facts.note(guide.id) or ""]
            if any(lines):
                texts[guide.id] = "\n".join(lines)
        return texts
