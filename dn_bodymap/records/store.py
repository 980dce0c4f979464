"""The records store: patients, sessions, points, signing, addenda and the audit trail in one
database (SQLite by default). Every public method that changes something is one transaction
holding the change and its audit rows, committed before it returns: no save step to forget.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session as DbSession

from dn_bodymap.records import (
    accounts,
    activity,
    audit,
    carry,
    database,
    drafts,
    erasure,
    integrity,
    live,
    outage,
    paths,
    points,
    precautions,
    rows,
    search,
    signing,
    validate,
    versions,
)
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.lock_keeper import LockKeeper
from dn_bodymap.records.model import (
    Addendum,
    Clinician,
    HistoryRow,
    Patient,
    Precaution,
    Session,
    SessionSummary,
    SigningException,
    TriggerPoint,
)
from dn_bodymap.records.safeguards import Safeguards
from dn_bodymap.records.schema import PatientRow, SessionRow, TriggerPointRow

POINT_DEFAULTS = rows.POINT_DEFAULTS  # (exchange imports these two from here)
SESSION_DEFAULTS = drafts.SESSION_DEFAULTS


class Store(Safeguards):
    """Open with ``Store.open(path_or_url, atlas=..., actor=...)``; close when done.

    ``atlas``, when given, checks and maps new and moved trigger points (unknown muscles and
    points off the body are refused) and supplies the sessions' atlas data_version. Reading
    never consults the atlas: a point keeps the muscle it was charted with.
    """

    def __init__(self, engine: Engine, path: Path | None, *, atlas: Any = None,
                 actor: str | None = None, migration_backup: Path | None = None,
                 warnings: Sequence[str] = ()) -> None:
        self._engine = engine
        self._writer = engine.execution_options(dn_write=True)
        self.url = engine.url
        self.path = path  # the SQLite file, or None (in memory, or another database)
        self.atlas = atlas
        self.actor = actor or audit.os_user()  # who the audit trail names, unless a call says
        self.migration_backup = migration_backup  # the copy taken before migrating, if any
        self.warnings = list(warnings)  # found on opening (file modes repaired): to show
        self.lock_keeper: LockKeeper | None = None
        self.open_problems: tuple[integrity.Problem, ...] = ()  # guard triggers repaired
        self.outbox = live.Outbox(engine.dialect.name)  # this client's id; what it wrote

    @classmethod
    def open(cls, target: str | Path, *, atlas: Any = None, actor: str | None = None,
             create: bool = True, keep_locks: bool = False) -> Store:
        """Open (with ``create``, make) the database at a file path or SQLAlchemy URL,
        upgrading its schema if it is older than this program's.

        ``keep_locks`` (the window): a separate process holds the SQLite file's locks, which
        nothing in this process can then drop (records/lock_keeper.py says why)."""
        engine, path, saved, warnings = database.open_engine(*paths.to_url(target), create)
        store = cls(engine, path, atlas=atlas, actor=actor, migration_backup=saved,
                    warnings=warnings)
        activity.opened(engine.url, path, saved)
        # Cheap checks only (``verify`` reads every page), kept for the window and verify.
        store.open_problems = integrity.open_checks(engine, store.actor)
        if keep_locks and path is not None:
            store.lock_keeper = LockKeeper.start(path)
        return store

    def close(self) -> None:
        self._engine.dispose()
        if self.lock_keeper is not None:  # last: the keeper's close checkpoints the WAL
            self.lock_keeper.stop()
            self.lock_keeper = None

    def watch(self, deliver: live.Deliver) -> live.Watcher | None:
        """Calls ``deliver`` (on a thread of its own) with other clients' changes."""
        return live.watch(self.url, self.path, self.outbox, deliver)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[DbSession]:
        """One write transaction (BEGIN IMMEDIATE on SQLite), committed on leaving."""
        try:
            with DbSession(self._writer, expire_on_commit=False) as db:
                with db.begin():
                    yield db
                    self.outbox.send(db)  # to the other windows (records/live.py)
                self.outbox.committed(db)
            activity.committed(db.info)
        except IntegrityError as exc:  # a database guard caught what the checks did not
            raise RecordsError(f"the database refused the change: {exc.orig}") from None
        except DBAPIError as exc:  # locked, disk full, damaged, server gone: nothing stored
            raise outage.error(exc, "the change was not stored") from None

    @contextmanager
    def _read(self) -> Iterator[DbSession]:
        try:
            with DbSession(self._engine) as db, db.begin():
                yield db
        except DBAPIError as exc:
            raise outage.error(exc, "cannot read the database") from None

    def _who(self, actor: str | None) -> str:
        return validate.name(actor, "actor") if actor is not None else self.actor

    # -- patients ---------------------------------------------------------------------------

    def add_patient(self, name: str, *, date_of_birth: Any = None, clinic_id: str | None = None,
                    sex: str = "unknown", notes: str = "", actor: str | None = None) -> Patient:
        values = validate.fields(validate.PATIENT_FIELDS, {
            "name": name, "date_of_birth": date_of_birth, "clinic_id": clinic_id, "sex": sex,
            "notes": notes}, "patient")
        with self._write() as db:
            rows.clinic_id_free(db, values["clinic_id"], None)
            at = audit.now_utc()
            row = PatientRow(**values, created_at=at, updated_at=at)
            db.add(row)
            db.flush()
            audit.record(db, at=at, actor=self._who(actor), action="create", entity="patient",
                         entity_id=row.id, new=values)
            search.index(db, row.id, values)
            return rows.to_patient(row)

    def update_patient(self, patient_id: int, *, actor: str | None = None,
                       expected_version: int | None = None, **changes: Any) -> Patient:
        values = validate.fields(validate.PATIENT_FIELDS, changes, "patient")
        with self._write() as db:
            row = rows.get(db, PatientRow, patient_id, "patient")
            versions.check(db, row, "patient", expected_version)
            if "clinic_id" in values:
                rows.clinic_id_free(db, values["clinic_id"], patient_id)
            rows.apply_changes(db, row, "patient", None, values, self._who(actor))
            if search.touches(values):
                search.index(db, row.id, rows.values_of(row, Patient))
            return rows.to_patient(row)

    def delete_patient(self, patient_id: int, *, actor: str | None = None) -> None:
        """Only a patient without sessions: records of care are never deleted with them."""
        with self._write() as db:
            erasure.delete_patient(db, patient_id, self._who(actor))

    def patient(self, patient_id: int) -> Patient:
        with self._read() as db:
            return rows.to_patient(rows.get(db, PatientRow, patient_id, "patient"))

    def patients(self) -> list[Patient]:
        with self._read() as db:
            found = db.scalars(select(PatientRow).order_by(PatientRow.name, PatientRow.id))
            return [rows.to_patient(r) for r in found]

    def search_patients(self, text: str = "", limit: int | None = 50) -> list[Patient]:
        """Patients, by name, whose name words, date of birth (ISO) or clinic id start with
        every word of ``text``, case-insensitively (records/search.py); at most ``limit``.
        Empty ``text``: the first ``limit`` patients by name."""
        with self._read() as db:
            return [rows.to_patient(r) for r in search.search(db, text, limit)]

    # -- sessions ---------------------------------------------------------------------------

    def new_session(self, patient_id: int, clinician: Clinician, *, started_at: Any = None,
                    atlas_data_version: str | None = None, actor: str | None = None,
                    carry_forward_from: int | None = None, **details: Any) -> Session:
        """A draft session, dated now unless ``started_at`` says otherwise; ``details`` are
        any other session fields (chief_complaint, pain_before, screening, ...).

        The screen starts from the patient's standing precautions, each answer ``carried``
        until confirmed at this visit; ``screening`` given here is answered today.
        ``carry_forward_from`` (an earlier session of the patient) starts it with that
        session's points to re-check, in the same transaction: see ``carry_forward``."""
        values, version = drafts.checked(
            clinician, started_at, details,
            atlas_data_version or (self.atlas.data_version if self.atlas else None))
        with self._write() as db:
            return drafts.create(db, patient_id, values, version, self._who(actor),
                                 carry_forward_from)

    def update_session(self, session_id: int, *, actor: str | None = None,
                       expected_version: int | None = None, **changes: Any) -> Session:
        """Change fields of a draft session. ``screening`` may name some items only; each
        changed item is audited as ``screening.<item>``, and one answered yes or no becomes
        the patient's standing precaution (see records/precautions.py). ``patient_id`` moves
        the session."""
        patient_id = changes.pop("patient_id", None)
        values = validate.fields(validate.SESSION_FIELDS, changes, "session")
        with self._write() as db:
            return drafts.update(db, session_id, values, patient_id, self._who(actor),
                                 expected_version)

    def delete_session(self, session_id: int, *, actor: str | None = None) -> None:
        """Delete a draft session and its points (their history stays in the audit trail);
        a signed session is never deleted."""
        with self._write() as db:
            row = rows.draft(db, session_id)
            who, at = self._who(actor), audit.now_utc()
            rows.delete_points(db, session_id, who, at)
            audit.record(db, at=at, actor=who, action="delete", entity="session",
                         entity_id=row.id, session_id=row.id, old=rows.values_of(row, Session))
            db.delete(row)

    def session(self, session_id: int) -> Session:
        """The session with its points (by number) and addenda, exactly as recorded."""
        with self._read() as db:
            return rows.load_session(db, rows.get(db, SessionRow, session_id, "session"))

    def session_id_for_uuid(self, session_uuid: str) -> int | None:
        with self._read() as db:
            return db.scalar(select(SessionRow.id).where(SessionRow.uuid == session_uuid))

    def sessions(self, patient_id: int | None = None, *, limit: int | None = None,
                 offset: int = 0) -> list[SessionSummary]:
        """Session list lines, oldest first (the ``limit`` from ``offset`` on, if given):
        one query, however many sessions."""
        return list(self.each_session(patient_id, limit=limit, offset=offset))

    def each_session(self, patient_id: int | None = None, *, limit: int | None = None,
                     offset: int = 0) -> Iterator[SessionSummary]:
        """``sessions``, read and handed on a few hundred at a time (a listing of every
        session of a clinic's years is written out as it is read, never held whole)."""
        q = rows.session_list(patient_id, limit, offset)
        with self._read() as db:
            if patient_id is not None:
                rows.get(db, PatientRow, patient_id, "patient")
            for r in db.execute(q.execution_options(yield_per=500)):
                yield SessionSummary(*r)

    def sessions_of(self, patient_id: int) -> list[Session]:
        """The patient's whole sessions, oldest first, in three queries (for progress)."""
        with self._read() as db:
            rows.get(db, PatientRow, patient_id, "patient")
            ids = select(SessionRow.id).where(SessionRow.patient_id == patient_id)
            found = list(db.scalars(select(SessionRow).where(SessionRow.id.in_(ids))
                                    .order_by(SessionRow.started_at, SessionRow.id)))
            return rows.load_sessions(db, found, ids)

    def history_rows(self, patient_id: int) -> list[HistoryRow]:
        """The patient's history lines with point counts, newest first, in one query.
        Active and latent count confirmed points; carried points to re-check are
        ``unconfirmed``."""
        with self._read() as db:
            rows.get(db, PatientRow, patient_id, "patient")
            return rows.history(db, patient_id)

    # -- standing precautions --------------------------------------------------------------

    def precautions(self, patient_id: int) -> list[Precaution]:
        """The patient's standing precautions (yes and no answers), in the screen's order."""
        with self._read() as db:
            rows.get(db, PatientRow, patient_id, "patient")
            return [precautions.to_precaution(r) for r in precautions.standing(db, patient_id)]

    def set_precaution(self, patient_id: int, item: str, answer: str, note: str = "", *,
                       session_id: int | None = None, actor: str | None = None) -> Precaution:
        """Make, change or confirm (now) one standing precaution; ``session_id``, a draft of
        the patient, is where it was confirmed. The session's own screen is not changed."""
        item = validate.screening_item(item, "item")
        answer = validate.standing_answer(answer, "answer")
        note = validate.text(note, "note")
        with self._write() as db:
            rows.get(db, PatientRow, patient_id, "patient")
            precautions.check_session(db, patient_id, session_id)
            return precautions.to_precaution(precautions.put(
                db, patient_id, item, answer, note, confirmed_at=precautions.now_local(),
                session_id=session_id, who=self._who(actor), at=audit.now_utc()))

    def confirm_screening(self, session_id: int, items: Sequence[str] | None = None, *,
                          actor: str | None = None) -> Session:
        """Confirm at this visit the screen answers carried from the standing precautions
        (all, or those of ``items``): each becomes today's answer, audited, and its
        precaution is confirmed now."""
        with self._write() as db:
            row = rows.draft(db, session_id)
            precautions.confirm_screening(db, row, items, self._who(actor), audit.now_utc())
            return rows.load_session(db, row)

    def previous_adverse_events(self, session_id: int) -> list[tuple[int | None, str]]:
        """For "since last time": the adverse events recorded in the patient's previous
        session (by when it started), as (point number, or None for the session, code)."""
        with self._read() as db:
            row = rows.get(db, SessionRow, session_id, "session")
            return precautions.previous_adverse_events(db, row)

    # -- signing and addenda ----------------------------------------------------------------

    def sign_session(self, session_id: int, clinician: Clinician | None, *,
                     exceptions: Sequence[SigningException] = (), account: str | None = None,
                     password: str | None = None, actor: str | None = None,
                     expected_version: int | None = None) -> Session:
        """Make the session read-only for good; corrections become addenda. ``exceptions``
        are the checklist warnings signed over, each with its reason, stored with it. With
        accounts in the database, ``account`` and its ``password`` sign (checked in this
        transaction; wrong: nothing written), as the account's "name, credentials"."""
        signed_over = validate.signing_exceptions([asdict(e) for e in exceptions], "exceptions")
        with self._write() as db:
            row = rows.get(db, SessionRow, session_id, "session")
            versions.check(db, row, "session", expected_version)  # signed as it was seen
            signer, account_id = accounts.signer(db, clinician, account, password)
            who = self._who(actor) if actor else signer.name.strip()
            return signing.sign(db, row, signer.signature, signed_over, who, account_id)

    def add_addendum(self, session_id: int, text: str, author: Clinician | str, *,
                     actor: str | None = None) -> Addendum:
        """Append a dated, attributed correction to a signed session (a draft is edited
        instead). Addenda are never changed or removed."""
        by = validate.name(author.signature if isinstance(author, Clinician) else author,
                           "author")
        if not isinstance(text, str) or not text.strip():
            raise RecordsError("text: an addendum needs some text")
        body = validate.text(text, "text")
        with self._write() as db:
            row = rows.get(db, SessionRow, session_id, "session")
            return signing.add_addendum(db, row, by, body, self._who(actor) if actor else by)

    # -- trigger points ---------------------------------------------------------------------

    def add_point(self, session_id: int, view: str, x: float, y: float, *,
                  number: int | None = None, actor: str | None = None,
                  **details: Any) -> TriggerPoint:
        """Chart a point on a draft session; it gets the next number. With an atlas, the
        muscle, side and layer default to the superficial muscle under the point.

        ``number`` puts a deleted point back under its old number (undoing a delete); a
        number never given in this session, or one in use, is refused."""
        values = points.new_values(self.atlas, {"view": view, "x": x, "y": y, **details})
        with self._write() as db:
            return points.add(db, session_id, values, number, self._who(actor))

    def update_point(self, point_id: int, *, actor: str | None = None,
                     expected_version: int | None = None, **changes: Any) -> TriggerPoint:
        """Change fields of a point of a draft; a new ``depth_mm`` without ``depth_confirmed``
        clears the confirmation of the old depth."""
        values = validate.fields(validate.POINT_FIELDS, changes, "trigger point")
        with self._write() as db:
            return points.update(db, self.atlas, point_id, values, self._who(actor),
                                 expected_version)

    def carry_forward(self, from_session_id: int, to_session_id: int, *,
                      actor: str | None = None) -> list[TriggerPoint]:
        """Start a draft from an earlier session of the same patient: each of its points is
        copied (place, muscle, side, layer, kind; findings and needling left empty) with
        ``carried_from`` set and ``confirmed`` False, to re-check. Confirm each with
        ``confirm_point`` or remove it with ``delete_point``; signing waits until then."""
        with self._write() as db:
            target = rows.get(db, SessionRow, to_session_id, "session")
            return carry.copy_points(db, from_session_id, target, self._who(actor),
                                     audit.now_utc())

    def confirm_point(self, point_id: int, *, actor: str | None = None) -> TriggerPoint:
        """Mark a carried point as re-checked today; the same as ``update_point(point_id,
        confirmed=True)``, audited as an update of ``confirmed``."""
        return self.update_point(point_id, confirmed=True, actor=actor)

    def delete_point(self, point_id: int, *, actor: str | None = None,
                     expected_version: int | None = None) -> None:
        """Remove a point from a draft; its number is not given again, its history stays."""
        with self._write() as db:
            points.delete(db, point_id, self._who(actor), expected_version)

    def point(self, point_id: int) -> TriggerPoint:
        with self._read() as db:
            return rows.to_point(rows.get(db, TriggerPointRow, point_id, "trigger point"))
