"""Property tests of the validator: a phone number, ID number or e-mail address is found however it is written.

Separators are drawn from every kind the attacks used and more (any space, punctuation, underscores, slashes,
zero-width and other invisible characters, repeated), digits from several scripts. Derandomised, so CI is
deterministic; a new failing example is a new test case to add to test_privacy.py.
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from frontdesk.visits.messages import PersonalDataKind
from frontdesk.visits.privacy import (
    MAX_ID_DIGITS,
    PersonalDataError,
    RefusedText,
    check,
    contains_common_name,
    find_personal_data,
)

PROPERTY = settings(derandomize=True, max_examples=300, deadline=None)

SEPARATORS = [
    " ", "  ", "\u00a0", "\u2009", "\u202f", "\u3000", "\t", "-", "--", "\u2010", "\u2013", "\u2014", ".", ",",
    "/", "\\", "_", "__", "(", ")", "+", "'", "·", ":", ";", "|", "~", "*", "#", "\u200b", "\u200c", "\u200d",
    "\u2060", "\ufeff", "\u00ad", "\u034f", "\u3164", " - ", " / ", "..", "\ufe58", "\uff0e",
]
separator = st.one_of(st.just(""), st.sampled_from(SEPARATORS),
                      st.lists(st.sampled_from(SEPARATORS), min_size=2, max_size=3).map("".join))
# Digits written in ASCII, full width, Arabic-Indic, Devanagari or as circled numbers (NFKC makes them 0–9).
SCRIPTS = [lambda d: str(d), lambda d: chr(0xFF10 + d), lambda d: chr(0x0660 + d), lambda d: chr(0x0966 + d),
           lambda d: "⓪" if d == 0 else chr(0x2460 + d - 1)]
words = st.text(alphabet="abcdefghijklmnoprstuvyæøå", min_size=1, max_size=8)
TEXT_FIELDS = ["centre_name", "guides_folder", "label_nb", "label_en"]
ID_FIELDS = ["station", "category", "group", "guide_id", "referred_to"]


@st.composite
def written(draw: st.DrawFn, digits: str) -> str:
    """``digits`` as someone might type or paste them, inside ordinary words."""
    script = draw(st.sampled_from(SCRIPTS))
    chars = [script(int(d)) for d in digits]
    number = chars[0] + "".join(draw(separator) + ch for ch in chars[1:])
    before, after = draw(words), draw(words)
    return f"{before}{draw(separator)}{number}{draw(separator)}{after}"


phone_digits = st.text(alphabet="0123456789", min_size=8, max_size=8)
id_digits = st.text(alphabet="0123456789", min_size=11, max_size=11)


@PROPERTY
@given(data=st.data(), number=phone_digits, prefix=st.sampled_from(["", "47", "0047"]),
       field=st.sampled_from(TEXT_FIELDS + ID_FIELDS))
def test_a_phone_number_however_grouped_is_refused_in_every_field(data: st.DataObject, number: str, prefix: str,
                                                                  field: str) -> None:
    text = data.draw(written(prefix + number))
    assert find_personal_data(text) in {PersonalDataKind.PHONE, PersonalDataKind.NATIONAL_ID,
                                        PersonalDataKind.LONG_NUMBER}
    try:
        check(field, text)
    except PersonalDataError:
        pass
    else:
        raise AssertionError("stored")


@PROPERTY
@given(data=st.data(), number=id_digits, field=st.sampled_from(TEXT_FIELDS + ID_FIELDS))
def test_an_eleven_digit_number_however_grouped_is_refused_in_every_field(data: st.DataObject, number: str,
                                                                          field: str) -> None:
    text = data.draw(written(number))
    kind = find_personal_data(text)
    assert kind in {PersonalDataKind.NATIONAL_ID, PersonalDataKind.LONG_NUMBER, PersonalDataKind.PHONE}
    try:
        check(field, text)
    except PersonalDataError as refused:
        assert number[:5] not in str(refused) + refused.message("en")
    else:
        raise AssertionError("stored")


AT = ["@", " @ ", "＠", "﹫", "(at)", " (at) ", "[at]", " [ at ] ", "{at}", "<at>", "_at_", " (alfakrøll) "]
DOT = [".", " . ", "．", " dot ", " (dot) ", "[dot]", " punktum "]


@PROPERTY
@given(user=words, at=st.sampled_from(AT), domain=words, dot=st.sampled_from(DOT),
       tld=st.sampled_from(["no", "com", "org", "net"]), upper=st.booleans(),
       field=st.sampled_from(TEXT_FIELDS + ID_FIELDS))
def test_an_email_address_however_disguised_is_refused(user: str, at: str, domain: str, dot: str, tld: str,
                                                       upper: bool, field: str) -> None:
    text = f"{user}{at}{domain}{dot}{tld}"
    text = text.upper() if upper else text
    assert find_personal_data(text) is PersonalDataKind.EMAIL
    try:
        check(field, text)
    except RefusedText:
        pass
    else:
        raise AssertionError("stored")


slug_word = st.text(alphabet="abcdefghijklmnoprstuvy", min_size=3, max_size=9)


@PROPERTY
@given(parts=st.lists(slug_word, min_size=1, max_size=3), digits=st.text("0123456789", max_size=MAX_ID_DIGITS),
       field=st.sampled_from(["station", "guide_id"]))
def test_a_slug_with_at_most_four_digits_and_no_name_is_stored_as_it_is(parts: list[str], digits: str,
                                                                        field: str) -> None:
    slug = "-".join(parts + ([digits] if digits else []))
    assume(not contains_common_name(slug) and find_personal_data(slug) is None)
    assert check(field, slug) == slug


@PROPERTY
@given(parts=st.lists(slug_word, min_size=1, max_size=2),
       groups=st.lists(st.text("0123456789", min_size=1, max_size=3), min_size=2, max_size=4),
       field=st.sampled_from(ID_FIELDS))
def test_an_id_with_more_than_four_digits_in_all_is_refused(parts: list[str], groups: list[str], field: str) -> None:
    assume(sum(map(len, groups)) > MAX_ID_DIGITS)
    joiner = "." if field == "category" else "_" if field in ("group", "referred_to") else "-"
    slug = parts[0] + joiner + "_".join([*parts[1:], *groups]) if field == "category" else joiner.join(
        parts + groups)
    try:
        check(field, slug)
    except PersonalDataError as refused:
        assert refused.kind in {PersonalDataKind.ID_DIGITS, PersonalDataKind.NAME, PersonalDataKind.PHONE,
                                PersonalDataKind.LONG_NUMBER, PersonalDataKind.NATIONAL_ID}
    else:
        raise AssertionError("stored")
