"""JSON export and import: round trips, the saved format-1 file, refusals, all or nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import RecordsError, Store, audit, exchange
from tests.records_helpers import (
    CLINICIAN,
    EXAMPLE,
    as_exported_now,
    chart_example,
    raw,
    spot,
)

TABLES = ("patients", "sessions", "trigger_points", "addenda", "audit")


def _content(doc: dict[str, Any]) -> dict[str, Any]:
    """What a document records (not when or by which program it was written)."""
    return {k: v for k, v in doc.items() if k not in ("exported_at", "exported_by")}


@pytest.fixture
def store(tmp_path: Path, atlas: Atlas):
    with Store.open(tmp_path / "records.sqlite", atlas=atlas, actor="importer") as s:
        yield s


@pytest.fixture
def example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _counts(store: Store) -> dict[str, int]:
    return {t: raw(store.path, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}


def test_export_then_import_gives_the_same_session(tmp_path: Path, atlas: Atlas) -> None:
    with Store.open(tmp_path / "a.sqlite", atlas=atlas) as a:
        original = chart_example(a, atlas)
        doc = exchange.export_session(a, original.id)
    with Store.open(tmp_path / "b.sqlite", atlas=atlas) as b:
        sid = exchange.import_document(b, json.loads(exchange.dumps(doc)))
        copied = b.session(sid)
        assert _content(exchange.export_session(b, sid)) == _content(doc)
    same = ("uuid", "started_at", "status", "signed_at", "signed_by", "screening",
            "adverse_events", "pain_before", "pain_after", "points_issued")
    assert {k: getattr(copied, k) for k in same} == {k: getattr(original, k) for k in same}
    def strip(p: Any) -> dict[str, Any]:  # a point apart from its database ids
        return {k: v for k, v in vars(p).items() if k not in ("id", "session_id")}

    assert [strip(p) for p in copied.points] == [strip(p) for p in original.points]
    assert [(x.at, x.author, x.text) for x in copied.addenda] == [
        (x.at, x.author, x.text) for x in original.addenda]


def test_the_saved_format_1_file_imports(store: Store, example: dict[str, Any]) -> None:
    """tests/data/session-format-1.json was written by the first version: every later version
    must import it as it was recorded."""
    sid = exchange.import_document(store, exchange.load_file(EXAMPLE))
    s = store.session(sid)
    assert s.status == "signed" and s.signed_by == "Alex Rivera, PT, DPT, Cert. DN"
    assert s.signed_at == "2025-03-14T09:24:51.318204+00:00"
    assert s.started_at == "2025-03-14T09:30:00+01:00"
    assert [p.number for p in s.points] == [1, 2, 3, 5, 6] and s.points_issued == 6
    assert [(p.muscle, p.side) for p in s.points] == [
        ("upper_trapezius", "right"), ("infraspinatus", "right"), ("levator_scapulae", "left"),
        ("gluteus_medius", "left"), ("gluteus_medius", "left")]
    first = s.point(1)
    assert (first.depth_mm, first.needle_gauge_mm, first.technique, first.ltr_count) == (
        12.0, 0.25, "pistoning", 3)
    assert s.screening["diabetes"].answer == "yes"
    assert s.adverse_events == ("bruising", "post_needling_soreness")
    assert [a.text[:20] for a in s.addenda] == ["Patient phoned the n"]
    assert store.patient(s.patient_id).clinic_id == "DN-000123"
    # ... and writes it back out as it came in, in today's format: with the fields later
    # formats added, at the values a format-1 record means.
    assert all(p.confirmed and p.carried_from is None for p in s.points)
    assert _content(exchange.export_session(store, sid)) == _content(as_exported_now(example))


def test_importing_the_same_session_twice_is_refused(store: Store) -> None:
    sid = exchange.import_document(store, exchange.load_file(EXAMPLE))
    before = _counts(store)
    uuid = store.session(sid).uuid
    with pytest.raises(RecordsError, match=f"^session {uuid} is already in this database "
                                           f"\\(session {sid}\\); it was not imported again$"):
        exchange.import_document(store, exchange.load_file(EXAMPLE))
    assert _counts(store) == before


def test_the_patient_is_found_by_clinic_id(store: Store, example: dict[str, Any]) -> None:
    existing = store.add_patient("Maria Example", clinic_id="DN-000123")
    sid = exchange.import_document(store, example)
    assert store.session(sid).patient_id == existing.id
    assert len(store.patients()) == 1


def test_a_clinic_id_of_someone_else_is_refused(store: Store, example: dict[str, Any]) -> None:
    store.add_patient("Another Person", clinic_id="DN-000123")
    with pytest.raises(RecordsError, match=r"patient.clinic_id: 'DN-000123' is patient 1 "
                                           r"\(Another Person\) here"):
        exchange.import_document(store, example)
    chosen = store.add_patient("Maria E.")
    sid = exchange.import_document(store, example, patient_id=chosen.id)
    assert store.session(sid).patient_id == chosen.id


def test_without_clinic_id_a_new_patient_is_made(store: Store, example) -> None:
    store.add_patient("Maria Example")
    example["patient"]["clinic_id"] = None
    exchange.import_document(store, example)
    assert [p.name for p in store.patients()] == ["Maria Example", "Maria Example"]


def test_imported_numbers_are_kept_and_not_reused(store: Store, example) -> None:
    example["session"]["status"] = "draft"
    example["session"]["signed_at"] = example["session"]["signed_by"] = None
    example["session"]["addenda"] = []
    sid = exchange.import_document(store, example)
    p = store.add_point(sid, "back", *spot(store.atlas, "back", "infraspinatus", "left"))
    assert p.number == 7


def _set(doc: dict[str, Any], path: str, value: Any) -> None:
    keys = path.replace("]", "").replace("[", ".").split(".")
    target = doc
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last = keys[-1]
    if value is KeyError:
        del target[last]
    else:
        target[int(last) if last.isdigit() else last] = value


@pytest.mark.parametrize("path, value, message", [
    ("session.trigger_points[3].depth_mm", -3,
     r"^session\.trigger_points\[3\]\.depth_mm: -3 is not a depth in mm \(must be > 0\)$"),
    ("session.pain_before", 11, r"^session\.pain_before: 11 is not an NPRS score"),
    ("session.trigger_points[0].muscle", "xyz",
     r"^session\.trigger_points\[0\]\.muscle: unknown muscle 'xyz'$"),
    ("session.trigger_points[1].x", 2.0,
     r"^session\.trigger_points\[1\]: point \(2, 266\.31\) is outside the body on the back"),
    ("session.trigger_points[2].colour", "red",
     r"^session\.trigger_points\[2\]\.colour: unknown field$"),
    ("session.uuid", KeyError, r"^session\.uuid: missing$"),
    ("session.trigger_points", {"a": 1}, r"^session\.trigger_points: expected a list, found "
                                         r"an object$"),
    ("session.trigger_points[0]", [1, 2], r"^session\.trigger_points\[0\]: expected an "
                                          r"object, found a list$"),
    ("session.trigger_points[1].number", 1, r"^session\.trigger_points\[1\]\.number: 1 is "
                                            r"used twice$"),
    ("session.consent", "yes", r"^session\.consent: 'yes' is not true or false$"),
    ("session.screening.pregnancy.answer", "maybe", r"^session\.screening\.pregnancy\.answer:"),
    ("session.adverse_events", ["bruising", "hiccups"], r"^session\.adverse_events\[1\]: "),
    ("session.started_at", "2025-03-14 09:30", r"^session\.started_at: .* has no UTC offset"),
    ("session.signed_by", None, r"^session\.signed_by: None is not a name"),
    ("session.status", "final", r"^session\.status: 'final' is not a session status"),
    ("patient", "Maria", r"^patient: expected an object, found text$"),
    ("patient.sex", "f", r"^patient\.sex: 'f' is not a sex"),
    ("format_version", 7, r"^format_version: 7 is newer than this dn-bodymap reads \(6\)"),
    ("session.trigger_points[0].confirmed", False,  # format 1 had no such field
     r"^session\.trigger_points\[0\]\.confirmed: unknown field$"),
    ("format_version", "1", r"^format_version: '1' is not a format version$"),
])
def test_a_malformed_document_is_refused_by_its_path(store: Store, example, path: str,
                                                     value: Any, message: str) -> None:
    # charted with this atlas, so each point's place is checked too (the sample keeps the
    # data_version it was exported with)
    example["session"]["atlas_data_version"] = store.atlas.data_version
    _set(example, path, value)
    with pytest.raises(RecordsError, match=message):
        exchange.import_document(store, example)
    assert _counts(store) == dict.fromkeys(TABLES, 0)


def test_a_draft_has_no_signature_or_addenda(store: Store, example) -> None:
    example["session"]["status"] = "draft"
    with pytest.raises(RecordsError, match=r"^session.signed_at: a draft session has no"):
        exchange.import_document(store, example)


def test_a_truncated_file_is_named(tmp_path: Path) -> None:
    cut = tmp_path / "cut.json"
    cut.write_text(EXAMPLE.read_text(encoding="utf-8")[:500], encoding="utf-8")
    with pytest.raises(RecordsError, match=r"cut.json: not valid JSON, truncated or damaged"):
        exchange.load_file(cut)
    with pytest.raises(RecordsError, match=r"no such file"):
        exchange.load_file(tmp_path / "none.json")


def test_import_is_all_or_nothing(store: Store, example, monkeypatch) -> None:
    """A failure half way (here: after the points, before their audit rows) leaves nothing
    behind."""
    seen = []

    def fail_after_the_points(db, rows) -> None:  # the points are written: undo them too
        seen.extend(r["entity_id"] for r in rows if r["entity"] == "trigger_point")
        raise RuntimeError("disk gone")

    monkeypatch.setattr(audit, "record_many", fail_after_the_points)
    with pytest.raises(RuntimeError, match=r"disk gone"):
        exchange.import_document(store, example)
    assert len(seen) == 5
    assert _counts(store) == dict.fromkeys(TABLES, 0)


def test_another_atlas_version_checks_muscle_ids_only(store: Store, example) -> None:
    """Points charted on another atlas keep their mapping; only the ids must be known."""
    example["session"]["atlas_data_version"] = "2020.1.1"
    example["session"]["trigger_points"][0]["x"] = 2.0  # off today's body, kept as charted
    sid = exchange.import_document(store, copy.deepcopy(example))
    assert store.session(sid).points[0].x == 2.0
    example["session"]["uuid"] = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
    example["session"]["trigger_points"][1]["muscle"] = "xyz"
    with pytest.raises(RecordsError, match=r"trigger_points\[1\]\.muscle: unknown muscle"):
        exchange.import_document(store, example)


def test_export_of_a_missing_session(store: Store) -> None:
    with pytest.raises(RecordsError, match=r"^no session 5$"):
        exchange.export_session(store, 5)


def test_export_names_its_format(store: Store) -> None:
    pid = store.add_patient("Ann").id
    sid = store.new_session(pid, CLINICIAN).id
    doc = exchange.export_session(store, sid)
    assert doc["format_version"] == 6 and doc["exported_by"].startswith("dn-bodymap ")
    assert doc["session"]["trigger_points"] == [] and doc["session"]["status"] == "draft"
