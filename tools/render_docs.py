"""Render the pictures under docs/ with the program's own drawing code.

    python tools/render_docs.py

Writes docs/front.png, docs/back.png (the views as `dn-bodymap atlas render` draws them),
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

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

from dn_bodymap.atlas import Atlas
from dn_bodymap.drawing.contact_sheet import sheet_pages
from dn_bodymap.drawing.diagram import render_view_image
from dn_bodymap.ui import settings as ui_settings
from dn_bodymap.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).parent))
from demo_session import CLINICIAN, demo_store

DOCS = Path(__file__).resolve().parents[1] / "docs"


def main() -> int:
    app = QApplication(sys.argv[:1])
    atlas = Atlas.load()
    DOCS.mkdir(exist_ok=True)
    for view in ("front", "back"):
        render_view_image(atlas, view, scale=1.6).save(str(DOCS / f"{view}.png"))
    for old in DOCS.glob("patterns-*.png"):
        old.unlink()
    for i, page in enumerate(sheet_pages(atlas), start=1):
        page.save(str(DOCS / f"patterns-{i}.png"))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp  # never the user's own settings
        store, session_id = demo_store(Path(tmp), atlas)
        try:
            _window_pictures(app, atlas, store, session_id)
        finally:
            store.close()
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


def _window_pictures(app: QApplication, atlas: Atlas, store, session_id: int) -> None:
    settings = ui_settings.open_settings()
    ui_settings.save_clinician(settings, CLINICIAN)
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


if __name__ == "__main__":
    raise SystemExit(main())
