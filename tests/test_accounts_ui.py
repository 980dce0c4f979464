"""The window with clinician accounts: it opens behind a sign-in, signs with the password
again, and locks itself after the idle time, hiding every patient's data until the password
is given. Without accounts it opens as before (tests/test_start.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget

from dn_bodymap import settings as app_settings
from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Clinician, Store
from dn_bodymap.ui.dialogs import ClinicianDialog, PatientDialog
from dn_bodymap.ui.guard import SignInDialog, locked_title
from dn_bodymap.ui.main_window import MainWindow
from dn_bodymap.ui.signing import SignDialog
from tests.conftest import open_window
from tests.records_helpers import spot
from tests.test_annotator import settle

PASSWORD = "correct horse battery"
PATIENT = "Jane Doe"


def visible_text() -> str:
    """Every text a person could read on screen: titles, labels, fields, lists, tables."""
    found = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        found.append(top.windowTitle())
        for w in [top, *top.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            for getter in ("text", "toPlainText", "currentText", "placeholderText"):
                value = getattr(w, getter, None)
                if callable(value):
                    found.append(str(value()))
            if isinstance(w, QAbstractItemView) and w.model() is not None:
                m, root = w.model(), QModelIndex()
                columns = 1 if isinstance(m, QAbstractListModel) else m.columnCount(root)
                found += [str(m.index(r, c).data()) for r in range(m.rowCount(root))
                          for c in range(columns)]
    return "\n".join(found)


def later(step: Callable[[], bool]) -> list[BaseException]:
    """Run ``step`` on the next turns of the event loop (inside a modal dialog's loop) until
    it returns True. A failure in it, or no end after some 5 s, closes the modal dialog (or
    the test would hang in its loop) and is returned, for the test to raise."""
    failures: list[BaseException] = []
    turns = [250]

    def run() -> None:
        turns[0] -= 1
        try:
            if step():
                return
            assert turns[0] > 0, "the dialog never got through"
        except Exception as exc:
            failures.append(exc)
            dialog = QApplication.activeModalWidget()
            if dialog is not None:
                dialog.reject()
            return
        QTimer.singleShot(20, run)

    QTimer.singleShot(20, run)
    return failures


@pytest.fixture
def clinic(store: Store, atlas: Atlas) -> tuple[int, int]:
    """A patient with a draft session, an account, and settings that reopen the patient."""
    pid = store.add_patient(PATIENT, date_of_birth="1979-04-02").id
    sid = store.new_session(pid, Clinician("Alex Morgan", "PT")).id
    store.add_point(sid, "back", *spot(atlas, "back", "upper_trapezius", "right"))
    store.add_account("Alex Morgan", "PT, DPT", PASSWORD)
    app_settings.open_settings().setValue("last_patient", pid)
    return pid, sid


def make_window(qtbot, atlas: Atlas, store: Store) -> MainWindow:
    return open_window(qtbot, atlas, store)


def sign_in(window: MainWindow, *passwords: str) -> list[str]:
    """Start the window, answering its sign-in with each password in turn; returns the
    refusals the dialog showed."""
    refusals: list[str] = []
    tries = list(passwords)

    def step() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            return False
        if dialog.form.problem.isVisible():
            refusals.append(dialog.form.problem.text())
        assert PATIENT not in visible_text()  # nothing of a patient behind the sign-in
        if not tries:
            dialog.reject()
            return True
        dialog.form.password.setText(tries.pop(0))
        dialog.ok.click()
        return not tries and not dialog.isVisible()

    failures = later(step)
    window.start()
    settle()
    if failures:
        raise failures[0]
    return refusals


def test_the_window_opens_behind_a_sign_in_that_refuses_a_wrong_password(
        qtbot, atlas: Atlas, store: Store, clinic) -> None:
    window = make_window(qtbot, atlas, store)
    assert window.guard.locked and window.windowTitle() == locked_title()
    assert PATIENT not in visible_text()
    refusals = sign_in(window, "not my password", PASSWORD)
    assert refusals == ["Not signed in: wrong name or password."]
    assert not window.guard.locked and window.isVisible()
    assert PATIENT in visible_text() and PATIENT in window.windowTitle()
    assert window.clinician() == Clinician("Alex Morgan", "PT, DPT")  # from the account


def test_quit_at_the_sign_in_closes_the_window(qtbot, atlas: Atlas, store: Store,
                                               clinic) -> None:
    window = make_window(qtbot, atlas, store)
    assert sign_in(window) == []
    assert not window.isVisible() and window.guard.account is None


@pytest.fixture
def signed_in(qtbot, atlas: Atlas, store: Store, clinic) -> MainWindow:
    window = make_window(qtbot, atlas, store)
    sign_in(window, PASSWORD)
    return window


def fake_clock(window: MainWindow) -> list[float]:
    """The guard's clock, moved by the test; the idle time from now on: the default."""
    now = [1000.0]
    window.guard.clock = lambda: now[0]
    window.guard.set_minutes(app_settings.idle_lock_minutes(window.settings))
    return now


def test_the_window_locks_after_the_idle_time_and_unlocks_with_the_password(
        signed_in: MainWindow) -> None:
    window, guard = signed_in, signed_in.guard
    now = fake_clock(window)
    assert guard.minutes == 10  # the default
    now[0] += 9 * 60
    assert not guard.check_idle() and PATIENT in visible_text()
    window.act["print"].setEnabled(True)
    now[0] += 60
    assert guard.check_idle() and guard.locked
    assert PATIENT not in visible_text() and "1979-04-02" not in visible_text()
    assert window.windowTitle() == locked_title()
    assert not window.act["print"].isEnabled() and not window.act["new_session"].isEnabled()
    assert window.act["quit"].isEnabled()
    assert "Locked after 10 minutes without use" in guard.screen.why.text()

    form = guard.screen.form
    form.password.setText("not my password")
    guard.screen.button.click()
    assert guard.locked and "wrong name or password" in form.problem.text()
    form.password.setText(PASSWORD)
    guard.screen.button.click()
    settle()
    assert not guard.locked and PATIENT in visible_text() and PATIENT in window.windowTitle()
    assert window.act["print"].isEnabled()
    assert window.patients.isVisible()


def test_input_keeps_the_window_open_and_zero_minutes_never_locks(
        signed_in: MainWindow, qtbot) -> None:
    window, guard = signed_in, signed_in.guard
    now = fake_clock(window)
    now[0] += 9 * 60
    qtbot.keyClick(window.patients.search, "J")  # someone is using it
    now[0] += 6 * 60
    assert not guard.check_idle()
    now[0] += 4 * 60
    assert guard.check_idle()
    window.guard.screen.form.password.setText(PASSWORD)
    window.guard.screen.button.click()
    guard.set_minutes(0)
    now[0] = 10**6
    assert not guard.check_idle() and not guard.locked


def test_locking_cancels_the_signing_dialog_and_hides_the_progress_window(
        signed_in: MainWindow) -> None:
    window = signed_in
    dialog = window.signing.sign()
    progress = window.review.progress()
    assert dialog.isVisible() and progress.isVisible()
    window.guard.lock()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert not progress.isVisible() and PATIENT not in visible_text()
    window.guard.screen.form.password.setText(PASSWORD)
    window.guard.screen.button.click()
    assert progress.isVisible() and not dialog.isVisible()
    progress.close()


def test_signing_asks_for_the_password_again(signed_in: MainWindow, store: Store,
                                             clinic) -> None:
    _, sid = clinic
    window = signed_in
    window.editor.open(sid)
    dialog = window.signing.sign()
    assert isinstance(dialog, SignDialog) and dialog.needs_password
    for edit in dialog.reasons.values():
        edit.setText("patient had to leave")
    assert not dialog.ok.isEnabled()  # the checklist is answered; the password is not
    dialog.password.setText("not my password")
    dialog.ok.click()
    assert dialog.isVisible() and "Not signed: wrong name or password" in dialog.problem.text()
    assert dialog.password.text() == "" and not store.session(sid).signed
    dialog.password.setText(PASSWORD)
    dialog.ok.click()
    settle()
    signed = store.session(sid)
    assert not dialog.isVisible() and signed.signed
    assert signed.signed_by == "Alex Morgan, PT, DPT"
    assert signed.signed_account_id == store.accounts()[0].id


def test_a_password_at_first_start_makes_the_account(qtbot, atlas: Atlas,
                                                     store: Store) -> None:
    window = make_window(qtbot, atlas, store)
    seen: list[str] = []

    def step() -> bool:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ClinicianDialog):
            dialog.name.setText("Alex Morgan")
            dialog.credentials.setText("PT")
            ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
            dialog.new_password.setText("short")
            seen.append(dialog.hint.text())
            dialog.new_password.setText(PASSWORD)
            dialog.repeat.setText(PASSWORD + "x")
            seen.append(dialog.hint.text())
            assert not ok.isEnabled()
            dialog.repeat.setText(PASSWORD)
            assert ok.isEnabled()
            ok.click()
        elif isinstance(dialog, PatientDialog):
            dialog.reject()
            return True
        return False

    failures = later(step)
    window.start()
    if failures:
        raise failures[0]
    assert seen == ["The password is too short (at least 8 characters).",
                    "The two passwords differ."]
    (account,) = store.accounts()
    assert account.clinician == Clinician("Alex Morgan", "PT")
    assert window.guard.account == account and not window.guard.locked
    assert store.check_password("Alex Morgan", PASSWORD) == account
