"""Needling safety: a session's precautions, the caution zones under its points and depths
beyond their published guidance; in the core, on the command line, in the window and on the
printed map (issue 11)."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting.safety import active_precautions, session_warnings
from dn_bodymap.cli import main
from dn_bodymap.records import Clinician, Store
from dn_bodymap.ui.main_window import MainWindow
from tests.test_annotator import settle

WHO = Clinician("Alex Rivera", "PT")


def rhomboid_spot(atlas: Atlas) -> tuple[float, float]:
    """A place on the right rhomboid major (back view) that lies over the lung."""
    p = atlas.region("back", "rhomboid_major", "right").geometry.representative_point()
    assert any("lung" in z.id for z in atlas.cautions_at("back", p.x, p.y))
    return p.x, p.y


def anticoagulated_rhomboid_session(store: Store, atlas: Atlas, depth: float = 30):
    patient = store.add_patient("Ann Example")
    s = store.new_session(patient.id, WHO, screening={
        "anticoagulants": ("yes", "apixaban 5 mg bid")})
    x, y = rhomboid_spot(atlas)
    p = store.add_point(s.id, "back", x, y, muscle="rhomboid_major", side="right",
                        layer=atlas.region("back", "rhomboid_major", "right").layer,
                        needled=True, needle_length_mm=40, depth_mm=depth)
    return store.session(s.id), p


def test_anticoagulants_and_a_30_mm_rhomboid_point_warn_twice(store: Store,
                                                              atlas: Atlas) -> None:
    session, point = anticoagulated_rhomboid_session(store, atlas)
    found = session_warnings(atlas, session, store.precautions(session.patient_id))
    kinds = {(w.point, w.kind, w.id) for w in found}
    assert (None, "precaution", "anticoagulants") in kinds
    depth = [w for w in found if w.kind == "depth"]
    assert depth and depth[0].point == point.number and "30 mm" in depth[0].message
    lung = next(z for z in atlas.cautions_at("back", point.x, point.y) if z.id == depth[0].id)
    assert lung.max_depth_mm is not None and lung.max_depth_mm < 30 and lung.source


def test_a_shallow_point_over_the_lung_warns_of_the_zone_not_the_depth(store: Store,
                                                                       atlas: Atlas) -> None:
    session, point = anticoagulated_rhomboid_session(store, atlas, depth=10)
    found = session_warnings(atlas, session)
    assert any(w.kind == "caution_zone" and w.point == point.number for w in found)
    assert not [w for w in found if w.kind == "depth"]


def test_a_no_today_outweighs_an_older_yes(store: Store, atlas: Atlas) -> None:
    session, _ = anticoagulated_rhomboid_session(store, atlas)
    store.update_session(session.id, screening={"anticoagulants": "no"})
    today = store.session(session.id)
    assert active_precautions(today, store.precautions(today.patient_id)) == []


def test_pregnancy_is_flagged_at_each_needled_point(store: Store, atlas: Atlas) -> None:
    session, point = anticoagulated_rhomboid_session(store, atlas)
    store.update_session(session.id, screening={"pregnancy": "yes"})
    found = session_warnings(atlas, store.session(session.id))
    assert [(w.point, w.id) for w in found if w.point is not None and w.kind == "precaution"] \
        == [(point.number, "pregnancy")]


def test_the_safety_command_prints_the_warnings_as_json(capsys, tmp_path, atlas: Atlas) -> None:
    db = tmp_path / "s.sqlite"
    with Store.open(db, atlas=atlas) as store:
        session, _ = anticoagulated_rhomboid_session(store, atlas)
    assert main(["--db", str(db), "safety", str(session.id), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"point", "kind", "id", "message"} == set(out[0])
    assert [w["kind"] for w in out][:1] == ["precaution"]
    assert "depth" in {w["kind"] for w in out}


def test_the_printed_map_has_a_precautions_box_and_the_depth_warning(
        qapp, store: Store, atlas: Atlas, tmp_path) -> None:
    from dn_bodymap.report.document import treatment_map
    from dn_bodymap.report.output import write_pdf

    session, _ = anticoagulated_rhomboid_session(store, atlas)
    doc = treatment_map(atlas, session, store.patient(session.patient_id),
                        standing=store.precautions(session.patient_id))
    write_pdf(doc, atlas, tmp_path / "map.pdf", "a4")
    text = " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(str(tmp_path / "map.pdf")).pages)
    assert "PRECAUTIONS" in text and "apixaban 5 mg bid" in text
    assert "30 mm, beyond the recommended maximum depth 17 mm (Seol et al. 2014)" in text


@pytest.fixture
def window(charting_window: MainWindow) -> MainWindow:
    return charting_window


def test_the_window_shows_the_banner_the_safety_tab_and_asks_before_a_deep_needle(
        window: MainWindow, store: Store, atlas: Atlas) -> None:
    sid = window.editor.session.id
    window.editor.edit_session({"screening": {"anticoagulants": ("yes", "apixaban")}})
    settle()
    assert window.safety.banner.isVisible() and "apixaban" in window.safety.banner.text()
    x, y = rhomboid_spot(atlas)
    window.editor.click("back", x, y)
    window.editor.close_chooser()
    settle()
    number = store.session(sid).points[-1].number
    asked: list[str] = []
    window.safety.ask = lambda text: asked.append(text) or False
    point = window.editor.point_by_number(number)
    window.editor.edit_point(point.id, {"needled": True, "needle_length_mm": 40.0,
                                        "depth_mm": 30.0})
    settle()
    assert asked and "30 mm" in asked[0]
    assert store.session(sid).point(number).depth_mm is None  # said no: nothing stored
    window.safety.ask = lambda text: True
    window.editor.edit_point(point.id, {"needled": True, "needle_length_mm": 40.0,
                                        "depth_mm": 30.0})
    settle()
    stored = store.session(sid).point(number)
    assert stored.depth_mm == 30 and stored.depth_confirmed
    tab = window.tabs.indexOf(window.safety.panel)
    assert window.tabs.tabText(tab).startswith("Safet&y (")
    texts = [window.safety.panel.list.item(i).text()
             for i in range(window.safety.panel.list.count())]
    assert any("confirmed this depth" in t for t in texts)
    assert "Over Lung" in window.inspector.caution_note.text()


def test_an_adverse_event_at_a_point_and_since_the_last_visit(window: MainWindow,
                                                              store: Store,
                                                              atlas: Atlas) -> None:
    first = window.editor.session
    x, y = rhomboid_spot(atlas)
    window.editor.click("back", x, y)
    window.editor.close_chooser()
    settle()
    events = window.inspector.fields["adverse_events"]
    events.actions["bruising"].setChecked(True)  # as ticking it in the menu does
    settle()
    assert store.session(first.id).points[0].adverse_events == ("bruising",)
    assert "Bruising" in events.widget.text()

    window.new_session()  # the next visit asks how it went since
    settle()
    panel = window.session_panel
    assert panel.since.isVisible() and "bruising (point 1)" in panel.previous.text()
    answer = panel.fields["since_last_visit"]
    answer.widget.setPlainText("Bruise gone after 3 days.")
    answer.flush()
    settle()
    assert store.session(window.editor.session.id).since_last_visit == \
        "Bruise gone after 3 days."


def test_carried_answers_are_shaded_and_confirmed_in_one_step(window: MainWindow,
                                                              store: Store) -> None:
    window.editor.edit_session({"screening": {"anticoagulants": ("yes", "apixaban")}})
    window.new_session()
    settle()
    panel = window.session_panel
    combo, _ = panel.screening["anticoagulants"]
    assert panel.confirm_carried.isVisible() and combo.styleSheet()
    assert "carried" in window.safety.banner.text()
    steps = window.editor.undo_stack.count()
    panel.confirm_carried.click()
    settle()
    assert window.editor.undo_stack.count() == steps + 1  # one change for all of them
    answer = store.session(window.editor.session.id).screening["anticoagulants"]
    assert (answer.answer, answer.carried) == ("yes", False)
    assert not panel.confirm_carried.isVisible()
