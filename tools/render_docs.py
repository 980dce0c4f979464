"""Render the pictures under docs/ with the program's own drawing code.

    python tools/render_docs.py

Writes docs/front.png, docs/back.png (the views as `dn-bodymap atlas render` draws them),
docs/cautions-front.png, docs/cautions-back.png (the same with the caution layer),
docs/patterns-N.png (every referral pattern, right side, as a contact sheet), and the main
window offscreen: docs/window.png (a realistic session), docs/chooser.png (the depth chooser
after a click on the buttock) and docs/pain-finder.png (the pain finder at the right heel).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import tempfile

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from dn_bodymap import settings as app_settings
from dn_bodymap.atlas import Atlas
from dn_bodymap.demo import CLINICIAN, demo_store, make_history, make_session
from dn_bodymap.drawing.contact_sheet import sheet_pages
from dn_bodymap.drawing.diagram import render_view_image
from dn_bodymap.records import Store
from dn_bodymap.report.document import treatment_map
from dn_bodymap.report.output import images, page_images
from dn_bodymap.report.progress_pages import paint_progress
from dn_bodymap.ui.main_window import MainWindow

DOCS = Path(__file__).resolve().parents[1] / "docs"


def main() -> int:
    app = QApplication(sys.argv[:1])
    atlas = Atlas.load()
    DOCS.mkdir(exist_ok=True)
    for view in ("front", "back"):
        render_view_image(atlas, view, scale=1.6).save(str(DOCS / f"{view}.png"))
        render_view_image(atlas, view, scale=1.6, cautions=True).save(
            str(DOCS / f"cautions-{view}.png"))
    for old in DOCS.glob("patterns-*.png"):
        old.unlink()
    for i, page in enumerate(sheet_pages(atlas), start=1):
        page.save(str(DOCS / f"patterns-{i}.png"))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp  # never the user's own settings
        store, session_id = demo_store(Path(tmp), atlas)
        try:
            _print_pictures(atlas, store, session_id)
            _window_pictures(app, atlas, store, session_id)
        finally:
            store.close()
        history_store = Store.open(Path(tmp) / "history.sqlite", atlas=atlas)
        try:
            _review_pictures(app, atlas, history_store)
        finally:
            history_store.close()
    print("wrote", ", ".join(sorted(p.name for p in DOCS.glob("*.png"))))
    return 0


def _grab_with_popup(window: QWidget, popup: QWidget | None):
    """The window with a popup (a separate top-level window) painted where it is shown."""
    image = window.grab().toImage()
    if popup is not None and popup.isVisible():
        painter = QPainter(image)
        painter.drawPixmap(window.mapFromGlobal(popup.mapToGlobal(popup.rect().topLeft())),
                           popup.grab())
        painter.end()
    return image


def _print_pictures(atlas: Atlas, store, session_id: int) -> None:
    """The printed map (page images by the PDF's own painter), in colour and in greyscale, the
    patient-friendly variant, and the second page of a 60-point session."""
    session = store.session(session_id)
    patient = store.patient(session.patient_id)
    clinic = "Riverside Physiotherapy"
    (page,) = page_images(treatment_map(atlas, session, patient, clinic=clinic), atlas, "a4")
    page.save(str(DOCS / "treatment-map.png"))
    page.convertToFormat(QImage.Format.Format_Grayscale8).save(
        str(DOCS / "treatment-map-grey.png"))
    (friendly,) = page_images(treatment_map(atlas, session, patient, clinic=clinic,
                                            variant="patient"), atlas, "a4")
    friendly.save(str(DOCS / "treatment-map-patient.png"))
    long_id = make_session(store, atlas, 60)
    long = store.session(long_id)
    pages = page_images(treatment_map(atlas, long, patient, clinic=clinic), atlas, "letter")
    pages[1].save(str(DOCS / "treatment-map-page2.png"))
    store.delete_session(long_id)


def _window_pictures(app: QApplication, atlas: Atlas, store, session_id: int) -> None:
    settings = app_settings.open_settings()
    app_settings.save_clinician(settings, CLINICIAN)
    window = MainWindow(atlas, store, settings)
    window.resize(1500, 960)
    window.show()
    session = store.session(session_id)
    window.patients.reload(session.patient_id)
    window.patients.select_patient(session.patient_id)
    window.editor.select(session.point(7).id)
    window.tabs.setCurrentIndex(0)
    app.processEvents()
    window.grab().save(str(DOCS / "window.png"))

    window.editor.open(session_id)
    mark = atlas.landmark("buttock", "left", "back")
    window.editor.click("back", mark.x, mark.y)
    chooser = window.editor.chooser
    if chooser is not None:
        chooser.move(window.mapToGlobal(window.canvas.geometry().topLeft())
                     + window.canvas.screen_point("back", mark.x + 8, mark.y + 8))
    app.processEvents()
    _grab_with_popup(window, chooser).save(str(DOCS / "chooser.png"))
    window.editor.close_chooser()
    window.editor.undo_stack.undo()

    window.new_session()  # the next visit, before anything is charted
    window.pain_action.setChecked(True)
    heel = atlas.landmark("heel", "right", "back")
    window.pain_finder.find_at("back", heel.x, heel.y)
    app.processEvents()
    window.grab().save(str(DOCS / "pain-finder.png"))
    window.close()


def _review_pictures(app: QApplication, atlas: Atlas, store) -> None:
    """History, compare (side by side and overlay) and progress, on a five-visit course."""
    ids = make_history(store, atlas, visits=5)
    window = MainWindow(atlas, store, app_settings.open_settings())
    window.resize(1500, 960)
    window.show()
    pid = store.session(ids[0]).patient_id
    window.patients.reload(pid)
    window.patients.select_patient(pid)
    app.processEvents()
    window.grab().save(str(DOCS / "history.png"))
    compare = window.review.compare()
    app.processEvents()
    compare.grab().save(str(DOCS / "compare.png"))
    compare.overlay.setChecked(True)
    for _ in range(3):  # the layout change, then the refit it schedules
        app.processEvents()
    compare.grab().save(str(DOCS / "compare-overlay.png"))
    compare.close()
    progress = window.review.progress()
    app.processEvents()
    progress.grab().save(str(DOCS / "progress.png"))
    (page,) = images("a4", lambda p, paper, new: paint_progress(p, progress.summary, paper, new))
    page.save(str(DOCS / "progress-summary.png"))
    progress.close()
    window.close()


if __name__ == "__main__":
    raise SystemExit(main())
