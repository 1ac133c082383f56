"""What ``frontdesk visits push`` says, in bokmål, nynorsk and English. The central database's own refusals
(:class:`frontdesk.central.connection.CentralError`) are English, as PostgreSQL's words in them are."""

from __future__ import annotations

from frontdesk.i18n import Text

WHICH_DATABASE = Text("Si hvilken database: --to service=NAVN.", "Sei kva database: --to service=NAMN.",
                      "Say which database: --to service=NAME.")
WHERE_TO = Text("Si hvor det skal sendes: --to service=NAVN, eller sett central_service.",
                "Sei kvar det skal sendast: --to service=NAMN, eller set central_service.",
                "Say where to push: --to service=NAME, or set central_service.")
SCHEMA_APPLIED = Text("{target}: {steps}.", "{target}: {steps}.", "{target}: {steps}.")
SCHEMA_CURRENT = Text("{target}: frontdesk-skjemaet er oppdatert.", "{target}: frontdesk-skjemaet er oppdatert.",
                      "{target}: the frontdesk schema is up to date.")
PUSHED = Text("{count} besøk fra {centre} sendt til {target}: {added} nye, {there} var der fra før.",
              "{count} besøk frå {centre} sende til {target}: {added} nye, {there} var der frå før.",
              "{count} visits from {centre} pushed to {target}: {added} new, {there} already there.")
PUSHED_EVENTS = Text("{count} arrangementer: {added} nye, {there} var der fra før.",
                     "{count} arrangement: {added} nye, {there} var der frå før.",
                     "{count} events: {added} new, {there} already there.")
WAITING = Text("{what} logget de siste 10 minuttene kan fortsatt angres: de sendes neste gang.",
               "{what} logga dei siste 10 minutta kan framleis angrast: dei blir sende neste gong.",
               "{what} logged in the last 10 minutes can still be undone: they go with the next push.")
WAITING_VISITS = Text("{count} besøk", "{count} besøk", "{count} visits")
WAITING_EVENTS = Text("{count} arrangementer", "{count} arrangement", "{count} events")
AND = Text(" og ", " og ", " and ")
