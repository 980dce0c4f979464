"""The muscle search as plain functions: words in any order, abbreviations, sides."""

from __future__ import annotations

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting.muscle_abbreviations import ACRONYMS, WORDS
from dn_bodymap.charting.muscle_search import MuscleChoice, MuscleSearch


@pytest.fixture(scope="module")
def search(atlas: Atlas) -> MuscleSearch:
    return MuscleSearch({m.id: m.name for m in atlas.muscles.values()})


@pytest.mark.parametrize(("typed", "first"), [
    ("glute min", "gluteus_minimus"),
    ("min glute", "gluteus_minimus"),
    ("Glute Med", "gluteus_medius"),
    ("lev scap", "levator_scapulae"),
    ("QL", "quadratus_lumborum"),
    ("SCM", "sternocleidomastoid"),
    ("TFL", "tensor_fasciae_latae"),
    ("ECRL", "extensor_carpi_radialis_longus"),
    ("ECRB", "extensor_carpi_radialis_brevis"),
    ("E.C.U.", "extensor_carpi_ulnaris"),
    ("VMO", "vastus_medialis"),
    ("upper trap", "upper_trapezius"),
    ("upper traps", "upper_trapezius"),
    ("lat", "latissimus_dorsi"),
    ("pec min", "pectoralis_minor"),
    ("pec maj", "pectoralis_major"),
    ("infra", "infraspinatus"),
    ("supra", "supraspinatus"),
    ("gastroc", "gastrocnemius"),
    ("psoas", "iliopsoas"),
    ("fibularis longus", "peroneus_longus"),
    ("tib ant", "tibialis_anterior"),
    ("pirif", "piriformis"),
    ("spinatus", "infraspinatus"),  # text inside a word still found, after word matches
    # muscles added in atlas 2026.11.3
    ("APL", "abductor_pollicis_longus"),
    ("EPB", "extensor_pollicis_brevis"),
    ("PQ", "pronator_quadratus"),
    ("ant scalene", "anterior_scalene"),
    ("rotatores", "multifidus"),
    ("gemellus", "gemelli"),
    ("obturator", "obturator_internus"),
    ("fibularis tertius", "peroneus_tertius"),
    ("EHB", "extensor_hallucis_brevis"),
])
def test_typed_text_finds_the_muscle_first(search: MuscleSearch, typed: str,
                                           first: str) -> None:
    assert search.find(typed)[0] == first


@pytest.mark.parametrize("abbreviation", sorted(ACRONYMS))
def test_every_abbreviation_finds_its_muscle_first(search: MuscleSearch,
                                                   abbreviation: str) -> None:
    found = search.find(abbreviation)
    meant = ACRONYMS[abbreviation]
    assert found[:len(meant)] == list(meant)


def test_every_muscle_in_the_tables_is_in_the_atlas(atlas: Atlas) -> None:
    ids = {m for ms in ACRONYMS.values() for m in ms}
    assert ids <= set(atlas.muscles)
    words = {w for m in atlas.muscles.values() for w in m.name.lower().split()}
    assert set(WORDS.values()) <= words


def test_words_must_all_match(search: MuscleSearch) -> None:
    assert search.find("glute min") == ["gluteus_minimus"]
    assert search.find("glute zzz") == []


def test_choices_offer_both_sides_unless_one_is_typed(search: MuscleSearch) -> None:
    assert search.choices("QL")[:2] == [
        MuscleChoice("quadratus_lumborum", "right", "Quadratus lumborum (right)"),
        MuscleChoice("quadratus_lumborum", "left", "Quadratus lumborum (left)")]
    assert [(c.muscle, c.side) for c in search.choices("QL left")][:1] == [
        ("quadratus_lumborum", "left")]
    assert [(c.muscle, c.side) for c in search.choices("r scm")] == [
        ("sternocleidomastoid", "right")]
    # The list's own labels find themselves.
    assert search.choices("Gluteus minimus (left)")[0].label == "Gluteus minimus (left)"


def test_scalenes_finds_all_three(search: MuscleSearch) -> None:
    assert set(search.find("scalenes")[:3]) == {"anterior_scalene", "middle_scalene",
                                                "posterior_scalene"}


def test_a_muscle_left_out_of_the_atlas_is_explained(atlas: Atlas) -> None:
    search = MuscleSearch({m.id: m.name for m in atlas.muscles.values()},
                          {o.name: o.why for o in atlas.omitted})
    assert search.find("diaphragm") == []
    assert search.why_absent("diaphragm").startswith("Diaphragm is not in the atlas: ")
    assert "per vaginam" in search.why_absent("pelvic floor")
    assert "per vaginam" in search.why_absent("levator ani")
