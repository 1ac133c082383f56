"""The staff rendering: local facts in place (escaped, marked), unfilled ones quiet, the note, no citizen text."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from frontdesk.knowledge.guide_render import staff_markdown_file, staff_page_html, staff_page_text
from frontdesk.knowledge.local_facts import LocalFacts, LocalFactsStore
from frontdesk.knowledge.local_values import LocalValues
from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.render import markdown_to_html
from frontdesk.knowledge.sections import citizen_sections, split_sections, staff_markdown
from tests.knowledge.guide_files import CITIZEN
from tests.knowledge.test_local_facts import CENTRE_KEYS, sfo_guide

TODAY = date(2026, 11, 22)


def facts_for(guide: Guide, tmp_path: Path, values: dict[str, str], notes: dict[str, str] | None = None) -> LocalFacts:
    return LocalFactsStore(CENTRE_KEYS, tmp_path).facts({guide.id: guide}, LocalValues(values, notes or {}))


def test_filled_values_are_marked_and_escaped_unfilled_ones_link_to_their_key(tmp_path: Path) -> None:
    guide = sfo_guide(tmp_path)
    facts = facts_for(guide, tmp_path, {"kommune-sfo-soke.frist": "1. mars <script>alert(1)</script> **fet**",
                                        "senter.telefon": "22 33 44 55"})
    page = staff_page_html(guide, facts, TODAY)
    assert ('<span class="frontdesk-local" title="Kommunens søknadsfrist for SFO" style="background-color: '
            'rgba(255, 200, 60, 0.30)">1. mars &lt;script&gt;alert(1)&lt;/script&gt; **fet**</span>') in page
    assert "<script>" not in page and "<strong>fet" not in page
    assert ('<a href="frontdesk-local:kommune-sfo-soke.portal"><i>ikke fylt ut lokalt: Lenke til '
            'søknadsportalen</i></a>') in page
    assert "{{" not in page


def test_a_url_value_is_a_link_and_a_value_cannot_smuggle_one(tmp_path: Path) -> None:
    guide = sfo_guide(tmp_path)
    facts = facts_for(guide, tmp_path, {"kommune-sfo-soke.portal": "https://www.testby.kommune.no/sfo",
                                        "senter.telefon": "[klikk](https://evil.example/)"})
    page = staff_page_html(guide, facts, TODAY)
    assert '<a href="https://www.testby.kommune.no/sfo">https://www.testby.kommune.no/sfo</a>' in page
    assert "evil.example/\"" not in page and "[klikk](https://evil.example/)" in page


def test_text_marks_local_values_and_unfilled_facts(tmp_path: Path) -> None:
    guide = sfo_guide(tmp_path)
    text = staff_page_text(guide, facts_for(guide, tmp_path, {"senter.telefon": "22 33 44 55"}), TODAY)
    assert "Ring [lokalt: 22 33 44 55]." in text
    assert "Fristen er [ikke fylt ut lokalt: Kommunens søknadsfrist for SFO]" in text


def test_the_note_follows_the_staff_text_as_plain_text(tmp_path: Path) -> None:
    guide = sfo_guide(tmp_path)
    facts = facts_for(guide, tmp_path, {}, {guide.id: "Hos oss: søknader i skranken.\n1. mars <b>ikke fet</b>"})
    page = staff_page_html(guide, facts, TODAY)
    assert ('<h2>Hos oss</h2><div class="frontdesk-local-note"><p>Hos oss: søknader i skranken.<br>1. mars '
            '&lt;b&gt;ikke fet&lt;/b&gt;</p></div>') in page
    assert page.index("Hvis det ikke løser seg") < page.index("Hos oss") < page.index("Kilder")
    text = staff_page_text(guide, facts, TODAY)
    assert "Hos oss\n-------\nHos oss: søknader i skranken.\n1. mars <b>ikke fet</b>\n" in text


def test_staff_renderings_leave_out_the_citizen_sections(tmp_path: Path) -> None:
    guide = sfo_guide(tmp_path)
    for page in (staff_page_html(guide, None, TODAY), staff_page_text(guide, None, TODAY)):
        assert "Til deg" not in page and "For you" not in page and "You log in" not in page
        assert "Slik hjelper du" in page


def test_title_and_summary_are_escaped_in_html(tmp_path: Path) -> None:
    """`guides show --format html` printed them as they were: a <script> in a title came out as is."""
    guide = sfo_guide(tmp_path)
    hostile = replace(guide, title="<script>alert('t')</script>", summary="<img src=x onerror=alert(1)>")
    page = staff_page_html(hostile, None, TODAY)
    assert "<script>" not in page and "<img" not in page
    assert "<h1>&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;</h1>" in page


def test_needs_review_and_override_are_said_in_every_rendering(tmp_path: Path) -> None:
    guide = replace(sfo_guide(tmp_path), overrides_bundled=True, is_local=True)
    page = staff_page_html(guide, None, date(2029, 1, 1))
    assert "⚠ Bør kontrolleres: Gjennomgangen skulle vært gjort 01.11.2027." in page
    assert "erstatter den innebygde veiledningen" in page
    assert "⚠ Bør kontrolleres:" in staff_page_text(guide, None, date(2029, 1, 1))
    assert "Bør kontrolleres" not in staff_page_html(guide, None, TODAY)


def test_markdown_keeps_the_file_with_escaped_values_and_the_note(tmp_path: Path) -> None:
    guide = sfo_guide(tmp_path)
    source = guide.path.read_text(encoding="utf-8")
    facts = facts_for(guide, tmp_path, {"kommune-sfo-soke.frist": "1. mars *snart*"}, {guide.id: "- ikke en liste"})
    out = staff_markdown_file(guide, facts, source)
    assert out.startswith(source[: source.index("---\n", 4) + 4])  # the front matter as written
    assert "Fristen er 1\\. mars \\*snart\\*; søk i {{portal}}." in out
    assert out.endswith("## Hos oss\n\\- ikke en liste\n")
    assert "<em>snart</em>" not in markdown_to_html(out)


def test_sections_split_on_level_two_headings_outside_code() -> None:
    body = "Intro\n## Slik hjelper du\n```\n## ikke en overskrift\n```\n" + CITIZEN + "# Slutt\n"
    assert [s.heading for s in split_sections(body)] == [
        None, "Slik hjelper du", "Til deg (bokmål)", "Til deg (nynorsk)", "For you (English)", "Slutt"]
    assert sorted(citizen_sections(body)) == ["en", "nb", "nn"]
    assert re.sub(r"\s+", " ", staff_markdown(body)).strip() == (
        "Intro ## Slik hjelper du ``` ## ikke en overskrift ``` # Slutt")
