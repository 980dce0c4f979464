"""`dn-bodymap pain SESSION_ID [--json]` (commands/pain.py): the area drawn, the regions and
the ranked candidates of a session's pain drawing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting import pain_drawing as pd
from dn_bodymap.charting.referral_sites import site_name
from dn_bodymap.records import Store
from tests.records_helpers import CLINICIAN, raw
from tests.test_records_cli import run
from tests.test_records_pain_drawing import low_back_and_buttock


@pytest.fixture
def db(tmp_path: Path, atlas: Atlas) -> Path:
    """Session 1 with the right low back and buttock drawn, session 2 with no drawing."""
    path = tmp_path / "clinic.sqlite"
    with Store.open(path, atlas=atlas) as store:
        p = store.add_patient("Jo Drawing")
        drawn = store.new_session(p.id, CLINICIAN)
        store.update_session(drawn.id, pain_drawing=low_back_and_buttock(atlas))
        bare = store.new_session(p.id, CLINICIAN)
        assert (drawn.id, bare.id) == (1, 2)
    return path


def test_json_gives_area_regions_and_candidates(capsys, db: Path, atlas: Atlas) -> None:
    code, out, err = run(capsys, "--db", str(db), "pain", "1", "--json")
    assert (code, err) == (0, "")
    found = json.loads(out)
    assert set(found) == {"area_percent", "regions", "candidates"}
    outlines = {v: atlas.views[v].outline for v in atlas.views}
    assert found["area_percent"] == pd.area_percent(low_back_and_buttock(atlas), outlines)
    assert found["area_percent"]["front"] == 0 and found["area_percent"]["back"] > 0
    assert found["regions"][0] == "right low back" and "right buttock" in found["regions"]
    assert not any("left" in r for r in found["regions"])
    candidates = found["candidates"]
    assert 0 < len(candidates) <= 10
    assert all(set(c) == {"muscle", "side", "site", "score", "explained"} for c in candidates)
    assert [c["score"] for c in candidates] == sorted((c["score"] for c in candidates),
                                                      reverse=True)
    assert candidates[0]["side"] == "right" and 0 < candidates[0]["explained"] <= 1
    assert all(c["muscle"] in atlas.muscles for c in candidates)
    code, out, _ = run(capsys, "--db", str(db), "pain", "1", "--json", "--limit", "2")
    assert code == 0 and json.loads(out)["candidates"] == candidates[:2]


def test_text_names_the_area_regions_and_muscles(capsys, db: Path, atlas: Atlas) -> None:
    code, out, _ = run(capsys, "--db", str(db), "pain", "1", "--json")
    found = json.loads(out)
    code, out, err = run(capsys, "--db", str(db), "pain", "1")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    total = found["area_percent"]["total"]
    assert lines[0] == (f"Session 1: pain drawn over {total:g}% of the body (front 0%, back "
                        f"{found['area_percent']['back']:g}%).")
    assert lines[1] == "Where: " + ", ".join(found["regions"]) + "."
    best = found["candidates"][0]
    assert lines[3].startswith(f"   1. {atlas.muscles[best['muscle']].name} ({best['side']}")
    assert f"explains {100 * best['explained']:.0f}% of the drawn pain" in lines[3]
    assert len(lines) == 3 + len(found["candidates"])
    sited = [(c, line) for c, line in zip(found["candidates"], lines[3:], strict=True)
             if c["site"]]
    assert sited  # (gluteus medius, a muscle of several sites, is among them)
    for c, line in sited:  # the site by its name, as the inspector shows it
        assert f"({c['side']}; site: {site_name(c['site']).lower()})" in line


def test_a_session_without_a_drawing(capsys, db: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db), "pain", "2", "--json")
    assert code == 0 and json.loads(out) == {
        "area_percent": {"front": 0.0, "back": 0.0, "total": 0.0}, "regions": [],
        "candidates": []}
    code, out, _ = run(capsys, "--db", str(db), "pain", "2")
    assert (code, out) == (0, "Session 2: no pain drawing (0% of the body drawn).\n")


def test_a_missing_session_and_a_damaged_drawing_are_one_line(capsys, db: Path) -> None:
    code, out, err = run(capsys, "--db", str(db), "pain", "9")
    assert (code, out, err) == (2, "", "dn-bodymap: no session 9\n")
    raw(db, "UPDATE sessions SET pain_drawing = ? WHERE id = 2", json.dumps({"areas": 3}))
    code, out, err = run(capsys, "--db", str(db), "pain", "2", "--json")
    assert (code, out) == (2, "")
    assert err == ("dn-bodymap: session 2: session.pain_drawing: expected an object with a "
                   "list of areas\n")
    code, _, err = run(capsys, "--db", str(db), "pain", "1", "--limit", "0")
    assert code == 2 and "--limit 0: give 1 or more" in err
