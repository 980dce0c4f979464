"""The window says whether a signed session is as signed: "Integrity verified" in the session
panel, or the failure plainly; guard triggers repaired on open are named in the status bar."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dn_bodymap import settings as app_settings
from dn_bodymap.atlas import Atlas
from dn_bodymap.records.store import Store
from dn_bodymap.ui.main_window import MainWindow
from tests.conftest import open_window
from tests.test_annotator import CLINICIAN, settle, window  # noqa: F401
from tests.test_signing_ui import signed  # noqa: F401


def test_a_draft_is_not_checked(window: MainWindow) -> None:  # noqa: F811
    assert window.session_panel.integrity.text() == ""  # a draft is not sealed


def test_a_signed_session_shows_integrity_verified(
        window: MainWindow, store: Store, signed: int) -> None:  # noqa: F811
    panel, sid = window.session_panel, signed
    assert panel.integrity.text() == (f"Integrity verified · content hash "
                                      f"{store.session(sid).content_hash[:8]}")
    assert panel.integrity.isVisibleTo(window) and "c00000" not in panel.integrity.styleSheet()
    assert not window.integrity_banner.isVisibleTo(window)


def test_an_altered_signed_session_is_shown_plainly(
        window: MainWindow, signed: int, db: Path) -> None:  # noqa: F811
    sid = signed
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DROP TRIGGER sessions_signed_no_update")
        conn.execute("UPDATE sessions SET signed_by = 'Dr. Mallory' WHERE id = ?", (sid,))
    conn.close()
    window.editor.open(sid)
    settle()
    text = window.session_panel.integrity.text()
    assert text.startswith("INTEGRITY CHECK FAILED: this record was changed outside "
                           "dn-bodymap.\n")
    assert f"session {sid}: its signed content was changed after signing" in text
    assert "signed_by is 'Dr. Mallory'" in text
    assert "guard trigger sessions_signed_no_update: is missing or altered" in text
    assert "c00000" in window.session_panel.integrity.styleSheet()
    assert window.integrity_banner.isVisibleTo(window)  # over the body, whatever tab is open
    assert window.integrity_banner.text() == (
        "INTEGRITY CHECK FAILED: this record was changed outside dn-bodymap (2 problems: see "
        "the Session tab)")


def test_guards_repaired_on_open_are_named_in_the_status_bar(qtbot, atlas: Atlas,
                                                             tmp_path: Path) -> None:
    db = tmp_path / "clinic.sqlite"
    with Store.open(db, atlas=atlas) as store:
        store.add_patient("Jane Doe")
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.close()
    settings = app_settings.open_settings()
    app_settings.save_clinician(settings, CLINICIAN)
    with Store.open(db, atlas=atlas) as store:
        w = open_window(qtbot, atlas, store, settings=settings)
        w.start()
        assert w.statusBar().currentMessage() == (
            "Integrity: guard trigger audit_no_delete: was missing or altered; re-created "
            "(recorded in the audit trail) (run dn-bodymap verify)")
        w.close()
