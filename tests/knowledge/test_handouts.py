"""The citizen's handout: the section in the chosen language, filled facts, no line with an unfilled one."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from frontdesk.knowledge.handouts import (
    HandoutLanguageError,
    available_languages,
    build_handout,
    handout_html,
    handout_text,
)
from frontdesk.knowledge.local_facts import LocalFactsStore
from frontdesk.knowledge.local_values import LocalValues
from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.validation import read_guide_file
from tests.knowledge.guide_files import BODY, DATED_SOURCE, write_complete_guide
from tests.knowledge.test_local_facts import CENTRE_KEYS

TODAY = date(2026, 12, 1)
CITIZEN = """
## Til deg (bokmål)
Du søker om SFO-plass på nettsiden til kommunen.

- Søknadsfristen er {{frist}}.
- Søk her: {{portal}}
  (du trenger BankID)
- Spørsmål? Ring servicetorget på {{senter.telefon}}.
- Åpningstider: {{senter.apningstider}}

## Til deg (nynorsk)
Du søkjer om SFO-plass på nettsida til kommunen.

- Søknadsfristen er {{frist}}.

## For you (English)
You apply for an SFO place on the municipality's website.

- Call us: {{senter.telefon}}
"""
LOCAL = {"frist": {"kind": "date", "label": "Fristen"}, "portal": {"kind": "url", "label": "Portalen"}}


def guide_in(folder: Path, body: str = BODY + CITIZEN, **overrides: object) -> Guide:
    sources = [DATED_SOURCE, {**DATED_SOURCE, "url": "https://www.udir.no/sfo"}, {**DATED_SOURCE, "url": "https://nav.no/x"}]
    fields: dict[str, object] = {"title": "SFO – søke plass", "title_nn": "SFO – søkje plass",
                                 "title_en": "After-school care", **overrides}
    path = write_complete_guide(folder, "kommune-sfo-soke", body=body, agency="kommune", local=LOCAL,
                                sources=sources, **fields)
    guide, problems = read_guide_file(path, agencies={"kommune"})
    assert guide is not None, problems
    return guide


def handout(guide: Guide, folder: Path, language: str, values: dict[str, str]) -> tuple[str, str]:
    facts = LocalFactsStore(CENTRE_KEYS, folder).facts({guide.id: guide}, LocalValues(values, {}))
    made = build_handout(guide, language, facts, "Servicetorget i Testby", TODAY)
    return handout_html(made), handout_text(made)


def test_filled_facts_stand_in_place_and_lines_with_unfilled_ones_are_left_out(tmp_path: Path) -> None:
    guide = guide_in(tmp_path)
    page, text = handout(guide, tmp_path, "nb", {"kommune-sfo-soke.frist": "1. mars",
                                                 "senter.telefon": "22 33 44 55 <b>"})
    assert text == (
        "Servicetorget i Testby\nSFO – søke plass\n================\n\n"
        "Du søker om SFO-plass på nettsiden til kommunen.\n\n"
        "  • Søknadsfristen er 1. mars.\n"
        "  • Spørsmål? Ring servicetorget på 22 33 44 55 <b>.\n\n"
        "———\nSkrevet ut 01.12.2026 · Servicetorget i Testby · Kilder: nav.no, udir.no\n"
    )
    assert "22 33 44 55 &lt;b&gt;" in page and "frontdesk-local" not in page
    for staff_only in ("ikke fylt ut", "BankID", "Åpningstider", "Portalen", "Slik hjelper du", "{{"):
        assert staff_only not in page and staff_only not in text


def test_a_line_leading_in_to_a_list_goes_when_its_whole_list_goes(tmp_path: Path) -> None:
    body = BODY + """
## Til deg (bokmål)
Du kaster avfallet i riktig dunk.

Nyttig å vite:
- Nettside: {{portal}}
- Frist: {{frist}}

Trenger du hjelp?
- Servicetorget: {{senter.telefon}}
- Nav: 55 55 33 33
"""
    guide = guide_in(tmp_path, body=body)
    _, none_filled = handout(guide, tmp_path, "nb", {})
    assert "Nyttig å vite" not in none_filled and "Frist" not in none_filled
    assert "Trenger du hjelp?" in none_filled and "Nav: 55 55 33 33" in none_filled  # one item is left
    _, one_filled = handout(guide, tmp_path, "nb", {"kommune-sfo-soke.frist": "1. mars"})
    assert "Nyttig å vite:" in one_filled and "Frist: 1. mars" in one_filled and "Nettside" not in one_filled


def test_a_bundled_handout_with_nothing_filled_in_has_no_empty_heading() -> None:
    from frontdesk.config import bundled_data_dir

    path = bundled_data_dir() / "guides" / "kommune" / "kommune-renovasjon.md"
    guide, _ = read_guide_file(path, agencies={"kommune"}, categories=None)
    assert guide is not None
    facts = LocalFactsStore(CENTRE_KEYS, path.parent).facts({guide.id: guide}, LocalValues({}, {}))
    text = handout_text(build_handout(guide, "nb", facts, "Servicetorget i Testby", TODAY))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # every line that leads in to a list has its list under it, rendered as a list
    assert not [line for line, after in zip(lines, [*lines[1:], ""], strict=True)
                if line.endswith((":", "?")) and not re.match(r"(•|\d+\.) ", after)]
    assert "Nyttig å vite" not in text


def test_each_language_has_its_title_section_and_footer(tmp_path: Path) -> None:
    guide = guide_in(tmp_path)
    assert available_languages(guide) == ("nb", "nn", "en")
    page, text = handout(guide, tmp_path, "nn", {"kommune-sfo-soke.frist": "1. mars"})
    assert "<h1>SFO – søkje plass</h1>" in page and '<html lang="nn">' in page
    assert "Søknadsfristen er 1. mars." in text and "Skrive ut 01.12.2026" in text and "Kjelder: " in text
    page, text = handout(guide, tmp_path, "en", {})
    assert text.startswith("Servicetorget i Testby\nAfter-school care\n")
    assert "Call us" not in text and "Printed 01.12.2026 · Servicetorget i Testby · Sources: nav.no, udir.no" in text


def test_a_missing_language_is_refused_with_the_languages_the_guide_has(tmp_path: Path) -> None:
    guide = guide_in(tmp_path, body=BODY + CITIZEN[: CITIZEN.index("## For you")])
    with pytest.raises(HandoutLanguageError) as error:
        handout(guide, tmp_path, "en", {})
    assert str(error.value) == ("Veiledningen «SFO – søke plass» har ingen tekst til innbyggeren på engelsk "
                                "(## For you (English)). Den finnes på: bokmål (--language nb), nynorsk "
                                "(--language nn).")
    bare = guide_in(tmp_path / "bare", body=BODY)
    with pytest.raises(HandoutLanguageError, match="ingen tekst til innbyggeren ennå"):
        handout(bare, tmp_path, "nb", {})


def test_the_title_is_escaped(tmp_path: Path) -> None:
    guide = guide_in(tmp_path, title="<script>x</script>")
    page, _ = handout(guide, tmp_path, "nb", {})
    assert "<script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
