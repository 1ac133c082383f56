"""The editor's guide drafts: ids from titles, form fields to a guide file and back, on real files."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.frontmatter import parse_guide_text
from frontdesk.knowledge.guide_draft import (
    HANDOUT_SKELETONS,
    STAFF_SKELETON,
    DraftFact,
    DraftSource,
    GuideDraft,
    draft_from_guide,
    draft_text,
    new_draft,
    preview_guide,
    slugify,
    split_list,
)
from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.model import CITIZEN_SECTIONS
from frontdesk.knowledge.sections import citizen_sections
from frontdesk.knowledge.validation import read_guide_file, validate_parsed

AGENCIES = AgencyRegistry.load(bundled_data_dir()).agencies
TODAY = date(2026, 12, 5)


def complete_draft(**changes: object) -> GuideDraft:
    draft = GuideDraft(
        id="testby-parkering", title="Parkeringstillatelse i Testby", reviewed=TODAY,
        summary="Innbyggeren vil søke om parkeringstillatelse.", tags=("parkering", "hc-kort"),
        title_nn="Parkeringsløyve i Testby", title_en="Parking permit in Testby",
        sources=(DraftSource("Parkering (testby.kommune.no)", "https://www.testby.kommune.no/parkering",
                             date(2026, 12, 1), date(2026, 11, 2)),),
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(("title", "slug"), [
    ("Parkeringstillatelse i Testby", "parkeringstillatelse-i-testby"),
    ("Legevakt – Ærlig og Åpen på Øya", "legevakt-aerlig-og-apen-pa-oya"),
    ("Søke SFO-plass (2027)", "soke-sfo-plass-2027"),
    ("Crème brûlée: «fest»", "creme-brulee-fest"),
    ("  ", ""),
    ("!!! ???", ""),
    ("ord " * 30, "-".join(["ord"] * 15)),  # whole words, at most 60 characters
    ("x" * 80, "x" * 60),
])
def test_an_id_is_made_from_the_title(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_lists_typed_in_the_form() -> None:
    assert split_list("parkering, HC-kort,\nparkering ,, hc-kort", commas=True) == ("parkering", "HC-kort")
    assert split_list("- Legeerklæring\n\n• Passbilde, helst nytt\n", commas=False) == (
        "Legeerklæring", "Passbilde, helst nytt")


def test_a_new_draft_starts_from_the_skeleton() -> None:
    draft = new_draft(TODAY)
    assert draft.id == "" and draft.agency == "kommune" and draft.reviewed == TODAY
    text = draft_text(replace(draft, id="x", title="X"))
    body = parse_guide_text(text).body
    for heading in ("Slik hjelper du", "Dette trenger innbyggeren", "Vanlige problemer", "Hvis det ikke løser seg"):
        assert f"## {heading}\n" in body
    assert set(citizen_sections(body)) == {"nb", "nn", "en"}
    assert "{{senter.telefon}}" in HANDOUT_SKELETONS["nb"] and STAFF_SKELETON in body


def test_fields_that_look_like_yaml_are_saved_as_text(tmp_path: Path) -> None:
    draft = complete_draft(
        title='Parkering: "HC" #1', summary="yes", title_nn="2026-01-01", title_en="- [not] a: list",
        tags=("no", "on", "a, b", "{x}"), requires=("Legeerklæring: ny", "null"), on_behalf="~",
        facts=(DraftFact("frist", "date", "Frist: «dato»"),),
        staff_body=STAFF_SKELETON + "- Søk innen {{frist}}.\n",
    )
    path = tmp_path / "testby-parkering.md"
    path.write_text(draft_text(draft), encoding="utf-8")
    guide, problems = read_guide_file(path, agencies=AGENCIES)
    assert problems == [] and guide is not None
    assert (guide.title, guide.summary, guide.title_nn, guide.title_en) == (
        'Parkering: "HC" #1', "yes", "2026-01-01", "- [not] a: list")
    assert guide.tags == ("no", "on", "a, b", "{x}") and guide.requires == ("Legeerklæring: ny", "null")
    assert guide.on_behalf == "~" and guide.slots[0].label == "Frist: «dato»"
    assert guide.sources[0].read == date(2026, 12, 1) and guide.sources[0].page_date == date(2026, 11, 2)


def test_the_file_reads_like_the_documented_format() -> None:
    text = draft_text(complete_draft(sources=(DraftSource("Side", "https://www.testby.kommune.no/", TODAY,
                                                          undated=True),)))
    assert text.startswith("---\nid: testby-parkering\ntitle: Parkeringstillatelse i Testby\n")
    assert "tags: [parkering, hc-kort]\n" in text
    assert "sources:\n  - title: Side\n    url: https://www.testby.kommune.no/\n    read: 2026-12-05\n" \
           "    page_date: none\n---\n\n## Slik hjelper du\n" in text
    assert "review_every" not in text and "owner" not in text and "category" not in text  # empty: left out


def test_an_empty_required_field_is_left_out_so_the_check_names_it() -> None:
    data = parse_guide_text(draft_text(complete_draft(summary="   ", tags=()))).data
    assert "summary" not in data and "tags" not in data


def test_every_bundled_guide_survives_the_form_unchanged(tmp_path: Path) -> None:
    loaded = load_guides([GuideFolder(bundled_data_dir() / "guides")], agencies=AGENCIES)
    assert len(loaded.guides) > 100
    for guide in loaded.guides.values():
        text = draft_text(draft_from_guide(guide))
        again, problems = validate_parsed(guide.path, parse_guide_text(text), agencies=AGENCIES)
        assert problems == [] and again is not None, guide.id
        assert replace(again, body_line=guide.body_line) == guide, guide.id


def test_a_guide_splits_into_staff_text_and_handouts() -> None:
    loaded = load_guides([GuideFolder(bundled_data_dir() / "guides")], agencies=AGENCIES)
    draft = draft_from_guide(loaded.guides["kommune-parkeringstillatelse"])
    assert draft.staff_body.startswith("## Slik hjelper du\n") and "## Til deg" not in draft.staff_body
    assert draft.handouts["en"].startswith("Do you have great difficulty walking?")
    assert [f.key for f in draft.facts] == ["skjema", "kontakt"]
    assert set(draft.handouts) == set(CITIZEN_SECTIONS)


def test_a_handout_left_empty_is_not_written() -> None:
    body = parse_guide_text(draft_text(complete_draft(handouts={"nb": "Du søker selv.\n", "nn": " \n"}))).body
    assert set(citizen_sections(body)) == {"nb"}


def test_the_preview_is_made_even_while_a_field_is_missing(tmp_path: Path) -> None:
    guide = preview_guide(complete_draft(id="", title="", summary=""), tmp_path / "x.md")
    assert guide.id == "ny-veiledning" and guide.is_local and "## Slik hjelper du" in guide.body
