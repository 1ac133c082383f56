from __future__ import annotations

from pathlib import Path

from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.model import Severity
from tests.knowledge.guide_files import write_guide

AGENCIES = {"nav", "skatteetaten"}


def test_a_broken_guide_is_skipped_and_the_rest_load(tmp_path: Path) -> None:
    write_guide(tmp_path / "nav", "nav-meldekort")
    write_guide(tmp_path / "nav", "nav-dagpenger", agency="unknown")
    (tmp_path / "garbage.md").write_text("no front matter at all", encoding="utf-8")
    result = load_guides([GuideFolder(tmp_path)], agencies=AGENCIES)
    assert list(result.guides) == ["nav-meldekort"]
    assert {p.path.name for p in result.errors} == {"nav-dagpenger.md", "garbage.md"}


def test_duplicate_ids_in_one_folder_are_an_error(tmp_path: Path) -> None:
    first = write_guide(tmp_path / "a", "nav-meldekort", title="Første")
    second = write_guide(tmp_path / "b", "nav-meldekort", title="Andre")
    result = load_guides([GuideFolder(tmp_path)], agencies=AGENCIES)
    assert result.guides["nav-meldekort"].title == "Første"
    assert [p.describe("en") for p in result.errors] == [
        f"{second}:2: duplicate id 'nav-meldekort': already used by {first}; this file is skipped"
    ]


def test_local_guide_overrides_bundled_and_is_marked(tmp_path: Path) -> None:
    write_guide(tmp_path / "bundled", "nav-meldekort", title="Bundled")
    write_guide(tmp_path / "bundled", "nav-dagpenger")
    write_guide(tmp_path / "local", "nav-meldekort", title="Lokal versjon")
    write_guide(tmp_path / "local", "kommune-parkering", agency="nav")
    result = load_guides(
        [GuideFolder(tmp_path / "bundled"), GuideFolder(tmp_path / "local", is_local=True)], agencies=AGENCIES
    )
    assert result.problems == []
    meldekort = result.guides["nav-meldekort"]
    assert (meldekort.title, meldekort.is_local, meldekort.overrides_bundled) == ("Lokal versjon", True, True)
    assert result.guides["kommune-parkering"].is_local
    assert not result.guides["kommune-parkering"].overrides_bundled
    assert not result.guides["nav-dagpenger"].is_local


def test_related_to_a_missing_guide_is_an_error_and_the_link_is_dropped(tmp_path: Path) -> None:
    path = write_guide(tmp_path, "nav-meldekort", related=["nav-dagpenger", "nav-finnes-ikke"])
    write_guide(tmp_path, "nav-dagpenger")
    result = load_guides([GuideFolder(tmp_path)], agencies=AGENCIES)
    assert result.guides["nav-meldekort"].related == ("nav-dagpenger",)
    line = path.read_text(encoding="utf-8").splitlines().index("related:") + 1
    assert [p.describe("en") for p in result.problems] == [
        f"{path}:{line}: related guide 'nav-finnes-ikke' does not exist"]
    assert (result.problems[0].code, result.problems[0].field) == ("related-missing", "related")
    assert result.problems[0].severity is Severity.ERROR


def test_missing_folder_and_hidden_files_are_ignored(tmp_path: Path) -> None:
    write_guide(tmp_path / ".git", "hidden-guide")
    write_guide(tmp_path, "nav-meldekort")
    result = load_guides([GuideFolder(tmp_path), GuideFolder(tmp_path / "nope", is_local=True)], agencies=AGENCIES)
    assert list(result.guides) == ["nav-meldekort"]
    assert result.problems == []
