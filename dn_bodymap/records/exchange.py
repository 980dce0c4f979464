"""One session with its patient as a JSON document (``format_version`` 6), and back.

Import checks the whole document first (every message names the JSON path of the fault, like
``session.trigger_points[3].depth_mm: -3 is not a depth in mm (must be > 0)``), then writes it
in one transaction: all of it or nothing. A session is identified by its UUID; importing one
that is already in the database is refused, never duplicated.

Points keep the muscle, side and layer they were charted with. When the document was charted
with the same atlas data_version as the one given, each point must also lie on the body; with
another version only the muscle ids are checked (ids are stable across atlas versions).

Format 2 added two fields to each trigger point: ``confirmed`` and ``carried_from`` (the
source point as ``{"session_uuid": ..., "number": ...}``, or null). Format 1 files, which have
neither, still import: their points are confirmed and carried from nothing. A reference to a
session that is not in the database is kept with the point, exported again as it came, and
linked when that session arrives (records/importing.py). The version was
raised rather than the fields made optional because an older dn-bodymap refuses unknown
fields: it should say "update dn-bodymap", not "unknown field".

Format 3 added each point's ``referral_site`` (the trigger-point site chosen for a muscle with
several; null = the site nearest the point) and the session's ``signing_exceptions`` (the
signing checklist's warnings signed over, ``[{"item", "reason"}]``). Formats 1 and 2 import
with neither.

Format 4 (needling safety) added each point's ``adverse_events`` (codes) and
``depth_confirmed``, the session's ``since_last_visit``, each screening answer's ``carried``
and ``last_confirmed`` (an answer copied from the standing precautions and not confirmed at
this visit, and when it was confirmed before), and the patient's standing precautions as
``patient.precautions`` (``[{"item", "answer", "note", "confirmed_at"}]``, as they stand when
the file is written). Importing takes a file's precaution only where the target patient has
none for the item or one confirmed strictly earlier: a confirmation made here at the same
moment or later is newer news and is kept. Importing a session's screen changes no standing
precaution by itself. Formats 1 to 3 import with no events, nothing confirmed or carried, and
no precautions.

Format 5 (tamper evidence) added the session's ``content_hash`` and ``signed_context``: the
SHA-256 of its signed content and the context it covers (records/content.py), null for a
draft. An import recomputes the hash and takes the signature only if it matches; otherwise
the session becomes a draft with a note saying why. A signed session of a format 1 to 4 file
is imported signed, noted "not verified" (records/signatures.py has the rules).

Format 6 (pain drawing) added the session's ``pain_drawing``: the patient's pain drawing in
charting/pain_drawing.py's JSON form (``{"format": 1, "areas": [{"view", "quality",
"intensity", "geometry": GeoJSON}]}``), null when none was drawn. It is checked as the store
checks it (a fault is named by its path, ``session.pain_drawing.areas[0].geometry: ...``) and,
in a signed session, part of the content hash. Formats 1 to 5 import with no drawing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, cast

from dn_bodymap import __version__
from dn_bodymap.records import (
    atlas_checks,
    carry,
    importing,
    input_limits,
    precautions,
    signatures,
    signing,
    validate,
)
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.schema import SessionRow
from dn_bodymap.records.store import POINT_DEFAULTS, Store

FORMAT_VERSION: Final = 6
_PATIENT: Final = ("name", "date_of_birth", "clinic_id", "sex", "notes")
_SESSION: Final = ("uuid", "started_at", "clinician", "atlas_data_version", "chief_complaint",
                   "pain_before", "pain_after", "screening", "consent", "adverse_events",
                   "adverse_other", "aftercare", "plan", "follow_up", "notes",
                   "since_last_visit", "status",
                   "signed_at", "signed_by", "signing_exceptions", "points_issued",
                   "trigger_points", "addenda", "content_hash", "signed_context",
                   "pain_drawing")
_POINT: Final = ("number", *validate.POINT_FIELDS)
# Fields each format version added; a file of an older version may not have them.
_NEW_POINT_FIELDS: Final = {2: ("carried_from", "confirmed"), 3: ("referral_site",),
                             4: ("adverse_events", "depth_confirmed")}
_NEW_SESSION_FIELDS: Final = {3: ("signing_exceptions",), 4: ("since_last_visit",),
                               5: ("content_hash", "signed_context"), 6: ("pain_drawing",)}
_NEW_PATIENT_FIELDS: Final = {4: ("precautions",)}
_NEW_ANSWER_FIELDS: Final = {4: ("carried", "last_confirmed")}
_REFERENCE: Final = ("session_uuid", "number")


# -- export --------------------------------------------------------------------------------

def export_session(store: Store, session_id: int) -> dict[str, Any]:
    s = store.session(session_id)
    p = store.patient(s.patient_id)
    session: dict[str, Any] = {k: getattr(s, k) for k in _SESSION
                               if k not in ("clinician", "trigger_points", "addenda",
                                            "signed_context")}
    session["clinician"] = {"name": s.clinician_name, "credentials": s.clinician_credentials}
    session["screening"] = {k: asdict(a) for k, a in s.screening.items()}
    session["adverse_events"] = list(s.adverse_events)
    session["signing_exceptions"] = [asdict(e) for e in s.signing_exceptions]
    with store._read() as db:
        refs = carry.references(db, [t.carried_from for t in s.points if t.carried_from])
        kept = carry.stored_references(db, s.id)  # sources not (yet) in this database
        session["signed_context"] = db.get_one(SessionRow, session_id).signed_context
    session["trigger_points"] = [{k: getattr(t, k) for k in _POINT} for t in s.points]
    for t, point in zip(s.points, session["trigger_points"], strict=True):
        # a database id means nothing elsewhere: the source by session UUID and number
        point["carried_from"] = (refs.get(t.carried_from) if t.carried_from is not None
                                 else kept.get(t.id))
        point["adverse_events"] = list(point["adverse_events"])
    session["addenda"] = [{"at": a.at, "author": a.author, "text": a.text} for a in s.addenda]
    return {"format_version": FORMAT_VERSION,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "exported_by": f"dn-bodymap {__version__}",
            "patient": {**{k: getattr(p, k) for k in _PATIENT},
                        "precautions": [{"item": c.item, "answer": c.answer, "note": c.note,
                                         "confirmed_at": c.confirmed_at}
                                        for c in store.precautions(p.id)]},
            "session": {k: session[k] for k in _SESSION}}


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


# -- reading and checking ------------------------------------------------------------------

def load_file(path: str | Path) -> dict[str, Any]:
    """Read and parse a JSON file; a missing, unreadable, truncated, oversized or strange
    file (a pipe, duplicate keys, deep nesting) is a RecordsError."""
    return cast(dict[str, Any], input_limits.read_document(Path(path)))


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false",
             type(None): "null", int: "a number", float: "a number"}
    return names.get(type(value), type(value).__name__)


def _object(value: Any, path: str, required: tuple[str, ...],
            optional: tuple[str, ...] = ()) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise RecordsError(f"{path or '(top level)'}: expected an object, found {_kind(value)}")
    dot = f"{path}." if path else ""
    for key in value:
        if key not in required and key not in optional:
            raise RecordsError(f"{dot}{key}: unknown field")
    for key in required:
        if key not in value:
            raise RecordsError(f"{dot}{key}: missing")
    return value


def _capped(value: Any, path: str, most: int) -> list[Any]:
    if not isinstance(value, list):
        raise RecordsError(f"{path}: expected a list, found {_kind(value)}")
    if len(value) > most:
        raise RecordsError(f"{path}: {len(value):,} entries, more than one session may hold "
                           f"({most:,})")
    return value


def parse(doc: Any, atlas: Any = None) -> dict[str, Any]:
    """Check a document and return its values as the store keeps them:
    {"patient": {...}, "session": {...}, "points": [...], "addenda": [...]}."""
    top = _object(doc, "", ("format_version", "patient", "session"),
                  ("exported_at", "exported_by"))
    version = top["format_version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise RecordsError(f"format_version: {version!r} is not a format version")
    if version > FORMAT_VERSION:
        raise RecordsError(f"format_version: {version} is newer than this dn-bodymap reads "
                           f"({FORMAT_VERSION}); update dn-bodymap to import it")
    raw_patient = _object(top["patient"], "patient", ("name",),
                          _known((*_PATIENT[1:], "precautions"), _NEW_PATIENT_FIELDS, version))
    patient = validate.fields(validate.PATIENT_FIELDS, {k: v for k, v in raw_patient.items()
                                                        if k != "precautions"},
                              "patient", "patient.")
    standing = precautions.parse(raw_patient.get("precautions", []), "patient.precautions")
    s = _object(top["session"], "session", ("uuid", "started_at", "clinician",
                                            "atlas_data_version", "trigger_points"),
                _known(_SESSION, _NEW_SESSION_FIELDS, version))
    doctor = _object(s["clinician"], "session.clinician", ("name",), ("credentials",))
    if isinstance(s.get("screening"), dict):  # (the rest of the screen is checked below)
        keys = _known(validate.SCREENING_ANSWER_KEYS, _NEW_ANSWER_FIELDS, version)
        for item, a in s["screening"].items():
            if isinstance(a, dict):
                _object(a, f"session.screening.{item}", (), keys)
    simple = {k: v for k, v in s.items() if k in validate.SESSION_FIELDS}
    session = validate.fields(validate.SESSION_FIELDS, {
        **simple, "clinician_name": doctor["name"],
        "clinician_credentials": doctor.get("credentials", "")}, "session", "session.")
    session["uuid"] = validate.session_uuid(s["uuid"], "session.uuid")
    session["atlas_data_version"] = validate.name(s["atlas_data_version"],
                                                  "session.atlas_data_version")
    session["status"] = validate.status(s.get("status", "draft"), "session.status")
    for key in ("signed_at", "signed_by"):
        session[key] = s.get(key)
    session["signing_exceptions"] = validate.signing_exceptions(
        s.get("signing_exceptions", []), "session.signing_exceptions")
    points = [_point(p, f"session.trigger_points[{i}]", atlas, session["atlas_data_version"],
                     version)
              for i, p in enumerate(_capped(s["trigger_points"], "session.trigger_points",
                                            input_limits.MAX_POINTS))]
    numbers: set[int] = set()  # (a list searched for each point made 40,000 take minutes)
    for i, point in enumerate(points):
        if point["number"] in numbers:
            raise RecordsError(f"session.trigger_points[{i}].number: {point['number']} is "
                               "used twice")
        numbers.add(point["number"])
    issued = s.get("points_issued", max(numbers, default=0))
    if (isinstance(issued, bool) or not isinstance(issued, int)
            or issued < max(numbers, default=0)):
        raise RecordsError(f"session.points_issued: {issued!r} is not a count at least the "
                           "highest point number")
    session["points_issued"] = issued
    addenda = [_addendum(a, f"session.addenda[{i}]")
               for i, a in enumerate(_capped(s.get("addenda", []), "session.addenda",
                                             input_limits.MAX_ADDENDA))]
    _check_signature(session, addenda, points)
    session.update(signatures.parse_seal(s, session["status"] == "signed"))
    return {"patient": patient, "session": session, "points": points, "addenda": addenda,
            "precautions": standing, "format_version": version}


def _point(value: Any, path: str, atlas: Any, data_version: str,
           version: int) -> dict[str, Any]:
    known = _known(_POINT, _NEW_POINT_FIELDS, version)
    raw = _object(value, path, ("number", "view", "x", "y", "muscle", "side", "layer"), known)
    number = validate.number_in_session(raw["number"], f"{path}.number")
    point = validate.fields(validate.POINT_FIELDS, {k: v for k, v in raw.items()
                                                    if k not in ("number", "carried_from")},
                            "point", f"{path}.")
    point = {**POINT_DEFAULTS, **point, "number": number,
             "carried_from": _reference(raw.get("carried_from"), f"{path}.carried_from")}
    validate.point_consistency(point, f"{path}.")
    if atlas is not None:
        if data_version == atlas.data_version:
            atlas_checks.on_atlas(atlas, point, f"{path}.", fill=False)
            atlas_checks.site_on_atlas(atlas, point, f"{path}.")
        elif point["muscle"] not in atlas.muscles and point["muscle"] not in atlas.retired:
            # an older file may name a muscle the atlas has since divided: kept as charted
            raise RecordsError(f"{path}.muscle: unknown muscle {point['muscle']!r}")
    return point


def _known(fields: tuple[str, ...], added: Mapping[int, tuple[str, ...]],
           version: int) -> tuple[str, ...]:
    """The fields a document of ``version`` may have: all but those added by later versions."""
    later = {f for v, names in added.items() if v > version for f in names}
    return tuple(f for f in fields if f not in later)


def _reference(value: Any, path: str) -> dict[str, Any] | None:
    """A carried point's source, by session UUID and number; resolved when imported."""
    if value is None:
        return None
    ref = _object(value, path, _REFERENCE)
    return {"session_uuid": validate.session_uuid(ref["session_uuid"], f"{path}.session_uuid"),
            "number": validate.number_in_session(ref["number"], f"{path}.number")}


def _addendum(value: Any, path: str) -> dict[str, Any]:
    raw = _object(value, path, ("at", "author", "text"))
    text = validate.text(raw["text"], f"{path}.text")
    if not text.strip():
        raise RecordsError(f"{path}.text: an addendum needs some text")
    return {"at": validate.local_time(raw["at"], f"{path}.at"),
            "author": validate.name(raw["author"], f"{path}.author"), "text": text}


def _check_signature(session: dict[str, Any], addenda: list[dict[str, Any]],
                     points: list[dict[str, Any]]) -> None:
    if session["status"] == "signed":
        unchecked = [i for i, p in enumerate(points) if not p["confirmed"]]
        if unchecked:  # the store never signs these; a file claiming so was edited
            raise RecordsError(f"session.trigger_points[{unchecked[0]}].confirmed: a signed "
                               "session has no points left to re-check")
        session["signed_at"] = validate.local_time(session["signed_at"], "session.signed_at")
        session["signed_by"] = validate.name(session["signed_by"], "session.signed_by")
        signing.not_before(session["signed_at"], session["started_at"], "session.signed_at",
                           "the session began")
        for i, a in enumerate(addenda):
            signing.not_before(a["at"], session["signed_at"], f"session.addenda[{i}].at",
                               "the session was signed")
    else:
        for key in ("signed_at", "signed_by"):
            if session[key] is not None:
                raise RecordsError(f"session.{key}: a draft session has no {key}")
        if session["signing_exceptions"]:
            raise RecordsError("session.signing_exceptions: a draft session was not signed "
                               "over anything")
        if addenda:
            raise RecordsError("session.addenda: a draft session has no addenda")


# -- writing -------------------------------------------------------------------------------

def import_document(store: Store, doc: Any, *, patient_id: int | None = None,
                    actor: str | None = None) -> int:
    """Check ``doc`` and store it in one transaction; returns the new session's id.

    The patient is ``patient_id`` if given, else the patient with the document's clinic_id
    (whose name must match), else a new patient: patients without a clinic id are never
    merged by name, since two people can share one. Every check of the document is made
    before the write lock is taken (records/importing.py)."""
    return importing.write(store, parse(doc, store.atlas), patient_id=patient_id,
                           actor=actor)
