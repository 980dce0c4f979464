"""``verify``'s check of signed sessions (records/integrity.py): each one's content against its
content hash, that hash against the one the audit trail recorded at signing, a session the
trail says was signed that is no longer, a point moved into a signed session from another.
Read a few thousand sessions at a time, so a clinic's ten years are checked in bounded
memory."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import text

from dn_bodymap.records import content
from dn_bodymap.records.problems import Problem
from dn_bodymap.records.problems import decode as _decode

_SESSION_BATCH = 2_000  # session ids hashed at a time by verify


def signed_sessions(conn: Any, checked: dict[str, int], where: str,
                     params: Mapping[str, Any] | None = None) -> list[Problem]:
    """Signed sessions (those ``where`` selects) against their hashes and the audit trail."""
    scope = f"({where}) AND (status = 'signed' OR content_hash IS NOT NULL)"
    recorded: dict[int, tuple[int, Any]] = {}  # session -> (audit row, hash) at signing
    signed_once: dict[int, int] = {}  # session -> an audit row that signed it
    for rid, sid, fld, new in conn.execute(text(
            f"SELECT id, entity_id, field, new_value FROM audit WHERE action = 'sign' AND "
            f"entity = 'session' AND entity_id IN (SELECT id FROM sessions WHERE {where}) "
            f"ORDER BY id"), dict(params or {})):
        if fld == "content_hash":
            recorded[sid] = (rid, _decode(new))
        signed_once.setdefault(sid, rid)
    out: list[Problem] = []
    found: set[int] = set()
    last = conn.execute(text(f"SELECT max(id) FROM sessions WHERE {scope}"),
                        dict(params or {})).scalar() or 0
    # A few thousand sessions and their points at a time: a clinic's ten years of points
    # are hashed without all being held at once.
    for low in range(0, int(last), _SESSION_BATCH):
        part = f"{scope} AND id > {low} AND id <= {low + _SESSION_BATCH}"
        sessions = content.read_sessions(conn, part, params)
        points = content.read_points(conn, part, params)
        out += [p for s in sessions for p in _signed_one(conn, s, points, recorded)]
        found.update(s["id"] for s in sessions)
    checked["signed sessions"] = len(found)
    for sid, rid in signed_once.items():
        if sid not in found:
            out.append(Problem(f"session {sid}", f"was signed (audit row {rid}) but is no "
                                                 "longer signed, or is gone"))
    out += _moved_points(conn, scope, params)
    return out


def _signed_one(conn: Any, s: Mapping[str, Any], points: Mapping[int, list[tuple[Any, ...]]],
                recorded: Mapping[int, tuple[int, Any]]) -> list[Problem]:
    """One signed session's problems: its hash against its content and the audit trail."""
    out = []
    name, sid = f"session {s['id']}", s["id"]
    if s["status"] != "signed":
        out.append(Problem(name, "has a content hash but is no longer signed"))
    elif not s["content_hash"]:
        out.append(Problem(name, "is signed but has no content hash (signed, or "
                                 "rewritten, by another program)"))
    elif not isinstance(s["signed_context"], dict) or content.stored_hash(
            s, points.get(sid, []), s["signed_context"]) != s["content_hash"]:
        changed = _changed_fields(conn, s)
        out.append(Problem(name, "its signed content was changed after signing (it no "
                                 "longer matches its content hash)"
                           + (f": {changed}" if changed else "")))
    if sid in recorded and s["content_hash"] and recorded[sid][1] != s["content_hash"]:
        out.append(Problem(name, f"its content hash is not the one the audit trail "
                                 f"recorded at signing (audit row {recorded[sid][0]})"))
    return out


def _moved_points(conn: Any, scope: str, params: Mapping[str, Any] | None) -> list[Problem]:
    """Points of signed sessions that the audit trail made in another session."""
    found = conn.execute(text(
        "SELECT p.id, p.session_id, a.session_id FROM trigger_points p JOIN audit a ON "
        "a.entity = 'trigger_point' AND a.action = 'create' AND a.entity_id = p.id WHERE "
        f"p.session_id IN (SELECT id FROM sessions WHERE {scope}) AND "
        "(a.session_id IS NULL OR a.session_id <> p.session_id)"), dict(params or {}))
    return [Problem(f"trigger point {pid}", f"was charted in session {was} and moved into "
                                            f"signed session {now} by another program")
            for pid, now, was in found]


def replayed(conn: Any, entity: str, entity_id: int) -> dict[str, Any]:
    """A record's fields as its audit trail last recorded them (created, then updated)."""
    out: dict[str, Any] = {}
    for action, fld, new in conn.execute(text(
            "SELECT action, field, new_value FROM audit WHERE entity = :e AND "
            "entity_id = :i ORDER BY id"), {"e": entity, "i": entity_id}):
        new = _decode(new)
        if action == "create" and isinstance(new, dict):
            out.update(new)
        elif fld and fld.startswith("screening.") and isinstance(out.get("screening"), dict):
            out["screening"] = {**out["screening"], fld.split(".", 1)[1]: new}
        elif fld and action in ("update", "sign"):
            out[fld] = new
    return out


def _changed_fields(conn: Any, s: Mapping[str, Any]) -> str:
    """Which of a session's fields differ from what the audit trail recorded, in words."""
    was = replayed(conn, "session", s["id"])
    now_fields = content.content(s, [], {})["session"]
    then_fields = content.content(was, [], {})["session"]
    diffs = [f"{k} is {now_fields[k]!r}, the audit trail recorded {then_fields[k]!r}"
             for k in content.SESSION_CONTENT
             if k in was and k != "points_issued" and now_fields[k] != then_fields[k]]
    if content.drawing(s.get("pain_drawing")) != content.drawing(was.get("pain_drawing")):
        diffs.append("the pain drawing is not the one the audit trail recorded")  # (no dump)
    return "; ".join(diffs)
