"""The knowledge base the app and CLI use: guides from all folders, their problems, and search.

Reading happens only when asked: :meth:`KnowledgeBase.reload` reads every guide, :meth:`KnowledgeBase.refresh`
reloads when a guide file was added, edited or removed (the window asks before every search, so a guide dropped
into the local folder shows up without a restart), and indexes again when the centre's local values changed
(``lokalt.yaml``: a value typed in the window or with ``frontdesk local set`` is found by the next search).
Everything else only reads what was loaded.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from frontdesk.config import Config
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.loader import GuideFolder, LoadResult, guide_files, load_guides
from frontdesk.knowledge.local_text import LocalFiles
from frontdesk.knowledge.model import Guide, Problem
from frontdesk.knowledge.pack_folders import installed_pack_folders
from frontdesk.knowledge.search import SearchHit, SearchIndex
from frontdesk.knowledge.synonyms import SynonymTable

Signature = tuple[tuple[str, int, int], ...]
Progress = Callable[[int, int], None]


def library_folders(config: Config, local_folder: Path | None = None) -> list[GuideFolder]:
    """Bundled guides, then installed packs, then the municipality's folder (``<home>/guides`` unless
    settings say otherwise); a later folder's guide replaces an earlier one with the same id."""
    folders = [GuideFolder(config.bundled_guides_dir, is_local=False)]
    folders += [GuideFolder(pack) for pack in installed_pack_folders(config.packs_dir)]
    folders.append(GuideFolder(local_folder or config.local_guides_dir, is_local=True))
    return folders


class KnowledgeBase:
    def __init__(
        self,
        folders: Sequence[GuideFolder],
        registry: AgencyRegistry,
        synonyms: SynonymTable,
        categories: Collection[str] | None = None,
        folder_source: Callable[[], Sequence[GuideFolder]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        local: LocalFiles | None = None,
    ) -> None:
        """``folder_source``: asked again at every refresh, so a newly installed pack folder is picked up like any
        other new guide file. ``local``: the centre's values and notes, searched with the guides that use them."""
        self.folders = tuple(folders)
        self._local = local
        self._local_state: object = None
        self._folder_source = folder_source
        self._clock = clock
        self._last_check = float("-inf")
        self.registry = registry
        self.synonyms = synonyms
        self.categories = categories
        self._result = LoadResult()
        self._index: SearchIndex | None = None
        self._signature: Signature | None = None

    @classmethod
    def from_config(
        cls, config: Config, categories: Collection[str] | None = None, local_folder: Path | None = None,
    ) -> KnowledgeBase:
        """The library :func:`library_folders` describes, with the bundled agencies and synonyms, and the local
        values and notes of ``lokalt.yaml`` in the municipality's folder."""
        return cls(
            library_folders(config, local_folder),
            AgencyRegistry.load(config.data_dir),
            SynonymTable.load(config.data_dir / "synonyms.yaml"),
            categories,
            folder_source=lambda: library_folders(config, local_folder),
            local=LocalFiles.of(config.data_dir, local_folder or config.local_guides_dir),
        )

    # -- loading -----------------------------------------------------------------------------------------
    def _current_signature(self) -> Signature:
        if self._folder_source is not None:
            self.folders = tuple(self._folder_source())
        entries: list[tuple[str, int, int]] = []
        for folder in self.folders:
            for path in guide_files(folder.path):
                try:
                    stat = path.stat()
                except OSError:
                    continue
                entries.append((str(path), stat.st_mtime_ns, stat.st_size))
        return tuple(entries)

    def _current_local_state(self) -> object:
        return self._local.state() if self._local is not None else None

    def reload(self, progress: Progress | None = None) -> LoadResult:
        """Read every guide and build the search index now."""
        self._last_check = self._clock()
        self._signature = self._current_signature()
        self._local_state = self._current_local_state()
        self._result = load_guides(self.folders, agencies=self.registry.agencies, categories=self.categories)
        self._index_guides(progress)
        return self._result

    def _index_guides(self, progress: Progress | None) -> None:
        guides = list(self._result.guides.values())
        local = self._local.texts(self._result.guides, guides) if self._local is not None else {}
        self._index = SearchIndex(guides, self.synonyms, progress=progress, local=local)

    def refresh(self, progress: Progress | None = None, unless_checked_within: float = 0.0) -> bool:
        """Reload when any guide file was added, changed or removed since the last load, index again when the
        local values changed; True if it did either.

        Looking at the guides means a stat of every guide file: a caller that asks on every keystroke passes
        ``unless_checked_within`` (seconds) and the guide files are looked at no more often than that. The
        values file is one stat and is looked at every time, so a value saved a moment ago is found."""
        if self._signature is None:
            self.reload(progress)
            return True
        if self._clock() - self._last_check >= unless_checked_within:
            self._last_check = self._clock()
            if self._current_signature() != self._signature:
                self.reload(progress)
                return True
        local_state = self._current_local_state()
        if local_state != self._local_state:
            self._local_state = local_state
            self._index_guides(progress)
            return True
        return False

    # -- reading what was loaded -------------------------------------------------------------------------
    @property
    def guides(self) -> dict[str, Guide]:
        return self._result.guides

    @property
    def problems(self) -> list[Problem]:
        """Load errors (the guide was skipped) for the guide-problems list."""
        return list(self._result.problems)

    def get(self, guide_id: str) -> Guide | None:
        return self.guides.get(guide_id)

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        return self._index.search(query, limit=limit) if self._index is not None else []

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        """Corrected spellings of ``query`` for "Mente du …?" when it finds little or nothing."""
        return self._index.suggest(query, limit=limit) if self._index is not None else []
