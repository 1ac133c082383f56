"""What the checks of a municipality's own lists say: ``categories.yaml`` (visit categories) and
``event_kinds.yaml`` (kinds of event), in bokmål, nynorsk and English.

Each problem names the file and the entry, and what to write instead. A refused id is named by its line or
position, never repeated: it may be personal data. Technical names (``label_nb``, ``replaced_by``) stay as the
file writes them.
"""

from __future__ import annotations

from pathlib import Path

from frontdesk.i18n import Text
from frontdesk.visits.privacy import RefusedText

CANNOT_READ = Text("{path}: fila kan ikke leses: {reason}", "{path}: fila kan ikkje lesast: {reason}",
                   "{path}: cannot read: {reason}")
NOT_YAML = Text("{path}: fila kan ikke leses: ikke gyldig YAML{place}",
                "{path}: fila kan ikkje lesast: ikkje gyldig YAML{place}",
                "{path}: cannot read: not valid YAML{place}")
AT_LINE = Text(" på linje {line}, kolonne {column}", " på linje {line}, kolonne {column}",
               " at line {line}, column {column}")
NOT_CATEGORIES = Text(
    "{path}: ikke en kategorifil med schema 1 (se docs/categories.md)",
    "{path}: ikkje ei kategorifil med schema 1 (sjå docs/categories.md)",
    "{path}: not a categories file of schema 1 (see docs/categories.md)")
NOT_EVENT_KINDS = Text(
    "{path}: ikke en fil med arrangementstyper (schema 1, med «kinds»; se docs/events.md)",
    "{path}: ikkje ei fil med arrangementstypar (schema 1, med «kinds»; sjå docs/events.md)",
    "{path}: not an event kinds file of schema 1 with a 'kinds' mapping (see docs/events.md)")
NOT_MAPPING = Text("{path}: «{section}» må være en oppslagsliste (nøkkel: verdi)",
                   "{path}: «{section}» må vere ei oppslagsliste (nøkkel: verdi)",
                   "{path}: '{section}' must be a mapping")

# Where in the file: an entry named by its id, or (when the id is refused) by its line or position.
GROUP = Text("gruppa «{id}»", "gruppa «{id}»", "group '{id}'")
CATEGORY = Text("kategorien «{id}»", "kategorien «{id}»", "category '{id}'")
LINE = Text("linje {line}", "linje {line}", "line {line}")
ENTRY_UNDER = Text("en oppføring under «{section}»", "ei oppføring under «{section}»", "an entry under '{section}'")
KIND_NUMBER = Text("arrangementstype nr. {number}", "arrangementstype nr. {number}", "kind {number}")
KIND_NAMED = Text("arrangementstype nr. {number} («{id}»)", "arrangementstype nr. {number} («{id}»)",
                  "kind {number} ('{id}')")

AT = Text("{path}: {where}: {problem}", "{path}: {where}: {problem}", "{path}: {where}: {problem}")
SKIPPED = Text("{reason} Oppføringen er hoppet over.", "{reason} Oppføringa er hoppa over.",
               "{reason} The entry is skipped.")  # after a privacy reason, a sentence of its own
SKIPPED_AFTER = Text("{reason}. Oppføringen er hoppet over.", "{reason}. Oppføringa er hoppa over.",
                     "{reason}. The entry is skipped.")
NOT_TEXT = Text("«{key}» må være en tekst som ikke er tom", "«{key}» må vere ein tekst som ikkje er tom",
                "'{key}' must be a non-empty text")
NOT_DATE = Text("«{key}» må være en dato skrevet ÅÅÅÅ-MM-DD", "«{key}» må vere ein dato skriven ÅÅÅÅ-MM-DD",
                "'{key}' must be a date YYYY-MM-DD")
NOT_ONE_OF = Text("«{key}» må være en av {choices}", "«{key}» må vere ein av {choices}",
                  "{key} must be one of {choices}")
ENTRY_NOT_MAPPING = Text("må være en oppslagsliste med form og navn",
                         "må vere ei oppslagsliste med form og namn",
                         "must be a mapping with form and labels")
ID_USED = Text("id-en er allerede brukt (en id er unik og brukes aldri på nytt)",
               "id-en er allereie brukt (ein id er unik og vert aldri brukt på nytt)",
               "the id is already used (ids are unique and never reused)")
UNKNOWN_GROUP = Text("ukjent gruppe «{group}» (legg den til under «groups»)",
                     "ukjend gruppe «{group}» (legg ho til under «groups»)",
                     "unknown group '{group}' (add it under 'groups')")
UNKNOWN_KEY = Text("ukjent nøkkel {key} (tillatt: {allowed})", "ukjend nøkkel {key} (tillate: {allowed})",
                   "unknown key {key} (allowed: {allowed})")
HIDDEN_KEY = Text("(vises ikke: den ser ut som personopplysninger)",
                  "(visest ikkje: han ser ut som personopplysningar)",
                  "(not shown: it looks like personal data)")
NOT_A_CATEGORY = Text("replaced_by «{target}» er ikke en kategori-id",
                      "replaced_by «{target}» er ikkje ein kategori-id",
                      "replaced_by '{target}' is not a category id")
LOOP = Text("replaced_by går i ring", "replaced_by går i ring", "replaced_by forms a loop")


def quoted(key: str) -> Text:
    """A key named in a message, quoted as each language quotes."""
    return Text(f"«{key}»", f"«{key}»", f"'{key}'")


def refused(error: RefusedText) -> Text:
    """Which field a refused text was in and why, without the text."""
    return Text.build(error.reason)


def at(path: Path, where: Text, problem: Text) -> Text:
    """``problem`` of the entry ``where`` in the file ``path``."""
    return AT.with_values(path=path, where=where, problem=problem)
