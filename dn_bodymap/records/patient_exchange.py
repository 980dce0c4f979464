"""A whole patient as one JSON document, and back: what moves a patient between two clinics'
databases in one file.

The document (``"format": "dn-bodymap patient"``, ``format_version`` 1) holds the patient (as
one session's file holds it, standing precautions included) and every session in the form
of records/exchange.py (``session_format_version`` says which), oldest first, each with its
points, addenda, pain drawing, signature and content hash.

Import checks every session first, exactly as a one-session import does (a fault is named
by its path, ``sessions[2].trigger_points[0].depth_mm: ...``), then writes the patient and
all the sessions not already in the database in one transaction: all of it or nothing.
A session already there (the same UUID) is skipped, never duplicated; one that is there
under another patient refuses the whole file. A signed session keeps its signature only if
its content hash matches (records/signatures.py), so ``verify`` passes on the target.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import select

from dn_bodymap import __version__
from dn_bodymap.records import audit, exchange, importing, input_limits, precautions
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.schema import SessionRow
from dn_bodymap.records.store import Store

KIND: Final = "dn-bodymap patient"
FORMAT_VERSION: Final = 1
MAX_SESSIONS: Final = 10_000  # sessions in one patient's file


@dataclass(frozen=True)
class PatientDocument:
    """A checked patient file: the patient, the standing precautions, the parsed sessions."""

    patient: dict[str, Any]
    precautions: list[dict[str, Any]]
    sessions: list[dict[str, Any]]  # exchange.parse's answers, oldest first


@dataclass
class Imported:
    patient_id: int
    added: list[int] = field(default_factory=list)  # new session ids
    skipped: list[str] = field(default_factory=list)  # UUIDs already in the database


def is_patient_document(doc: Any) -> bool:
    return isinstance(doc, dict) and doc.get("format") == KIND


def export_patient(store: Store, patient_id: int) -> dict[str, Any]:
    summaries = store.sessions(patient_id)  # refuses an unknown patient by name
    docs = [exchange.export_session(store, s.id) for s in summaries]
    patient = (docs[0]["patient"] if docs else _patient_only(store, patient_id))
    return {"format": KIND, "format_version": FORMAT_VERSION,
            "session_format_version": exchange.FORMAT_VERSION,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "exported_by": f"dn-bodymap {__version__}",
            "patient": patient, "sessions": [d["session"] for d in docs]}


def _patient_only(store: Store, patient_id: int) -> dict[str, Any]:
    p = store.patient(patient_id)
    return {"name": p.name, "date_of_birth": p.date_of_birth, "clinic_id": p.clinic_id,
            "sex": p.sex, "notes": p.notes,
            "precautions": [{"item": c.item, "answer": c.answer, "note": c.note,
                             "confirmed_at": c.confirmed_at}
                            for c in store.precautions(patient_id)]}


def parse(doc: Any, atlas: Any = None) -> PatientDocument:
    """Check the whole document before anything is written; a RecordsError names the fault."""
    if not is_patient_document(doc):
        raise RecordsError(f"format: expected {KIND!r}: this is not a whole-patient file")
    version = doc.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise RecordsError(f"format_version: {version!r} is not a format version")
    if version > FORMAT_VERSION:
        raise RecordsError(f"format_version: {version} is newer than this dn-bodymap reads "
                           f"({FORMAT_VERSION}); update dn-bodymap to import it")
    unknown = set(doc) - {"format", "format_version", "session_format_version",
                          "exported_at", "exported_by", "patient", "sessions"}
    if unknown:
        raise RecordsError(f"{sorted(unknown)[0]}: not a field of a whole-patient file")
    sessions = doc.get("sessions")
    if not isinstance(sessions, list):
        raise RecordsError("sessions: expected a list of sessions")
    if len(sessions) > MAX_SESSIONS:
        raise RecordsError(f"sessions: {len(sessions)} sessions, more than one file may "
                           f"hold ({MAX_SESSIONS})")
    session_version = doc.get("session_format_version", exchange.FORMAT_VERSION)
    parsed = []
    for i, session in enumerate(sessions):
        try:
            parsed.append(exchange.parse({"format_version": session_version,
                                          "patient": doc.get("patient"),
                                          "session": session}, atlas))
        except RecordsError as exc:
            raise RecordsError(_at_session(str(exc), i)) from None
    uuids = [p["session"]["uuid"] for p in parsed]
    twice = sorted({u for u in uuids if uuids.count(u) > 1})
    if twice:
        raise RecordsError(f"sessions: session {twice[0]} is in the file twice")
    if parsed:
        patient, standing = parsed[0]["patient"], parsed[0]["precautions"]
    else:  # a patient with no session yet: checked as a session's patient is
        probe = exchange.parse({"format_version": session_version, "patient": doc.get("patient"),
                                "session": _EMPTY_SESSION}, atlas)
        patient, standing = probe["patient"], probe["precautions"]
    parsed.sort(key=lambda p: p["session"]["started_at"])  # carried points find their source
    return PatientDocument(patient, standing, parsed)


_EMPTY_SESSION: Final = {"uuid": "00000000-0000-4000-8000-000000000000",
                         "started_at": "2000-01-01T00:00:00+00:00",
                         "clinician": {"name": "-"}, "atlas_data_version": "-",
                         "trigger_points": []}


def _at_session(message: str, index: int) -> str:
    """exchange's paths start at "session" or "patient"; in this file they are one level in."""
    if message.startswith("session"):
        return f"sessions[{index}]{message[len('session'):]}"
    return message


def import_patient(store: Store, doc: PatientDocument, *, patient_id: int | None = None,
                   actor: str | None = None) -> Imported:
    """Write a checked patient file in one transaction (see the module's note)."""
    who = actor or store.actor
    with store._write() as db:
        at = audit.now_utc()
        pid = importing.patient_for(db, doc.patient, patient_id, who, at)
        precautions.apply_imported(db, pid, doc.precautions, who, at)
        done = Imported(pid)
        for parsed in doc.sessions:
            uuid = parsed["session"]["uuid"]
            have = db.execute(select(SessionRow.id, SessionRow.patient_id)
                              .where(SessionRow.uuid == uuid)).first()
            if have is not None:
                if have.patient_id != pid:
                    raise RecordsError(f"session {uuid} is already in this database under "
                                       f"another patient (patient {have.patient_id}); "
                                       "nothing was imported")
                done.skipped.append(uuid)
                continue
            done.added.append(importing.write_in(db, parsed, patient_id=pid, actor=who))
        return done


def load(path: Any) -> Any:
    return input_limits.read_document(path)
