"""Everything the window needs from the core, built once by app.py and passed in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from frontdesk.config import Config
from frontdesk.knowledge.library import KnowledgeBase
from frontdesk.supervisor import SupervisorGuard
from frontdesk.visits.settings import Settings
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy


@dataclass(frozen=True)
class Services:
    config: Config
    knowledge: KnowledgeBase
    taxonomy: Taxonomy
    store: VisitStore
    settings: Settings
    guard: SupervisorGuard
    now: Callable[[], datetime] = datetime.now
    log_file: Path | None = None
    local_guides_folder: Path | None = None  # from settings; None means config.local_guides_dir
