"""Shared by the records tests: stores in tmp_path, a realistic charted session, checksums."""

from __future__ import annotations

import copy
import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Clinician, RecordsError, Session, Store, exchange

DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "session-format-1.json"
CLINICIAN = Clinician("Alex Rivera", "PT, DPT, Cert. DN")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def spot(atlas: Atlas, view: str, muscle: str, side: str) -> tuple[float, float]:
    """A point inside the muscle's region on ``view`` where the atlas answers that muscle."""
    p = atlas.region(view, muscle, side).geometry.representative_point()
    assert any(h.muscle == muscle for h in atlas.muscles_at(view, p.x, p.y))
    return round(p.x, 2), round(p.y, 2)


def raw(target: Path | str, sql: str, *args: object) -> list[tuple]:
    """Run SQL on the database outside the store, as another program would: plain sqlite3 on
    a file, psycopg on a PostgreSQL URL (``?`` placeholders either way)."""
    if isinstance(target, str) and target.startswith("postgresql"):
        import psycopg

        with psycopg.connect(target.replace("+psycopg", "", 1)) as pg:
            cur = pg.execute(sql.replace("?", "%s"), args)  # type: ignore[arg-type]
            return [tuple(r) for r in cur.fetchall()] if cur.description else []
    conn = sqlite3.connect(target)
    try:
        with conn:
            return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def location(store: Store) -> Path | str:
    """Where ``store`` keeps its records: its file, or its URL (for ``raw`` and
    ``Store.open``)."""
    return store.path or store.url.render_as_string(hide_password=False)


def _refusals() -> tuple[type[Exception], ...]:
    import psycopg

    return (sqlite3.IntegrityError, psycopg.IntegrityError)


# What a guard trigger's refusal raises in another program, on either backend.
REFUSED = _refusals()


def chart_example(store: Store, atlas: Atlas) -> Session:
    """A signed session as a clinic would chart it: neck, shoulder and hip points, one point
    deleted (so the numbers have a gap), screening, adverse events and an addendum."""
    patient = store.add_patient("Maria Example", date_of_birth="1979-06-14",
                                clinic_id="DN-000123", sex="female",
                                notes="Office worker, right-hand dominant.")
    s = store.new_session(
        patient.id, CLINICIAN, started_at="2025-03-14T09:30:00+01:00",
        chief_complaint="Right neck pain with temple headache for 6 weeks, worse after "
                        "computer work; left buttock pain when sitting.",
        pain_before=7, consent=True,
        screening={item: "no" for item in ("active_infection", "pregnancy", "needle_phobia",
                                           "bleeding_disorder", "immunocompromised",
                                           "epilepsy", "vascular_disease", "metal_allergy")}
        | {"anticoagulants": ("no", "Aspirin stopped in 2023"),
           "diabetes": ("yes", "Type 2, diet-controlled; skin and sensation checked")})
    needled = {"needled": True, "technique": "pistoning", "tolerance": "good"}
    points = [
        ("back", "upper_trapezius", "right", {
            "kind": "active", "taut_band": True, "spot_tenderness": True,
            "familiar_pain": True, "referred_pain": True, "local_twitch": True, **needled,
            "needle_length_mm": 30, "needle_gauge_mm": 0.25, "depth_mm": 12, "ltr_count": 3,
            "time_in_tissue_s": 20, "notes": "Reproduced the temple headache."}),
        ("back", "infraspinatus", "right", {
            "kind": "active", "taut_band": True, "spot_tenderness": True,
            "referred_pain": True, **needled, "needle_length_mm": 40,
            "needle_gauge_mm": 0.30, "depth_mm": 18.5, "ltr_count": 2,
            "time_in_tissue_s": 30}),
        ("back", "levator_scapulae", "left", {
            "kind": "latent", "taut_band": True, "spot_tenderness": True,
            "notes": "Palpated only; not needled today."}),
        ("back", "gastrocnemius", "right", {"kind": "latent"}),  # deleted below
        ("back", "gluteus_medius", "left", {
            "kind": "active", "taut_band": True, "spot_tenderness": True,
            "familiar_pain": True, "needled": True, "technique": "static",
            "needle_length_mm": 60, "needle_gauge_mm": 0.30, "depth_mm": 35,
            "time_in_tissue_s": 600, "tolerance": "fair", "ltr_count": 0}),
        ("back", "gluteus_medius", "left", {
            "kind": "active", "spot_tenderness": True, "needled": True,
            "technique": "electrical_stimulation", "needle_length_mm": 60,
            "needle_gauge_mm": 0.30, "depth_mm": 40, "time_in_tissue_s": 900,
            "tolerance": "good", "notes": "2 Hz, 10 minutes, to tolerance."}),
    ]
    charted = []
    for view, muscle, side, details in points:
        x, y = spot(atlas, view, muscle, side)
        if charted and charted[-1].muscle == muscle:
            y += 6  # a second point in the same muscle, a little lower
        layer = next(h.layer for h in atlas.muscles_at(view, x, y) if h.muscle == muscle)
        charted.append(store.add_point(s.id, view, x, y, muscle=muscle, side=side,
                                       layer=layer, **details))
    store.delete_point(charted[3].id)
    store.update_session(s.id, pain_after=4,
                         adverse_events=["post_needling_soreness", "bruising"],
                         aftercare="Heat and gentle range of motion; soreness may last 24 to "
                                   "48 hours.",
                         plan="Review in one week; start cervical stabilisation exercises.",
                         follow_up="2025-03-21",
                         notes="Good response; headache eased during treatment.")
    store.sign_session(s.id, CLINICIAN)
    store.add_addendum(s.id, "Patient phoned the next day: mild soreness in the left buttock, "
                             "gone within 24 hours. No other adverse events.", CLINICIAN)
    return store.session(s.id)


def as_exported_now(doc: dict[str, Any]) -> dict[str, Any]:
    """What exporting an imported file of an older format writes: today's format, with the
    fields each later format added at the values an older record means."""
    doc = copy.deepcopy(doc)
    version, s = doc["format_version"], doc["session"]
    for point in s["trigger_points"]:
        if version < 2:
            point.update(carried_from=None, confirmed=True)
        if version < 3:
            point["referral_site"] = None
        if version < 4:
            point.update(adverse_events=[], depth_confirmed=False)
    if version < 3:
        s["signing_exceptions"] = []
    if version < 4:
        s["since_last_visit"] = ""
        for answer in s["screening"].values():
            answer.update(carried=False, last_confirmed=None)
        doc["patient"]["precautions"] = []
    if version < 5:  # a signed session is sealed on import: its hash is made there
        signed = s["status"] == "signed"
        s["content_hash"] = SEALED_HASH if signed else None
        s["signed_context"] = SEALED_ON_IMPORT if signed else None
    if version < 6:
        s["pain_drawing"] = None
    doc["format_version"] = exchange.FORMAT_VERSION
    return doc


class _Sealed:
    """Equal to what an import seals a signed session of a format before 5 with."""

    def __init__(self, what: str) -> None:
        self.what = what

    def __eq__(self, other: object) -> bool:
        if self.what == "hash":
            return isinstance(other, str) and len(other) == 64
        return isinstance(other, dict) and str(other.get("sealed")).startswith(
            "import of a format")

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<sealed on import: {self.what}>"


SEALED_HASH, SEALED_ON_IMPORT = _Sealed("hash"), _Sealed("context")


def import_refused(db: Path, atlas: Atlas, example: Path, change: Callable[[Any], Any],
                   message: str) -> None:
    """The saved ``example`` with ``change`` made to it is refused with ``message`` (a
    regex), and nothing of it is written to the database ``db``."""
    doc = json.loads(example.read_text(encoding="utf-8"))
    # charted with this atlas, so each point's place is checked too (the sample keeps the
    # data_version it was exported with)
    doc["session"]["atlas_data_version"] = atlas.data_version
    change(doc)
    with Store.open(db, atlas=atlas) as store, pytest.raises(RecordsError, match=message):
        exchange.import_document(store, doc)
    assert raw(db, "SELECT count(*) FROM sessions") == [(0,)]
    assert raw(db, "SELECT count(*) FROM patients") == [(0,)]


def fill_clinic(store: Store, atlas: Atlas) -> dict[str, int]:
    """A small clinic's database with a record of every kind: the example's signed session
    (points, one deleted, screening, adverse events, an addendum, standing precautions), a
    follow-up carried forward and left a draft, a session signed with an account's password,
    a patient deleted and erased from the audit trail, and a last point deleted (so the id
    sequence has gone past the highest id). Returns the ids of note."""
    signed = chart_example(store, atlas)
    follow = store.new_session(signed.patient_id, CLINICIAN, carry_forward_from=signed.id,
                               started_at="2025-03-21T09:30:00+01:00", pain_before=4)
    store.confirm_point(follow.points[0].id)
    store.set_precaution(signed.patient_id, "pregnancy", "yes", "12 weeks",
                         session_id=follow.id)
    gone = store.add_patient("Erased Person", date_of_birth="1990-01-01", clinic_id="DN-9")
    store.delete_patient(gone.id)
    store.erase_patient(gone.id)
    other = store.add_patient("Ben Other", sex="male", notes="Runner; left calf.")
    store.add_account("Alex Rivera", CLINICIAN.credentials, "correct horse battery")
    by_account = store.new_session(other.id, CLINICIAN, started_at="2025-04-01T14:00:00-04:00",
                                   consent=True, pain_before=5)
    x, y = spot(atlas, "back", "gastrocnemius", "left")
    store.add_point(by_account.id, "back", x, y, muscle="gastrocnemius", side="left",
                    layer="superficial", kind="active", needled=True, depth_mm=15.5)
    last = store.add_point(by_account.id, "back", x, y + 3)
    store.delete_point(last.id)
    store.sign_session(by_account.id, None, account="alex rivera",
                       password="correct horse battery")
    return {"signed": signed.id, "draft": follow.id, "by_account": by_account.id,
            "erased_patient": gone.id, "deleted_point": last.id}


def dump_sqlite(path: Path) -> dict[str, list[tuple]]:
    """Every table of an SQLite file (its own sqlite_sequence too), row for row as stored."""
    names = [r[0] for r in raw(path, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                     "ORDER BY name")]
    return {n: sorted(raw(path, f'SELECT * FROM "{n}" ORDER BY rowid'))  # by id (or name)
            for n in names}
