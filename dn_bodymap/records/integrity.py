"""Checking that the records are as dn-bodymap wrote them: ``Store.verify`` (the whole
database, for ``dn-bodymap verify``) and ``Store.verify_session`` (one session, fast enough for
every print and every time the window opens a session).

What ``verify`` checks, and names each record that fails:
- the file itself: SQLite's full ``integrity_check`` and ``foreign_key_check``;
- the guard triggers (records/guards.py): a missing or altered one is re-created and named;
- the hash chains of the audit trail and the addenda (records/chain.py): a row changed,
  inserted, deleted (in the middle or from the end), an erased payload not erased by
  dn-bodymap's erasure; every addendum audited and every audited addendum still there;
- each signed session: its content against its content hash (records/content.py), the hash
  against the one the audit trail recorded at signing, and a session the trail says was
  signed that is no longer; a point moved into a signed session from another;
- patients: one gone with no deletion in the audit trail, one whose name, date of birth or
  clinic id differs from what the trail last recorded.

Anyone with the file and this source can recompute every hash after a change; what the
checks promise is that a change made *without* redoing the chains is found. The chain heads
printed by ``dn-bodymap verify`` can be written down elsewhere to find even that.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import replace
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dn_bodymap.records import audit, chain, content, guards, signed_checks
from dn_bodymap.records.problems import Problem, VerifyReport
from dn_bodymap.records.problems import decode as _decode

_TABLES = {"patients": "patient", "sessions": "session", "trigger_points": "trigger point",
           "addenda": "addendum", "precautions": "precaution", "audit": "audit row"}


_rows = content.fetch


def _last_issued(conn: Any, table: str) -> int | None:
    if conn.dialect.name != "sqlite":
        return None
    found = conn.execute(text("SELECT seq FROM sqlite_sequence WHERE name = :t"),
                         {"t": table}).first()
    return int(found[0]) if found else 0


# -- on open -------------------------------------------------------------------------------

def open_checks(engine: Any, actor: str) -> tuple[Problem, ...]:
    """The cheap checks on open, however big the file: the guard triggers, re-created if
    missing or altered (audited). One read of the schema; a write only to repair (on
    PostgreSQL only the tables' owner may: the application's role reports it instead)."""
    with engine.connect() as conn:
        bad = guards.faulty(conn)
    if not bad:
        return ()
    try:
        with engine.execution_options(dn_write=True).begin() as conn:
            bad = guards.faulty(conn)
            guards.restore(conn, bad, actor, audit.now_utc())
    except DBAPIError as exc:
        return tuple(Problem(f"guard trigger {n}", f"is missing or altered and could not be "
                                                   f"re-created ({exc.orig})") for n in bad)
    return tuple(Problem(f"guard trigger {n}", "was missing or altered; re-created "
                                               "(recorded in the audit trail)") for n in bad)


# -- the whole database --------------------------------------------------------------------

def verify(engine: Any, full: bool = True, found_on_open: Iterable[Problem] = ()
           ) -> VerifyReport:
    """Every check, in one read transaction of its own (a damaged page can fail any read:
    each check that cannot run is reported, and the others still run). ``found_on_open``:
    what the open found and repaired, reported too. ``full``: also SQLite's full integrity
    check, which reads the whole file."""
    problems = list(found_on_open)
    n = len(problems)
    file_checks: list[Problem] = []
    # SQLite's integrity check reads the whole file without holding Python's lock: on a
    # file it runs on a connection of its own beside the checks that hash in Python.
    sqlite = engine.dialect.name == "sqlite"
    beside = None
    if sqlite and full:
        def file_check() -> None:
            with engine.connect() as other:
                _run(file_checks, "integrity", lambda: _file_checks(other))

        if engine.url.database in (None, "", ":memory:"):  # one shared connection
            file_check()
        else:
            beside = threading.Thread(target=file_check, name="dn-bodymap integrity_check")
            beside.start()
    with engine.connect() as conn:
        if not sqlite:  # one snapshot for every check, while the rooms go on charting
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        try:
            report = _verify(conn, problems)
        finally:
            with suppress(DBAPIError):
                conn.rollback()
    if beside is not None:
        beside.join()
    found = report.problems
    return replace(report, problems=tuple(dict.fromkeys([*found[:n], *file_checks,
                                                         *found[n:]])))


def verify_connection(conn: Any) -> VerifyReport:
    """``verify`` in the caller's transaction on ``conn`` (copy-db checks its copy before
    committing it), with SQLite's full integrity check."""
    problems: list[Problem] = []
    if conn.dialect.name == "sqlite":
        _run(problems, "integrity", lambda: _file_checks(conn))
    return _verify(conn, problems)


def _run(problems: list[Problem], what: str, check: Any) -> None:
    try:
        problems.extend(check())
    except Exception as exc:  # a damaged file can fail any read: say which check
        problems.append(Problem("database file", f"the {what} check could not run "
                                                 f"({getattr(exc, 'orig', None) or exc})"))


def _verify(conn: Any, problems: list[Problem]) -> VerifyReport:
    checked: dict[str, int] = {}
    sqlite = conn.dialect.name == "sqlite"
    heads = {"audit": "", "addenda": ""}

    def run(what: str, check: Any) -> None:
        _run(problems, what, check)

    conn.execute(text("SELECT 1"))  # the read transaction starts: every check reads in it
    if sqlite:
        run("foreign key", lambda: _foreign_keys(conn))
    run("guard trigger", lambda: [Problem(f"guard trigger {n}", "is missing or altered")
                                  for n in guards.faulty(conn)])
    run("audit trail", lambda: _audit(conn, checked, heads))
    run("addenda", lambda: _addenda(conn, checked, heads))
    run("signed session", lambda: signed_checks.signed_sessions(conn, checked, "1 = 1"))
    run("patient", lambda: _patients(conn, checked))
    return VerifyReport(tuple(problems), checked, heads["audit"], heads["addenda"])


def _file_checks(conn: Any) -> list[Problem]:
    found = [line for r in conn.execute(text("PRAGMA integrity_check"))
             for line in str(r[0]).splitlines() if not line.startswith("***")]
    return [] if found == ["ok"] else [Problem("database file", line) for line in found]


def _foreign_keys(conn: Any) -> list[Problem]:
    out = []
    for table, rowid, parent, _ in conn.execute(text("PRAGMA foreign_key_check")):
        out.append(Problem(f"{_TABLES.get(table, table)} {rowid}",
                           f"refers to a {_TABLES.get(parent, parent)} that is no longer "
                           "there (deleted by another program with foreign keys off)"))
    return out


_BATCH = 20_000  # rows read at a time by verify's walk of the audit trail


def _stream(conn: Any, columns: tuple[str, ...], table: str) -> Iterator[tuple]:
    """Every row of ``table`` in id order, read a batch at a time (a clinic's trail of a
    million rows is walked without holding it all)."""
    last = -1
    while True:
        batch = _rows(conn, f"SELECT {', '.join(columns)} FROM {table} WHERE id > :last "
                            f"ORDER BY id LIMIT {_BATCH}", {"last": last})
        yield from batch
        if len(batch) < _BATCH:
            return
        last = batch[-1][0]


def _audit(conn: Any, checked: dict[str, int], heads: dict[str, str]) -> list[Problem]:
    col = {c: i for i, c in enumerate(chain.AUDIT_COLUMNS)}
    listed: set[int] = set()  # the rows "erase" rows say they erased
    erased: list[int] = []  # the rows holding an erased value
    count = 0

    def walked() -> Iterator[tuple]:
        nonlocal count
        for r in _stream(conn, chain.AUDIT_COLUMNS, "audit"):
            count += 1
            heads["audit"] = r[col["row_hash"]] or ""
            if r[col["action"]] == "erase" and r[col["row_hash"]]:
                found = _decode(r[col["new_value"]])
                listed.update(found.get("audit_rows", []) if isinstance(found, dict) else [])
            if chain.ERASED in (r[col["old_value"]], r[col["new_value"]]):
                erased.append(r[0])
            yield r

    heads["audit"] = ""
    out = [Problem(*p) for p in chain.check(walked(), "audit row", True,
                                            _last_issued(conn, "audit"))]
    checked["audit rows"] = count
    out += [Problem(f"audit row {rid}", "its values were erased, but not by dn-bodymap's "
                                        "erasure (no erase row lists it)")
            for rid in erased if rid not in listed]
    return out


def _addenda(conn: Any, checked: dict[str, int], heads: dict[str, str]) -> list[Problem]:
    rows = _rows(conn, f"SELECT {', '.join(chain.ADDENDUM_COLUMNS)} FROM addenda ORDER BY id")
    checked["addenda"] = len(rows)
    heads["addenda"] = rows[-1][-1] or "" if rows else ""
    out = [Problem(*p) for p in chain.check(rows, "addendum", False,
                                            _last_issued(conn, "addenda"))]
    audited = {r[0]: r[1] for r in conn.execute(text(
        "SELECT entity_id, session_id FROM audit WHERE action = 'addendum' "
        "AND entity = 'addendum'"))}
    # Addenda an upgrade found (0006) were chained as they stood, audited or not.
    before = max([(_decode(r[0]) or {}).get("last_addendum") or 0 for r in conn.execute(text(
        "SELECT new_value FROM audit WHERE field = 'chain_start'"))] or [0])
    for rid, sid, at, *_ in rows:
        if rid not in audited:
            if rid > before:
                out.append(Problem(f"addendum {rid}", f"to session {sid}, dated {at}: not in "
                                                      "the audit trail (added by another "
                                                      "program)"))
        elif audited[rid] != sid:
            out.append(Problem(f"addendum {rid}", f"was added to session {audited[rid]}, "
                                                  f"now belongs to session {sid}"))
    present = {r[0] for r in rows}
    out += [Problem(f"addendum {a}", f"to session {s}: deleted (the audit trail records it)")
            for a, s in audited.items() if a not in present]
    return out


def _patients(conn: Any, checked: dict[str, int]) -> list[Problem]:
    present = {r[0]: r[1:] for r in conn.execute(text(
        f"SELECT id, {', '.join(content.IDENTITY)} FROM patients"))}
    checked["patients"] = len(present)
    made: set[int] = set()
    gone: set[int] = set()
    for action, pid in conn.execute(text(
            "SELECT action, entity_id FROM audit WHERE entity = 'patient' AND action IN "
            "('create', 'delete')")):
        (made if action == "create" else gone).add(pid)
    out = [Problem(f"patient {pid}", "is gone, but the audit trail records no deletion "
                                     "(deleted by another program)")
           for pid in sorted(made - gone - set(present))]
    for pid in sorted(made & set(present)):
        was = signed_checks.replayed(conn, "patient", pid)
        now = dict(zip(content.IDENTITY, present[pid], strict=True))
        diffs = [f"{k} is {now[k]!r}, the audit trail recorded {was[k]!r}"
                 for k in content.IDENTITY if k in was and was[k] != now[k]]
        if diffs:
            out.append(Problem(f"patient {pid}", "changed by another program: "
                                                 + "; ".join(diffs)))
    return out


# -- one session ---------------------------------------------------------------------------

def verify_session(conn: Any, session_id: int) -> list[str]:
    """The problems of one session, in words ("session 12: ..."); [] when all is well.
    Its signature and content, its addenda's and audit rows' places in their chains, points
    moved into it, and the guard triggers."""
    problems: list[Problem] = []
    problems += [Problem(f"guard trigger {n}", "is missing or altered (reopen the "
                                               "database to restore it)")
                 for n in guards.faulty(conn)]
    problems += signed_checks.signed_sessions(conn, {}, "id = :sid", {"sid": session_id})
    for table, what, columns in (("addenda", "addendum", chain.ADDENDUM_COLUMNS),
                                 ("audit", "audit row", chain.AUDIT_COLUMNS)):
        audit = table == "audit"
        for r in _rows(conn, f"SELECT {', '.join(columns)} FROM {table} WHERE "
                             "session_id = :sid ORDER BY id", {"sid": session_id}):
            name = f"{what} {r[0]}"
            problems += [Problem(name, p) for p in chain.own_problems(r, audit)]
            # ... and its link to the row before it in the whole chain
            before = conn.execute(text(f"SELECT id, row_hash FROM {table} WHERE id < :id "
                                       "ORDER BY id DESC LIMIT 1"), {"id": r[0]}).first()
            expected = chain.GENESIS if before is None else (before[1] or "")
            if r[-1] and r[-2] != expected:
                problems.append(Problem(name, f"does not follow {what} "
                                              f"{before[0] if before else '(none)'} in the "
                                              "chain: one was deleted or inserted"))
    return [str(p) for p in dict.fromkeys(problems)]
