"""Signed content packs: how a centre gets guide updates without a network.

A pack is a zip with ``manifest.json`` (pack name, version, and the SHA-256 and size of every guide file),
``manifest.sig`` (an ed25519 signature of the manifest, base64) and the guide files under ``guides/``.
Importing verifies the signature against the trusted public keys, refuses unsafe or oversized archives and
schema-invalid guides, and then swaps the pack's folder in whole: all or nothing, never half-installed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zipfile
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from frontdesk.knowledge.loader import GuideFolder, guide_files, load_guides

PACK_FORMAT = "frontdesk-guide-pack"
PACK_SCHEMA = 1
MAX_FILES = 5000
MAX_FILE_BYTES = 1 << 20
MAX_TOTAL_BYTES = 64 << 20
MAX_COMPRESSION_RATIO = 100  # far above what Markdown reaches; a zip bomb goes way past it
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"


class PackError(Exception):
    """The pack can't be built or installed; the message says why. Nothing was changed."""


@dataclass(frozen=True)
class PackChange:
    name: str
    version: str
    added: list[str]
    updated: list[str]
    removed: list[str]


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
        raise PackError(f"{path}: not a readable ed25519 private key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise PackError(f"{path}: the key is not an ed25519 key")
    return key


def load_trusted_keys(files: Iterable[Path]) -> list[Ed25519PublicKey]:
    """One base64 public key per line; text after the key and lines starting with # are comments."""
    keys: list[Ed25519PublicKey] = []
    for path in files:
        if not path.is_file():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            try:
                keys.append(Ed25519PublicKey.from_public_bytes(base64.b64decode(words[0], validate=True)))
            except (ValueError, binascii.Error):
                raise PackError(f"{path}:{number}: not an ed25519 public key") from None
    return keys


# -- building --------------------------------------------------------------------------------------------------
def build_pack(source: Path, key_path: Path, out: Path, *, name: str, version: str,
               agencies: Collection[str], categories: Collection[str] | None = None,
               context: Sequence[GuideFolder] = ()) -> int:
    """Sign every guide below ``source`` into ``out``. Refuses a folder with any invalid guide; ``context``
    is the library the pack's guides may link to."""
    result = load_guides([*context, GuideFolder(source)], agencies=agencies, categories=categories)
    errors = [p for p in result.errors if p.path.resolve().is_relative_to(source.resolve())]
    if errors:
        raise PackError("the guides have errors; fix them first:\n" + "\n".join(map(str, errors)))
    key = load_private_key(key_path)
    files = {path.relative_to(source).as_posix(): path.read_bytes() for path in guide_files(source)}
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
