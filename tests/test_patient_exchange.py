"""A whole patient between two databases (records/patient_exchange.py, `export-json --patient`,
`import-json FILE_OR_FOLDER`): every session, addendum, precaution, drawing and carried point
arrives, signatures still verify, nothing is duplicated, and a bad file writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dn_bodymap import cli
from dn_bodymap.records import Store, exchange, patient_exchange
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import Clinician
from tests.drawing_helpers import keep, low_back_drawing
from tests.records_helpers import chart_example

CLINICIAN = Clinician("Alex Rivera", "PT, DPT")


@pytest.fixture
def charted(store, atlas) -> int:
    """A patient with a signed first visit and a draft follow-up that carries its points
    forward, a pain drawing and a standing precaution."""
    first = chart_example(store, atlas)
    second = store.new_session(first.patient_id, CLINICIAN, started_at="2025-03-21T09:30:00Z")
    store.carry_forward(first.id, second.id)
    keep(store, second.id, low_back_drawing(atlas))
    store.set_precaution(first.patient_id, "pregnancy", "yes", "12 weeks")
    return first.patient_id


def other_store(tmp_path: Path, atlas) -> Store:
    return Store.open(tmp_path / "target.sqlite", atlas=atlas)


def shape(store: Store, patient_id: int) -> list[tuple]:
    """What must survive the move, without database ids."""
    out = []
    for summary in store.sessions(patient_id):
        s = store.session(summary.id)
        out.append((s.uuid, s.status, s.content_hash, s.pain_drawing,
                    [(p.number, p.muscle, p.side, p.layer, p.kind, p.depth_mm, p.confirmed,
                      p.carried_from is not None) for p in s.points],
                    [(a.author, a.text) for a in s.addenda]))
    return out


def test_a_whole_patient_moves_and_verifies(store, atlas, charted, tmp_path):
    doc = json.loads(exchange.dumps(patient_exchange.export_patient(store, charted)))
    assert doc["format"] == patient_exchange.KIND and len(doc["sessions"]) == 2
    with other_store(tmp_path, atlas) as target:
        done = patient_exchange.import_patient(target, patient_exchange.parse(doc, atlas))
        assert len(done.added) == 2 and done.skipped == []
        assert shape(target, done.patient_id) == shape(store, charted)
        standing = [(c.item, c.answer, c.note) for c in target.precautions(done.patient_id)]
        assert standing == [(c.item, c.answer, c.note) for c in store.precautions(charted)]
        assert ("pregnancy", "yes", "12 weeks") in standing
        report = target.verify()  # the whole database, signatures and audit chain
        assert report.problems == () and report.checked["signed sessions"] == 1
        for sid in done.added:
            assert target.verify_session(sid) == []
        # Again: nothing is duplicated.
        again = patient_exchange.import_patient(target, patient_exchange.parse(doc, atlas))
        assert again.added == [] and len(again.skipped) == 2
        assert len(target.sessions(done.patient_id)) == 2


def test_a_bad_session_is_named_and_nothing_is_written(store, atlas, charted, tmp_path):
    doc = patient_exchange.export_patient(store, charted)
    doc["sessions"][1]["trigger_points"][0]["depth_mm"] = -3
    with pytest.raises(RecordsError, match=r"^sessions\[1\]\.trigger_points\[0\]\.depth_mm"):
        patient_exchange.parse(doc, atlas)
    with other_store(tmp_path, atlas) as target:
        assert target.patients() == []


def test_a_session_under_another_patient_refuses_the_whole_file(store, atlas, charted,
                                                                 tmp_path):
    doc = patient_exchange.export_patient(store, charted)
    single = exchange.export_session(store, store.sessions(charted)[0].id)
    single["patient"] = {"name": "Someone Else", "precautions": []}
    with other_store(tmp_path, atlas) as target:
        exchange.import_document(target, single)  # the first visit, filed under another
        before = len(target.sessions())
        with pytest.raises(RecordsError, match="under another patient"):
            patient_exchange.import_patient(target, patient_exchange.parse(doc, atlas))
        assert len(target.sessions()) == before  # the second session did not arrive either
        assert [p.name for p in target.patients()] == ["Someone Else"]


def test_a_folder_imports_with_a_summary(store, atlas, charted, tmp_path, capsys):
    folder = tmp_path / "incoming"
    folder.mkdir()
    db = str(store.path)
    assert cli.main(["--db", db, "export-json", "--patient", str(charted),
                     str(folder / "patient.json")]) == 0
    (folder / "broken.json").write_text('{"format_version": 6, "patient": {}, "session": {}}',
                                        encoding="utf-8")
    target = str(tmp_path / "clinic.sqlite")
    capsys.readouterr()
    assert cli.main(["--db", target, "import-json", str(folder), "--json"]) == 1  # one refused
    summary = json.loads(capsys.readouterr().out)
    assert len(summary["added"]) == 1 and "patient.json" in summary["added"][0]
    assert summary["refused"] == ["broken.json: patient.name: missing"]
    assert cli.main(["--db", target, "import-json", str(folder / "patient.json")]) == 0
    assert "2 sessions already present" in capsys.readouterr().out
    assert cli.main(["--db", target, "verify"]) == 0
