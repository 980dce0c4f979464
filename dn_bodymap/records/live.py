"""Live updates between windows and rooms: each write transaction of a Store says what it
changed, and a watcher in every other window hears it and reloads what it shows.

Sending. The audit trail already names every record a transaction changes (records/audit.py
notes each row's entity, id and session in the transaction's ``info``); at the end of the
transaction the Store calls ``Outbox.send``.
- PostgreSQL: ``pg_notify('dn_bodymap', payload)`` inside the transaction, so it is delivered
  on commit and never for a rolled-back change. Sent by the Store rather than by a trigger on
  the audit table: one notification per transaction (a trigger fires per audit row), it can
  carry the sender's client id and the patients concerned, and it needs no migration.
- SQLite has no NOTIFY: the watcher polls ``PRAGMA data_version`` (it changes when another
  connection commits) and reads the audit rows added since it last looked. The Outbox keeps
  the ids of this process's own audit rows, so a window skips its own changes there too.

Listening. ``watch(store, deliver)`` starts a thread (a dedicated connection: psycopg in
autocommit mode listening, or an sqlite3 connection of its own) that calls ``deliver`` with a
list of ``Change`` from other clients. A PostgreSQL listener that loses its server reconnects
with backoff and then delivers ``Change("all", ...)``: notifications sent meanwhile are lost,
so everything shown is reloaded.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import sqlite3
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from sqlalchemy import bindparam, text
from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

CHANNEL: Final = "dn_bodymap"
NOTED: Final = "dn_live_changes"  # in a write transaction's info: (entity, id, session_id)
_OWN: Final = "dn_live_own"  # in its info (SQLite): its audit rows' first and last id
MAX_PAYLOAD: Final = 7000  # PostgreSQL refuses a payload of 8000 bytes or more
POLL_SECONDS: Final = 0.4  # SQLite: how often data_version is read; PostgreSQL: stop check
PING_SECONDS: Final = 15.0  # a quiet listener asks the server, to find a lost connection
BACKOFF: Final = (0.5, 1.0, 2.0, 4.0, 8.0)  # seconds between reconnection attempts


@dataclass(frozen=True)
class Change:
    """One record changed by another client: ``entity`` as in the audit trail (patient,
    session, trigger_point, addendum, precaution, account, database), or "all" when changes
    may have been missed (reload everything)."""

    entity: str
    id: int | None
    session_id: int | None
    patient_id: int | None
    client: str


RELOAD_ALL = "all"
Deliver = Callable[[list[Change]], None]


def note(info: dict[str, Any], entity: str, entity_id: int, session_id: int | None) -> None:
    """Called for each audit row written in a transaction (records/audit.py)."""
    info.setdefault(NOTED, []).append((entity, entity_id, session_id))


class Outbox:
    """A Store's sending side: its client id, and (SQLite) its own audit rows."""

    def __init__(self, backend: str) -> None:
        self.backend = backend
        self.client = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._own: deque[tuple[int, int]] = deque(maxlen=256)
        self._lock = threading.Lock()

    def send(self, db: Any) -> None:
        """At the end of a write transaction (``db``: its ORM session), before the commit."""
        noted = db.info.get(NOTED)
        if not noted:
            return
        if self.backend == "postgresql":
            payload = encode(self.client, _with_patients(db, noted))
            db.execute(text("SELECT pg_notify(:channel, :payload)"),
                       {"channel": CHANNEL, "payload": payload})
        elif self.backend == "sqlite":  # the write lock is held: our rows are the last ones
            last = int(db.execute(text("SELECT max(id) FROM audit")).scalar_one())
            db.info[_OWN] = (last - len(noted) + 1, last)

    def committed(self, db: Any) -> None:
        """After the commit: only then are the rows this window's own."""
        span = db.info.pop(_OWN, None)
        if span is not None:
            with self._lock:
                self._own.append(span)

    def is_own(self, audit_id: int) -> bool:
        with self._lock:
            return any(first <= audit_id <= last for first, last in self._own)


def _with_patients(db: Any, noted: list[tuple[str, int, int | None]]
                   ) -> list[tuple[str, int | None, int | None, int | None]]:
    """The noted changes, each with its patient where one can be found."""
    sessions = {s for _, _, s in noted if s is not None}
    owners: dict[int, int] = {}
    if sessions:
        q = text("SELECT id, patient_id FROM sessions WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True))
        owners = {r[0]: r[1] for r in db.execute(q, {"ids": sorted(sessions)})}
    return [(e, i, s, i if e == "patient" else owners.get(s) if s is not None else None)
            for e, i, s in noted]


def encode(client: str, changes: Iterable[tuple[str, int | None, int | None, int | None]]
           ) -> str:
    """The NOTIFY payload. A transaction too big for one (an import) is said more coarsely:
    per session and patient, and at worst "reload everything"."""
    rows = list(dict.fromkeys(changes))
    for attempt in range(3):
        doc = json.dumps({"c": client, "x": rows}, separators=(",", ":"))
        if len(doc.encode("utf-8")) <= MAX_PAYLOAD:
            return doc
        if attempt == 0:
            rows = list(dict.fromkeys(
                ("session", s, s, p) if s is not None else ("patient", p, None, p)
                for _, _, s, p in rows))
        else:
            rows = [(RELOAD_ALL, None, None, None)]
    raise AssertionError("unreachable: the last form is short")


def decode(payload: str) -> list[Change]:
    """The changes of one notification (nothing, for one this version cannot read)."""
    try:
        doc = json.loads(payload)
        return [Change(str(e), i, s, p, str(doc["c"])) for e, i, s, p in doc["x"]]
    except (ValueError, KeyError, TypeError):
        log.warning("live: a notification that is not dn-bodymap's was ignored")
        return []


# -- watching --------------------------------------------------------------------------------

class Watcher:
    """A background thread calling ``deliver`` with other clients' changes; ``stop()`` ends it
    (within POLL_SECONDS). ``connected`` says whether it hears the database now."""

    def __init__(self, outbox: Outbox, deliver: Deliver) -> None:
        self.outbox = outbox
        self.deliver = deliver
        self.connected = False
        self._stop = threading.Event()
        self._tried = threading.Event()  # the first connection made (or failed)
        self._thread = threading.Thread(target=self._run, name="dn-bodymap live", daemon=True)

    def start(self, wait: float = 5.0) -> Watcher:
        """Returns once listening (or ``wait`` seconds): what others commit after this is
        heard."""
        self._thread.start()
        self._tried.wait(wait)
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            try:
                self._connect()
                self.connected = True
                self._tried.set()
                if attempt:  # changes made while we were away were not heard: reload all
                    self.deliver([Change(RELOAD_ALL, None, None, None, "")])
                attempt = 0
                self._listen()
            except Exception as exc:  # the server went away, or the file is busy: try again
                if self._stop.is_set():
                    break
                log.warning("live: lost the database (%s); reconnecting", exc)
                attempt += 1
                self._tried.set()
            finally:
                self.connected = False
                self._close()
            self._stop.wait(BACKOFF[min(attempt, len(BACKOFF)) - 1] if attempt else 0)

    def _connect(self) -> None:
        raise NotImplementedError

    def _listen(self) -> None:
        """Until stopped (returns) or the connection fails (raises)."""
        raise NotImplementedError

    def _close(self) -> None:
        raise NotImplementedError


class PostgresWatcher(Watcher):
    def __init__(self, url: URL, outbox: Outbox, deliver: Deliver) -> None:
        super().__init__(outbox, deliver)
        self.conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self.conn: Any = None

    def _connect(self) -> None:
        import psycopg

        self.conn = psycopg.connect(self.conninfo, autocommit=True, connect_timeout=5,
                                    application_name="dn-bodymap live")
        self.conn.execute(f"LISTEN {CHANNEL}")

    def _listen(self) -> None:
        quiet = 0.0
        while not self._stop.is_set():
            heard = False
            for n in self.conn.notifies(timeout=POLL_SECONDS):  # each as soon as it comes
                heard = True
                mine = self.outbox.client
                if others := [c for c in decode(n.payload) if c.client != mine]:
                    self.deliver(others)
            quiet = 0.0 if heard else quiet + POLL_SECONDS
            if quiet >= PING_SECONDS:  # a server gone without a word is found here
                self.conn.execute("SELECT 1")
                quiet = 0.0

    def _close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):  # already broken: nothing to close
                self.conn.close()
            self.conn = None


_SINCE: Final = """
SELECT a.id, a.entity, a.entity_id, a.session_id,
       CASE WHEN a.entity = 'patient' THEN a.entity_id ELSE s.patient_id END
FROM audit a LEFT JOIN sessions s ON s.id = a.session_id
WHERE a.id > ? ORDER BY a.id"""


class SqliteWatcher(Watcher):
    def __init__(self, path: Path, outbox: Outbox, deliver: Deliver) -> None:
        super().__init__(outbox, deliver)
        self.path = path
        self.conn: sqlite3.Connection | None = None
        self.last_id: int | None = None  # the last audit row seen

    def _connect(self) -> None:
        self.conn = sqlite3.connect(self.path, timeout=15, isolation_level=None,
                                    check_same_thread=False)
        self.conn.execute("PRAGMA query_only = ON")
        if self.last_id is None:
            self.last_id = self.conn.execute("SELECT coalesce(max(id), 0) FROM audit"
                                             ).fetchone()[0]

    def _listen(self) -> None:
        assert self.conn is not None
        version = None
        while not self._stop.is_set():
            now = self.conn.execute("PRAGMA data_version").fetchone()[0]
            if now != version:  # the first read, or another connection committed
                version = now
                self._read_new()
            self._stop.wait(POLL_SECONDS)

    def _read_new(self) -> None:
        assert self.conn is not None
        found = self.conn.execute(_SINCE, (self.last_id,)).fetchall()
        if not found:
            return
        self.last_id = found[-1][0]
        others = [Change(e, i, s, p, "another connection") for a, e, i, s, p in found
                  if not self.outbox.is_own(a)]
        if others:
            self.deliver(list(dict.fromkeys(others)))

    def _close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def watch(url: URL, path: Path | None, outbox: Outbox, deliver: Deliver) -> Watcher | None:
    """A started watcher for the database at ``url`` (``path``: its SQLite file), or None
    where no other client can change it (an in-memory database)."""
    if url.get_backend_name() == "postgresql":
        return PostgresWatcher(url, outbox, deliver).start()
    if path is not None:
        return SqliteWatcher(path, outbox, deliver).start()
    return None
