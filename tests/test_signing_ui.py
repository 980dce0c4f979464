"""Signing from the window, and addenda to a signed session: written in a dialog, stored dated
and signed, shown in the session panel and the history, and printed."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from dn_bodymap.atlas import Atlas
from dn_bodymap.records.model import ScreeningAnswer, SigningException
from dn_bodymap.records.store import Store
from dn_bodymap.records.vocab import SCREENING_ITEMS
from dn_bodymap.ui.main_window import MainWindow
from dn_bodymap.ui.signing import AddendumDialog, SignDialog
from tests.test_annotator import CLINICIAN, at, click, settle, window  # noqa: F401

ADDENDUM = "Phoned next day: headache gone, no dizziness."


def pdf_text(path: Path) -> str:
    # NFKC: the PDF's "ﬁ" ligature is searched for as "fi".
    return unicodedata.normalize("NFKC", " ".join(" ".join(p.extract_text().split())
                                                  for p in PdfReader(str(path)).pages))


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
    current = window.patients.sessions.currentIndex()  # the history's line of the session
    assert current.siblingAtColumn(4).data() == "signed, 1 addendum"
    assert current.siblingAtColumn(0).data(Qt.ItemDataRole.ToolTipRole) == "signed, 1 addendum"

    path = window.printing.export_pdf("clinical", str(tmp_path / "map.pdf"))
    text = pdf_text(path)
    assert ADDENDUM in text and f"UTC, {CLINICIAN.signature}" in text


def test_the_history_counts_addenda_from_the_database(
        window: MainWindow, store: Store, signed: int) -> None:  # noqa: F811
    store.add_addendum(signed, "First.", CLINICIAN)
    store.add_addendum(signed, "Second.", CLINICIAN)
    window.patients.reload_sessions(signed)
    current = window.patients.sessions.currentIndex()
    assert current.siblingAtColumn(4).data() == "signed, 2 addenda"
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


def needle_first_point(window: MainWindow, atlas: Atlas) -> None:  # noqa: F811
    click(window, at(window, atlas, "top_of_shoulder", "right", "back"))
    window.editor.close_chooser()
    window.editor.edit_point(window.editor.selected_point().id, {"needled": True})
    settle()


def test_signing_lists_what_is_missing_and_consent_blocks_a_needled_session(
        window: MainWindow, atlas: Atlas, store: Store) -> None:  # noqa: F811
    needle_first_point(window, atlas)
    window.act["sign"].trigger()
    dialog = window.signing.dialog
    assert isinstance(dialog, SignDialog) and dialog.isVisible()
    assert {c.id: c.level for c in dialog.checks} == {
        "consent": "required", "screening": "recommended", "pain_before": "recommended",
        "pain_after": "recommended", "point_kind": "recommended"}
    for edit in dialog.reasons.values():
        edit.setText("patient had to leave")
    assert "consent" not in dialog.reasons  # a required item takes no reason
    assert not dialog.ok.isEnabled() and "required" in dialog.hint.text()
    dialog.reject()
    assert not store.session(window.editor.session.id).signed


def test_recommended_items_are_signed_over_with_a_reason_each(
        window: MainWindow, atlas: Atlas, store: Store, tmp_path: Path) -> None:  # noqa: F811
    needle_first_point(window, atlas)
    window.session_panel.fields["consent"].widget.setChecked(True)
    settle()
    dialog = window.signing.sign()
    assert "consent" not in {c.id for c in dialog.checks}
    reasons = {"screening": "screened at the first visit last week",
               "pain_before": "patient could not rate it", "pain_after": "left in a hurry",
               "point_kind": "not clear on palpation"}
    for item, text in list(reasons.items())[:-1]:
        dialog.reasons[item].setText(text)
    assert not dialog.ok.isEnabled()  # one recommended item still without a reason
    dialog.reasons["point_kind"].setText(reasons["point_kind"])
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    settle()
    assert not dialog.isVisible()
    session = store.session(window.editor.session.id)
    assert session.signed and window.editor.session.signed
    assert session.signing_exceptions == tuple(
        SigningException(item, reason) for item, reason in reasons.items())
    assert "Signed without Pain after (NPRS): left in a hurry" in \
        window.session_panel.status.text()
    text = pdf_text(window.printing.export_pdf("clinical", str(tmp_path / "map.pdf")))
    for reason in reasons.values():
        assert reason in text
    assert "Screening: screened at the first visit last week" in text


def test_a_fully_recorded_session_has_an_empty_checklist(
        window: MainWindow, atlas: Atlas, store: Store) -> None:  # noqa: F811
    needle_first_point(window, atlas)
    window.editor.edit_point(window.editor.selected_point().id, {"kind": "active"})
    window.editor.edit_session({"consent": True, "pain_before": 6, "pain_after": 3})
    settle()
    window.session_panel.all_no.click()
    settle()
    dialog = window.signing.sign()
    assert dialog.checks == () and dialog.ok.isEnabled()
    dialog.ok.click()
    assert store.session(window.editor.session.id).signed


def test_screen_all_no_answers_only_the_items_not_asked(
        window: MainWindow, store: Store) -> None:  # noqa: F811
    settle()
    panel = window.session_panel
    combo, note = panel.screening["diabetes"]
    combo.setCurrentIndex(combo.findData("yes"))
    note.setText("type 2")
    note.editingFinished.emit()
    settle()
    stack = window.editor.undo_stack
    steps = stack.count()
    assert panel.all_no.isEnabled()
    panel.all_no.click()
    settle()
    stored = store.session(window.editor.session.id).screening
    assert stored["diabetes"] == ScreeningAnswer("yes", "type 2")  # a yes is never overwritten
    assert {i for i, a in stored.items() if a.answer == "no"} == \
        set(SCREENING_ITEMS) - {"diabetes"}
    assert stack.count() == steps + 1 and not panel.all_no.isEnabled()  # one change
    stack.undo()
    settle()
    stored = store.session(window.editor.session.id).screening
    assert stored["diabetes"] == ScreeningAnswer("yes", "type 2")
    assert all(a.answer == "not_asked" for i, a in stored.items() if i != "diabetes")
