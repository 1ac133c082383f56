"""Web links judged the way a browser will follow them, whatever way a guide wrote them.

A link is judged on its final form: after the Markdown is rendered and sanitised (entities decoded, reference
links resolved) and after the clean-up a browser does itself (WHATWG URL parsing): surrounding blanks and
control characters dropped, tabs and newlines removed, the scheme's case ignored, ``\\`` read as ``/``, and a
protocol-relative ``//host`` given the https scheme. The sanitiser writes that form into the HTML, so what
``guides check`` judges, what staff are shown and what the browser opens are one and the same address.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):(.*)", re.DOTALL)
_EDGES = "".join(chr(code) for code in range(0x21))  # C0 controls and space, trimmed from both ends
_INSIDE = re.compile(r"[\t\n\r]")  # browsers drop these anywhere in a URL
_WEB = ("http", "https")
# A web address written out in text (not a link): judged too, since staff may type it and handouts print it.
_BARE = re.compile(r"https?://[^\s<>\"'()\[\]{}]+", re.IGNORECASE)


def normalise_href(value: str) -> str | None:
    """The address a browser would go to for ``value``, or None when it is no web or mailto link."""
    url = _INSIDE.sub("", value.strip(_EDGES))
    if url[:2] in ("//", "\\\\", "/\\", "\\/"):
        url = "https:" + url
    match = _SCHEME.fullmatch(url)
    if match is None:
        return None
    scheme, rest = match.group(1).lower(), match.group(2)
    if scheme == "mailto":
        return f"mailto:{rest}"
    if scheme not in _WEB:
        return None
    # For web schemes a browser reads "\" as "/" and any number of slashes after the scheme as "//".
    rest = "//" + rest.replace("\\", "/").lstrip("/")
    try:
        if not urlsplit(f"{scheme}:{rest}").hostname:
            return None
    except ValueError:  # an unbalanced "[" reads as a broken IPv6 address
        return None
    return f"{scheme}:{rest}"


def web_host(url: str) -> str | None:
    """The host a web link leads to (lowercase, without a trailing dot or ``www.``), or None when it is no web
    link, or one that hides its destination behind a user name (``https://nav.no@evil.example/``)."""
    normal = normalise_href(url)
    if normal is None or normal.startswith("mailto:"):
        return None
    try:
        parts = urlsplit(normal)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return None
    if "@" in parts.netloc or not host:
        return None
    return host[4:] if host.startswith("www.") else host


def is_official(url: str, domains: frozenset[str]) -> bool:
    """True when the link leads to one of ``domains`` or a sub-domain of one."""
    host = web_host(url)
    return host is not None and any(host == d or host.endswith("." + d) for d in domains)


class _LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.links.append(href)

    def handle_data(self, data: str) -> None:
        self.links.extend(match.group(0).rstrip(".,;:!?") for match in _BARE.finditer(data))


def links_in_html(html_text: str) -> list[str]:
    """Every link target and every web address written out in the text of (sanitised) HTML, in order."""
    collector = _LinkCollector()
    collector.feed(html_text)
    collector.close()
    return collector.links
