"""File → Export for the health record…: the open session as a FHIR R4 Bundle (JSON) with the
treatment map attached (exchange/fhir.py), for the clinic's electronic health record."""

from __future__ import annotations

import json
import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from dn_bodymap import settings as app_settings
from dn_bodymap.exchange import fhir
from dn_bodymap.i18n import translate
from dn_bodymap.report.output import write_pdf
from dn_bodymap.ui.file_dialogs import ask_save_path, write_file

if TYPE_CHECKING:
    from dn_bodymap.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def export_for_health_record(window: MainWindow, path: str | None = None) -> Path | None:
    doc = window.printing.document()  # says so in the status bar when no session is open
    session = window.editor.session
    if doc is None or session is None:
        return None
    session = window.store.session(session.id)
    patient = window.store.patient(session.patient_id)
    if path is None:
        name = f"{patient.name} {session.started_at[:10]}".replace(" ", "-") + ".fhir.json"
        chosen = ask_save_path(window, translate("ui.health_record", "Export for the health "
                                                 "record"), name, "FHIR JSON (*.json)",
                               ".json", window.settings)
        if chosen is None:
            return None
        path = str(chosen)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "map.pdf"
        write_pdf(doc, window.atlas, pdf, app_settings.paper(window.settings))
        bundle = fhir.session_bundle(session, patient, window.store.precautions(patient.id),
                                     window.atlas, pdf.read_bytes())
    text = json.dumps(bundle, indent=2, ensure_ascii=False) + "\n"
    target = Path(path)
    if not write_file(window, target, lambda tmp: Path(tmp).write_text(text, encoding="utf-8")):
        return None
    log.info("session %s: exported as a FHIR bundle", session.id)
    window.statusBar().showMessage(translate("ui.health_record", "Wrote {target}").format(
        target=target), 8000)
    return target
