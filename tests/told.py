"""Checking what an error told in three languages says, in one of them (English unless asked)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from frontdesk.i18n import TextError


@contextmanager
def raises_told(kind: type[TextError], pattern: str, language: str = "en") -> Iterator[pytest.ExceptionInfo[TextError]]:
    """Like ``pytest.raises(kind, match=pattern)``, on the message in ``language``."""
    with pytest.raises(kind) as caught:
        yield caught
    told = caught.value.message(language)
    assert re.search(pattern, told), f"{pattern!r} not in {told!r}"
