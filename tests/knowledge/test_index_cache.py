"""The disk cache of parsed guides and their index: used when current, ignored when stale or damaged, and
never holding search text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from frontdesk.config import Config, bundled_data_dir
from frontdesk.knowledge import library
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.index_cache import FILE_NAME, IndexCache
from frontdesk.knowledge.library import KnowledgeBase
from frontdesk.knowledge.loader import GuideFolder
from frontdesk.knowledge.synonyms import SynonymTable
from tests.knowledge.guide_files import write_guide

QUERIES = ["skattekort", "skatekort", "soknad", "bank id", "arbeidsøker", "frikort helse", "brev", "ska"]


def _knowledge(folder: Path, cache_dir: Path) -> KnowledgeBase:
    data = bundled_data_dir()
    return KnowledgeBase([GuideFolder(folder)], AgencyRegistry.load(data), SynonymTable.load(data / "synonyms.yaml"),
                         cache=IndexCache(cache_dir))


def _guides(folder: Path) -> None:
    write_guide(folder, "skattekort", title="Skattekort", tags=["skattekort", "frikort"], agency="skatteetaten")
    write_guide(folder, "soknad-barnehage", title="Søknad om barnehageplass", tags=["barnehage"])
    write_guide(folder, "bankid", title="BankID på mobil", tags=["bankid", "bank id"])
    write_guide(folder, "arbeidssoker", title="Registrere seg som arbeidssøker", tags=["arbeidssøker"])
    write_guide(folder, "nav-brev", title="Brev fra NAV", tags=["brev", "nav brev"])


def _ranked(kb: KnowledgeBase) -> list[list[tuple[str, float, str, tuple[str, ...]]]]:
    return [[(h.id, h.score, h.snippet, h.matched) for h in kb.search(q)] for q in QUERIES]


def test_a_second_start_uses_the_cache_and_ranks_identically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    _guides(tmp_path / "guides")
    first = _knowledge(tmp_path / "guides", tmp_path / "cache")
    first.reload()
    expected = _ranked(first)
    assert (tmp_path / "cache" / FILE_NAME).is_file()

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("guides were parsed although the cache is current")

    monkeypatch.setattr(library, "load_guides", no_parsing)
    second = _knowledge(tmp_path / "guides", tmp_path / "cache")
    progress: list[tuple[int, int]] = []
    result = second.reload(progress=lambda done, total: progress.append((done, total)))
    assert sorted(result.guides) == sorted(first.guides)
    assert progress == [(5, 5)]
    assert _ranked(second) == expected
    assert second.suggest("skatekrot") == first.suggest("skatekrot")


def test_a_changed_guide_makes_the_cache_stale(tmp_path: Path) -> None:
    _guides(tmp_path / "guides")
    _knowledge(tmp_path / "guides", tmp_path / "cache").reload()
    path = write_guide(tmp_path / "guides", "bankid", title="BankID med kodebrikke", tags=["kodebrikke"])
    os.utime(path, ns=(1, 1))  # a different mtime even on coarse file systems
    second = _knowledge(tmp_path / "guides", tmp_path / "cache")
    second.reload()
    assert second.guides["bankid"].title == "BankID med kodebrikke"
    assert [h.id for h in second.search("kodebrikke")][:1] == ["bankid"]
    third = _knowledge(tmp_path / "guides", tmp_path / "cache")  # and the rewritten cache holds the new text
    third.reload()
    assert third.guides["bankid"].title == "BankID med kodebrikke"


def test_other_categories_make_the_cache_stale(tmp_path: Path) -> None:
    write_guide(tmp_path / "guides", "g", category="nav.meldekort")
    data = bundled_data_dir()
    registry, synonyms = AgencyRegistry.load(data), SynonymTable.load(data / "synonyms.yaml")
    cache = IndexCache(tmp_path / "cache")
    KnowledgeBase([GuideFolder(tmp_path / "guides")], registry, synonyms, {"nav.meldekort"}, cache).reload()
    strict = KnowledgeBase([GuideFolder(tmp_path / "guides")], registry, synonyms, {"annet"}, cache)
    assert strict.reload().problems  # validated against the new categories, not served from the cache


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_a_damaged_cache_is_rebuilt(tmp_path: Path, damage: bytes) -> None:
    _guides(tmp_path / "guides")
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / FILE_NAME).write_bytes(damage)
    kb = _knowledge(tmp_path / "guides", tmp_path / "cache")
    assert len(kb.reload().guides) == 5
    assert kb.search("skattekort")[0].id == "skattekort"
    assert (tmp_path / "cache" / FILE_NAME).stat().st_size > 1000  # rewritten whole


def test_an_unwritable_cache_folder_only_costs_speed(tmp_path: Path) -> None:
    _guides(tmp_path / "guides")
    (tmp_path / "blocked").write_text("a file where the cache folder should be", encoding="utf-8")
    kb = _knowledge(tmp_path / "guides", tmp_path / "blocked" / "cache")
    assert len(kb.reload().guides) == 5
    assert kb.search("bank id")[0].id == "bankid"
    assert not (tmp_path / "blocked" / "cache").exists()


def test_search_text_never_reaches_the_cache(tmp_path: Path) -> None:
    _guides(tmp_path / "guides")
    kb = _knowledge(tmp_path / "guides", tmp_path / "cache")
    kb.reload()
    secret = ["kvernhusbekken", "olanordmann", "storgata17b"]
    for word in secret:
        kb.search(f"skattekort {word}")
        kb.suggest(word)
    kb.reload()  # rebuilt and saved again after the searches
    write_guide(tmp_path / "guides", "ny", title="Ny veiledning")
    assert kb.refresh()
    stored = (tmp_path / "cache" / FILE_NAME).read_bytes()
    assert b"skattekort" in stored  # guide content is there ...
    for word in secret:  # ... search text is not
        assert word.encode() not in stored
        assert word[:6].encode() not in stored


def test_cache_folder_stays_under_a_chosen_home(tmp_path: Path) -> None:
    assert Config.from_env(tmp_path).cache_dir == tmp_path.resolve() / "cache"


def test_from_config_writes_the_cache_under_the_home(temp_home: Path) -> None:
    kb = KnowledgeBase.from_config(Config.from_env())
    kb.reload()
    assert (temp_home / "cache" / FILE_NAME).is_file()
    assert kb.search("bankid")


def test_a_newly_installed_pack_folder_is_picked_up_without_a_restart(tmp_path: Path) -> None:
    from tests.knowledge.guide_files import write_guide

    config = Config.from_env(tmp_path)
    kb = KnowledgeBase.from_config(config)
    assert kb.get("kommune-parkering") is None
    write_guide(config.packs_dir / "fylket" / "kommune", "kommune-parkering", agency="kommune",
                title="Parkeringstillatelse for beboere")
    assert kb.refresh()
    assert kb.get("kommune-parkering") is not None
    # The bundled guide kommune-parkeringstillatelse also matches the bare word; ask for this pack's guide.
    assert kb.search("parkeringstillatelse for beboere")[0].id == "kommune-parkering"


def test_reading_the_library_never_looks_at_the_files(tmp_path: Path) -> None:
    """Only reload and refresh read guide files: guides, problems and search answer from what was loaded."""
    write_guide(tmp_path, "nav-meldekort", title="Meldekort")
    kb = KnowledgeBase([GuideFolder(tmp_path)], AgencyRegistry.load(bundled_data_dir()),
                       SynonymTable.load(bundled_data_dir() / "synonyms.yaml"))
    assert kb.guides == {} and kb.problems == [] and kb.search("meldekort") == [] and kb.suggest("meldekrot") == []
    kb.reload()
    write_guide(tmp_path, "kommune-parkering", agency="kommune", title="Parkeringstillatelse")
    (tmp_path / "broken.md").write_text("no front matter", encoding="utf-8")
    assert sorted(kb.guides) == ["nav-meldekort"] and kb.problems == []
    assert kb.search("parkeringstillatelse") == []
    assert kb.refresh()
    assert sorted(kb.guides) == ["kommune-parkering", "nav-meldekort"] and len(kb.problems) == 1
    assert [h.id for h in kb.search("parkeringstillatelse")] == ["kommune-parkering"]
    assert not kb.refresh()  # nothing changed since


def test_refresh_looks_at_the_files_at_most_as_often_as_asked(tmp_path: Path) -> None:
    now = [100.0]
    write_guide(tmp_path, "nav-meldekort", title="Meldekort")
    kb = KnowledgeBase([GuideFolder(tmp_path)], AgencyRegistry.load(bundled_data_dir()),
                       SynonymTable.load(bundled_data_dir() / "synonyms.yaml"), clock=lambda: now[0])
    assert kb.refresh(unless_checked_within=2.0)  # never loaded: loads whatever the interval
    write_guide(tmp_path, "kommune-parkering", agency="kommune", title="Parkeringstillatelse")
    now[0] += 1.0
    assert not kb.refresh(unless_checked_within=2.0)  # within the interval: the last look still counts
    assert kb.search("parkeringstillatelse") == []
    now[0] += 1.5
    assert kb.refresh(unless_checked_within=2.0)
    assert [h.id for h in kb.search("parkeringstillatelse")] == ["kommune-parkering"]
