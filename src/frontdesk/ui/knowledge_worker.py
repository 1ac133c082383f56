"""All knowledge-base work (loading, indexing, searching) on a background thread; the editorial checks on another.

The knowledge base is not thread-safe and may re-index itself when a guide file changes, so every call to it
goes through this single worker, one at a time. The window only ever sees snapshots (a dict of guides, a list
of hits) delivered by signals, so typing never waits for indexing. Query text is never logged.

The editorial checks render every guide's Markdown to judge its links, which takes longer than loading the
guides: they run on a thread of their own, so the first search need not wait for them.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from PySide6.QtCore import QObject, QThread, Signal, Slot

from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.checks import all_warnings
from frontdesk.knowledge.library import KnowledgeBase
from frontdesk.knowledge.model import Guide, Problem
from frontdesk.knowledge.search import SearchHit

log = logging.getLogger(__name__)
# Searches look at the guide files at most this often: an edited or new guide shows up within this time, and a
# large library's files are not stat'ed on every keystroke. The local values file is one stat, looked at before
# every search: a value saved in «Tilpass veiledningene» is found by the next one.
RECHECK_SECONDS = 2.0


@dataclass(frozen=True)
class Snapshot:
    """What the window needs after a (re)load: the guides and everything wrong with them (the warnings come
    a moment after the guides, when the checks are done)."""

    guides: dict[str, Guide] = field(default_factory=dict)
    errors: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class SearchOutcome:
    generation: int
    hits: tuple[SearchHit, ...]
    suggestions: tuple[str, ...] = ()
    close_matches: tuple[SearchHit, ...] = ()


class _Worker(QObject):
    loaded = Signal(object)  # Snapshot
    progress = Signal(int, int)
    searched = Signal(object)  # SearchOutcome
    failed = Signal(str)

    def __init__(self, knowledge: KnowledgeBase) -> None:
        super().__init__()
        self._knowledge = knowledge
        self._guides: dict[str, Guide] | None = None

    def _publish_if_changed(self) -> None:
        guides = self._knowledge.guides
        if guides is not self._guides:
            self._guides = guides
            self.loaded.emit(Snapshot(dict(guides), tuple(self._knowledge.problems)))

    @Slot()
    def reload(self) -> None:
        try:
            self._knowledge.reload(progress=lambda done, total: self.progress.emit(done, total))
            self._publish_if_changed()
        except Exception:  # a broken folder must not kill the thread; the window shows a message
            log.exception("loading guides failed")
            self.failed.emit("load")

    @Slot(int, str, int)
    def search(self, generation: int, query: str, limit: int) -> None:
        try:
            self._knowledge.refresh(unless_checked_within=RECHECK_SECONDS)
            hits = tuple(self._knowledge.search(query, limit=limit)) if query.strip() else ()
            suggestions: tuple[str, ...] = ()
            close: tuple[SearchHit, ...] = ()
            if query.strip() and not hits:
                suggestions = tuple(self._knowledge.suggest(query, limit=5))
                if suggestions:  # "no hits" still lists the guides for the likeliest spelling
                    close = tuple(self._knowledge.search(suggestions[0], limit=limit))
            self._publish_if_changed()
            self.searched.emit(SearchOutcome(generation, hits, suggestions, close))
        except Exception:
            log.exception("search failed")  # the exception, never the query text
            self.failed.emit("search")


class _Checker(QObject):
    checked = Signal(object, object)  # the guides checked, their warnings

    def __init__(self, registry: AgencyRegistry, today: date) -> None:
        super().__init__()
        self._registry = registry
        self._today = today

    @Slot(object)
    def check(self, guides: Mapping[str, Guide]) -> None:
        try:
            self.checked.emit(guides, tuple(all_warnings(guides.values(), self._registry, self._today)))
        except Exception:  # the guides stay usable; only their warnings are missing
            log.exception("checking guides failed")


class KnowledgeService(QObject):
    """The window's handle on the knowledge base. Call :meth:`reload` and :meth:`search`; listen to signals:
    ``loaded`` when the guides are (re)loaded, ``checked`` when their warnings are known too."""

    loaded = Signal(object)
    checked = Signal(object)  # Snapshot, with its warnings
    progress = Signal(int, int)
    searched = Signal(object)
    failed = Signal(str)
    _reload_requested = Signal()
    _search_requested = Signal(int, str, int)
    _check_requested = Signal(object)

    def __init__(self, knowledge: KnowledgeBase, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("knowledge")
        self._worker = _Worker(knowledge)
        self._worker.moveToThread(self._thread)
        self._check_thread = QThread()
        self._check_thread.setObjectName("guide checks")
        self._checker = _Checker(knowledge.registry, today)
        self._checker.moveToThread(self._check_thread)
        self._check_requested.connect(self._checker.check)
        self._checker.checked.connect(self._on_checked)
        self._reload_requested.connect(self._worker.reload)
        self._search_requested.connect(self._worker.search)
        self._worker.loaded.connect(self._on_loaded)
        self._worker.progress.connect(self.progress)
        self._worker.searched.connect(self.searched)
        self._worker.failed.connect(self.failed)
        self._generation = 0
        self.snapshot = Snapshot()
        self._thread.start()
        self._check_thread.start()

    def _on_loaded(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.loaded.emit(snapshot)
        self._check_requested.emit(snapshot.guides)

    def _on_checked(self, guides: dict[str, Guide], warnings: tuple[Problem, ...]) -> None:
        if guides is self.snapshot.guides:  # else the guides were reloaded meanwhile, and are checked again
            self.snapshot = replace(self.snapshot, warnings=warnings)
            self.checked.emit(self.snapshot)

    def reload(self) -> None:
        self._reload_requested.emit()

    def search(self, query: str, limit: int = 20) -> int:
        """Queue a search; the answer carries the returned generation so stale answers can be dropped."""
        self._generation += 1
        self._search_requested.emit(self._generation, query, limit)
        return self._generation

    @property
    def generation(self) -> int:
        return self._generation

    def shutdown(self) -> None:
        for thread in (self._thread, self._check_thread):
            thread.quit()
            thread.wait()
