"""The Review menu: compare sessions, the progress charts, a new session carried forward from
the last visit, and confirming a carried point."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dn_bodymap import settings as app_settings
from dn_bodymap.i18n import translate
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.report.progress_document import progress_summary
from dn_bodymap.review.history import history, previous_session
from dn_bodymap.ui.compare import CompareDialog
from dn_bodymap.ui.progress_view import ProgressDialog

if TYPE_CHECKING:
    from dn_bodymap.ui.main_window import MainWindow


class Review:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.dialog: CompareDialog | ProgressDialog | None = None  # the one shown last

    def _patient(self) -> int | None:
        pid = self.w.patients.patient_id
        if pid is None:
            self.w.statusBar().showMessage(translate("ui.review_actions",
                    "Choose a patient first."), 6000)
        return pid

    def compare(self) -> CompareDialog | None:
        pid = self._patient()
        if pid is None:
            return None
        rows = history(self.w.store, pid)
        if len(rows) < 2:
            self.w.statusBar().showMessage(translate("ui.review_actions",
                    "Comparing needs two sessions of this patient."),
                                           6000)
            return None
        current = self.w.editor.session.id if self.w.editor.session else rows[0].id
        before = previous_session(rows, current) or rows[1]
        self.dialog = CompareDialog(self.w.atlas, self.w.store, pid, before.id, current, self.w)
        self.dialog.show()
        return self.dialog

    def progress(self) -> ProgressDialog | None:
        pid = self._patient()
        if pid is None:
            return None
        store = self.w.store
        sessions = store.sessions_of(pid)  # three queries, however many sessions
        summary = progress_summary(self.w.atlas, store.patient(pid), sessions,
                                   clinic=app_settings.clinic_name(self.w.settings))
        self.dialog = ProgressDialog(summary, app_settings.paper(self.w.settings), self.w)
        self.dialog.show()
        return self.dialog

    def new_session_from_last(self) -> int | None:
        """A new draft with the last visit's points carried forward, each to re-check."""
        pid = self._patient()
        if pid is None:
            return None
        last = previous_session(history(self.w.store, pid))
        session_id = self.w.new_session()
        if session_id is None or last is None:
            return session_id
        try:
            carried = self.w.store.carry_forward(last.id, session_id)
        except RecordsError as exc:
            self.w.statusBar().showMessage(translate("ui.review_actions",
                    "Nothing carried forward: {exc}").format(exc=exc), 8000)
            return session_id
        self.w.editor.open(session_id)
        self.w.statusBar().showMessage(
            translate("ui.review_actions",
                    "{count} points carried forward from {date}: confirm each (Ctrl+Return) or "
                    "delete it.").format(count=len(carried), date=last.date[:10]), 10000)
        return session_id

    def confirm_selected(self) -> None:
        p = self.w.editor.selected_point()
        if p is not None and not p.confirmed:
            self.w.editor.edit_point(p.id, {"confirmed": True})
