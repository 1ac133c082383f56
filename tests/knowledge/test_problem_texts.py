"""Every guide problem, made by real bad input, reads in bokmål, nynorsk and English, with its code and field."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge import check_texts, problem_texts
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.checks import all_warnings, review_notices
from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.local_checks import value_problems
from frontdesk.knowledge.local_facts import LocalFactsStore
from frontdesk.knowledge.local_keys import load_centre_keys
from frontdesk.knowledge.local_values import LocalValues, write_values
from frontdesk.knowledge.model import Problem, Severity
from frontdesk.knowledge.problem_texts import ProblemText
from frontdesk.knowledge.validation import MAX_GUIDE_BYTES, read_guide_file
from tests.knowledge.guide_files import BODY, CITIZEN, DATED_SOURCE, write_complete_guide, write_guide

REGISTRY = AgencyRegistry.load(bundled_data_dir())
CENTRE_KEYS = load_centre_keys(bundled_data_dir() / "local_keys.yaml")
TODAY = date(2026, 11, 22)
# Words only English uses: a bokmål or nynorsk message with one of them was left untranslated.
ENGLISH = re.compile(r"\b(must|missing|the file|does not|guide|source|needs|unknown|should|is not|found)\b")
# Their messages quote what PyYAML, Python or the OS said, in English.
QUOTES_ENGLISH = {"yaml-error", "value-unreadable", "file-unreadable"}

BAD_FILES: dict[str, bytes] = {
    "not-utf8.md": b"---\nid: x\n---\n\xff\n",
    "nul.md": b"---\nid: x\n---\nbody\x00\n",
    "no-fence.md": b"no front matter at all\n",
    "unclosed.md": b"---\nid: unclosed\n",
    "yaml.md": b"---\ntitle: [\n---\nbody\n",
    "value.md": b"---\nid: value\nreviewed: 2026-13-45\n---\nbody\n",
    "empty.md": b"---\n---\nbody\n",
    "list.md": b"---\n- a\n---\nbody\n",
}


def every_problem(tmp_path: Path) -> list[Problem]:
    """Real files, each wrong in its own way, loaded and checked like ``frontdesk guides check`` does."""
    bad = tmp_path / "bad"
    bad.mkdir()
    for name, data in BAD_FILES.items():
        (bad / name).write_bytes(data)
    with (bad / "huge.md").open("wb") as file:
        file.truncate(MAX_GUIDE_BYTES + 1)
    (bad / "folder.md").mkdir()  # can't be read as a file
    write_guide(bad, "keys", tagz=["x"], summary=None, title=42, tags=[], agency="navv", category="nav.x",
                review_every=0, reviewed="22.11.2026", sources="nav.no", local="x", id="keys")
    write_guide(bad, "other-name", id="Ikke En Id", tags=["ok", ""], related=["Ikke id"])
    write_guide(bad, "renamed", id="annet-navn", related=["renamed"])
    write_guide(bad, "self", related=["self"], body="")
    write_guide(bad, "sources", sources=[{"title": "x"}, {"title": "", "url": "https://www.nav.no/"},
                                         {"title": "x", "url": "www.nav.no"},
                                         {"title": "x", "url": "https://www.nav.no/", "read": "igår"},
                                         {"title": "x", "url": "https://www.nav.no/", "page_date": "snart"}])
    write_guide(bad, "local", local={"Ikke Slug": {"kind": "text", "label": "x"}, "a": {"kind": "text"},
                                     "b": {"kind": "tekst", "label": "x"}, "c": {"kind": "text", "label": ""}})
    write_guide(bad / "twice", "twice")
    write_guide(bad / "twice" / "again", "twice")
    categories = {"nav.meldekort"}
    problems = [p for path in sorted(bad.glob("*.md"))
                for p in read_guide_file(path, agencies=REGISTRY.agencies, categories=categories)[1]]

    bundled = tmp_path / "bundled"
    write_complete_guide(bundled, "nav-meldekort")
    local = tmp_path / "local"
    body = (BODY.replace("Kontakt etaten.", "Ring {{senter.telfon}}.\n- **Lokalt:** legg inn frist.\n"
                         "- [Portalen]({{portal}}) og https://example.com/x").replace("## Vanlige problemer", "")
            + "\n## Til deg (bokmål)\nInnbyggeren logger inn.\n")
    write_guide(local, "nav-meldekort", body=body, reviewed="2020-01-01", related=["finnes-ikke", "twice"],
                sources=[{"title": "Blogg", "url": "https://blogg.example/"}],
                local={"portal": {"kind": "url", "label": "Portalen"}, "frist": {"kind": "date", "label": "Frist"}})
    write_complete_guide(local, "kommune-a", agency="kommune", title="Samme")
    write_complete_guide(local, "kommune-b", agency="kommune", title="Samme")
    write_guide(local / "twice", "twice")
    write_guide(local / "twice" / "again", "twice")
    result = load_guides([GuideFolder(bundled), GuideFolder(local, is_local=True)], agencies=REGISTRY.agencies)
    guides = result.guides
    problems += result.problems + all_warnings(guides.values(), REGISTRY, TODAY, CENTRE_KEYS)
    problems += review_notices(guides.values(), TODAY)

    store = LocalFactsStore(CENTRE_KEYS, local)
    write_values(store.path, LocalValues({"nav-meldekort.gammel": "x", "senter.telefon": "snart"},
                                         {"fjernet-veiledning": "Gammelt notat"}))
    return problems + value_problems(store.facts(guides), store.path)


def catalogue() -> list[ProblemText]:
    return [text for module in (problem_texts, check_texts) for text in vars(module).values()
            if isinstance(text, ProblemText)]


def test_every_text_has_a_code_of_its_own() -> None:
    codes = [text.code for text in catalogue()]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", code) for code in codes)


def test_every_problem_reads_in_each_language(tmp_path: Path) -> None:
    problems = every_problem(tmp_path)
    made = {p.code for p in problems}
    # Every text but the unreadable values file (said by `guides check`, tested in tests/cli) came from real input.
    assert made == {text.code for text in catalogue()} - {check_texts.LOCAL_VALUES_UNREADABLE.code}
    for problem in problems:
        forms = (problem.message.nb, problem.message.nn, problem.message.en)
        assert all(form.strip() for form in forms), problem
        assert problem.message.nb != problem.message.en, problem
        assert "{" not in re.sub(r"\{\{[^{}]*\}\}|\{title, url\}", "", " ".join(forms)), problem  # all filled
        if problem.code not in QUOTES_ENGLISH:
            assert not ENGLISH.search(problem.message.nb), problem.message.nb
            assert not ENGLISH.search(problem.message.nn), problem.message.nn


def test_a_problem_names_its_field_and_values(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "a-guide", summary=None, agency="navv")
    _, problems = read_guide_file(path, agencies=REGISTRY.agencies)
    missing = next(p for p in problems if p.code == "missing-key")
    assert (missing.field, dict(missing.values), missing.severity) == ("summary", {"key": "summary"}, Severity.ERROR)
    agency = next(p for p in problems if p.code == "unknown-agency")
    assert (agency.field, agency.values["agency"], agency.values["hint"]) == ("agency", "navv", "nav")
    assert agency.message.nb.startswith("ukjent etat «navv» (mente du «nav»?); kjente: ")
    assert agency.message.nn.startswith("ukjend etat «navv» (meinte du «nav»?); kjende: ")
    assert agency.message.en.startswith("unknown agency 'navv' (did you mean 'nav'?); known: ")


def test_a_value_that_misfits_its_kind_says_why_in_each_language(tmp_path: Path) -> None:
    store = LocalFactsStore(CENTRE_KEYS, tmp_path)
    write_values(store.path, LocalValues({"senter.telefon": "snart"}, {}))
    (problem,) = value_problems(store.facts({}), store.path)
    assert problem.code == "value-misfits-kind"
    assert "ikke et gyldig telefonnummer" in problem.message.nb
    assert "ikkje eit gyldig telefonnummer" in problem.message.nn
    assert "this is not a valid phone number" in problem.message.en


@pytest.mark.parametrize(("language", "words"), [
    ("nb", "advarsel: mangler avsnittet «## Til deg (nynorsk)» (utskriften til innbyggeren)"),
    ("nn", "åtvaring: manglar avsnittet «## Til deg (nynorsk)» (utskrifta til innbyggjaren)"),
    ("en", "warning: missing section '## Til deg (nynorsk)' (the citizen's handout)"),
])
def test_describe_says_where_and_how_serious_in_the_language(tmp_path: Path, language: str, words: str) -> None:
    body = BODY + CITIZEN.replace("\n## Til deg (nynorsk)\nDu loggar inn på nettsida og følgjer stega.\n", "")
    path = write_complete_guide(tmp_path, "a-guide", body=body)
    guide, _ = read_guide_file(path, agencies=REGISTRY.agencies)
    assert guide is not None
    [problem] = all_warnings([guide], REGISTRY, TODAY, CENTRE_KEYS)
    assert problem.describe(language) == f"{path}:{guide.body_line}: {words}"
    assert (problem.code, problem.field) == ("missing-handout", "handout_nn")
    assert str(problem) == problem.describe("nb")


def test_a_notice_carries_its_reasons_in_each_language(tmp_path: Path) -> None:
    path = write_complete_guide(tmp_path, "a-guide", sources=[{**DATED_SOURCE, "page_date": "none"}])
    guide, _ = read_guide_file(path, agencies=REGISTRY.agencies)
    assert guide is not None
    [notice] = review_notices([guide], TODAY)
    assert notice.describe("nn") == (f"{path}:2: merknad: bør kontrollerast: Ingen av kjeldene har ein registrert "
                                     "dato på sida.")
    assert notice.message.en == "needs a check: None of the sources has a recorded page date."
