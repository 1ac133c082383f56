"""Guide Markdown to sanitised HTML (for the app and handouts) or plain text (for the terminal)."""

from __future__ import annotations

import html
import re

import markdown
import nh3

_ALLOWED_TAGS = {
    "a", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "b", "i",
    "code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "kbd", "dl", "dt", "dd",
}
# Only web links survive; images and anything else that could load from the network are removed.
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}}
_URL_SCHEMES = {"https", "http", "mailto"}


def markdown_to_html(body: str) -> str:
    raw = markdown.markdown(body, extensions=["tables", "sane_lists"], output_format="html")
    return nh3.clean(
        raw, tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRIBUTES, url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


_TAG = re.compile(r"<[^>]+>")


def markdown_to_text(body: str) -> str:
    """Readable plain text: headings kept as lines, list bullets kept, markup removed."""
    rendered = markdown_to_html(body)
    rendered = re.sub(r"<li>", "  • ", rendered)
    rendered = re.sub(r"</(p|h[1-6]|li|tr|pre|blockquote)>", "\n", rendered)
    rendered = re.sub(r"<(h[1-6])>", "\n", rendered)
    rendered = re.sub(r"<br\s*/?>", "\n", rendered)
    text = html.unescape(_TAG.sub("", rendered))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
