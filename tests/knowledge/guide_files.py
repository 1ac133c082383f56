"""Helpers that write real guide files for tests."""

from __future__ import annotations

from pathlib import Path

import yaml

BODY = """## Slik hjelper du
1. Be innbyggeren åpne nettsiden.

## Dette trenger innbyggeren
- Mobiltelefon.

## Vanlige problemer
- Ingen.

## Hvis det ikke løser seg
- Kontakt etaten.
"""


def front_matter(guide_id: str, **overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "id": guide_id,
        "title": f"Tittel for {guide_id}",
        "agency": "nav",
        "summary": "En setning om hva innbyggeren vil.",
        "tags": ["test", "prøve"],
        "reviewed": "2026-11-01",
        "sources": [{"title": "nav.no", "url": "https://www.nav.no/"}],
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def write_guide(folder: Path, guide_id: str, body: str = BODY, **overrides: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{guide_id}.md"
    meta = yaml.safe_dump(front_matter(guide_id, **overrides), allow_unicode=True, sort_keys=False)
    path.write_text(f"---\n{meta}---\n{body}", encoding="utf-8")
    return path


# The sections written to the citizen, and a guide that meets every rule of today's format.
CITIZEN = """
## Til deg (bokmål)
Du logger inn på nettsiden og følger stegene.

## Til deg (nynorsk)
Du loggar inn på nettsida og følgjer stega.

## For you (English)
You log in on the website and follow the steps.
"""
DATED_SOURCE = {"title": "nav.no", "url": "https://www.nav.no/", "read": "2026-11-01", "page_date": "2026-10-01"}


def write_complete_guide(folder: Path, guide_id: str, body: str = BODY + CITIZEN, **overrides: object) -> Path:
    """A guide with nynorsk and English titles, a dated source and the three citizen sections."""
    complete: dict[str, object] = {
        "title_nn": f"Tittel på nynorsk for {guide_id}",
        "title_en": f"English title for {guide_id}",
        "sources": [DATED_SOURCE],
    }
    return write_guide(folder, guide_id, body, **{**complete, **overrides})
