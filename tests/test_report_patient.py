"""The patient's copy of the treatment map, in the patient's words: no anatomical jargon for
the places, the views or what happened after treatment."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from dn_bodymap.atlas import Atlas
from dn_bodymap.demo import CLINICIAN, classic_site
from dn_bodymap.records import Store
from dn_bodymap.report.document import treatment_map
from dn_bodymap.report.output import write_pdf
from dn_bodymap.report.plain_words import PLACES

JARGON = ("occiput", "iliac", "anterior", "posterior", "lateral", "medial", "dorsal", "volar",
          "plantar", "scapula", "clavicle", "axilla", "acromion", "trochanter", "epicondyle",
          "olecranon", "cubital", "fossa", "mastoid", "sacroiliac", "sacrum", "coccyx",
          "umbilicus", "sternum", "metatarsal", "vertex", "gluteal", "abdomen",
          "temporomandibular", "interscapular", "spinous", "c7", "inferior", "superior",
          "post-needling", "nprs", "ltr", "latent", "taut")


def _every_muscle_session(store: Store, atlas: Atlas) -> int:
    """One point at the classic site of every muscle with a pattern, alternating sides."""
    patient = store.add_patient("Jane Doe", date_of_birth="1979-04-02")
    session = store.new_session(patient.id, CLINICIAN, chief_complaint="Neck pain",
                                adverse_events=("post_needling_soreness", "pain_increase"))
    for i, muscle in enumerate(sorted(atlas.muscles)):
        side = ("right", "left")[i % 2]
        if not atlas.referrals.patterns_of(muscle, side):
            continue
        view, x, y, layer = classic_site(atlas, muscle, side)
        store.add_point(session.id, view, x, y, muscle=muscle, side=side, layer=layer,
                        kind="active", spot_tenderness=True, needled=True)
    return session.id


def _jargon_in(text: str, atlas: Atlas) -> list[str]:
    # Muscle names stay (they are names, and the clinician's copy uses the same ones).
    for m in sorted(atlas.muscles.values(), key=lambda m: -len(m.name)):
        text = text.replace(m.name, " ")
    return [w for w in JARGON if re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE)]


def test_the_patient_pdf_names_places_in_plain_words(atlas: Atlas, store: Store,
                                                     tmp_path: Path, qapp) -> None:
    sid = _every_muscle_session(store, atlas)
    session = store.session(sid)
    assert len(session.points) > 90
    doc = treatment_map(atlas, session, store.patient(session.patient_id), variant="patient")
    write_pdf(doc, atlas, tmp_path / "patient.pdf")
    text = " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(str(tmp_path / "patient.pdf")).pages)
    assert _jargon_in(text, atlas) == []
    assert "near the base of the skull" in text or "near the top of the hip bone" in text
    assert "Your right" in text and "FRONT" in text
    assert "Soreness after needling" in text
    assert "near the between" not in text
    assert "…" not in text  # every place fits its cell, none cut short


def test_the_clinical_pdf_keeps_the_clinical_words(atlas: Atlas, store: Store,
                                                   tmp_path: Path, qapp) -> None:
    sid = _every_muscle_session(store, atlas)
    session = store.session(sid)
    doc = treatment_map(atlas, session, store.patient(session.patient_id))
    write_pdf(doc, atlas, tmp_path / "clinical.pdf")
    text = " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(str(tmp_path / "clinical.pdf")).pages)
    assert "anterior view" in text and "Patient's right" in text


def test_every_landmark_has_plain_words_without_jargon(atlas: Atlas) -> None:
    ids = {m.id for m in atlas.landmarks}
    assert ids <= set(PLACES)
    assert {i: _jargon_in(PLACES[i], atlas) for i in ids if _jargon_in(PLACES[i], atlas)} == {}
