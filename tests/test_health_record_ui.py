"""File → Export for the health record… writes the open session as a FHIR R4 Bundle that
fhir.resources accepts, with the map attached."""

from __future__ import annotations

import base64
import json

from fhir.resources.bundle import Bundle

from dn_bodymap.ui.health_record import export_for_health_record
from tests.test_annotator import at, click


def test_the_window_exports_the_open_session(charting_window, atlas, tmp_path):
    w = charting_window
    click(w, at(w, atlas, "buttock", "right", "back"))
    w.editor.close_chooser()
    titles = [a.text() for a in w.menuBar().actions()[0].menu().actions()]
    assert "Export for the &health record…" in titles
    target = export_for_health_record(w, str(tmp_path / "visit.fhir.json"))
    assert target is not None and "Wrote" in w.statusBar().currentMessage()
    bundle = json.loads(target.read_text(encoding="utf-8"))
    Bundle.parse_obj(bundle)
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds.count("Observation") >= 1 and "DocumentReference" in kinds
    doc = next(e["resource"] for e in bundle["entry"]
               if e["resource"]["resourceType"] == "DocumentReference")
    assert base64.b64decode(doc["content"][0]["attachment"]["data"]).startswith(b"%PDF-")


def test_without_a_session_nothing_is_written(window, tmp_path):
    assert export_for_health_record(window, str(tmp_path / "none.json")) is None
    assert not (tmp_path / "none.json").exists()
