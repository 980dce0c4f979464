"""Signing makes a session read-only for good; corrections are addenda."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from dn_bodymap.records import Clinician, RecordsError, Store
from tests.records_helpers import CLINICIAN, REFUSED, raw, spot


@pytest.fixture
def signed(store: Store):
    pid = store.add_patient("Ann").id
    sid = store.new_session(pid, CLINICIAN, pain_before=6).id
    store.add_point(sid, "back", *spot(store.atlas, "back", "upper_trapezius", "right"))
    return store.sign_session(sid, CLINICIAN)


def test_signing_records_who_and_when(store: Store, signed) -> None:
    assert signed.status == "signed" and signed.signed
    assert signed.signed_by == "Alex Rivera, PT, DPT, Cert. DN"
    assert datetime.fromisoformat(signed.signed_at).utcoffset().total_seconds() == 0
    rows = [r for r in store.audit_trail(session_id=signed.id) if r.action == "sign"]
    assert {(r.field, r.old_value, r.new_value) for r in rows} == {
        ("status", "draft", "signed"), ("signed_at", None, signed.signed_at),
        ("signed_by", None, signed.signed_by), ("content_hash", None, signed.content_hash)}
    assert {r.actor for r in rows} == {"Alex Rivera"}
    assert signed.content_hash is not None and len(signed.content_hash) == 64


def test_a_signed_session_refuses_every_edit(store: Store, signed, db: Path) -> None:
    point = signed.points[0]
    attempts = [
        lambda: store.update_session(signed.id, pain_after=2),
        lambda: store.update_session(signed.id, screening={"pregnancy": "no"}),
        lambda: store.add_point(signed.id, point.view, point.x, point.y),
        lambda: store.update_point(point.id, depth_mm=10),
        lambda: store.delete_point(point.id),
        lambda: store.delete_session(signed.id),
    ]
    before = {t: raw(db, f"SELECT * FROM {t}") for t in ("sessions", "trigger_points", "audit")}
    for attempt in attempts:
        with pytest.raises(RecordsError,
                           match=f"^session {signed.id} is signed; add an addendum instead$"):
            attempt()
    assert store.session(signed.id) == signed
    assert {t: raw(db, f"SELECT * FROM {t}") for t in before} == before


def test_signing_twice_is_refused(store: Store, signed) -> None:
    with pytest.raises(RecordsError, match=r"is already signed"):
        store.sign_session(signed.id, Clinician("Someone Else"))
    assert store.session(signed.id).signed_by == signed.signed_by


def test_addenda_are_dated_attributed_and_appended(store: Store, signed) -> None:
    a = store.add_addendum(signed.id, "Pain after treatment was 3/10.", CLINICIAN)
    b = store.add_addendum(signed.id, "Patient phoned: soreness gone.", "Sam Lee, PT")
    got = store.session(signed.id)
    assert got.addenda == (a, b)
    assert (a.author, b.author) == ("Alex Rivera, PT, DPT, Cert. DN", "Sam Lee, PT")
    assert a.at <= b.at and datetime.fromisoformat(a.at).tzinfo is not None
    assert got.pain_after is None  # the addendum corrects in words; the record is unchanged
    [row] = [r for r in store.audit_trail(entity="addendum", entity_id=b.id)]
    assert (row.action, row.actor, row.new_value) == (
        "addendum", "Sam Lee, PT", {"author": "Sam Lee, PT",
                                    "text": "Patient phoned: soreness gone."})


def test_addenda_are_for_signed_sessions_only(store: Store) -> None:
    pid = store.add_patient("Ann").id
    sid = store.new_session(pid, CLINICIAN).id
    with pytest.raises(RecordsError, match=r"is a draft: edit it directly"):
        store.add_addendum(sid, "text", CLINICIAN)


def test_an_addendum_needs_text_and_an_author(store: Store, signed) -> None:
    with pytest.raises(RecordsError, match=r"needs some text"):
        store.add_addendum(signed.id, "  ", CLINICIAN)
    with pytest.raises(RecordsError, match=r"author"):
        store.add_addendum(signed.id, "text", "")


def test_the_database_itself_guards_signed_sessions(store: Store, signed, db: Path) -> None:
    """Even another program writing to the file cannot change a signed session."""
    store.add_addendum(signed.id, "note", CLINICIAN)
    for sql in (f"UPDATE sessions SET pain_after = 1 WHERE id = {signed.id}",
                f"DELETE FROM sessions WHERE id = {signed.id}",
                f"UPDATE trigger_points SET depth_mm = 5 WHERE session_id = {signed.id}",
                f"DELETE FROM trigger_points WHERE session_id = {signed.id}",
                "INSERT INTO trigger_points (session_id, number, view, x, y, muscle, side, "
                "layer, taut_band, spot_tenderness, familiar_pain, referred_pain, "
                "local_twitch, needled, notes, created_at, updated_at) VALUES "
                f"({signed.id}, 9, 'back', 1, 1, 'deltoid', 'left', 'superficial', false, "
                "false, false, false, false, false, '', '', '')"):
        with pytest.raises(REFUSED, match=r"session is signed"):
            raw(db, sql)
    for sql in ("UPDATE addenda SET text = 'changed'", "DELETE FROM addenda"):
        with pytest.raises(REFUSED, match=r"append-only"):
            raw(db, sql)
    assert store.session(signed.id).points == signed.points
