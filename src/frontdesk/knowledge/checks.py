"""Editorial checks for guides that load fine: stale review, unofficial links, missing sections, undated
sources, the citizen sections, and local facts.

``frontdesk guides check --strict`` turns warnings into errors; the app shows them in its guide-problems list.
A guide that *bør kontrolleres* is a notice (:func:`review_notices`): worth knowing, never a failed check.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.links import links_in_html, normalise_href, web_host
from frontdesk.knowledge.model import CITIZEN_SECTIONS, STANDARD_SECTIONS, Guide, Problem, Severity
from frontdesk.knowledge.review import reasons_nb, review_need
from frontdesk.knowledge.sections import citizen_sections

if TYPE_CHECKING:
    from frontdesk.knowledge.local_keys import FactKey

# The Markdown renderer and the local-facts modules are imported where the checks run, not with this module:
# the knowledge base imports it, and `frontdesk search` must start without them.

# Words that speak *of* the citizen: a section written to the citizen says "du" / "you".
_THIRD_PERSON = re.compile(r"\b(innbyggeren|innbyggjaren|the citizen|hen)\b", re.IGNORECASE)
_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*\s*$", re.MULTILINE)


def headings(body: str) -> list[str]:
    return [m.group("text").strip() for m in _HEADING.finditer(body)]


def link_lines(body: str) -> list[tuple[int, str]]:
    """(line offset in the body, final address) for every link and written-out web address, judged after the
    Markdown is rendered and sanitised (see :mod:`links`). A link is placed on the first line, from the last
    one found, that shows its address or host however it was written; else on the body's first line."""
    from frontdesk.knowledge.render import markdown_to_html

    lines = [html.unescape(line).casefold().replace("\\", "/") for line in body.splitlines()]
    found: list[tuple[int, str]] = []
    start = 0
    for raw in links_in_html(markdown_to_html(body)):
        url = normalise_href(raw)
        if url is None or url.startswith("mailto:"):
            continue
        host = web_host(url) or ""
        needles = [n for n in (url.casefold().split("://", 1)[-1], host) if n]
        order = list(range(start, len(lines))) + list(range(start))
        offset = next((n for n in order if any(needle in lines[n] for needle in needles)), 0)
        start = offset
        found.append((offset, url))
    return found


def guide_warnings(guide: Guide, registry: AgencyRegistry, today: date) -> list[Problem]:
    warnings: list[Problem] = []

    def warn(line: int, message: str) -> None:
        warnings.append(Problem(guide.path, line, message, Severity.WARNING))

    if guide.is_review_overdue(today):
        warn(2, f"review overdue: reviewed {guide.reviewed.isoformat()}, due {guide.review_due().isoformat()}")
    for number, source in enumerate(guide.sources, start=1):
        if not registry.is_official_url(source.url):
            warn(2, f"source '{source.title}' is not on an official domain: {normalise_href(source.url) or source.url}")
        if source.read is None:
            warn(2, f"source {number} '{source.title}' has no 'read' date (when the page was read for this guide)")
        if source.page_date is None and not source.undated:
            warn(2, f"source {number} '{source.title}' has no 'page_date' (the date the page carries, or 'none')")
    if not any(registry.is_official_url(s.url) for s in guide.sources):
        warn(2, "no source on an official domain: cite the agency's own page")
    for offset, url in link_lines(guide.body):
        if not registry.is_official_url(url):
            warn(guide.body_line + offset, f"link outside the official domains: {url}")
    found = {h.casefold() for h in headings(guide.body)}
    for section in STANDARD_SECTIONS:
        if section.casefold() not in found:
            warn(guide.body_line, f"missing section '## {section}'")
    warnings += citizen_warnings(guide)
    return warnings


def citizen_warnings(guide: Guide) -> list[Problem]:
    """The three sections written to the citizen exist, speak to them, and have a title in their language."""
    warnings: list[Problem] = []
    sections = citizen_sections(guide.body)
    for language, heading in CITIZEN_SECTIONS.items():
        section = sections.get(language)
        if section is None:
            warnings.append(Problem(guide.path, guide.body_line, f"missing section '## {heading}' (the citizen's "
                                    "handout)", Severity.WARNING))
            continue
        for number, line in enumerate(section.lines[1:], start=section.line + 1):
            for match in _THIRD_PERSON.finditer(line):
                warnings.append(Problem(guide.path, guide.body_line + number, f"'## {heading}' speaks of the "
                                        f"citizen ('{match.group(0)}'): write to them, with 'du' / 'you'",
                                        Severity.WARNING))
    for key, language in (("title_nn", "nynorsk"), ("title_en", "English")):
        if getattr(guide, key) is None:
            warnings.append(Problem(guide.path, 2, f"missing '{key}': the {language} handout needs its title",
                                    Severity.WARNING))
    return warnings


def review_notices(guides: Iterable[Guide], today: date) -> list[Problem]:
    """A notice for each guide that bør kontrolleres (and why), and for each local guide that replaces a
    bundled one; ``--strict`` does not fail on them."""
    notices: list[Problem] = []
    for guide in guides:
        need = review_need(guide, today)
        if need.needed:
            notices.append(Problem(guide.path, 2, "bør kontrolleres: " + " ".join(reasons_nb(need)), Severity.NOTICE))
        if guide.overrides_bundled:
            notices.append(Problem(guide.path, 2, f"this local guide replaces the bundled guide '{guide.id}'",
                                   Severity.NOTICE))
    return notices


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


def all_warnings(guides: Iterable[Guide], registry: AgencyRegistry, today: date,
                 centre_keys: Sequence[FactKey] | None = None) -> list[Problem]:
    """Every guide's warnings, duplicate titles, and local-fact problems (an unknown ``{{key}}`` is an error
    there). ``centre_keys`` default to the bundled ``data/local_keys.yaml``."""
    from frontdesk.config import bundled_data_dir
    from frontdesk.knowledge.local_checks import slot_problems
    from frontdesk.knowledge.local_facts import CENTRE_KEYS_FILE
    from frontdesk.knowledge.local_keys import FactCatalogue, load_centre_keys

    guides = list(guides)
    if centre_keys is None:
        centre_keys = load_centre_keys(bundled_data_dir() / CENTRE_KEYS_FILE)
    catalogue = FactCatalogue(centre_keys, {g.id: g for g in guides})
    problems = [w for guide in guides for w in guide_warnings(guide, registry, today)] + duplicate_titles(guides)
    return problems + [p for guide in guides for p in slot_problems(guide, catalogue)]
