"""The printed map and the patient's page through translation: under pseudo-translation every
word printed went through the catalogue, apart from what the clinician typed; the diagrams'
side letters follow the language (D and I in Spanish)."""

from __future__ import annotations

import pytest

from dn_bodymap import i18n
from dn_bodymap.drawing import diagram
from dn_bodymap.report.document import treatment_map
from tests.pseudo_locale import pseudo_translation, untranslated
from tests.records_helpers import chart_example


def printed_texts(doc) -> list[str]:
    texts = [doc.title, doc.intro, doc.key, doc.signature, doc.versions, doc.integrity,
             *doc.columns, *doc.patient_lines, *doc.session_lines, *doc.addenda, *doc.sites,
             *doc.integrity_lines, *doc.signed_over]
    for heading, text in doc.summary:
        texts += [heading, *text.split("\n")]
    for row in doc.rows:
        texts += list(row.cells)
    return texts


@pytest.mark.parametrize("variant", ["clinical", "patient"])
def test_every_printed_word_goes_through_translation(atlas, store, variant):
    session = chart_example(store, atlas)
    patient = store.patient(session.patient_id)
    typed = [patient.name, session.chief_complaint, *(p.notes for p in session.points),
             *(a.text for a in session.addenda), *(a.note for a in session.screening.values()),
             session.clinician_name, session.clinician_credentials, session.signed_by or "",
             session.aftercare, session.plan, session.follow_up, session.notes,
             session.since_last_visit, session.adverse_other, "PT, DPT", "dn-bodymap", "UTC"]
    with pseudo_translation():
        doc = treatment_map(atlas, store.session(session.id), patient, variant=variant,
                            standing=store.precautions(patient.id), integrity=[])
        found = sorted(set(untranslated(printed_texts(doc), allowed=[t for t in typed if t])))
    assert found == []


def test_the_diagrams_side_letters_follow_the_language():
    english = dict(diagram.CAPTIONS)
    assert english["R"] == "R" and english["Patient's left"] == "Patient's left"
    spanish = {"R": "D", "L": "I", "Patient's right": "Derecha del paciente"}
    i18n.install(lambda context, text: spanish.get(text, text), "es")
    assert diagram.CAPTIONS["R"] == "D" and diagram.CAPTIONS["L"] == "I"
    renderer = diagram.svg_renderer(diagram.Path(__file__).parents[1] / "assets" / "diagrams"
                                    / "front.svg")
    assert renderer.isValid()
    assert any(("R", "D") in key[1] for key in diagram._svg_cache)


def test_the_signature_box_follows_the_record_not_its_words(atlas, store):
    """pages.py weighted the box by the words "DRAFT..." : a Spanish draft looked signed."""
    session = chart_example(store, atlas)  # signed
    patient = store.patient(session.patient_id)
    draft = store.new_session(patient.id, session_clinician(session))
    i18n.install(lambda context, text: {"DRAFT - not signed": "BORRADOR - sin firmar"}.get(
        text, text), "es")
    assert treatment_map(atlas, store.session(session.id), patient).signed
    doc = treatment_map(atlas, store.session(draft.id), patient)
    assert doc.signature == "BORRADOR - sin firmar" and not doc.signed


def session_clinician(session):
    from dn_bodymap.records.model import Clinician

    return Clinician(session.clinician_name, session.clinician_credentials)
