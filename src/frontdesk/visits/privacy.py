"""The one gate every text passes before the visit log stores it: no personal data, and only the shape it needs.

:func:`check` takes a field name from :data:`FIELD_RULES` and a text, and returns the form to store or raises
:class:`PersonalDataError` / :class:`TextShapeError` (both :class:`RefusedText`, a ValueError). It works in
three steps, so no spelling slips past:

1. normalise: Unicode NFKC, invisible characters (format characters such as zero-width spaces) dropped, every
   kind of space one space; digits of any script read as 0–9. The normalised text is what gets stored.
2. look for personal data: every character that is not a letter or digit counts as a separator, so
   "912-34-567", "91 23 45 67" and "010190/10046" are one number. A number of 8 or more digits is refused
   (a phone number, fødselsnummer, D-nummer, account number), and so is a text with 8 digits in all; so is
   anything e-mail-like: an "@" of any width, or "(at)", "[at]", "at … dot …" before a domain.
3. ids (station, category, group, guide, agency, event kind) must also have their narrow shape, at most 4 digits in all
   (the shortest identifying number, a birth date, has 6) and no common first name or surname as a word.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass
from functools import cache, lru_cache

from frontdesk.config import bundled_data_dir
from frontdesk.i18n import Text, TextError
from frontdesk.national_id import is_valid_national_id
from frontdesk.visits.messages import (
    PersonalDataKind,
    privacy_message,
    privacy_reason,
    shape_message,
    shape_reason,
)

MAX_ID_DIGITS = 4
LONG_NUMBER_DIGITS = 8  # a Norwegian phone number; IDs and account numbers are longer
NAMES_FILE = "common_names.txt"

# Characters that show as nothing but are not format (Cf) characters: a combining grapheme joiner, Hangul and
# Khmer fillers, Mongolian and other variation selectors.
_INVISIBLE = frozenset([0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0, *range(0x180B, 0x1810),
                        *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)])
# Words that stand for "@" and ".", in English and Norwegian: "ola (at) example", "ola at example dot com".
_AT_WORDS = frozenset({"at", "alfakrøll", "krøllalfa"})
_DOT_WORDS = frozenset({"dot", "punktum", "prikk"})


@dataclass(frozen=True)
class FieldRule:
    """How one kind of stored text is checked. ``pattern`` None means free text (one line of any letters)."""

    shape: str  # key into messages.SHAPE_MESSAGES
    max_length: int
    pattern: re.Pattern[str] | None = None
    latin_only: bool = False  # letters must be Latin script (æøå, Sámi and accented letters included)

    @property
    def is_id(self) -> bool:
        return self.pattern is not None


_STATION = FieldRule("station", 40, re.compile(r"[^\W_]+(?:[ _-][^\W_]+)*"), latin_only=True)
_CATEGORY = FieldRule("category", 64, re.compile(r"[a-z][a-z0-9_]*\.[a-z0-9_]+", re.ASCII))
_GROUP = FieldRule("group", 32, re.compile(r"[a-z][a-z0-9_]*", re.ASCII))
_GUIDE = FieldRule("guide_id", 80, re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII))
_EVENT_KIND = FieldRule("event_kind", 32, re.compile(r"[a-z][a-z0-9_]*", re.ASCII))
_TEXT = FieldRule("text", 80)
# A kommunenummer: four digits, public and never personal. It keys a centre's rows in a shared central database.
_MUNICIPALITY = FieldRule("municipality", 4, re.compile(r"[0-9]{4}", re.ASCII))
# The name of a libpq service (pg_service.conf section): the connection lives there, never a password here.
_SERVICE = FieldRule("service", 63, re.compile(r"[A-Za-z][A-Za-z0-9_.-]*", re.ASCII))

# Every field whose text the visit log stores (or shows in its reports), by the name messages use for it.
FIELD_RULES: dict[str, FieldRule] = {
    "station": _STATION,
    "category": _CATEGORY, "favourites": _CATEGORY, "replaced_by": _CATEGORY,
    "group": _GROUP, "referred_to": _GROUP,
    "guide_id": _GUIDE,
    "event_kind": _EVENT_KIND,
    "centre_name": _TEXT, "guides_folder": _TEXT, "sync_folder": _TEXT, "label_nb": _TEXT, "label_nn": _TEXT,
    "label_en": _TEXT, "municipality": _MUNICIPALITY, "central_service": _SERVICE,
}


class RefusedText(TextError, ValueError):
    """Text the visit log won't store, told in three languages (``str()`` is bokmål).

    The refused text itself is never kept on the exception, so showing or logging it cannot leak it.
    """

    def __init__(self, field: str) -> None:
        self.field = field
        super().__init__(Text.build(self.message))

    def reason(self, language: str = "nb") -> str:
        """Which field and why, without "Nothing was stored" (for lists of skipped entries)."""
        raise NotImplementedError

    def message(self, language: str = "nb") -> str:
        raise NotImplementedError


class PersonalDataError(RefusedText):
    """Text that looks like personal data: an ID or phone number, an e-mail address, a name in an id."""

    def __init__(self, kind: PersonalDataKind, field: str) -> None:
        self.kind = kind
        super().__init__(field)

    def reason(self, language: str = "nb") -> str:
        return privacy_reason(self.kind, self.field, language)

    def message(self, language: str = "nb") -> str:
        return privacy_message(self.kind, self.field, language)


class TextShapeError(RefusedText):
    """Text without the shape its field needs (too long, several lines, not a slug, not a uuid4)."""

    def __init__(self, field: str, shape: str, max_length: int = 0) -> None:
        self.shape, self.max_length = shape, max_length
        super().__init__(field)

    def reason(self, language: str = "nb") -> str:
        return shape_reason(self.shape, self.max_length, self.field, language)

    def message(self, language: str = "nb") -> str:
        return shape_message(self.shape, self.max_length, self.field, language)


def normalise(text: str) -> str:
    """The form that is checked and stored: NFKC, invisible characters dropped, each run of spaces of any kind
    one plain space, no space at either end."""
    kept = "".join(" " if unicodedata.category(ch) == "Zs" else ch for ch in unicodedata.normalize("NFKC", text)
                   if unicodedata.category(ch) != "Cf" and ord(ch) not in _INVISIBLE)
    return re.sub(" {2,}", " ", kept).strip()


def _ascii_digit(ch: str) -> str:
    """A digit of any script (Arabic-Indic, Devanagari, CJK numerals …) as 0–9; other characters unchanged."""
    if "0" <= ch <= "9":
        return ch
    value = unicodedata.numeric(ch, -1.0)
    return str(int(value)) if value in (0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0) else ch


def _scan_form(text: str) -> str:
    return "".join(_ascii_digit(ch) for ch in normalise(text).casefold())


def _numbers(scan: str) -> list[str]:
    """The numbers in the text, each with every separator between its digits removed: letters end a number."""
    return re.findall(r"[0-9]+", "".join(ch for ch in scan if ch.isalnum()))


def _is_phone(number: str) -> bool:
    return len(number) == 8 or (len(number) == 10 and number.startswith("47")) or (
        len(number) == 12 and number.startswith("0047"))


def find_personal_data(text: str) -> PersonalDataKind | None:
    """The first kind of personal data found in ``text``, or None when it looks clean."""
    scan = _scan_form(text)
    long_numbers = [number for number in _numbers(scan) if len(number) >= LONG_NUMBER_DIGITS]
    if any(is_valid_national_id(number[i:i + 11]) for number in long_numbers for i in range(len(number) - 10)):
        return PersonalDataKind.NATIONAL_ID
    if any(_is_phone(number) for number in long_numbers):
        return PersonalDataKind.PHONE
    # Digits split by letters too ("912 og 34 567"): no text the log keeps needs 8 digits in all.
    if long_numbers or sum(ch.isdigit() for ch in scan) >= LONG_NUMBER_DIGITS:
        return PersonalDataKind.LONG_NUMBER
    if _looks_like_email(scan):
        return PersonalDataKind.EMAIL
    return None


def _looks_like_email(scan: str) -> bool:
    """An "@" of any width, or an at-word between two words that is bracketed ("ola(at)example", "ola_[at]_x")
    or followed by a dotted domain ("ola at example.com", "ola at example dot com")."""
    if "@" in scan:
        return True
    parts = re.split(r"([^\W_]+)", scan)
    words, gaps = parts[1::2], parts[0::2]  # gaps[i] comes before words[i], gaps[i + 1] after it
    for i in range(1, len(words) - 1):
        if words[i] not in _AT_WORDS:
            continue
        before, after = gaps[i].replace("_", " ").strip(), gaps[i + 1].replace("_", " ").strip()
        if before[-1:] in ("(", "[", "{", "<") and after[:1] in (")", "]", "}", ">"):
            return True
        if i + 2 < len(words) and (any(dot in gaps[i + 2] for dot in ".。") or (
                words[i + 2] in _DOT_WORDS and i + 3 < len(words))):
            return True
    return False


def _fold(word: str) -> str:
    """Lowercase without accents, ø as o and æ as ae: "Bjørn", "bjorn" and "BJØRN" are one name."""
    plain = "".join(ch for ch in unicodedata.normalize("NFD", word.casefold()) if unicodedata.category(ch) != "Mn")
    return plain.replace("ø", "o").replace("æ", "ae")


@cache
def common_names() -> frozenset[str]:
    """The bundled list of common first names and surnames, folded. Read once: it is read-only app data."""
    lines = (bundled_data_dir() / NAMES_FILE).read_text(encoding="utf-8").splitlines()
    return frozenset(_fold(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


def contains_common_name(text: str) -> bool:
    """True when a word of ``text`` (letters between any separators or digits) is a common name. Invisible
    characters are read both as nothing ("ka\u200bri") and as a separator ("ola\u200dnordmann")."""
    names = common_names()
    split = "".join(" " if unicodedata.category(ch) == "Cf" or ord(ch) in _INVISIBLE else ch for ch in text)
    words = re.findall(r"[^\W\d_]+", f"{normalise(text)} {normalise(split)}")
    return any(_fold(word) in names for word in words)


def _has_shape(rule: FieldRule, text: str) -> bool:
    if not text or len(text) > rule.max_length:
        return False
    if rule.pattern is None:  # free text: one line, no control characters
        return not any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in text)
    if rule.latin_only and not all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN ") for ch in text):
        return False
    return rule.pattern.fullmatch(text) is not None


def check(field: str, text: object, *, allow_empty: bool = False) -> str:
    """The normalised ``text`` if ``field`` (a key of FIELD_RULES) may store it; raises RefusedText if not.

    Personal data is looked for before the shape, so the message names the real problem ("a phone number",
    not "only letters and digits")."""
    rule = FIELD_RULES[field]
    if not isinstance(text, str):
        raise TextShapeError(field, rule.shape, rule.max_length)
    return _check_text(field, text, allow_empty)


@lru_cache(maxsize=4096)
def _check_text(field: str, text: str, allow_empty: bool) -> str:
    """check() for a text. Cached because an import or a sync checks the same station and category ids for
    every visit; only texts that pass are kept (a refusal is an exception, which the cache does not hold)."""
    rule = FIELD_RULES[field]
    clean = normalise(text)
    kind = find_personal_data(clean)
    if kind is None and rule.is_id:
        if contains_common_name(text):
            kind = PersonalDataKind.NAME
        elif sum(ch.isdigit() for ch in _scan_form(clean)) > MAX_ID_DIGITS:
            kind = PersonalDataKind.ID_DIGITS
    if kind is not None:
        raise PersonalDataError(kind, field)
    if not (allow_empty and clean == "") and not _has_shape(rule, clean):
        raise TextShapeError(field, rule.shape, rule.max_length)
    return clean


def passes(field: str, text: object) -> bool:
    """True when ``text`` would be stored unchanged in ``field``: safe to repeat in a message."""
    try:
        return isinstance(text, str) and check(field, text) == text
    except RefusedText:
        return False


def check_visit_id(value: object, field: str = "id") -> str:
    """``value`` if it is a visit id (or, with ``field="event_id"``, an event id) as frontdesk writes them: a
    uuid4 in canonical lowercase form.

    Hex of any other shape (a URN, braces, capitals, no dashes, another uuid version) is refused: it was not
    made by frontdesk, and free-form ids are a channel for anything."""
    if isinstance(value, str):
        try:
            parsed = uuid.UUID(value)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == value:
            return value
    raise TextShapeError(field, "event_id" if field == "event_id" else "visit_id")
