"""What a local fact's value must look like, by kind (the table in docs/guide-format.md, "Local facts").

:func:`check_value` is the one place a value is judged: the command line, the values file and the window's
editor all call it, so a value that passes here renders the same everywhere. Messages are bokmål, for the
supervisor who typed the value.
"""

from __future__ import annotations

import re
from datetime import date

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

EXAMPLES: dict[str, str] = {
    "text": "én linje tekst",
    "phone": "22 33 44 55, +47 22 33 44 55 eller 116 117",
    "email": "servicetorget@testby.kommune.no",
    "url": "https://www.testby.kommune.no/sfo",
    "date": "01.03.2027, eller en dag som kommer igjen hvert år: 1. mars",
    "hours": "man–fre 08.00–15.30",
}


class LocalValueError(ValueError):
    """The value can't be stored for this kind; the message says what to write instead (bokmål)."""


def check_value(kind: str, value: str) -> str:
    """The value as it will be stored (trimmed), or :class:`LocalValueError` saying what is wrong."""
    if kind not in SLOT_KINDS:
        raise LocalValueError(f"ukjent type '{kind}'; kjente typer: {', '.join(SLOT_KINDS)}")
    text = value.strip()
    if not text:
        raise LocalValueError("verdien er tom; bruk «unset» for å fjerne en verdi")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise LocalValueError("verdien må være én linje, uten linjeskift eller kontrolltegn")
    if len(text) > MAX_VALUE:
        raise LocalValueError(f"verdien er {len(text)} tegn; høyst {MAX_VALUE} er lov (lengre tekst hører "
                              "hjemme i et lokalt notat)")
    check_no_national_id(text)
    if not _valid(kind, text):
        raise LocalValueError(f"«{text}» er ikke en gyldig verdi av typen {kind}; skriv for eksempel "
                              f"{EXAMPLES[kind]}")
    return text


def check_note(text: str) -> str:
    """A local note as it will be stored: trimmed, at most :data:`MAX_NOTE` characters, no fødselsnummer."""
    note = "\n".join(line.rstrip() for line in text.strip().replace("\r\n", "\n").split("\n"))
    if any((ord(ch) < 32 and ch != "\n") or ord(ch) == 127 for ch in note):
        raise LocalValueError("notatet inneholder kontrolltegn; skriv vanlig tekst")
    if len(note) > MAX_NOTE:
        raise LocalValueError(f"notatet er {len(note)} tegn; høyst {MAX_NOTE} er lov: hold det kort")
    check_no_national_id(note)
    return note


def check_no_national_id(text: str) -> None:
    """Local facts are printed for citizens: a fødselsnummer or D-nummer never belongs in one."""
    for match in _ELEVEN_DIGITS.finditer(text):
        if is_valid_national_id(re.sub(r"\D", "", match.group(0))):
            raise LocalValueError("teksten ser ut til å inneholde et fødselsnummer eller D-nummer; det skal "
                                  "aldri stå i lokale opplysninger")


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
