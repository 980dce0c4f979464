"""The main window: patients and sessions on the left, the body canvas in the middle, the
points, inspector, session panel and pain finder on the right."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap import __version__
from dn_bodymap import settings as app_settings
from dn_bodymap.atlas import Atlas, Region
from dn_bodymap.charting.classic_site import classic_site
from dn_bodymap.charting.pain_finder import Candidate
from dn_bodymap.charting.placement import describe
from dn_bodymap.i18n import translate
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.model import Clinician, Session, TriggerPoint
from dn_bodymap.records.store import Store
from dn_bodymap.ui import privacy, theme, window_text
from dn_bodymap.ui.accessibility import make_accessible
from dn_bodymap.ui.actions import make_actions, make_toolbar
from dn_bodymap.ui.background_check import BackgroundCheck, integrity_banner_text, show_in
from dn_bodymap.ui.body_canvas import BodyCanvas
from dn_bodymap.ui.conflicts import changed_elsewhere_box
from dn_bodymap.ui.dialogs import ClinicianDialog, PatientDialog, PracticeDialog, ShortcutsDialog
from dn_bodymap.ui.guard import Guard
from dn_bodymap.ui.inspector import Inspector
from dn_bodymap.ui.live import LiveUpdates
from dn_bodymap.ui.pain_finder_panel import PainFinderPanel
from dn_bodymap.ui.pain_tool import PainTool
from dn_bodymap.ui.patient_panel import PatientPanel
from dn_bodymap.ui.points_list import PointsList
from dn_bodymap.ui.presets import NeedlingPresets
from dn_bodymap.ui.printing import Printing
from dn_bodymap.ui.review_actions import Review
from dn_bodymap.ui.safety_view import Safety
from dn_bodymap.ui.session_editor import SessionEditor
from dn_bodymap.ui.session_panel import SessionPanel
from dn_bodymap.ui.signing import Signing


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class MainWindow(QMainWindow):
    def __init__(self, atlas: Atlas, store: Store, settings: QSettings | None = None) -> None:
        super().__init__()
        self.atlas = atlas
        self.store = store
        self.settings = settings or app_settings.open_settings()
        self.setWindowTitle(translate("ui.main_window",
                "dn-bodymap {version}").format(version=__version__))
        self.canvas = BodyCanvas(atlas, self)
        self.editor = SessionEditor(atlas, store, self.canvas, self)
        self._shown_session: object = None
        self.conflict_box: QMessageBox | None = None
        self.live = LiveUpdates(self)  # other rooms' changes; before anything is read

        self.patients = PatientPanel(store)
        self.points = PointsList(atlas)
        self.inspector = Inspector(atlas)
        self.session_panel = SessionPanel()
        self.pain_finder = PainFinderPanel(atlas)
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolling(self.inspector), translate("ui.main_window", "&Point"))
        self.tabs.addTab(_scrolling(self.session_panel), translate("ui.main_window", "Sess&ion"))
        self.tabs.addTab(self.pain_finder, translate("ui.main_window", "P&ain finder"))
        self.safety = Safety(self)
        self.tabs.addTab(self.safety.panel, translate("ui.main_window", "Safet&y"))
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.privacy_note = privacy.PrivacyNote()  # file modes repaired, disk not encrypted
        column.addWidget(self.privacy_note)
        column.addWidget(self.live.note)  # the open session changed elsewhere
        column.addWidget(self.safety.banner)  # the precautions, over the body
        self.integrity_banner = QLabel()  # a signed session altered outside dn-bodymap
        theme.style(self.integrity_banner, "banner")
        self.integrity_banner.setWordWrap(True)
        self.integrity_banner.hide()
        column.addWidget(self.integrity_banner)
        self.background_check = (BackgroundCheck(store.path, show_in(self.integrity_banner),
                                                 self) if store.path is not None else None)
        column.addWidget(self.canvas, 1)
        self.guard = Guard(self, central)  # the sign-in and the idle lock
        self.setCentralWidget(self.guard.stack)
        self.editor.confirm_depth = self.safety.confirm_depth
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(translate("ui.main_window", "Trigger points (colours as on the map)")))
        box.addWidget(self.points, 1)
        box.addWidget(self.tabs, 3)
        right.setMinimumWidth(380)
        self._dock("patients", translate("ui.main_window", "Patients"), self.patients,
                   Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock("session", translate("ui.main_window", "Session"), right,
                   Qt.DockWidgetArea.RightDockWidgetArea)
        self.hover_label = QLabel()
        self.statusBar().addWidget(self.hover_label, 1)
        self.statusBar().addPermanentWidget(QLabel(translate("ui.main_window",
                "Atlas {data_version}").format(data_version=atlas.data_version)))
        self.printing = Printing(self, atlas, store, self.settings)
        self.review = Review(self)
        self.signing = Signing(self)
        self.presets = NeedlingPresets(self)
        self.act = make_actions(self)
        self.pain_action, self.sites_action = self.act["pain_finder"], self.act["sites"]
        self.zone_combo, self.sites_box, self.cautions_box, self.muscle_search = make_toolbar(self)
        self.pain_tool = PainTool(self)  # the Pain drawing tool, its toolbar and its tab
        self._connect()
        make_accessible(self)  # names from labels, focus order, keyboard charting
        self.resize(1400, 900)
        self._restore()
        if store.accounts():  # nothing of a patient shows before the sign-in
            self.guard.lock()

    # -- construction -------------------------------------------------------------------------

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")  # the saved layout finds it in any language
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(area, dock)

    def _connect(self) -> None:
        e, g = self.editor, self.live.guarded  # g: a read failing with the server away is said
        for item in self.canvas.items_by_view.values():
            item.hovered.connect(self._on_hover)
        self.canvas.clicked.connect(self._on_click)
        e.changed.connect(g(self._on_changed))
        e.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        e.conflict.connect(self._changed_elsewhere)
        self.patients.new_patient_requested.connect(self.new_patient)
        self.patients.new_session_requested.connect(self.new_session)
        self.patients.patient_selected.connect(g(self._on_patient))
        self.patients.session_selected.connect(g(e.open))
        self.points.point_selected.connect(e.select)
        self.inspector.edited.connect(e.edit_point)
        self.inspector.muscle_chosen.connect(e.choose_muscle)
        self.session_panel.edited.connect(e.edit_session)
        self.session_panel.sign_requested.connect(self.signing.sign)
        self.session_panel.addendum_requested.connect(self.signing.add_addendum)
        self.pain_finder.candidate_shown.connect(self._show_candidate)
        self.pain_finder.candidate_chosen.connect(self._chart_candidate)

    # -- reactions ----------------------------------------------------------------------------

    def _on_hover(self, view: str, x: float, y: float, regions: list[Region]) -> None:
        text = describe(self.atlas, regions)
        self.hover_label.setText(text)
        self.canvas.setToolTip(text)
        if self.sites_action.isChecked() and not self.pain_action.isChecked():
            self.editor.show_sites(self._sites_of(regions[0]) if regions else [])

    def _sites_of(self, region: Region) -> list:
        return [s for p in self.atlas.referrals.patterns_of(region.muscle, region.side)
                for s in p.sites]

    def toggle_sites(self, on: bool) -> None:
        self.sites_box.setChecked(on)
        if not on:
            self.editor.show_sites([])

    def _changed_elsewhere(self, message: str, attempted: dict) -> None:
        self.conflict_box = changed_elsewhere_box(self, message, attempted)
        self.statusBar().showMessage(message, 15000)

    def toggle_cautions(self, on: bool) -> None:
        self.cautions_box.setChecked(on)
        self.safety.show_cautions(on)

    def _on_click(self, view: str, x: float, y: float) -> None:
        if self.pain_action.isChecked():
            self.pain_finder.find_at(view, x, y)
        else:
            self.editor.click(view, x, y)

    def _on_changed(self, session: Session | None, point: TriggerPoint | None) -> None:
        self.safety.refresh(session)  # first: the inspector shows the point's warnings
        reason = self.editor.read_only_reason
        self.inspector.show_point(point, read_only_reason=reason if session else "",
                                  problem=self.editor.refusal_of(point),
                                  side_note=self.editor.side_note_of(point),
                                  caution_note=self.safety.point_note(point))
        self.points.show_points(session.points if session else (), point.id if point else None)
        if session is not None:
            self.patients.show_session_line(session)
        self.act["addendum"].setEnabled(session is not None and session.signed)
        self.act["sign"].setEnabled(session is not None and not session.signed)
        # The session panel and the title change with the visit itself or its status, not
        # with its points: not redrawn for every point edit.
        key = None if session is None else replace(session, points=(), updated_at="",
                                                   points_issued=0)
        if key == self._shown_session:
            return
        self._shown_session = key
        self.session_panel.show_session(session)
        # A signed session is checked against its hash each time it is shown (a draft is
        # not sealed; it changes with every edit).
        problems = (self.store.verify_session(session.id)
                    if session is not None and session.signed else None)
        self.session_panel.show_integrity(problems)
        self.integrity_banner.setText(integrity_banner_text(len(problems or ())))
        self.integrity_banner.setVisible(bool(problems))
        if session is not None:
            self.session_panel.show_previous(window_text.previous_events(
                self.store.previous_adverse_events(session.id)))
            patient = self.store.patient(session.patient_id)
            self.setWindowTitle(window_text.window_title(patient.name, session.started_at[:10],
                                                         session.signed))

    def _on_patient(self, patient_id: int) -> None:
        self.settings.setValue("last_patient", patient_id)
        latest = self.patients.latest_session()  # from the history the panel just read
        self.editor.open(latest)
        self.patients.mark_session(latest)

    def set_pain_finder(self, on: bool) -> None:
        if on:
            self.tabs.setCurrentWidget(self.pain_finder)
            self.statusBar().showMessage(translate("ui.main_window",
                    "Pain finder: click where the patient feels pain."))
        else:
            self.editor.show_sites([])
            self.statusBar().clearMessage()  # the mode's hint would go stale

    def _show_candidate(self, candidate: Candidate | None) -> None:
        self.editor.show_sites(list(candidate.sites) if candidate else [])

    def _chart_candidate(self, candidate: Candidate) -> None:
        self.pain_action.setChecked(False)
        self.chart_at_site(candidate.muscle, candidate.side)

    def place_at_classic_site(self, text: str) -> None:
        """Chart what the muscle search finds first for ``text`` ("Piriformis (left)", "QL")."""
        self.muscle_search.choose(text)

    def chart_at_site(self, muscle: str, side: str) -> None:
        """Start a trigger point in ``muscle`` at its principal classic site."""
        place = classic_site(self.atlas, muscle, side)
        if place.region is None:
            self.statusBar().showMessage(translate("ui.main_window",
                    "{muscle}: its classic site is not on its region").format(muscle=muscle),
                                         8000)
            return
        if self.editor._editable():
            self.editor.add_point(place.view, place.x, place.y, place.region)
            self.tabs.setCurrentIndex(0)

    # -- commands -----------------------------------------------------------------------------

    def clinician(self) -> Clinician | None:
        if self.guard.account is not None:  # signed in: the account is the profile
            return self.guard.account.clinician
        who = app_settings.clinician(self.settings)
        if who is None:
            self.edit_clinician(first_run=True)
            who = app_settings.clinician(self.settings)
        return who

    def edit_clinician(self, first_run: bool = False) -> None:
        """The profile; while there is no account, it offers a password, which makes one."""
        if self.guard.account is not None:
            QMessageBox.information(self, translate("ui.main_window", "Clinician profile"),
                                    window_text.signed_in(self.guard.account.clinician.signature))
            return
        dialog = ClinicianDialog(app_settings.clinician(self.settings), self, first_run,
                                 offer_password=not self.store.accounts())
        if not dialog.exec():
            return
        who = dialog.clinician()
        app_settings.save_clinician(self.settings, who)
        if dialog.password():
            try:
                account = self.store.add_account(who.name, who.credentials, dialog.password())
            except RecordsError as exc:
                QMessageBox.warning(self, translate("ui.main_window", "No account made"), str(exc))
                return
            self.guard.signed_in(account)

    def edit_practice(self) -> None:
        dialog = PracticeDialog(app_settings.clinic_name(self.settings),
                                app_settings.paper(self.settings), self,
                                app_settings.idle_lock_minutes(self.settings))
        if dialog.exec():
            app_settings.save_report_settings(self.settings, *dialog.values())
            app_settings.save_idle_lock_minutes(self.settings, dialog.idle.value())
            self.guard.set_minutes(dialog.idle.value())

    def new_patient(self) -> None:
        dialog = PatientDialog(self)
        if not dialog.exec():
            return
        try:
            patient = self.store.add_patient(**dialog.values())
        except RecordsError as exc:
            QMessageBox.warning(self, translate("ui.main_window", "Patient not saved"), str(exc))
            return
        self.patients.reload(patient.id)
        self.patients.select_patient(patient.id)
        # replaces "No patients yet", which would otherwise stay after the first one
        self.statusBar().showMessage(translate(
            "ui.main_window", "Patient added: New session (Ctrl+N) starts charting."), 8000)

    def new_session(self) -> int | None:
        if self.patients.patient_id is None:
            self.statusBar().showMessage(translate("ui.main_window",
                    "Choose or add a patient first."), 8000)
            return None
        who = self.clinician()
        if who is None:
            return None
        try:
            session = self.store.new_session(self.patients.patient_id, who)
        except RecordsError as exc:  # the database server away, say
            QMessageBox.warning(self, translate("ui.main_window", "Session not started"), str(exc))
            return None
        self.patients.reload_sessions(session.id)
        self.editor.open(session.id)
        self.tabs.setCurrentIndex(1)
        return session.id

    def show_shortcuts(self) -> None:
        ShortcutsDialog(list(self.act.values()), self).exec()

    # -- first start and settings -------------------------------------------------------------

    def start(self) -> bool:
        """After show(): the sign-in when the records have accounts (False: the user chose
        Quit, and the window closed); else guide a first start. Then reopen the last
        patient."""
        if self.store.accounts():
            if not self.guard.sign_in():
                self.close()
                return False
        elif app_settings.clinician(self.settings) is None:
            self.edit_clinician(first_run=True)
        last = self.patients.existing(self.settings.value("last_patient"))
        anyone = last is not None or self.store.search_patients(limit=1)
        if self.background_check is not None:
            self.background_check.start()
        if self.store.open_problems:  # guard triggers found missing and re-created
            self.statusBar().showMessage(translate("ui.main_window", "Integrity: ") + "; ".join(
                str(p) for p in self.store.open_problems) + translate("ui.main_window",
                        " (run dn-bodymap verify)"))
        if not anyone:
            self.statusBar().showMessage(translate("ui.main_window",
                    "No patients yet: add the first one with New patient."))
            self.new_patient()
        elif last is not None:
            self.patients.reload(last.id)
            self.patients.select_patient(last.id)
        self.privacy_note.show_notes(privacy.startup_notes(self.store, self.settings))
        return True

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def close_store(self) -> None:
        """When the program ends (the launcher calls this after the event loop)."""
        self.store.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.close_chooser()
        self.live.stop()
        self.settings.setValue("window/geometry", self.saveGeometry())
        if not self.guard.locked:  # locked, the docks are hidden: keep the layout as it was
            self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        super().closeEvent(event)
