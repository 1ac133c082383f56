"""Verify and install a signed guide pack (see :mod:`frontdesk.knowledge.packs` for the format).

Reading never trusts the archive: every size, name and byte is checked against the signed manifest, and a
damaged archive is a :class:`PackError` like any other refusal. Installing is all or nothing
(:mod:`frontdesk.knowledge.pack_folders`).
"""

from __future__ import annotations

import base64
import binascii
import errno
import hashlib
import stat
import zipfile
import zlib
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from frontdesk.i18n import Text
from frontdesk.knowledge import pack_folders
from frontdesk.knowledge import pack_texts as texts
from frontdesk.knowledge.loader import GuideFolder, guide_files, load_guides
from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.packs import (
    MANIFEST,
    MAX_COMPRESSION_RATIO,
    MAX_FILE_BYTES,
    MAX_FILES,
    MAX_TOTAL_BYTES,
    SIGNATURE,
    OlderPackError,
    Overlap,
    PackChange,
    PackError,
    PackStorageError,
    is_older,
    parse_manifest,
)
from frontdesk.knowledge.validation import read_guide_file

MAX_SIGNATURE_BYTES = 1024
_COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # what build_pack writes; nothing else is read
# What zipfile and zlib raise for a damaged archive (OSError too: a seek to a negative offset).
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError)


@dataclass(frozen=True)
class VerifiedPack:
    name: str
    version: str
    created: date
    files: dict[str, bytes]  # relative posix path below guides/ -> content


def read_pack(path: Path, trusted_keys: Sequence[Ed25519PublicKey]) -> VerifiedPack:
    """Open, check and verify a pack without writing anything."""
    if not trusted_keys:
        raise PackError(texts.NO_TRUSTED_KEY)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise PackError(texts.CANT_READ, path=path, reason=exc.strerror or exc) from None
    try:
        with handle, zipfile.ZipFile(handle) as archive:
            return _verified(archive, trusted_keys)
    except (*_DAMAGED, OSError) as exc:
        if isinstance(exc, OSError) and exc.errno not in (None, errno.EINVAL):
            raise PackError(texts.CANT_READ, path=path, reason=exc.strerror or exc) from None
        raise PackError(texts.DAMAGED, name=path.name, reason=exc) from None


def _verified(archive: zipfile.ZipFile, trusted_keys: Sequence[Ed25519PublicKey]) -> VerifiedPack:
    infos = archive.infolist()
    _check_entries(infos)
    by_name = {i.filename: i for i in infos}
    if MANIFEST not in by_name or SIGNATURE not in by_name:
        raise PackError(texts.NOT_SIGNED)
    manifest_bytes = _read(archive, by_name[MANIFEST], by_name[MANIFEST].file_size)
    if by_name[SIGNATURE].file_size > MAX_SIGNATURE_BYTES:
        raise PackError(texts.NOT_A_SIGNATURE)
    try:
        signature = base64.b64decode(_read(archive, by_name[SIGNATURE], by_name[SIGNATURE].file_size), validate=True)
    except binascii.Error:
        raise PackError(texts.NOT_A_SIGNATURE) from None
    if not any(_verifies(key, signature, manifest_bytes) for key in trusted_keys):
        raise PackError(texts.SIGNATURE_MISMATCH)
    manifest = parse_manifest(manifest_bytes)
    if set(by_name) != {MANIFEST, SIGNATURE, *(f"guides/{rel}" for rel in manifest.files)}:
        raise PackError(texts.FILES_DIFFER)
    files: dict[str, bytes] = {}
    for rel, (digest, size) in manifest.files.items():
        data = _read(archive, by_name[f"guides/{rel}"], size)
        if hashlib.sha256(data).hexdigest() != digest:
            raise PackError(texts.CHECKSUM, name=rel)
        files[rel] = data
    return VerifiedPack(manifest.name, manifest.version, manifest.created, files)


def _check_entries(infos: Sequence[zipfile.ZipInfo]) -> None:
    """Limits checked from the headers alone, before anything is inflated."""
    if len(infos) > MAX_FILES + 2:
        raise PackError(texts.TOO_MANY_FILES, count=len(infos), most=MAX_FILES)
    if len({i.filename for i in infos}) != len(infos):
        raise PackError(texts.LISTED_TWICE)
    total = 0
    for info in infos:
        name = repr(info.filename)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackError(texts.SYMLINK, name=name)
        if info.compress_type not in _COMPRESSIONS or info.flag_bits & 0x1:
            raise PackError(texts.ODD_COMPRESSION, name=name)
        if info.file_size > MAX_FILE_BYTES:
            raise PackError(texts.FILE_TOO_BIG, name=name, size=info.file_size, most=MAX_FILE_BYTES)
        if info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise PackError(texts.ZIP_BOMB, name=name)
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise PackError(texts.TOO_BIG, total=total, most=MAX_TOTAL_BYTES)


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, size: int) -> bytes:
    """Exactly ``size`` bytes, the size the signed manifest gives: a forged header can't make us inflate more."""
    if info.file_size != size:
        raise PackError(texts.SIZE_DIFFERS, name=repr(info.filename))
    with archive.open(info) as handle:
        data = handle.read(size + 1)
    if len(data) != size:
        raise PackError(texts.CONTENT_SIZE, name=repr(info.filename))
    return data


def _verifies(key: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return False
    return True


def install_pack(path: Path, packs_dir: Path, trusted_keys: Sequence[Ed25519PublicKey], *,
                 agencies: Collection[str], categories: Collection[str] | None = None,
                 context: Sequence[GuideFolder] = (), allow_older: bool = False) -> PackChange:
    """Verify, validate and switch the pack to this version in one step. On any problem nothing changes.

    ``context`` is the rest of the library in load order (bundled guides, packs, local guides): the pack's
    guides may link to those. The pack's own installed version is left out of it. An older version than the
    installed one raises :class:`OlderPackError` unless ``allow_older``.
    """
    pack = read_pack(path, trusted_keys)
    try:
        with pack_folders.locked(packs_dir):
            pack_folders.remove_leftovers(packs_dir)
            current = pack_folders.installed_pack(packs_dir, pack.name)
            if (current is not None and current.version is not None and current.created is not None
                    and not allow_older and is_older(pack.version, pack.created, current.version, current.created)):
                raise OlderPackError(pack.name, pack.version, pack.created, current.version, current.created)
            staging = pack_folders.stage(packs_dir, pack.name, pack.version, pack.files)
            try:
                change = _change(pack, staging, current, packs_dir, context, agencies, categories)
                pack_folders.switch(staging, pack.version, pack.created)
            except BaseException:
                pack_folders.discard(staging)
                raise
    except OSError as exc:
        raise _storage_error(exc, packs_dir) from None
    return change


def _change(pack: VerifiedPack, staging: Path, current: pack_folders.InstalledPack | None, packs_dir: Path,
            context: Sequence[GuideFolder], agencies: Collection[str],
            categories: Collection[str] | None) -> PackChange:
    """Validate the staged guides in their place in the library, and say what installing them changes."""
    before: list[GuideFolder] = []
    after: list[GuideFolder] = []
    for folder in context:  # the loader's order: bundled, packs by name, local guides
        owner = _pack_of(folder, packs_dir)
        if owner != pack.name:
            later = bool(after) or folder.is_local or (owner is not None and owner > pack.name)
            (after if later else before).append(folder)
    result = load_guides([*before, GuideFolder(staging), *after], agencies=agencies, categories=categories)
    errors = [p for p in result.errors if p.path.is_relative_to(staging)]
    if errors:
        details = Text.build(lambda language: "\n".join(
            p.describe(language).replace(str(staging), pack.name) for p in errors))
        raise PackError(texts.INVALID_GUIDES, details=details)

    def read(path: Path) -> Guide | None:
        return read_guide_file(path, agencies=agencies, categories=categories)[0]

    own = {PurePosixPath(rel).stem: staging / rel for rel in pack.files}  # a valid guide's id is its file name
    shown = {i: result.guides[i] for i in own}
    ours = {i: g if g.path == own[i] else read(own[i]) or g for i, g in shown.items()}
    old = load_guides([GuideFolder(current.folder)], agencies=agencies).guides if current else {}
    by_title = sorted(own, key=lambda i: ours[i].title.casefold())
    replaced = _replaced(set(own), before, packs_dir, read)
    return PackChange(
        name=pack.name, version=pack.version, previous_version=current.version if current else None,
        added=sorted(ours[i].title for i in own if i not in old),
        updated=sorted(ours[i].title for i in own if i in old and old[i].path.read_bytes() != own[i].read_bytes()),
        removed=sorted(g.title for i, g in old.items() if i not in own),
        replaces=[Overlap(ours[i].title, replaced[i][0].title, replaced[i][1]) for i in by_title if i in replaced],
        hidden=[Overlap(ours[i].title, shown[i].title, _pack_of(_folder_of(shown[i].path, after), packs_dir))
                for i in by_title if shown[i].path != own[i]],
    )


def _replaced(ids: set[str], before: Sequence[GuideFolder], packs_dir: Path,
              read: Callable[[Path], Guide | None]) -> dict[str, tuple[Guide, str | None]]:
    """The guide each id would show without the pack, and the pack it is from (None: bundled)."""
    found: dict[str, tuple[Guide, str | None]] = {}
    for folder in before:  # later folders win, as in the loader
        for path in guide_files(folder.path):
            guide = read(path) if path.stem in ids else None
            if guide is not None and guide.id == path.stem:
                found[guide.id] = (guide, _pack_of(folder, packs_dir))
    return found


def _folder_of(path: Path, folders: Sequence[GuideFolder]) -> GuideFolder:
    return next(f for f in reversed(folders) if path.is_relative_to(f.path))


def _pack_of(folder: GuideFolder, packs_dir: Path) -> str | None:
    """The name of the installed pack a folder belongs to; None for bundled and local guides."""
    resolved, packs = folder.path.resolve(), packs_dir.resolve()
    return resolved.relative_to(packs).parts[0] if resolved.is_relative_to(packs) and resolved != packs else None


def _storage_error(error: OSError, packs_dir: Path) -> PackStorageError:
    folder = next((p for p in (packs_dir, *packs_dir.parents) if p.exists()), packs_dir)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = texts.NO_WRITE_ACCESS.with_values(folder=folder)
    elif error.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = texts.DISK_FULL.with_values(folder=folder)
    else:
        reason = texts.NOT_WRITTEN.with_values(folder=folder, reason=error.strerror or error)
    return PackStorageError(texts.NOTHING_CHANGED, reason=reason)
