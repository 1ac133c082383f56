"""Saving a guide written in the window: where it goes, what it refuses to overwrite, and atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.guide_draft import SaveRefused, draft_text, plan_save, write_guide_file
from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.model import Guide
from tests.knowledge.guide_files import write_complete_guide
from tests.knowledge.test_guide_draft import complete_draft

AGENCIES = AgencyRegistry.load(bundled_data_dir()).agencies


def library(local: Path) -> dict[str, Guide]:
    folders = [GuideFolder(bundled_data_dir() / "guides"), GuideFolder(local, is_local=True)]
    return load_guides(folders, agencies=AGENCIES).guides


def test_a_new_guide_goes_into_the_local_folder_under_its_id(tmp_path: Path) -> None:
    plan = plan_save("testby-parkering", tmp_path, library(tmp_path))
    assert plan.path == tmp_path / "testby-parkering.md" and plan.replaces is None
    write_guide_file(plan.path, draft_text(complete_draft()))
    loaded = library(tmp_path)["testby-parkering"]
    assert loaded.is_local and loaded.title == "Parkeringstillatelse i Testby"
    assert [p.name for p in tmp_path.iterdir()] == ["testby-parkering.md"]  # no temporary file left


def test_a_national_guide_with_the_same_id_is_replaced_only_when_said(tmp_path: Path) -> None:
    plan = plan_save("kommune-parkeringstillatelse", tmp_path, library(tmp_path))
    assert plan.replaces is not None and not plan.replaces.is_local
    assert plan.replaces.title.startswith("Parkeringstillatelse for forflytningshemmede")
    write_guide_file(plan.path, draft_text(complete_draft(id="kommune-parkeringstillatelse")))
    copy = library(tmp_path)["kommune-parkeringstillatelse"]
    assert copy.overrides_bundled and copy.title == "Parkeringstillatelse i Testby"
    # Saving the copy again is editing a local guide: nothing left to ask.
    assert plan_save(copy.id, tmp_path, library(tmp_path), editing=copy.path).replaces is None


def test_another_local_guide_is_never_overwritten(tmp_path: Path) -> None:
    existing = write_complete_guide(tmp_path / "sub", "testby-parkering", agency="kommune", title="Den gamle")
    with pytest.raises(SaveRefused, match="allerede en lokal veiledning med id «testby-parkering»: «Den gamle»") as no:
        plan_save("testby-parkering", tmp_path, library(tmp_path))
    assert "Det finst alt ei lokal rettleiing med id «testby-parkering»: «Den gamle»" in no.value.message("nn")
    assert "Give this guide another title, or edit the one there is." in no.value.message("en")
    plan = plan_save("testby-parkering", tmp_path, library(tmp_path), editing=existing)
    assert plan.path == existing and plan.replaces is None


def test_a_broken_file_with_that_name_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "testby-parkering.md").write_text("---\nid: [\n---\n", encoding="utf-8")
    assert "testby-parkering" not in library(tmp_path)
    with pytest.raises(SaveRefused, match="kan ikke leses som veiledning") as no:
        plan_save("testby-parkering", tmp_path, library(tmp_path))
    assert "ho kan ikkje lesast som rettleiing (sjå Rettleiingar → Rettleiingsproblem)" in no.value.message("nn")
    assert "can't be read as a guide (see Guides → Guide problems)" in no.value.message("en")


def test_a_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "testby-parkering.md"
    write_guide_file(path, "gammel\n")

    def power_cut(_src: object, _dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError, match="disk full"):
        write_guide_file(path, draft_text(complete_draft()))
    assert path.read_text(encoding="utf-8") == "gammel\n"
    assert [p.name for p in tmp_path.iterdir()] == ["testby-parkering.md"]
