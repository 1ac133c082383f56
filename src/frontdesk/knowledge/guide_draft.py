"""A guide as the window's editor holds it (form fields), and the guide file those fields make.

A supervisor writes a municipal guide in a form and never sees YAML: :func:`draft_text` turns the fields into a
guide file in the documented format (docs/guide-format.md), and :func:`draft_from_guide` turns a loaded guide
back into fields, to edit a local guide or to start a local copy of a national one. A new guide's id is made
from its title (:func:`slugify`) until the first save, and never changes after.

It is saved as ``<id>.md`` in the municipality's guides folder (a guide being edited keeps its file).
:func:`plan_save` refuses what would lose someone's work: another local guide with the same id, or a file of
that name that isn't loaded (a broken guide). A national guide (bundled or from a pack) with the same id is
replaced, which the plan says so the window can ask first. Writes are atomic.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from frontdesk.atomic_file import write_text_atomic
from frontdesk.i18n import Text, TextError
from frontdesk.knowledge.model import CITIZEN_SECTIONS, DEFAULT_REVIEW_MONTHS, Guide, Slot, Source
from frontdesk.knowledge.sections import citizen_sections, staff_markdown

MAX_ID_LENGTH = 60
# Norwegian letters spelt the way the bundled ids and municipal web addresses spell them.
_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ß": "ss"})

STAFF_SKELETON = """\
## Slik hjelper du
1. …

## Dette trenger innbyggeren
- …

## Vanlige problemer
- …

## Hvis det ikke løser seg
- …
"""
# Short starts for the three sections written to the citizen: the steps, then the centre's own contact, each
# fact on its own line (a line whose fact is not filled in is left out of the handout).
HANDOUT_SKELETONS: Mapping[str, str] = {
    "nb": "Slik gjør du det:\n1. …\n\nTrenger du hjelp?\n- Servicetorget: {{senter.telefon}}\n"
          "- Vi har åpent {{senter.apningstider}}.\n",
    "nn": "Slik gjer du det:\n1. …\n\nTreng du hjelp?\n- Servicetorget: {{senter.telefon}}\n"
          "- Vi har ope {{senter.apningstider}}.\n",
    "en": "How to do it:\n1. …\n\nNeed help?\n- The service centre: {{senter.telefon}}\n"
          "- We are open {{senter.apningstider}}.\n",
}


@dataclass(frozen=True)
class DraftSource:
    title: str
    url: str
    read: date | None = None
    page_date: date | None = None
    undated: bool = False  # the page was checked and carries no date (``page_date: none``)


@dataclass(frozen=True)
class DraftFact:
    """One of the guide's own local facts: ``{{key}}`` in its text, ``<id>.<key>`` everywhere else."""

    key: str
    kind: str
    label: str


@dataclass(frozen=True)
class GuideDraft:
    id: str
    title: str
    reviewed: date
    summary: str = ""
    agency: str = "kommune"
    title_nn: str = ""
    title_en: str = ""
    tags: tuple[str, ...] = ()
    category: str = ""
    requires: tuple[str, ...] = ()
    on_behalf: str = ""
    sources: tuple[DraftSource, ...] = ()
    facts: tuple[DraftFact, ...] = ()
    staff_body: str = STAFF_SKELETON
    handouts: Mapping[str, str] = field(default_factory=lambda: dict(HANDOUT_SKELETONS))
    # Kept from the guide the draft started from; the form does not edit them.
    related: tuple[str, ...] = ()
    review_every: int = DEFAULT_REVIEW_MONTHS
    owner: str = ""


def slugify(title: str) -> str:
    """A guide id from a title: lowercase ASCII words joined by ``-`` (æ → ae, ø → o, å → a), whole words up
    to :data:`MAX_ID_LENGTH` characters; empty when the title has no letter or digit."""
    text = unicodedata.normalize("NFKD", title.lower().translate(_FOLD))
    words = re.findall(r"[a-z0-9]+", "".join(ch for ch in text if not unicodedata.combining(ch)))
    slug = ""
    for word in words:
        longer = f"{slug}-{word}" if slug else word[:MAX_ID_LENGTH]
        if len(longer) > MAX_ID_LENGTH:
            break
        slug = longer
    return slug


def one_line(text: str) -> str:
    return " ".join(text.split())


def split_list(text: str, *, commas: bool) -> tuple[str, ...]:
    """Items typed one per line (or comma-separated), without list bullets, blanks or repeats."""
    parts = re.split(r"[,\n]" if commas else r"\n", text)
    items: dict[str, str] = {}
    for part in parts:
        item = one_line(re.sub(r"^\s*[-*•]\s+", "", part))
        if item and item.casefold() not in items:
            items[item.casefold()] = item
    return tuple(items.values())


def new_draft(today: date) -> GuideDraft:
    return GuideDraft(id="", title="", reviewed=today)


def draft_from_guide(guide: Guide) -> GuideDraft:
    """The fields of a loaded guide: its staff text and its three citizen sections apart."""
    sections = citizen_sections(guide.body)
    return GuideDraft(
        id=guide.id, title=guide.title, reviewed=guide.reviewed, summary=guide.summary, agency=guide.agency,
        title_nn=guide.title_nn or "", title_en=guide.title_en or "", tags=guide.tags,
        category=guide.category or "", requires=guide.requires, on_behalf=guide.on_behalf or "",
        sources=tuple(DraftSource(s.title, s.url, s.read, s.page_date, s.undated) for s in guide.sources),
        facts=tuple(DraftFact(s.key, s.kind, s.label) for s in guide.slots),
        staff_body=staff_markdown(guide.body).strip("\n") + "\n",
        handouts={lang: sections[lang].content.strip("\n") + "\n" for lang in CITIZEN_SECTIONS if lang in sections},
        related=guide.related, review_every=guide.review_every, owner=guide.owner or "",
    )


class _Flow(list[str]):
    """A list written on one line, as the guides write their tags: ``[minid, passord]``."""


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # list items indented under their key, as the guides are written

    def ignore_aliases(self, data: Any) -> bool:
        return True  # the same date twice is written twice, never as a YAML anchor a person can't read


_Dumper.add_representer(_Flow, lambda d, items: d.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=True))


def front_matter(draft: GuideDraft) -> dict[str, Any]:
    """The front matter, in the order of the documented example; empty optional fields are left out, and an
    empty required one too, so the check names it as missing."""
    data: dict[str, Any] = {
        "id": draft.id, "title": one_line(draft.title), "title_nn": one_line(draft.title_nn),
        "title_en": one_line(draft.title_en), "agency": draft.agency, "summary": one_line(draft.summary),
        "tags": _Flow(draft.tags), "category": draft.category, "requires": list(draft.requires),
        "on_behalf": one_line(draft.on_behalf), "related": _Flow(draft.related), "reviewed": draft.reviewed,
        "review_every": draft.review_every if draft.review_every != DEFAULT_REVIEW_MONTHS else None,
        "owner": one_line(draft.owner),
        "local": {f.key.strip(): {"kind": f.kind, "label": one_line(f.label)} for f in draft.facts},
        "sources": [_source(s) for s in draft.sources],
    }
    return {key: value for key, value in data.items() if value not in ("", None, [], {})}


def _source(source: DraftSource) -> dict[str, Any]:
    item: dict[str, Any] = {"title": one_line(source.title), "url": source.url.strip()}
    if source.read is not None:
        item["read"] = source.read
    if source.undated:
        item["page_date"] = "none"
    elif source.page_date is not None:
        item["page_date"] = source.page_date
    return item


def draft_body(draft: GuideDraft) -> str:
    """The staff text, then each citizen section that has text, under its exact heading."""
    parts = [draft.staff_body.strip("\n")]
    for language, heading in CITIZEN_SECTIONS.items():
        text = draft.handouts.get(language, "").strip("\n")
        if text.strip():
            parts.append(f"## {heading}\n{text}")
    return "\n\n".join(part for part in parts if part.strip()) + "\n"


def draft_text(draft: GuideDraft) -> str:
    """The guide file exactly as it is saved (UTF-8, ``\\n`` line ends)."""
    meta = yaml.dump(front_matter(draft), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1 << 16,
                     default_flow_style=False)
    return f"---\n{meta}---\n\n{draft_body(draft)}"


def preview_guide(draft: GuideDraft, path: Path) -> Guide:
    """The guide as staff would see it, made straight from the fields: the window previews the text even while
    a field still has an error that keeps the file from loading."""
    return Guide(
        id=draft.id or "ny-veiledning", title=one_line(draft.title) or "…", agency=draft.agency,
        summary=one_line(draft.summary), tags=draft.tags, reviewed=draft.reviewed,
        sources=tuple(Source(s.title, s.url, s.read, s.page_date, s.undated) for s in draft.sources),
        body=draft_body(draft), path=path, title_nn=one_line(draft.title_nn) or None,
        title_en=one_line(draft.title_en) or None, review_every=draft.review_every, related=draft.related,
        requires=draft.requires, on_behalf=one_line(draft.on_behalf) or None, category=draft.category or None,
        slots=tuple(Slot(f.key.strip(), f.kind, one_line(f.label)) for f in draft.facts if f.key.strip()),
        is_local=True,
    )


_ID_TAKEN = Text("Det finnes allerede en lokal veiledning med id «{id}»: «{title}» ({path}). Gi denne veiledningen "
                 "en annen tittel, eller rediger den som finnes.",
                 "Det finst alt ei lokal rettleiing med id «{id}»: «{title}» ({path}). Gi denne rettleiinga ein "
                 "annan tittel, eller rediger den som finst.",
                 "There is a local guide with the id '{id}' already: \"{title}\" ({path}). Give this guide another "
                 "title, or edit the one there is.")
_FILE_TAKEN = Text("Mappen for lokale veiledninger har allerede en fil som heter {name}, men den kan ikke leses som "
                   "veiledning (se Veiledninger → Veiledningsproblemer). Rett eller fjern den fila, eller gi denne "
                   "veiledningen en annen tittel.",
                   "Mappa for lokale rettleiingar har alt ei fil som heiter {name}, men ho kan ikkje lesast som "
                   "rettleiing (sjå Rettleiingar → Rettleiingsproblem). Rett eller fjern den fila, eller gi denne "
                   "rettleiinga ein annan tittel.",
                   "The folder for local guides has a file called {name} already, but it can't be read as a guide "
                   "(see Guides → Guide problems). Fix or remove that file, or give this guide another title.")


class SaveRefused(TextError, ValueError):
    """Saving here would overwrite another guide; the message says what to do instead. ``str()`` is bokmål;
    :meth:`message` gives nynorsk and English too."""


@dataclass(frozen=True)
class SavePlan:
    path: Path
    replaces: Guide | None  # the national guide this one will replace (ask first), if any


def plan_save(guide_id: str, folder: Path, library: Mapping[str, Guide], editing: Path | None = None) -> SavePlan:
    """Where the guide ``guide_id`` goes. ``editing``: the local file it was loaded from or first saved to."""
    path = editing if editing is not None else folder / f"{guide_id}.md"
    existing = library.get(guide_id)
    if existing is not None and existing.is_local and (editing is None or not _same_file(existing.path, path)):
        raise SaveRefused(_ID_TAKEN.with_values(id=guide_id, title=existing.title, path=existing.path))
    if editing is None and path.exists():
        raise SaveRefused(_FILE_TAKEN.with_values(name=path.name))
    replaces = existing if existing is not None and not existing.is_local else None
    return SavePlan(path, replaces)


def _same_file(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def write_guide_file(path: Path, text: str) -> None:
    """Write the guide atomically, as UTF-8 with ``\\n``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, text)
