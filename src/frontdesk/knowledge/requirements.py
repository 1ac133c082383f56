"""What the citizen must bring, said once: the guide's ``requires`` list and its "Dette trenger innbyggeren"
section, as one list.

Guides say it twice, as a short list in the front matter (the box at the top of a guide) and as a section in
the body, often in other words and with more detail. The window shows one list in the box and leaves the
section out of the body. Nothing either says is lost: a section item is left out only when every word of it
(by stem) is in the list already, and it takes the place of a listed item only when it says every word of
that item and more. Items that say the same in other words are both kept.
"""

from __future__ import annotations

import re
from functools import cache

from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.render import markdown_text
from frontdesk.knowledge.sections import split_sections, staff_markdown
from frontdesk.knowledge.text import Stemmer, split_words

SECTION = "Dette trenger innbyggeren"
# Words that carry no fact of their own: an item is judged by the rest.
_FILLER = frozenset({
    "eller", "også", "hvis", "eventuelt", "eksempel", "innbyggeren", "innbyggerens", "egen", "eget", "egne", "skal",
    "være", "har", "hen", "sin", "sitt", "sine", "som", "til", "med", "fra", "for", "der", "det", "den", "når",
    "kan", "må", "bør", "gjerne", "helst",
})
_ITEM_START = re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+")


@cache
def _stemmer() -> Stemmer:
    return Stemmer()


def _stems(text: str) -> set[str]:
    return {_stemmer().keys(word)[0] for word in split_words(text) if len(word) > 2 and word not in _FILLER}


def _says_all(words: set[str], of: set[str]) -> bool:
    """True when every word in ``of`` is in ``words`` (also inside a compound: "nivå" in "sikkerhetsnivå")."""
    return all(w in words or (len(w) >= 4 and any(w in other for other in words)) for w in of)


def _blocks(content: str) -> list[str]:
    """A section's list items (with their continuation lines) and paragraphs, each as Markdown."""
    blocks: list[list[str]] = []
    for line in content.splitlines():
        if not line.strip():
            blocks.append([])
        elif _ITEM_START.match(line) or not blocks or not blocks[-1]:
            blocks.append([line])
        else:
            blocks[-1].append(line)
    return ["\n".join(block) for block in blocks if block]


def requirements_markdown(guide: Guide) -> str:
    """One Markdown list of what to bring (then any paragraph the section has); "" when the guide says nothing."""
    listed = [f"- {markdown_text(item)}" for item in guide.requires]
    section = next((s for s in split_sections(guide.body) if s.heading == SECTION), None)
    if section is None:
        return "\n".join(listed)
    listed_words = [_stems(item) for item in guide.requires]
    everything = set().union(*listed_words) if listed_words else set()
    extra, paragraphs = [], []
    for block in _blocks(section.content):
        words = _stems(_ITEM_START.sub("", block))
        if not words or _says_all(everything, words):
            continue  # the list says it already
        if not _ITEM_START.match(block):
            paragraphs.append(block)
            continue
        item = "- " + _ITEM_START.sub("", block, count=1)
        fuller = next((i for i, said in enumerate(listed_words) if said and _says_all(words, said)), None)
        if fuller is not None:
            listed[fuller], listed_words[fuller] = item, set()  # says that item and more: shown in its place
        else:
            extra.append(item)
    return "\n\n".join(part for part in ("\n".join(listed + extra), *paragraphs) if part)


def body_without_requirements(guide: Guide) -> str:
    """The staff Markdown of the guide without its "Dette trenger innbyggeren" section (shown in the box)."""
    return "".join("".join(s.lines) for s in split_sections(staff_markdown(guide.body)) if s.heading != SECTION)
