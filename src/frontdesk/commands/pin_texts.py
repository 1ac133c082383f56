"""What ``frontdesk pin`` and the PIN check of purge, settings and imports say, in bokmål, nynorsk and English.

A wrong or refused PIN is worded here by its ``PinError.kind``, in the command's language."""

from __future__ import annotations

from frontdesk.i18n import Text

PIN_ERRORS: dict[str, Text] = {
    "no_pin": Text("Ingen leder-PIN er satt. Sett en med «frontdesk pin set».",
                   "Ingen leiar-PIN er sett. Set ein med «frontdesk pin set».",
                   "No supervisor PIN is set. Set one with 'frontdesk pin set'."),
    "locked": Text("For mange feil forsøk. Prøv igjen om {seconds} sekunder.",
                   "For mange feil forsøk. Prøv igjen om {seconds} sekund.",
                   "Too many wrong attempts. Try again in {seconds} seconds."),
    "no_code": Text("Denne leder-PIN-en har ingen gjenopprettingskode (den ble satt med en eldre frontdesk). Se "
                    "docs/install.md, «Leder-PIN», for hva IT kan gjøre.",
                    "Denne leiar-PIN-en har ingen attopprettingskode (han vart sett med ein eldre frontdesk). Sjå "
                    "docs/install.md, «Leder-PIN», for kva IT kan gjere.",
                    "This supervisor PIN has no recovery code (it was set with an older frontdesk). See "
                    "docs/install.md, 'Leder-PIN', for what IT can do."),
    "reset_needed": Text("Den lagrede leder-PIN-en kan ikke leses. Lederhandlinger er låst til PIN-en nullstilles "
                         "med gjenopprettingskoden: «frontdesk pin reset».",
                         "Den lagra leiar-PIN-en kan ikkje lesast. Leiarhandlingar er låste til PIN-en blir "
                         "nullstilt med attopprettingskoden: «frontdesk pin reset».",
                         "The stored supervisor PIN can't be read. Supervisor actions are locked until the PIN is "
                         "reset with the recovery code: 'frontdesk pin reset'."),
    "wrong_code": Text("Feil gjenopprettingskode.", "Feil attopprettingskode.", "Wrong recovery code."),
    "wrong": Text("Feil PIN-kode.", "Feil PIN-kode.", "Wrong PIN."),
    "format": Text("PIN-koden må være minst {digits} sifre.", "PIN-koden må vere minst {digits} siffer.",
                   "The PIN must be at least {digits} digits."),
}

PIN_PROMPT = Text("Leder-PIN", "Leiar-PIN", "Supervisor PIN")
NEW_PIN_PROMPT = Text("Ny leder-PIN", "Ny leiar-PIN", "New supervisor PIN")
CURRENT_PIN_PROMPT = Text("Nåværende leder-PIN", "Noverande leiar-PIN", "Current supervisor PIN")
CODE_PROMPT = Text("Gjenopprettingskode", "Attopprettingskode", "Recovery code")
REPEAT_PROMPT = Text("Gjenta for å bekrefte", "Gjenta for å stadfeste", "Repeat for confirmation")
PINS_DIFFER = Text("De to PIN-kodene er ulike. Prøv igjen.", "Dei to PIN-kodane er ulike. Prøv igjen.",
                   "The two PINs differ. Try again.")
PIN_SAVED = Text("Leder-PIN er lagret.", "Leiar-PIN-en er lagra.", "The supervisor PIN is saved.")
NEW_PIN_SAVED = Text("Ny leder-PIN er lagret.", "Ny leiar-PIN er lagra.", "The new supervisor PIN is saved.")
SHOW_CODE = Text("Gjenopprettingskode (vises bare nå): {code}", "Attopprettingskode (blir berre vist no): {code}",
                 "Recovery code (shown only now): {code}")
KEEP_CODE = Text(
    "Skriv den ned og gi den til IT, eller lås den inn: den trengs for å nullstille PIN-en om den glemmes eller "
    "blir skadet (docs/install.md, «Leder-PIN»).",
    "Skriv han ned og gi han til IT, eller lås han inn: han trengst for å nullstille PIN-en om han blir gløymd "
    "eller skadd (docs/install.md, «Leder-PIN»).",
    "Write it down and give it to IT, or lock it away: it is needed to reset the PIN when it is forgotten or "
    "damaged (docs/install.md, 'Leder-PIN').")
