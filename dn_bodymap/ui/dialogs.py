"""Small dialogs: the clinician profile, a new patient, the keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap import settings as app_settings
from dn_bodymap.i18n import translate
from dn_bodymap.records import vocab
from dn_bodymap.records.accounts import MIN_PASSWORD
from dn_bodymap.records.model import Clinician
from dn_bodymap.ui.accessibility import name_controls


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ClinicianDialog(QDialog):
    """Who is charting: printed on every session and signature. ``offer_password`` (no
    account yet): an optional password, which makes the profile an account."""

    @staticmethod
    def optional_text() -> str:  # built when shown: a class constant would stay English
        return translate("ui.dialogs",
            "Optional. A password (at least {count} characters) proves it is you who "
            "signs, and locks the window when you step away. Without one, anyone at this "
            "computer can sign as you.").format(count=MIN_PASSWORD)

    @staticmethod
    def account_text() -> str:
        return translate("ui.dialogs",
            "The password makes this profile your account: the window asks for it at start, "
            "after a pause and when you sign. Keep it safe: nobody can read it back.")

    def __init__(self, current: Clinician | None, parent: QWidget | None = None,
                 first_run: bool = False, offer_password: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ui.dialogs", "Clinician profile"))
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(translate("ui.dialogs",
                    "Welcome to dn-bodymap. First, who is charting? Your name and credentials go "
                    "on every session you record and sign."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(current.name if current else "")
        self.name.setPlaceholderText(translate("ui.dialogs", "e.g. Alex Morgan"))
        self.credentials = QLineEdit(current.credentials if current else "")
        self.credentials.setPlaceholderText(translate("ui.dialogs", "e.g. PT, DPT, Cert. DN"))
        form.addRow(translate("ui.dialogs", "&Name"), self.name)
        form.addRow(translate("ui.dialogs", "&Credentials"), self.credentials)
        self.new_password, self.repeat = QLineEdit(), QLineEdit()
        self.hint = QLabel(self.optional_text())
        self.hint.setWordWrap(True)
        if offer_password:
            for edit in (self.new_password, self.repeat):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                edit.textChanged.connect(self._check)
            form.addRow(translate("ui.dialogs", "&Password"), self.new_password)
            form.addRow(translate("ui.dialogs", "&Repeat it"), self.repeat)
            form.addRow(self.hint)
            self.setMinimumWidth(440)
        layout.addLayout(form)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()

    def _problem(self) -> str:
        typed, again = self.new_password.text(), self.repeat.text()
        if not self.name.text().strip():
            return "name"
        if typed and len(typed) < MIN_PASSWORD:
            return translate("ui.dialogs",
                    "The password is too short (at least {count} characters).").format(
                    count=MIN_PASSWORD)
        if typed != again:
            return (translate("ui.dialogs", "The two passwords differ.") if again
                    else translate("ui.dialogs", "Repeat the password."))
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        if not (self.new_password.text() or self.repeat.text()):
            self.hint.setText(self.optional_text())
        elif problem != "name":
            self.hint.setText(problem or self.account_text())

    def password(self) -> str:
        """The new account's password; empty: no account."""
        return self.new_password.text()

    def clinician(self) -> Clinician:
        return Clinician(self.name.text().strip(), self.credentials.text().strip())


class PracticeDialog(QDialog):
    """What goes on every printout: the clinic's name, and the paper size."""

    def __init__(self, clinic: str, paper: str, parent: QWidget | None = None,
                 idle_minutes: int = app_settings.IDLE_LOCK_DEFAULT) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ui.dialogs", "Practice settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.clinic = QLineEdit(clinic)
        self.clinic.setPlaceholderText(translate("ui.dialogs", "e.g. Riverside Physiotherapy"))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(translate("ui.dialogs", "US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.idle = QSpinBox()
        self.idle.setRange(0, 24 * 60)
        self.idle.setSuffix(translate("ui.dialogs", " minutes"))
        self.idle.setSpecialValueText("never")
        self.idle.setValue(idle_minutes)
        self.idle.setToolTip(translate("ui.dialogs",
                "With clinician accounts: after this long without use the window hides patient "
                "data until the password is given"))
        form.addRow(translate("ui.dialogs", "&Clinic name"), self.clinic)
        form.addRow(translate("ui.dialogs", "&Paper"), self.paper)
        form.addRow(translate("ui.dialogs", "&Lock when idle after"), self.idle)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        name_controls(self)  # for a screen reader: parts of a field take its label

    def values(self) -> tuple[str, str]:
        return self.clinic.text().strip(), self.paper.currentData()


class PatientDialog(QDialog):
    """A new patient: name required, the rest optional."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ui.dialogs", "New patient"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.has_dob = QCheckBox(translate("ui.dialogs", "known"))
        self.dob = QDateEdit(QDate(1980, 1, 1))
        self.dob.setDisplayFormat("yyyy-MM-dd")
        self.dob.setCalendarPopup(True)
        self.dob.setMaximumDate(QDate.currentDate())
        self.dob.setEnabled(False)
        self.has_dob.toggled.connect(self.dob.setEnabled)
        self.clinic_id = QLineEdit()
        self.sex = QComboBox()
        for s in vocab.SEXES:
            self.sex.addItem(vocab.LABELS[s], s)
        self.sex.setCurrentIndex(vocab.SEXES.index("unknown"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        form.addRow(translate("ui.dialogs", "&Name"), self.name)
        dob_row = QWidget()
        row = QFormLayout(dob_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addRow(self.has_dob, self.dob)
        form.addRow(translate("ui.dialogs", "Date of &birth"), dob_row)
        form.addRow(translate("ui.dialogs", "Clinic &identifier"), self.clinic_id)
        form.addRow(translate("ui.dialogs", "&Sex"), self.sex)
        form.addRow(translate("ui.dialogs", "N&otes"), self.notes)
        layout.addLayout(form)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(t.strip())))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        name_controls(self)  # for a screen reader: the date field takes its row's label

    def values(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "date_of_birth": self.dob.date().toString("yyyy-MM-dd")
            if self.has_dob.isChecked() else None,
            "clinic_id": self.clinic_id.text().strip() or None,
            "sex": self.sex.currentData(),
            "notes": self.notes.toPlainText(),
        }


class ShortcutsDialog(QDialog):
    """Every action that has a shortcut, generated from the actions themselves."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ui.dialogs", "Keyboard shortcuts"))
        rows = [(a.text().replace("&", ""), a.shortcut().toString()) for a in actions
                if not a.shortcut().isEmpty()]
        rows += [(translate("ui.dialogs", "Zoom in / out"), "+ / -"),
                 (translate("ui.dialogs", "Fit both views"), "0"),
                 (translate("ui.dialogs", "Pan"),
                  translate("ui.dialogs", "middle button drag, or Space + drag")),
                 (translate("ui.dialogs", "Choose a deeper muscle"),
                  translate("ui.dialogs", "1-9 in the chooser, or arrows and Enter")),
                 (translate("ui.dialogs", "Body: move the placement cursor"),
                  translate("ui.dialogs", "arrows (Shift: bigger steps)")),
                 (translate("ui.dialogs", "Body: chart a point at the cursor"),
                  translate("ui.dialogs", "Enter")),
                 (translate("ui.dialogs", "Body: move the selected point"),
                  translate("ui.dialogs", "Ctrl+arrows (Shift: bigger steps)")),
                 (translate("ui.dialogs", "Apply a needling preset (as numbered on the Point tab)"),
                  "Ctrl+1 … Ctrl+9")]
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(translate("ui.dialogs", "Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([translate("ui.dialogs", "Action"),
                                         translate("ui.dialogs", "Shortcut")])
        for i, (what, keys) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(what))
            table.setItem(i, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        # wide enough for both columns (Spanish names are longer), within reason
        wide = table.horizontalHeader().length() + table.verticalScrollBar().sizeHint().width()
        self.resize(min(max(480, wide + 40), 960), 460)
