"""Dates and numbers as readers of bokmål, nynorsk and English write them."""

from __future__ import annotations

from datetime import date

import pytest

from frontdesk import formatting

NBSP = "\u00a0"


@pytest.mark.parametrize(("language", "whole_month", "part", "one_day", "short"), [
    ("nb", "oktober 2026", "06.10.2026–31.10.2026", "01.10.2026", "14. okt."),
    ("nn", "oktober 2026", "06.10.2026–31.10.2026", "01.10.2026", "14. okt."),
    ("en", "October 2026", "6 Oct 2026 – 31 Oct 2026", "1 Oct 2026", "14 Oct"),
])
def test_dates(language: str, whole_month: str, part: str, one_day: str, short: str) -> None:
    assert formatting.span(date(2026, 10, 1), date(2026, 10, 31), language) == whole_month
    assert formatting.span(date(2026, 10, 6), date(2026, 10, 31), language) == part
    assert formatting.span(date(2026, 10, 1), date(2026, 10, 1), language) == one_day
    assert formatting.day(date(2026, 10, 1), language) == one_day
    assert formatting.day_short(date(2026, 10, 14), language) == short
    assert formatting.month_of("2026-10", language) == whole_month


def test_a_period_of_two_whole_months_or_a_leap_february() -> None:
    assert formatting.span(date(2028, 2, 1), date(2028, 2, 29), "nb") == "februar 2028"
    assert formatting.span(date(2026, 2, 1), date(2026, 2, 27), "nb") == "01.02.2026–27.02.2026"
    assert formatting.span(date(2026, 9, 1), date(2026, 10, 31), "nn") == "01.09.2026–31.10.2026"
    assert formatting.span(date(2026, 12, 1), date(2026, 12, 31), "en") == "December 2026"


def test_only_a_real_month_is_turned_into_words() -> None:
    assert formatting.month_of("Sum", "nb") == "Sum"
    assert formatting.month_of("2026-13", "nb") == "2026-13"


@pytest.mark.parametrize(("language", "expected"), [
    ("nb", ["1\u00a0234\u00a0567", "1,5", "2", "0,25", "-3", "+22", "0", "1\u00a0234,5"]),
    ("nn", ["1\u00a0234\u00a0567", "1,5", "2", "0,25", "-3", "+22", "0", "1\u00a0234,5"]),
    ("en", ["1,234,567", "1.5", "2", "0.25", "-3", "+22", "0", "1,234.5"]),
])
def test_numbers(language: str, expected: list[str]) -> None:
    assert [
        formatting.number(1234567, language), formatting.number(1.5, language), formatting.number(2.0, language),
        formatting.number(0.25, language), formatting.number(-3, language, sign=True),
        formatting.number(22, language, sign=True), formatting.number(0, language, sign=True),
        formatting.number(1234.5, language),
    ] == expected
    assert formatting.number(100.0, language, places=0) == "100"


def test_percent_and_clock() -> None:
    assert formatting.percent(22.44, "nb", sign=True) == f"+22,4{NBSP}%"
    assert formatting.percent(-5.0, "nn") == f"-5{NBSP}%"
    assert formatting.percent(22.44, "en", sign=True) == "+22.4%"
    assert (formatting.clock_hour(9, "nb"), formatting.clock_hour(9, "en")) == ("kl. 09", "09:00")


def test_weekdays_monday_first() -> None:
    assert [formatting.weekday(i, "nb") for i in (0, 1, 5, 6)] == ["mandag", "tirsdag", "lørdag", "søndag"]
    assert [formatting.weekday(i, "nn") for i in (0, 1, 5, 6)] == ["måndag", "tysdag", "laurdag", "sundag"]
    assert formatting.weekday(date(2026, 10, 14).weekday(), "en") == "Wednesday"
    assert formatting.weekday(0, "nn", short=True) == "må."


def test_a_time_of_day() -> None:
    assert [formatting.clock(14, 5, lang) for lang in ("nb", "nn", "en")] == ["kl. 14.05", "kl. 14.05", "14:05"]
