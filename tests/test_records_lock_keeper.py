"""POSIX drops a process's locks on a file when it closes any descriptor of that file. The
window's store keeps its SQLite locks in a separate process, so another dn-bodymap process can
never take the window's WAL for its own and delete it (records/lock_keeper.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dn_bodymap.records import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX advisory locks only")
CLI = [sys.executable, "-m", "dn_bodymap"]


def cli(db: Path, *args: str) -> list[dict]:
    out = subprocess.run([*CLI, "--db", str(db), *args, "--json"], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def _foreign_read_then_other_process(db: Path, store: Store) -> list[str]:
    """The issue's reproduction: read the file's first bytes by another handle (as Qt's
    type detection does), let another process open and close the database, then store an
    edit and ask a third process what it sees."""
    store.add_patient("First")
    with open(db, "rb") as f:
        assert f.read(16) == b"SQLite format 3\x00"
    cli(db, "sessions")
    store.add_patient("Second")
    return [p["name"] for p in cli(db, "patients")]


def test_with_the_keeper_no_edit_is_lost_after_a_foreign_read(tmp_path: Path) -> None:
    db = tmp_path / "bodymap.sqlite"
    with Store.open(db, keep_locks=True) as store:
        assert store.lock_keeper is not None and store.lock_keeper.alive
        assert _foreign_read_then_other_process(db, store) == ["First", "Second"]
        keeper = store.lock_keeper
    assert not keeper.alive  # stopped with the store...
    assert cli(db, "patients")[-1]["name"] == "Second"  # ... and nothing was lost


def test_without_the_keeper_the_hazard_is_real(tmp_path: Path) -> None:
    """Why the keeper exists: the same steps without it lose the second edit. (Should
    SQLite ever stop losing it, this fails, and the keeper may no longer be needed.)"""
    db = tmp_path / "bodymap.sqlite"
    with Store.open(db) as store:
        assert _foreign_read_then_other_process(db, store) == ["First"]


def test_the_keeper_ends_when_its_program_dies(tmp_path: Path) -> None:
    db = tmp_path / "bodymap.sqlite"
    child = subprocess.run([sys.executable, "-c", (
        "import os, sys\n"
        "from dn_bodymap.records import Store\n"
        f"s = Store.open({str(db)!r}, keep_locks=True)\n"
        "print(s.lock_keeper.process.pid, flush=True)\n"
        "os._exit(0)  # no close: as a crash would leave it\n")],
        check=True, capture_output=True, text=True)
    pid = int(child.stdout)
    deadline = time.monotonic() + 10
    while _running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(pid)
    assert cli(db, "patients") == []  # and the database opens normally afterwards


def _running(pid: int) -> bool:
    try:  # a zombie has ended; only its parent (init, here) has not collected it yet
        return "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
