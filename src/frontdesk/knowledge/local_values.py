"""The centre's local facts and notes: ``lokalt.yaml`` in the municipality's guides folder.

One small file a person can read: a header that explains it, the values by full key (each under a comment with
its label) and the notes by guide id. It lives apart from the guides, so a new release or a signed pack never
touches it. Writes are atomic (a temporary file in the same folder, then a rename) and in a stable order:
centre-wide keys as ``data/local_keys.yaml`` lists them, then the rest A–Z.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from frontdesk.atomic_file import write_text_atomic
from frontdesk.i18n import Text
from frontdesk.knowledge import local_texts as texts

FILE_NAME = "lokalt.yaml"
SCHEMA = 1
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

HEADER = """\
# Lokale opplysninger for frontdesk
#
# Her står det kommunen selv fyller inn i veiledningene: verdiene som står der veiledningene har et lokalt
# felt (servicetorgets telefonnummer, søknadsfrister, åpningstider …), og de lokale notatene («Hos oss»)
# som vises under veiledningene. Fila ligger sammen med kommunens egne veiledninger; nye versjoner av
# frontdesk og nye veiledningspakker endrer den aldri.
#
# Endre helst i frontdesk-vinduet eller med «frontdesk local set NØKKEL VERDI»: da blir hver verdi sjekket.
# Redigerer du for hånd: én verdi per linje, i anførselstegn, og lagre som UTF-8. «frontdesk guides check»
# sier fra om noe er galt. Samme opplysninger på alle skranke-PC-ene: «frontdesk local export FIL» her,
# «frontdesk local import FIL» på de andre.
"""


class LocalValuesError(ValueError):
    """The values file can't be read; ``str()`` names the file and line. Nothing was changed.

    ``message`` is what is wrong in bokmål and ``text`` in every language; :meth:`describe` is the whole
    message (file, line and what is wrong) in one."""

    def __init__(self, path: Path, line: int, text: Text, **values: object) -> None:
        self.text = text.with_values(**values)
        super().__init__(f"{path}:{line}: {self.text.nb}")
        self.path = path
        self.line = line
        self.message = self.text.nb

    def describe(self, language: str = "nb") -> str:
        return f"{self.path}:{self.line}: {self.text.get(language)}"


@dataclass(frozen=True)
class LocalValues:
    """Values by full key and notes by guide id. Immutable: the ``with_…`` methods return a changed copy."""

    values: Mapping[str, str] = field(default_factory=dict)
    notes: Mapping[str, str] = field(default_factory=dict)
    # 1-based line of each value in the file it was read from, for messages about it.
    lines: Mapping[str, int] = field(default_factory=dict, compare=False)

    def with_value(self, key: str, value: str | None) -> LocalValues:
        values = {k: v for k, v in self.values.items() if k != key}
        if value is not None:
            values[key] = value
        return replace(self, values=values)

    def with_note(self, guide_id: str, text: str | None) -> LocalValues:
        notes = {k: v for k, v in self.notes.items() if k != guide_id}
        if text:
            notes[guide_id] = text
        return replace(self, notes=notes)


def values_path(local_guides_folder: Path) -> Path:
    return local_guides_folder / FILE_NAME


def read_values(path: Path) -> LocalValues:
    """The file's values and notes; an empty set when there is no file yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LocalValues()
    except (OSError, UnicodeDecodeError) as exc:
        raise LocalValuesError(path, 1, texts.FILE_UNREADABLE, reason=exc) from None
    try:
        node = yaml.compose(text, Loader=_LOADER)
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise LocalValuesError(path, (mark.line + 1) if mark is not None else 1, texts.YAML_ERROR,
                               reason=exc) from None
    if data is None:
        return LocalValues()
    if not isinstance(data, dict) or data.get("schema", SCHEMA) != SCHEMA:
        raise LocalValuesError(path, 1, texts.NOT_A_VALUES_FILE, schema=SCHEMA)
    values = _texts(path, data.get("values"), "values", allow_multiline=False)
    notes = _texts(path, data.get("notes"), "notes", allow_multiline=True)
    return LocalValues(values, notes, _value_lines(node))


def _texts(path: Path, raw: Any, section: str, *, allow_multiline: bool) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise LocalValuesError(path, 1, texts.NOT_A_SECTION, section=section)
    found: dict[str, str] = {}
    for key, value in raw.items():
        if isinstance(value, bool) or not isinstance(value, str | int) or str(value).strip() == "":
            raise LocalValuesError(path, 1, texts.NEEDS_QUOTED_TEXT, section=section, key=key)
        text = str(value).strip()
        if "\n" in text and not allow_multiline:
            raise LocalValuesError(path, 1, texts.VALUE_ONE_LINE, key=key)
        found[str(key)] = text
    return found


def _value_lines(node: yaml.Node | None) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    for key_node, value_node in node.value:
        if key_node.value == "values" and isinstance(value_node, yaml.MappingNode):
            return {str(k.value): k.start_mark.line + 1 for k, _v in value_node.value}
    return {}


class _Key(str):
    """A mapping key, written plain; every value is quoted (or a block for notes over several lines)."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(_Key, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", str(s), style=""))
_Dumper.add_representer(str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s,
                                                             style="|" if "\n" in s else '"'))


def format_values(values: LocalValues, *, labels: Mapping[str, str] | None = None,
                  first: Sequence[str] = ()) -> str:
    """The file's text: the header, then values (keys in ``first`` in that order, the rest A–Z), each under a
    comment with its label when ``labels`` knows it, then the notes by guide id A–Z."""
    rank = {key: number for number, key in enumerate(first)}
    ordered = sorted(values.values, key=lambda k: (rank.get(k, len(rank)), k))
    data = {
        _Key("schema"): SCHEMA,
        _Key("values"): {_Key(k): values.values[k] for k in ordered},
        _Key("notes"): {_Key(k): values.notes[k] for k in sorted(values.notes)},
    }
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1 << 16,
                     default_flow_style=False)
    lines: list[str] = []
    section = ""
    for line in body.splitlines():
        if not line.startswith(" "):
            section = line.split(":", 1)[0]
        elif section == "values" and labels and line.startswith("  ") and not line.startswith("   "):
            label = labels.get(line.strip().split(":", 1)[0])
            lines.append(f"  # {' '.join(label.split())}" if label else "  # (ingen veiledning bruker denne nå)")
        lines.append(line)
    return HEADER + "\n".join(lines).rstrip("\n") + "\n"


def write_values(path: Path, values: LocalValues, *, labels: Mapping[str, str] | None = None,
                 first: Sequence[str] = ()) -> None:
    """Write the file atomically: a crash leaves the old file or the new one, never half of one."""
    text = format_values(values, labels=labels, first=first)
    reread = yaml.load(text, Loader=_LOADER)  # what we write must read back as exactly what we meant
    if (reread.get("values") or {}) != dict(values.values) or (reread.get("notes") or {}) != dict(values.notes):
        raise RuntimeError("local values would not read back unchanged")  # pragma: no cover - a bug here
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, text)
