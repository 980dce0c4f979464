"""Standing precautions: the patient's answers to the pre-needling screen, kept across visits.

A screen item answered yes or no in a session becomes (or changes) the patient's precaution
for that item, confirmed now in that session, in the same transaction. A new session starts
its screen from the standing precautions, each answer marked ``carried`` with the time it was
last confirmed ("confirm: still on apixaban?"); answering the item again at this visit, even
with the same answer, or ``confirm_screening``, makes it today's answer and confirms the
precaution again. Every change is audited (entity "precaution").

The functions here run inside the store's write (or read) transaction ``db``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from dn_bodymap.records import audit, rows, validate, versions
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import Precaution, ScreeningAnswer
from dn_bodymap.records.schema import PrecautionRow, SessionRow, TriggerPointRow
from dn_bodymap.records.vocab import SCREENING_ITEMS

_ENTRY = ("item", "answer", "note", "confirmed_at")  # a precaution in an exported file


def now_local() -> str:
    """A confirmation's time: this computer's local time with its UTC offset, so the date
    printed ("carried from 2026-11-20") is the clinic's date."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def to_precaution(row: PrecautionRow) -> Precaution:
    return Precaution(row.id, row.patient_id, row.item, row.answer, row.note,
                      row.confirmed_at, row.confirmed_in_session, row.updated_at, row.version)


def standing(db: DbSession, patient_id: int) -> list[PrecautionRow]:
    """The patient's precautions, in the screen's order."""
    found = {r.item: r for r in db.scalars(select(PrecautionRow)
                                           .where(PrecautionRow.patient_id == patient_id))}
    return [found[i] for i in SCREENING_ITEMS if i in found]


def put(db: DbSession, patient_id: int, item: str, answer: str, note: str, *,
        confirmed_at: str, session_id: int | None, who: str, at: str) -> PrecautionRow:
    """Make or change the patient's precaution for ``item``, audited field by field."""
    values = {"answer": answer, "note": note, "confirmed_at": confirmed_at,
              "confirmed_in_session": session_id}
    row = db.scalar(select(PrecautionRow).where(PrecautionRow.patient_id == patient_id,
                                                PrecautionRow.item == item))
    if row is not None:
        rows.apply_changes(db, row, "precaution", session_id, values, who, at)
        return row
    row = PrecautionRow(patient_id=patient_id, item=item, **values, updated_at=at)
    db.add(row)
    db.flush()
    audit.record(db, at=at, actor=who, action="create", entity="precaution", entity_id=row.id,
                 session_id=session_id, new={"patient_id": patient_id, "item": item, **values})
    return row


def delete_all(db: DbSession, patient_id: int, who: str, at: str) -> None:
    """With a patient (who has no sessions): each precaution, audited."""
    for r in standing(db, patient_id):
        audit.record(db, at=at, actor=who, action="delete", entity="precaution",
                     entity_id=r.id, old=rows.values_of(r, Precaution))
        db.delete(r)
    db.flush()


def check_session(db: DbSession, patient_id: int, session_id: int | None) -> None:
    """A precaution may be confirmed in a draft session of its own patient only."""
    if session_id is None:
        return
    s = rows.draft(db, session_id)
    if s.patient_id != patient_id:
        raise RecordsError(f"session_id: session {session_id} is patient {s.patient_id}'s, "
                           f"not patient {patient_id}'s")


def carried_screening(db: DbSession, patient_id: int) -> dict[str, ScreeningAnswer]:
    """A new session's screen as the standing precautions give it, each answer to confirm."""
    return {r.item: ScreeningAnswer(r.answer, r.note, carried=True,
                                    last_confirmed=r.confirmed_at)
            for r in standing(db, patient_id)}


def confirm_answers(db: DbSession, session: SessionRow, items: Iterable[str], who: str,
                    at: str) -> None:
    """The session's answers to ``items``, given at this visit, become the patient's
    standing precautions (an item not asked changes nothing)."""
    when = now_local()
    for item in items:
        a = session.screening[item]
        if a["answer"] != "not_asked":
            put(db, session.patient_id, item, a["answer"], a["note"], confirmed_at=when,
                session_id=session.id, who=who, at=at)


def set_screening(db: DbSession, session: SessionRow, answers: dict[str, ScreeningAnswer],
                  who: str, at: str) -> None:
    """Store the given screen items of a draft, each changed one audited as
    ``screening.<item>``. Every item given is answered at this visit (no longer carried),
    except one passed back exactly as the session holds it, carried (still to confirm)."""
    held = session.screening or {}
    today = {item: ScreeningAnswer(a.answer, a.note) for item, a in answers.items()
             if not (a.carried and rows.stored_answer(a) == held.get(item))}
    new = rows.merged_screening(held, today)
    changed = [item for item in SCREENING_ITEMS if new[item] != held.get(item)]
    for item in changed:
        audit.record(db, at=at, actor=who, action="update", entity="session",
                     entity_id=session.id, session_id=session.id, field=f"screening.{item}",
                     old=held.get(item), new=new[item])
    if changed:
        session.screening, session.updated_at = new, at
        versions.bump(db, session)
        confirm_answers(db, session, changed, who, at)


def confirm_screening(db: DbSession, session: SessionRow, items: Iterable[str] | None,
                      who: str, at: str) -> None:
    """Confirm the session's carried answers (all, or those of ``items``) as today's."""
    held = {i: ScreeningAnswer(**a) for i, a in (session.screening or {}).items()}
    wanted = list(SCREENING_ITEMS if items is None else items)
    for item in wanted:
        if item not in SCREENING_ITEMS:
            raise RecordsError(f"items: {item!r} is not a screening item (one of "
                               f"{', '.join(SCREENING_ITEMS)})")
    set_screening(db, session, {i: ScreeningAnswer(held[i].answer, held[i].note)
                                for i in wanted if i in held and held[i].carried}, who, at)


def previous_adverse_events(db: DbSession, session: SessionRow) -> list[tuple[int | None, str]]:
    """The adverse events of the patient's session before ``session`` (by the moment each
    started): the session's own as (None, code), then each point's as (number, code)."""
    def moment(started_at: str, sid: int) -> tuple[datetime, int]:
        return datetime.fromisoformat(started_at), sid

    me = moment(session.started_at, session.id)
    earlier = [moment(s, i) for i, s in db.execute(
        select(SessionRow.id, SessionRow.started_at)
        .where(SessionRow.patient_id == session.patient_id, SessionRow.id != session.id))
        if moment(s, i) < me]
    if not earlier:
        return []
    before = rows.get(db, SessionRow, max(earlier)[1], "session")
    out: list[tuple[int | None, str]] = [(None, c) for c in before.adverse_events or ()]
    for number, codes in db.execute(select(TriggerPointRow.number,
                                           TriggerPointRow.adverse_events)
                                    .where(TriggerPointRow.session_id == before.id)
                                    .order_by(TriggerPointRow.number)):
        out += [(number, c) for c in codes or ()]
    return out


# -- in exchanged files --------------------------------------------------------------------

def exported(db: DbSession, patient_id: int) -> list[dict[str, Any]]:
    return [{"item": r.item, "answer": r.answer, "note": r.note,
             "confirmed_at": r.confirmed_at} for r in standing(db, patient_id)]


def parse(value: Any, path: str) -> list[dict[str, Any]]:
    """A file's ``patient.precautions``: [{item, answer, note, confirmed_at}], each item
    once."""
    if not isinstance(value, list):
        raise RecordsError(f"{path}: expected a list of precautions")
    out: list[dict[str, Any]] = []
    for i, entry in enumerate(value):
        at = f"{path}[{i}]"
        if not isinstance(entry, dict) or set(entry) != set(_ENTRY):
            raise RecordsError(f"{at}: needs exactly the fields {', '.join(_ENTRY)}")
        item = entry["item"]
        if item not in SCREENING_ITEMS:
            raise RecordsError(f"{at}.item: {item!r} is not a screening item (one of "
                               f"{', '.join(SCREENING_ITEMS)})")
        if any(e["item"] == item for e in out):
            raise RecordsError(f"{at}.item: {item} is given twice")
        out.append({"item": item,
                    "answer": validate.standing_answer(entry["answer"], f"{at}.answer"),
                    "note": validate.text(entry["note"], f"{at}.note"),
                    "confirmed_at": validate.local_time(entry["confirmed_at"],
                                                        f"{at}.confirmed_at")})
    return out


def apply_imported(db: DbSession, patient_id: int, entries: list[dict[str, Any]], who: str,
                   at: str) -> None:
    """Take a file's precautions where this database knows no newer confirmation: an item
    the patient has none for, or one last confirmed strictly earlier than the file's. A
    precaution confirmed here at the same moment or later is kept as it is."""
    held = {r.item: r for r in standing(db, patient_id)}
    for e in entries:
        mine = held.get(e["item"])
        if mine is not None and (datetime.fromisoformat(mine.confirmed_at)
                                 >= datetime.fromisoformat(e["confirmed_at"])):
            continue
        put(db, patient_id, e["item"], e["answer"], e["note"], confirmed_at=e["confirmed_at"],
            session_id=None, who=who, at=at)
