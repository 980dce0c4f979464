"""Live updates between clients of one database (records/live.py): what another Store
changed reaches a watcher, its own changes do not, and a lost server is found again."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from dn_bodymap.records import Store, live, outage
from dn_bodymap.records.errors import RecordsError, UnreachableError
from dn_bodymap.records.model import Clinician
from tests import pg_helpers
from tests.live_helpers import Proxy
from tests.records_helpers import spot

WHO = Clinician("Alex Morgan", "PT")


class Heard:
    """What a watcher delivered, gathered from its thread."""

    def __init__(self) -> None:
        self.changes: list[live.Change] = []
        self._lock = threading.Lock()

    def __call__(self, changes: list[live.Change]) -> None:
        with self._lock:
            self.changes.extend(changes)

    def wait_for(self, wanted, timeout: float = 3.0, after: int = 0) -> list[live.Change]:
        """The changes so far, once one of them (from index ``after``) is ``wanted``; fails
        after ``timeout``."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self._lock:
                if any(wanted(c) for c in self.changes[after:]):
                    return list(self.changes)
            time.sleep(0.02)
        raise AssertionError(f"not heard within {timeout} s; heard {self.changes}")


@pytest.fixture
def pair(db, atlas):
    """Two clients of one database: ``here`` is watched, ``there`` is another room."""
    here = Store.open(db, atlas=atlas, actor="here")
    there = Store.open(db, atlas=atlas, actor="there")
    heard = Heard()
    watcher = here.watch(heard)
    assert watcher is not None
    yield here, there, heard, watcher
    watcher.stop()
    here.close()
    there.close()


def test_another_clients_patient_session_point_and_signing_are_heard(pair) -> None:
    here, there, heard, _ = pair
    p = there.add_patient("Jane Doe")
    heard.wait_for(lambda c: c.entity == "patient" and c.id == p.id)
    s = there.new_session(p.id, WHO)
    point = there.add_point(s.id, "back", *spot(there.atlas, "back", "upper_trapezius",
                                                "right"))
    got = heard.wait_for(lambda c: c.entity == "trigger_point")
    assert live.Change("trigger_point", point.id, s.id, p.id, got[-1].client) in got
    assert all(c.client != here.outbox.client for c in got)
    there.sign_session(s.id, WHO, exceptions=())
    got = heard.wait_for(lambda c: c.entity == "session" and c.id == s.id, after=len(got))
    assert got[-1] == live.Change("session", s.id, s.id, p.id, got[-1].client)


def test_own_changes_are_not_heard(pair) -> None:
    here, there, heard, _ = pair
    mine = here.add_patient("Mine Own")
    here.update_patient(mine.id, notes="seen")
    theirs = there.add_patient("Theirs")  # after ours: heard only once ours would have been
    got = heard.wait_for(lambda c: c.id == theirs.id)
    assert [c.id for c in got if c.entity == "patient"] == [theirs.id]


def test_a_failed_write_is_never_announced(pair) -> None:
    _, there, heard, _ = pair
    with pytest.raises(RecordsError):
        there.update_patient(9999, notes="no such patient")  # refused in its transaction
    p = there.add_patient("After")
    got = heard.wait_for(lambda c: c.id == p.id)
    assert [c.entity for c in got] == ["patient"]


def test_a_big_transaction_is_said_coarsely_within_the_payload_limit() -> None:
    many = [("trigger_point", i, 7, 3) for i in range(2000)]
    doc = live.encode("room 1", many)
    assert len(doc.encode()) <= live.MAX_PAYLOAD
    assert live.decode(doc) == [live.Change("session", 7, 7, 3, "room 1")]
    sessions = [("trigger_point", i, i, i) for i in range(2000)]
    assert live.decode(live.encode("r", sessions))[0].entity == live.RELOAD_ALL
    assert live.decode("not json") == []


def test_in_memory_database_has_nothing_to_watch(atlas) -> None:
    with Store.open("sqlite:///:memory:", atlas=atlas) as s:
        assert s.watch(lambda changes: None) is None


def test_listener_reconnects_after_its_connection_is_killed(pg_db, atlas) -> None:
    with Store.open(pg_db, atlas=atlas, actor="here") as here, \
            Store.open(pg_db, atlas=atlas, actor="there") as there:
        heard = Heard()
        watcher = here.watch(heard)
        try:
            first = there.add_patient("Before")
            heard.wait_for(lambda c: c.id == first.id)
            pg_helpers.restart_server(pg_db)
            heard.wait_for(lambda c: c.entity == live.RELOAD_ALL, timeout=15)
            after = there.add_patient("After")  # the Store reconnects too (pre-ping)
            heard.wait_for(lambda c: c.entity == "patient" and c.id == after.id)
        finally:
            watcher.stop()


def test_a_server_out_of_reach_is_told_apart_and_the_store_recovers(pg_db, atlas) -> None:
    proxy = Proxy.to(pg_db)
    store = Store.open(proxy.url(pg_db), atlas=atlas)
    p = store.add_patient("Jane Doe")
    proxy.cut()
    with pytest.raises(UnreachableError, match="database server cannot be reached"):
        store.update_patient(p.id, notes="while down")
    proxy.resume()
    assert store.update_patient(p.id, notes="back").notes == "back"
    assert [e.new_value for e in store.audit_trail(entity="patient")
            if e.field == "notes"] == ["back"]
    store.close()


def test_sqlite_errors_are_never_called_unreachable() -> None:
    from sqlalchemy.exc import OperationalError

    exc = OperationalError("SELECT 1", {}, sqlite3.OperationalError("database is locked"))
    assert not outage.unreachable(exc)
    assert str(outage.error(exc, "the change was not stored")) == (
        "the change was not stored: database is locked")
