"""Personal-data refusals: whatever looks like an ID number, phone number or e-mail never gets in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontdesk.visits.messages import PersonalDataKind
from frontdesk.visits.privacy import (
    PersonalDataError,
    check_no_personal_data,
    find_personal_data,
    is_valid_national_id,
)

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
    f"{VALID_FNR[:6]}-{VALID_FNR[6:]}",
    f"{VALID_FNR[:2]}.{VALID_FNR[2:4]}.{VALID_FNR[4:6]} {VALID_FNR[6:]}",
    VALID_DNR,
])
def test_valid_national_ids_are_named_as_such(text: str) -> None:
    assert find_personal_data(text) is PersonalDataKind.NATIONAL_ID


@pytest.mark.parametrize("text", ["12345678901", "123456 78901", "kontonummer 1234.56.78903", "1234567890123"])
def test_any_run_of_eleven_or_more_digits_is_refused_even_without_valid_check_digits(text: str) -> None:
    assert find_personal_data(text) in {PersonalDataKind.LONG_NUMBER, PersonalDataKind.NATIONAL_ID}


@pytest.mark.parametrize("text", ["ring 91234567", "22 33 44 55", "412 34 567", "+47 912 34 567", "+4791234567",
                                  "0047 22334455", "tlf. 12345678"])
def test_phone_numbers_are_refused(text: str) -> None:
    assert find_personal_data(text) is PersonalDataKind.PHONE


@pytest.mark.parametrize("text", ["ola.nordmann@example.no", "kontakt: post+skranke@kommune-x.no"])
def test_email_addresses_are_refused(text: str) -> None:
    assert find_personal_data(text) is PersonalDataKind.EMAIL


@pytest.mark.parametrize("text", ["skranke-1", "Servicetorget Ås", "Innbyggertorg 2. etasje", "Bydel 12",
                                  "C:/Guider/2024-01-15", "SFO / AKS", "Org 123456789", "1234567"])
def test_ordinary_names_pass(text: str) -> None:
    assert find_personal_data(text) is None
    check_no_personal_data(text, "station")


def test_the_error_says_why_in_both_languages_and_never_repeats_the_text() -> None:
    with pytest.raises(PersonalDataError) as caught:
        check_no_personal_data(f"Ola {VALID_FNR}", "centre_name")
    error = caught.value
    assert error.kind is PersonalDataKind.NATIONAL_ID and error.field == "centre_name"
    assert "fødselsnummer" in str(error) and "Sentrets navn" in str(error)
    assert "national identity number" in error.message("en")
    assert VALID_FNR not in str(error) + error.message("en") + repr(error.args)
    assert isinstance(error, ValueError)


@given(st.lists(st.integers(0, 9), min_size=9, max_size=9), st.lists(st.sampled_from(["", " ", ".", "-"]),
                                                                       min_size=10, max_size=10),
       st.text(alphabet="abcæøå ", max_size=10))
def test_any_eleven_digit_number_however_written_is_refused(digits: list[int], separators: list[str],
                                                           prefix: str) -> None:
    number = "".join(map(str, digits)) + "00"
    written = number[0] + "".join(sep + digit for sep, digit in zip(separators, number[1:], strict=True))
    with pytest.raises(PersonalDataError):
        check_no_personal_data(f"{prefix} {written} skranke", "station")
