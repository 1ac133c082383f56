"""What a local fact's value must look like, by kind (the table in docs/guide-format.md, "Local facts").

:func:`check_value` is the one place a value is judged: the command line, the values file and the window's
editor all call it, so a value that passes here renders the same everywhere. Messages come in bokmål, nynorsk
and English (:mod:`frontdesk.knowledge.local_texts`), for the supervisor who typed the value.
"""

from __future__ import annotations

import re
from datetime import date

from frontdesk.i18n import TextError
from frontdesk.knowledge import local_texts as texts
from frontdesk.knowledge.links import normalise_href
from frontdesk.knowledge.model import SLOT_KINDS
from frontdesk.national_id import is_valid_national_id

MAX_VALUE = 300
MAX_NOTE = 2000

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember")
# A leap year, so "29. februar" is a day that recurs (in leap years).
_RECURRING_YEAR = 2024

_PHONE = re.compile(r"(?:\+47|0047)?(?P<digits>\d{8})|(?P<short>\d{3,6})")
_EMAIL = re.compile(r"[^@\s<>\"'(),;:]+@[^@\s<>\"'(),;:]+\.[^@\s<>\"'(),;:]+")
_DATE = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})")
_DAY_OF_YEAR = re.compile(r"(?P<day>\d{1,2})\.\s*(?P<month>[a-zæøå]+)", re.IGNORECASE)
_TIME = r"\d{1,2}(?:[.:]\d{2})?"
_TIME_RANGE = re.compile(rf"\b{_TIME}\s*(?:[–—-]|til)\s*{_TIME}\b")
_ELEVEN_DIGITS = re.compile(r"(?<!\d)\d(?:[ .-]?\d){10}(?!\d)")

EXAMPLES = texts.EXAMPLES


class LocalValueError(TextError, ValueError):
    """The value can't be stored for this kind; the message says what to write instead. ``str()`` is bokmål;
    :meth:`message` gives nynorsk and English too."""


def check_value(kind: str, value: str) -> str:
    """The value as it will be stored (trimmed), or :class:`LocalValueError` saying what is wrong."""
    if kind not in SLOT_KINDS:
        raise LocalValueError(texts.UNKNOWN_KIND, kind=kind, kinds=", ".join(SLOT_KINDS))
    text = value.strip()
    if not text:
        raise LocalValueError(texts.EMPTY)
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise LocalValueError(texts.ONE_LINE)
    if len(text) > MAX_VALUE:
        raise LocalValueError(texts.TOO_LONG, length=len(text), most=MAX_VALUE)
    check_no_national_id(text)
    if not _valid(kind, text):
        raise LocalValueError(texts.NOT_VALID, valid=texts.VALID[kind], example=EXAMPLES[kind])
    return text


def check_note(text: str) -> str:
    """A local note as it will be stored: trimmed, at most :data:`MAX_NOTE` characters, no fødselsnummer."""
    note = "\n".join(line.rstrip() for line in text.strip().replace("\r\n", "\n").split("\n"))
    if any((ord(ch) < 32 and ch != "\n") or ord(ch) == 127 for ch in note):
        raise LocalValueError(texts.NOTE_CONTROL)
    if len(note) > MAX_NOTE:
        raise LocalValueError(texts.NOTE_TOO_LONG, length=len(note), most=MAX_NOTE)
    check_no_national_id(note)
    return note


def check_no_national_id(text: str) -> None:
    """Local facts are printed for citizens: a fødselsnummer or D-nummer never belongs in one."""
    for match in _ELEVEN_DIGITS.finditer(text):
        if is_valid_national_id(re.sub(r"\D", "", match.group(0))):
            raise LocalValueError(texts.NATIONAL_ID)  # never the number itself


def _valid(kind: str, text: str) -> bool:
    if kind == "text":
        return True
    if kind == "phone":
        return _PHONE.fullmatch(re.sub(r"\s", "", text)) is not None
    if kind == "email":
        return _EMAIL.fullmatch(text) is not None
    if kind == "url":
        normal = normalise_href(text)
        return (normal is not None and not normal.startswith("mailto:") and text.lower().startswith(
            ("https://", "http://")) and not any(ch.isspace() for ch in text))
    if kind == "date":
        return _is_date(text)
    return _TIME_RANGE.search(text) is not None  # hours


def _is_date(text: str) -> bool:
    full = _DATE.fullmatch(text)
    if full is not None:
        return _exists(int(full.group("year")), int(full.group("month")), int(full.group("day")))
    recurring = _DAY_OF_YEAR.fullmatch(text)
    if recurring is None or recurring.group("month").lower() not in MONTHS:
        return False
    return _exists(_RECURRING_YEAR, MONTHS.index(recurring.group("month").lower()) + 1, int(recurring.group("day")))


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
