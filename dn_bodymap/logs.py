"""The program's log: a rotating file in the user's log folder, for a clinic to send when
something goes wrong.

It says what the program did (databases opened, ids of the sessions and points changed,
migrations, verify, backups, prints) and what went wrong, with tracebacks. It never holds
patient data: only ids are logged, passwords in database URLs are masked, and quoted values
in an exception's message (where a name or a note could hide) are masked too.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path
from typing import Any

from platformdirs import user_log_dir

APP = "dn-bodymap"
FILE_NAME = "dn-bodymap.log"
MAX_BYTES = 1_000_000
BACKUPS = 4  # five files at most: a few weeks of a clinic's use, a few MB to send
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/@\s]*):[^@\s]*@", re.IGNORECASE)
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
_TRACE_HEADERS = ("Traceback (most recent call last):",
                  "The above exception was the direct cause of the following exception:",
                  "During handling of the above exception, another exception occurred:")
_handler: logging.Handler | None = None


def log_dir() -> Path:
    """The folder of the log files (Linux: ~/.local/state/dn-bodymap/log)."""
    return Path(user_log_dir(APP, appauthor=False))


def log_path() -> Path:
    return log_dir() / FILE_NAME


def redact(text: str) -> str:
    """``text`` with the password of any URL in it masked."""
    return _URL_PASSWORD.sub(r"\1:***@", text)


def mask_exception_text(text: str) -> str:
    """A formatted traceback with quoted values masked in the exception lines (``KeyError:
    'Jane Doe'``); the frames (files, lines, code) are the program's and stay."""
    lines = []
    for line in text.splitlines():
        if line and not line[0].isspace() and line not in _TRACE_HEADERS:
            line = _QUOTED.sub("'…'", line)
        lines.append(line)
    return "\n".join(lines)


class PrivateFormatter(logging.Formatter):
    def formatException(self, ei: Any) -> str:
        return mask_exception_text(super().formatException(ei))

    def format(self, record: logging.LogRecord) -> str:
        # Another handler (pytest's, a console) may have cached the traceback unmasked.
        cached, record.exc_text = record.exc_text, None
        try:
            return redact(super().format(record))
        finally:
            record.exc_text = cached


def setup(folder: Path | None = None) -> Path | None:
    """Log INFO and above to the rotating file (once per process; again only for another
    folder, as tests do). Returns the file, or None when it cannot be written: the program
    runs on without a log rather than not at all."""
    global _handler
    path = (folder or log_dir()) / FILE_NAME
    if isinstance(_handler, logging.FileHandler) and Path(_handler.baseFilename) == path:
        return path
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(PrivateFormatter(FORMAT))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _handler = handler
    return path


def current_path() -> Path | None:
    """The file being written, if ``setup`` succeeded."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None
