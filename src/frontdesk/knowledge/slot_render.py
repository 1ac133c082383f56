"""Local facts put into rendered guide text, safely.

Each ``{{name}}`` becomes a token no guide can contain (random per rendering) before the Markdown is rendered
and sanitised; the tokens are then replaced in the *sanitised* output by the escaped value, or by a marker.
A value is never parsed as Markdown or HTML, so a value like ``<b>`` or ``**x**`` shows as typed.
"""

from __future__ import annotations

import html
import re
import secrets
from collections.abc import Callable
from html.parser import HTMLParser

from frontdesk.knowledge.links import normalise_href
from frontdesk.knowledge.local_facts import LocalFacts, SlotFill
from frontdesk.knowledge.local_keys import SLOT
from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.render import markdown_to_html, markdown_to_text

LOCAL_SCHEME = "frontdesk-local"
UNFILLED_NB = "ikke fylt ut lokalt"
# The local marker in HTML: a tint that stays readable on light and dark palettes.
LOCAL_STYLE = "background-color: rgba(255, 200, 60, 0.30)"
_LIST_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s")


class SlotTokens:
    """The fills of one rendering, by token."""

    def __init__(self, guide: Guide, facts: LocalFacts | None) -> None:
        self._guide = guide
        self._facts = facts
        self._nonce = secrets.token_hex(8)
        self.fills: dict[str, SlotFill] = {}
        self.pattern = re.compile(rf"fdslot{self._nonce}n\d+z")

    def fill(self, name: str) -> SlotFill:
        if self._facts is None:
            return SlotFill(name, None, name.strip(), "text", None)
        return self._facts.fill(self._guide, name)

    def mark(self, markdown: str) -> str:
        def token(match: re.Match[str]) -> str:
            key = f"fdslot{self._nonce}n{len(self.fills)}z"
            self.fills[key] = self.fill(match.group("name"))
            return key

        return SLOT.sub(token, markdown)


def drop_unfilled_lines(markdown: str, tokens: SlotTokens) -> str:
    """The citizen's text without every line that holds a fact with no value (and a dropped bullet's
    continuation lines): a handout never carries an instruction meant for staff. A line that only leads in to
    a list («Nyttig å vite:») goes too when every item of its list went."""
    lines = markdown.splitlines(keepends=True)
    dropped: set[int] = set()
    dropping_item: int | None = None  # indent of a bullet that was dropped, while its continuation follows
    for number, line in enumerate(lines):
        if dropping_item is not None:
            indent = len(line) - len(line.lstrip())
            if line.strip() and not _LIST_ITEM.match(line) and indent > dropping_item:
                dropped.add(number)
                continue
            dropping_item = None
        if any(tokens.fill(m.group("name")).value is None for m in SLOT.finditer(line)):
            item = _LIST_ITEM.match(line)
            dropping_item = len(item.group(1)) if item else None
            dropped.add(number)
    for number in _lead_ins_of_emptied_lists(lines, dropped):
        dropped.add(number)
    return "".join(line for number, line in enumerate(lines) if number not in dropped)


def _lead_ins_of_emptied_lists(lines: list[str], dropped: set[int]) -> list[int]:
    """Lines that introduce a list (ending in ':' or '?', the list right after them) whose items were all left
    out."""
    found: list[int] = []
    for number, line in enumerate(lines):
        text = line.strip()
        if not text.endswith((":", "?")) or _LIST_ITEM.match(line) or number in dropped:
            continue
        following = number + 1
        while following < len(lines) and not lines[following].strip():
            following += 1
        items: list[int] = []
        while following < len(lines) and lines[following].strip():
            if _LIST_ITEM.match(lines[following]):
                items.append(following)
            following += 1
        if items and all(item in dropped for item in items):
            found.append(number)
    return found


def fill_html(markdown: str, tokens: SlotTokens, *, staff: bool) -> str:
    """Markdown (with ``{{…}}``) to sanitised HTML with the facts in place."""
    marked = tokens.mark(markdown)
    writer = _Refill(tokens, lambda fill: _fill_html(fill, staff=staff))
    writer.feed(markdown_to_html(marked))
    writer.close()
    return "".join(writer.out)


def fill_text(markdown: str, tokens: SlotTokens, *, staff: bool) -> str:
    """Markdown (with ``{{…}}``) to plain text with the facts in place, marked as local for staff."""
    text = markdown_to_text(tokens.mark(markdown))
    return tokens.pattern.sub(lambda m: _fill_text(tokens.fills[m.group(0)], staff=staff), text)


def _fill_html(fill: SlotFill, *, staff: bool) -> str:
    if fill.value is None:
        missing = html.escape(f"{UNFILLED_NB}: {fill.label}")
        if fill.key is None or not staff:
            return f"<i>{missing}</i>"
        return f"<a href=\"{LOCAL_SCHEME}:{html.escape(fill.key)}\"><i>{missing}</i></a>"
    value = html.escape(fill.value)
    href = normalise_href(fill.value) if fill.kind == "url" else None
    if href is not None and staff:
        value = f"<a href=\"{html.escape(href)}\">{value}</a>"
    if not staff:
        return value
    return f"<span class=\"frontdesk-local\" title=\"{html.escape(fill.label)}\" style=\"{LOCAL_STYLE}\">{value}</span>"


def _fill_text(fill: SlotFill, *, staff: bool) -> str:
    if fill.value is None:
        return f"[{UNFILLED_NB}: {fill.label}]"
    return f"[lokalt: {fill.value}]" if staff else fill.value


class _Refill(HTMLParser):
    """Writes sanitised HTML back out with every token replaced: by ``replace(fill)`` in text, by the plain
    value inside attributes (a link whose target is a fact keeps it only for a web address)."""

    def __init__(self, tokens: SlotTokens, replace: Callable[[SlotFill], str]) -> None:
        super().__init__(convert_charrefs=True)
        self._tokens = tokens
        self._replace = replace
        self.out: list[str] = []

    def _plain(self, text: str) -> str:
        return self._tokens.pattern.sub(lambda m: self._tokens.fills[m.group(0)].value or "", text)

    def _attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> str:
        parts = []
        for name, value in attrs:
            if value is None:
                parts.append(f" {name}")
                continue
            if self._tokens.pattern.search(value):
                value = self._plain(value)
                if tag == "a" and name == "href":
                    value = normalise_href(value) or ""
                    if not value:
                        continue
            parts.append(f" {name}=\"{html.escape(value)}\"")
        return "".join(parts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(f"<{tag}{self._attrs(tag, attrs)}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(f"<{tag}{self._attrs(tag, attrs)}>")

    def handle_endtag(self, tag: str) -> None:
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        escaped = html.escape(data, quote=False)
        self.out.append(self._tokens.pattern.sub(lambda m: self._replace(self._tokens.fills[m.group(0)]), escaped))
