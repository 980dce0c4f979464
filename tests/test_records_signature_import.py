"""Imported signatures are judged by their content hash (exchange format 5): a matching hash
keeps the signature ("signed elsewhere by X, content hash verified"); a file edited after
signing, or one with no hash, comes in as a draft with a note saying why."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import RecordsError, Store, exchange
from tests.records_helpers import CLINICIAN, EXAMPLE, as_exported_now, chart_example, raw


@pytest.fixture
def exported(tmp_path: Path, atlas: Atlas) -> dict[str, Any]:
    with Store.open(tmp_path / "origin.sqlite", atlas=atlas) as origin:
        signed = chart_example(origin, atlas)
        doc = exchange.export_session(origin, signed.id)
    return json.loads(exchange.dumps(doc))


@pytest.fixture
def store(tmp_path: Path, atlas: Atlas):
    with Store.open(tmp_path / "here.sqlite", atlas=atlas, actor="importer") as s:
        yield s


def test_a_signed_export_carries_its_hash_and_context(exported: dict[str, Any]) -> None:
    s = exported["session"]
    assert exported["format_version"] == exchange.FORMAT_VERSION and len(s["content_hash"]) == 64
    assert s["signed_context"]["patient"] == {"name": "Maria Example",
                                              "date_of_birth": "1979-06-14",
                                              "clinic_id": "DN-000123"}
    assert s["signed_context"]["sealed"] == "signing"
    assert [p["item"] for p in s["signed_context"]["precautions"]][:2] == [
        "active_infection", "anticoagulants"]


def test_a_matching_hash_keeps_the_signature(store: Store, exported) -> None:
    sid = exchange.import_document(store, copy.deepcopy(exported))
    s = store.session(sid)
    assert s.signed and s.signed_by == "Alex Rivera, PT, DPT, Cert. DN"
    assert s.content_hash == exported["session"]["content_hash"]
    assert s.signature_note.startswith("Signed elsewhere by Alex Rivera, PT, DPT, Cert. DN; "
                                       "content hash verified on import 20")
    assert [a.text[:13] for a in s.addenda] == ["Patient phone"]
    assert store.verify().ok and store.verify_session(sid) == []
    again = exchange.export_session(store, sid)
    assert again["session"] == exported["session"]


FORGERIES = [
    ("the signer", lambda s: s.update(signed_by="Dr. Forged"),
     "its content does not match its content hash (it was changed after signing)"),
    ("a pain score", lambda s: s.update(pain_before=2),
     "its content does not match its content hash (it was changed after signing)"),
    ("a depth", lambda s: s["trigger_points"][0].update(depth_mm=9),
     "its content does not match its content hash (it was changed after signing)"),
    ("the hash, recomputed wrongly", lambda s: s.update(content_hash="0" * 64),
     "its content does not match its content hash (it was changed after signing)"),
    ("the context", lambda s: s["signed_context"]["patient"].update(name="Mary Other"),
     "its content does not match its content hash (it was changed after signing)"),
    ("no hash at all", lambda s: s.update(content_hash=None, signed_context=None),
     "it carries no content hash"),
]


@pytest.mark.parametrize(("what", "edit", "why"), FORGERIES, ids=[f[0] for f in FORGERIES])
def test_an_edited_signed_file_comes_in_as_a_draft(store: Store, exported, what: str,
                                                   edit, why: str) -> None:
    doc = copy.deepcopy(exported)
    doc["session"].update(signed_by="Dr. Forged")
    edit(doc["session"])
    sid = exchange.import_document(store, doc)
    s = store.session(sid)
    assert s.status == "draft" and s.signed_by is None and s.signed_at is None
    assert s.content_hash is None and s.addenda == ()
    assert s.signature_note == (
        f"Imported as a draft: the file says it was signed by Dr. Forged on "
        f"{doc['session']['signed_at'][:16].replace('T', ' ')}, but {why}. Its addenda: "
        f"{doc['session']['addenda'][0]['at'][:16].replace('T', ' ')}, Alex Rivera, PT, DPT, "
        f"Cert. DN: Patient phoned the next day: mild soreness in the left buttock, gone "
        f"within 24 hours. No other adverse events.")
    [created] = [e for e in store.audit_trail(session_id=sid) if e.entity == "session"
                 and e.action == "create"]
    assert created.new_value["signed_by"] == "Dr. Forged"  # what the file claimed, kept
    assert store.verify().ok
    store.update_session(sid, notes="checked against the paper chart")  # a draft here
    assert store.sign_session(sid, CLINICIAN).signed


def test_a_hand_written_file_claiming_a_signature_is_not_signed(store: Store) -> None:
    """The issue's case: a JSON written by hand, claiming "signed by Dr. Forged"."""
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["format_version"] = 5
    doc["session"]["signed_by"] = "Dr. Forged"
    sid = exchange.import_document(store, doc)
    assert store.session(sid).status == "draft"
    assert "it carries no content hash" in store.session(sid).signature_note
    assert raw(store.path, "SELECT count(*) FROM addenda") == [(0,)]


def test_older_formats_stay_signed_and_are_noted_unverified(store: Store, tmp_path: Path,
                                                           atlas: Atlas) -> None:
    sid = exchange.import_document(store, exchange.load_file(EXAMPLE))
    s = store.session(sid)
    assert s.signed and s.signature_note == (
        "Signed elsewhere by Alex Rivera, PT, DPT, Cert. DN; not verified: a format 1 file "
        "carries no content hash")
    assert s.content_hash and store.verify().ok  # sealed here on import
    # carried on: a database importing this one's export can tell where the hash was taken
    doc = exchange.export_session(store, sid)
    with Store.open(tmp_path / "third.sqlite", atlas=atlas) as third:
        n = third.session(exchange.import_document(third, doc)).signature_note
    assert n.endswith("(the hash was taken at import of a format 1 file (signature not "
                      "verified))")
    assert n.startswith("Signed elsewhere by Alex Rivera, PT, DPT, Cert. DN; content hash "
                        "verified on import")


@pytest.mark.parametrize(("change", "message"), [
    (lambda s: s.update(content_hash="abc"), r"^session\.content_hash: 'abc' is not a "
                                             r"SHA-256 hash"),
    (lambda s: s.update(signed_context=[1]), r"^session\.signed_context: expected an object"),
    (lambda s: s.update(status="draft", signed_at=None, signed_by=None, addenda=[],
                        signing_exceptions=[]),
     r"^session\.content_hash: a draft session has no content_hash"),
])
def test_a_malformed_seal_is_refused(store: Store, exported, change, message: str) -> None:
    doc = copy.deepcopy(exported)
    change(doc["session"])
    with pytest.raises(RecordsError, match=message):
        exchange.import_document(store, doc)
    assert raw(store.path, "SELECT count(*) FROM sessions") == [(0,)]


def test_the_saved_format_5_file_imports_verified(store: Store) -> None:
    saved = Path(__file__).parent / "data" / "session-format-5.json"
    doc = exchange.load_file(saved)
    sid = exchange.import_document(store, copy.deepcopy(doc))
    s = store.session(sid)
    assert s.signed and s.content_hash == doc["session"]["content_hash"]
    assert "content hash verified on import" in s.signature_note
    again = exchange.export_session(store, sid)
    assert {k: v for k, v in again.items() if k != "exported_at"} == {
        k: v for k, v in as_exported_now(doc).items() if k != "exported_at"}
