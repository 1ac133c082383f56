"""The editor's live messages: the checks of ``frontdesk guides check`` on a draft, by form field, worded for the
form by each problem's code, in bokmål, nynorsk and English."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.draft_check import DraftContext, DraftReport, check_draft_text
from frontdesk.knowledge.guide_draft import STAFF_SKELETON, DraftFact, GuideDraft, draft_text, new_draft
from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.local_keys import load_centre_keys
from frontdesk.knowledge.model import Guide, Severity
from tests.knowledge.test_guide_draft import TODAY, complete_draft

REGISTRY = AgencyRegistry.load(bundled_data_dir())
CENTRE_KEYS = load_centre_keys(bundled_data_dir() / "local_keys.yaml")


@pytest.fixture(scope="module")
def library() -> dict[str, Guide]:
    return load_guides([GuideFolder(bundled_data_dir() / "guides")], agencies=REGISTRY.agencies).guides


def check(draft: GuideDraft, library: dict[str, Guide], folder: Path = Path("/lokalt")) -> DraftReport:
    context = DraftContext(REGISTRY, library, CENTRE_KEYS, TODAY, categories={"kommune.parkeringstillatelse"})
    return check_draft_text(draft_text(draft), folder / f"{draft.id or 'x'}.md", context)


def messages(report: DraftReport, severity: Severity | None = None, language: str = "nb") -> list[tuple[str, str]]:
    return [(p.field, p.message.get(language)) for p in report.problems if severity is None or p.severity is severity]


def test_an_empty_form_names_each_missing_field(library: dict[str, Guide]) -> None:
    report = check(new_draft(TODAY), library)
    assert report.guide is None
    id_from_title = "tittelen må ha minst én bokstav eller ett tall, så veiledningen får en id"
    assert messages(report, Severity.ERROR) == [("id", id_from_title), ("title", "må fylles ut"),
                                                ("summary", "må fylles ut"), ("tags", "må fylles ut"),
                                                ("sources", "må fylles ut")]


def test_a_complete_draft_loads_with_no_error(library: dict[str, Guide]) -> None:
    report = check(complete_draft(), library)
    assert report.errors == () and report.guide is not None
    assert report.guide.id == "testby-parkering" and report.guide.is_local and not report.guide.overrides_bundled
    assert messages(report) == []


def test_problems_in_the_text_point_at_the_part_they_are_in(library: dict[str, Guide]) -> None:
    draft = complete_draft(
        staff_body=STAFF_SKELETON + "- Ring {{senter.telfon}}.\n",
        handouts={"nb": "Du søker selv.\n", "nn": "Innbyggeren søkjer sjølv.\n",
                  "en": "Read [this](https://evil.example/parkering).\n"},
    )
    report = check(draft, library)
    assert report.guide is None  # an unknown fact could never be filled in: the editor won't save it
    assert ("body", "ukjent lokal opplysning {{senter.telfon}}; mente du {{senter.telefon}}?") in messages(report)
    assert ("handout_nn", "snakker om innbyggeren («Innbyggeren»): skriv til hen, med «du» (på engelsk «you»)") \
        in messages(report, Severity.WARNING)
    assert ("handout_en", "lenken går til en side utenfor de offentlige domenene: https://evil.example/parkering") \
        in messages(report, Severity.WARNING)


def test_a_missing_handout_and_titles(library: dict[str, Guide]) -> None:
    report = check(complete_draft(handouts={"nb": "Du søker selv.\n"}, title_nn="", title_en=""), library)
    assert report.errors == ()
    warned = messages(report, Severity.WARNING)
    assert ("handout_nn", "mangler: uten den kan veiledningen ikke skrives ut på dette språket") in warned
    assert ("title_en", "mangler: utskriften på engelsk trenger tittelen") in warned


def test_local_facts_are_checked(library: dict[str, Guide]) -> None:
    draft = complete_draft(facts=(DraftFact("frist", "date", "Søknadsfrist"), DraftFact("Kontor", "text", "K")),
                           staff_body=STAFF_SKELETON + "- Fristen er {{frist}}.\n")
    report = check(draft, library)
    assert messages(report, Severity.ERROR) == [
        ("local", "nøkkelen 'Kontor' må skrives med små bokstaver, tall og bindestrek, for eksempel «frist»")]
    report = check(replace(draft, facts=(*draft.facts[:1], DraftFact("kontor", "text", "Kontoret"))), library)
    assert report.errors == ()
    assert ("local", "«kontor» står ikke i teksten: skriv {{kontor}} der verdien skal stå") in messages(report)


def test_sources_are_checked(library: dict[str, Guide]) -> None:
    report = check(complete_draft(sources=(replace(complete_draft().sources[0], url="www.testby.no"),)), library)
    assert ("sources", "kilde 1: adressen må begynne med https://") in messages(report, Severity.ERROR)
    report = check(complete_draft(sources=(replace(complete_draft().sources[0], url="https://blogg.example/"),)),
                   library)
    assert ("sources", "minst én kilde må være etatens egen side på et offentlig domene") in messages(report)


def test_the_library_it_joins(library: dict[str, Guide]) -> None:
    national = library["kommune-parkeringstillatelse"]
    report = check(complete_draft(title=national.title, related=("finnes-ikke", "tt-kort")), library)
    assert ("related", "den relaterte veiledningen «finnes-ikke» finnes ikke") in messages(report, Severity.ERROR)
    assert ("title", "en annen veiledning har samme tittel: velg en tittel ansatte kan skille fra den") \
        in messages(report, Severity.WARNING)
    copy = check(replace(complete_draft(), id=national.id, related=national.related), library)
    assert copy.guide is not None and copy.guide.overrides_bundled
    assert ("id", "erstatter den nasjonale veiledningen med samme id") in messages(copy, Severity.NOTICE)


def test_an_overdue_review_is_a_warning_on_the_date(library: dict[str, Guide]) -> None:
    report = check(complete_draft(reviewed=date(2024, 1, 10)), library)
    assert ("reviewed", "gjennomgangen skulle vært gjort 10.01.2025: sjekk kildene og sett ny dato") \
        in messages(report, Severity.WARNING)
    overdue = next(p for p in report.problems if p.field == "reviewed")
    assert overdue.message.en == "the review was due 10 Jan 2025: check the sources and set a new date"


def test_a_message_not_known_keeps_the_checks_own_words(library: dict[str, Guide]) -> None:
    report = check(complete_draft(category="finnes.ikke"), library)
    problem = next(p for p in report.problems if p.field == "category")
    assert problem.code == "unknown-category" and problem.message == problem.check
    assert "ukjent besøkskategori «finnes.ikke»" in problem.message.nb
    assert "unknown visit category 'finnes.ikke'" in problem.message.en
