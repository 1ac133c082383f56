"""Writing a file so that a reader, a crash or a full disk never sees half of it.

One way for every file frontdesk writes whole (local facts, a local guide, station files, exports): a hidden
temporary file beside the target, flushed to disk, then renamed over it. It sits at the top of the package
because the knowledge base and the visit log both use it and never import each other.
"""

from __future__ import annotations

import os
import secrets
from contextlib import suppress
from pathlib import Path

PARTIAL = ".partial"  # a writer that died leaves ".<name>.<random>.partial": cleaners look for this suffix


def write_atomic(path: Path, data: bytes) -> os.stat_result:
    """Write ``data`` to ``path`` through a temporary file and a rename; return the new file's status.

    The temporary file is made with the usual permissions (not mkstemp's owner-only ones): on a shared folder
    the other PCs must be able to read what this one writes."""
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}{PARTIAL}")
    try:
        with open(partial, "xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except BaseException:
        with suppress(OSError):
            partial.unlink()
        raise
    return path.stat()


def write_text_atomic(path: Path, text: str) -> os.stat_result:
    """:func:`write_atomic` for text: UTF-8 with ``\\n`` line ends on every platform."""
    return write_atomic(path, text.encode("utf-8"))


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles to sync, NTFS journals them)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
