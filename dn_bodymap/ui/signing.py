"""Signing the open session, and adding addenda to a signed one, from the window.

The dialogs open window-modal without blocking (``open()``), and store what they were given
when accepted: a refused change is shown in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap import settings as app_settings
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import Clinician, Session

if TYPE_CHECKING:
    from dn_bodymap.ui.main_window import MainWindow


def _local(at: str) -> str:
    return at[:16].replace("T", " ")


class AddendumDialog(QDialog):
    """Write an addendum to a signed session: dated when stored, signed by ``author``."""

    def __init__(self, session: Session, author: Clinician, save: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle("Add addendum")
        layout = QVBoxLayout(self)
        intro = QLabel(f"Session of {_local(session.started_at)}, signed by {session.signed_by}. "
                       f"The addendum is dated now and signed by {author.signature}; the "
                       "signed session itself is not changed.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("The correction or addition, e.g. 'Phoned next day: "
                                     "headache gone.'")
        layout.addWidget(self.text)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton("Sign and &add",
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.text.toPlainText().strip())))
        self.ok.setEnabled(False)
        self.resize(480, 260)

    def accept(self) -> None:
        try:
            self._save(self.text.toPlainText())
        except RecordsError as exc:
            self.problem.setText(f"Not added: {exc}")
            self.problem.show()
            return
        super().accept()


class Signing:
    """The window's signing actions; ``dialog`` is the one shown last (tests drive it)."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.dialog: QDialog | None = None

    def _message(self, text: str) -> None:
        self.w.statusBar().showMessage(text, 8000)

    def sign(self) -> None:
        session, who = self.w.editor.session, app_settings.clinician(self.w.settings)
        if session is None or session.signed or who is None:
            return
        answer = QMessageBox.question(
            self.w, "Sign session", f"Sign this session as {who.signature}?\n\nA signed "
            "session is read-only; later corrections are added as dated addenda.")
        if answer == QMessageBox.StandardButton.Yes:
            self.w.store.sign_session(session.id, who)
            self.w.editor.open(session.id)

    def add_addendum(self) -> AddendumDialog | None:
        session = self.w.editor.session
        if session is None:
            self._message("Open a signed session to add an addendum to it.")
            return None
        if not session.signed:
            self._message("This session is a draft: edit it directly (addenda are for "
                          "signed sessions).")
            return None
        who = self.w.clinician()
        if who is None:
            return None

        def save(text: str) -> None:
            self.w.store.add_addendum(session.id, text, who)
            self.w.editor.refresh()
            self._message(f"Addendum added and signed by {who.signature}.")

        dialog = AddendumDialog(session, who, save, self.w)
        self.dialog = dialog
        dialog.open()
        return dialog
