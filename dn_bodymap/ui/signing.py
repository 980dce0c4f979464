"""Signing the open session (after its checklist), and adding addenda to a signed one.

The dialogs open window-modal without blocking (``open()``), and store what they were given
when accepted: a refused change is shown in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap.i18n import translate
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import Clinician, Session, SigningException
from dn_bodymap.records.sign_check import SignCheck, sign_checks, unresolved
from dn_bodymap.ui import theme

if TYPE_CHECKING:
    from dn_bodymap.ui.main_window import MainWindow


def _local(at: str) -> str:
    return at[:16].replace("T", " ")


def _wrapped(text: str, role: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role is not None:
        theme.style(label, role)
    return label


class _StoringDialog(QDialog):
    """A dialog whose OK button stores something; a refusal is shown in it, and it stays."""

    def __init__(self, title: str, ok: str, refused: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self._refused = refused
        self.problem = _wrapped("", "problem")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok: QPushButton = self.buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.problem)
        self.layout_.addWidget(self.buttons)

    def store(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.store()
        except RecordsError as exc:
            self.problem.setText(f"{self._refused}: {exc}")
            self.problem.show()
            return
        super().accept()


class AddendumDialog(_StoringDialog):
    """Write an addendum to a signed session: dated when stored, signed by ``author``."""

    def __init__(self, session: Session, author: Clinician, save: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("ui.signing", "Add addendum"),
                         translate("ui.signing", "Sign and &add"),
                         translate("ui.signing", "Not added"), parent)
        self._save = save
        self.layout_.addWidget(_wrapped(
            translate("ui.signing",
                    "Session of {date}, signed by {signed_by}. The addendum is dated now and "
                    "signed by {signature}; the signed session itself is not changed.").format(
                    date=_local(session.started_at), signed_by=session.signed_by,
                    signature=author.signature)))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(translate("ui.signing",
                "The correction or addition, e.g. 'Phoned next day: headache gone.'"))
        self.layout_.addWidget(self.text)
        self.finish_layout()
        self.text.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.text.toPlainText().strip())))
        self.ok.setEnabled(False)
        self.resize(480, 260)

    def store(self) -> None:
        self._save(self.text.toPlainText())


class SignDialog(_StoringDialog):
    """The checklist of what the session lacks, then the signature. A required item blocks
    signing; a recommended one needs a reason, which goes into the record."""

    def __init__(self, signer: Clinician, checks: tuple[SignCheck, ...],
                 save: Callable[[dict[str, str], str], None], parent: QWidget | None = None,
                 *, with_password: bool = False) -> None:
        super().__init__(translate("ui.signing", "Sign session"),
                         translate("ui.signing", "&Sign"),
                         translate("ui.signing", "Not signed"), parent)
        self._save = save
        self.checks = checks
        self.reasons: dict[str, QLineEdit] = {}
        self.layout_.addWidget(_wrapped(
            translate("ui.signing",
                    "Sign this session as {signature}? A signed session is read-only; later "
                    "corrections are added as dated addenda.").format(signature=signer.signature)))
        if not checks:
            self.layout_.addWidget(_wrapped(translate('ui.signing',
                    "Everything the checklist looks for is recorded: consent, screening, pain "
                    "before and after, each point's type."), "ok"))
        grid = QGridLayout()
        for row, check in enumerate(checks):
            mark = (translate("ui.signing", "✗ Required") if check.required
                    else translate("ui.signing", "! Recommended"))
            grid.addWidget(_wrapped(mark, "problem" if check.required else "warning"), row, 0)
            grid.addWidget(_wrapped(check.label), row, 1)
            if not check.required:
                reason = QLineEdit()
                reason.setPlaceholderText(translate("ui.signing",
                        "reason for signing without it (kept in the record)"))
                reason.textChanged.connect(self._update)
                grid.addWidget(reason, row, 2)
                self.reasons[check.id] = reason
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        self.layout_.addLayout(grid)
        self.hint = _wrapped("")
        self.layout_.addWidget(self.hint)
        self.password = QLineEdit()  # signing asks for the account's password again
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.needs_password = with_password
        self.password.textChanged.connect(self._update)
        if with_password:
            form = QFormLayout()
            form.addRow(translate("ui.signing",
                    "&Password of {name}").format(name=signer.name), self.password)
            self.layout_.addLayout(form)
        self.finish_layout()
        self._update()
        # as tall as the wrapped checklist needs at this width (Spanish wraps to more lines)
        self.resize(820, max(self.layout_.totalHeightForWidth(820), 120 + 40 * len(checks)))

    def given(self) -> dict[str, str]:
        """The reasons typed so far, by checklist item id."""
        return {k: edit.text().strip() for k, edit in self.reasons.items()
                if edit.text().strip()}

    def _update(self) -> None:
        open_items = unresolved(self.checks, self.given())
        self.ok.setEnabled(not open_items and (bool(self.password.text())
                                               or not self.needs_password))
        if any(c.required for c in open_items):
            self.hint.setText(translate("ui.signing",
                    "Cancel, record the required items (Session and Point tabs), then sign."))
        elif open_items:
            self.hint.setText(translate("ui.signing",
                    "Record the missing items, or give a reason for each to sign without them."))
        else:
            self.hint.setText("")

    def store(self) -> None:
        try:
            self._save(self.given(), self.password.text())
        except RecordsError:
            self.password.clear()
            raise


class Signing:
    """The window's signing actions; ``dialog`` is the one shown last (tests drive it)."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.dialog: QDialog | None = None

    def _message(self, text: str) -> None:
        self.w.statusBar().showMessage(text, 8000)

    def sign(self) -> SignDialog | None:
        """Show what the open session lacks; sign it when the dialog is accepted."""
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()  # text being typed is stored first (fields store on leaving)
        if self.w.editor.session is None or self.w.editor.session.signed:
            self._message(translate("ui.signing", "Open a draft session to sign it."))
            return None
        who = self.w.clinician()
        if who is None:
            return None
        session = self.w.store.session(self.w.editor.session.id)
        account = self.w.guard.account  # signed in: the signature takes its password

        def save(reasons: dict[str, str], password: str) -> None:
            self.w.store.sign_session(session.id, who, exceptions=tuple(
                SigningException(c.id, reasons[c.id]) for c in checks if c.id in reasons),
                account=account.name if account else None,
                password=password if account else None,
                expected_version=session.version)  # what the checklist was made from
            self.w.editor.open(session.id)
            self._message(translate("ui.signing",
                    "Session signed by {signature}.").format(signature=who.signature))

        checks = sign_checks(session, self.w.atlas.muscle_name)
        dialog = SignDialog(who, checks, save, self.w, with_password=account is not None)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_addendum(self) -> AddendumDialog | None:
        session = self.w.editor.session
        if session is None:
            self._message(translate("ui.signing",
                    "Open a signed session to add an addendum to it."))
            return None
        if not session.signed:
            self._message(translate("ui.signing",
                    "This session is a draft: edit it directly (addenda are for signed sessions)."))
            return None
        who = self.w.clinician()
        if who is None:
            return None

        def save(text: str) -> None:
            self.w.store.add_addendum(session.id, text, who)
            self.w.editor.refresh()
            self._message(translate("ui.signing",
                    "Addendum added and signed by {signature}.").format(signature=who.signature))

        dialog = AddendumDialog(session, who, save, self.w)
        self.dialog = dialog
        dialog.open()
        return dialog
