"""Dates and numbers the way readers of each language write them: reports, exports, command-line messages and
the window all format through here.

Bokmål and nynorsk: "oktober 2026", "01.10.2026", "14. okt.", "1 234", "1,5", "22,4 %". English: "October 2026",
"1 Oct 2026", "14 Oct", "1,234", "1.5", "22.4%". ISO dates belong in JSON and file names only, which never
come here. Thousands are split by a no-break space, so a number never breaks across two lines.
"""

from __future__ import annotations

from datetime import date

from frontdesk.i18n import Text

THOUSANDS_SPACE = "\u00a0"

MONTHS: tuple[Text, ...] = tuple(Text(nb, nb, en) for nb, en in (
    ("januar", "January"), ("februar", "February"), ("mars", "March"), ("april", "April"), ("mai", "May"),
    ("juni", "June"), ("juli", "July"), ("august", "August"), ("september", "September"),
    ("oktober", "October"), ("november", "November"), ("desember", "December"),
))
# The abbreviations of the Norwegian locales (glibc's nb_NO and nn_NO): short month names are written out.
MONTHS_SHORT: tuple[Text, ...] = tuple(Text(nb, nb, en) for nb, en in (
    ("jan.", "Jan"), ("feb.", "Feb"), ("mars", "Mar"), ("april", "Apr"), ("mai", "May"), ("juni", "Jun"),
    ("juli", "Jul"), ("aug.", "Aug"), ("sep.", "Sep"), ("okt.", "Oct"), ("nov.", "Nov"), ("des.", "Dec"),
))
WEEKDAYS: tuple[Text, ...] = (  # Monday first, as date.weekday() counts
    Text("mandag", "måndag", "Monday"), Text("tirsdag", "tysdag", "Tuesday"),
    Text("onsdag", "onsdag", "Wednesday"), Text("torsdag", "torsdag", "Thursday"),
    Text("fredag", "fredag", "Friday"), Text("lørdag", "laurdag", "Saturday"), Text("søndag", "sundag", "Sunday"),
)
WEEKDAYS_SHORT: tuple[Text, ...] = (
    Text("ma.", "må.", "Mon"), Text("ti.", "ty.", "Tue"), Text("on.", "on.", "Wed"), Text("to.", "to.", "Thu"),
    Text("fr.", "fr.", "Fri"), Text("lø.", "la.", "Sat"), Text("sø.", "su.", "Sun"),
)


def weekday(index: int, language: str, *, short: bool = False) -> str:
    """The name of weekday ``index`` (0 = Monday)."""
    return (WEEKDAYS_SHORT if short else WEEKDAYS)[index].get(language)


def month(year: int, number: int, language: str) -> str:
    """"oktober 2026" / "October 2026"."""
    return f"{MONTHS[number - 1].get(language)} {year}"


def month_of(text: str, language: str) -> str:
    """A ``YYYY-MM`` month as :func:`month` writes it; any other text (say, "Sum") is returned as it is."""
    year, _, number = text.partition("-")
    if not (year.isdigit() and number.isdigit() and 1 <= int(number) <= 12):
        return text
    return month(int(year), int(number), language)


def day(value: date, language: str) -> str:
    """"01.10.2026" / "1 Oct 2026"."""
    if language == "en":
        return f"{value.day} {MONTHS_SHORT[value.month - 1].en} {value.year}"
    return f"{value.day:02d}.{value.month:02d}.{value.year}"


def day_short(value: date, language: str) -> str:
    """Day and month without the year: "14. okt." / "14 Oct"."""
    if language == "en":
        return f"{value.day} {MONTHS_SHORT[value.month - 1].en}"
    return f"{value.day}. {MONTHS_SHORT[value.month - 1].get(language)}"


def span(start: date, end: date, language: str) -> str:
    """A period, both days included: one whole month reads as the month, anything else as its two days."""
    next_day = date.fromordinal(end.toordinal() + 1)
    if start.day == 1 and (start.year, start.month) == (end.year, end.month) and next_day.day == 1:
        return month(start.year, start.month, language)
    if start == end:
        return day(start, language)
    between = " – " if language == "en" else "–"
    return f"{day(start, language)}{between}{day(end, language)}"


def number(value: int | float, language: str, *, places: int = 2, sign: bool = False) -> str:
    """A count or an amount: thousands split, decimal comma in Norwegian, at most ``places`` decimals without
    trailing zeros ("2", "1,5", "0,25"); ``sign`` writes "+" before a positive number (a change)."""
    text = f"{value:+,.{places}f}" if isinstance(value, float) else f"{value:+,d}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if not sign or value == 0:
        text = text.lstrip("+")
    if language == "en":
        return text
    return text.translate({ord(","): THOUSANDS_SPACE, ord("."): ","})


def percent(value: float, language: str, *, sign: bool = False) -> str:
    """"22,4 %" / "22.4%" (one decimal)."""
    shown = number(round(value, 1), language, places=1, sign=sign)
    return f"{shown}%" if language == "en" else f"{shown}{THOUSANDS_SPACE}%"


def clock_hour(hour: int, language: str) -> str:
    """The start of an hour of the day: "kl. 09" / "09:00"."""
    return f"{hour:02d}:00" if language == "en" else f"kl. {hour:02d}"


def clock(hour: int, minute: int, language: str) -> str:
    """A time of day: "kl. 14.05" (Språkrådet's form) / "14:05"."""
    return f"{hour:02d}:{minute:02d}" if language == "en" else f"kl. {hour:02d}.{minute:02d}"
