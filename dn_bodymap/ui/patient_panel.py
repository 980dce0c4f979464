"""Patients (with search) and the selected patient's sessions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap.i18n import translate
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import HistoryRow, Patient, Session
from dn_bodymap.records.store import Store
from dn_bodymap.review.history import history
from dn_bodymap.ui.history_model import HistoryModel


def patient_line(p: Patient) -> str:
    born = translate("ui.patient_panel", "born {date}").format(date=p.date_of_birth)
    extra = [x for x in (p.date_of_birth and born, p.clinic_id) if x]
    return f"{p.name}" + (f"  ({', '.join(extra)})" if extra else "")


LISTED = 200  # patients listed at once; more: the search narrows them
def history_row_of(session: Session) -> HistoryRow:
    """The history line of a session in hand (the open one), without asking the database."""
    confirmed = [p for p in session.points if p.confirmed]
    return HistoryRow(session.id, session.started_at, session.clinician_name, session.status,
                      session.pain_before, session.pain_after, len(session.points),
                      sum(p.kind == "active" for p in confirmed),
                      sum(p.kind == "latent" for p in confirmed),
                      len(session.points) - len(confirmed), len(session.addenda))


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
        self._sessions: list[HistoryRow] = []
        self._loading = False
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("ui.patient_panel",
                "Search patients (name, date of birth, identifier)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.patients = QListWidget()
        self.patients.currentRowChanged.connect(self._patient_row)
        layout.addWidget(self.patients, 2)
        self.new_patient = QPushButton(translate("ui.patient_panel",
                "New patient…"))  # no mnemonic: Alt+P is the Point tab
        self.new_patient.setToolTip(translate("ui.patient_panel", "Add a patient (Ctrl+Shift+N)"))
        self.new_patient.clicked.connect(self.new_patient_requested)
        layout.addWidget(self.new_patient)
        self.sessions_label = QLabel(translate("ui.patient_panel", "History"))
        layout.addWidget(self.sessions_label)
        self.history = HistoryModel()
        self.sessions = QTableView()
        self.sessions.setModel(self.history)
        self.sessions.verticalHeader().hide()
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.horizontalHeader().setStretchLastSection(True)
        self.sessions.setWordWrap(False)
        # A 500-session history: columns sized from the first 20 lines (the same texts below).
        self.sessions.horizontalHeader().setResizeContentsPrecision(20)
        self.setMinimumWidth(400)  # the history's five columns, readable
        self.sessions.selectionModel().currentRowChanged.connect(
            lambda current, _: self._session_row(current.row()))
        layout.addWidget(self.sessions, 1)
        self.new_session = QPushButton(translate("ui.patient_panel",
                "New session"))  # Alt+N is the inspector's Needled
        self.new_session.setToolTip(translate("ui.patient_panel",
                "Start charting a visit of this patient (Ctrl+N)"))
        self.new_session.clicked.connect(self.new_session_requested)
        self.new_session.setEnabled(False)
        layout.addWidget(self.new_session)
        self.reload()

    def reload(self, select_patient: int | None = None) -> None:
        self._filter(self.search.text(), select_patient or self.patient_id)

    def existing(self, patient_id: object) -> Patient | None:
        """The patient of ``patient_id`` (a setting's value), if in the records."""
        try:
            return self.store.patient(int(patient_id))  # type: ignore[call-overload]
        except (TypeError, ValueError, RecordsError):
            return None

    def _filter(self, text: str, select: int | None = None) -> None:
        """The patients matching the search, by name, from the database (an indexed query:
        a clinic's thousands are never all loaded): the first LISTED, then a hint."""
        try:
            found = self.store.search_patients(text, LISTED + 1)
            note = translate("ui.patient_panel",
                    "More than {count}: type more to narrow").format(
                    count=LISTED) if len(found) > LISTED else ""
        except RecordsError as exc:  # too many words, or the database unreadable
            found, note = [], str(exc)
        found = found[:LISTED]
        if select is not None and select not in {p.id for p in found}:
            found[:0] = filter(None, [self.existing(select)])  # the open one stays listed
        self._patients = found
        self._loading = True
        try:
            self.patients.clear()
            for p in found:
                item = QListWidgetItem(patient_line(p))
                item.setData(256, p.id)
                self.patients.addItem(item)
            if note:
                self.patients.addItem(note)
                self.patients.item(len(found)).setFlags(Qt.ItemFlag.NoItemFlags)
                self.patients.item(len(found)).setToolTip(
                    translate("ui.patient_panel", "{note}: a part of the name, a birth date "
                              "(YYYY-MM-DD) or an id").format(note=note))
            ids = [p.id for p in found]
            self.patients.setCurrentRow(ids.index(select) if select in ids else -1)
        finally:
            self._loading = False

    def _patient_row(self, row: int) -> None:
        if self._loading or not 0 <= row < len(self._patients):
            return
        self.select_patient(self._patients[row].id)

    def select_patient(self, patient_id: int, session_id: int | None = None) -> None:
        self.patient_id = patient_id
        self.new_session.setEnabled(True)
        self.reload_sessions(session_id)
        self.patient_selected.emit(patient_id)

    def reload_sessions(self, select: int | None = None) -> None:
        """The patient's history, newest first, from one query however long it is."""
        if self.patient_id is None:
            return
        self._sessions = history(self.store, self.patient_id)
        self._loading = True
        try:
            self.history.set_rows(self._sessions)
        finally:
            self._loading = False
        self.mark_session(select)
        n = len(self._sessions)
        self.sessions_label.setText(
            translate("ui.patient_panel", "History (1 session)") if n == 1 else
            translate("ui.patient_panel", "History ({n} sessions)").format(n=n))
        self.sessions.resizeColumnsToContents()

    def latest_session(self) -> int | None:
        """The newest session of the history shown (by when it started), if any."""
        return self._sessions[0].id if self._sessions else None

    def mark_session(self, session_id: int | None) -> None:
        """Select the line of ``session_id`` in the history, without reading it again."""
        ids = [r.id for r in self._sessions]
        self._loading = True
        try:
            self.sessions.setCurrentIndex(self.history.index(ids.index(session_id), 0)
                                          if session_id in ids else QModelIndex())
        finally:
            self._loading = False

    def session_ids(self) -> set[int]:
        """The sessions the history lists now."""
        return {r.id for r in self._sessions}

    def show_session_line(self, session: Session) -> None:
        """Keep the open session's line current (its points, its status) without a reload;
        a session not yet listed (just made) reloads the list."""
        ids = [r.id for r in self._sessions]
        if session.id not in ids:
            if session.patient_id == self.patient_id:
                self.reload_sessions(session.id)
            return
        i = ids.index(session.id)
        self.history.set_row(i, history_row_of(session))  # (the same list as _sessions)
        if self.sessions.currentIndex().row() != i:
            self.mark_session(session.id)

    def _session_row(self, row: int) -> None:
        if not self._loading and 0 <= row < len(self._sessions):
            self.session_selected.emit(self._sessions[row].id)
