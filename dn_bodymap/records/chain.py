"""Hash chains of the audit trail and of the addenda: each row stores the hash of the row
before it (``prev_hash``) and its own (``row_hash`` = SHA-256 of ``prev_hash`` followed by
the row's canonical text), so a row changed, inserted or deleted by another program breaks
the chain where it happened.

An audit row's hash covers a *digest* of its payload (old and new value), not the payload
itself: erasing a deleted patient's identifying values (records/erasure.py) replaces the
payload with ``{"erased": true}`` and keeps the digest, so the chain still verifies while the
values are gone. Which rows were erased is itself recorded, in a chained "erase" row.

Every write goes through ``append_audit`` and ``append_addendum`` inside the writer's
transaction (which holds SQLite's write lock, so the head cannot move under it). The
functions take a SQLAlchemy connection or ORM session and use plain SQL, so the migration that
chains an upgraded database's rows (0006) runs the very same code.
"""

from __future__ import annotations

import hashlib
import json
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final

from sqlalchemy import text

from dn_bodymap.records import dialects

GENESIS: Final = "0" * 64  # the prev_hash of a chain's first row
ERASED: Final = '{"erased": true}'  # an erased payload, as stored (JSON text)
AUDIT_HASHED: Final = ("at", "actor", "action", "entity", "entity_id", "session_id", "field",
                       "payload_digest")
ADDENDUM_HASHED: Final = ("session_id", "at", "author", "text")
AUDIT_COLUMNS: Final = ("id", *AUDIT_HASHED[:-1], "old_value", "new_value", "payload_digest",
                        "prev_hash", "row_hash")
ADDENDUM_COLUMNS: Final = ("id", *ADDENDUM_HASHED, "prev_hash", "row_hash")


def sha256(data: str) -> str:
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


_sha = sha256


def payload_digest(old: str | None, new: str | None) -> str:
    """The digest of an audit row's old and new value (JSON texts, or None), unambiguous:
    each part is marked as absent or prefixed with its length."""
    def part(v: str | None) -> str:
        return "-" if v is None else f"{len(v)}:{v}"

    return sha256(f"{part(old)}|{part(new)}")


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # made once: verify
# hashes every row of the trail


def row_hash(prev: str, row: Mapping[str, Any], hashed: tuple[str, ...]) -> str:
    """SHA-256 of the previous row's hash and this row's hashed fields as a JSON list."""
    return sha256(prev + _JSON.encode([row[k] for k in hashed]))


def head(conn: Any, table: str) -> str:
    """The hash a new row of ``table`` ("audit" or "addenda") follows."""
    found = conn.execute(text(f"SELECT row_hash FROM {table} ORDER BY id DESC LIMIT 1")).first()
    return GENESIS if found is None else (found[0] or "")


def _next_ids(conn: Any, table: str, n: int) -> list[int] | None:
    """On PostgreSQL, the ids the next ``n`` rows of a chained table take: one more than the
    last, given explicitly, because a sequence keeps the numbers a rolled-back transaction
    took and the chain reads a gap as rows deleted. (The writer holds the write lock:
    records/database.py.) None on SQLite, whose AUTOINCREMENT rolls back with the
    transaction."""
    if dialects.name(conn) != "postgresql":
        return None
    last = conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one()
    return list(range(int(last) + 1, int(last) + 1 + n))


def _insert(conn: Any, table: str, columns: tuple[str, ...], rows: list[dict[str, Any]],
            returning: bool = False) -> Any:
    ids = _next_ids(conn, table, len(rows))
    names = columns[1:] if ids is None else columns
    if ids is not None:
        rows = [{**r, "id": i} for r, i in zip(rows, ids, strict=True)]
    sql = (f"INSERT INTO {table} ({', '.join(names)}) VALUES "
           f"({', '.join(':' + n for n in names)})" + (" RETURNING id" if returning else ""))
    return conn.execute(text(sql), rows[0] if returning else rows)


def append_audit(conn: Any, values: Mapping[str, Any], prev: str | None = None) -> str:
    """Insert one audit row (``values``: the AUDIT_COLUMNS but id and the chain), chained
    after ``prev`` (default: the current head). Returns its hash, the next row's prev."""
    prev = head(conn, "audit") if prev is None else prev
    row = {**values, "payload_digest": payload_digest(values["old_value"], values["new_value"]),
           "prev_hash": prev}
    row["row_hash"] = row_hash(prev, row, AUDIT_HASHED)
    _insert(conn, "audit", AUDIT_COLUMNS, [row])
    return str(row["row_hash"])


def append_audit_many(conn: Any, rows: Sequence[Mapping[str, Any]],
                      prev: str | None = None) -> str:
    """``append_audit`` for many rows in one INSERT statement (an import's points): the chain
    is computed here in order, then written at once. Returns the last row's hash."""
    prev = head(conn, "audit") if prev is None else prev
    chained = chained_audit(rows, prev)
    if not chained:
        return prev
    _insert(conn, "audit", AUDIT_COLUMNS, chained)
    return str(chained[-1]["row_hash"])


def chained_audit(rows: Iterable[Mapping[str, Any]], prev: str) -> list[dict[str, Any]]:
    """Audit rows (``values`` as for ``append_audit``) with their digests and chain, in
    order after ``prev``, ready to insert (a bulk writer, such as the benchmarks' data set
    generator, writes them its own way)."""
    chained = []
    for values in rows:
        row = {**values, "payload_digest": payload_digest(values["old_value"],
                                                          values["new_value"]),
               "prev_hash": prev}
        row["row_hash"] = prev = row_hash(prev, row, AUDIT_HASHED)
        chained.append(row)
    return chained


def append_addendum(conn: Any, session_id: int, at: str, author: str, body: str) -> int:
    """Insert one addendum, chained after the last; returns its id."""
    row: dict[str, Any] = {"session_id": session_id, "at": at, "author": author, "text": body,
           "prev_hash": head(conn, "addenda")}
    row["row_hash"] = row_hash(row["prev_hash"], row, ADDENDUM_HASHED)
    return int(_insert(conn, "addenda", ADDENDUM_COLUMNS, [row], returning=True).scalar_one())


def chain_existing(conn: Any) -> tuple[int, int]:
    """Chain the rows of a database written before the chains existed, in id order (the
    migration to 0006 runs this with the append-only triggers lifted). Returns how many audit
    rows and addenda were chained."""
    counts = []
    for table, columns, hashed in (("audit", AUDIT_COLUMNS, AUDIT_HASHED),
                                   ("addenda", ADDENDUM_COLUMNS, ADDENDUM_HASHED)):
        prev, n = GENESIS, 0
        found = conn.execute(text(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id"))
        for r in [dict(zip(columns, r, strict=True)) for r in found]:
            if table == "audit":
                r["payload_digest"] = payload_digest(r["old_value"], r["new_value"])
            r["prev_hash"] = prev
            r["row_hash"] = prev = row_hash(prev, r, hashed)
            sets = "payload_digest = :payload_digest, " if table == "audit" else ""
            conn.execute(text(f"UPDATE {table} SET {sets}prev_hash = :prev_hash, "
                              "row_hash = :row_hash WHERE id = :id"), r)
            n += 1
        counts.append(n)
    return counts[0], counts[1]


# -- checking ------------------------------------------------------------------------------

# Rows as checked: tuples in AUDIT_COLUMNS / ADDENDUM_COLUMNS order (a verify walks every row
# of the trail; tuples and these positions halve its time against dicts).
_OLD, _NEW, _DIGEST, _PREV, _HASH = 8, 9, 10, 11, 12  # in an audit row
_A_PREV, _A_HASH = 5, 6  # in an addendum row


def _parts(r: Sequence[Any], audit: bool) -> tuple[list[Any], Any, Any]:
    """A row's hashed values, stored prev_hash and stored row_hash."""
    if audit:
        return [*r[1:8], r[_DIGEST]], r[_PREV], r[_HASH]
    return list(r[1:5]), r[_A_PREV], r[_A_HASH]


def own_problems(r: Sequence[Any], audit: bool) -> list[str]:
    """What is wrong with one row by itself: its payload against its digest (unless
    erased), its hash against its content. (Its place in the chain is checked by the walk.)"""
    out = []
    if audit and ERASED not in (r[_OLD], r[_NEW]) \
            and r[_DIGEST] != payload_digest(r[_OLD], r[_NEW]):
        out.append("its recorded values were changed after it was written")
    values, prev, stored = _parts(r, audit)
    if not stored:
        out.append("not in the hash chain (written by another program, not dn-bodymap)")
    elif stored != sha256((prev or "") + _JSON.encode(values)):
        out.append("changed after it was written (its hash does not match)")
    return out


def check(rows: Iterable[Sequence[Any]], what: str, audit: bool,
          last_issued: int | None) -> Iterator[tuple[str, str]]:
    """Walk a chain in id order (rows as tuples, see above); yield (record, problem) for each
    row that fails, the record named as ``what`` and its id. ``last_issued`` is the highest
    id SQLite ever gave (sqlite_sequence): rows cut off the end of the chain leave it above
    the last id found."""
    # The last two hashes and the last id walked are all the walk looks back at: kept alone,
    # a trail of any length is checked in constant memory.
    hashes: deque[str] = deque([GENESIS], maxlen=2)
    ids: deque[int] = deque(maxlen=1)
    for r in rows:
        rid = r[0]
        values, prev, stored = _parts(r, audit)
        if stored and prev == hashes[-1] and (not ids or rid == ids[-1] + 1) \
                and stored == _sha(prev + _JSON.encode(values)) \
                and (not audit or r[_DIGEST] == payload_digest(r[_OLD], r[_NEW])):
            hashes.append(stored)  # the usual row: in place, intact (the fast path)
            ids.append(rid)
            continue
        name = f"{what} {rid}"
        own = own_problems(r, audit)
        for problem in own:
            yield name, problem
        gap = bool(ids) and rid != ids[-1] + 1  # ids are never reused nor skipped
        if gap:
            gone = f"{ids[-1] + 1}" if rid == ids[-1] + 2 else f"{ids[-1] + 1} to {rid - 1}"
            yield f"{what} {gone}", (f"deleted (the chain goes from {what} {ids[-1]} to "
                                     f"{rid})")
        if stored and prev != hashes[-1] and not gap and not (
                own and own[-1].startswith("changed after")):
            if ids and prev == hashes[-2]:
                yield f"{what} {ids[-1]}", (f"inserted into the chain by another program "
                                            f"({what} {rid} follows the one before it)")
            elif not ids:
                yield name, "the ones before it were deleted (the chain does not start here)"
            else:
                yield name, (f"does not follow {what} {ids[-1]}: one between them was "
                             "deleted, or one of them inserted")
        hashes.append(stored or "")
        ids.append(rid)
    last = ids[-1] if ids else 0
    if last_issued is not None and last_issued > last:
        gone = f"{last + 1}" if last_issued == last + 1 else f"{last + 1} to {last_issued}"
        yield f"{what} {gone}", (f"deleted from the end of the chain (the last one left is "
                                 f"{last or 'none'})")
