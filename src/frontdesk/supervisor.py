"""The supervisor PIN that guards purge, retention, taxonomy changes and guide-pack import.

The PIN is stored only as a salted scrypt hash. Wrong PINs are rate-limited: after a few misses the guard
refuses every attempt for a while, doubling the wait each time, and the count survives a restart (it lives in
the same small JSON file as the hash), so restarting the app doesn't reset it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
FREE_ATTEMPTS = 3
FIRST_LOCKOUT_SECONDS = 30.0
MAX_LOCKOUT_SECONDS = 15 * 60.0
MIN_PIN_LENGTH = 4


class PinError(Exception):
    """Wrong, missing, badly formed or rate-limited PIN. ``str()`` is a bokmål message ready for the user;
    ``kind`` (``no_pin``, ``format``, ``wrong``, ``locked``) and ``seconds`` let a UI word it in its own
    language."""

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
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(pin.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                                dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@dataclass
class _State:
    pin_hash: str | None = None
    failures: int = 0
    locked_until: float = 0.0


class SupervisorGuard:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock

    def _load(self) -> _State:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return _State(raw.get("pin_hash"), int(raw.get("failures", 0)), float(raw.get("locked_until", 0.0)))
        except FileNotFoundError:
            return _State()
        except (OSError, ValueError, AttributeError):
            # A damaged file must not unlock anything: behave as locked for the longest wait.
            return _State(pin_hash="", failures=FREE_ATTEMPTS, locked_until=self._clock() + MAX_LOCKOUT_SECONDS)

    def _save(self, state: _State) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(state.__dict__), encoding="utf-8")
        os.replace(temporary, self.path)

    @property
    def has_pin(self) -> bool:
        return bool(self._load().pin_hash)

    def set_pin(self, new_pin: str, current_pin: str | None = None) -> None:
        """Set the first PIN, or change it (which needs the current one)."""
        if not new_pin.isdigit() or len(new_pin) < MIN_PIN_LENGTH:
            raise PinError("format", f"PIN-koden må være minst {MIN_PIN_LENGTH} sifre.")
        if self.has_pin:
            self.verify(current_pin or "")
        self._save(_State(pin_hash=hash_pin(new_pin)))

    def seconds_locked(self) -> float:
        return max(0.0, self._load().locked_until - self._clock())

    def verify(self, pin: str) -> None:
        """Raise :class:`PinError` unless ``pin`` is right and no lockout is running."""
        state = self._load()
        if not state.pin_hash:
            raise PinError("no_pin", "Ingen leder-PIN er satt. Sett en med «frontdesk pin set».")
        wait = state.locked_until - self._clock()
        if wait > 0:
            seconds = math.ceil(wait)
            raise PinError("locked", f"For mange feil forsøk. Prøv igjen om {seconds} sekunder.", seconds)
        if pin_matches(pin, state.pin_hash):
            if state.failures:
                self._save(_State(pin_hash=state.pin_hash))
            return
        state.failures += 1
        extra = state.failures - FREE_ATTEMPTS
        if extra >= 0:
            state.locked_until = self._clock() + min(MAX_LOCKOUT_SECONDS, FIRST_LOCKOUT_SECONDS * 2**extra)
        self._save(state)
        raise PinError("wrong", "Feil PIN-kode.")
