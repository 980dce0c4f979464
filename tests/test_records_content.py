"""The canonical signed content and its hash (records/content.py): what it covers, and that
the hash the store takes is the SHA-256 of the documented canonical JSON."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from dn_bodymap.records import content

SAVED = Path(__file__).parent / "data" / "session-format-5.json"


def _parts() -> tuple[dict, list, dict]:
    s = json.loads(SAVED.read_text(encoding="utf-8"))["session"]
    row = {**s, "clinician_name": s["clinician"]["name"],
           "clinician_credentials": s["clinician"]["credentials"]}
    return row, s["trigger_points"], s["signed_context"]


def test_the_hash_is_sha256_of_the_canonical_json() -> None:
    row, points, context = _parts()
    text = content.canonical(content.content(row, points, context))
    assert content.content_hash(row, points, context) == hashlib.sha256(text).hexdigest()
    assert content.content_hash(row, points, context) == row["content_hash"]
    doc = json.loads(text)
    assert list(doc) == sorted(doc) and text == json.dumps(
        doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert doc["pain_drawing"] is None  # the place kept for the pain drawing
    assert doc["point_fields"] == sorted(content.POINT_CONTENT)
    assert [p[doc["point_fields"].index("number")] for p in doc["points"]] == [1, 2, 3, 5, 6]
    assert doc["context"]["patient"] == {"name": "Maria Example",
                                         "date_of_birth": "1979-06-14",
                                         "clinic_id": "DN-000123"}
    assert set(doc["session"]) == set(content.SESSION_CONTENT)


def test_what_the_hash_covers() -> None:
    row, points, context = _parts()
    base = content.content_hash(row, points, context)

    def changed(**kw: object) -> bool:
        return content.content_hash({**row, **kw}, points, context) != base

    assert changed(signed_by="Dr. Forged") and changed(pain_before=2) and changed(plan="")
    assert changed(screening={}) and changed(signed_at="2026-01-01T00:00:00+00:00")
    assert content.content_hash(row, points[1:], context) != base  # a point removed
    moved = [{**points[0], "depth_mm": 9}, *points[1:]]
    assert content.content_hash(row, moved, context) != base
    other = {**context, "patient": {**context["patient"], "date_of_birth": "1979-06-15"}}
    assert content.content_hash(row, points, other) != base
    # ... and not what differs between databases, nor the same value written otherwise
    assert not changed(id=99, patient_id=7, created_at="x", updated_at="y", notes_extra=1)
    same = [{**p, "depth_mm": int(p["depth_mm"]) if p["depth_mm"] == 12 else p["depth_mm"],
             "taut_band": int(p["taut_band"]), "id": 1000 + i}
            for i, p in enumerate(points)]
    assert content.content_hash(row, same, context) == base  # 12 and 12.0; 1 and true
    z = row["signed_at"].replace("+00:00", "Z")
    assert content.content_hash({**row, "signed_at": z}, points, context) == base
    events = list(reversed(row["adverse_events"]))
    assert content.content_hash({**row, "adverse_events": events}, points, context) == base
    default = {**row["screening"], "new_item": {"answer": "not_asked", "note": "",
                                                "carried": False, "last_confirmed": None}}
    assert content.content_hash({**row, "screening": default}, points, context) == base


def test_a_field_a_later_revision_adds_is_null_until_then(tmp_path: Path, atlas,
                                                          monkeypatch) -> None:
    """The 0006 migration seals with the field list of the code that runs it: a field added
    to the hash by a later revision (here one no table has) reads as null, not an error."""
    from dn_bodymap.records import Store
    from tests.records_helpers import chart_example

    later = (*content.SESSION_CONTENT, "signed_account")
    monkeypatch.setattr(content, "SESSION_CONTENT", later)
    monkeypatch.setattr(content, "_SESSION_COLUMNS", (*content._SESSION_COLUMNS,
                                                      "signed_account"))
    with Store.open(tmp_path / "x.sqlite", atlas=atlas) as store:
        s = chart_example(store, atlas)
        assert s.content_hash and store.verify().ok
