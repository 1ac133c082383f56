from __future__ import annotations

from datetime import date
from pathlib import Path

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.checks import guide_warnings
from frontdesk.knowledge.model import Severity
from frontdesk.knowledge.validation import read_guide_file
from tests.knowledge.guide_files import BODY, write_guide

REGISTRY = AgencyRegistry.load(bundled_data_dir())


def warnings_for(path: Path, today: date = date(2026, 11, 22)) -> list[str]:
    guide, problems = read_guide_file(path, agencies=REGISTRY.agencies)
    assert guide is not None, problems
    found = guide_warnings(guide, REGISTRY, today)
    assert all(w.severity is Severity.WARNING for w in found)
    return [w.message for w in found]


def test_clean_guide_has_no_warnings(tmp_path: Path) -> None:
    assert warnings_for(write_guide(tmp_path, "a-guide")) == []


def test_overdue_review(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "a-guide", reviewed="2024-01-15")
    assert warnings_for(path) == ["review overdue: reviewed 2024-01-15, due 2025-01-15"]


def test_official_domains_include_subdomains_but_not_lookalikes() -> None:
    assert REGISTRY.is_official_url("https://www.nav.no/meldekort")
    assert REGISTRY.is_official_url("https://oslo.kommune.no/barnehage")
    assert REGISTRY.is_official_url("https://www.skatteetaten.no/")
    assert not REGISTRY.is_official_url("https://nav.no.evil.example/")
    assert not REGISTRY.is_official_url("https://fakenav.no/")
    assert not REGISTRY.is_official_url("not a url")
    assert not REGISTRY.is_official_url("https://[www.nav.no/aap")  # urllib raises on the unbalanced "["


def test_unofficial_source_and_body_link(tmp_path: Path) -> None:
    body = BODY + "\nSe [denne siden](https://example.com/x) og <https://www.nav.no/>.\n"
    path = write_guide(tmp_path, "a-guide", body=body, sources=[{"title": "Blogg", "url": "https://blogg.example/"}])
    messages = warnings_for(path)
    assert "source 'Blogg' is not on an official domain: https://blogg.example/" in messages
    assert "no source on an official domain: cite the agency's own page" in messages
    assert "link outside the official domains: https://example.com/x" in messages
    assert not any("www.nav.no" in m for m in messages)


def test_body_link_warning_points_at_its_line(tmp_path: Path) -> None:
    body = BODY + "\nSe https://example.com/x her.\n"
    path = write_guide(tmp_path, "a-guide", body=body)
    guide, _ = read_guide_file(path, agencies=REGISTRY.agencies)
    assert guide is not None
    [warning] = guide_warnings(guide, REGISTRY, date(2026, 11, 22))
    assert path.read_text(encoding="utf-8").splitlines()[warning.line - 1] == "Se https://example.com/x her."


def test_missing_sections(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "a-guide", body="## Slik hjelper du\n1. Gjør det.\n")
    assert warnings_for(path) == [
        "missing section '## Dette trenger innbyggeren'",
        "missing section '## Vanlige problemer'",
        "missing section '## Hvis det ikke løser seg'",
    ]


def test_duplicate_titles_flag_every_guide_sharing_the_title(tmp_path: Path) -> None:
    from frontdesk.knowledge.checks import duplicate_titles

    guides = []
    for guide_id in ("a-guide", "b-guide", "c-guide"):
        path = write_guide(tmp_path, guide_id, title="Samme tittel" if guide_id != "c-guide" else "Annen")
        guide, _ = read_guide_file(path, agencies=REGISTRY.agencies)
        assert guide is not None
        guides.append(guide)
    warnings = duplicate_titles(guides)
    assert [w.path.name for w in warnings] == ["a-guide.md", "b-guide.md"]
    assert warnings[0].message == f"title 'Samme tittel' is also used by {tmp_path / 'b-guide.md'}"


def test_agency_display_names_are_read_whole() -> None:
    assert REGISTRY.name("digdir") == "Digdir (MinID, ID-porten)"
    assert REGISTRY.name("nav") == "Nav"
    assert REGISTRY.name("ukjent") == "ukjent"
