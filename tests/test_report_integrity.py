"""The printed map says whether the record is as signed: "Integrity verified" under the
signature, or the failure in red with each problem listed after the addenda; and how an
imported signature came here."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.cli import main
from dn_bodymap.demo import CLINICIAN, make_session
from dn_bodymap.records import Store
from dn_bodymap.report.document import integrity_heading, treatment_map
from tests.test_report import _pdf_text

PROBLEM = "session 1: its signed content was changed after signing"


def _map(atlas: Atlas, store: Store, sign: bool = True, **kw):
    sid = make_session(store, atlas, 4)
    if sign:
        store.sign_session(sid, CLINICIAN)
    s = store.session(sid)
    return s, treatment_map(atlas, s, store.patient(s.patient_id), **kw)


def test_a_verified_signed_session_says_so_with_its_hash(atlas: Atlas, store: Store) -> None:
    s, doc = _map(atlas, store, integrity=[])
    assert doc.integrity == f"Integrity verified · hash {s.content_hash[:8]}"
    assert not doc.integrity_failed and doc.integrity_lines == ()
    _, draft = _map(atlas, store, sign=False, integrity=[])
    assert draft.integrity == "Integrity verified"
    _, unchecked = _map(atlas, store, integrity=None)
    assert unchecked.integrity == "" and unchecked.integrity_lines == ()


def test_a_failure_is_plain_on_the_clinical_map(atlas: Atlas, store: Store) -> None:
    _, doc = _map(atlas, store, integrity=[PROBLEM, "audit row 9: changed"])
    assert doc.integrity == "INTEGRITY CHECK FAILED (2 problems)" and doc.integrity_failed
    assert doc.integrity_lines == (integrity_heading(), PROBLEM, "audit row 9: changed",
                                   "Run dn-bodymap verify for the whole database.")
    _, handout = _map(atlas, store, integrity=[PROBLEM], variant="patient")
    assert handout.integrity == "INTEGRITY CHECK FAILED (1 problem)"
    assert handout.integrity_lines == ()  # the details are for the clinic


def test_an_imported_signature_is_noted(atlas: Atlas, store: Store) -> None:
    s, _ = _map(atlas, store)
    note = "Signed elsewhere by Alex Morgan; content hash verified on import 2026-11-26"
    doc = treatment_map(atlas, replace(s, signature_note=note), store.patient(s.patient_id),
                        integrity=[])
    assert doc.integrity_lines == (f"Signature: {note}",)


@pytest.fixture
def printed(atlas: Atlas, db: Path, tmp_path: Path, qapp):
    with Store.open(db, atlas=atlas) as store:
        sid = make_session(store, atlas, 4)
        store.sign_session(sid, CLINICIAN)

    def run() -> str:
        out = tmp_path / "map.pdf"
        assert main(["--db", str(db), "print", str(sid), "--pdf", str(out)]) == 0
        return _pdf_text(out)[1]

    return sid, run


def test_print_says_integrity_verified(printed) -> None:
    _, run = printed
    text = run()
    assert "Integrity verified · hash" in text and "INTEGRITY" not in text


def test_print_shows_an_alteration_plainly(printed, db: Path) -> None:
    sid, run = printed
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DROP TRIGGER sessions_signed_no_update")
        conn.execute("UPDATE sessions SET pain_after = 0 WHERE id = ?", (sid,))
    conn.close()
    text = run()
    assert "INTEGRITY CHECK FAILED (1 problem)" in text
    assert f"session {sid}: its signed content was changed after signing" in text
    assert "Integrity verified" not in text
