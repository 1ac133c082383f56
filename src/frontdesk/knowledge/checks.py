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

from frontdesk.knowledge import check_texts as says
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.links import links_in_html, normalise_href, web_host
from frontdesk.knowledge.model import CITIZEN_SECTIONS, STANDARD_SECTIONS, Guide, Problem
from frontdesk.knowledge.review import reasons_text, review_need
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
    path = guide.path
    warnings: list[Problem] = []
    if guide.is_review_overdue(today):
        warnings.append(says.REVIEW_OVERDUE.at(path, 2, field="reviewed", reviewed=guide.reviewed,
                                               due=guide.review_due()))
    for number, source in enumerate(guide.sources, start=1):
        named = {"number": number, "title": source.title}
        if not registry.is_official_url(source.url):
            warnings.append(says.SOURCE_UNOFFICIAL.at(path, 2, field="sources", **named,
                                                      url=normalise_href(source.url) or source.url))
        if source.read is None:
            warnings.append(says.SOURCE_NO_READ.at(path, 2, field="sources", **named))
        if source.page_date is None and not source.undated:
            warnings.append(says.SOURCE_NO_PAGE_DATE.at(path, 2, field="sources", **named))
    if not any(registry.is_official_url(s.url) for s in guide.sources):
        warnings.append(says.NO_OFFICIAL_SOURCE.at(path, 2, field="sources"))
    for offset, url in link_lines(guide.body):
        if not registry.is_official_url(url):
            warnings.append(says.LINK_UNOFFICIAL.at(path, guide.body_line + offset, field="body", url=url))
    found = {h.casefold() for h in headings(guide.body)}
    for section in STANDARD_SECTIONS:
        if section.casefold() not in found:
            warnings.append(says.MISSING_SECTION.at(path, guide.body_line, field="body", heading=section))
    warnings += citizen_warnings(guide)
    return warnings


def citizen_warnings(guide: Guide) -> list[Problem]:
    """The three sections written to the citizen exist, speak to them, and have a title in their language."""
    warnings: list[Problem] = []
    sections = citizen_sections(guide.body)
    for language, heading in CITIZEN_SECTIONS.items():
        section = sections.get(language)
        handout = f"handout_{language}"
        if section is None:
            warnings.append(says.MISSING_HANDOUT.at(guide.path, guide.body_line, field=handout, heading=heading))
            continue
        for number, line in enumerate(section.lines[1:], start=section.line + 1):
            for match in _THIRD_PERSON.finditer(line):
                warnings.append(says.HANDOUT_THIRD_PERSON.at(guide.path, guide.body_line + number, field=handout,
                                                             heading=heading, word=match.group(0)))
    for key, named in says.TITLE_LANGUAGE.items():
        if getattr(guide, key) is None:
            warnings.append(says.MISSING_HANDOUT_TITLE.at(guide.path, 2, field=key, key=key, for_language=named))
    return warnings


def review_notices(guides: Iterable[Guide], today: date) -> list[Problem]:
    """A notice for each guide that bør kontrolleres (and why), and for each local guide that replaces a
    bundled one; ``--strict`` does not fail on them."""
    notices: list[Problem] = []
    for guide in guides:
        need = review_need(guide, today)
        if need.needed:
            notices.append(says.NEEDS_CHECK.at(guide.path, 2, field="sources", reasons=reasons_text(need)))
        if guide.overrides_bundled:
            notices.append(says.REPLACES_BUNDLED.at(guide.path, 2, field="id", id=guide.id))
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
            warnings.append(says.DUPLICATE_TITLE.at(guide.path, 2, field="title", title=guide.title, others=others))
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
