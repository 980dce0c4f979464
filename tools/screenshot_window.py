"""Save a screenshot of the charting window with a charted session, for README's pictures:
``QT_QPA_PLATFORM=offscreen [QT_SCALE_FACTOR=2] python tools/screenshot_window.py OUT.png
[--scheme dark] [--language es] [--crop X,Y,W,H]`` (the crop in logical pixels). Uses a
throwaway database and settings folder; never the user's own."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--scheme", choices=("system", "light", "dark"), default="system")
    parser.add_argument("--language", choices=("en", "es"), default="en")
    parser.add_argument("--crop", help="X,Y,W,H in logical pixels")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="dn-bodymap-shot-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")

    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from dn_bodymap import settings as app_settings
    from dn_bodymap.atlas import Atlas
    from dn_bodymap.records.model import Clinician
    from dn_bodymap.records.store import Store
    from dn_bodymap.ui import language, theme
    from dn_bodymap.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(args.scheme)
    language.use(args.language)
    atlas = Atlas.load()
    store = Store.open(tmp / "records.sqlite", atlas=atlas)
    settings = app_settings.open_settings()
    app_settings.save_clinician(settings, Clinician("Alex Morgan", "PT, DPT"))
    patient = store.add_patient("Jane Doe", date_of_birth="1979-04-02", sex="female")
    window = MainWindow(atlas, store, settings)
    window.resize(1400, 900)
    window.show()
    window.patients.reload(patient.id)
    window.patients.select_patient(patient.id)
    window.new_session()
    for text in ("Upper trapezius (right)", "QL", "Piriformis (left)", "Gluteus medius (left)"):
        window.place_at_classic_site(text)
        app.processEvents()
    window.act["cautions"].setChecked(True)
    for _ in range(5):
        app.processEvents()
    shot = window.grab()
    if args.crop:
        x, y, w, h = (int(v) for v in args.crop.split(","))
        ratio = shot.devicePixelRatio()
        shot = shot.copy(QRect(round(x * ratio), round(y * ratio),
                               round(w * ratio), round(h * ratio)))
    shot.save(str(args.out))
    print(f"{args.out}: {shot.width()}x{shot.height()} at ratio {shot.devicePixelRatio()}")
    window.editor.close_chooser()
    window.close_store()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
