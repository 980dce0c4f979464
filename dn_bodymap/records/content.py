"""The content hash of a signed session: SHA-256 of its canonical signed content, taken at
signing and stored with the signature (``sessions.content_hash``).

The canonical content (form 2) is one JSON object, keys sorted, no spaces, UTF-8:

- ``session``: the session's fields (``SESSION_CONTENT``: complaint, pain, screening,
  consent, events, aftercare, plan, notes, clinician, signer, signing time, ...);
- ``points``: each trigger point, by number, as the list of its values in the order of
  ``point_fields`` (``POINT_CONTENT``, sorted by name: a verify hashes every point, and
  lists cost a third of objects);
- ``context``: what the session was signed in the light of, as it stood at signing and stored
  with it (``sessions.signed_context``): the patient's identity as the chart prints it (name,
  date of birth, clinic id) and the standing precautions;
- ``pain_drawing``: the session's pain drawing as stored (charting/pain_drawing.py's JSON
  form: areas per view with their GeoJSON geometry, quality and intensity), null if none.

The form is the context's ``form``. Form 1 (sessions signed before the pain drawing, schema
0012) kept ``pain_drawing`` as a null placeholder; form 2 (signed since) hashes the drawing
there. Both hash the column as it stands, so a form-1 session still verifies (it had no
drawing: NULL hashes as the null it was sealed with) and one given a drawing behind the
signed-session guard no longer does. A context without a form is form 1.

Database ids and bookkeeping stamps are left out (they differ between databases; an imported
session must hash as it did where it was signed). Numbers are written as JSON numbers, an
integral value as an integer (a REAL 30.0 and an INTEGER 30 are the same depth), others as
the shortest text that reads back to the same float; times are normalised to ISO 8601 with
microseconds and their offset; a screening answer left at its default is left out, so an item
added to the screen later does not change old hashes; adverse events are a sorted set.

Everything reads plain SQL through a SQLAlchemy connection or session, so signing, import,
``verify`` and the 0006 migration hash by the same code.
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Final

from sqlalchemy import text

from dn_bodymap.records import dialects

FORM: Final = 2  # of contexts sealed from now on (see above)
FIRST_FORM: Final = 1  # a context that names no form
SESSION_CONTENT: Final = (
    "uuid", "started_at", "clinician_name", "clinician_credentials", "atlas_data_version",
    "chief_complaint", "pain_before", "pain_after", "screening", "consent", "adverse_events",
    "adverse_other", "aftercare", "plan", "follow_up", "notes", "since_last_visit", "status",
    "signed_at", "signed_by", "signing_exceptions", "points_issued")
POINT_CONTENT: Final = (
    "number", "view", "x", "y", "muscle", "side", "layer", "kind", "taut_band",
    "spot_tenderness", "familiar_pain", "referred_pain", "local_twitch", "needled",
    "needle_length_mm", "needle_gauge_mm", "depth_mm", "technique", "ltr_count",
    "time_in_tissue_s", "tolerance", "notes", "confirmed", "referral_site", "adverse_events",
    "depth_confirmed")
IDENTITY: Final = ("name", "date_of_birth", "clinic_id")  # as the chart prints the patient
_BOOLEAN: Final = frozenset({"consent", "taut_band", "spot_tenderness", "familiar_pain",
                             "referred_pain", "local_twitch", "needled", "confirmed",
                             "depth_confirmed"})
_TIMES: Final = frozenset({"started_at", "signed_at"})
_SESSION_COLUMNS: Final = ("id", "patient_id", "content_hash", "signed_context",
                           "pain_drawing", *SESSION_CONTENT)


def canonical(value: Any) -> bytes:
    return json.dumps(_plain(value), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False, allow_nan=False).encode("utf-8")


def _float(v: float) -> Any:
    if not math.isfinite(v):  # never stored by dn-bodymap; still hashed, as text
        return repr(v)
    return int(v) if v.is_integer() and abs(v) < 2 ** 53 else v


def _plain(v: Any) -> Any:
    if isinstance(v, float):
        return _float(v)
    if v is None or isinstance(v, bool | str | int):
        return v
    if isinstance(v, Mapping):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_plain(x) for x in v]
    return str(v)


def _time(v: Any) -> Any:
    try:
        return datetime.fromisoformat(v).isoformat(timespec="microseconds")
    except (TypeError, ValueError):
        return v  # not a time: hashed as it is (a forged value then fails the check)


def _json(v: Any) -> Any:
    if isinstance(v, str | bytes):
        try:
            return json.loads(v)
        except ValueError:
            return v
    return v


def _events(v: Any) -> Any:
    if v == "[]" or v is None:  # (most points: no events; spare the JSON parser)
        return []
    v = _json(v)
    return sorted({str(c) for c in v}) if isinstance(v, list | tuple) else v


def _screening(v: Any) -> Any:
    v = _json(v) or {}
    if not isinstance(v, Mapping):
        return v
    out = {}
    for item, a in v.items():
        if not isinstance(a, Mapping):
            out[item] = a
            continue
        answer = {"answer": a.get("answer", "not_asked"), "note": a.get("note", ""),
                  "carried": bool(a.get("carried", False)),
                  "last_confirmed": _time(a.get("last_confirmed"))}
        if answer != {"answer": "not_asked", "note": "", "carried": False,
                      "last_confirmed": None}:
            out[item] = answer
    return out


_SPECIAL: Final = {"started_at": _time, "signed_at": _time, "adverse_events": _events,
                   "screening": lambda v: _plain(_screening(v)),
                   "signing_exceptions": lambda v: _plain(_json(v) or [])}


def _fields(row: Mapping[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The hashed fields of a row, as plain JSON values (a verify of thousands of sessions
    runs this for every point: one type test per value, no recursion)."""
    out = {}
    for k in names:
        v: Any = row.get(k)  # a type test, not isinstance: bool is an int but not hashed as one
        t = type(v)
        if t is float:
            v = _float(v)
        elif t is int and k in _BOOLEAN:  # SQLite's 0 and 1
            v = bool(v)
        elif k in _SPECIAL:
            v = _SPECIAL[k](v)
        elif t is not str and t is not int and t is not bool and v is not None:
            v = _plain(v)
        out[k] = v
    return out


# Points are handled as tuples of their values in _POINT_ORDER (sorted names): a verify
# hashes every point of every signed session, and tuples spare it a dict per row.
_POINT_ORDER: Final = tuple(sorted(POINT_CONTENT))
_P_BOOLEAN: Final = tuple(i for i, k in enumerate(_POINT_ORDER) if k in _BOOLEAN)
_P_REAL: Final = tuple(i for i, k in enumerate(_POINT_ORDER) if k in (
    "x", "y", "needle_length_mm", "needle_gauge_mm", "depth_mm", "time_in_tissue_s"))
_P_EVENTS: Final = _POINT_ORDER.index("adverse_events")
_P_NUMBER: Final = _POINT_ORDER.index("number")


def _point(values: Iterable[Any]) -> list[Any]:
    """A point's values (in _POINT_ORDER) as JSON values: only the columns that need it are
    touched (anything odd another program wrote elsewhere is encoded as it is)."""
    out = list(values)
    for i in _P_REAL:
        v = out[i]
        if type(v) is float and v.is_integer() and abs(v) < 2 ** 53:
            out[i] = int(v)
    for i in _P_BOOLEAN:
        if type(out[i]) is int:
            out[i] = bool(out[i])
    out[_P_EVENTS] = _events(out[_P_EVENTS])
    return out


def _points(rows: Iterable[Iterable[Any]]) -> list[list[Any]]:
    return sorted((_point(r) for r in rows),
                  key=lambda p: (str(type(p[_P_NUMBER])), p[_P_NUMBER]))


def point_row(point: Mapping[str, Any]) -> tuple[Any, ...]:
    """A point mapping as the tuple the hashing takes."""
    return tuple(point.get(k) for k in _POINT_ORDER)


def content(session: Mapping[str, Any], points: Iterable[Mapping[str, Any]],
            context: Mapping[str, Any]) -> dict[str, Any]:
    """The canonical signed content of a session row, its point rows and its context."""
    ctx = dict(context)  # (read from JSON: plain already; anything odd is hashed as text)
    ctx["precautions"] = [{**p, "confirmed_at": _time(p.get("confirmed_at"))}
                          if isinstance(p, dict) else p for p in ctx.get("precautions", [])]
    return {"form": ctx.get("form", FIRST_FORM), "session": _fields(session, SESSION_CONTENT),
            "point_fields": list(_POINT_ORDER),
            "points": _points(point_row(p) for p in points), "context": ctx,
            "pain_drawing": drawing(session.get("pain_drawing"))}


def drawing(v: Any) -> Any:
    """A stored pain drawing (its JSON form, as text from SQLite or parsed from PostgreSQL)
    as JSON values; None: none drawn."""
    return None if v is None else _plain(_json(v))


# Made once (a verify encodes every session); whatever no JSON type fits, another program's
# doing, is hashed as its text; an infinity as JSON's "Infinity" (never written by dn-bodymap).
_SORTED = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                           default=str)


def content_hash(session: Mapping[str, Any], points: Iterable[Mapping[str, Any]],
                 context: Mapping[str, Any]) -> str:
    """SHA-256 of ``canonical(content(session, points, context))``."""
    return stored_hash(session, [point_row(p) for p in points], context)


def stored_hash(session: Mapping[str, Any], point_rows: Iterable[Iterable[Any]],
                context: Mapping[str, Any]) -> str:
    """The same, from points as tuples in _POINT_ORDER (``read_points``), written out part
    by part: the points, the bulk of a verify, are lists already in order."""
    c = content(session, [], context)
    body = (f'{{"context":{_SORTED.encode(c["context"])},"form":{_SORTED.encode(c["form"])},'
            f'"pain_drawing":{_SORTED.encode(c["pain_drawing"])},"point_fields":{_FIELDS},'
            f'"points":{_IN_ORDER.encode(_points(point_rows))},'
            f'"session":{_SORTED.encode(c["session"])}}}')
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


_IN_ORDER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=str)
_FIELDS: Final = _IN_ORDER.encode(list(_POINT_ORDER))


# -- reading the database ------------------------------------------------------------------

def fetch(conn: Any, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple]:
    """All rows of ``sql`` (``:name`` parameters) as tuples. On SQLite, inside the caller's
    transaction, straight from the sqlite3 cursor: twice as fast as through SQLAlchemy's
    rows, which counts when ``verify`` reads every audit row and point."""
    raw = getattr(getattr(conn, "connection", None), "driver_connection", None)
    if isinstance(raw, sqlite3.Connection) and conn.in_transaction():
        return raw.execute(sql, dict(params or {})).fetchall()
    return [tuple(r) for r in conn.execute(text(sql), dict(params or {}))]


def context_now(conn: Any, patient_id: int, sealed: str) -> dict[str, Any]:
    """The context a session is signed in now: the patient's identity and standing
    precautions. ``sealed`` says when it was taken (signing, import, upgrade)."""
    found = conn.execute(text(f"SELECT {', '.join(IDENTITY)} FROM patients WHERE id = :id"),
                         {"id": patient_id}).first()
    identity = dict(zip(IDENTITY, found, strict=True)) if found is not None else None
    standing = [{"item": i, "answer": a, "note": n, "confirmed_at": c} for i, a, n, c in
                conn.execute(text("SELECT item, answer, note, confirmed_at FROM precautions "
                                  "WHERE patient_id = :id ORDER BY item"), {"id": patient_id})]
    return {"form": FORM, "sealed": sealed, "patient": identity, "precautions": standing}


def read_sessions(conn: Any, where: str, params: Mapping[str, Any] | None = None
                  ) -> list[dict[str, Any]]:
    """Session rows (the hashed fields, id, patient_id, content_hash, signed_context)."""
    found = fetch(conn, f"SELECT {_select(conn, 'sessions', _SESSION_COLUMNS)} FROM sessions "
                        f"WHERE {where} ORDER BY id", params)
    out = []
    for r in found:
        row = dict(zip(_SESSION_COLUMNS, r, strict=True))
        row["signed_context"] = _json(row["signed_context"])
        row["pain_drawing"] = _json(row["pain_drawing"])
        out.append(row)
    return out


def _select(conn: Any, table: str, names: tuple[str, ...]) -> str:
    """``names`` as select expressions; a column a later revision adds is NULL until then
    (the 0006 migration seals with today's field list: a field hashed from a later revision
    on is null in a session sealed before it, as it is once that revision adds it)."""
    if dialects.name(conn) == "sqlite":
        have = {r[1] for r in fetch(conn, f"PRAGMA table_info({table})")}
    else:  # PostgreSQL: a new database is made by running every revision, 0006 included
        have = {r[0] for r in fetch(conn, "SELECT column_name FROM information_schema.columns "
                                          "WHERE table_schema = current_schema() AND "
                                          "table_name = :t", {"t": table})}
    return ", ".join(n if n in have else f"NULL AS {n}" for n in names)


def read_points(conn: Any, where: str, params: Mapping[str, Any] | None = None
                ) -> dict[int, list[tuple[Any, ...]]]:
    """The points of the sessions that ``where`` (on sessions) selects, by session id, each
    as the tuple the hashing takes."""
    out: dict[int, list[tuple[Any, ...]]] = {}
    for r in fetch(conn, f"SELECT session_id, {_select(conn, 'trigger_points', _POINT_ORDER)} "
                         "FROM trigger_points "
                         f"WHERE session_id IN (SELECT id FROM sessions WHERE {where}) "
                         "ORDER BY session_id, number", params):
        out.setdefault(r[0], []).append(r[1:])
    return out


def seal(conn: Any, session_id: int, signed: Mapping[str, Any],
         context: Mapping[str, Any]) -> str:
    """The content hash of a session as it will be once ``signed`` (status, signed_at,
    signed_by, signing_exceptions) is written over its row; its points as they are."""
    row = read_sessions(conn, "id = :id", {"id": session_id})[0]
    row.update(signed)
    points = read_points(conn, "id = :id", {"id": session_id}).get(session_id, [])
    return stored_hash(row, points, context)


def seal_existing(conn: Any, actor: str, at: str) -> int:
    """Seal every signed session of an upgraded database as it stands (the 0006 migration
    runs this with the signed-session guard lifted), each audited. Returns how many."""
    from dn_bodymap.records import audit  # (audit imports the ORM schema; this stays light)

    signed = read_sessions(conn, "status = 'signed'")
    points = read_points(conn, "status = 'signed'")
    for s in signed:
        ctx = context_now(conn, s["patient_id"], "upgrade to schema 0006")
        digest = stored_hash(s, points.get(s["id"], []), ctx)
        conn.execute(text("UPDATE sessions SET content_hash = :h, signed_context = :c "
                          "WHERE id = :id"), {"h": digest, "c": json.dumps(ctx), "id": s["id"]})
        audit.record(conn, at=at, actor=actor, action="sign", entity="session",
                     entity_id=s["id"], session_id=s["id"], field="content_hash", old=None,
                     new=digest)
    return len(signed)
