"""The Qt-free core under a translator (issue 16): what a clinician reads goes through
i18n.translate; what is stored, exported or hashed stays the English ids and keys."""

from __future__ import annotations

import errno

import pytest

from dn_bodymap import i18n
from dn_bodymap.atlas import Atlas
from dn_bodymap.charting import muscle_search, pain_drawing, pain_finder, placement, safety
from dn_bodymap.charting.referral_sites import site_name
from dn_bodymap.records import RecordsError, Store, vocab
from dn_bodymap.records.sign_check import sign_checks
from tests.records_helpers import CLINICIAN, chart_example
from tests.test_safety import anticoagulated_rhomboid_session, rhomboid_spot

SPANISH = {"Gluteus medius": "Glúteo medio", "Upper trapezius": "Trapecio superior",
           "Quadratus lumborum": "Cuadrado lumbar"}


def fake(context: str, text: str) -> str:
    return "ES:" + text


@pytest.fixture
def spanish_names() -> None:
    """A translator that knows three muscle names (what Qt's catalogue does for all)."""
    i18n.install(lambda context, text: SPANISH.get(text, text)
                 if context == i18n.MUSCLE else text, "es")


@pytest.mark.parametrize(("typed", "muscle"), [
    ("trapecio", "upper_trapezius"),
    ("trapecio sup", "upper_trapezius"),
    ("glúteo medio", "gluteus_medius"),
    ("gluteo medio", "gluteus_medius"),
    ("GLUTEO MED derecho", "gluteus_medius"),
    ("gluteus medius", "gluteus_medius"),  # the English name found in Spanish too
    ("glute med", "gluteus_medius"),
    ("upper trap", "upper_trapezius"),
    ("QL", "quadratus_lumborum"),  # abbreviations
    ("cuadrado lumbar", "quadratus_lumborum"),
])
def test_the_spanish_search_finds_spanish_english_and_abbreviations(atlas: Atlas,
                                                                    spanish_names, typed,
                                                                    muscle) -> None:
    search = muscle_search.for_atlas(atlas)
    assert search.find(typed)[0] == muscle
    assert search.names[muscle] == SPANISH[atlas.muscles[muscle].name]


def test_the_search_lists_the_translated_name_and_side(atlas: Atlas) -> None:
    i18n.install(fake, "xx")
    choice = muscle_search.for_atlas(atlas).choices("gluteus medius left")[0]
    assert (choice.muscle, choice.side) == ("gluteus_medius", "left")  # what is charted
    assert choice.label == "ES:Gluteus medius (ES:left)"


def test_muscle_and_landmark_names_are_translated_for_display_only(atlas: Atlas) -> None:
    i18n.install(fake, "xx")
    assert atlas.muscle_name("gluteus_medius") == "ES:Gluteus medius"
    assert atlas.muscles["gluteus_medius"].name == "Gluteus medius"  # for files and codes
    assert atlas.muscle_name("no_such_muscle") == "no_such_muscle"


def test_vocabulary_labels_are_translated_and_the_keys_are_not() -> None:
    i18n.install(fake, "xx")
    assert vocab.LABELS["active"] == "ES:Active" and vocab.LABELS.english("active") == "Active"
    assert "active" in vocab.KINDS and "latent" in vocab.KINDS
    assert pain_drawing.QUALITY_WORDS["burning"] == "ES:burning"


def test_safety_warnings_go_through_translation(store: Store, atlas: Atlas) -> None:
    session, _point = anticoagulated_rhomboid_session(store, atlas)
    i18n.install(fake, "xx")
    found = safety.session_warnings(atlas, session, store.precautions(session.patient_id))
    assert found and all(w.message.startswith("ES:") for w in found)
    assert {w.kind for w in found} == {"precaution", "caution_zone", "depth"}  # keys stay
    assert {w.id for w in found if w.kind == "precaution"} == {"anticoagulants"}


def test_placement_and_pain_finder_texts_go_through_translation(atlas: Atlas) -> None:
    i18n.install(fake, "xx")
    x, y = rhomboid_spot(atlas)
    where = placement.place(atlas, "back", x, y)
    assert placement.describe(atlas, list(where.candidates)).startswith("ES:")
    assert placement.place(atlas, "back", 1, 1).problem.startswith("ES:")  # off the body
    found = pain_finder.sources_at(atlas, "back", x, y)
    assert found and all(c.name.startswith("ES:") and c.muscle in atlas.muscles
                         for c in found)
    assert site_name("upper_trapezius") == "ES:vertical fibres — neck to the temple"


def test_signing_checks_and_refusals_go_through_translation(store: Store,
                                                            atlas: Atlas) -> None:
    patient = store.add_patient("Ana Ejemplo")
    s = store.new_session(patient.id, CLINICIAN)
    i18n.install(fake, "xx")
    checks = sign_checks(store.session(s.id), atlas.muscle_name)
    assert checks and all(c.label.startswith("ES:") for c in checks)
    with pytest.raises(RecordsError, match=r"^ES:session .* cannot be carried forward"):
        store.carry_forward(s.id, s.id)


def test_a_refusal_reads_in_english_without_a_translator(store: Store) -> None:
    patient = store.add_patient("Ana Ejemplo")
    s = store.new_session(patient.id, CLINICIAN)
    with pytest.raises(RecordsError, match=rf"^session {s.id} cannot be carried forward into "
                                           "itself$"):
        store.carry_forward(s.id, s.id)


def test_signed_under_a_translator_verifies_without_one(store: Store, atlas: Atlas) -> None:
    i18n.install(fake, "xx")
    session = chart_example(store, atlas)
    with pytest.raises(RecordsError, match=r"^ES:session .* is already signed"):
        store.sign_session(session.id, CLINICIAN)
    stored = store.session(session.id)
    i18n.reset()
    assert stored.signed and store.verify_session(session.id) == []
    assert {p.kind for p in stored.points} <= {"active", "latent", None}
    assert {p.technique for p in stored.points} <= {*vocab.TECHNIQUES, None}
    assert not any("ES:" in str(v) for p in stored.points for v in vars(p).values())



def test_a_file_not_written_is_said_through_translation(tmp_path) -> None:
    from dn_bodymap.records.files import write_atomically

    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    i18n.install(fake, "xx")
    with pytest.raises(RecordsError) as refused:
        write_atomically(tmp_path / "map.pdf", full)
    assert str(refused.value) == (f"ES:{tmp_path / 'map.pdf'} was not written: ES:the disk is "
                                  "full (free some space and try again)")


def test_impossible_values_are_refused_in_words_that_go_through_translation() -> None:
    from dn_bodymap.charting import needling
    from dn_bodymap.records import validate

    i18n.install(fake, "xx")
    with pytest.raises(RecordsError) as refused:
        validate.point_consistency({"depth_mm": 45, "needle_length_mm": 40})
    # The field stays first and untranslated: the inspector shows the rest beside it.
    assert str(refused.value) == "depth_mm: ES:45 mm is deeper than the needle is long (40 mm)"
    for check, value in ((validate.name, " "), (validate.date_of_birth, "2999-01-01"),
                         (validate.local_time, "2999-01-01T09:00:00+01:00")):
        with pytest.raises(RecordsError, match=r"^field: .* ES:is not a"):
            check(value, "field")
    with pytest.raises(RecordsError, match=r"^ES:needling preset 1\.depth_mm: ES:45 mm"):
        needling.from_json([{"gauge_mm": 0.25, "length_mm": 40, "technique": "pistoning",
                             "depth_mm": 45, "muscle": None}])
