"""What the editorial checks say (a guide that loads, but should be better), in bokmål, nynorsk and English.

The texts about reading a file and its fields, and the :class:`ProblemText` they all are, are in
:mod:`problem_texts`.
"""

from __future__ import annotations

from frontdesk.i18n import Text
from frontdesk.knowledge.model import Severity
from frontdesk.knowledge.problem_texts import ProblemText

WARNING, NOTICE = Severity.WARNING, Severity.NOTICE

# -- review and sources (checks.py) -----------------------------------------------------------------------
REVIEW_OVERDUE = ProblemText("review-overdue", Text(
    "gjennomgangen er på overtid: gjennomgått {reviewed}, skulle vært gjort {due}",
    "gjennomgangen er på overtid: gjennomgått {reviewed}, skulle vore gjord {due}",
    "review overdue: reviewed {reviewed}, due {due}"), WARNING)
SOURCE_UNOFFICIAL = ProblemText("source-unofficial", Text(
    "kilden «{title}» er ikke på et offentlig domene: {url}",
    "kjelda «{title}» er ikkje på eit offentleg domene: {url}",
    "source '{title}' is not on an official domain: {url}"), WARNING)
SOURCE_NO_READ = ProblemText("source-no-read", Text(
    "kilde {number} «{title}» mangler «read» (datoen siden ble lest for denne veiledningen)",
    "kjelde {number} «{title}» manglar «read» (datoen sida vart lesen for denne rettleiinga)",
    "source {number} '{title}' has no 'read' date (when the page was read for this guide)"), WARNING)
SOURCE_NO_PAGE_DATE = ProblemText("source-no-page-date", Text(
    "kilde {number} «{title}» mangler «page_date» (datoen siden selv har, eller «none»)",
    "kjelde {number} «{title}» manglar «page_date» (datoen sida sjølv har, eller «none»)",
    "source {number} '{title}' has no 'page_date' (the date the page carries, or 'none')"), WARNING)
NO_OFFICIAL_SOURCE = ProblemText("no-official-source", Text(
    "ingen kilde er på et offentlig domene: vis til etatens egen side",
    "inga kjelde er på eit offentleg domene: vis til etaten si eiga side",
    "no source on an official domain: cite the agency's own page"), WARNING)
NEEDS_CHECK = ProblemText("needs-check", Text(
    "bør kontrolleres: {reasons}", "bør kontrollerast: {reasons}", "needs a check: {reasons}"), NOTICE)

# -- the text (checks.py) ---------------------------------------------------------------------------------
LINK_UNOFFICIAL = ProblemText("link-unofficial", Text(
    "lenke utenfor de offentlige domenene: {url}", "lenkje utanfor dei offentlege domena: {url}",
    "link outside the official domains: {url}"), WARNING)
MISSING_SECTION = ProblemText("missing-section", Text(
    "mangler avsnittet «## {heading}»", "manglar avsnittet «## {heading}»", "missing section '## {heading}'"), WARNING)
MISSING_HANDOUT = ProblemText("missing-handout", Text(
    "mangler avsnittet «## {heading}» (utskriften til innbyggeren)",
    "manglar avsnittet «## {heading}» (utskrifta til innbyggjaren)",
    "missing section '## {heading}' (the citizen's handout)"), WARNING)
HANDOUT_THIRD_PERSON = ProblemText("handout-third-person", Text(
    "«## {heading}» snakker om innbyggeren («{word}»): skriv til dem, med «du» / «you»",
    "«## {heading}» snakkar om innbyggjaren («{word}»): skriv til dei, med «du» / «you»",
    "'## {heading}' speaks of the citizen ('{word}'): write to them, with 'du' / 'you'"), WARNING)
MISSING_HANDOUT_TITLE = ProblemText("missing-handout-title", Text(
    "mangler «{key}»: utskriften på {for_language} trenger tittelen",
    "manglar «{key}»: utskrifta på {for_language} treng tittelen",
    "missing '{key}': the {for_language} handout needs its title"), WARNING)
# The language a handout title is for, as the message above names it.
TITLE_LANGUAGE = {"title_nn": Text("nynorsk", "nynorsk", "nynorsk"),
                  "title_en": Text("engelsk", "engelsk", "English")}

# -- the library (checks.py) ------------------------------------------------------------------------------
REPLACES_BUNDLED = ProblemText("replaces-bundled", Text(
    "denne lokale veiledningen erstatter den innebygde veiledningen «{id}»",
    "denne lokale rettleiinga erstattar den innebygde rettleiinga «{id}»",
    "this local guide replaces the bundled guide '{id}'"), NOTICE)
DUPLICATE_TITLE = ProblemText("duplicate-title", Text(
    "tittelen «{title}» brukes også av {others}", "tittelen «{title}» blir òg brukt av {others}",
    "title '{title}' is also used by {others}"), WARNING)

# -- local facts (local_checks.py, commands/guides.py) ------------------------------------------------------
UNKNOWN_FACT = ProblemText("unknown-fact", Text(
    "ukjent lokal opplysning «{fact}»{suggestion}; nøkler for hele senteret står i data/local_keys.yaml, "
    "veiledningens egne under «local:»",
    "ukjend lokal opplysning «{fact}»{suggestion}; nøklar for heile senteret står i data/local_keys.yaml, "
    "rettleiinga sine eigne under «local:»",
    "unknown local fact '{fact}'{suggestion}; centre-wide keys are in data/local_keys.yaml, a guide's own go "
    "under 'local:'"))
UNUSED_FACT = ProblemText("unused-fact", Text(
    "den lokale opplysningen «{key}» står under «local:», men teksten bruker aldri {fact}",
    "den lokale opplysninga «{key}» står under «local:», men teksten brukar aldri {fact}",
    "local fact '{key}' is declared but the text never uses {fact}"), WARNING)
LOKALT_LEFT = ProblemText("lokalt-instruction", Text(
    "en «**Lokalt:**»-instruks står igjen i teksten: gjør den til en lokal opplysning ({{{{nøkkel}}}}) som "
    "senteret fyller inn",
    "ein «**Lokalt:**»-instruks står att i teksten: gjer han til ei lokal opplysning ({{{{nøkkel}}}}) som "
    "senteret fyller inn",
    "a '**Lokalt:**' instruction is left in the text: make it a local fact ({{{{key}}}}) that the centre "
    "fills in"), WARNING)
FACT_AS_LINK = ProblemText("fact-as-link", Text(
    "en lokal opplysning står som lenkemål: skriv opplysningen for seg selv; en nettadresse blir lenke av seg "
    "selv",
    "ei lokal opplysning står som lenkjemål: skriv opplysninga for seg sjølv; ei nettadresse blir lenkje av seg "
    "sjølv",
    "a local fact is written as a link target: write the fact on its own; a url fact becomes a link by itself"),
    WARNING)
ORPHANED_VALUE = ProblemText("orphaned-value", Text(
    "verdien for «{key}» er foreldreløs: ingen veiledning eller felles nøkkel bruker den lenger; den beholdes "
    "(fjern den med: frontdesk local unset {key})",
    "verdien for «{key}» er foreldrelaus: inga rettleiing eller felles nøkkel brukar han lenger; han blir "
    "halden på (fjern han med: frontdesk local unset {key})",
    "the value for '{key}' is orphaned: no guide or centre-wide key declares it any more; it is kept "
    "(remove it with: frontdesk local unset {key})"), WARNING)
ORPHANED_NOTE = ProblemText("orphaned-note", Text(
    "notatet for «{guide}» er foreldreløst: det finnes ingen slik veiledning lenger; det beholdes "
    "(fjern det med: frontdesk local note {guide} --clear)",
    "notatet for «{guide}» er foreldrelaust: det finst inga slik rettleiing lenger; det blir halde på "
    "(fjern det med: frontdesk local note {guide} --clear)",
    "the note for '{guide}' is orphaned: there is no such guide any more; it is kept "
    "(remove it with: frontdesk local note {guide} --clear)"), WARNING)
VALUE_MISFITS_KIND = ProblemText("value-misfits-kind", Text(
    "verdien for «{key}» passer ikke til typen ({kind}): {reason}",
    "verdien for «{key}» passar ikkje til typen ({kind}): {reason}",
    "the value for '{key}' does not fit its kind ({kind}): {reason}"), WARNING)
LOCAL_VALUES_UNREADABLE = ProblemText("local-values-unreadable", Text(
    "de lokale opplysningene ble ikke lest: {reason}", "dei lokale opplysningane vart ikkje lesne: {reason}",
    "the local facts were not read: {reason}"))
