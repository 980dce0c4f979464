"""The records as the rest of the program sees them: frozen dataclasses, no database, no Qt.

The store returns these; the views and printouts read them. Edits go back through the store
(``Store.update_point(id, depth_mm=12)``), which checks, stores and audits them in one go.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Clinician:
    """A clinician profile (kept in the settings). A session copies name and credentials as
    text when it is made, so renaming a profile later never rewrites an old session."""

    name: str
    credentials: str = ""

    @property
    def signature(self) -> str:
        return f"{self.name}, {self.credentials}" if self.credentials else self.name


@dataclass(frozen=True)
class Account:
    """A clinician who signs with a password (records/accounts.py). The password's hash
    never leaves the store."""

    id: int
    name: str
    credentials: str
    created_at: str  # UTC, ISO 8601
    disabled: bool = False

    @property
    def clinician(self) -> Clinician:
        return Clinician(self.name, self.credentials)


@dataclass(frozen=True)
class ScreeningAnswer:
    answer: str = "not_asked"  # yes / no / not_asked
    note: str = ""
    # Copied from the patient's standing precautions into a new session and not yet
    # confirmed at this visit; ``last_confirmed`` is when it was confirmed before (ISO, with
    # offset), None for an answer given at this visit.
    carried: bool = False
    last_confirmed: str | None = None


@dataclass(frozen=True)
class Precaution:
    """A patient's standing answer to one screening item, kept across visits: made or
    changed by answering the pre-needling screen, confirmed at each visit."""

    id: int
    patient_id: int
    item: str  # a screening item id (vocab.SCREENING_ITEMS)
    answer: str  # yes / no
    note: str
    confirmed_at: str  # when last confirmed: local time with its UTC offset
    confirmed_in_session: int | None  # the session it was confirmed in, if any
    updated_at: str  # UTC
    version: int = 1  # raised by each stored change (records/versions.py)

    @property
    def active(self) -> bool:
        return self.answer == "yes"


@dataclass(frozen=True)
class Patient:
    id: int
    name: str
    date_of_birth: str | None  # ISO date
    clinic_id: str | None  # the clinic's own identifier; unique when set
    sex: str  # female / male / other / unknown
    notes: str
    created_at: str  # UTC, ISO 8601
    updated_at: str
    version: int = 1  # raised by each stored change (records/versions.py)


@dataclass(frozen=True)
class TriggerPoint:
    id: int
    session_id: int
    number: int  # within the session; a deleted point's number is never given again
    view: str
    x: float  # in the view's diagram coordinates
    y: float
    muscle: str  # as mapped when charted, never re-mapped through a later atlas
    side: str
    layer: str
    kind: str | None = None  # active / latent; None when not recorded
    taut_band: bool = False
    spot_tenderness: bool = False
    familiar_pain: bool = False
    referred_pain: bool = False
    local_twitch: bool = False
    needled: bool = False
    needle_length_mm: float | None = None
    needle_gauge_mm: float | None = None  # needle diameter in mm, e.g. 0.25
    depth_mm: float | None = None
    technique: str | None = None  # pistoning / static / electrical_stimulation
    ltr_count: int | None = None  # local twitch responses while needling
    time_in_tissue_s: float | None = None
    tolerance: str | None = None  # good / fair / poor
    notes: str = ""
    # Carried forward from the previous session ("start from last session"): the id of the
    # point it was copied from, and False until the clinician has re-checked it today.
    carried_from: int | None = None
    confirmed: bool = True
    # The referral pattern id (the trigger-point site) the clinician chose for a muscle with
    # several sites; None means the site nearest the point.
    referral_site: str | None = None
    adverse_events: tuple[str, ...] = ()  # codes (vocab.ADVERSE_EVENTS) tied to this point
    # The clinician confirmed a needling depth beyond a caution zone's guidance; a later
    # change of depth_mm clears it, so a new depth is confirmed again.
    depth_confirmed: bool = False
    version: int = 1  # raised by each stored change (records/versions.py)


@dataclass(frozen=True)
class SigningException:
    """A recommended item of the signing checklist that the clinician signed over, and why."""

    item: str  # the checklist item's id, e.g. "pain_after"
    reason: str


@dataclass(frozen=True)
class Addendum:
    id: int
    session_id: int
    at: str  # UTC, ISO 8601
    author: str
    text: str


@dataclass(frozen=True)
class Session:
    id: int
    uuid: str
    patient_id: int
    started_at: str  # local clinical time as entered, ISO 8601 with its UTC offset
    clinician_name: str
    clinician_credentials: str
    atlas_data_version: str  # the atlas the points were charted with
    chief_complaint: str = ""
    pain_before: int | None = None  # NPRS 0-10
    pain_after: int | None = None
    screening: Mapping[str, ScreeningAnswer] = field(default_factory=dict)  # every item
    consent: bool = False
    adverse_events: tuple[str, ...] = ()
    adverse_other: str = ""
    aftercare: str = ""
    plan: str = ""
    follow_up: str = ""
    notes: str = ""
    status: str = "draft"
    signed_at: str | None = None
    signed_by: str | None = None
    points_issued: int = 0  # the highest point number ever given in this session
    signing_exceptions: tuple[SigningException, ...] = ()
    since_last_visit: str = ""  # the answer to "since last time" (last visit's events)
    # The account that signed with its password; None when signed without accounts.
    signed_account_id: int | None = None
    # SHA-256 of the signed content (records/content.py), None for a draft; and how a
    # signature came here when it was not made here ("signed elsewhere by ..., verified").
    content_hash: str | None = None
    signature_note: str = ""
    created_at: str = ""
    updated_at: str = ""
    version: int = 1  # of the session's own fields; its points have their own
    # The patient's pain drawing in its JSON form (charting/pain_drawing.py reads it into
    # geometry); None when none was drawn.
    pain_drawing: Mapping[str, Any] | None = None
    points: tuple[TriggerPoint, ...] = ()
    addenda: tuple[Addendum, ...] = ()

    @property
    def signed(self) -> bool:
        return self.status == "signed"

    def point(self, number: int) -> TriggerPoint:
        for p in self.points:
            if p.number == number:
                return p
        raise KeyError(f"session {self.id} has no point {number}")


@dataclass(frozen=True)
class SessionSummary:
    """One line of a patient's session list."""

    id: int
    uuid: str
    patient_id: int
    patient_name: str
    date: str  # the session's started_at
    status: str
    points: int


@dataclass(frozen=True)
class HistoryRow:
    """One line of a patient's treatment history, with the counts a reviewer scans for.
    Active and latent count confirmed points only: a point carried forward and not yet
    re-checked is not today's finding, so it is counted as ``unconfirmed``."""

    id: int
    date: str  # the session's started_at
    clinician: str
    status: str
    pain_before: int | None
    pain_after: int | None
    points: int
    active: int
    latent: int
    unconfirmed: int
    addenda: int = 0  # corrections added after signing

    @property
    def signed(self) -> bool:
        return self.status == "signed"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str  # UTC, ISO 8601
    actor: str
    action: str  # create / update / delete / sign / addendum
    entity: str  # patient / session / trigger_point / addendum / precaution / account
    entity_id: int
    session_id: int | None  # the session a point or addendum belongs to, for its history
    field: str | None  # the changed field of an update; None for a whole record
    old_value: Any  # decoded from JSON
    new_value: Any
