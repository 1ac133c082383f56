"""``guides check`` on local facts: ``{{…}}`` in guides, ``local:`` declarations, and the values file.

- An unknown key is an error (with a did-you-mean): the guide still shows, but the fact can never be filled.
- A declared key the text never uses, a leftover ``**Lokalt:**`` instruction, and a fact written as a link
  target are warnings.
- In ``lokalt.yaml``: a value no guide (or ``data/local_keys.yaml``) declares any more is *orphaned*, and a
  value that no longer fits its kind is reported; both are kept, never dropped.
"""

from __future__ import annotations

import re
from pathlib import Path

from frontdesk.knowledge import check_texts as says
from frontdesk.knowledge.local_facts import LocalFacts
from frontdesk.knowledge.local_keys import FactCatalogue, slot_names
from frontdesk.knowledge.local_kinds import LocalValueError, check_value
from frontdesk.knowledge.model import Guide, Problem
from frontdesk.knowledge.problem_texts import closest, suggestion

_LOKALT = re.compile(r"\*\*\s*Lokalt\s*:?\s*\*\*:?", re.IGNORECASE)
_LINK_TARGET = re.compile(r"\]\(\s*<?\{\{|href\s*=\s*[\"']?\{\{", re.IGNORECASE)


def slot_problems(guide: Guide, catalogue: FactCatalogue) -> list[Problem]:
    problems: list[Problem] = []

    def at(offset: int) -> int:
        return guide.body_line + guide.body.count("\n", 0, offset)

    used: set[str] = set()
    for offset, name in slot_names(guide.body):
        key = catalogue.resolve(guide, name)
        if key is not None:
            used.add(key)
            continue
        hint = closest(name.strip(), catalogue.names_for(guide))
        problems.append(says.UNKNOWN_FACT.at(guide.path, at(offset), field="body", name=name, fact=_braced(name),
                                             hint=hint or "", suggestion=suggestion(hint and _braced(hint))))
    for slot in guide.slots:
        if f"{guide.id}.{slot.key}" not in used:
            problems.append(says.UNUSED_FACT.at(guide.path, 2, field="local", key=slot.key, fact=_braced(slot.key)))
    for match in _LOKALT.finditer(guide.body):
        problems.append(says.LOKALT_LEFT.at(guide.path, at(match.start()), field="body"))
    for match in _LINK_TARGET.finditer(guide.body):
        problems.append(says.FACT_AS_LINK.at(guide.path, at(match.start()), field="body"))
    return problems


def value_problems(facts: LocalFacts, path: Path) -> list[Problem]:
    """Orphaned values and notes, and values that no longer fit their kind, at their line in the file."""
    values = facts.values
    problems: list[Problem] = []
    for key in facts.orphaned_values():
        problems.append(says.ORPHANED_VALUE.at(path, values.lines.get(key, 1), key=key))
    for guide_id in facts.orphaned_notes():
        problems.append(says.ORPHANED_NOTE.at(path, 1, guide=guide_id))
    for key, value in values.values.items():
        fact = facts.catalogue.get(key)
        if fact is None:
            continue
        try:
            check_value(fact.kind, value)
        except LocalValueError as exc:
            problems.append(says.VALUE_MISFITS_KIND.at(path, values.lines.get(key, 1), key=key, kind=fact.kind,
                                                       reason=exc.text))
    return problems


def _braced(name: str) -> str:
    return "{{" + name + "}}"
