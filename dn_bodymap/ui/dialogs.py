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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap.records import vocab
from dn_bodymap.records.model import Clinician


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ClinicianDialog(QDialog):
    """Who is charting: printed on every session and signature."""

    def __init__(self, current: Clinician | None, parent: QWidget | None = None,
                 first_run: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle("Clinician profile")
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel("Welcome to dn-bodymap. First, who is charting? Your name and "
                           "credentials go on every session you record and sign.")
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(current.name if current else "")
        self.name.setPlaceholderText("e.g. Alex Morgan")
        self.credentials = QLineEdit(current.credentials if current else "")
        self.credentials.setPlaceholderText("e.g. PT, DPT, Cert. DN")
        form.addRow("&Name", self.name)
        form.addRow("&Credentials", self.credentials)
        layout.addLayout(form)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def clinician(self) -> Clinician:
        return Clinician(self.name.text().strip(), self.credentials.text().strip())


class PracticeDialog(QDialog):
    """What goes on every printout: the clinic's name, and the paper size."""

    def __init__(self, clinic: str, paper: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Practice settings")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.clinic = QLineEdit(clinic)
        self.clinic.setPlaceholderText("e.g. Riverside Physiotherapy")
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("US Letter", "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        form.addRow("&Clinic name", self.clinic)
        form.addRow("&Paper", self.paper)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> tuple[str, str]:
        return self.clinic.text().strip(), self.paper.currentData()


class PatientDialog(QDialog):
    """A new patient: name required, the rest optional."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New patient")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.has_dob = QCheckBox("known")
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
        form.addRow("&Name", self.name)
        dob_row = QWidget()
        row = QFormLayout(dob_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addRow(self.has_dob, self.dob)
        form.addRow("Date of &birth", dob_row)
        form.addRow("Clinic &identifier", self.clinic_id)
        form.addRow("&Sex", self.sex)
        form.addRow("N&otes", self.notes)
        layout.addLayout(form)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(t.strip())))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

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
        self.setWindowTitle("Keyboard shortcuts")
        rows = [(a.text().replace("&", ""), a.shortcut().toString()) for a in actions
                if not a.shortcut().isEmpty()]
        rows += [("Zoom in / out", "+ / -"), ("Fit both views", "0"),
                 ("Pan", "middle button drag, or Space + drag"),
                 ("Choose a deeper muscle", "1-9 in the chooser, or arrows and Enter"),
                 ("Apply a needling preset (as numbered on the Point tab)",
                  "Ctrl+1 … Ctrl+9")]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels(["Action", "Shortcut"])
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
        self.resize(480, 420)
