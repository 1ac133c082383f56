"""The bundled guide library as content: coverage of every required topic and the editorial rules."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml
from rapidfuzz import fuzz

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.checks import all_warnings
from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.requirements import requirements_markdown
from frontdesk.visits.taxonomy import Taxonomy

TOPICS = yaml.safe_load((Path(__file__).parent / "guide_topics.yaml").read_text(encoding="utf-8"))
REGISTRY = AgencyRegistry.load(bundled_data_dir())
CATEGORIES = Taxonomy.from_files(bundled_data_dir() / "categories.yaml", None).ids()
RESULT = load_guides([GuideFolder(bundled_data_dir() / "guides")], agencies=REGISTRY.agencies,
                     categories=CATEGORIES)
GUIDES: dict[str, Guide] = RESULT.guides
WORD = re.compile(r"\w+")


def test_library_loads_without_errors_and_has_80_guides() -> None:
    assert [str(p) for p in RESULT.problems] == []
    assert len(GUIDES) >= 80


@pytest.mark.parametrize(("topic", "ids"), [(t, ids) for area in TOPICS.values() for t, ids in area.items()])
def test_every_required_topic_has_its_guide(topic: str, ids: list[str]) -> None:
    missing = [guide_id for guide_id in ids if guide_id not in GUIDES]
    assert missing == [], f"{topic}: no guide {missing}"


def test_strict_check_is_clean() -> None:
    assert [str(w) for w in all_warnings(GUIDES.values(), REGISTRY, date.today())] == []


def test_titles_are_unique() -> None:
    titles = [g.title.casefold() for g in GUIDES.values()]
    assert len(titles) == len(set(titles))


@pytest.mark.parametrize("guide", sorted(GUIDES.values(), key=lambda g: g.id), ids=lambda g: g.id)
def test_guide_meets_the_editorial_rules(guide: Guide) -> None:
    # The length rule is for the staff text; the citizen's "Til deg" sections follow it and have their own.
    staff_text = guide.body.split("## Til deg (bokmål)")[0]
    words = len(WORD.findall(staff_text))
    assert 150 <= words <= 600, f"{words} words"
    assert guide.title_nn and guide.title_en
    assert len(guide.tags) >= 8
    assert guide.owner
    assert guide.related, "link at least one neighbouring guide"
    assert any(REGISTRY.is_official_url(s.url) for s in guide.sources)
    if guide.agency != "annet":
        assert guide.category is not None, "service guides name the visit category they are logged under"
        assert guide.requires and guide.on_behalf


def test_no_box_says_the_same_thing_twice() -> None:
    # The box merges `requires` with the section; items that say one fact in other words both survive it.
    said_twice: list[str] = []
    for guide in GUIDES.values():
        items = [line[2:].lower() for line in requirements_markdown(guide).splitlines() if line.startswith("- ")]
        said_twice += [f"{guide.id}: «{a}» ≈ «{b}»" for i, a in enumerate(items) for b in items[i + 1:]
                       if fuzz.token_set_ratio(a, b) >= 70]
    assert said_twice == [], "\n".join(said_twice)
