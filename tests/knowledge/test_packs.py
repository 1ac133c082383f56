from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontdesk.knowledge.pack_import import install_pack, read_pack
from frontdesk.knowledge.packs import PackError, build_pack, generate_key, load_private_key, load_trusted_keys
from tests.knowledge.guide_files import write_guide

AGENCIES = {"nav", "kommune"}


@pytest.fixture
def signer(tmp_path: Path) -> tuple[Path, Path]:
    """(private key file, trusted_keys.txt holding its public key)."""
    key = tmp_path / "signing.key"
    trusted = tmp_path / "trusted_keys.txt"
    trusted.write_text(f"# utgiver\n{generate_key(key)}  # frontdesk test\n", encoding="utf-8")
    return key, trusted


def make_pack(tmp_path: Path, key: Path, ids: list[str], version: str = "1", **overrides: object) -> Path:
    source = tmp_path / f"source-{version}"
    for guide_id in ids:
        write_guide(source / "nav", guide_id, **{"title": f"Tittel {guide_id} v{version}", **overrides})
    out = tmp_path / f"pack-{version}.zip"
    build_pack(source, key, out, name="kommunen", version=version, agencies=AGENCIES)
    return out


def installed_ids(packs: Path) -> set[str]:
    return {p.stem for p in (packs / "kommunen").rglob("*.md")}


def test_round_trip_and_change_notice(tmp_path: Path, signer: tuple[Path, Path]) -> None:
    key, trusted = signer
    keys = load_trusted_keys([trusted])
    packs = tmp_path / "packs"
    first = install_pack(make_pack(tmp_path, key, ["a-guide", "b-guide"]), packs, keys, agencies=AGENCIES)
    assert (first.added, first.updated, first.removed) == (["Tittel a-guide v1", "Tittel b-guide v1"], [], [])
    second_pack = tmp_path / "second"
    write_guide(second_pack / "nav", "a-guide", title="Tittel a-guide v1")  # unchanged
    write_guide(second_pack / "nav", "c-guide", title="Ny veiledning")
    write_guide(second_pack / "nav", "b-guide", title="Endret tittel")
    build_pack(second_pack, key, tmp_path / "p2.zip", name="kommunen", version="2", agencies=AGENCIES)
    second = install_pack(tmp_path / "p2.zip", packs, keys, agencies=AGENCIES)
    assert second.added == ["Ny veiledning"]
    assert second.updated == ["Endret tittel"]
    assert second.removed == []
    assert installed_ids(packs) == {"a-guide", "b-guide", "c-guide"}
    assert [p.name for p in packs.iterdir()] == ["kommunen"]  # no staging or retired folders left behind


def test_untrusted_key_is_refused(tmp_path: Path, signer: tuple[Path, Path]) -> None:
    key, _ = signer
    other = tmp_path / "other-trusted.txt"
    other.write_text(generate_key(tmp_path / "other.key") + "\n", encoding="utf-8")
    with pytest.raises(PackError, match="does not match any trusted key"):
        read_pack(make_pack(tmp_path, key, ["a-guide"]), load_trusted_keys([other]))
    with pytest.raises(PackError, match="no trusted public key"):
        read_pack(make_pack(tmp_path, key, ["a-guide"], version="2"), [])


def rewrite(pack: Path, out: Path, change: dict[str, bytes | None]) -> Path:
    """Copy a pack, replacing (bytes) or dropping (None) members; new names are added."""
    with zipfile.ZipFile(pack) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            if name in change:
                continue
            target.writestr(name, source.read(name))
        for name, data in change.items():
            if data is not None:
                target.writestr(name, data)
    return out


def test_tampered_guide_missing_signature_and_extra_file_are_refused(
    tmp_path: Path, signer: tuple[Path, Path]
) -> None:
    key, trusted = signer
    keys = load_trusted_keys([trusted])
    pack = make_pack(tmp_path, key, ["a-guide"])
    tampered = rewrite(pack, tmp_path / "t.zip", {"guides/nav/a-guide.md": b"---\nid: a-guide\n---\nendret\n"})
    with pytest.raises(PackError, match="does not match its signed checksum"):
        read_pack(tampered, keys)
    unsigned = rewrite(pack, tmp_path / "u.zip", {"manifest.sig": None})
    with pytest.raises(PackError, match="not signed"):
        read_pack(unsigned, keys)
    extra = rewrite(pack, tmp_path / "e.zip", {"guides/nav/sneaky.md": b"x"})
    with pytest.raises(PackError, match="differ from its signed manifest"):
        read_pack(extra, keys)


def signed_pack(tmp_path: Path, key: Path, files: dict[str, bytes], manifest_extra: dict[str, object]) -> Path:
    """A hand-made pack with a valid signature, to prove checks beyond the signature."""
    import hashlib

    manifest = {"format": "frontdesk-guide-pack", "schema": 1, "name": "kommunen", "version": "1",
                "files": {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                          for name, data in files.items()}}
    manifest.update(manifest_extra)
    raw = json.dumps(manifest).encode()
    out = tmp_path / "handmade.zip"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", raw)
        archive.writestr("manifest.sig", base64.b64encode(load_private_key(key).sign(raw)))
        for name, data in files.items():
            archive.writestr(f"guides/{name}", data)
    return out


def test_path_escape_is_refused_even_when_signed(tmp_path: Path, signer: tuple[Path, Path]) -> None:
    key, trusted = signer
    pack = signed_pack(tmp_path, key, {"../../evil.md": b"x"}, {})
    with pytest.raises(PackError, match="escapes its folder"):
        install_pack(pack, tmp_path / "packs", load_trusted_keys([trusted]), agencies=AGENCIES)
    assert not (tmp_path / "evil.md").exists()


def test_zip_bomb_and_oversized_files_are_refused(tmp_path: Path, signer: tuple[Path, Path]) -> None:
    key, trusted = signer
    keys = load_trusted_keys([trusted])
    bomb = signed_pack(tmp_path, key, {"bomb.md": b"0" * 900_000}, {})
    with pytest.raises(PackError, match="zip bomb"):
        read_pack(bomb, keys)
    large = signed_pack(tmp_path, key, {"large.md": bytes(range(256)) * 5000}, {})
    with pytest.raises(PackError, match="at most"):
        read_pack(large, keys)


def test_unknown_schema_is_refused(tmp_path: Path, signer: tuple[Path, Path]) -> None:
    key, trusted = signer
    pack = signed_pack(tmp_path, key, {"a.md": b"x"}, {"schema": 99})
    with pytest.raises(PackError, match="unknown pack schema 99"):
        read_pack(pack, load_trusted_keys([trusted]))


def test_invalid_guide_installs_nothing_and_keeps_the_old_version(
    tmp_path: Path, signer: tuple[Path, Path]
) -> None:
    key, trusted = signer
    keys = load_trusted_keys([trusted])
    packs = tmp_path / "packs"
    install_pack(make_pack(tmp_path, key, ["a-guide"]), packs, keys, agencies=AGENCIES)
    broken = signed_pack(tmp_path, key, {"nav/b-guide.md": b"---\nid: b-guide\ntitle: Bare tittel\n---\ntekst\n"}, {})
    with pytest.raises(PackError, match="invalid guides; nothing was installed") as info:
        install_pack(broken, packs, keys, agencies=AGENCIES)
    assert "kommunen/nav/b-guide.md:2: missing required key 'agency'" in str(info.value)
    assert installed_ids(packs) == {"a-guide"}
    assert [p.name for p in packs.iterdir()] == ["kommunen"]


def test_building_a_pack_refuses_invalid_guides(tmp_path: Path, signer: tuple[Path, Path]) -> None:
    key, _ = signer
    write_guide(tmp_path / "src", "a-guide", agency="ukjent")
    with pytest.raises(PackError, match="unknown agency"):
        build_pack(tmp_path / "src", key, tmp_path / "out.zip", name="x", version="1", agencies=AGENCIES)
    assert not (tmp_path / "out.zip").exists()


def test_bad_trusted_key_line_names_file_and_line(tmp_path: Path) -> None:
    trusted = tmp_path / "trusted_keys.txt"
    trusted.write_text("# ok\nnot-a-key\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"trusted_keys.txt:2: not an ed25519 public key"):
        load_trusted_keys([trusted])


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_only_ever_raise_pack_error(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    key = folder / "k.key"
    keys = load_trusted_keys([_trusted(folder, key)])
    path = folder / "random.zip"
    path.write_bytes(data)
    with pytest.raises(PackError):
        install_pack(path, folder / "packs", keys, agencies=AGENCIES)
    assert not (folder / "packs").exists() or not any((folder / "packs").iterdir())


def _trusted(folder: Path, key: Path) -> Path:
    trusted = folder / "trusted.txt"
    trusted.write_text(generate_key(key) + "\n", encoding="utf-8")
    return trusted


def test_pack_guides_may_link_to_the_rest_of_the_library(tmp_path: Path, signer: tuple[Path, Path]) -> None:
    from frontdesk.knowledge.loader import GuideFolder

    key, trusted = signer
    write_guide(tmp_path / "bundled", "nav-meldekort")
    context = [GuideFolder(tmp_path / "bundled")]
    write_guide(tmp_path / "src", "kommune-parkering", agency="kommune", related=["nav-meldekort"])
    with pytest.raises(PackError, match="related guide 'nav-meldekort' does not exist"):
        build_pack(tmp_path / "src", key, tmp_path / "alone.zip", name="kommunen", version="1", agencies=AGENCIES)
    build_pack(tmp_path / "src", key, tmp_path / "p.zip", name="kommunen", version="1", agencies=AGENCIES,
               context=context)
    packs = tmp_path / "packs"
    keys = load_trusted_keys([trusted])
    with pytest.raises(PackError, match="related guide 'nav-meldekort' does not exist"):
        install_pack(tmp_path / "p.zip", packs, keys, agencies=AGENCIES)
    change = install_pack(tmp_path / "p.zip", packs, keys, agencies=AGENCIES, context=context)
    assert change.added == ["Tittel for kommune-parkering"]  # the context's own guides are not "added"
    again = install_pack(tmp_path / "p.zip", packs, keys, agencies=AGENCIES,
                         context=[*context, GuideFolder(packs / "kommunen")])
    assert (again.added, again.updated, again.removed) == ([], [], [])
