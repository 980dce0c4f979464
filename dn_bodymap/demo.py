"""A realistic charted session for screenshots, tests and benchmarks: a neck, shoulder, low back and
leg presentation, charted at the muscles' classic trigger-point sites."""

from __future__ import annotations

from pathlib import Path

from dn_bodymap.atlas import Atlas
from dn_bodymap.records.model import Clinician, ScreeningAnswer
from dn_bodymap.records.store import Store

CLINICIAN = Clinician("Alex Morgan", "PT, DPT, Cert. DN")

# (muscle, side, kind, needled depth in mm or None)
POINTS = [
    ("upper_trapezius", "right", "active", 12.0), ("levator_scapulae", "right", "active", 15.0),
    ("infraspinatus", "right", "active", 18.0), ("supraspinatus", "right", "latent", None),
    ("quadratus_lumborum", "right", "active", 45.0), ("gluteus_medius", "right", "active", 35.0),
    ("piriformis", "right", "active", 60.0), ("vastus_lateralis", "right", "latent", None),
    ("soleus", "right", "active", 30.0), ("gastrocnemius", "left", "latent", None),
]


def classic_site(atlas: Atlas, muscle: str, side: str) -> tuple[str, float, float, str]:
    site = atlas.referrals.patterns_of(muscle, side)[0].sites[0]
    region = next(r for r in atlas.muscles_at(site.view, site.x, site.y)
                  if (r.muscle, r.side) == (muscle, side))
    return site.view, site.x, site.y, region.layer


def _nudge(atlas: Atlas, view: str, x: float, y: float, muscle: str, repeat: int) -> float:
    """Repeats of a muscle sit a little apart, still on the muscle."""
    for dy in (2.0 * repeat, -2.0 * repeat, 1.0 * repeat, -1.0 * repeat):
        if any(r.muscle == muscle for r in atlas.muscles_at(view, x, y + dy)):
            return dy
    return 0.0


def make_session(store: Store, atlas: Atlas, n_points: int | None = None) -> int:
    """A session of the demo patient (made on first use), with ``n_points`` points."""
    patient = next((p for p in store.patients() if p.clinic_id == "A-1043"), None) or \
        store.add_patient("Jane Doe", date_of_birth="1979-04-02", clinic_id="A-1043",
                          sex="female", notes="Office worker; runs 3x a week.")
    screening = {item: ScreeningAnswer("no") for item in
                 ("pregnancy", "anticoagulants", "bleeding_disorder", "needle_phobia")}
    screening["diabetes"] = ScreeningAnswer("yes", "type 2, well controlled")
    session = store.new_session(
        patient.id, CLINICIAN, chief_complaint="Right neck and shoulder pain, low back pain "
        "radiating to the right buttock and calf", pain_before=7, pain_after=4,
        screening=screening, consent=True, adverse_events=("post_needling_soreness",),
        aftercare="Heat, gentle stretches, stay active", plan="Re-assess in one week",
        follow_up="1 week")
    points = POINTS if n_points is None else [POINTS[i % len(POINTS)] for i in range(n_points)]
    for i, (muscle, side, kind, depth) in enumerate(points):
        view, x, y, layer = classic_site(atlas, muscle, side)
        y += _nudge(atlas, view, x, y, muscle, i // len(POINTS))
        store.add_point(session.id, view, x, y, muscle=muscle, side=side, layer=layer,
                        kind=kind, taut_band=True, spot_tenderness=True,
                        familiar_pain=kind == "active", local_twitch=depth is not None,
                        needled=depth is not None, depth_mm=depth,
                        needle_gauge_mm=0.30 if depth else None,
                        needle_length_mm=(60.0 if depth and depth > 30 else 30.0) if depth
                        else None, technique="pistoning" if depth else None,
                        ltr_count=3 if depth else None)
    return session.id


def demo_store(folder: Path, atlas: Atlas, n_points: int | None = None) -> tuple[Store, int]:
    store = Store.open(folder / "demo.sqlite", atlas=atlas)
    return store, make_session(store, atlas, n_points)


def make_history(store: Store, atlas: Atlas, visits: int = 6) -> list[int]:
    """A course of weekly visits for the demo patient: pain falling, trigger points resolving
    (the later visits chart fewer of the first visit's points, a little moved), all signed but
    the last. Returns the session ids, oldest first."""
    from datetime import datetime, timedelta

    first = make_session(store, atlas)
    patient_id = store.session(first).patient_id
    store.delete_session(first)
    start = datetime(2026, 9, 1, 9, 30).astimezone()
    ids = []
    for v in range(visits):
        session = store.new_session(
            patient_id, CLINICIAN, started_at=start + timedelta(weeks=v),
            chief_complaint="Neck, shoulder and low back pain", pain_before=max(7 - v, 1),
            pain_after=max(4 - v, 0), consent=True)
        keep = POINTS[: max(len(POINTS) - 2 * v, 2)]
        for i, (muscle, side, kind, depth) in enumerate(keep):
            view, x, y, layer = classic_site(atlas, muscle, side)
            y += _nudge(atlas, view, x, y, muscle, v % 2)  # re-found a little apart
            store.add_point(session.id, view, x, y, muscle=muscle, side=side, layer=layer,
                            kind="latent" if v >= 3 and i % 2 else kind, taut_band=True,
                            spot_tenderness=True, needled=depth is not None, depth_mm=depth)
        if v < visits - 1:
            store.sign_session(session.id, CLINICIAN)
        ids.append(session.id)
    return ids
