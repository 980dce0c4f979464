"""Signing from the window, and addenda to a signed session: written in a dialog, stored dated
and signed, shown in the session panel and the history, and printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from dn_bodymap.atlas import Atlas
from dn_bodymap.records.store import Store
from dn_bodymap.ui.main_window import MainWindow
from dn_bodymap.ui.signing import AddendumDialog
from tests.test_annotator import CLINICIAN, at, click, settle, window  # noqa: F401

ADDENDUM = "Phoned next day: headache gone, no dizziness."


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


@pytest.fixture
def signed(window: MainWindow, atlas: Atlas, store: Store) -> int:  # noqa: F811
    click(window, at(window, atlas, "top_of_shoulder", "right", "back"))
    window.editor.close_chooser()
    session_id = window.editor.session.id
    store.sign_session(session_id, CLINICIAN)
    window.editor.open(session_id)
    settle()
    return session_id


def test_the_addendum_button_shows_for_a_signed_session_only(
        window: MainWindow, store: Store) -> None:  # noqa: F811
    settle()
    panel = window.session_panel
    assert not panel.addendum_button.isVisibleTo(window)
    assert not window.act["addendum"].isEnabled()
    store.sign_session(window.editor.session.id, CLINICIAN)
    window.editor.open(window.editor.session.id)
    settle()
    assert panel.addendum_button.isVisibleTo(window)
    assert window.act["addendum"].isEnabled() and not window.act["sign"].isEnabled()


def test_an_addendum_from_the_window_is_stored_shown_and_printed(
        window: MainWindow, store: Store, signed: int, tmp_path: Path) -> None:  # noqa: F811
    before = store.session(signed)
    window.act["addendum"].trigger()
    dialog = window.signing.dialog
    assert isinstance(dialog, AddendumDialog) and dialog.isVisible()
    assert not dialog.ok.isEnabled()  # nothing written yet
    dialog.text.setPlainText(ADDENDUM)
    dialog.ok.click()
    settle()
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()

    after = store.session(signed)
    (addendum,) = after.addenda
    assert addendum.text == ADDENDUM and addendum.author == CLINICIAN.signature
    assert after.signed_at == before.signed_at and after.points == before.points
    assert after.chief_complaint == before.chief_complaint  # the signed content untouched

    (shown,) = window.session_panel.addenda_shown()
    assert ADDENDUM in shown and CLINICIAN.signature in shown
    assert addendum.at[:16].replace("T", " ") in shown
    assert window.session_panel.addenda.isVisibleTo(window)
    history = window.patients.sessions
    assert history.item(history.currentRow(), 4).text() == "signed, 1 addendum"

    path = window.printing.export_pdf("clinical", str(tmp_path / "map.pdf"))
    text = pdf_text(path)
    assert ADDENDUM in text and f"UTC, {CLINICIAN.signature}" in text


def test_the_history_counts_addenda_from_the_database(
        window: MainWindow, store: Store, signed: int) -> None:  # noqa: F811
    store.add_addendum(signed, "First.", CLINICIAN)
    store.add_addendum(signed, "Second.", CLINICIAN)
    window.patients.reload_sessions(signed)
    history = window.patients.sessions
    assert history.item(history.currentRow(), 4).text() == "signed, 2 addenda"
    assert store.history_rows(store.session(signed).patient_id)[0].addenda == 2


def test_a_refused_addendum_is_explained_in_the_dialog(
        window: MainWindow, store: Store, signed: int) -> None:  # noqa: F811
    dialog = window.signing.add_addendum()
    dialog.text.setPlainText("x" * 20_001)  # longer than any free-text field may be
    dialog.ok.click()
    assert dialog.isVisible() and "Not added" in dialog.problem.text()
    assert store.session(signed).addenda == ()
    dialog.reject()


def test_a_draft_takes_no_addendum(window: MainWindow, store: Store) -> None:  # noqa: F811
    assert window.signing.add_addendum() is None
    assert "draft" in window.statusBar().currentMessage()
