"""The rotating log file for IT support.

It lives in the platformdirs log folder (or ``<home>/logs`` with ``--home``). Only events go in: start-up,
guide problems, errors with tracebacks. Never search text, never anything a user typed: queries can contain a
citizen's details, so no code path logs them.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE_NAME = "frontdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Attach a rotating file handler to the ``frontdesk`` logger. Returns the log file, or None when the
    folder can't be written (the app keeps working without a log file)."""
    logger = logging.getLogger("frontdesk")
    logger.setLevel(level)
    path = log_dir / LOG_FILE_NAME
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return path
