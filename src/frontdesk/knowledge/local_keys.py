"""Which local facts exist: the centre-wide keys of ``data/local_keys.yaml`` and each guide's own (``local:``).

A guide names a fact in its body as ``{{key}}``: a centre-wide key (``{{senter.telefon}}``) or one of its own
short keys (``{{frist}}``), whose full key is ``<guide id>.<key>`` (``kommune-sfo-soke.frist``). The
:class:`FactCatalogue` knows every key with its kind and label, and which guides use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from frontdesk.knowledge.model import SLOT_KINDS, Guide

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Anything between double braces is meant as a fact; what is inside is checked against the known keys.
SLOT = re.compile(r"\{\{(?P<name>[^{}\n]*)\}\}")
_CENTRE_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGUAGES = ("nb", "nn", "en")


class LocalKeysError(ValueError):
    """``data/local_keys.yaml`` can't be read; the message names the file and what is wrong."""


@dataclass(frozen=True)
class FactKey:
    key: str  # the full key: "senter.telefon" or "kommune-sfo-soke.frist"
    kind: str
    label: str  # bokmål: what the supervisor fills in
    labels: tuple[tuple[str, str], ...] = ()  # (language, label) for the other languages that have one
    guide_id: str | None = None  # the guide that declares it; None for a centre-wide key

    def label_in(self, language: str) -> str:
        return dict(self.labels).get(language, self.label)


def load_centre_keys(path: Path) -> tuple[FactKey, ...]:
    """The centre-wide keys, in the file's order."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise LocalKeysError(f"{path}: can't be read: {exc}") from None
    keys = raw.get("keys") if isinstance(raw, dict) else None
    if not isinstance(keys, dict):
        raise LocalKeysError(f"{path}: needs a 'keys' mapping")
    found: list[FactKey] = []
    for key, spec in keys.items():
        if not isinstance(key, str) or not _CENTRE_KEY.match(key):
            raise LocalKeysError(f"{path}: key {key!r} must be two lowercase slugs joined by '.': 'senter.telefon'")
        if not isinstance(spec, dict) or spec.get("kind") not in SLOT_KINDS or not spec.get("label_nb"):
            raise LocalKeysError(f"{path}: '{key}' needs a kind ({', '.join(SLOT_KINDS)}) and a label_nb")
        others = tuple((lang, str(spec[f"label_{lang}"])) for lang in LANGUAGES[1:] if spec.get(f"label_{lang}"))
        found.append(FactKey(key, str(spec["kind"]), str(spec["label_nb"]), others))
    return tuple(found)


def slot_names(text: str) -> list[tuple[int, str]]:
    """(character offset, name as written) for every ``{{…}}`` in ``text``."""
    return [(m.start(), m.group("name")) for m in SLOT.finditer(text)]


class FactCatalogue:
    """Every known key, centre-wide ones first (in ``local_keys.yaml`` order), then each guide's own."""

    def __init__(self, centre_keys: Iterable[FactKey], guides: Mapping[str, Guide]) -> None:
        self._centre = {k.key: k for k in centre_keys}
        own = sorted(
            (FactKey(f"{g.id}.{slot.key}", slot.kind, slot.label, guide_id=g.id)
             for g in guides.values() for slot in g.slots),
            key=lambda k: k.key,
        )
        self.keys: dict[str, FactKey] = {**self._centre, **{k.key: k for k in own if k.key not in self._centre}}
        users: dict[str, list[str]] = {}
        for guide in sorted(guides.values(), key=lambda g: g.id):
            for _offset, name in slot_names(guide.body):
                key = self.resolve(guide, name)
                if key is not None and guide.id not in users.setdefault(key, []):
                    users[key].append(guide.id)
        self._users = {key: tuple(ids) for key, ids in users.items()}

    def resolve(self, guide: Guide, name: str) -> str | None:
        """The full key ``{{name}}`` stands for in ``guide``'s body, or None when there is no such fact."""
        name = name.strip()
        if any(slot.key == name for slot in guide.slots):
            return f"{guide.id}.{name}"
        if name in self._centre:
            return name
        own, _, short = name.partition(".")
        if own == guide.id and any(slot.key == short for slot in guide.slots):
            return name  # the full key of the guide's own fact is understood too
        return None

    def get(self, key: str) -> FactKey | None:
        return self.keys.get(key)

    def is_centre_wide(self, key: str) -> bool:
        return key in self._centre

    def guides_using(self, key: str) -> tuple[str, ...]:
        return self._users.get(key, ())

    def names_for(self, guide: Guide) -> list[str]:
        """What the guide's body may write between the braces: its own keys, then the centre-wide ones."""
        return [slot.key for slot in guide.slots] + list(self._centre)
