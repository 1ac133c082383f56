"""Guide Markdown to sanitised HTML (for the app and handouts) or plain text (for the terminal)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
import nh3

from frontdesk.knowledge.links import normalise_href

_MARKDOWN_SPECIAL = str.maketrans({ch: f"\\{ch}" for ch in "\\`*_{}[]|#"} | {"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_BLOCK_START = re.compile(r"^(\s*)(\d+)([.)])|^(\s*)([-+=])")




def markdown_text(text: str) -> str:
    """Text that reads as itself in Markdown: inline markup escaped, and a line that would start a list or a
    heading underline ("1. mars", "- ") kept as text."""
    escaped = text.translate(_MARKDOWN_SPECIAL)
    return _BLOCK_START.sub(lambda m: f"{m.group(1)}{m.group(2)}\\{m.group(3)}" if m.group(2)
                            else f"{m.group(4)}\\{m.group(5)}", escaped)


_ALLOWED_TAGS = {
    "a", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "b", "i",
    "code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "kbd", "dl", "dt", "dd",
}
# Only web links survive; images and anything else that could load from the network are removed.
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}}
_URL_SCHEMES = {"https", "http", "mailto"}


def _final_href(tag: str, attribute: str, value: str) -> str | None:
    """Links keep the address a browser would open (see :mod:`links`); anything else loses its ``href``."""
    if tag == "a" and attribute == "href":
        return normalise_href(value)
    return value


def _keep_for_filter(url: str) -> str:
    """Relative addresses reach :func:`_final_href`, which keeps ``//host`` (as https) and drops the rest."""
    return url


_LIST_START = re.compile(r"^(?: {0,3})(?:[-*+]|\d{1,9}[.)])[ \t]")
_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})")


def _lists_interrupt_paragraphs(body: str) -> str:
    """A blank line before a list that follows a line of text: «Slik gjør du:» then «1. …» is a list, as in
    CommonMark and as guide writers expect; Python-Markdown would print the items as one paragraph."""
    out: list[str] = []
    previous = ""
    fenced = False
    for line in body.splitlines(keepends=True):
        if _FENCE.match(line):
            fenced = not fenced
        elif (not fenced and _LIST_START.match(line) and previous.strip() and not _LIST_START.match(previous)
              and not previous.startswith((" ", "\t", "#", "|"))):
            out.append("\n")
        out.append(line)
        previous = line
    return "".join(out)


def markdown_to_html(body: str) -> str:
    raw = markdown.markdown(_lists_interrupt_paragraphs(body), extensions=["tables", "sane_lists"],
                            output_format="html")
    return nh3.clean(
        raw, tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRIBUTES, url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer", attribute_filter=_final_href, url_relative=_keep_for_filter,
    )


class _TextWriter(HTMLParser):
    """Sanitised HTML to terminal text: numbered steps stay numbered, bullets stay bullets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.lists: list[list[int]] = []  # one entry per open list: [next number] for <ol>, [] for <ul>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "ol":
            start = dict(attrs).get("start") or "1"
            self.lists.append([int(start) if start.isdigit() else 1])
        elif tag == "ul":
            self.lists.append([])
        elif tag == "li":
            indent = "  " * len(self.lists)
            counter = self.lists[-1] if self.lists else []
            if counter:
                self.parts.append(f"\n{indent}{counter[0]}. ")
                counter[0] += 1
            else:
                self.parts.append(f"\n{indent}• ")
        elif tag in {"p", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre", "blockquote"}:
            self.parts.append("\n\n" if tag.startswith("h") or tag == "p" else "\n")
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"ol", "ul"} and self.lists:
            self.lists.pop()
            self.parts.append("\n")
        elif tag in {"p", "h1", "h2", "h3", "h4", "h5", "h6"}:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if data.strip() or (self.parts and not self.parts[-1].endswith("\n")):
            self.parts.append(data.replace("\n", " ") if self.lists else data)


def markdown_to_text(body: str) -> str:
    """Readable plain text: headings kept as lines, numbered steps numbered, bullets kept, markup removed."""
    writer = _TextWriter()
    writer.feed(markdown_to_html(body))
    writer.close()
    lines = [line.rstrip() for line in "".join(writer.parts).splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"  # blank lines only: a first item keeps its indent
