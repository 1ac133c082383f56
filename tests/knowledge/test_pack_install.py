"""Installing over an installed pack: versions only go forward unless asked, and the change notice names every
guide the pack replaces or that hides one of its guides."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.pack_folders import installed_pack, installed_pack_folders
from frontdesk.knowledge.pack_import import install_pack
from frontdesk.knowledge.packs import OlderPackError, Overlap, PackStorageError, generate_key, load_trusted_keys
from tests.knowledge.guide_files import write_guide
from tests.knowledge.pack_files import AGENCIES, guide_contents, make_pack, refused, signed_pack

Keys = list[Ed25519PublicKey]


@pytest.fixture
def signer(tmp_path: Path) -> tuple[Path, Keys]:
    key = tmp_path / "signing.key"
    (tmp_path / "trusted.txt").write_text(generate_key(key) + "\n", encoding="utf-8")
    return key, load_trusted_keys([tmp_path / "trusted.txt"])


def test_an_older_version_is_refused_unless_asked_for(tmp_path: Path, signer: tuple[Path, Keys]) -> None:
    key, keys = signer
    packs = tmp_path / "packs"
    newer = make_pack(tmp_path, key, ["a-guide", "b-guide"], version="2026.12")
    older = make_pack(tmp_path, key, ["a-guide"], version="2026.11.2")
    install_pack(newer, packs, keys, agencies=AGENCIES)
    installed = guide_contents(installed_pack_folders(packs))
    with refused(r"version 2026\.11\.2 is older than the installed version 2026\.12", OlderPackError) as no:
        install_pack(older, packs, keys, agencies=AGENCIES)
    assert (no.value.name, no.value.version, no.value.installed) == ("kommunen", "2026.11.2", "2026.12")
    assert guide_contents(installed_pack_folders(packs)) == installed
    change = install_pack(older, packs, keys, agencies=AGENCIES, allow_older=True)
    assert (change.version, change.previous_version) == ("2026.11.2", "2026.12")
    assert change.removed == ["Tittel b-guide v2026.12"]
    again = install_pack(older, packs, keys, agencies=AGENCIES)
    assert (again.previous_version, again.added, again.updated, again.removed) == ("2026.11.2", [], [], [])


def test_an_earlier_build_of_the_same_version_counts_as_older(tmp_path: Path,
                                                             signer: tuple[Path, Keys]) -> None:
    key, keys = signer
    packs = tmp_path / "packs"
    guide = (write_guide(tmp_path / "g", "a-guide")).read_bytes()
    late = signed_pack(tmp_path, key, {"nav/a-guide.md": guide}, {"created": "2026-11-20"}, "late.zip")
    early = signed_pack(tmp_path, key, {"nav/a-guide.md": guide}, {"created": "2026-11-02"}, "early.zip")
    install_pack(late, packs, keys, agencies=AGENCIES)
    with refused(r"version 1 \(built 2026-11-02\) is older than the installed version 1 \(built 2026-11-20\)",
                 OlderPackError):
        install_pack(early, packs, keys, agencies=AGENCIES)
    current = installed_pack(packs, "kommunen")
    assert current is not None and str(current.created) == "2026-11-20"


def test_a_pack_from_an_earlier_frontdesk_has_no_version_and_any_version_replaces_it(
        tmp_path: Path, signer: tuple[Path, Keys]) -> None:
    key, keys = signer
    packs = tmp_path / "packs"
    write_guide(packs / "kommunen" / "nav", "old-guide")  # the layout before versioned folders
    change = install_pack(make_pack(tmp_path, key, ["a-guide"]), packs, keys, agencies=AGENCIES)
    assert (change.previous_version, change.added, change.removed) == (None, ["Tittel a-guide v1"],
                                                                        ["Tittel for old-guide"])
    assert sorted(p.name for p in (packs / "kommunen").iterdir())[1:] == ["current.json"]  # old files gone
    assert set(guide_contents(installed_pack_folders(packs))) == {"a-guide"}


def test_the_change_notice_names_what_the_pack_replaces_and_what_hides_its_guides(
        tmp_path: Path, signer: tuple[Path, Keys]) -> None:
    key, keys = signer
    packs, bundled, local = tmp_path / "packs", tmp_path / "bundled", tmp_path / "local"
    write_guide(bundled / "nav", "nav-x", title="Medfølgende X")
    write_guide(local / "nav", "nav-w", title="Lokal W")
    for name, guide_id, title in (("a-fylke", "nav-y", "Fylkets Y"), ("zz-siste", "nav-z", "Siste Z")):
        install_pack(make_pack(tmp_path, key, [guide_id], name=name, title=title), packs, keys,
                     agencies=AGENCIES)

    def library() -> list[GuideFolder]:
        return [GuideFolder(bundled), *map(GuideFolder, installed_pack_folders(packs)), GuideFolder(local, True)]

    pack = make_pack(tmp_path, key, ["nav-x", "nav-y", "nav-z", "nav-w", "nav-ny"], version="3")
    change = install_pack(pack, packs, keys, agencies=AGENCIES, context=library())
    assert change.replaces == [Overlap("Tittel nav-x v3", "Medfølgende X", None),
                               Overlap("Tittel nav-y v3", "Fylkets Y", "a-fylke")]
    assert change.hidden == [Overlap("Tittel nav-w v3", "Lokal W", None),
                             Overlap("Tittel nav-z v3", "Siste Z", "zz-siste")]
    assert len(change.added) == 5  # hidden guides are installed all the same
    # What the notice says is what the library shows.
    shown = {i: g.title for i, g in load_guides(library(), agencies=AGENCIES).guides.items()}
    assert shown == {"nav-x": "Tittel nav-x v3", "nav-y": "Tittel nav-y v3", "nav-z": "Siste Z",
                     "nav-w": "Lokal W", "nav-ny": "Tittel nav-ny v3"}


def test_a_packs_folder_that_cannot_be_made_is_a_storage_error(tmp_path: Path,
                                                                signer: tuple[Path, Keys]) -> None:
    key, keys = signer
    blocker = tmp_path / "packs"
    blocker.write_text("a file where the packs folder should be", encoding="utf-8")
    with refused(r"could not be written .*Nothing was changed\.", PackStorageError):
        install_pack(make_pack(tmp_path, key, ["a-guide"]), blocker, keys, agencies=AGENCIES)
    assert blocker.read_text(encoding="utf-8").startswith("a file")
