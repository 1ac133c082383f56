"""A disk cache of the parsed guides and their built search index, so a start-up skips YAML and indexing.

Reading 80+ guides with PyYAML and indexing them (Snowball stemming of every word) is most of a cold
``frontdesk search``; with this cache a start only stats the guide files and unpickles one file.

- Keyed on everything the cached content is built from: the guide files' signature (path, mtime, size), the
  folders, the agency and category ids they are validated against, the state of the centre's local values
  (``lokalt.yaml``, indexed with the guides), the frontdesk version and the knowledge code's own files (so a
  developer's edit to the indexer never meets a stale index). Any difference, or an unreadable or damaged
  file, is a miss: the caller builds afresh and the cache is rewritten.
- Holds guide content and the centre's local values only. It is written right after a build, before any
  query, and the index leaves out its stemmer when pickled (its cache also remembers query words), so search
  text never reaches disk.
- Written atomically (temporary file in the same folder, then ``os.replace``); a failed write is ignored.
- The pickle is trusted like the guide files themselves: it lives in the user's own cache folder.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import tempfile
from collections.abc import Collection, Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path

from frontdesk import __version__
from frontdesk.knowledge.index import InvertedIndex
from frontdesk.knowledge.loader import GuideFolder, LoadResult

log = logging.getLogger(__name__)

FORMAT = 2
FILE_NAME = "guides-index.pickle"
# The modules whose code decides what is cached: a change to any of them invalidates the cache.
_CODE_FILES = ("index.py", "ranking.py", "text.py", "snippets.py", "loader.py", "validation.py",
               "frontmatter.py", "model.py", "index_cache.py", "library.py", "local_text.py", "local_facts.py",
               "local_keys.py", "sections.py")


@dataclass(frozen=True)
class CachedLibrary:
    result: LoadResult
    index: InvertedIndex  # document numbers follow ``result.guides`` order


def cache_key(
    folders: Sequence[GuideFolder],
    signature: Hashable,
    agencies: Collection[str],
    categories: Collection[str] | None,
    local: Hashable = None,
) -> tuple[Hashable, ...]:
    """``local``: the state of what the centre filled in (its values file, the centre-wide keys)."""
    code = Path(__file__).resolve().parent
    return (
        FORMAT,
        __version__,
        tuple(_stat(code / name) for name in _CODE_FILES),
        tuple((str(f.path), f.is_local) for f in folders),
        signature,
        tuple(sorted(agencies)),
        None if categories is None else tuple(sorted(categories)),
        local,
    )


def _stat(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError:  # a frozen bundle may carry no source files: the version alone decides there
        return (path.name, 0, 0)
    return (path.name, stat.st_mtime_ns, stat.st_size)


class IndexCache:
    """One cache file in ``folder``; :meth:`load` and :meth:`save` never raise for I/O or bad content."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME

    def load(self, key: tuple[Hashable, ...]) -> CachedLibrary | None:
        try:
            with self.path.open("rb") as file:
                stored_key, result, index = pickle.load(file)
        except FileNotFoundError:
            return None
        except Exception:  # damaged, truncated, or written by other code: rebuild
            log.info("guide cache unreadable; rebuilding it")
            return None
        if stored_key != key or not isinstance(result, LoadResult) or not isinstance(index, InvertedIndex):
            return None
        if index.size != len(result.guides):
            return None
        return CachedLibrary(result, index)

    def save(self, key: tuple[Hashable, ...], cached: CachedLibrary) -> bool:
        """Write the cache atomically; False (and nothing changed) when the folder is not writable."""
        temporary: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".guides-index-", dir=self.path.parent)
            with os.fdopen(handle, "wb") as file:
                pickle.dump((key, cached.result, cached.index), file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
            return True
        except (OSError, pickle.PicklingError, RecursionError):
            log.info("guide cache not written", exc_info=True)
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            return False
