"""Verify and install a signed guide pack (see :mod:`frontdesk.knowledge.packs` for the format)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import shutil
import stat
import uuid
import zipfile
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.packs import (
    MANIFEST,
    MAX_COMPRESSION_RATIO,
    MAX_FILE_BYTES,
    MAX_FILES,
    MAX_TOTAL_BYTES,
    PACK_FORMAT,
    PACK_SCHEMA,
    SIGNATURE,
    PackChange,
    PackError,
)

_PACK_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class VerifiedPack:
    name: str
    version: str
    files: dict[str, bytes]  # relative posix path below guides/ -> content


def _safe_relative(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if name.startswith(("/", "\\")) or "\\" in name or ":" in name or path.is_absolute() or ".." in path.parts:
        raise PackError(f"the pack contains a path that escapes its folder: {name!r}")
    return path


def _check_entries(infos: Sequence[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_FILES + 2:
        raise PackError(f"the pack has {len(infos)} files; at most {MAX_FILES} guides are allowed")
    total = 0
    for info in infos:
        _safe_relative(info.filename)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackError(f"the pack contains a symbolic link: {info.filename!r}")
        if info.file_size > MAX_FILE_BYTES:
            raise PackError(f"{info.filename} is {info.file_size} bytes; a guide may be at most {MAX_FILE_BYTES}")
        if info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO:
            raise PackError(f"{info.filename} expands suspiciously much (possible zip bomb)")
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise PackError(f"the pack unpacks to {total} bytes; at most {MAX_TOTAL_BYTES} are allowed")


def _read_limited(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Read at most the declared size: a forged header can't make us inflate more."""
    with archive.open(info) as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES or len(data) != info.file_size:
        raise PackError(f"{info.filename}: its size does not match the archive header")
    return data


def _manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PackError("manifest.json is not valid JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != PACK_FORMAT:
        raise PackError("this is not a frontdesk guide pack")
    if manifest.get("schema") != PACK_SCHEMA:
        raise PackError(f"unknown pack schema {manifest.get('schema')!r}; this version reads schema {PACK_SCHEMA}")
    name = manifest.get("name")
    if not isinstance(name, str) or not _PACK_NAME.match(name):
        raise PackError("the pack name must be a lowercase slug")
    if not isinstance(manifest.get("files"), dict) or not isinstance(manifest.get("version"), str):
        raise PackError("the manifest lacks its file list or version")
    return manifest


def read_pack(path: Path, trusted_keys: Sequence[Ed25519PublicKey]) -> VerifiedPack:
    """Open, check and verify a pack without writing anything."""
    if not trusted_keys:
        raise PackError("no trusted public key is configured: add the publisher's key to trusted_keys.txt")
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise PackError(f"{path}: not a readable zip archive ({exc})") from None
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        _check_entries(infos)
        by_name = {i.filename: i for i in infos}
        if MANIFEST not in by_name or SIGNATURE not in by_name:
            raise PackError("the pack is not signed (manifest.json or manifest.sig is missing)")
        manifest_bytes = _read_limited(archive, by_name[MANIFEST])
        try:
            signature = base64.b64decode(_read_limited(archive, by_name[SIGNATURE]), validate=True)
        except binascii.Error:
            raise PackError("the signature is not valid base64") from None
        if not any(_verifies(key, signature, manifest_bytes) for key in trusted_keys):
            raise PackError("the signature does not match any trusted key: the pack may have been altered")
        manifest = _manifest(manifest_bytes)
        declared: dict[str, Any] = manifest["files"]
        present = {name.removeprefix("guides/") for name in by_name if name not in (MANIFEST, SIGNATURE)}
        if any(not n.startswith("guides/") for n in by_name if n not in (MANIFEST, SIGNATURE)):
            raise PackError("the pack has files outside guides/")
        if present != set(declared):
            raise PackError("the files in the pack differ from its signed manifest")
        files: dict[str, bytes] = {}
        for rel, meta in declared.items():
            if not rel.endswith(".md"):
                raise PackError(f"only guide files (.md) may be in a pack, found {rel!r}")
            data = _read_limited(archive, by_name[f"guides/{rel}"])
            if not isinstance(meta, dict) or hashlib.sha256(data).hexdigest() != meta.get("sha256"):
                raise PackError(f"{rel} does not match its signed checksum")
            files[str(_safe_relative(rel))] = data
    return VerifiedPack(name=manifest["name"], version=manifest["version"], files=files)


def _verifies(key: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return False
    return True


def install_pack(path: Path, packs_dir: Path, trusted_keys: Sequence[Ed25519PublicKey], *,
                 agencies: Collection[str], categories: Collection[str] | None = None,
                 context: Sequence[GuideFolder] = ()) -> PackChange:
    """Verify, validate and swap the pack's folder in whole. On any problem nothing changes.

    ``context`` is the rest of the library (bundled guides, other packs, local guides): the pack's guides may
    link to those. The pack's own earlier version is left out of it.
    """
    pack = read_pack(path, trusted_keys)
    packs_dir.mkdir(parents=True, exist_ok=True)
    staging = packs_dir / f".incoming-{pack.name}-{uuid.uuid4().hex}"
    target = packs_dir / pack.name
    try:
        for rel, data in pack.files.items():
            destination = staging / rel
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(data)
        others = [f for f in context if f.path.resolve() != target.resolve()]
        incoming = load_guides([*others, GuideFolder(staging)], agencies=agencies, categories=categories)
        errors = [p for p in incoming.errors if p.path.is_relative_to(staging)]
        if errors:
            details = "\n".join(str(p).replace(str(staging), pack.name) for p in errors)
            raise PackError(f"the pack has invalid guides; nothing was installed:\n{details}")
        before = load_guides([GuideFolder(target)], agencies=agencies).guides if target.is_dir() else {}
        after = {i: g for i, g in incoming.guides.items() if g.path.is_relative_to(staging)}
        change = PackChange(
            name=pack.name, version=pack.version,
            added=sorted(g.title for i, g in after.items() if i not in before),
            updated=sorted(g.title for i, g in after.items()
                           if i in before and before[i].path.read_bytes() != g.path.read_bytes()),
            removed=sorted(g.title for i, g in before.items() if i not in after),
        )
        _swap_in(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return change


def _swap_in(staging: Path, target: Path) -> None:
    """Replace ``target`` by ``staging`` with renames only, so a crash leaves the old or the new pack whole."""
    retired = target.with_name(f".retired-{target.name}-{uuid.uuid4().hex}")
    if target.exists():
        target.rename(retired)
    try:
        staging.rename(target)
    except OSError:
        if retired.exists():
            retired.rename(target)
        raise
    shutil.rmtree(retired, ignore_errors=True)
