"""A guide body cut into its ``##`` sections: the staff text, and the sections written to the citizen.

The citizen sections (``## Til deg (bokmål)``, ``## Til deg (nynorsk)``, ``## For you (English)``) are what the
handout prints; the staff view leaves them out. A section runs to the next heading of level 1 or 2; a ``#``
inside a fenced code block is no heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontdesk.knowledge.model import CITIZEN_SECTIONS

_HEADING = re.compile(r"^ {0,3}(#{1,2})[ \t]+(?P<text>.+?)(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BY_HEADING = {heading.casefold(): language for language, heading in CITIZEN_SECTIONS.items()}


@dataclass(frozen=True)
class Section:
    heading: str | None  # None for any text before the first heading
    line: int  # 0-based line of the heading (or of the text) within the body
    lines: tuple[str, ...]  # the section's lines, its heading line first when it has one

    @property
    def language(self) -> str | None:
        """``nb``/``nn``/``en`` for a section written to the citizen, else None."""
        return None if self.heading is None else _BY_HEADING.get(_plain(self.heading).casefold())

    @property
    def content(self) -> str:
        """The section's text without its heading line."""
        return "".join(self.lines[1:] if self.heading is not None else self.lines)


def _plain(heading: str) -> str:
    return " ".join(heading.replace("*", "").replace("_", " ").split())


def split_sections(body: str) -> list[Section]:
    sections: list[Section] = []
    heading: str | None = None
    start = 0
    current: list[str] = []
    fence: str | None = None
    for number, line in enumerate(body.splitlines(keepends=True)):
        fence_match = _FENCE.match(line)
        if fence is not None or fence_match is not None:  # inside a code block, or opening/closing one
            if fence is None and fence_match is not None:
                fence = fence_match.group(1)[0] * 3
            elif fence is not None and fence_match is not None and fence_match.group(1).startswith(fence):
                fence = None
            current.append(line)
            continue
        match = _HEADING.match(line.rstrip("\r\n"))
        if match is None:
            current.append(line)
            continue
        if current or heading is not None:
            sections.append(Section(heading, start, tuple(current)))
        heading, start, current = match.group("text").strip(), number, [line]
    if current or heading is not None:
        sections.append(Section(heading, start, tuple(current)))
    return sections


def staff_markdown(body: str) -> str:
    """The body without the sections written to the citizen."""
    return "".join("".join(s.lines) for s in split_sections(body) if s.language is None)


def citizen_sections(body: str) -> dict[str, Section]:
    """The citizen sections by language; the first one wins when a heading is repeated."""
    found: dict[str, Section] = {}
    for section in split_sections(body):
        if section.language is not None and section.language not in found:
            found[section.language] = section
    return found
