"""The supervisor PIN that guards purge, retention, taxonomy changes and guide-pack import.

The PIN is kept in the visit log's ``supervisor`` table as a salted scrypt hash, beside the hash of a one-time
recovery code that is shown once when the PIN is first set. Deleting or damaging one small file therefore
can't turn the PIN off, and a restored backup brings it back with the visits. Once a PIN has been set, a hash
that can't be read locks every supervisor action until IT resets the PIN with the recovery code.

Wrong PINs are rate-limited: after a few misses every attempt is refused for a while, doubling the wait each
time, and the count survives a restart. Checking a PIN and recording the answer is one write transaction: the
log's write lock (a file lock SQLite takes on Linux and Windows alike) admits one check at a time, so guesses
made in parallel processes are evaluated one after another and a lockout stops all but the allowed few.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import math
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from frontdesk.visits.database import transaction

log = logging.getLogger("frontdesk.supervisor")

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
FREE_ATTEMPTS = 3
FIRST_LOCKOUT_SECONDS = 30.0
MAX_LOCKOUT_SECONDS = 15 * 60.0
MIN_PIN_LENGTH = 4
# Recovery codes: 16 characters without look-alikes (0/O, 1/I), in groups of four; 80 random bits.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 4


class PinError(Exception):
    """Wrong, missing, badly formed or rate-limited PIN. ``str()`` is a bokmål message ready for the user;
    ``kind`` and ``seconds`` let a UI word it in its own language. Kinds: ``no_pin``, ``format``, ``wrong``,
    ``locked`` (wait ``seconds``), ``reset_needed`` (the stored PIN can't be read: reset with the recovery
    code), ``wrong_code`` and ``no_code`` (this PIN has no recovery code)."""

    def __init__(self, kind: str, message: str, seconds: int = 0) -> None:
        super().__init__(message)
        self.kind = kind
        self.seconds = seconds


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    encode = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = hashlib.scrypt(pin.encode("utf-8"), salt=base64.b64decode(salt, validate=True), n=int(n),
                                r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def usable_hash(stored: object) -> bool:
    """True when ``stored`` has the shape of a hash made by :func:`hash_pin` (it may still not match)."""
    if not isinstance(stored, str):
        return False
    parts = stored.split("$")
    return len(parts) == 6 and parts[0] == "scrypt" and all(part.isdigit() for part in parts[1:4])


def new_recovery_code() -> str:
    groups = ("".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(CODE_GROUPS))
    return "-".join(groups)


def normalise_code(code: str) -> str:
    """Upper case, without the dashes and spaces people type or leave out."""
    return "".join(code.split()).replace("-", "").upper()


@dataclass
class _State:
    pin_hash: str
    recovery_hash: str | None
    failures: int
    locked_until: float


class SupervisorGuard:
    """The PIN check for one open visit log (``db``, the store's connection).

    ``legacy_file`` is the ``supervisor.json`` of earlier versions: its PIN is moved into the log once (a
    damaged one counts as a PIN that can't be read), and the file removed."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time, *,
                 legacy_file: Path | None = None) -> None:
        self._db = db
        self._clock = clock
        if legacy_file is not None:
            self._adopt(legacy_file)

    def _load(self) -> _State | None:
        row = self._db.execute(
            "SELECT pin_hash, recovery_hash, failures, locked_until FROM supervisor WHERE id = 1").fetchone()
        if row is None:
            return None
        pin_hash, recovery_hash, failures, locked_until = row
        try:
            count, until = int(failures), float(locked_until)
        except (TypeError, ValueError):  # unreadable counters must not unlock anything
            count, until = FREE_ATTEMPTS, self._clock() + MAX_LOCKOUT_SECONDS
        return _State(str(pin_hash or ""), recovery_hash if usable_hash(recovery_hash) else None, count, until)

    @property
    def has_pin(self) -> bool:
        """True once a PIN has been set, also when its hash can no longer be read (then it locks)."""
        return self._load() is not None

    def seconds_locked(self) -> float:
        state = self._load()
        return max(0.0, state.locked_until - self._clock()) if state is not None else 0.0

    def verify(self, pin: str) -> None:
        """Raise :class:`PinError` unless ``pin`` is right and no lockout is running."""
        self._check(pin, recovery=False)

    def set_pin(self, new_pin: str, current_pin: str | None = None) -> str | None:
        """Set the first PIN, or change it (which needs the current one). Returns the new recovery code when one
        was made (the first PIN, or a PIN that had none), to be shown once; else None."""
        _check_format(new_pin)
        code = new_recovery_code()

        def store(state: _State | None) -> str | None:
            fresh = state is None or state.recovery_hash is None
            self._write(hash_pin(new_pin), hash_pin(normalise_code(code)) if fresh else None)
            return code if fresh else None

        if not self.has_pin:
            with transaction(self._db):
                if self._load() is None:  # nobody set one meanwhile
                    return store(None)
        return self._check(current_pin or "", recovery=False, then=store)

    def reset_pin(self, recovery_code: str, new_pin: str) -> str:
        """Set a new PIN with the recovery code (for IT, when the PIN is forgotten or can't be read). The code is
        used up: returns the next one, to be shown once."""
        _check_format(new_pin)
        code = new_recovery_code()

        def store(state: _State | None) -> str:
            self._write(hash_pin(new_pin), hash_pin(normalise_code(code)))
            return code

        result = self._check(normalise_code(recovery_code), recovery=True, then=store)
        log.warning("supervisor PIN reset with the recovery code")
        assert result is not None
        return result

    def _check(self, secret: str, *, recovery: bool,
               then: Callable[[_State | None], str | None] | None = None) -> str | None:
        """Check ``secret`` and record the answer in one transaction; on success run ``then`` inside it."""
        with transaction(self._db):
            state = self._load()
            if state is None:
                raise PinError("no_pin", "Ingen leder-PIN er satt. Sett en med «frontdesk pin set».")
            wait = state.locked_until - self._clock()
            if wait > 0:
                seconds = math.ceil(wait)
                raise PinError("locked", f"For mange feil forsøk. Prøv igjen om {seconds} sekunder.", seconds)
            stored = state.recovery_hash if recovery else state.pin_hash
            if recovery and stored is None:
                raise PinError("no_code", "Denne leder-PIN-en har ingen gjenopprettingskode (den ble satt med en "
                               "eldre frontdesk). Se docs/install.md, «Leder-PIN», for hva IT kan gjøre.")
            if not recovery and not usable_hash(stored):
                raise PinError("reset_needed", "Den lagrede leder-PIN-en kan ikke leses. Lederhandlinger er låst "
                               "til PIN-en nullstilles med gjenopprettingskoden: «frontdesk pin reset».")
            if stored is not None and pin_matches(secret, stored):
                if state.failures or state.locked_until:
                    self._db.execute("UPDATE supervisor SET failures = 0, locked_until = 0 WHERE id = 1")
                return then(state) if then is not None else None
            failures = state.failures + 1
            extra = failures - FREE_ATTEMPTS
            locked_until = self._clock() + min(MAX_LOCKOUT_SECONDS, FIRST_LOCKOUT_SECONDS * 2**extra) \
                if extra >= 0 else state.locked_until
            self._db.execute("UPDATE supervisor SET failures = ?, locked_until = ? WHERE id = 1",
                             [failures, locked_until])
        if recovery:
            raise PinError("wrong_code", "Feil gjenopprettingskode.")
        raise PinError("wrong", "Feil PIN-kode.")

    def _write(self, pin_hash: str, recovery_hash: str | None) -> None:
        """Inside a transaction: the new PIN (and recovery code, when given), with a clean failure count."""
        self._db.execute("INSERT INTO supervisor (id, pin_hash, failures, locked_until) VALUES (1, ?, 0, 0) "
                         "ON CONFLICT (id) DO UPDATE SET pin_hash = excluded.pin_hash, failures = 0, "
                         "locked_until = 0", [pin_hash])
        if recovery_hash is not None:
            self._db.execute("UPDATE supervisor SET recovery_hash = ? WHERE id = 1", [recovery_hash])

    def _adopt(self, legacy_file: Path) -> None:
        """Move the PIN of an earlier version's file into the log. The file exists only once a PIN was set, so
        an empty or damaged one becomes a PIN that can't be read (locked), never no PIN."""
        try:
            text = legacy_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except OSError as exc:
            text = ""
            log.warning("the old supervisor PIN file can't be read (%s)", exc.strerror)
        try:
            raw = json.loads(text)
            pin_hash = str(raw.get("pin_hash") or "")
            failures, locked_until = int(raw.get("failures", 0)), float(raw.get("locked_until", 0.0))
        except (ValueError, AttributeError, TypeError):
            pin_hash, failures, locked_until = "", FREE_ATTEMPTS, 0.0
        with transaction(self._db):
            if self._load() is None:
                self._db.execute("INSERT INTO supervisor (id, pin_hash, failures, locked_until) VALUES (1, ?, ?, ?)",
                                 [pin_hash, failures, locked_until])
        try:
            legacy_file.unlink()
        except OSError as exc:
            log.info("the old supervisor PIN file could not be removed: %s", exc.strerror)
        log.info("supervisor PIN moved from %s into the visit log", legacy_file.name)


def _check_format(pin: str) -> None:
    if not pin.isdigit() or len(pin) < MIN_PIN_LENGTH:
        raise PinError("format", f"PIN-koden må være minst {MIN_PIN_LENGTH} sifre.")
