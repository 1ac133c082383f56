"""``guides check`` on local facts: ``{{…}}`` in guides, ``local:`` declarations, and the values file.

- An unknown key is an error (with a did-you-mean): the guide still shows, but the fact can never be filled.
- A declared key the text never uses, a leftover ``**Lokalt:**`` instruction, and a fact written as a link
  target are warnings.
- In ``lokalt.yaml``: a value no guide (or ``data/local_keys.yaml``) declares any more is *orphaned*, and a
  value that no longer fits its kind is reported; both are kept, never dropped.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from frontdesk.knowledge.local_facts import LocalFacts
from frontdesk.knowledge.local_keys import FactCatalogue, slot_names
from frontdesk.knowledge.local_kinds import LocalValueError, check_value
from frontdesk.knowledge.model import Guide, Problem, Severity

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
        hint = difflib.get_close_matches(name.strip(), catalogue.names_for(guide), n=1)
        suggestion = f" (did you mean '{{{{{hint[0]}}}}}'?)" if hint else ""
        problems.append(Problem(guide.path, at(offset), f"unknown local fact '{{{{{name}}}}}'{suggestion}; "
                                "centre-wide keys are in data/local_keys.yaml, a guide's own go under 'local:'"))
    for slot in guide.slots:
        if f"{guide.id}.{slot.key}" not in used:
            problems.append(Problem(guide.path, 2, f"local fact '{slot.key}' is declared but the text never uses "
                                    f"{{{{{slot.key}}}}}", Severity.WARNING))
    for match in _LOKALT.finditer(guide.body):
        problems.append(Problem(guide.path, at(match.start()), "a '**Lokalt:**' instruction is left in the text: "
                                "make it a local fact ({{key}}) that the centre fills in", Severity.WARNING))
    for match in _LINK_TARGET.finditer(guide.body):
        problems.append(Problem(guide.path, at(match.start()), "a local fact is written as a link target: write "
                                "the fact on its own; a url fact becomes a link by itself", Severity.WARNING))
    return problems


def value_problems(facts: LocalFacts, path: Path) -> list[Problem]:
    """Orphaned values and notes, and values that no longer fit their kind, at their line in the file."""
    values = facts.values
    problems: list[Problem] = []
    for key in facts.orphaned_values():
        problems.append(Problem(path, values.lines.get(key, 1), f"the value for '{key}' is orphaned: no guide or "
                                "centre-wide key declares it any more; it is kept (remove it with: frontdesk "
                                f"local unset {key})", Severity.WARNING))
    for guide_id in facts.orphaned_notes():
        problems.append(Problem(path, 1, f"the note for '{guide_id}' is orphaned: there is no such guide any "
                                f"more; it is kept (remove it with: frontdesk local note {guide_id} --clear)",
                                Severity.WARNING))
    for key, value in values.values.items():
        fact = facts.catalogue.get(key)
        if fact is None:
            continue
        try:
            check_value(fact.kind, value)
        except LocalValueError as exc:
            problems.append(Problem(path, values.lines.get(key, 1), f"the value for '{key}' does not fit its "
                                    f"kind ({fact.kind}): {exc}", Severity.WARNING))
    return problems
