"""The muscle list beyond names: notes with sources, retired ids that older records keep, and
muscles left out on purpose (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas, AtlasError
from dn_bodymap.charting.muscle_search import MuscleSearch
from dn_bodymap.cli import main
from dn_bodymap.records import RecordsError, Store
from dn_bodymap.records.exchange import export_session, import_document
from dn_bodymap.records.model import Clinician
from tests.conftest import edit_json
from tests.records_helpers import spot

OLD = "old_shoulder"  # a made-up id, retired in the copy: the test does not hang on real data


def _retire(assets: Path, replaced_by: list[str]) -> None:
    edit_json(assets / "atlas/muscles.json", lambda d: d.setdefault("retired", []).append(
        {"id": OLD, "name": "Old shoulder muscle", "since": "2026.11.3",
         "replaced_by": replaced_by, "why": "divided into its parts"}))


@pytest.fixture
def retired_atlas(assets_copy: Path) -> Atlas:
    _retire(assets_copy, ["deltoid", "teres_minor"])
    return Atlas.load(assets_copy)


BAD = [
    ("a note without its source",
     lambda d: d["muscles"][0].update(note="a rare variant"),
     r"muscle 'abductor_digiti_minimi_foot': a note without its source"),
    ("codes not a mapping", lambda d: d["muscles"][0].update(codes=["FMA:1"]),
     r"muscle 'abductor_digiti_minimi_foot': 'codes' should map names to text"),
    ("retired replaced by an unknown muscle",
     lambda d: d.setdefault("retired", []).append(
         {"id": OLD, "name": "Old", "since": "1", "replaced_by": ["no_such"], "why": "w"}),
     r"retired muscle 'old_shoulder': replaced by unknown muscle 'no_such'"),
    ("retired id still a muscle",
     lambda d: d.setdefault("retired", []).append(
         {"id": "deltoid", "name": "Deltoid", "since": "1", "replaced_by": [], "why": "w"}),
     r"retired muscle 'deltoid': the id is also a muscle"),
    ("omitted without a reason", lambda d: d.setdefault("omitted", []).append(
        {"name": "Diaphragm", "source": "a book"}), r"omitted #\d+: missing 'why'"),
]


@pytest.mark.parametrize(("what", "change", "message"), BAD, ids=[b[0] for b in BAD])
def test_a_malformed_muscle_list_is_refused_by_name(assets_copy: Path, what, change,
                                                     message) -> None:
    edit_json(assets_copy / "atlas/muscles.json", change)
    with pytest.raises(AtlasError, match=message):
        Atlas.load(assets_copy)


def test_every_note_in_the_bundled_list_names_its_source(atlas: Atlas) -> None:
    for m in atlas.muscles.values():
        assert bool(m.note) <= bool(m.note_source.strip()), m.id


def test_a_retired_id_keeps_its_name_and_is_no_muscle(retired_atlas: Atlas) -> None:
    assert retired_atlas.muscle_name(OLD) == "Old shoulder muscle"
    assert OLD not in retired_atlas.muscles
    assert retired_atlas.muscle_name("deltoid") == "Deltoid"
    assert retired_atlas.muscle_name("never_heard_of") == "never_heard_of"


def test_a_new_point_cannot_name_a_retired_muscle(tmp_path: Path,
                                                  retired_atlas: Atlas) -> None:
    with Store.open(tmp_path / "r.sqlite", atlas=retired_atlas, actor="t") as store:
        patient = store.add_patient("Ann Lee")
        session = store.new_session(patient.id, Clinician("Sam Lee", "PT"))
        x, y = spot(retired_atlas, "front", "deltoid", "right")
        with pytest.raises(RecordsError, match=r"Old shoulder muscle \(old_shoulder\) was "
                           r"divided into its parts in atlas 2026\.11\.3; choose Deltoid or "
                           r"Teres minor"):
            store.add_point(session.id, "front", x, y, muscle=OLD, side="right",
                            layer="superficial")
        assert store.session(session.id).points == ()


def _older_session_with(store: Store, atlas: Atlas) -> int:
    """A session charted before the muscle was retired: written without atlas checks, as an
    older program version wrote it."""
    patient = store.add_patient("Ann Lee")
    session = store.new_session(patient.id, Clinician("Sam Lee", "PT"),
                                atlas_data_version="2026.11.2")
    x, y = spot(atlas, "front", "deltoid", "right")
    store.add_point(session.id, "front", x, y, muscle=OLD, side="right", layer="superficial")
    return session.id


def test_a_carried_point_of_a_retired_muscle_is_confirmed_only_once_reassigned(
        tmp_path: Path, retired_atlas: Atlas) -> None:
    db = tmp_path / "r.sqlite"
    with Store.open(db, actor="t") as old:
        first = _older_session_with(old, retired_atlas)
    with Store.open(db, atlas=retired_atlas, actor="t") as store:
        patient_id = store.session(first).patient_id
        draft = store.new_session(patient_id, Clinician("Sam Lee", "PT"))
        (carried,) = store.carry_forward(first, draft.id)
        with pytest.raises(RecordsError, match=r"choose Deltoid or Teres minor"):
            store.confirm_point(carried.id)
        assert not store.point(carried.id).confirmed
        store.update_point(carried.id, muscle="deltoid")
        assert store.confirm_point(carried.id).confirmed


def test_an_older_file_with_a_retired_muscle_imports_as_charted(tmp_path: Path,
                                                                retired_atlas: Atlas) -> None:
    with Store.open(tmp_path / "old.sqlite", actor="t") as old:
        doc = export_session(old, _older_session_with(old, retired_atlas))
    doc["session"]["atlas_data_version"] = "2026.11.2"
    with Store.open(tmp_path / "new.sqlite", atlas=retired_atlas, actor="t") as store:
        sid = import_document(store, doc)
        (point,) = store.session(sid).points
        assert point.muscle == OLD
    doc["session"]["trigger_points"][0]["muscle"] = "no_such_muscle"
    with Store.open(tmp_path / "new2.sqlite", atlas=retired_atlas, actor="t") as store, \
            pytest.raises(RecordsError, match="unknown muscle 'no_such_muscle'"):
        import_document(store, doc)


def test_the_search_says_why_an_omitted_muscle_is_absent() -> None:
    search = MuscleSearch({"deltoid": "Deltoid"},
                          {"Diaphragm": "reached by no needle from the surface"})
    assert search.find("diaphragm") == []
    assert search.why_absent("diaphragm") == ("Diaphragm is not in the atlas: reached by no "
                                              "needle from the surface")
    assert search.why_absent("diaph left") is not None
    assert search.why_absent("delt") is None
    assert search.why_absent("") is None


def test_the_cli_names_what_replaced_a_retired_muscle(retired_atlas: Atlas, capsys) -> None:
    code = main(["atlas", "--assets", str(retired_atlas.root), "pattern", OLD])
    assert code != 0
    err = capsys.readouterr().err
    assert "Old shoulder muscle (old_shoulder) was divided into its parts in atlas 2026.11.3" \
        in err and "deltoid, teres_minor" in err


def test_the_inspector_shows_a_muscles_note(qtbot, assets_copy: Path, tmp_path: Path) -> None:
    from tests.conftest import open_charting_window
    from tests.test_annotator import at, click

    edit_json(assets_copy / "atlas/muscles.json", lambda d: next(
        m for m in d["muscles"] if m["id"] == "gluteus_maximus").update(
            note="Test note: reached from behind", note_source="A test source"))
    noted = Atlas.load(assets_copy)
    with Store.open(tmp_path / "r.sqlite", atlas=noted, actor="t") as store:
        w = open_charting_window(qtbot, noted, store)
        click(w, at(w, noted, "buttock", "right", "back"))
        w.editor.close_chooser()
        note = w.inspector.muscle_note
        assert note.isVisibleTo(w.inspector)  # the panel may sit behind another tab
        assert note.text() == "Test note: reached from behind (A test source)"
        click(w, at(w, noted, "calf", "right", "back"))
        w.editor.close_chooser()
        assert not note.isVisibleTo(w.inspector)
        w.close()


def test_an_inconstant_muscle_is_drawn_faint_and_every_path_once(atlas: Atlas) -> None:
    import xml.etree.ElementTree as ET

    ns = "{http://www.w3.org/2000/svg}"
    root = ET.parse(atlas.views["front"].diagram).getroot()
    groups = {g.get("id"): [p.get("id") for p in g.iter(f"{ns}path")]
              for g in root.iter(f"{ns}g")}
    assert "front-right-sternalis-superficial" in groups["muscles-variant"]
    assert not any("sternalis" in i for i in groups["muscles-superficial"])
    assert "front-right-pectoralis_major-superficial" in groups["muscles-superficial"]
    for view in atlas.views.values():
        ids = [p.get("id") for p in ET.parse(view.diagram).getroot().iter(f"{ns}path")
               if p.get("id")]
        assert len(ids) == len(set(ids)), view.name  # soleus shows at two depths on the back


def test_the_muscle_under_a_variant_is_drawn_whole_and_hit_tested_without_it(
        atlas: Atlas) -> None:
    import re

    pec = atlas.region("front", "pectoralis_major", "right").geometry
    assert len(pec.interiors) == 1  # the hit test leaves the sternalis its own ground
    svg = atlas.views["front"].diagram.read_text(encoding="utf-8")
    drawn = re.search(r'id="front-right-pectoralis_major-superficial" d="([^"]+)"', svg)
    assert drawn is not None and drawn.group(1).count("Z") == 1  # no solid ring round it


def test_the_window_shows_an_older_point_of_a_retired_muscle(qtbot, tmp_path: Path,
                                                              retired_atlas: Atlas) -> None:
    """A session charted before the muscle was retired opens, lists, warns and prints with
    the old name; nothing in the window stops at the id the atlas no longer draws."""
    from dn_bodymap.report.document import treatment_map
    from tests.conftest import open_charting_window

    db = tmp_path / "r.sqlite"
    with Store.open(db, atlas=retired_atlas, actor="t") as store:
        w = open_charting_window(qtbot, retired_atlas, store)
        patient_id = w.editor.current_session().patient_id
        with Store.open(db, actor="t") as older:  # as an older program wrote it
            old = older.new_session(patient_id, Clinician("Sam Lee", "PT"),
                                    atlas_data_version="2026.11.2")
            x, y = spot(retired_atlas, "front", "deltoid", "right")
            older.add_point(old.id, "front", x, y, muscle=OLD, side="right",
                            layer="superficial")
        w.editor.open(old.id)
        (point,) = w.editor.current_session().points
        w.editor.select(point.id)
        assert "Old shoulder muscle" in w.inspector.title.text()
        assert "Old shoulder muscle" in w.points.item(0).text()
        document = treatment_map(retired_atlas, store.session(old.id),
                                 store.patient(patient_id))
        assert "Old shoulder muscle" in document.muscle_names
        w.close()
