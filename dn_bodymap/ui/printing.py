"""Print, print preview and PDF export of the open session's treatment map, from the window.
The pages are painted by dn_bodymap.report, the same code as `dn-bodymap print`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMainWindow

from dn_bodymap import settings as app_settings
from dn_bodymap.atlas import Atlas
from dn_bodymap.i18n import translate
from dn_bodymap.records.store import Store
from dn_bodymap.report.document import TreatmentMap, treatment_map
from dn_bodymap.report.output import print_document, write_pdf
from dn_bodymap.report.pages import PAPERS
from dn_bodymap.ui.file_dialogs import ask_pdf_path, write_file

if TYPE_CHECKING:
    from dn_bodymap.ui.main_window import MainWindow

log = logging.getLogger(__name__)  # session ids only: a PDF's name is often the patient's


class PreviewDialog(QPrintPreviewDialog):
    """A print preview that owns its printer. QPrintPreviewDialog only borrows the QPrinter it
    is given; a temporary that Python frees while the dialog paints crashes the program."""

    def __init__(self, printer: QPrinter, parent: QMainWindow,
                 paint: Callable[[QPrinter], object]) -> None:
        super().__init__(printer, parent)
        self.owned_printer = printer
        self.paintRequested.connect(paint)
        self.resize(900, 1000)


class Printing:
    """The print actions of a window whose ``editor.session`` is the open session."""

    def __init__(self, window: MainWindow, atlas: Atlas, store: Store,
                 settings: QSettings) -> None:
        self.window, self.atlas, self.store, self.settings = window, atlas, store, settings
    def document(self, variant: str = "clinical") -> TreatmentMap | None:
        session = self.window.editor.session
        if session is None:
            self.window.statusBar().showMessage(translate("ui.printing",
                    "Open a session to print its map."), 6000)
            return None
        session = self.store.session(session.id)
        patient = self.store.patient(session.patient_id)
        return treatment_map(self.atlas, session, patient, variant=variant,
                             standing=self.store.precautions(patient.id),
                             integrity=self.store.verify_session(session.id),
                             clinic=app_settings.clinic_name(self.settings))

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        paper = app_settings.paper(self.settings)
        printer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]),
                                          QPageLayout.Orientation.Portrait,
                                          printer.pageLayout().margins()))
        return printer

    def _session_id(self) -> int | None:
        session = self.window.editor.session
        return session.id if session is not None else None

    def print_(self) -> None:
        doc = self.document()
        if doc is None:
            return
        printer = self._printer()
        if QPrintDialog(printer, self.window).exec():
            pages = print_document(doc, self.atlas, printer)
            log.info("session %s: map printed (%d pages)", self._session_id(), pages)

    def preview_dialog(self) -> PreviewDialog | None:
        doc = self.document()
        if doc is None:
            return None
        return PreviewDialog(self._printer(), self.window,
                             lambda printer: print_document(doc, self.atlas, printer))

    def preview(self) -> None:
        dialog = self.preview_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def export_pdf(self, variant: str, path: str | None = None) -> Path | None:
        doc = self.document(variant)
        if doc is None:
            return None
        if path is None:
            name = f"{doc.patient_lines[0]} {doc.session_lines[0][:10]}".replace(" ", "-")
            chosen = ask_pdf_path(self.window, translate("ui.printing", "Export PDF"),
                                  f"{name}.pdf", self.settings)
            if chosen is None:
                return None
            path = str(chosen)
        target = Path(path)
        paper = app_settings.paper(self.settings)
        if not write_file(self.window, target,
                          lambda tmp: write_pdf(doc, self.atlas, tmp, paper)):
            return None
        log.info("session %s: %s map exported as a PDF", self._session_id(), variant)
        self.window.statusBar().showMessage(translate("ui.printing",
                "Wrote {target}").format(target=target), 8000)
        return target
