"""Helpers that build real signed guide packs for tests."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from frontdesk.i18n import LANGUAGES
from frontdesk.knowledge.packs import PackError, build_pack, load_private_key
from tests.knowledge.guide_files import write_guide

AGENCIES = {"nav", "kommune"}


@contextmanager
def refused(match: str, error: type[PackError] = PackError) -> Iterator[pytest.ExceptionInfo[PackError]]:
    """``pytest.raises(error)`` whose English message matches ``match``. Every refusal is also told in bokmål
    (its ``str()``) and nynorsk, each form filled in and the English one really translated."""
    with pytest.raises(error) as info:
        yield info
    forms = [info.value.message(language) for language in LANGUAGES]
    assert re.search(match, forms[2]), forms[2]
    assert all(form.strip() and not re.search(r"\{[a-z_]+\}", form) for form in forms), forms
    assert forms[0] == str(info.value) and forms[2] != forms[0] and forms[1] != forms[2], forms


def make_pack(tmp_path: Path, key: Path, ids: list[str], version: str = "1", name: str = "kommunen",
              **overrides: object) -> Path:
    """A pack of valid guides (titles 'Tittel <id> v<version>' unless overridden)."""
    source = tmp_path / f"source-{name}-{version}"
    for guide_id in ids:
        write_guide(source / "nav", guide_id, **{"title": f"Tittel {guide_id} v{version}", **overrides})
    out = tmp_path / f"{name}-{version}.zip"
    build_pack(source, key, out, name=name, version=version, agencies=AGENCIES)
    return out


def signed_pack(tmp_path: Path, key: Path, files: dict[str, bytes], manifest_extra: dict[str, object],
                out_name: str = "handmade.zip") -> Path:
    """A hand-made pack with a valid signature, to prove the checks beyond the signature."""
    manifest: dict[str, object] = {
        "format": "frontdesk-guide-pack", "schema": 1, "name": "kommunen", "version": "1", "created": "2026-11-01",
        "files": {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                  for name, data in files.items()}}
    manifest.update(manifest_extra)
    raw = json.dumps(manifest).encode()
    out = tmp_path / out_name
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", raw)
        archive.writestr("manifest.sig", base64.b64encode(load_private_key(key).sign(raw)))
        for name, data in files.items():
            archive.writestr(f"guides/{name}", data)
    return out


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


def guide_contents(folders: list[Path]) -> dict[str, bytes]:
    """Every guide file below the folders by id: what the library would load."""
    found: dict[str, bytes] = {}
    for folder in folders:
        for path in sorted(folder.rglob("*.md")):
            if not any(part.startswith(".") for part in path.relative_to(folder).parts):
                found[path.stem] = path.read_bytes()
    return found
