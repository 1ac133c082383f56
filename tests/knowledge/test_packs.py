from __future__ import annotations

import itertools
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from hypothesis import given, settings
from hypothesis import strategies as st

from frontdesk.i18n import LANGUAGES
from frontdesk.knowledge.pack_folders import installed_pack_folders
from frontdesk.knowledge.pack_import import install_pack, read_pack
from frontdesk.knowledge.packs import (
    PackError,
    build_pack,
    generate_key,
    is_older,
    load_trusted_keys,
    version_key,
)
from tests.knowledge.guide_files import write_guide
from tests.knowledge.pack_files import AGENCIES, make_pack, refused, rewrite, signed_pack


@pytest.fixture
def signer(tmp_path: Path) -> tuple[Path, Path]:
    """(private key file, trusted_keys.txt holding its public key)."""
    key = tmp_path / "signing.key"
    trusted = tmp_path / "trusted_keys.txt"
    trusted.write_text(f"# utgiver\n{generate_key(key)}  # frontdesk test\n", encoding="utf-8")
    return key, trusted


def installed_ids(packs: Path) -> set[str]:
    (folder,) = installed_pack_folders(packs)
    return {p.stem for p in folder.rglob("*.md")}


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
    # The lock, the pack's pointer and the version in use: no earlier version or staging folder left behind.
    assert sorted(p.name for p in packs.iterdir()) == [".lock", "kommunen"]
    (in_use,) = installed_pack_folders(packs)
    assert in_use.parent == packs / "kommunen" and in_use.name.startswith(".v2-")
    assert sorted(p.name for p in in_use.parent.iterdir()) == sorted([in_use.name, "current.json"])


def test_untrusted_key_is_refused(tmp_path: Path, signer: tuple[Path, Path]) -> None:
    key, _ = signer
    other = tmp_path / "other-trusted.txt"
    other.write_text(generate_key(tmp_path / "other.key") + "\n", encoding="utf-8")
    with refused("does not match any trusted key"):
        read_pack(make_pack(tmp_path, key, ["a-guide"]), load_trusted_keys([other]))
    with refused("no trusted public key"):
        read_pack(make_pack(tmp_path, key, ["a-guide"], version="2"), [])


def test_tampered_guide_missing_signature_and_extra_file_are_refused(
    tmp_path: Path, signer: tuple[Path, Path]
) -> None:
    key, trusted = signer
    keys = load_trusted_keys([trusted])
    pack = make_pack(tmp_path, key, ["a-guide"])
    with zipfile.ZipFile(pack) as archive:
        guide = archive.read("guides/nav/a-guide.md")
    tampered = rewrite(pack, tmp_path / "t.zip", {"guides/nav/a-guide.md": guide.replace(b"nettsiden", b"nettsted!")})
    with refused("does not match its signed checksum"):
        read_pack(tampered, keys)
    longer = rewrite(pack, tmp_path / "l.zip", {"guides/nav/a-guide.md": guide + b"Ring 12345678.\n"})
    with refused("its size in the archive differs from its signed size"):
        read_pack(longer, keys)
    unsigned = rewrite(pack, tmp_path / "u.zip", {"manifest.sig": None})
    with refused("not signed"):
        read_pack(unsigned, keys)
    extra = rewrite(pack, tmp_path / "e.zip", {"guides/nav/sneaky.md": b"x"})
    with refused("differ from its signed manifest"):
        read_pack(extra, keys)


def test_path_escape_is_refused_even_when_signed(tmp_path: Path, signer: tuple[Path, Path]) -> None:
    key, trusted = signer
    pack = signed_pack(tmp_path, key, {"../../evil.md": b"x"}, {})
    with refused(r"file name that is not allowed: '\.\./\.\./evil\.md'"):
        install_pack(pack, tmp_path / "packs", load_trusted_keys([trusted]), agencies=AGENCIES)
    assert not (tmp_path / "evil.md").exists()


def test_zip_bomb_and_oversized_files_are_refused(tmp_path: Path, signer: tuple[Path, Path]) -> None:
    key, trusted = signer
    keys = load_trusted_keys([trusted])
    bomb = signed_pack(tmp_path, key, {"bomb.md": b"0" * 900_000}, {})
    with refused("zip bomb"):
        read_pack(bomb, keys)
    large = signed_pack(tmp_path, key, {"large.md": bytes(range(256)) * 5000}, {})
    with refused("at most"):
        read_pack(large, keys)


def test_unknown_schema_is_refused(tmp_path: Path, signer: tuple[Path, Path]) -> None:
    key, trusted = signer
    pack = signed_pack(tmp_path, key, {"a.md": b"x"}, {"schema": 99})
    with refused("unknown pack schema 99"):
        read_pack(pack, load_trusted_keys([trusted]))


def test_invalid_guide_installs_nothing_and_keeps_the_old_version(
    tmp_path: Path, signer: tuple[Path, Path]
) -> None:
    key, trusted = signer
    keys = load_trusted_keys([trusted])
    packs = tmp_path / "packs"
    install_pack(make_pack(tmp_path, key, ["a-guide"]), packs, keys, agencies=AGENCIES)
    broken = signed_pack(tmp_path, key, {"nav/b-guide.md": b"---\nid: b-guide\ntitle: Bare tittel\n---\ntekst\n"},
                         {"version": "2"})
    with refused("invalid guides, so nothing was installed") as info:
        install_pack(broken, packs, keys, agencies=AGENCIES)
    assert "kommunen/nav/b-guide.md:2: mangler påkrevd nøkkel «agency»" in str(info.value)
    assert "kommunen/nav/b-guide.md:2: missing required key 'agency'" in info.value.message("en")
    assert "kommunen/nav/b-guide.md:2: manglar påkravd nøkkel «agency»" in info.value.message("nn")
    assert installed_ids(packs) == {"a-guide"}
    assert sorted(p.name for p in (packs / "kommunen").iterdir())[1:] == ["current.json"]


def test_building_a_pack_refuses_invalid_guides(tmp_path: Path, signer: tuple[Path, Path]) -> None:
    key, _ = signer
    write_guide(tmp_path / "src", "a-guide", agency="ukjent")
    with refused("unknown agency"):
        build_pack(tmp_path / "src", key, tmp_path / "out.zip", name="x", version="1", agencies=AGENCIES)
    assert not (tmp_path / "out.zip").exists()


def test_bad_trusted_key_line_names_file_and_line(tmp_path: Path) -> None:
    trusted = tmp_path / "trusted_keys.txt"
    trusted.write_text("# ok\nnot-a-key\n", encoding="utf-8")
    with refused(r"trusted_keys.txt:2: not an ed25519 public key"):
        load_trusted_keys([trusted])


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_only_ever_raise_pack_error(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    key = folder / "k.key"
    keys = load_trusted_keys([_trusted(folder, key)])
    path = folder / "random.zip"
    path.write_bytes(data)
    with pytest.raises(PackError):
        install_pack(path, folder / "packs", keys, agencies=AGENCIES)
    assert not (folder / "packs").exists()


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
    with refused("related guide 'nav-meldekort' does not exist"):
        build_pack(tmp_path / "src", key, tmp_path / "alone.zip", name="kommunen", version="1", agencies=AGENCIES)
    build_pack(tmp_path / "src", key, tmp_path / "p.zip", name="kommunen", version="1", agencies=AGENCIES,
               context=context)
    packs = tmp_path / "packs"
    keys = load_trusted_keys([trusted])
    with refused("related guide 'nav-meldekort' does not exist"):
        install_pack(tmp_path / "p.zip", packs, keys, agencies=AGENCIES)
    change = install_pack(tmp_path / "p.zip", packs, keys, agencies=AGENCIES, context=context)
    assert change.added == ["Tittel for kommune-parkering"]  # the context's own guides are not "added"
    again = install_pack(tmp_path / "p.zip", packs, keys, agencies=AGENCIES,
                         context=[*context, *map(GuideFolder, installed_pack_folders(packs))])
    assert (again.added, again.updated, again.removed) == ([], [], [])


# -- damaged archives ------------------------------------------------------------------------------------------
def _patch(data: bytes, offset: int, value: bytes) -> bytes:
    return data[:offset] + value + data[offset + len(value):]


def _member(pack: Path, name: str) -> zipfile.ZipInfo:
    with zipfile.ZipFile(pack) as archive:
        return archive.getinfo(name)


def test_corrupt_compressed_data_is_a_pack_error(tmp_path: Path, signer: tuple[Path, Path]) -> None:
    key, trusted = signer
    keys = load_trusted_keys([trusted])
    pack = make_pack(tmp_path, key, ["a-guide"])
    data = pack.read_bytes()
    for member in ("manifest.json", "guides/nav/a-guide.md"):
        info = _member(pack, member)
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        for where in (1, info.compress_size // 2, info.compress_size - 2):
            damaged = tmp_path / "damaged.zip"
            damaged.write_bytes(_patch(data, start + where, bytes([data[start + where] ^ 0x5A])))
            # zlib.error or a bad CRC before; now the same clear refusal
            with refused("is damaged or not a guide pack: copy it again"):
                read_pack(damaged, keys)


@pytest.mark.parametrize("change", [-1, +1, 1000])
def test_a_forged_size_is_a_pack_error(tmp_path: Path, signer: tuple[Path, Path], change: int) -> None:
    key, trusted = signer
    pack = make_pack(tmp_path, key, ["a-guide"])
    info = _member(pack, "guides/nav/a-guide.md")
    data = pack.read_bytes()
    forged = (info.file_size + change).to_bytes(4, "little")
    data = _patch(data, info.header_offset + 22, forged)  # the local header's size
    central = data.index(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(info.filename)] != info.filename.encode():
        central = data.index(b"PK\x01\x02", central + 1)
    data = _patch(data, central + 24, forged)  # and the central directory's
    (tmp_path / "forged.zip").write_bytes(data)
    with refused("its size in the archive differs from its signed size"):
        read_pack(tmp_path / "forged.zip", load_trusted_keys([trusted]))


@pytest.fixture(scope="module")
def valid_pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, list[Ed25519PublicKey], dict[str, bytes]]:
    """A real pack's bytes, the key that trusts it, and its guides as read."""
    folder = tmp_path_factory.mktemp("valid")
    keys = load_trusted_keys([_trusted(folder, folder / "k.key")])
    pack = make_pack(folder, folder / "k.key", ["a-guide", "b-guide"])
    return pack.read_bytes(), keys, read_pack(pack, keys).files


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=6),
       st.one_of(st.none(), st.integers(min_value=0)))
def test_a_damaged_pack_only_ever_raises_pack_error(
        tmp_path_factory: pytest.TempPathFactory, valid_pack: tuple[bytes, list[Ed25519PublicKey], dict[str, bytes]],
        changes: list[tuple[int, int]], cut: int | None) -> None:
    """Bytes of a real pack changed or cut off, as a bad USB stick or an attacker would: a PackError, or (when
    only bytes nothing depends on changed) exactly the signed guides."""
    original, keys, files = valid_pack
    data = bytearray(original)
    for offset, value in changes:
        data[offset % len(data)] = value
    if cut is not None:
        data = data[:cut % len(data)]
    path = tmp_path_factory.mktemp("mutated") / "pack.zip"
    path.write_bytes(bytes(data))
    try:
        pack = read_pack(path, keys)
    except PackError:
        return
    assert pack.files == files


# -- the manifest ----------------------------------------------------------------------------------------------
GUIDE = b"---\nid: a\n---\ntekst\n"


@pytest.mark.parametrize(("files", "extra", "message"), [
    ({"a.md": GUIDE}, {"name": "kommunen\x1b[2J\x1b[31m"}, r"pack name 'kommunen\\x1b\[2J"),
    ({"a.md": GUIDE}, {"version": "2026.12\x1b]0;eid\x07"}, r"pack version '2026.12\\x1b\]0;eid\\x07'"),
    ({"a.md": GUIDE}, {"version": "2026.11-beta"}, "pack version '2026.11-beta' is not allowed"),
    ({"a.md": GUIDE}, {"version": 3}, "pack version 3 is not allowed"),
    ({"a.md": GUIDE}, {"name": "con"}, "pack name 'con' is not allowed"),
    ({"a.md": GUIDE}, {"name": "Kommunen"}, "lowercase slug"),
    ({"a.md": GUIDE}, {"created": "2026-13-01"}, "not a date"),
    ({"a.md": GUIDE}, {"created": "20261101"}, "not a date"),
    ({"a.md": GUIDE}, {"publisher": "x"}, "unexpected or missing fields: \\['publisher'\\]"),
    ({"a.md": GUIDE}, {"files": {"a.md": {"sha256": "ab", "size": 1}}}, "needs a sha256 and a size"),
    ({"a.md": GUIDE}, {"files": {"a.md": {"sha256": "0" * 64, "size": True}}}, "needs a sha256 and a size"),
    ({"nav/A.md": GUIDE, "nav/a.md": GUIDE}, {}, "differ only in upper and lower case"),
    ({"nav/\u202egnp.md": GUIDE}, {}, r"file name that is not allowed: 'nav/\\u202egnp.md'"),
    ({"nav/aux.md": GUIDE}, {}, "file name that is not allowed: 'nav/aux.md'"),
    ({"nav/a b.md": GUIDE}, {}, "file name that is not allowed"),
    ({"nav/a.txt": b"x"}, {}, "file name that is not allowed: 'nav/a.txt'"),
    ({"nav//a.md": GUIDE}, {}, "file name that is not allowed"),
])
def test_the_manifest_is_checked_strictly_and_shown_without_escapes(
        tmp_path: Path, signer: tuple[Path, Path], files: dict[str, bytes], extra: dict[str, object],
        message: str) -> None:
    key, trusted = signer
    with refused(message) as info:
        read_pack(signed_pack(tmp_path, key, files, extra), load_trusted_keys([trusted]))
    assert not any(ord(c) < 32 or c in "\x7f\u202e" for c in "".join(map(info.value.message, LANGUAGES)))


@pytest.mark.parametrize(("name", "version", "message"), [
    ("kommunen\x1b[31m", "1", "pack name"), ("kommunen", "v2", "pack version"), ("kommunen", "1.2.3.4.5", "version"),
])
def test_building_refuses_a_name_or_version_an_import_would_refuse(
        tmp_path: Path, signer: tuple[Path, Path], name: str, version: str, message: str) -> None:
    key, _ = signer
    write_guide(tmp_path / "src", "a-guide")
    with refused(message):
        build_pack(tmp_path / "src", key, tmp_path / "out.zip", name=name, version=version, agencies=AGENCIES)
    assert not (tmp_path / "out.zip").exists()


def test_versions_compare_number_by_number_then_by_build_date() -> None:
    from datetime import date

    day = date(2026, 11, 1)
    ordered = ["1", "2", "2.0.1", "9", "10", "2026.9", "2026.11", "2026.11.2", "2026.12"]
    for lower, higher in itertools.pairwise(ordered):
        assert is_older(lower, day, higher, day) and not is_older(higher, day, lower, day), (lower, higher)
    assert version_key("2026.11") == version_key("2026.11.0") == (2026, 11)
    assert not is_older("2026.11.0", day, "2026.11", day)  # the same version: not older
    assert is_older("2026.11", day, "2026.11", date(2026, 11, 20))  # an earlier build of the same version
    assert not is_older("2026.12", day, "2026.11", date(2026, 11, 20))  # the version decides first


def test_an_unreadable_trusted_keys_file_is_a_pack_error(tmp_path: Path) -> None:
    trusted = tmp_path / "trusted_keys.txt"
    trusted.write_bytes(b"\xff\xfe binary")
    with refused(r"trusted_keys\.txt can't be read as a list of keys"):
        load_trusted_keys([trusted])
