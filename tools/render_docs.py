"""Render the pictures under docs/ with the program's own drawing code.

    python tools/render_docs.py

Writes docs/front.png, docs/back.png (the views as `dn-bodymap atlas render` draws them),
docs/window.png (the main window, offscreen) and docs/patterns-N.png (every referral pattern,
right side, as a contact sheet).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from dn_bodymap.atlas import Atlas
from dn_bodymap.drawing.contact_sheet import sheet_pages
from dn_bodymap.drawing.diagram import render_view_image
from dn_bodymap.ui.main_window import MainWindow

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
    window = MainWindow(atlas)
    window.resize(1200, 960)
    window.show()
    app.processEvents()
    window.grab().save(str(DOCS / "window.png"))
    window.close()
    print("wrote", ", ".join(sorted(p.name for p in DOCS.glob("*.png"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
