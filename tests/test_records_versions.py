"""No lost update (issue 12, item 1): every editable record has a version, and a change made
on the strength of an older version is refused with what changed elsewhere, by whom."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Store
from dn_bodymap.records.errors import ConflictError
from dn_bodymap.ui.main_window import MainWindow
from tests.records_helpers import CLINICIAN, location, spot
from tests.test_annotator import settle


@pytest.fixture
def two(tmp_path: Path, atlas: Atlas):
    """Two stores on one file, as two windows (or two rooms' processes) have."""
    db = tmp_path / "shared.sqlite"
    with Store.open(db, atlas=atlas, actor="room-a") as a, \
            Store.open(db, atlas=atlas, actor="room-b") as b:
        yield a, b


def test_the_issues_lost_update_is_refused(two) -> None:
    a, b = two
    pid = a.add_patient("Ann Example").id
    shown = a.new_session(pid, CLINICIAN)  # room A opens the session
    b.update_session(shown.id, expected_version=shown.version, chief_complaint="Neck",
                     plan="Re-assess in a week")  # room B saves first
    with pytest.raises(ConflictError, match=r"^session \d+ was changed elsewhere since you "
                                            r"opened it: chief complaint, plan \(by room-b"):
        a.update_session(shown.id, expected_version=shown.version,
                         chief_complaint="Low back")
    now = a.session(shown.id)
    assert (now.chief_complaint, now.plan) == ("Neck", "Re-assess in a week")
    assert now.version == shown.version + 1  # one transaction, one version
    again = a.update_session(shown.id, expected_version=now.version, chief_complaint="Both")
    assert again.version == now.version + 1


@pytest.mark.parametrize("what", ["point", "delete", "patient", "sign", "precaution"])
def test_every_record_refuses_a_stale_change(two, atlas: Atlas, what: str) -> None:
    a, b = two
    pid = a.add_patient("Ann Example").id
    s = a.new_session(pid, CLINICIAN)
    p = a.add_point(s.id, "back", *spot(atlas, "back", "infraspinatus", "right"))
    if what in ("point", "delete"):
        b.update_point(p.id, expected_version=p.version, kind="active")
        with pytest.raises(ConflictError, match=r"trigger point \d+ was changed elsewhere"):
            if what == "point":
                a.update_point(p.id, expected_version=p.version, kind="latent")
            else:
                a.delete_point(p.id, expected_version=p.version)
        assert a.point(p.id).kind == "active"
    elif what == "patient":
        shown = a.patient(pid)
        b.update_patient(pid, expected_version=shown.version, notes="Left-handed")
        with pytest.raises(ConflictError, match=r"patient \d+ was changed elsewhere"):
            a.update_patient(pid, expected_version=shown.version, notes="Right-handed")
        assert a.patient(pid).notes == "Left-handed"
    elif what == "sign":  # the signer signs what they saw, not what changed since
        b.update_session(s.id, expected_version=s.version, pain_after=9)
        with pytest.raises(ConflictError, match=r"session \d+ was changed elsewhere"):
            a.sign_session(s.id, CLINICIAN, expected_version=s.version)
        assert not a.session(s.id).signed
    else:  # a standing precaution changes its version with each change
        b.update_session(s.id, screening={"anticoagulants": ("yes", "apixaban")})
        first = a.precautions(pid)[0]
        b.set_precaution(pid, "anticoagulants", "no")
        assert a.precautions(pid)[0].version > first.version


def test_scripts_that_pass_no_version_still_write(two) -> None:
    a, b = two
    pid = a.add_patient("Ann Example").id
    s = a.new_session(pid, CLINICIAN)
    b.update_session(s.id, plan="B")
    assert a.update_session(s.id, plan="A").plan == "A"  # last write wins, audited
    assert [e.new_value for e in a.audit_trail(entity="session", entity_id=s.id)
            if e.field == "plan"] == ["B", "A"]


def test_the_window_reloads_and_says_what_changed_elsewhere(
        charting_window: MainWindow, store: Store, atlas: Atlas, tmp_path: Path,
        monkeypatch) -> None:
    w = charting_window
    sid = w.editor.session.id
    w.editor.edit_session({"chief_complaint": "Neck pain"})
    settle()
    with Store.open(location(store), atlas=atlas, actor="front-desk") as other:
        current = other.session(sid)
        other.update_session(sid, expected_version=current.version, plan="Call Monday")
    w.editor.edit_session({"chief_complaint": "Neck and temple pain"})  # on the old version
    settle()
    stored = store.session(sid)
    assert (stored.chief_complaint, stored.plan) == ("Neck pain", "Call Monday")
    box = w.conflict_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "plan (by front-desk" in box.text()
    assert "Neck and temple pain" in box.detailedText()  # what was not saved, to retype
    assert w.session_panel.fields["plan"].widget.toPlainText() == "Call Monday"
    box.close()
    w.editor.edit_session({"chief_complaint": "Neck and temple pain"})  # now it saves
    settle()
    assert store.session(sid).chief_complaint == "Neck and temple pain"
