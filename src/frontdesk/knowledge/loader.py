"""Load every guide from the bundled folder and the municipality's local folder.

A broken file never stops the rest: it is skipped and reported as a :class:`Problem`. A local guide with the
id of a bundled guide replaces it and is marked as local.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from frontdesk.knowledge import problem_texts as says
from frontdesk.knowledge.model import Guide, Problem, Severity
from frontdesk.knowledge.validation import read_guide_file


@dataclass(frozen=True)
class GuideFolder:
    path: Path
    is_local: bool = False


@dataclass
class LoadResult:
    guides: dict[str, Guide] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]


def guide_files(folder: Path) -> list[Path]:
    """Every ``*.md`` below ``folder``, in a stable order; hidden files and folders are ignored."""
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.rglob("*.md")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def load_guides(
    folders: Sequence[GuideFolder],
    *,
    agencies: Collection[str],
    categories: Collection[str] | None = None,
) -> LoadResult:
    """Read all folders in order; later folders (local ones) override earlier ones by id."""
    result = LoadResult()
    for folder in folders:
        seen_here: dict[str, Path] = {}
        for path in guide_files(folder.path):
            guide, problems = read_guide_file(
                path, agencies=agencies, categories=categories, is_local=folder.is_local
            )
            result.problems.extend(problems)
            if guide is None:
                continue
            if guide.id in seen_here:
                other = seen_here[guide.id]
                result.problems.append(says.DUPLICATE_ID.at(path, 2, field="id", id=guide.id, other=other))
                continue
            seen_here[guide.id] = path
            if guide.id in result.guides and folder.is_local:
                guide = replace(guide, overrides_bundled=True)
            result.guides[guide.id] = guide
    _check_related(result)
    return result


def _check_related(result: LoadResult) -> None:
    """A link to a guide that doesn't exist is an error; the link is dropped so the guide stays usable."""
    for guide_id, guide in list(result.guides.items()):
        missing = [r for r in guide.related if r not in result.guides]
        if not missing:
            continue
        line = _key_line(guide.path, "related")
        for other in missing:
            result.problems.append(says.RELATED_MISSING.at(guide.path, line, field="related", related=other))
        kept = tuple(r for r in guide.related if r in result.guides)
        result.guides[guide_id] = replace(guide, related=kept)


def _key_line(path: Path, key: str) -> int:
    try:
        lines: Iterable[str] = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    return next((n for n, text in enumerate(lines, start=1) if text.startswith(f"{key}:")), 1)
