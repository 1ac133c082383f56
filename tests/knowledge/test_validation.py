from __future__ import annotations

from datetime import date
from pathlib import Path

from frontdesk.knowledge.validation import read_guide_file
from tests.knowledge.guide_files import write_guide

AGENCIES = {"nav", "skatteetaten", "digdir"}


def read(path: Path, categories: set[str] | None = None) -> tuple[object, list[str]]:
    guide, problems = read_guide_file(path, agencies=AGENCIES, categories=categories)
    return guide, [p.describe("en") for p in problems]


def test_valid_guide_loads_every_field(tmp_path: Path) -> None:
    path = write_guide(
        tmp_path, "nav-meldekort", title_nn="Meldekort", title_en="Employment status card", review_every=6,
        owner="redaksjonen", related=["nav-dagpenger"], requires=["BankID"], on_behalf="Fullmakt trengs.",
        category="nav.meldekort",
    )
    guide, problems = read_guide_file(path, agencies=AGENCIES, categories={"nav.meldekort"})
    assert problems == []
    assert guide is not None
    assert guide.id == "nav-meldekort"
    assert guide.reviewed == date(2026, 11, 1)
    assert guide.review_every == 6
    assert guide.requires == ("BankID",)
    assert guide.related == ("nav-dagpenger",)
    assert guide.sources[0].url == "https://www.nav.no/"
    assert guide.body.startswith("## Slik hjelper du")
    assert guide.body_line == guide.path.read_text(encoding="utf-8").splitlines().index("## Slik hjelper du") + 1


def test_unknown_key_is_an_error_with_its_line_and_a_hint(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "a-guide", tagz=["x"])
    guide, problems = read(path)
    assert guide is None
    line = path.read_text(encoding="utf-8").splitlines().index("tagz:") + 1
    assert problems == [f"{path}:{line}: unknown key 'tagz' (did you mean 'tags'?)"]


def test_wrong_types_are_errors(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "a-guide", tags="not a list", title=42, review_every="often")
    guide, problems = read(path)
    assert guide is None
    text = "\n".join(problems)
    assert "'tags' must be a non-empty list of texts" in text
    assert "'title' must be a non-empty text" in text
    assert "'review_every' must be a whole number of months" in text


def test_bad_date_is_an_error(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "a-guide", reviewed="22.11.2026")
    _, problems = read(path)
    assert len(problems) == 1
    assert "'reviewed' must be a date written YYYY-MM-DD" in problems[0]


def test_missing_required_keys_are_listed(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "a-guide", summary=None, sources=None)
    _, problems = read(path)
    assert any("missing required key 'summary'" in p for p in problems)
    assert any("missing required key 'sources'" in p for p in problems)


def test_id_must_match_file_name_and_be_a_slug(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "a-guide", id="another-guide")
    _, problems = read(path)
    assert any("does not match the file name" in p for p in problems)
    path = write_guide(tmp_path, "b-guide", id="B Guide")
    _, problems = read(path)
    assert any("must be a lowercase slug" in p for p in problems)


def test_unknown_agency_and_category(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "a-guide", agency="navv", category="nav.meldekrt")
    _, problems = read(path, categories={"nav.meldekort"})
    assert any("unknown agency 'navv' (did you mean 'nav'?)" in p for p in problems)
    assert any("unknown visit category 'nav.meldekrt' (did you mean 'nav.meldekort'?)" in p for p in problems)


def test_sources_need_title_and_web_url(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "a-guide", sources=[{"title": "x", "url": "ftp://nav.no"}, {"url": "https://a.no"}])
    _, problems = read(path)
    assert any("source 1 url must start with https://" in p for p in problems)
    assert any("source 2 must have the keys 'title' and 'url', and may have 'read' and 'page_date'" in p
               for p in problems)


def test_a_url_with_an_unbalanced_bracket_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    # urllib reads "[" after "//" as an IPv6 address and raises on the missing "]" (found by the fuzz test).
    path = write_guide(tmp_path, "a-guide", sources=[{"title": "NAV", "url": "https://[www.nav.no/aap"}])
    guide, problems = read(path)
    assert guide is None
    assert any("source 1 url must start with https://" in p for p in problems)


def test_yaml_syntax_error_points_at_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text("---\nid: broken\ntitle: [unclosed\nagency: nav\n---\nbody\n", encoding="utf-8")
    guide, problems = read(path)
    assert guide is None
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:")
    assert "YAML error" in problems[0]
    line = int(problems[0].split(":")[1])
    assert 3 <= line <= 5


def test_missing_front_matter_fences(tmp_path: Path) -> None:
    no_start = tmp_path / "a.md"
    no_start.write_text("# Just markdown\n", encoding="utf-8")
    [message] = read(no_start)[1]
    assert message == f"{no_start}:1: the file must start with a '---' line that opens the YAML front matter"
    no_end = tmp_path / "b.md"
    no_end.write_text("---\nid: b\n", encoding="utf-8")
    assert "never closed" in read(no_end)[1][0]


def test_not_utf8_and_nul_byte_are_reported(tmp_path: Path) -> None:
    latin = tmp_path / "latin.md"
    latin.write_bytes("---\nid: latin\ntitle: S\xf8knad\n".encode("latin-1"))
    assert "not UTF-8" in read(latin)[1][0]
    nul = tmp_path / "nul.md"
    nul.write_bytes(b"---\nid: nul\n\x00\n---\n")
    assert read(nul)[1] == [f"{nul}:3: the file contains a NUL byte: save it again as plain text"]


def test_empty_body_is_an_error(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "a-guide", body="\n")
    assert any("no text after the front matter" in p for p in read(path)[1])


def test_review_due_adds_months_and_clamps_the_day(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "a-guide", reviewed="2025-08-31", review_every=6)
    guide, _ = read_guide_file(path, agencies=AGENCIES)
    assert guide is not None
    assert guide.review_due() == date(2026, 2, 28)
    assert guide.is_review_overdue(date(2026, 3, 1))
    assert not guide.is_review_overdue(date(2026, 2, 28))


def test_sources_record_when_read_and_the_pages_own_date(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "a-guide", sources=[
        {"title": "Dated", "url": "https://www.nav.no/a", "read": "2026-12-01", "page_date": "2025-06-03"},
        {"title": "Undated", "url": "https://www.nav.no/b", "read": "2026-12-01", "page_date": "none"},
    ])
    guide, problems = read(path)
    assert problems == []
    assert guide is not None
    dated, undated = guide.sources
    assert (dated.read, dated.page_date, dated.undated) == (date(2026, 12, 1), date(2025, 6, 3), False)
    assert (undated.page_date, undated.undated) == (None, True)


def test_source_dates_must_be_dates(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "a-guide", sources=[
        {"title": "x", "url": "https://www.nav.no/a", "read": "i går", "page_date": "snart"}])
    _, problems = read(path)
    assert any("source 1 'read' must be a date" in p for p in problems)
    assert any("source 1 'page_date' must be a date written YYYY-MM-DD or 'none'" in p for p in problems)


def test_a_guides_own_local_facts_need_kind_and_label(tmp_path: Path) -> None:
    good = write_guide(tmp_path, "a-guide", local={"frist": {"kind": "date", "label": "SFO-fristen"}})
    guide, problems = read(good)
    assert problems == [] and guide is not None
    assert [(s.key, s.kind, s.label) for s in guide.slots] == [("frist", "date", "SFO-fristen")]
    bad = write_guide(tmp_path, "b-guide", local={"Frist!": {"kind": "date", "label": "x"},
                                                  "tlf": {"kind": "fax", "label": "x"},
                                                  "adr": {"kind": "text"}})
    _, problems = read(bad)
    assert any("must be a lowercase slug" in p for p in problems)
    assert any("kind must be one of" in p for p in problems)
    assert any("must have exactly the keys 'kind' and 'label'" in p for p in problems)


def test_an_oversized_guide_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A 50 MB local guide was read whole (search took 16 s and 1.9 GB); now it is refused by its size alone."""
    path = tmp_path / "enorm.md"
    with path.open("wb") as file:  # sparse: 50 MB on paper, nothing to read
        file.truncate(50 * 1024 * 1024)
    guide, problems = read(path)
    assert guide is None
    assert problems == [f"{path}:1: the file is larger than 1024 KB; a guide is a few pages of text: shorten it or "
                        "split it into several guides"]


def test_a_guide_just_over_the_limit_is_refused_and_one_under_it_loads(tmp_path: Path) -> None:
    from frontdesk.knowledge.validation import MAX_GUIDE_BYTES

    small = write_guide(tmp_path, "a-guide")
    filler = "\n" + "ord " * ((MAX_GUIDE_BYTES - small.stat().st_size) // 4 - 10)
    small.write_text(small.read_text(encoding="utf-8") + filler, encoding="utf-8")
    assert small.stat().st_size <= MAX_GUIDE_BYTES
    assert read(small)[0] is not None
    small.write_text(small.read_text(encoding="utf-8") + "x" * 100, encoding="utf-8")
    assert small.stat().st_size > MAX_GUIDE_BYTES
    guide, problems = read(small)
    assert guide is None and "larger than 1024 KB" in problems[0]
