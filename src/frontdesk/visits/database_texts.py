"""What the visit log says when its database can't be used as it is, in bokmål, nynorsk and English.

Each text says what happened and what to do; the file is left as it was. The disk's and folder's refusals
(read-only, full, missing) are :func:`frontdesk.visits.messages.storage_message`; a finished recovery is
:func:`frontdesk.visits.messages.recovery_message`.
"""

from __future__ import annotations

from frontdesk.i18n import Text

DAMAGED = Text(
    "Besøksloggen {path} er skadet ({detail}). Lukk frontdesk, kopier den nyeste filen fra mappen backups over "
    "den, og start på nytt.",
    "Besøksloggen {path} er skadd ({detail}). Lukk frontdesk, kopier den nyaste fila frå mappa backups over ho, "
    "og start på nytt.",
    "The visit log {path} is damaged ({detail}). Close frontdesk, copy the newest file from the backups folder "
    "over it, and start again.")
FILE_MISSING = Text("filen mangler", "fila manglar", "the file is missing")
FILE_EMPTY = Text("filen har ingen besøkslogg", "fila har ingen besøkslogg", "the file holds no visit log")
NOT_RESTORED = Text(
    "{damage} Den kunne ikke gjenopprettes automatisk ({reason}).",
    "{damage} Han kunne ikkje gjenopprettast automatisk ({reason}).",
    "{damage} It could not be restored automatically ({reason}).")
NOT_MOVED = Text(
    "{damage} Den kunne ikke flyttes til side automatisk ({reason}): lukk alle frontdesk-vinduer og prøv igjen.",
    "{damage} Han kunne ikkje flyttast til sides automatisk ({reason}): lukk alle frontdesk-vindauge og prøv "
    "igjen.",
    "{damage} It could not be moved aside automatically ({reason}): close every frontdesk window and try again.")
OPEN_ELSEWHERE = Text(
    "{damage} Den ble ikke flyttet til side automatisk, fordi et annet frontdesk-vindu eller en kommando har den "
    "åpen: lukk alle frontdesk-vinduer og prøv igjen.",
    "{damage} Han vart ikkje flytta til sides automatisk, fordi eit anna frontdesk-vindauge eller ein kommando "
    "har han open: lukk alle frontdesk-vindauge og prøv igjen.",
    "{damage} It was not moved aside automatically, because another frontdesk window or command still has it "
    "open: close every frontdesk window and try again.")
NOT_PUT_IN_PLACE = Text(
    "Den gjenopprettede besøksloggen kunne ikke settes på plass ({reason}). Lukk alle frontdesk-vinduer og start "
    "frontdesk på nytt: da blir gjenopprettingen fullført.",
    "Den gjenoppretta besøksloggen kunne ikkje setjast på plass ({reason}). Lukk alle frontdesk-vindauge og start "
    "frontdesk på nytt: då vert gjenopprettinga fullført.",
    "The restored visit log could not be put in place ({reason}). Close every frontdesk window and start "
    "frontdesk again: it finishes the restore.")
REPAIRING = Text(
    "En annen frontdesk reparerer besøksloggen akkurat nå. Vent litt og prøv igjen.",
    "Ein annan frontdesk reparerer besøksloggen akkurat no. Vent litt og prøv igjen.",
    "Another frontdesk is repairing the visit log right now. Wait a moment and try again.")
NEWER_VERSION = Text(
    "Besøksloggen ble skrevet av en nyere versjon av frontdesk (migrering {migration}). Oppdater frontdesk på "
    "denne maskinen; dataene er ikke rørt.",
    "Besøksloggen vart skriven av ein nyare versjon av frontdesk (migrering {migration}). Oppdater frontdesk på "
    "denne maskina; dataa er ikkje rørte.",
    "The visit log was written by a newer version of frontdesk (migration {migration}). Update frontdesk on this "
    "computer; the data has not been touched.")
OLDER_VERSION = Text(
    "Besøksloggen {path} ble skrevet av en eldre frontdesk og må oppdateres først, og det krever skrivetilgang til "
    "mappen. Kjør én gang en frontdesk-kommando som registrerer besøk, med skrivetilgang.",
    "Besøksloggen {path} vart skriven av ein eldre frontdesk og må oppdaterast først, og det krev skrivetilgang "
    "til mappa. Køyr éin gong ein frontdesk-kommando som registrerer besøk, med skrivetilgang.",
    "The visit log {path} was written by an older frontdesk and must be brought up to date first, which needs "
    "write access to its folder. Run any frontdesk command that logs visits, with write access, once.")
CANT_OPEN = Text(
    "Besøksloggen {path} kan ikke åpnes ({reason}). Hent tilbake den nyeste filen fra mappen backups.",
    "Besøksloggen {path} kan ikkje opnast ({reason}). Hent tilbake den nyaste fila frå mappa backups.",
    "The visit log {path} can't be opened ({reason}). Restore the newest file from the backups folder.")
NO_LOG_YET = Text(
    "Det finnes ingen besøkslogg i {path} ennå: ingenting er registrert på denne maskinen.",
    "Det finst ingen besøkslogg i {path} enno: ingenting er registrert på denne maskina.",
    "There is no visit log at {path} yet: nothing has been logged on this PC.")
