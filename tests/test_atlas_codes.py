"""Coded anatomy: the FMA / UBERON / SNOMED CT ids given to muscles, and the check over them."""

from __future__ import annotations

from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.codes_check import (
    SYSTEMS,
    code_problems,
    snomed_concept_problem,
    verhoeff_valid,
)
from dn_bodymap.atlas.validate import run_checks
from dn_bodymap.atlas_build.catalogue import RETIRED
from dn_bodymap.atlas_build.codes import CODES, SOURCES
from tests.conftest import edit_json


def test_codes_as_written_pass_the_check() -> None:
    assert code_problems(CODES) == []


def test_every_system_used_names_its_source() -> None:
    used = {system for codes in CODES.values() for system in codes}
    assert used <= set(SOURCES) <= set(SYSTEMS)
    assert all(len(SOURCES[s]) > 30 for s in used)


def test_codes_are_for_the_atlas_muscles_only(atlas: Atlas) -> None:
    assert set(CODES) <= set(atlas.muscles)
    assert not set(CODES) & {r.id for r in RETIRED}
    for muscle_id, codes in CODES.items():  # and reach muscles.json as written
        assert dict(atlas.muscles[muscle_id].codes) == codes


def test_the_named_check_reports_a_bad_code_in_the_muscle_list(assets_copy: Path) -> None:
    edit_json(assets_copy / "atlas/muscles.json", lambda d: d["muscles"][1].update(
        codes={"uberon": "UBERON:12"}))
    results = {r.name: r.problems for r in run_checks(Atlas.load(assets_copy, check=False))}
    (problem,) = results["codes_well_formed_and_unique"]
    assert "UBERON:12" in problem


@pytest.mark.parametrize(
    ("muscle", "uberon"),
    [
        ("latissimus_dorsi", "UBERON:0001112"),
        ("biceps_brachii", "UBERON:0001507"),
        ("gluteus_medius", "UBERON:0001371"),
        ("longissimus", "UBERON:0001401"),  # drawn and named as longissimus thoracis
    ],
)
def test_spot_checked_uberon_ids(muscle: str, uberon: str) -> None:
    assert CODES[muscle]["uberon"] == uberon


def test_parts_of_a_muscle_do_not_carry_the_whole_muscle_code() -> None:
    trapezius = "UBERON:0002380"
    for part in ("upper_trapezius", "middle_trapezius", "lower_trapezius"):
        assert trapezius not in CODES.get(part, {}).values()


def test_good_example_passes() -> None:
    codes = {
        "a": {"fma": "FMA:13357", "uberon": "UBERON:0001112", "snomed": "181747008"},
        "b": {"uberon": "UBERON:0001507", "snomed": "999000011000000103"},
    }
    assert code_problems(codes) == []


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        ({"fma": "13357"}, "FMA:<digits>"),
        ({"fma": "FMA:"}, "FMA:<digits>"),
        ({"fma": "FMA:12a"}, "FMA:<digits>"),
        ({"uberon": "UBERON:000111"}, "7 digits"),
        ({"uberon": "uberon:0001112"}, "7 digits"),
        ({"uberon": "UBERON:00011120"}, "7 digits"),
        ({"snomed": "12345"}, "6-18 digits"),
        ({"snomed": "0181747008"}, "6-18 digits"),
        ({"snomed": "1234567890123456789"}, "6-18 digits"),
        ({"snomed": "SCTID:181747008"}, "6-18 digits"),
        ({"snomed": "181747009"}, "Verhoeff"),
        ({"snomed": "181747018"}, "partition"),  # 01: a description id, not a concept
        ({"icd10": "M79.1"}, "unknown code system"),
    ],
)
def test_each_rule_fails_on_a_bad_example(code: dict[str, str], fragment: str) -> None:
    problems = code_problems({"some_muscle": code})
    assert len(problems) == 1
    assert "some_muscle" in problems[0] and fragment in problems[0]


def test_one_code_on_two_muscles_names_both() -> None:
    problems = code_problems(
        {
            "rhomboid_major": {"uberon": "UBERON:0005621"},
            "rhomboid_minor": {"uberon": "UBERON:0005621"},
        }
    )
    assert len(problems) == 1
    assert "rhomboid_major" in problems[0] and "rhomboid_minor" in problems[0]


def test_same_digits_in_different_systems_are_not_duplicates() -> None:
    assert code_problems({"a": {"fma": "FMA:1"}, "b": {"fma": "FMA:2"}}) == []


def test_verhoeff() -> None:
    assert verhoeff_valid("2363")  # the classic worked example: 236 -> check digit 3
    assert not verhoeff_valid("2364")
    assert snomed_concept_problem("138875005") is None  # SNOMED CT root concept


@pytest.mark.parametrize(
    ("muscle", "fma"),
    [
        ("latissimus_dorsi", "FMA:13357"),
        ("biceps_femoris", "FMA:22356"),
        ("rectus_abdominis", "FMA:9628"),
        ("temporalis", "FMA:49006"),
    ],
)
def test_spot_checked_fma_ids(muscle: str, fma: str) -> None:
    assert CODES[muscle]["fma"] == fma


def test_every_fma_id_comes_with_the_uberon_term_it_was_paired_with() -> None:
    # FMA ids were taken from the UBERON-FMA bridge, so each sits beside its UBERON term.
    assert all("uberon" in codes for codes in CODES.values() if "fma" in codes)


def test_snomed_only_where_confirmed() -> None:
    assert CODES["latissimus_dorsi"]["snomed"] == "181747008"
    assert [m for m, codes in CODES.items() if "snomed" in codes] == ["latissimus_dorsi"]
