"""Erasing a deleted patient from the audit trail: the values go, the rows, their digests and
the hash chain stay, and ``verify`` still passes. Signed records of care are never erased."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import RecordsError, Store
from tests.records_helpers import CLINICIAN, chart_example, raw, spot

NAME = "Zelda Quux-Erasable"  # a name found nowhere else in the file
SECRETS = (NAME, "1961-02-03", "ZQ-77", "works nights at the bakery", "apixaban 5 mg",
           "left knee since the fall")


@pytest.fixture
def store(tmp_path: Path, atlas: Atlas):
    with Store.open(tmp_path / "clinic.sqlite", atlas=atlas, actor="Alex Rivera") as s:
        yield s


def _leaving_patient(store: Store, atlas: Atlas) -> int:
    """A patient with precautions and a draft (with a point), all deleted but the patient."""
    p = store.add_patient(NAME, date_of_birth="1961-02-03", clinic_id="ZQ-77",
                          notes="works nights at the bakery")
    store.update_patient(p.id, notes="works nights at the bakery; two children")
    draft = store.new_session(p.id, CLINICIAN, chief_complaint="left knee since the fall",
                              screening={"anticoagulants": ("yes", "apixaban 5 mg")})
    store.add_point(draft.id, "back", *spot(atlas, "back", "infraspinatus", "left"))
    store.delete_session(draft.id)
    return p.id


def _rows_holding(store: Store, *texts: str) -> list[int]:
    return [r[0] for r in raw(store.path, "SELECT id, old_value, new_value FROM audit")
            if any(t in (r[1] or "") + (r[2] or "") for t in texts)]


def test_erasing_a_deleted_patient_keeps_the_chain(store: Store, atlas: Atlas) -> None:
    kept = chart_example(store, atlas)  # another patient's signed session: untouched
    pid = _leaving_patient(store, atlas)
    store.delete_patient(pid)
    holding = _rows_holding(store, *SECRETS)
    assert len(holding) >= 6
    before = raw(store.path, "SELECT id, at, actor, action, entity, entity_id, session_id, "
                             "field, payload_digest, row_hash FROM audit ORDER BY id")
    whole = raw(store.path, "SELECT * FROM audit ORDER BY id")

    erased = store.erase_patient(pid, actor="Records officer")

    assert set(holding) <= set(erased)
    assert _rows_holding(store, *SECRETS) == []
    # every row stays, with when, who, what kind of change and its digest and chain hashes
    after = raw(store.path, "SELECT id, at, actor, action, entity, entity_id, session_id, "
                            "field, payload_digest, row_hash FROM audit ORDER BY id")
    assert after[:len(before)] == before
    assert [r for r in raw(store.path, "SELECT * FROM audit ORDER BY id")[:len(whole)]
            if r[0] not in erased] == [r for r in whole if r[0] not in erased]
    [erase] = [e for e in store.audit_trail(entity="patient", entity_id=pid)
               if e.action == "erase"]
    assert erase.actor == "Records officer" and erase.new_value == {"audit_rows": erased}
    assert {json.dumps(e.new_value) for e in store.audit_trail(entity="patient",
                                                               entity_id=pid)
            if e.action == "create"} == {'{"erased": true}'}
    report = store.verify()
    assert report.ok, report.problems
    assert store.verify_session(kept.id) == []


def test_the_erased_values_are_gone_from_the_file(tmp_path: Path, atlas: Atlas) -> None:
    db = tmp_path / "clinic.sqlite"
    with Store.open(db, atlas=atlas) as store:
        pid = _leaving_patient(store, atlas)
        store.erase_patient(pid)  # deletes the patient first
        assert store.patients() == []
    data = b"".join(f.read_bytes() for f in tmp_path.iterdir() if f.name.startswith("clinic"))
    assert [s for s in SECRETS if s.encode() in data] == []


def test_a_patient_with_records_of_care_is_not_erased(store: Store, atlas: Atlas) -> None:
    signed = chart_example(store, atlas)
    rows = raw(store.path, "SELECT * FROM audit")
    with pytest.raises(RecordsError, match=r"^patient 1 has 1 signed session\(s\), kept for "
                                           r"the retention period"):
        store.erase_patient(signed.patient_id)
    draft = store.new_session(store.add_patient("Bo Example").id, CLINICIAN)
    with pytest.raises(RecordsError, match=r"^patient 2 has 1 session\(s\); delete the draft"):
        store.erase_patient(draft.patient_id)
    assert raw(store.path, "SELECT * FROM audit")[:len(rows)] == rows
    assert store.verify().ok


def test_erasing_twice_or_an_unknown_patient_is_refused(store: Store, atlas: Atlas) -> None:
    pid = _leaving_patient(store, atlas)
    store.erase_patient(pid)
    with pytest.raises(RecordsError, match=rf"^no patient {pid} with values left to erase"):
        store.erase_patient(pid)
    with pytest.raises(RecordsError, match=r"^no patient 99 with values left to erase"):
        store.erase_patient(99)


def test_values_erased_by_another_program_are_named(store: Store, atlas: Atlas) -> None:
    """An attacker cannot hide a row's values by making it look erased."""
    chart_example(store, atlas)
    target = raw(store.path, "SELECT min(id) FROM audit WHERE action = 'sign'")[0][0]
    raw(store.path, "DROP TRIGGER audit_no_update")
    raw(store.path, "UPDATE audit SET new_value = '{\"erased\": true}' WHERE id = ?", target)
    problems = [str(p) for p in store.verify().problems]
    assert (f"audit row {target}: its values were erased, but not by dn-bodymap's erasure "
            "(no erase row lists it)") in problems

