"""The bundled guide library as content: coverage of every required topic and the editorial rules."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.checks import all_warnings
from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.model import Guide
from frontdesk.visits.taxonomy import Taxonomy

TOPICS = yaml.safe_load((Path(__file__).parent / "guide_topics.yaml").read_text(encoding="utf-8"))
REGISTRY = AgencyRegistry.load(bundled_data_dir())
CATEGORIES = Taxonomy.from_files(bundled_data_dir() / "categories.yaml", None).ids()
RESULT = load_guides([GuideFolder(bundled_data_dir() / "guides")], agencies=REGISTRY.agencies,
                     categories=CATEGORIES)
GUIDES: dict[str, Guide] = RESULT.guides
WORD = re.compile(r"\w+")
# The citizen's handout sections end a guide; the 150-600 word rule is for the staff text before them.
CITIZEN_HEADING = re.compile(r"^## (?:Til deg \(bokmål\)|Til deg \(nynorsk\)|For you \(English\))\s*$", re.MULTILINE)


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
    words = len(WORD.findall(CITIZEN_HEADING.split(guide.body)[0]))
    assert 150 <= words <= 600, f"{words} words"
    assert guide.title_nn and guide.title_en
    assert len(guide.tags) >= 8
    assert guide.owner
    assert guide.related, "link at least one neighbouring guide"
    assert any(REGISTRY.is_official_url(s.url) for s in guide.sources)
    if guide.agency != "annet":
        assert guide.category is not None, "service guides name the visit category they are logged under"
        assert guide.requires and guide.on_behalf
