"""The database tables (SQLAlchemy 2 ORM). Changing them needs a migration in migrations/;
tests/test_records_migrations.py fails when these and the migrations disagree.

Times are ISO 8601 text: UTC for the bookkeeping stamps, local time with its offset for the
session's clinical date, so a record reads the same on any database and in any time zone.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints, so a later batch migration on SQLite can find and alter them.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    __table__: ClassVar[Table]  # a Table here, not any FromClause (SQLAlchemy's typing advice)


# AUTOINCREMENT: SQLite would otherwise give a deleted row's id to the next row, and the
# audit trail (which names records by id) would mix up two records.
_NO_REUSE = {"sqlite_autoincrement": True}


class PatientRow(Base):
    __tablename__ = "patients"
    # Added in revision 0011: the patient list is read in name order, a page at a time.
    __table_args__ = (Index(None, "name", "id"), _NO_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    date_of_birth: Mapped[str | None] = mapped_column(String)
    clinic_id: Mapped[str | None] = mapped_column(String, unique=True)
    sex: Mapped[str] = mapped_column(String)
    notes: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String)
    updated_at: Mapped[str] = mapped_column(String)
    # Added in revision 0009: raised by each stored change (records/versions.py).
    version: Mapped[int] = mapped_column(Integer, server_default="1", default=1)


class PatientTermRow(Base):
    """Added in revision 0011: a patient's search terms (records/search.py), derived from
    the name, date of birth and clinic id and rewritten with them. Compared by code point
    (the "C" collation on PostgreSQL), so a range of terms is exactly those with a prefix."""

    __tablename__ = "patient_terms"

    term: Mapped[str] = mapped_column(
        String().with_variant(String(collation="C"), "postgresql"), primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), primary_key=True, index=True)


class SessionRow(Base):
    __tablename__ = "sessions"
    # (started_at, id), added in revision 0011: the session list, oldest first, by pages.
    __table_args__ = (Index(None, "patient_id", "started_at"), Index(None, "started_at", "id"),
                      _NO_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String, unique=True)
    # RESTRICT: a patient with sessions cannot disappear from under them.
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="RESTRICT"))
    started_at: Mapped[str] = mapped_column(String)
    clinician_name: Mapped[str] = mapped_column(String)
    clinician_credentials: Mapped[str] = mapped_column(String)
    atlas_data_version: Mapped[str] = mapped_column(String)
    chief_complaint: Mapped[str] = mapped_column(Text)
    pain_before: Mapped[int | None] = mapped_column(Integer)
    pain_after: Mapped[int | None] = mapped_column(Integer)
    screening: Mapped[dict[str, Any]] = mapped_column(JSON)  # item -> {answer, note}
    consent: Mapped[bool]
    adverse_events: Mapped[list[str]] = mapped_column(JSON)
    adverse_other: Mapped[str] = mapped_column(Text)
    aftercare: Mapped[str] = mapped_column(Text)
    plan: Mapped[str] = mapped_column(Text)
    follow_up: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String)
    signed_at: Mapped[str | None] = mapped_column(String)
    signed_by: Mapped[str | None] = mapped_column(String)
    points_issued: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String)
    updated_at: Mapped[str] = mapped_column(String)
    # Added in revision 0004: [{"item", "reason"}], the checklist warnings signed over.
    signing_exceptions: Mapped[list[dict[str, str]]] = mapped_column(JSON,
                                                                       server_default="[]")
    # Added in revision 0005: the answer to "since last time" (last visit's adverse events).
    since_last_visit: Mapped[str] = mapped_column(Text, server_default="")
    # Added in revision 0009: raised by each stored change (records/versions.py).
    version: Mapped[int] = mapped_column(Integer, server_default="1", default=1)
    # Added in revision 0007: the account that signed with its password (NULL: signed
    # without accounts). A plain id: accounts are never deleted, only disabled.
    signed_account_id: Mapped[int | None] = mapped_column(Integer)
    # Added in revision 0006 (records/content.py): the SHA-256 of the canonical signed
    # content, the context it was signed in (the patient's identity and standing precautions
    # as they stood), and how the signature came to be here ("signed elsewhere by ...").
    content_hash: Mapped[str | None] = mapped_column(String)
    signed_context: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    signature_note: Mapped[str] = mapped_column(Text, server_default="")
    # Added in revision 0012: the patient's pain drawing (charting/pain_drawing.py's JSON
    # form: areas per view as GeoJSON polygons with quality and intensity); NULL: none drawn.
    pain_drawing: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class TriggerPointRow(Base):
    __tablename__ = "trigger_points"
    # (session_id, kind, confirmed), added in revision 0011: a history's counts read from
    # the index alone, not from every point's row scattered over ten years of the file.
    __table_args__ = (UniqueConstraint("session_id", "number"),
                      Index(None, "session_id", "kind", "confirmed"), _NO_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    view: Mapped[str] = mapped_column(String)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    muscle: Mapped[str] = mapped_column(String)
    side: Mapped[str] = mapped_column(String)
    layer: Mapped[str] = mapped_column(String)
    kind: Mapped[str | None] = mapped_column(String)
    taut_band: Mapped[bool]
    spot_tenderness: Mapped[bool]
    familiar_pain: Mapped[bool]
    referred_pain: Mapped[bool]
    local_twitch: Mapped[bool]
    needled: Mapped[bool]
    needle_length_mm: Mapped[float | None] = mapped_column(Float)
    needle_gauge_mm: Mapped[float | None] = mapped_column(Float)
    depth_mm: Mapped[float | None] = mapped_column(Float)
    technique: Mapped[str | None] = mapped_column(String)
    ltr_count: Mapped[int | None] = mapped_column(Integer)
    time_in_tissue_s: Mapped[float | None] = mapped_column(Float)
    tolerance: Mapped[str | None] = mapped_column(String)
    notes: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String)
    updated_at: Mapped[str] = mapped_column(String)
    # Added in revision 0003. carried_from is a plain id, not a foreign key: its source may be
    # a point of a draft deleted since, and a link must never block deleting that draft.
    carried_from: Mapped[int | None] = mapped_column(Integer)
    confirmed: Mapped[bool] = mapped_column(server_default=true())
    # Added in revision 0004: the referral pattern (site) chosen; NULL = nearest the point.
    referral_site: Mapped[str | None] = mapped_column(String)
    # Added in revision 0005: adverse events at this point (codes), and whether a depth beyond
    # a caution zone's guidance was confirmed by the clinician.
    adverse_events: Mapped[list[str]] = mapped_column(JSON, server_default="[]")
    depth_confirmed: Mapped[bool] = mapped_column(server_default=false())
    # Added in revision 0008: an imported point's source, by session UUID and number, kept
    # when that session is not (yet) here; carried_from is then NULL until it arrives.
    carried_from_session: Mapped[str | None] = mapped_column(String)
    carried_from_number: Mapped[int | None] = mapped_column(Integer)
    # Added in revision 0009: raised by each stored change (records/versions.py).
    version: Mapped[int] = mapped_column(Integer, server_default="1", default=1)


class PrecautionRow(Base):
    """Added in revision 0005: a patient's standing answer to one screening item.
    ``confirmed_in_session`` is a plain id, not a foreign key: the draft it was confirmed in
    may be deleted, and the precaution stays."""

    __tablename__ = "precautions"
    __table_args__ = (UniqueConstraint("patient_id", "item"), _NO_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="RESTRICT"))
    item: Mapped[str] = mapped_column(String)
    answer: Mapped[str] = mapped_column(String)
    note: Mapped[str] = mapped_column(Text)
    confirmed_at: Mapped[str] = mapped_column(String)  # local time with its UTC offset
    confirmed_in_session: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[str] = mapped_column(String)
    # Added in revision 0009: raised by each stored change (records/versions.py).
    version: Mapped[int] = mapped_column(Integer, server_default="1", default=1)


class AccountRow(Base):
    """Added in revision 0007: a clinician who signs with a password. ``name_key`` is the
    name case-folded, unique: "Alex Morgan" and "alex morgan" are one account. Never
    deleted (a signature names it), only disabled."""

    __tablename__ = "accounts"
    __table_args__ = _NO_REUSE

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    name_key: Mapped[str] = mapped_column(String, unique=True)
    credentials: Mapped[str] = mapped_column(String)
    password_hash: Mapped[str] = mapped_column(String)  # argon2id, with its own salt
    created_at: Mapped[str] = mapped_column(String)
    disabled: Mapped[bool] = mapped_column(server_default=false())


class AuditRow(Base):
    """Append-only. Entity and ids are plain columns, not foreign keys, so a deleted point's
    history stays."""

    __tablename__ = "audit"
    __table_args__ = (Index(None, "entity", "entity_id"), Index(None, "session_id"), _NO_REUSE)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String)
    actor: Mapped[str] = mapped_column(String)
    action: Mapped[str] = mapped_column(String)
    entity: Mapped[str] = mapped_column(String)
    entity_id: Mapped[int] = mapped_column(Integer)
    session_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str | None] = mapped_column(String)
    old_value: Mapped[str | None] = mapped_column(Text)  # JSON text
    new_value: Mapped[str | None] = mapped_column(Text)
    # Added in revision 0006 (records/chain.py): the digest of old_value and new_value, kept
    # when a payload is erased, and the hash chain (this row's hash covers the previous one).
    payload_digest: Mapped[str | None] = mapped_column(String)
    prev_hash: Mapped[str | None] = mapped_column(String)
    row_hash: Mapped[str | None] = mapped_column(String)


class AddendumRow(Base):
    """Added in revision 0002. Append-only: a correction to a signed session."""

    __tablename__ = "addenda"
    __table_args__ = _NO_REUSE

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="RESTRICT"),
                                            index=True)
    at: Mapped[str] = mapped_column(String)
    author: Mapped[str] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)
    # Added in revision 0006: the addenda's own hash chain (records/chain.py).
    prev_hash: Mapped[str | None] = mapped_column(String)
    row_hash: Mapped[str | None] = mapped_column(String)
