"""A guide for staff: its staff text (without the sections written to the citizen), local facts in place,
the centre's own note ("Hos oss"), and why it needs a check. As HTML (the window, ``guides show --format
html``), plain text (the terminal) or Markdown.

The labels around the guide's text follow the guide's language, bokmål, whatever the window's language.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import date

from frontdesk.knowledge.links import normalise_href
from frontdesk.knowledge.local_facts import LocalFacts
from frontdesk.knowledge.local_keys import SLOT
from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.render import markdown_text
from frontdesk.knowledge.requirements import body_without_requirements, requirements_markdown
from frontdesk.knowledge.review import reasons_nb, review_need
from frontdesk.knowledge.sections import staff_markdown
from frontdesk.knowledge.slot_render import SlotTokens, fill_html, fill_text

LABELS_NB: Mapping[str, str] = {
    "requires": "Dette trenger innbyggeren:",
    "on_behalf": "På vegne av andre:",
    "note": "Hos oss",
    "sources": "Kilder",
    "review": "Bør kontrolleres:",
    "overrides": "Lokal veiledning: erstatter den innebygde veiledningen med samme id.",
}
def staff_body_html(guide: Guide, facts: LocalFacts | None, markdown: str | None = None) -> str:
    """The staff sections (or ``markdown`` from the guide's body) with local facts in place, then the centre's
    note."""
    source = staff_markdown(guide.body) if markdown is None else markdown
    parts = [fill_html(source, SlotTokens(guide, facts), staff=True)]
    note = facts.note(guide.id) if facts is not None else None
    if note:
        paragraphs = "".join(
            "<p>" + "<br>".join(html.escape(line) for line in block.splitlines()) + "</p>"
            for block in note.split("\n\n") if block.strip()
        )
        parts.append(f"<h2>{html.escape(LABELS_NB['note'])}</h2>"
                     f"<div class=\"frontdesk-local-note\">{paragraphs}</div>")
    return "\n".join(parts)


def staff_body_text(guide: Guide, facts: LocalFacts | None, markdown: str | None = None) -> str:
    source = staff_markdown(guide.body) if markdown is None else markdown
    text = fill_text(source, SlotTokens(guide, facts), staff=True)
    note = facts.note(guide.id) if facts is not None else None
    if note:
        text += f"\n{LABELS_NB['note']}\n{'-' * len(LABELS_NB['note'])}\n{note}\n"
    return text


def requirements_html(guide: Guide, facts: LocalFacts | None) -> str:
    """What the citizen must bring, said once (:mod:`frontdesk.knowledge.requirements`), local facts in place;
    "" when the guide says nothing. The body is then shown without its section."""
    markdown = requirements_markdown(guide)
    if not markdown:
        return ""
    caption = html.escape(LABELS_NB["requires"])
    return f"<b>{caption}</b>{fill_html(markdown, SlotTokens(guide, facts), staff=True)}"


def review_text(guide: Guide, today: date) -> str | None:
    """"Bør kontrolleres: …" with the reasons, or None when the guide needs no check."""
    need = review_need(guide, today)
    return f"{LABELS_NB['review']} {' '.join(reasons_nb(need))}" if need.needed else None


def staff_page_html(guide: Guide, facts: LocalFacts | None, today: date) -> str:
    parts = [f"<h1>{html.escape(guide.title)}</h1>", f"<p><i>{html.escape(guide.summary)}</i></p>"]
    if guide.overrides_bundled:
        parts.append(f"<p><b>{html.escape(LABELS_NB['overrides'])}</b></p>")
    review = review_text(guide, today)
    if review:
        parts.append(f"<p class=\"frontdesk-review\"><b>⚠ {html.escape(review)}</b></p>")
    requires = requirements_html(guide, facts)
    if requires:
        parts.append(requires)
    if guide.on_behalf:
        parts.append(f"<p><b>{html.escape(LABELS_NB['on_behalf'])}</b> {html.escape(guide.on_behalf)}</p>")
    parts.append(staff_body_html(guide, facts, body_without_requirements(guide)))
    if guide.sources:
        items = "".join(f"<li>{_source_html(s.title, s.url)}</li>" for s in guide.sources)
        parts.append(f"<h2>{html.escape(LABELS_NB['sources'])}</h2><ul>{items}</ul>")
    return "\n".join(parts) + "\n"


def _source_html(title: str, url: str) -> str:
    href = normalise_href(url)
    if href is None:
        return f"{html.escape(title)}: {html.escape(url)}"
    return f"<a href=\"{html.escape(href)}\">{html.escape(title)}</a>"


def staff_page_text(guide: Guide, facts: LocalFacts | None, today: date) -> str:
    lines = [guide.title, "=" * len(guide.title), guide.summary, ""]
    if guide.overrides_bundled:
        lines += [LABELS_NB["overrides"], ""]
    review = review_text(guide, today)
    if review:
        lines += [f"⚠ {review}", ""]
    requires = requirements_markdown(guide)
    if requires:
        lines += [LABELS_NB["requires"], fill_text(requires, SlotTokens(guide, facts), staff=True).rstrip(), ""]
    if guide.on_behalf:
        lines += [f"{LABELS_NB['on_behalf']} {guide.on_behalf}", ""]
    lines.append(staff_body_text(guide, facts, body_without_requirements(guide)))
    lines.append(f"{LABELS_NB['sources']}:")
    lines += [f"  - {s.title}: {s.url}" for s in guide.sources]
    return "\n".join(lines) + "\n"


def staff_markdown_file(guide: Guide, facts: LocalFacts | None, source: str) -> str:
    """The guide file as written, with filled values in place of their ``{{…}}`` (Markdown-escaped, so a
    value never turns into markup) and the centre's note as a last section. Unfilled facts stay ``{{…}}``,
    so the output is still a valid guide file."""
    body = guide.body if source.endswith(guide.body) else ""
    front = source[: len(source) - len(body)]

    def value(match: re.Match[str]) -> str:
        fill = facts.fill(guide, match.group("name")) if facts is not None else None
        return match.group(0) if fill is None or fill.value is None else markdown_text(fill.value)

    text = front + SLOT.sub(value, body)
    note = facts.note(guide.id) if facts is not None else None
    if note:
        lines = "\n".join(markdown_text(line) + "  " if line.strip() else "" for line in note.splitlines())
        text = text.rstrip("\n") + f"\n\n## {LABELS_NB['note']}\n{lines.rstrip()}\n"
    return text
