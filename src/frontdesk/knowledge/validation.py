"""Turn one parsed guide file into a :class:`Guide`, or say exactly what is wrong and where."""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from frontdesk.knowledge import problem_texts as says
from frontdesk.knowledge.frontmatter import FrontMatterError, ParsedFile, parse_guide_text
from frontdesk.knowledge.model import DEFAULT_REVIEW_MONTHS, SLOT_KINDS, Guide, Problem, Slot, Source
from frontdesk.knowledge.problem_texts import ProblemText, closest, described, suggestion

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REQUIRED = ("id", "title", "agency", "summary", "tags", "reviewed", "sources")
OPTIONAL = (
    "title_nn", "title_en", "review_every", "owner", "related", "requires", "on_behalf", "category", "local",
)
SOURCE_KEYS = {"title", "url", "read", "page_date"}
KNOWN_KEYS = REQUIRED + OPTIONAL
# A guide is a few pages of text; anything far larger is a mistake or an attack, and is refused unread. The
# same bound as a file in a signed pack (knowledge/packs.py), so a pack never installs a guide this refuses.
MAX_GUIDE_BYTES = 1 << 20


class _Checker:
    """Collects problems for one file while reading its fields."""

    def __init__(self, path: Path, parsed: ParsedFile) -> None:
        self.path = path
        self.parsed = parsed
        self.problems: list[Problem] = []

    def line(self, key: str) -> int:
        return self.parsed.key_lines.get(key, 2)

    def error(self, key: str, text: ProblemText, /, **values: object) -> None:
        """A problem with the value of ``key``, at its line."""
        self.problems.append(text.at(self.path, self.line(key), field=key, **values))

    def missing(self, key: str) -> None:
        self.problems.append(says.MISSING_KEY.at(self.path, 2, field=key, key=key))

    def text(self, key: str, *, required: bool) -> str | None:
        value = self.parsed.data.get(key)
        if value is None:
            if required:
                self.missing(key)
            return None
        if not isinstance(value, str) or not value.strip():
            self.error(key, says.NOT_TEXT, key=key, got=described(value))
            return None
        return value.strip()

    def text_list(self, key: str, *, required: bool) -> tuple[str, ...]:
        value = self.parsed.data.get(key)
        if value is None:
            if required:
                self.missing(key)
            return ()
        if not isinstance(value, list) or not value:
            self.error(key, says.NOT_TEXT_LIST, key=key, got=described(value))
            return ()
        bad = [item for item in value if not isinstance(item, str) or not item.strip()]
        if bad:
            self.error(key, says.BAD_LIST_ITEM, key=key, got=described(bad[0]))
            return ()
        return tuple(item.strip() for item in value)


def _is_web_url(url: str) -> bool:
    try:
        parsed = urlparse(url)
    except ValueError:  # an unbalanced "[" reads as a broken IPv6 address: "https://[www.nav.no"
        return False
    return parsed.scheme in {"http", "https"} and bool(parsed.netloc)


def validate_parsed(
    path: Path,
    parsed: ParsedFile,
    *,
    agencies: Collection[str],
    categories: Collection[str] | None = None,
    is_local: bool = False,
) -> tuple[Guide | None, list[Problem]]:
    """Check every field. Returns the guide only when there is no error in this file."""
    check = _Checker(path, parsed)
    data = parsed.data

    for key in data:
        if key not in KNOWN_KEYS:
            hint = closest(str(key), KNOWN_KEYS)
            check.error(str(key), says.UNKNOWN_KEY, key=key, hint=hint or "", suggestion=suggestion(hint))

    guide_id = check.text("id", required=True)
    if guide_id is not None:
        if not SLUG.match(guide_id):
            check.error("id", says.ID_NOT_SLUG, id=guide_id)
        elif path.stem != guide_id:
            check.error("id", says.ID_NOT_FILE_NAME, id=guide_id)
    title = check.text("title", required=True)
    agency = check.text("agency", required=True)
    if agency is not None and agency not in agencies:
        hint = closest(agency, agencies)
        check.error("agency", says.UNKNOWN_AGENCY, agency=agency, hint=hint or "", suggestion=suggestion(hint),
                    known=", ".join(sorted(agencies)))
    summary = check.text("summary", required=True)
    tags = check.text_list("tags", required=True)
    reviewed = _read_date(check, "reviewed")
    sources = _read_sources(check)

    title_nn = check.text("title_nn", required=False)
    title_en = check.text("title_en", required=False)
    owner = check.text("owner", required=False)
    on_behalf = check.text("on_behalf", required=False)
    requires = check.text_list("requires", required=False)
    related = check.text_list("related", required=False)
    for other in related:
        if not SLUG.match(other):
            check.error("related", says.RELATED_NOT_SLUG, related=other)
    if guide_id is not None and guide_id in related:
        check.error("related", says.RELATED_TO_ITSELF, id=guide_id)
    category = check.text("category", required=False)
    if category is not None and categories is not None and category not in categories:
        hint = closest(category, categories)
        check.error("category", says.UNKNOWN_CATEGORY, category=category, hint=hint or "",
                    suggestion=suggestion(hint))
    slots = _read_slots(check)
    review_every = data.get("review_every", DEFAULT_REVIEW_MONTHS)
    if isinstance(review_every, bool) or not isinstance(review_every, int) or not 1 <= review_every <= 60:
        check.error("review_every", says.BAD_REVIEW_EVERY, got=described(review_every))
        review_every = DEFAULT_REVIEW_MONTHS

    if not parsed.body.strip():
        check.problems.append(says.EMPTY_BODY.at(path, parsed.body_line, field="body"))

    if check.problems:
        return None, check.problems
    assert guide_id and title and agency and summary and reviewed  # guaranteed when there is no problem
    guide = Guide(
        id=guide_id, title=title, agency=agency, summary=summary, tags=tags, reviewed=reviewed,
        sources=sources, body=parsed.body, path=path, title_nn=title_nn, title_en=title_en,
        review_every=review_every, owner=owner, related=related, requires=requires, on_behalf=on_behalf,
        category=category, slots=slots, is_local=is_local, body_line=parsed.body_line,
    )
    return guide, []


def _read_date(check: _Checker, key: str) -> date | None:
    value = check.parsed.data.get(key)
    if value is None:
        check.missing(key)
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    check.error(key, says.BAD_DATE, key=key, got=described(value))
    return None


def _read_sources(check: _Checker) -> tuple[Source, ...]:
    value = check.parsed.data.get("sources")
    if value is None:
        check.missing("sources")
        return ()
    if not isinstance(value, list) or not value:
        check.error("sources", says.SOURCES_NOT_LIST)
        return ()
    sources: list[Source] = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, dict) or not {"title", "url"} <= set(item) or not set(item) <= SOURCE_KEYS:
            check.error("sources", says.SOURCE_KEYS, number=number)
            continue
        title, url = item["title"], item["url"]
        if not isinstance(title, str) or not title.strip():
            check.error("sources", says.SOURCE_NO_TITLE, number=number)
            continue
        if not isinstance(url, str) or not _is_web_url(url.strip()):
            check.error("sources", says.SOURCE_BAD_URL, number=number, url=repr(url))
            continue
        read = _source_date(check, number, "read", item.get("read"), allow_none=False)
        page_date = _source_date(check, number, "page_date", item.get("page_date"), allow_none=True)
        undated = isinstance(item.get("page_date"), str) and item["page_date"].strip().lower() == "none"
        sources.append(Source(title=title.strip(), url=url.strip(), read=read, page_date=page_date,
                              undated=undated))
    return tuple(sources)


def _source_date(check: _Checker, number: int, key: str, value: Any, *, allow_none: bool) -> date | None:
    """``read`` is a date; ``page_date`` is a date, or ``none`` for a page that carries no date."""
    if value is None or isinstance(value, date):
        return value
    if allow_none and isinstance(value, str) and value.strip().lower() == "none":
        return None
    if isinstance(value, str):  # quoted, like 'reviewed' may be
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    check.error("sources", says.SOURCE_BAD_PAGE_DATE if allow_none else says.SOURCE_BAD_READ, number=number,
                got=described(value))
    return None


_SLOT_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _read_slots(check: _Checker) -> tuple[Slot, ...]:
    """``local:`` maps each of the guide's own fact keys to its ``kind`` and ``label``."""
    value = check.parsed.data.get("local")
    if value is None:
        return ()
    if not isinstance(value, dict) or not value:
        check.error("local", says.LOCAL_NOT_MAPPING)
        return ()
    slots: list[Slot] = []
    for key, spec in value.items():
        if not isinstance(key, str) or not _SLOT_KEY.match(key):
            check.error("local", says.LOCAL_BAD_KEY, key=repr(key))
            continue
        if not isinstance(spec, dict) or set(spec) != {"kind", "label"}:
            check.error("local", says.LOCAL_BAD_SPEC, key=key)
            continue
        kind, label = spec["kind"], spec["label"]
        if kind not in SLOT_KINDS:
            check.error("local", says.LOCAL_BAD_KIND, key=key, kinds=", ".join(SLOT_KINDS), kind=repr(kind))
            continue
        if not isinstance(label, str) or not label.strip():
            check.error("local", says.LOCAL_NO_LABEL, key=key)
            continue
        slots.append(Slot(key=key, kind=kind, label=label.strip()))
    return tuple(slots)


def too_large(path: Path) -> Problem:
    return says.FILE_TOO_LARGE.at(path, 1, field="body", kb=MAX_GUIDE_BYTES // 1024)


def read_guide_file(
    path: Path,
    *,
    agencies: Collection[str],
    categories: Collection[str] | None = None,
    is_local: bool = False,
) -> tuple[Guide | None, list[Problem]]:
    """Read, parse and validate one file; never raises for bad content. An oversized file is refused before
    it is read, and never read past the limit should it grow meanwhile."""
    too_big = [too_large(path)]
    try:
        if path.stat().st_size > MAX_GUIDE_BYTES:
            return None, too_big
        with path.open("rb") as file:
            raw = file.read(MAX_GUIDE_BYTES + 1)
    except OSError as exc:
        return None, [says.FILE_UNREADABLE.at(path, 1, reason=exc.strerror or exc)]
    if len(raw) > MAX_GUIDE_BYTES:
        return None, too_big
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [says.NOT_UTF8.at(path, raw[: exc.start].count(b"\n") + 1)]
    if "\x00" in text:
        return None, [says.NUL_BYTE.at(path, text[: text.index("\x00")].count("\n") + 1)]
    try:
        parsed = parse_guide_text(text)
    except FrontMatterError as exc:
        return None, [exc.problem(path)]
    return validate_parsed(path, parsed, agencies=agencies, categories=categories, is_local=is_local)
