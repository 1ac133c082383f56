from __future__ import annotations

from datetime import date
from pathlib import Path

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.checks import guide_warnings
from frontdesk.knowledge.model import Severity
from frontdesk.knowledge.validation import read_guide_file
from tests.knowledge.guide_files import BODY, CITIZEN, DATED_SOURCE, write_complete_guide, write_guide

REGISTRY = AgencyRegistry.load(bundled_data_dir())


def warnings_for(path: Path, today: date = date(2026, 11, 22)) -> list[str]:
    guide, problems = read_guide_file(path, agencies=REGISTRY.agencies)
    assert guide is not None, problems
    found = guide_warnings(guide, REGISTRY, today)
    assert all(w.severity is Severity.WARNING for w in found)
    return [w.message.en for w in found]


def test_clean_guide_has_no_warnings(tmp_path: Path) -> None:
    assert warnings_for(write_complete_guide(tmp_path, "a-guide")) == []


def test_overdue_review_names_its_dates_as_each_language_writes_them(tmp_path: Path) -> None:
    path = write_complete_guide(tmp_path, "a-guide", reviewed="2024-01-15")
    assert warnings_for(path) == ["review overdue: reviewed 15 Jan 2024, due 15 Jan 2025"]
    guide, _ = read_guide_file(path, agencies=REGISTRY.agencies)
    assert guide is not None
    [warning] = guide_warnings(guide, REGISTRY, date(2026, 11, 22))
    assert warning.message.nb == "gjennomgangen er på overtid: gjennomgått 15.01.2024, skulle vært gjort 15.01.2025"
    assert warning.message.nn.endswith("skulle vore gjord 15.01.2025")
    assert warning.values == {"reviewed": "2024-01-15", "due": "2025-01-15"}  # for programs: as in the file


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
    path = write_complete_guide(tmp_path, "a-guide", body=body, sources=[{"title": "Blogg", "url": "https://blogg.example/"}])
    messages = warnings_for(path)
    assert "source 'Blogg' is not on an official domain: https://blogg.example/" in messages
    assert "no source on an official domain: cite the agency's own page" in messages
    assert "link outside the official domains: https://example.com/x" in messages
    assert not any("www.nav.no" in m for m in messages)


def test_body_link_warning_points_at_its_line(tmp_path: Path) -> None:
    body = BODY + "\nSe https://example.com/x her.\n" + CITIZEN
    path = write_complete_guide(tmp_path, "a-guide", body=body)
    guide, _ = read_guide_file(path, agencies=REGISTRY.agencies)
    assert guide is not None
    [warning] = guide_warnings(guide, REGISTRY, date(2026, 11, 22))
    assert path.read_text(encoding="utf-8").splitlines()[warning.line - 1] == "Se https://example.com/x her."


def test_missing_sections(tmp_path: Path) -> None:
    path = write_complete_guide(tmp_path, "a-guide", body="## Slik hjelper du\n1. Gjør det.\n" + CITIZEN)
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
    assert warnings[0].message.en == f"title 'Samme tittel' is also used by {tmp_path / 'b-guide.md'}"


def test_agency_display_names_are_read_whole() -> None:
    assert REGISTRY.name("digdir") == "Digdir (MinID, ID-porten)"
    assert REGISTRY.name("nav") == "Nav"
    assert REGISTRY.name("ukjent") == "ukjent"


# -- links judged on their final address (issue #16 part 4) ---------------------------------------------------
HOSTILE_LINKS = {
    "[Logg inn](HTTPS://nav.no.evil.com/)": "https://nav.no.evil.com/",
    "[Logg inn](//nav.no.evil.com/)": "https://nav.no.evil.com/",
    "[Logg inn](&#104;ttps://evil.example/)": "https://evil.example/",
    "<a href=\"&#x68;&#x74;&#x74;&#x70;&#x73;://evil.example/x\">Logg inn</a>": "https://evil.example/x",
    "<a href=\"&#x2F;&#x2F;evil.example\">Logg inn</a>": "https://evil.example",
    "[Logg inn][nav]\n\n[nav]: HTTPS://nav.no.evil.com/login": "https://nav.no.evil.com/login",
    "<HTTPS://nav.no.evil.com/auto>": "https://nav.no.evil.com/auto",
    "[Logg inn](https://evil.example\\@www.nav.no/)": "https://evil.example/@www.nav.no/",
    "Skriv inn HTTPS://nav.no.evil.com/tekst i nettleseren.": "https://nav.no.evil.com/tekst",
}


def test_every_way_of_writing_a_link_is_judged_on_the_address_the_browser_opens(tmp_path: Path) -> None:
    for number, (markdown, final) in enumerate(HOSTILE_LINKS.items()):
        guide_id = f"guide-{number}"
        path = write_complete_guide(tmp_path, guide_id, body=f"{BODY}\n{markdown}\n{CITIZEN}")
        messages = warnings_for(path)
        assert f"link outside the official domains: {final}" in messages, markdown


def test_a_hostile_link_is_flagged_on_its_own_line(tmp_path: Path) -> None:
    body = f"{BODY}\nFørste linje.\nSe [her](//nav.no.evil.com/) for mer.\n{CITIZEN}"
    path = write_complete_guide(tmp_path, "a-guide", body=body)
    guide, _ = read_guide_file(path, agencies=REGISTRY.agencies)
    assert guide is not None
    [warning] = guide_warnings(guide, REGISTRY, date(2026, 11, 22))
    assert path.read_text(encoding="utf-8").splitlines()[warning.line - 1] == "Se [her](//nav.no.evil.com/) for mer."


def test_official_links_however_written_are_not_flagged(tmp_path: Path) -> None:
    body = f"{BODY}\n[a](HTTPS://WWW.NAV.NO/x) [b](//www.skatteetaten.no/) [c](&#104;ttps://nav.no/)\n{CITIZEN}"
    assert warnings_for(write_complete_guide(tmp_path, "a-guide", body=body)) == []


def test_sources_are_judged_like_links(tmp_path: Path) -> None:
    """urllib took the host after '@' (nav.no); a browser reads '\\' as '/' and goes to evil.example."""
    source = {**DATED_SOURCE, "title": "Lur", "url": "https://evil.example\\@www.nav.no/"}
    messages = warnings_for(write_complete_guide(tmp_path, "a-guide", sources=[DATED_SOURCE, source]))
    assert "source 'Lur' is not on an official domain: https://evil.example/@www.nav.no/" in messages
    hidden = {**DATED_SOURCE, "title": "Bruker", "url": "https://www.nav.no@evil.example/"}
    messages = warnings_for(write_complete_guide(tmp_path, "b-guide", sources=[DATED_SOURCE, hidden]))
    assert "source 'Bruker' is not on an official domain: https://www.nav.no@evil.example/" in messages


# -- sources' dates, the citizen sections, notices ------------------------------------------------------------
def test_a_source_without_read_or_page_date_is_a_warning(tmp_path: Path) -> None:
    undated = {"title": "Udatert", "url": "https://www.nav.no/a", "read": "2026-11-01", "page_date": "none"}
    bare = {"title": "Bar", "url": "https://www.nav.no/b"}
    messages = warnings_for(write_complete_guide(tmp_path, "a-guide", sources=[DATED_SOURCE, undated, bare]))
    assert messages == [
        "source 3 'Bar' has no 'read' date (when the page was read for this guide)",
        "source 3 'Bar' has no 'page_date' (the date the page carries, or 'none')",
    ]


def test_citizen_sections_titles_and_wording(tmp_path: Path) -> None:
    citizen = ("\n## Til deg (bokmål)\nInnbyggeren logger inn. Hen trenger BankID.\n\n"
               "## For you (English)\nThe citizen logs in.\n")
    path = write_complete_guide(tmp_path, "a-guide", body=BODY + citizen, title_en=None)
    lines = path.read_text(encoding="utf-8").splitlines()
    guide, _ = read_guide_file(path, agencies=REGISTRY.agencies)
    assert guide is not None
    found = [(w.line, w.message.en) for w in guide_warnings(guide, REGISTRY, date(2026, 11, 22))]
    bokmal = lines.index("Innbyggeren logger inn. Hen trenger BankID.") + 1
    english = lines.index("The citizen logs in.") + 1
    assert found == [
        (bokmal, "'## Til deg (bokmål)' speaks of the citizen ('Innbyggeren'): write to them, with 'du' / 'you'"),
        (bokmal, "'## Til deg (bokmål)' speaks of the citizen ('Hen'): write to them, with 'du' / 'you'"),
        (guide.body_line, "missing section '## Til deg (nynorsk)' (the citizen's handout)"),
        (english, "'## For you (English)' speaks of the citizen ('The citizen'): write to them, with 'du' / 'you'"),
        (2, "missing 'title_en': the English handout needs its title"),
    ]


def test_a_guide_needs_review_when_overdue_or_no_source_is_dated_within_two_years(tmp_path: Path) -> None:
    from frontdesk.knowledge.checks import review_notices

    def notices(**overrides: object) -> list[str]:
        path = write_complete_guide(tmp_path, "a-guide", **overrides)
        guide, _ = read_guide_file(path, agencies=REGISTRY.agencies)
        assert guide is not None
        found = review_notices([guide], date(2026, 11, 22))
        assert all(n.severity is Severity.NOTICE and str(n).startswith(f"{path}:2: merknad: ") for n in found)
        assert all(n.describe("en").startswith(f"{path}:2: notice: needs a check: ") for n in found)
        return [n.message.nb for n in found]

    assert notices() == []
    old = {**DATED_SOURCE, "page_date": "2024-11-21"}
    assert notices(sources=[old]) == [
        "bør kontrolleres: Ingen av kildene er en side datert de siste 2 årene (nyeste: 21.11.2024)."]
    assert notices(sources=[{**DATED_SOURCE, "page_date": "2024-11-22"}]) == []  # two years to the day
    assert notices(sources=[{**DATED_SOURCE, "page_date": "none"}]) == [
        "bør kontrolleres: Ingen av kildene har en registrert dato på siden."]
    assert notices(reviewed="2025-01-15") == ["bør kontrolleres: Gjennomgangen skulle vært gjort 15.01.2026."]


# -- local facts in guides ------------------------------------------------------------------------------------
def test_local_fact_problems(tmp_path: Path) -> None:
    from frontdesk.knowledge.checks import all_warnings

    body = (BODY.replace("Kontakt etaten.", "Ring {{senter.telfon}} eller se {{frsit}}.\n- **Lokalt:** legg inn frist.")
            + "\n[Portalen]({{portal}})\n" + CITIZEN)
    local = {"frist": {"kind": "date", "label": "Fristen"}, "portal": {"kind": "url", "label": "Portalen"}}
    path = write_complete_guide(tmp_path, "a-guide", body=body, local=local)
    guide, problems = read_guide_file(path, agencies=REGISTRY.agencies)
    assert guide is not None, problems
    lines = path.read_text(encoding="utf-8").splitlines()
    contact = next(n for n, line in enumerate(lines, start=1) if "senter.telfon" in line)
    found = [(p.line, p.severity, p.message.en) for p in all_warnings([guide], REGISTRY, date(2026, 11, 22))]
    assert found == [
        (contact, Severity.ERROR, "unknown local fact '{{senter.telfon}}' (did you mean '{{senter.telefon}}'?); "
         "centre-wide keys are in data/local_keys.yaml, a guide's own go under 'local:'"),
        (contact, Severity.ERROR, "unknown local fact '{{frsit}}' (did you mean '{{frist}}'?); centre-wide keys are "
         "in data/local_keys.yaml, a guide's own go under 'local:'"),
        (2, Severity.WARNING, "local fact 'frist' is declared but the text never uses {{frist}}"),
        (contact + 1, Severity.WARNING, "a '**Lokalt:**' instruction is left in the text: make it a local fact "
         "({{key}}) that the centre fills in"),
        (contact + 3, Severity.WARNING, "a local fact is written as a link target: write the fact on its own; a url "
         "fact becomes a link by itself"),
    ]
