"""The one validator: personal data is found however it is written, and ids keep their narrow shape."""

from __future__ import annotations

import uuid

import pytest
import yaml

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.national_id import is_valid_national_id
from frontdesk.visits.messages import PersonalDataKind
from frontdesk.visits.privacy import (
    FIELD_RULES,
    NAMES_FILE,
    PersonalDataError,
    RefusedText,
    TextShapeError,
    check,
    check_visit_id,
    common_names,
    find_personal_data,
    normalise,
    passes,
)
from frontdesk.visits.taxonomy import Taxonomy

K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def with_check_digits(first_nine: str) -> str:
    """Complete nine digits into a fødselsnummer; written out here so the test doesn't trust the module."""
    digits = [int(c) for c in first_nine]
    k1 = (11 - sum(d * w for d, w in zip(digits, K1, strict=True)) % 11) % 11
    digits.append(k1)
    k2 = (11 - sum(d * w for d, w in zip(digits, K2, strict=True)) % 11) % 11
    assert k1 != 10 and k2 != 10, "pick other digits: this individual number has no valid check digits"
    return first_nine + f"{k1}{k2}"


VALID_FNR = with_check_digits("010190124")  # born 1 Jan 1990
VALID_DNR = with_check_digits("410190124")  # D-nummer: day + 40


def test_the_sample_numbers_are_valid_and_a_changed_digit_is_not() -> None:
    assert is_valid_national_id(VALID_FNR)
    assert is_valid_national_id(VALID_DNR)
    broken = VALID_FNR[:-1] + str((int(VALID_FNR[-1]) + 1) % 10)
    assert not is_valid_national_id(broken)


@pytest.mark.parametrize("text", [
    VALID_FNR,
    f"skranke {VALID_FNR[:6]} {VALID_FNR[6:]}",
    f"{VALID_FNR[:6]}  {VALID_FNR[6:]}",
    f"{VALID_FNR[:6]}_{VALID_FNR[6:]}",
    f"{VALID_FNR[:6]}--{VALID_FNR[6:]}",
    f"{VALID_FNR[:6]}/{VALID_FNR[6:]}",
    f"{VALID_FNR[:6]},{VALID_FNR[6:]}",
    f"{VALID_FNR[:6]}\u00a0{VALID_FNR[6:]}",
    f"{VALID_FNR[:3]}\u200b{VALID_FNR[3:]}",
    f"{VALID_FNR[:2]}.{VALID_FNR[2:4]}.{VALID_FNR[4:6]} {VALID_FNR[6:]}",
    "".join(chr(0xFF10 + int(d)) for d in VALID_FNR),  # full-width digits
    "".join(chr(0x0660 + int(d)) for d in VALID_FNR),  # Arabic-Indic digits
    VALID_DNR,
])
def test_valid_national_ids_are_named_as_such_however_written(text: str) -> None:
    assert find_personal_data(text) is PersonalDataKind.NATIONAL_ID


@pytest.mark.parametrize("text", ["12345678901", "123456 78901", "kontonummer 1234.56.78903", "1234567890123",
                                  "Org 123456789", "rom 12, 345 67 89", "tlf 912 og 34 567", "9a1b2c3d4e5f6g7h",
                                  "Rom 1234, bygg 5678"])
def test_any_number_of_eight_or_more_digits_is_refused(text: str) -> None:
    assert find_personal_data(text) in {PersonalDataKind.LONG_NUMBER, PersonalDataKind.NATIONAL_ID}


@pytest.mark.parametrize("text", ["ring 91234567", "22 33 44 55", "412 34 567", "+47 912 34 567", "+4791234567",
                                  "0047 22334455", "tlf. 12345678", "912-34-567", "91-23-45-67", "91_23_45_67",
                                  "9 1 2 3 4 5 6 7", "912/34/567", "(+47) 912.34.567", "９１２３４５６７",
                                  "9\u200c1\u200d2\u20603\ufeff4567", "912\u00a034\u202f567", "tlf:91234567"])
def test_phone_numbers_in_any_grouping_are_refused(text: str) -> None:
    assert find_personal_data(text) is PersonalDataKind.PHONE


@pytest.mark.parametrize("text", ["ola.nordmann@example.no", "kontakt: post+skranke@kommune-x.no",
                                  "ola @ example.com", "ola(at)example.com", "ola (at) example (dot) com",
                                  "ola [at] example [dot] com", "ola at example dot com", "ola at example.com",
                                  "OLA AT EXAMPLE PUNKTUM NO", "ola＠example．com", "ola﹫example.com",
                                  "ola_at_example.com", "ola {at} example", "ola (alfakrøll) example.no",
                                  "ola\u200b@\u200bexample.com", "@ola"])
def test_anything_email_like_is_refused(text: str) -> None:
    assert find_personal_data(text) is PersonalDataKind.EMAIL


@pytest.mark.parametrize("text", ["skranke-1", "Servicetorget Ås", "Innbyggertorg 2. etasje", "Bydel 12",
                                  "C:/Guider/2024", "SFO / AKS", "1234567", "Help desk at Ås library",
                                  "Skranke (A)", "Åpent 08–16", "Nav, skatt og helse"])
def test_ordinary_names_pass(text: str) -> None:
    assert find_personal_data(text) is None
    assert check("centre_name", text) == text


def test_normalise_gives_the_stored_form() -> None:
    assert normalise("  Skranke\u00a0\u00a0Ås\u200b 2 ") == "Skranke Ås 2"
    assert normalise("ﬁlial\u3000２") == "filial 2"
    assert check("station", " Skranke\u2009 Ås\u00ad 2") == "Skranke Ås 2"


@pytest.mark.parametrize(("field", "text"), [
    ("station", "skranke-12"), ("station", "Skranke Ås 2"), ("station", "bibliotek_3"), ("station", "ærøy-ønsk"),
    ("station", "Servicetorg 2026"), ("station", "Skranke"), ("station", "Sámi giella čđŋšŧž"),
    ("category", "lokal.bibliotekkort"), ("category", "lokal.tilskudd_2026"), ("group", "lokal"),
    ("guide_id", "nav-meldekort"), ("guide_id", "skjema-2026"), ("referred_to", "digital_post"),
])
def test_ids_of_the_right_shape_pass_unchanged(field: str, text: str) -> None:
    assert check(field, text) == text and passes(field, text)


@pytest.mark.parametrize(("field", "text", "kind"), [
    ("station", "Kari", PersonalDataKind.NAME),
    ("station", "skranke-ola", PersonalDataKind.NAME),
    ("station", "Hansen skranke 2", PersonalDataKind.NAME),
    ("station", "BJØRN", PersonalDataKind.NAME),
    ("station", "bjorn", PersonalDataKind.NAME),
    ("station", "skranke2kari", PersonalDataKind.NAME),
    ("station", "ka\u200bri", PersonalDataKind.NAME),
    ("station", "ola\u200dnordmann", PersonalDataKind.NAME),
    ("station", "ＫＡＲＩ", PersonalDataKind.NAME),
    ("station", "Anne-Lise", PersonalDataKind.NAME),
    ("category", "lokal.kari_hansen", PersonalDataKind.NAME),
    ("group", "nordmann", PersonalDataKind.NAME),
    ("station", "rom 12345", PersonalDataKind.ID_DIGITS),
    ("station", "a1b2c3d4e5", PersonalDataKind.ID_DIGITS),
    ("station", "skranke 1 2 3 4 5", PersonalDataKind.ID_DIGITS),
    ("category", "lokal.41019010110", PersonalDataKind.NATIONAL_ID),
    ("category", "lokal.x1234_5", PersonalDataKind.ID_DIGITS),
    ("group", "g12345", PersonalDataKind.ID_DIGITS),
    ("guide_id", "912-34-567", PersonalDataKind.PHONE),
    ("guide_id", "skjema-20261", PersonalDataKind.ID_DIGITS),
    ("referred_to", "nav-91234567", PersonalDataKind.PHONE),
])
def test_ids_holding_names_or_more_than_four_digits_are_refused(field: str, text: str,
                                                                kind: PersonalDataKind) -> None:
    with pytest.raises(PersonalDataError) as caught:
        check(field, text)
    assert caught.value.kind is kind and caught.value.field == field


@pytest.mark.parametrize(("field", "text"), [
    ("station", "skranke/1"), ("station", "skranke--1"), ("station", "-skranke"), ("station", "Скранке"),
    ("station", "skranke\n1"), ("station", "x" * 41), ("station", ""), ("station", "skranke ١"),
    ("category", "Lokal.Kort"), ("category", "lokal"), ("category", "lokal.ko rt"), ("group", "1lokal"),
    ("guide_id", "Not A Slug"), ("guide_id", "nav--meldekort"), ("referred_to", "NAV"),
    ("centre_name", "x" * 81), ("centre_name", "to\nlinjer"), ("label_nb", ""),
])
def test_text_of_the_wrong_shape_is_refused_with_what_is_allowed(field: str, text: str) -> None:
    with pytest.raises(TextShapeError) as caught:
        check(field, text)
    assert "Ingenting ble lagret" in str(caught.value) and "Nothing was stored" in caught.value.message("en")


def test_only_free_text_may_be_empty_and_only_when_asked() -> None:
    assert check("centre_name", "  ", allow_empty=True) == ""
    with pytest.raises(TextShapeError):
        check("centre_name", "")


def test_a_non_text_value_is_refused_as_a_shape() -> None:
    with pytest.raises(TextShapeError):
        check("station", 91234567)


@pytest.mark.parametrize(("field", "text"), [
    ("centre_name", f"Ola {VALID_FNR}"), ("station", f"{VALID_FNR[:6]}  {VALID_FNR[6:]}"),
    ("station", "Kari"), ("guide_id", "912-34-567"), ("centre_name", "ola @ example.com"),
    ("station", "skranke 123456"), ("category", "lokal.41019010110"),
])
def test_messages_say_why_in_both_languages_and_never_repeat_the_text(field: str, text: str) -> None:
    with pytest.raises(RefusedText) as caught:
        check(field, text)
    error = caught.value
    shown = str(error) + error.message("en") + error.reason("en") + repr(error.args) + repr(error)
    assert "Ingenting ble lagret" in str(error) and "Nothing was stored" in error.message("en")
    digits = "".join(ch for ch in text if ch.isdigit())
    assert (digits[:5] not in shown if digits else True) and "Kari" not in shown and "ola" not in shown
    assert isinstance(error, ValueError)


def test_the_national_id_message_names_the_field_and_the_kind() -> None:
    with pytest.raises(PersonalDataError) as caught:
        check("centre_name", f"Ola {VALID_FNR}")
    assert "fødselsnummer" in str(caught.value) and "Sentrets navn" in str(caught.value)
    assert "national identity number" in caught.value.message("en")


def test_canonical_uuid4_visit_ids_pass_and_every_other_spelling_is_refused() -> None:
    good = str(uuid.uuid4())
    assert check_visit_id(good) == good
    v1 = str(uuid.uuid1())
    wrong_variant = good[:19] + "c" + good[20:]  # variant bits 110: Microsoft's, not RFC 4122
    for bad in [good.upper(), "{" + good + "}", "urn:uuid:" + good, good.replace("-", ""), v1,
                "0123456789abcdef0123456789abcdef", "00000000-0000-0000-0000-000000000000", wrong_variant,
                f" {good}", "not-a-uuid", 42, None]:
        with pytest.raises(TextShapeError):
            check_visit_id(bad)


def test_every_bundled_id_and_label_passes(taxonomy: Taxonomy) -> None:
    """The rules are strict, but never against the app's own data."""
    for category in taxonomy.all():
        assert passes("category", category.id), category.id
        assert all(passes(f"label_{lang}", category.labels.get(lang)) for lang in ("nb", "nn", "en")), category.id
    for group in taxonomy.groups().values():
        assert passes("group", group.id), group.id
        assert all(passes(f"label_{lang}", group.labels.get(lang)) for lang in ("nb", "nn", "en")), group.id
    for agency in AgencyRegistry.load(bundled_data_dir()).agencies:
        assert passes("referred_to", agency), agency
    for guide in (bundled_data_dir() / "guides").rglob("*.md"):
        front = yaml.safe_load(guide.read_text(encoding="utf-8").split("---")[1])
        assert passes("guide_id", front["id"]), guide
    assert passes("station", "skranke") and passes("station", "skranke-1")


def test_the_names_list_is_lowercase_words_only() -> None:
    lines = [line for line in (bundled_data_dir() / NAMES_FILE).read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert len(lines) == len(set(lines)) > 100
    assert all(line.isalpha() and line == line.lower() for line in lines)
    assert {"kari", "ola", "hansen", "bjorn"} <= common_names() and "skranke" not in common_names()


def test_every_field_has_a_rule_with_a_shape_message() -> None:
    from frontdesk.visits.messages import FIELD_LABELS, SHAPE_MESSAGES

    for field, rule in FIELD_RULES.items():
        assert rule.shape in SHAPE_MESSAGES and field in FIELD_LABELS, field

