"""The record model without a database: value checks, vocabularies, atlas checks, paths."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import (
    Clinician,
    RecordsError,
    ScreeningAnswer,
    atlas_checks,
    paths,
    validate,
    vocab,
)
from tests.records_helpers import spot


@pytest.mark.parametrize("check, value, message", [
    (validate.nprs, 11, "pain: 11 is not an NPRS score (a whole number from 0 to 10)"),
    (validate.nprs, -1, "pain: -1 is not an NPRS score"),
    (validate.nprs, 7.5, "pain: 7.5 is not an NPRS score"),
    (validate.nprs, True, "pain: True is not an NPRS score"),
    (validate.nprs, "7", "pain: '7' is not an NPRS score"),
    (validate.depth_mm, -3, "pain: -3 is not a depth in mm (must be > 0)"),
    (validate.depth_mm, 0, "pain: 0 is not a depth in mm (must be > 0)"),
    (validate.depth_mm, 151, "pain: 151 is not a plausible depth in mm (at most 150)"),
    (validate.depth_mm, float("nan"), "pain: nan is not a depth in mm"),
    (validate.depth_mm, "12", "pain: '12' is not a depth in mm"),
    (validate.needle_length_mm, 0, "is not a needle length in mm"),
    (validate.needle_length_mm, 200, "is not a needle length in mm"),
    (validate.gauge_mm, 0, "is not a needle diameter in mm"),
    (validate.gauge_mm, 32, "is not a needle diameter in mm"),
    (validate.ltr_count, -1, "is not a count of twitch responses"),
    (validate.ltr_count, 1.5, "is not a count of twitch responses"),
    (validate.time_in_tissue_s, -1, "is not a time in tissue in seconds"),
    (validate.time_in_tissue_s, 4000, "is not a time in tissue in seconds"),
    (validate.view, "side", "'side' is not a view (one of front, back)"),
    (validate.side, "middle", "'middle' is not a side (one of right, left)"),
    (validate.layer, "very_deep", "is not a layer (one of superficial, intermediate, deep)"),
    (validate.kind, "sleepy", "is not a trigger point kind (one of active, latent or null)"),
    (validate.technique, "twirl", "is not a needling technique"),
    (validate.tolerance, "great", "is not a tolerance (one of good, fair, poor or null)"),
    (validate.sex, "x", "is not a sex"),
    (validate.date_of_birth, "1979-13-01", "is not a date (YYYY-MM-DD)"),
    (validate.date_of_birth, (date.today() + timedelta(days=1)).isoformat(),
     "is not a possible date of birth"),
    (validate.local_time, "2025-03-14T09:30:00", "has no UTC offset"),
    (validate.local_time, "yesterday", "is not a date and time"),
    (validate.muscle_id, "Upper Trapezius", "is not a muscle id"),
    (validate.session_uuid, "not-a-uuid", "is not a UUID"),
    (validate.name, "  ", "is not a name"),
    (validate.boolean, 1, "1 is not true or false"),
    (validate.adverse_events, ["bruising", "itching"], "pain[1]: 'itching' is not an adverse"),
    (validate.adverse_events, "bruising", "is not a list of adverse events"),
    (validate.screening, {"smoking": "no"}, "pain.smoking: unknown screening item"),
    (validate.screening, {"pregnancy": "maybe"}, "pain.pregnancy.answer: 'maybe' is not a "
                                                 "screening answer"),
])
def test_impossible_values_are_refused_naming_field_and_value(check, value, message) -> None:
    with pytest.raises(RecordsError) as info:
        check(value, "pain")
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_depth_message_is_the_documented_one() -> None:
    with pytest.raises(RecordsError, match=r"^session\.trigger_points\[3\]\.depth_mm: -3 is not "
                                           r"a depth in mm \(must be > 0\)$"):
        validate.depth_mm(-3, "session.trigger_points[3].depth_mm")


def test_possible_values_are_kept_as_stored() -> None:
    assert validate.nprs(0, "p") == 0 and validate.nprs(10, "p") == 10
    assert validate.nprs(None, "p") is None
    assert validate.depth_mm(12, "d") == 12.0 and isinstance(validate.depth_mm(12, "d"), float)
    assert validate.ltr_count(0, "l") == 0
    assert validate.time_in_tissue_s(0, "t") == 0.0
    assert validate.date_of_birth(date(1979, 6, 14), "d") == "1979-06-14"
    assert validate.optional_id("  ", "c") is None
    assert validate.optional_id(" C-1 ", "c") == "C-1"
    # Vocabulary order, without repeats, whatever order they come in.
    assert validate.adverse_events(["headache", "bruising", "headache"], "a") == (
        "bruising", "headache")


def test_clinical_time_keeps_its_offset() -> None:
    assert validate.local_time("2025-03-14T09:30:00+01:00", "t") == "2025-03-14T09:30:00+01:00"
    assert validate.local_time("2025-03-14T09:30:00Z", "t") == "2025-03-14T09:30:00+00:00"
    naive = validate.local_time(datetime(2025, 3, 14, 9, 30), "t")  # taken as local time
    assert datetime.fromisoformat(naive).tzinfo is not None


def test_screening_answers_in_every_form() -> None:
    got = validate.screening({"pregnancy": "no", "diabetes": ("yes", "type 2"),
                              "epilepsy": {"answer": "not_asked"},
                              "metal_allergy": ScreeningAnswer("yes", "nickel")}, "s")
    assert got == {"pregnancy": ScreeningAnswer("no"),
                   "diabetes": ScreeningAnswer("yes", "type 2"),
                   "epilepsy": ScreeningAnswer("not_asked"),
                   "metal_allergy": ScreeningAnswer("yes", "nickel")}


def test_depth_cannot_exceed_the_needle() -> None:
    validate.point_consistency({"depth_mm": 30.0, "needle_length_mm": 30.0})
    with pytest.raises(RecordsError, match=r"depth_mm: 35 mm is deeper than the needle is long "
                                           r"\(30 mm\)"):
        validate.point_consistency({"depth_mm": 35.0, "needle_length_mm": 30.0})


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(RecordsError, match=r"^colour: unknown trigger point field$"):
        validate.fields(validate.POINT_FIELDS, {"colour": "red"}, "trigger point")


def test_vocabularies_are_the_issues_lists_and_all_labelled() -> None:
    assert len(vocab.SCREENING_ITEMS) == 10 and len(vocab.ADVERSE_EVENTS) == 10
    assert vocab.ANSWERS == ("yes", "no", "not_asked")
    assert vocab.TECHNIQUES == ("pistoning", "static", "electrical_stimulation")
    assert len(vocab.FINDINGS) == 5 and vocab.KINDS == ("active", "latent")
    for group in (vocab.SEXES, vocab.SCREENING_ITEMS, vocab.ANSWERS, vocab.ADVERSE_EVENTS,
                  vocab.FINDINGS, vocab.KINDS, vocab.TECHNIQUES, vocab.TOLERANCES,
                  vocab.STATUSES):
        assert all(vocab.LABELS.get(code) for code in group), group
    assert set(vocab.FINDINGS) <= set(validate.POINT_FIELDS)


def test_clinician_signature() -> None:
    assert Clinician("Alex Rivera", "PT, DPT").signature == "Alex Rivera, PT, DPT"
    assert Clinician("Alex Rivera").signature == "Alex Rivera"


# -- against the atlas --------------------------------------------------------------------

def test_a_point_is_mapped_to_the_superficial_muscle(atlas: Atlas) -> None:
    x, y = spot(atlas, "back", "upper_trapezius", "right")
    got = atlas_checks.on_atlas(atlas, {"view": "back", "x": x, "y": y})
    assert (got["muscle"], got["side"], got["layer"]) == ("upper_trapezius", "right",
                                                          "superficial")


def test_a_deeper_muscle_under_the_point_may_be_chosen(atlas: Atlas) -> None:
    x, y = spot(atlas, "back", "levator_scapulae", "left")
    got = atlas_checks.on_atlas(atlas, {"view": "back", "x": x, "y": y,
                                    "muscle": "levator_scapulae"})
    assert (got["side"], got["layer"]) == ("left", "intermediate")


def test_unknown_muscle_is_named_with_a_hint(atlas: Atlas) -> None:
    with pytest.raises(RecordsError, match=r"^muscle: unknown muscle 'upper_trapezus'; did you "
                                           "mean upper_trapezius"):
        atlas_checks.on_atlas(atlas, {"view": "back", "x": 250, "y": 200,
                                  "muscle": "upper_trapezus"})


def test_a_point_off_the_body_is_refused(atlas: Atlas) -> None:
    with pytest.raises(RecordsError, match=r"^p\[0\]: point \(5, 5\) is outside the body on the "
                                           r"front view"):
        atlas_checks.on_atlas(atlas, {"view": "front", "x": 5, "y": 5}, "p[0].")


# -- where the database is ----------------------------------------------------------------

def test_db_option_then_environment_then_default(tmp_path: Path) -> None:
    env = {paths.ENV_VAR: str(tmp_path / "env.sqlite")}
    assert paths.resolve(str(tmp_path / "opt.sqlite"), env) == tmp_path / "opt.sqlite"
    assert paths.resolve(None, env) == tmp_path / "env.sqlite"
    assert paths.resolve(None, {}) == paths.default_db_path()
    assert paths.resolve(None, {paths.ENV_VAR: "  "}) == paths.default_db_path()
    assert paths.resolve("postgresql://u@h/db", env) == "postgresql://u@h/db"


def test_default_is_in_the_user_data_folder(tmp_path: Path) -> None:
    # conftest points XDG_DATA_HOME into tmp_path
    assert paths.default_db_path() == tmp_path / "data" / "dn-bodymap" / "bodymap.sqlite"


def test_urls_and_paths(tmp_path: Path) -> None:
    url, path = paths.to_url(tmp_path / "a.sqlite")
    assert url.get_backend_name() == "sqlite" and path == tmp_path / "a.sqlite"
    assert paths.to_url(f"sqlite:///{tmp_path}/b.sqlite")[1] == tmp_path / "b.sqlite"
    assert paths.to_url("sqlite://")[1] is None
    assert paths.to_url("postgresql://u@h/db")[1] is None
    with pytest.raises(RecordsError, match=r"is not a database URL"):
        paths.to_url("no such scheme://x")
