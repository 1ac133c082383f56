"""Signed content packs: how a centre gets guide updates without a network.

A pack is a zip with ``manifest.json`` (pack name, version, build date, and the SHA-256 and size of every guide
file), ``manifest.sig`` (an ed25519 signature of the manifest, base64) and the guide files under ``guides/``.
Importing (:mod:`frontdesk.knowledge.pack_import`) verifies the signature against the trusted public keys,
refuses unsafe or oversized archives and schema-invalid guides, and switches to the new version in one step.

The manifest is checked strictly: it is shown to people and names files on their disk. A version is one to
four whole numbers joined by dots ("3", "2026.11", "2026.11.2"); versions compare number by number, a missing
number counting as 0, so "2026.11" < "2026.11.2" < "2026.12" and "1.10" > "1.9". Two builds of the same version
compare by their ``created`` date.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import unicodedata
import zipfile
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from frontdesk.i18n import Text, TextError
from frontdesk.knowledge import pack_texts as texts
from frontdesk.knowledge.loader import GuideFolder, guide_files, load_guides

PACK_FORMAT = "frontdesk-guide-pack"
PACK_SCHEMA = 1
MAX_FILES = 5000
MAX_FILE_BYTES = 1 << 20
MAX_TOTAL_BYTES = 64 << 20
MAX_COMPRESSION_RATIO = 100  # far above what Markdown reaches; a zip bomb goes way past it
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
_MANIFEST_KEYS = {"format", "schema", "name", "version", "created", "files"}

_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_VERSION = re.compile(r"[0-9]{1,9}(?:\.[0-9]{1,9}){0,3}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_PATH_PART = re.compile(r"\w[\w.-]*")  # letters, digits, _ . - : no spaces, controls or escapes
# Names Windows reserves for devices, with or without an extension.
_DEVICES = {"con", "prn", "aux", "nul", *(f"{port}{n}" for port in ("com", "lpt") for n in range(1, 10))}


class PackError(TextError):
    """The pack can't be built or installed; the message says why. Nothing was changed. ``str()`` is bokmål;
    :meth:`message` gives nynorsk and English too (the catalogue is :mod:`frontdesk.knowledge.pack_texts`)."""


class OlderPackError(PackError):
    """The pack is older than the installed version of it; installing it anyway must be asked for."""

    def __init__(self, name: str, version: str, created: date, installed: str, installed_created: date) -> None:
        same = version_key(version) == version_key(installed)
        new: Text | str = texts.BUILT.with_values(version=version, date=created) if same else version
        old: Text | str = texts.BUILT.with_values(version=installed, date=installed_created) if same else installed
        super().__init__(texts.OLDER, name=name, version=new, installed=old)
        self.name, self.version, self.installed = name, version, installed


class PackStorageError(PackError):
    """The disk or folder refused the install (read-only, full)."""


@dataclass(frozen=True)
class Manifest:
    name: str
    version: str
    created: date
    files: dict[str, tuple[str, int]]  # relative posix path below guides/ -> (sha256, size)


@dataclass(frozen=True)
class Overlap:
    """A guide of the pack with the id of another folder's guide: ``other_pack`` None is the bundled guide
    (for a replacement) or the local guide (for a hidden one)."""

    title: str
    other_title: str
    other_pack: str | None


@dataclass(frozen=True)
class PackChange:
    name: str
    version: str
    previous_version: str | None  # None: the pack was not installed, or by a frontdesk that kept no version
    added: list[str]
    updated: list[str]
    removed: list[str]
    replaces: list[Overlap]  # the pack's guide is shown instead of a bundled guide or another pack's
    hidden: list[Overlap]  # the pack's guide is not shown: a later pack or a local guide has its id


# -- the manifest ----------------------------------------------------------------------------------------------
def shown(value: object) -> str:
    """A value from a pack for a message: quoted, escapes visible, and short."""
    text = repr(value)  # repr escapes control and formatting characters
    return text if len(text) <= 60 else text[:57] + "..."


def check_name(name: object) -> str:
    if not isinstance(name, str) or len(name) > 64 or not _NAME.fullmatch(name) or name in _DEVICES:
        raise PackError(texts.BAD_NAME, name=shown(name))
    return name


def check_version(version: object) -> str:
    if not isinstance(version, str) or not _VERSION.fullmatch(version):
        raise PackError(texts.BAD_VERSION, version=shown(version))
    return version


def check_guide_path(name: object) -> str:
    """A guide's path inside the pack: relative, plain names, ``.md``, and the same on Linux and Windows."""
    parts = PurePosixPath(name).parts if isinstance(name, str) else ()
    if (not isinstance(name, str) or not name.endswith(".md") or len(name) > 255 or "\\" in name
            or "/".join(parts) != name
            or not all(_PATH_PART.fullmatch(p) and not p.endswith(".") for p in parts)
            or any(p.split(".")[0].casefold() in _DEVICES for p in parts)):
        raise PackError(texts.BAD_FILE_NAME, name=shown(name))
    return name


def version_key(version: str) -> tuple[int, ...]:
    numbers = [int(part) for part in version.split(".")]
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


def is_older(version: str, created: date, than_version: str, than_created: date) -> bool:
    return (version_key(version), created) < (version_key(than_version), than_created)


def parse_manifest(data: bytes) -> Manifest:
    """The signed manifest, checked field by field; anything unexpected is a PackError."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise PackError(texts.NOT_JSON) from None
    if not isinstance(raw, dict) or raw.get("format") != PACK_FORMAT:
        raise PackError(texts.NOT_A_PACK)
    if raw.get("schema") != PACK_SCHEMA:
        raise PackError(texts.UNKNOWN_SCHEMA, schema=shown(raw.get("schema")), known=PACK_SCHEMA)
    if set(raw) != _MANIFEST_KEYS:
        raise PackError(texts.MANIFEST_FIELDS, fields=shown(sorted(set(raw) ^ _MANIFEST_KEYS)))
    created = raw["created"]
    if not isinstance(created, str) or not _DATE.fullmatch(created):
        raise PackError(texts.BAD_DATE, date=shown(created))
    try:
        built = date.fromisoformat(created)
    except ValueError:
        raise PackError(texts.BAD_DATE, date=shown(created)) from None
    return Manifest(check_name(raw["name"]), check_version(raw["version"]), built, _files(raw["files"]))


def _files(listed: Any) -> dict[str, tuple[str, int]]:
    if not isinstance(listed, dict) or len(listed) > MAX_FILES:
        raise PackError(texts.FILE_LIST, most=MAX_FILES)
    files: dict[str, tuple[str, int]] = {}
    for name, meta in listed.items():
        check_guide_path(name)
        digest, size = (meta.get("sha256"), meta.get("size")) if isinstance(meta, dict) else (None, None)
        if (not isinstance(meta, dict) or set(meta) != {"sha256", "size"} or not isinstance(digest, str)
                or not _SHA256.fullmatch(digest) or type(size) is not int or not 0 <= size <= MAX_FILE_BYTES):
            raise PackError(texts.FILE_ENTRY, name=shown(name))
        files[name] = (digest, size)
    if len({unicodedata.normalize("NFC", n).casefold() for n in files}) != len(files):
        raise PackError(texts.CASE_CLASH)
    return files


# -- keys ------------------------------------------------------------------------------------------------------
def generate_key(private_key_path: Path) -> str:
    """Write a new private key (PEM) and return its public key as base64 text for trusted_keys.txt."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    private_key_path.write_bytes(pem)
    private_key_path.chmod(0o600)
    return public_key_text(key.public_key())


def public_key_text(key: Ed25519PublicKey) -> str:
    return base64.b64encode(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode()


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise PackError(texts.NOT_A_PRIVATE_KEY, path=path, reason=exc) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise PackError(texts.NOT_ED25519, path=path)
    return key


def load_trusted_keys(files: Iterable[Path]) -> list[Ed25519PublicKey]:
    """One base64 public key per line; text after the key and lines starting with # are comments."""
    keys: list[Ed25519PublicKey] = []
    for path in files:
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PackError(texts.KEYS_UNREADABLE, path=path, reason=exc) from None
        for number, line in enumerate(text.splitlines(), start=1):
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            try:
                keys.append(Ed25519PublicKey.from_public_bytes(base64.b64decode(words[0], validate=True)))
            except (ValueError, binascii.Error):
                raise PackError(texts.NOT_A_PUBLIC_KEY, path=path, line=number) from None
    return keys


# -- building --------------------------------------------------------------------------------------------------
def build_pack(source: Path, key_path: Path, out: Path, *, name: str, version: str,
               agencies: Collection[str], categories: Collection[str] | None = None,
               context: Sequence[GuideFolder] = ()) -> int:
    """Sign every guide below ``source`` into ``out``. Refuses a folder with any invalid guide; ``context``
    is the library the pack's guides may link to."""
    check_name(name)
    check_version(version)
    result = load_guides([*context, GuideFolder(source)], agencies=agencies, categories=categories)
    errors = [p for p in result.errors if p.path.resolve().is_relative_to(source.resolve())]
    if errors:
        raise PackError(texts.GUIDES_HAVE_ERRORS, details=Text.build(lambda language: "\n".join(
            problem.describe(language) for problem in errors)))
    key = load_private_key(key_path)
    files = {path.relative_to(source).as_posix(): path.read_bytes() for path in guide_files(source)}
    for rel in files:
        check_guide_path(rel)
    manifest = {
        "format": PACK_FORMAT, "schema": PACK_SCHEMA, "name": name, "version": version,
        "created": date.today().isoformat(),
        "files": {rel: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                  for rel, data in sorted(files.items())},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, base64.b64encode(key.sign(manifest_bytes)))
        for rel, data in sorted(files.items()):
            archive.writestr(f"guides/{rel}", data)
    return len(files)
