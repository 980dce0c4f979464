"""Files that hold patient data, kept private to the user who runs the program.

Every file we write (the database, copies, backups, exports, settings) is created 0600 and
every folder we make 0700; a looser mode found on an existing one is repaired, with a
warning that names the file (never its content). SQLite gives its ``-wal`` and ``-shm``
files the database file's own permissions, so a 0600 database keeps its log private too.

Writes go through ``write_atomically``: a temporary file beside the target, made 0600 by
``mkstemp``, synced and renamed into place, so a failure (a full disk, a killed process)
never leaves a partial file under the target's name. A killed process can leave its
temporary file behind; ``clean_stale_temps`` removes ours (``.NAME.xxxxxxxx.tmp``) when
they are older than the running process.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from dn_bodymap.i18n import translate
from dn_bodymap.records.errors import RecordsError

log = logging.getLogger(__name__)

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_STARTED = time.time()  # a temporary file older than this is no live write of ours
_TEMP_TAIL = r"\.[a-z0-9_]{8}\.tmp"  # what mkstemp adds to our prefix


def make_private_folder(folder: Path) -> None:
    """Make ``folder`` (and missing parents) private to the user."""
    try:
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    except OSError as exc:
        raise RecordsError(translate("records.files", "cannot create the folder {folder}: "
                                     "{reason}").format(folder=folder,
                                                        reason=exc.strerror or exc)) from None


def create_private_file(path: Path) -> None:
    """Create an empty file 0600 where none exists (SQLite then fills it and gives its -wal
    and -shm files the same mode)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        pass
    except OSError as exc:
        raise RecordsError(translate("records.files", "cannot create {path}: {reason}").format(
            path=path, reason=exc.strerror or exc)) from None


def repair_modes(paths: Iterable[Path]) -> list[str]:
    """Make each existing file 0600 and folder 0700 where group or others had access; one
    warning for each repaired (or unrepairable) one, also logged."""
    warnings = []
    for path in paths:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except OSError:
            continue  # not there (a -wal between sessions): nothing to protect
        if not mode & 0o077:
            continue
        wanted = PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE
        reason = ""
        try:
            path.chmod(wanted)
            log.info("made private: mode %04o -> %04o", mode, wanted)  # no path: a name
            note = translate("records.files", "{path} was open to other users (mode {mode}); "
                             "it is now private to you ({wanted})")
        except OSError as exc:
            log.info("could not make private (mode %04o): %s", mode, exc.strerror or exc)
            note = translate("records.files", "{path} is open to other users (mode {mode}) and "
                             "could not be made private ({reason}); ask whoever owns it to run "
                             "chmod {wanted}")
            reason = str(exc.strerror or exc)
        # (shown by the caller: a warning would also reach stderr)
        warnings.append(note.format(path=path, mode=f"{mode:04o}", wanted=f"{wanted:04o}",
                                    reason=reason))
    return warnings


def writable(path: Path) -> bool:
    """Whether this process may write ``path`` (a file or a folder)."""
    return os.access(path, os.W_OK)


def database_files(path: Path) -> list[Path]:
    """An SQLite database and its write-ahead log and shared-memory files."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def write_atomically(dest: Path, write: Callable[[Path], Any]) -> None:
    """Call ``write(temp_path)`` for a private temporary file beside ``dest``, sync it and
    move it into place. Any failure leaves ``dest`` as it was and no temporary file; an
    OSError (a full disk, no permission) becomes a one-line RecordsError."""
    tmp = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
        os.close(fd)
        tmp = Path(name)
        write(tmp)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, dest)
    except OSError as exc:
        raise RecordsError(translate("records.files", "{path} was not written: {reason}")
                           .format(path=dest, reason=_reason(exc))) from None
    finally:
        if tmp is not None and tmp.exists():
            tmp.unlink()


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("records.files", "the disk is full (free some space and try again)")
    return exc.strerror or str(exc)


def clean_stale_temps(folder: Path, name: str) -> list[Path]:
    """Remove the temporary files a killed write of ``name`` (or of a file named
    ``name.something`` beside it) left in ``folder``: only regular files of our pattern,
    last changed before this process started. Returns what was removed."""
    pattern = re.compile(rf"\.{re.escape(name)}(\..+)?{_TEMP_TAIL}")
    removed = []
    try:
        candidates = [p for p in folder.iterdir() if pattern.fullmatch(p.name)]
    except OSError:
        return []
    for path in candidates:
        try:
            info = path.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_mtime < _STARTED:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    if removed:
        log.info("removed %d temporary file(s) left by an interrupted write in %s",
                 len(removed), folder)
    return removed
