"""Live updates in the window: another window, room or process adds a patient, charts or
signs, and within a second this window's patient list, history and open session show it
(records/live.py hears the changes on a thread; they arrive here through a queued signal).
The open session changed elsewhere is reloaded and a note over the body says so; an edit
made while the database server is out of reach is reported with Retry."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from dn_bodymap.i18n import translate
from dn_bodymap.records.errors import RecordsError, UnreachableError
from dn_bodymap.records.live import RELOAD_ALL, Change
from dn_bodymap.records.model import Session
from dn_bodymap.ui.conflicts import unreachable_box
from dn_bodymap.ui.privacy import PrivacyNote

if TYPE_CHECKING:
    from dn_bodymap.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def what_changed(before: Session, after: Session) -> str | None:
    """The note on the open session changed elsewhere, in words; None when nothing the
    clinician charted changed (a reload after the server came back finds the same record)."""
    at = datetime.now().strftime("%H:%M")
    if after.signed and not before.signed:
        return (translate("ui.live",
                "{at}: this session was signed elsewhere by {signed_by}; it is shown as signed, "
                "read-only.").format(at=at, signed_by=after.signed_by))
    parts = [name for name, differs in (
        (translate("ui.live", "its points"), before.points != after.points),
        (translate("ui.live", "its addenda"), before.addenda != after.addenda),
        (translate("ui.live", "the visit"), before.version != after.version)) if differs]
    if not parts:
        return None
    return (translate("ui.live",
            "{at}: this session was changed elsewhere ({parts}); it is shown as it is now. Undo "
            "starts afresh from here.").format(at=at, parts=', '.join(parts)))


class LiveUpdates(QObject):
    heard = Signal(list)  # from the watcher's thread: queued to the window's

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.note = PrivacyNote(translate("ui.live", "Changed elsewhere"))
        self.outage_box: QMessageBox | None = None
        self.reloads = 0  # how many times changes from elsewhere were shown (for tests)
        self.heard.connect(self.apply)
        window.editor.outage.connect(self.not_saved)
        # Started before the panels first read the records: nothing committed after is missed.
        self.watcher = window.store.watch(self.heard.emit)

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None

    def apply(self, changes: list[Change]) -> None:
        """Reload what ``changes`` (made by other clients) concern, and nothing else."""
        w = self.window
        everything = any(c.entity == RELOAD_ALL for c in changes)
        try:
            if everything or any(c.entity == "patient" for c in changes):
                w.patients.reload()
            if everything or self._history_concerned(changes):
                open_id = w.editor.session.id if w.editor.session else None
                w.patients.reload_sessions(open_id)
            if w.editor.session is not None and (everything or any(
                    c.session_id == w.editor.session.id for c in changes)):
                self._reload_open_session(w.editor.session)
        except UnreachableError as exc:  # the reconnected watcher reloads all later
            w.statusBar().showMessage(translate("ui.live",
                    "Not updated from elsewhere: {exc}").format(exc=exc), 15000)
            return
        self.reloads += 1

    def _history_concerned(self, changes: list[Change]) -> bool:
        """A change of a session the history lists, or of one of its patient's."""
        panel = self.window.patients
        shown = panel.session_ids()
        return any((c.patient_id is not None and c.patient_id == panel.patient_id)
                   or c.session_id in shown for c in changes)

    def _reload_open_session(self, before: Session) -> None:
        editor = self.window.editor
        try:
            editor.refresh()
        except UnreachableError:
            raise
        except RecordsError:  # deleted elsewhere (a draft)
            editor.open(None)
            self.note.show_notes([translate("ui.live",
                    "{date:%H:%M}: the session you had open was deleted elsewhere.").format(
                    date=datetime.now())])
            return
        after = editor.session
        said = what_changed(before, after) if after is not None else None
        if said is not None:
            editor.undo_stack.clear()  # its steps would overwrite the change made elsewhere
            self.note.show_notes([said])

    def guarded(self, slot: Callable[..., Any]) -> Callable[..., None]:
        """``slot``, which reads the records: with the database server away, the window
        says so in the status bar and keeps showing what it last read (no traceback)."""
        def run(*args: Any) -> None:
            try:
                slot(*args)
            except UnreachableError as exc:
                self.window.statusBar().showMessage(translate("ui.live",
                        "Not shown: {exc}").format(exc=exc), 15000)
        return run

    def not_saved(self, message: str, what: str, retry: Callable[[], Any]) -> None:
        """An edit the server was not there to store: said, with Retry."""
        self.outage_box = unreachable_box(self.window, message, what, retry)
        self.window.statusBar().showMessage(translate("ui.live",
                "Not saved ({what}): the database server cannot be reached").format(
                what=what), 15000)
