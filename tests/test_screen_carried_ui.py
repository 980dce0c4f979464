"""The session panel and a screen carried from the patient's standing precautions: touching
one item confirms that item only; the others stay carried, to be confirmed."""

from __future__ import annotations

from dn_bodymap.records.store import Store
from dn_bodymap.ui.main_window import MainWindow
from tests.test_annotator import settle


def _carried_visit(window: MainWindow, store: Store) -> int:
    patient_id = window.patients.patient_id
    store.set_precaution(patient_id, "anticoagulants", "yes", "apixaban 5 mg bid")
    store.set_precaution(patient_id, "pregnancy", "no")
    session_id = window.new_session()
    settle()
    return session_id


def test_editing_one_note_confirms_that_item_only(charting_window: MainWindow,
                                                  store: Store) -> None:
    window = charting_window
    session_id = _carried_visit(window, store)
    combo, note = window.session_panel.screening["anticoagulants"]
    assert combo.currentData() == "yes" and note.text() == "apixaban 5 mg bid"
    _, pregnancy_note = window.session_panel.screening["pregnancy"]
    pregnancy_note.setText("18 weeks")
    pregnancy_note.editingFinished.emit()
    settle()
    screen = store.session(session_id).screening
    assert screen["pregnancy"].note == "18 weeks" and not screen["pregnancy"].carried
    assert screen["anticoagulants"].carried  # untouched: still to confirm


def test_answering_the_rest_no_leaves_carried_answers_carried(charting_window: MainWindow,
                                                              store: Store) -> None:
    window = charting_window
    session_id = _carried_visit(window, store)
    window.session_panel.all_no.click()
    settle()
    screen = store.session(session_id).screening
    assert screen["epilepsy"].answer == "no" and not screen["epilepsy"].carried
    assert screen["anticoagulants"].carried and screen["pregnancy"].carried
