"""Editorial warnings for guides that load fine: stale review, unofficial links, missing sections.

``frontdesk guides check --strict`` turns these into errors; the app shows them in its guide-problems list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.model import STANDARD_SECTIONS, Guide, Problem, Severity

_LINK = re.compile(r"\[[^\]]*\]\((?P<url>[^)\s]+)[^)]*\)|<(?P<auto>https?://[^>\s]+)>|(?P<bare>https?://[^\s)>\]]+)")
_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*\s*$", re.MULTILINE)


def body_links(body: str) -> list[tuple[int, str]]:
    """(line offset in the body, url) for every web link in the Markdown body."""
    links: list[tuple[int, str]] = []
    for match in _LINK.finditer(body):
        url = match.group("url") or match.group("auto") or match.group("bare")
        if url and url.startswith(("http://", "https://")):
            links.append((body.count("\n", 0, match.start()), url))
    return links


def headings(body: str) -> list[str]:
    return [m.group("text").strip() for m in _HEADING.finditer(body)]


def guide_warnings(guide: Guide, registry: AgencyRegistry, today: date) -> list[Problem]:
    warnings: list[Problem] = []

    def warn(line: int, message: str) -> None:
        warnings.append(Problem(guide.path, line, message, Severity.WARNING))

    if guide.is_review_overdue(today):
        warn(2, f"review overdue: reviewed {guide.reviewed.isoformat()}, due {guide.review_due().isoformat()}")
    for source in guide.sources:
        if not registry.is_official_url(source.url):
            warn(2, f"source '{source.title}' is not on an official domain: {source.url}")
    if not any(registry.is_official_url(s.url) for s in guide.sources):
        warn(2, "no source on an official domain: cite the agency's own page")
    for offset, url in body_links(guide.body):
        if not registry.is_official_url(url):
            warn(guide.body_line + offset, f"link outside the official domains: {url}")
    found = {h.casefold() for h in headings(guide.body)}
    for section in STANDARD_SECTIONS:
        if section.casefold() not in found:
            warn(guide.body_line, f"missing section '## {section}'")
    return warnings


def duplicate_titles(guides: Iterable[Guide]) -> list[Problem]:
    """Two guides with one title confuse staff picking from a result list: each of them is flagged."""
    by_title: dict[str, list[Guide]] = {}
    for guide in sorted(guides, key=lambda g: str(g.path)):
        by_title.setdefault(guide.title.casefold(), []).append(guide)
    warnings = []
    for same in by_title.values():
        for guide in same if len(same) > 1 else ():
            others = ", ".join(str(other.path) for other in same if other is not guide)
            warnings.append(Problem(guide.path, 2, f"title '{guide.title}' is also used by {others}",
                                    Severity.WARNING))
    return warnings


def all_warnings(guides: Iterable[Guide], registry: AgencyRegistry, today: date) -> list[Problem]:
    guides = list(guides)
    return [w for guide in guides for w in guide_warnings(guide, registry, today)] + duplicate_titles(guides)
