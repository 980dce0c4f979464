"""The pain drawing as part of the record (issue 14): sealed by signing (content form 2) while
sessions signed before still verify, locked once signed, carried by the exchange format
(format 6) and by copy-db."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import shapely

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting import pain_drawing as pd
from dn_bodymap.records import RecordsError, Store, content, copying, exchange
from tests.records_helpers import (
    CLINICIAN,
    DATA,
    REFUSED,
    chart_example,
    import_refused,
    raw,
)

FORMAT_5 = DATA / "session-format-5.json"


def low_back_and_buttock(atlas: Atlas) -> pd.PainDrawing:
    """Aching across the right low back and burning in the right buttock (back view: the
    patient's right on the viewer's right), clear of the midline."""
    outline = atlas.views["back"].outline
    back = atlas.landmark("low_back", "right", view="back")
    seat = atlas.landmark("buttock", "right", view="back")
    d = pd.paint(pd.EMPTY, outline, "back",
                 pd.stroke([(back.x, back.y), (back.x + 15, back.y + 30)], 12), "aching", 6)
    return pd.paint(d, outline, "back", pd.stroke([(seat.x, seat.y)], 20), "burning", 8)


def _signed_with_drawing(store: Store, atlas: Atlas) -> int:
    p = store.add_patient("Jo Drawing", clinic_id="DN-7")
    s = store.new_session(p.id, CLINICIAN, consent=True, pain_before=6)
    s = store.update_session(s.id, pain_drawing=low_back_and_buttock(atlas),
                             expected_version=s.version)
    store.sign_session(s.id, CLINICIAN)
    return s.id


def _problems(path: Path, atlas: Atlas) -> list[str]:
    with Store.open(path, atlas=atlas) as store:
        return [str(p) for p in store.verify().problems]


def _behind_the_guard(path: Path, session_id: int, drawing: Any) -> None:
    """Another program drops the signed-session guard and writes a drawing."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("DROP TRIGGER IF EXISTS sessions_signed_no_update")
            conn.execute("UPDATE sessions SET pain_drawing = ? WHERE id = ?",
                         (None if drawing is None else json.dumps(drawing), session_id))
    finally:
        conn.close()


# -- signing -------------------------------------------------------------------------------

def test_signing_seals_the_drawing_in_form_2(tmp_path: Path, atlas: Atlas) -> None:
    path = tmp_path / "c.sqlite"
    with Store.open(path, atlas=atlas) as store:
        sid = _signed_with_drawing(store, atlas)
        s = store.session(sid)
        assert store.verify().ok
    [(ctx,)] = raw(path, "SELECT signed_context FROM sessions WHERE id = ?", sid)
    assert json.loads(ctx)["form"] == content.FORM == 2
    assert s.pain_drawing == json.loads(json.dumps(pd.to_json(low_back_and_buttock(atlas))))
    assert pd.to_json(pd.from_json(s.pain_drawing)) == pd.to_json(pd.from_json(
        json.loads(json.dumps(pd.to_json(pd.from_json(s.pain_drawing))))))  # a stable form


def test_a_drawing_changed_behind_the_guard_is_found(tmp_path: Path, atlas: Atlas) -> None:
    path = tmp_path / "c.sqlite"
    with Store.open(path, atlas=atlas) as store:
        sid = _signed_with_drawing(store, atlas)
        kept = store.session(sid).pain_drawing
    smaller = copy.deepcopy(kept)
    smaller["areas"] = smaller["areas"][:1]  # the burning buttock taken out
    _behind_the_guard(path, sid, smaller)
    [found] = [p for p in _problems(path, atlas) if p.startswith(f"session {sid}:")]
    assert "its signed content was changed after signing" in found
    assert "the pain drawing is not the one the audit trail recorded" in found
    _behind_the_guard(path, sid, kept)  # put back as signed: whole again
    assert not [p for p in _problems(path, atlas) if p.startswith(f"session {sid}:")]


def test_a_session_signed_before_the_drawing_still_verifies(tmp_path: Path,
                                                            atlas: Atlas) -> None:
    """The saved format-5 file was signed in form 1 (no drawing in its hashed form): it is
    imported verified, verifies here, and a drawing slipped into it later is found."""
    path = tmp_path / "c.sqlite"
    doc = json.loads(FORMAT_5.read_text(encoding="utf-8"))
    assert doc["session"]["signed_context"]["form"] == 1
    with Store.open(path, atlas=atlas) as store:
        sid = exchange.import_document(store, doc)
        assert store.session(sid).signed and store.session(sid).pain_drawing is None
        assert "content hash verified on import" in store.session(sid).signature_note
        assert store.verify().ok
    _behind_the_guard(path, sid, pd.to_json(low_back_and_buttock(atlas)))
    [found] = [p for p in _problems(path, atlas) if p.startswith(f"session {sid}:")]
    assert "its signed content was changed after signing" in found
    assert "the pain drawing is not the one the audit trail recorded" in found


def test_a_session_signed_by_the_example_chart_verifies_with_no_drawing(
        tmp_path: Path, atlas: Atlas) -> None:
    with Store.open(tmp_path / "c.sqlite", atlas=atlas) as store:
        s = chart_example(store, atlas)
        assert s.pain_drawing is None and store.verify().ok


def test_the_hash_covers_the_drawing_and_its_tags(atlas: Atlas) -> None:
    drawing = pd.to_json(low_back_and_buttock(atlas))
    session = {"uuid": "u", "status": "signed", "pain_drawing": drawing}
    ctx = {"form": 2}
    base = content.content_hash(session, [], ctx)
    retagged = copy.deepcopy(drawing)
    retagged["areas"][0]["intensity"] = 2
    assert content.content_hash({**session, "pain_drawing": retagged}, [], ctx) != base
    assert content.content_hash({**session, "pain_drawing": None}, [], ctx) != base
    as_text = {**session, "pain_drawing": json.dumps(drawing)}  # as SQLite hands it back
    assert content.content_hash(as_text, [], ctx) == base
    doc = json.loads(content.canonical(content.content(session, [], ctx)))
    assert doc["pain_drawing"] == json.loads(json.dumps(drawing))


# -- locked once signed ----------------------------------------------------------------------

def test_a_signed_drawing_is_refused_by_the_store_and_by_the_guard(db: Path | str,
                                                                   atlas: Atlas) -> None:
    """On both backends: the store refuses, another program's UPDATE is refused by the guard
    trigger, and the drawing stays as signed."""
    with Store.open(db, atlas=atlas) as store:
        sid = _signed_with_drawing(store, atlas)
        kept = store.session(sid).pain_drawing
        assert store.session(sid).signed and store.verify().ok
        with pytest.raises(RecordsError, match="signed"):
            store.update_session(sid, pain_drawing=None)
        with pytest.raises(RecordsError, match="signed"):
            store.update_session(sid, pain_drawing=pd.EMPTY)
    with pytest.raises(REFUSED, match="signed"):
        raw(db, "UPDATE sessions SET pain_drawing = NULL WHERE id = ?", sid)
    with Store.open(db, atlas=atlas) as store:
        assert store.session(sid).pain_drawing == kept and store.verify().ok


# -- exchange --------------------------------------------------------------------------------

def _geometry_equal(a: dict[str, Any], b: dict[str, Any]) -> None:
    assert [(x["view"], x["quality"], x["intensity"]) for x in a["areas"]] == [
        (x["view"], x["quality"], x["intensity"]) for x in b["areas"]]
    for x, y in zip(a["areas"], b["areas"], strict=True):
        gx, gy = shapely.geometry.shape(x["geometry"]), shapely.geometry.shape(y["geometry"])
        assert shapely.hausdorff_distance(gx, gy) <= 0.1
        assert gx.symmetric_difference(gy).area < 1.0


@pytest.mark.parametrize("sign", [False, True])
def test_export_and_import_keep_the_drawing(tmp_path: Path, atlas: Atlas, sign: bool) -> None:
    with Store.open(tmp_path / "a.sqlite", atlas=atlas) as store:
        if sign:
            sid = _signed_with_drawing(store, atlas)
        else:
            p = store.add_patient("Jo Draft")
            sid = store.new_session(p.id, CLINICIAN).id
            store.update_session(sid, pain_drawing=low_back_and_buttock(atlas))
        drawn = store.session(sid).pain_drawing
        text = exchange.dumps(exchange.export_session(store, sid))
    doc = json.loads(text)
    assert doc["format_version"] == 6 and doc["session"]["pain_drawing"] is not None
    with Store.open(tmp_path / "b.sqlite", atlas=atlas) as other:
        new = other.session(exchange.import_document(other, doc))
        assert new.signed is sign
        if sign:
            assert "content hash verified on import" in new.signature_note
        _geometry_equal(new.pain_drawing, drawn)
        assert exchange.export_session(other, new.id)["session"]["pain_drawing"] == json.loads(
            json.dumps(drawn))  # and written out again the same
        assert other.verify().ok


def test_a_signed_drawing_edited_in_the_file_comes_in_as_a_draft(tmp_path: Path,
                                                                 atlas: Atlas) -> None:
    with Store.open(tmp_path / "a.sqlite", atlas=atlas) as store:
        doc = exchange.export_session(store, _signed_with_drawing(store, atlas))
    doc["session"]["pain_drawing"]["areas"][1]["intensity"] = 3
    with Store.open(tmp_path / "b.sqlite", atlas=atlas) as other:
        new = other.session(exchange.import_document(other, json.loads(json.dumps(doc))))
        assert not new.signed and "does not match its content hash" in new.signature_note
        assert new.pain_drawing["areas"][1]["intensity"] == 3


def _drawn_example(doc: dict[str, Any], drawing: Any) -> None:
    doc["format_version"] = 6
    s = doc["session"]
    s.update(status="draft", signed_at=None, signed_by=None, signing_exceptions=[],
             content_hash=None, signed_context=None, addenda=[], pain_drawing=drawing)


@pytest.mark.parametrize("bad, message", [
    ({"format": 1, "areas": [{"view": "back", "geometry": {"type": "Point",
                                                          "coordinates": [1, 2]}}]},
     r"^session\.pain_drawing\.areas\[0\]\.geometry: a Point, not a polygon$"),
    ({"format": 1, "areas": [{"view": "back", "geometry": {"type": "Polygon",
                                                          "coordinates": "x"}}]},
     r"^session\.pain_drawing\.areas\[0\]\.geometry: not a GeoJSON polygon$"),
    ({"format": 1, "areas": [{"view": "side", "geometry": None}]},
     r"^session\.pain_drawing\.areas\[0\]: view 'side' is not one of"),
    ({"format": 1, "areas": [{"view": "back", "intensity": 11, "geometry": None}]},
     r"^session\.pain_drawing\.areas\[0\]: intensity 11 is not a whole number 0-10$"),
    ({"format": 9, "areas": []}, r"^session\.pain_drawing\.format: 9 is not a drawing format"),
    ("lots", r"^session\.pain_drawing: expected an object with a list of areas$"),
])
def test_a_bad_drawing_in_a_file_is_refused_by_its_path(tmp_path: Path, atlas: Atlas,
                                                        bad: Any, message: str) -> None:
    import_refused(tmp_path / "empty.sqlite", atlas, FORMAT_5,
                   lambda doc: _drawn_example(doc, bad), message)


def test_a_format_5_file_may_not_carry_a_drawing(tmp_path: Path, atlas: Atlas) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["session"]["pain_drawing"] = None

    import_refused(tmp_path / "empty.sqlite", atlas, FORMAT_5, change,
                   r"^session\.pain_drawing: unknown field$")


# -- copy-db ---------------------------------------------------------------------------------

def test_copy_db_keeps_the_drawing(tmp_path: Path, atlas: Atlas) -> None:
    source, target = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    with Store.open(source, atlas=atlas) as store:
        sid = _signed_with_drawing(store, atlas)
        drawn = store.session(sid).pain_drawing
    copying.copy_database(source, target)
    with Store.open(target, atlas=atlas) as copied:
        assert copied.session(sid).pain_drawing == drawn
        assert copied.verify().ok
