"""Patients (with search) and the selected patient's sessions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap.records.model import Patient, Session, SessionSummary
from dn_bodymap.records.store import Store


def patient_line(p: Patient) -> str:
    extra = [x for x in (p.date_of_birth and f"born {p.date_of_birth}", p.clinic_id) if x]
    return f"{p.name}" + (f"  ({', '.join(extra)})" if extra else "")


def session_line(date: str, points: int, status: str) -> str:
    return f"{date[:16].replace('T', ' ')}  ·  {points} points  ·  {status}"


class PatientPanel(QWidget):
    patient_selected = Signal(int)
    session_selected = Signal(int)
    new_patient_requested = Signal()
    new_session_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.patient_id: int | None = None
        self._patients: list[Patient] = []
        self._sessions: list[SessionSummary] = []
        self._loading = False
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search patients (name, date of birth, identifier)")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.patients = QListWidget()
        self.patients.currentRowChanged.connect(self._patient_row)
        layout.addWidget(self.patients, 2)
        self.new_patient = QPushButton("New &patient…")
        self.new_patient.clicked.connect(self.new_patient_requested)
        layout.addWidget(self.new_patient)
        self.sessions_label = QLabel("Sessions")
        layout.addWidget(self.sessions_label)
        self.sessions = QListWidget()
        self.sessions.currentRowChanged.connect(self._session_row)
        layout.addWidget(self.sessions, 1)
        self.new_session = QPushButton("&New session")
        self.new_session.clicked.connect(self.new_session_requested)
        self.new_session.setEnabled(False)
        layout.addWidget(self.new_session)
        self.reload()

    def reload(self, select_patient: int | None = None) -> None:
        self._patients = self.store.patients()
        self._filter(self.search.text(), select_patient or self.patient_id)

    def _filter(self, text: str, select: int | None = None) -> None:
        needle = text.strip().lower()
        self._loading = True
        try:
            self.patients.clear()
            shown = [p for p in self._patients
                     if not needle or needle in " ".join(
                         filter(None, (p.name, p.date_of_birth, p.clinic_id))).lower()]
            for p in shown:
                item = QListWidgetItem(patient_line(p))
                item.setData(256, p.id)
                self.patients.addItem(item)
            ids = [p.id for p in shown]
            self.patients.setCurrentRow(ids.index(select) if select in ids else -1)
        finally:
            self._loading = False

    def _patient_row(self, row: int) -> None:
        if self._loading or row < 0:
            return
        self.select_patient(self.patients.item(row).data(256))

    def select_patient(self, patient_id: int, session_id: int | None = None) -> None:
        self.patient_id = patient_id
        self.new_session.setEnabled(True)
        self.reload_sessions(session_id)
        self.patient_selected.emit(patient_id)

    def reload_sessions(self, select: int | None = None) -> None:
        if self.patient_id is None:
            return
        self._sessions = list(reversed(self.store.sessions(self.patient_id)))  # newest first
        self._loading = True
        try:
            self.sessions.clear()
            for s in self._sessions:
                self.sessions.addItem(session_line(s.date, s.points, s.status))
            ids = [s.id for s in self._sessions]
            self.sessions.setCurrentRow(ids.index(select) if select in ids else -1)
        finally:
            self._loading = False
        self.sessions_label.setText(f"Sessions ({len(self._sessions)})")

    def show_session_line(self, session: Session) -> None:
        """Keep the open session's line current (its points, its status) without a reload;
        a session not yet listed (just made) reloads the list."""
        ids = [s.id for s in self._sessions]
        if session.id not in ids:
            if session.patient_id == self.patient_id:
                self.reload_sessions(session.id)
            return
        row = ids.index(session.id)
        text = session_line(session.started_at, len(session.points), session.status)
        item = self.sessions.item(row)
        if item.text() != text:
            item.setText(text)
        if self.sessions.currentRow() != row:
            self._loading = True
            self.sessions.setCurrentRow(row)
            self._loading = False

    def _session_row(self, row: int) -> None:
        if not self._loading and 0 <= row < len(self._sessions):
            self.session_selected.emit(self._sessions[row].id)
