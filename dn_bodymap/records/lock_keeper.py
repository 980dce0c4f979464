"""A child process that holds SQLite's locks on the database for a long-lived program.

Why: SQLite locks a database file with POSIX advisory locks, and POSIX drops every lock a
process holds on a file as soon as that process closes *any* descriptor of the file (SQLite's
"How To Corrupt An SQLite Database File", section 2.2). SQLite guards its own descriptors,
but not those of the rest of the program: in the window, a file dialog that lists the
database's folder lets Qt open and close ``bodymap.sqlite`` to guess its type. From then on
the window holds no lock, and the next dn-bodymap process to close its last connection
believes it is alone: it checkpoints and deletes the WAL and shared-memory files while the
window still writes into them. Those later edits land in deleted files, visible to no one,
and are lost when the window closes.

The design chosen: the window's store starts this keeper, a separate process that opens the
database and holds a read connection (SQLite's SHARED lock on the database file and its
lock on the shared-memory file) for as long as the window runs. Nothing done in the window's
process can drop another process's locks, so no other connection can believe it is the last
one, and the WAL is never deleted under the window. The window's own connection works as
before: WAL mode coordinates writers through the shared-memory file's locks, which the
window only loses in the few milliseconds of a transaction that would coincide with a
foreign open of the ``-shm`` file (text edits are stored when their field loses focus, so a
dialog opens after the write, not during it).

Rejected: exclusive locking mode (a second process could not even read, so ``dn-bodymap
backup`` and the command line would stop working while the window is open); a rollback
journal (the same lock loss, during every write); SQLite's flock/dot-file VFSs (no WAL, and
other SQLite clients would not see their locks); disabling the checkpoint on close in every
connection (Python 3.11's sqlite3 cannot set it, and other SQLite clients would still delete
the WAL). On Windows, locks belong to a file handle, not the process: no keeper is needed.

The keeper ends when its standard input closes: when the store closes it, or when the
window's process dies for any reason (the pipe closes with it).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from dn_bodymap.own_command import is_bundle

log = logging.getLogger(__name__)

READY = "ready"
# A PyInstaller bundle's executable is the program, not a Python: it runs the keeper when
# given this first argument (packaging/entry.py), before the command line is parsed.
FROZEN_ARG = "--dn-bodymap-lock-keeper"
# Runs in the child, with no site packages: only the standard library's sqlite3.
_KEEPER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=15, isolation_level=None)
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # SHARED + shm locks, kept
sys.stdout.write("ready\\n")
sys.stdout.flush()
sys.stdin.read()  # until the parent closes the pipe or dies
conn.close()
"""


def keeper_command(path: Path) -> list[str]:
    if is_bundle():
        return [sys.executable, FROZEN_ARG, str(path)]
    return [sys.executable, "-I", "-S", "-c", _KEEPER, str(path)]


def run_frozen_keeper(argv: list[str]) -> None:
    """The keeper, in a bundle's child process: ``argv`` is [program, FROZEN_ARG, path]."""
    sys.argv = [argv[0], *argv[2:]]
    exec(compile(_KEEPER, "<lock keeper>", "exec"), {"__name__": "__main__"})


class LockKeeper:
    """Start with ``LockKeeper.start(path)``; ``stop()`` when the program's connections are
    closed (the keeper, closing last, checkpoints the WAL into the database)."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process

    @classmethod
    def start(cls, path: Path, timeout: float = 20.0) -> LockKeeper | None:
        """The keeper, holding its locks; None where none is needed (Windows: locks belong
        to a handle, not to the process) or (logged) where it cannot start: the program then
        works as without it."""
        if os.name != "posix":
            return None
        try:
            process = subprocess.Popen(
                keeper_command(path),
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                text=True)
        except OSError as exc:
            log.warning("database lock keeper not started: %s", exc)
            return None
        keeper = cls(process)
        try:
            line = keeper._first_line(timeout)
        except TimeoutError:
            line = ""
        if line.strip() != READY:
            log.warning("database lock keeper did not start (exit %s)", process.poll())
            keeper.stop()
            return None
        return keeper

    def _first_line(self, timeout: float) -> str:
        import selectors

        assert self.process.stdout is not None
        with selectors.DefaultSelector() as sel:
            sel.register(self.process.stdout, selectors.EVENT_READ)
            if not sel.select(timeout):
                raise TimeoutError
        return self.process.stdout.readline()

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.process.stdin is not None and not self.process.stdin.closed:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()
