"""Window speed rows: click-to-painted with 50 points charted, and start-up time against a
bare PySide6 QMainWindow started in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dn_bodymap.ui.launch import QUIT_ENV
from tests.benchmarks.run import Row

BARE = ("import sys\nfrom PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1400, 900); w.show()\n"
        "QTimer.singleShot(0, app.quit); app.exec()\n")


def _launch_us(args: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter_ns()
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=120)
    return (time.perf_counter_ns() - t0) / 1000


def startup_rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "XDG_CONFIG_HOME": f"{tmp}/config", "XDG_DATA_HOME": f"{tmp}/data",
               }
        ours = [sys.executable, "-m", "dn_bodymap", "--db", f"{tmp}/bench.sqlite", "gui"]
        bare = [sys.executable, "-c", BARE]
        shown = {**env, QUIT_ENV: "shown"}
        ready = {**env, QUIT_ENV: "ready"}
        # A clinician profile and a patient, so the first-start guide does not wait for input.
        (Path(tmp) / "config" / "dn-bodymap").mkdir(parents=True)
        (Path(tmp) / "config" / "dn-bodymap" / "settings.ini").write_text(
            "[clinician]\nname=Bench Mark\n", encoding="utf-8")
        subprocess.run([sys.executable, "-m", "dn_bodymap", "--db", f"{tmp}/bench.sqlite",
                        "patient", "add", "Ann Example"], env=env, check=True,
                       capture_output=True, timeout=120)
        bare_t, shown_t, ready_t = [], [], []
        for _ in range(5):  # interleaved, so all see the same machine load
            bare_t.append(_launch_us(bare, env))
            shown_t.append(_launch_us(ours, shown))
            ready_t.append(_launch_us(ours, ready))
    bare_med = statistics.median(bare_t)
    return [Row("start-up: bare QMainWindow shown", bare_med, bare_med, "reference"),
            Row("start-up: dn-bodymap window shown", statistics.median(shown_t),
                1.5 * bare_med, f"goal: 1.5 x bare = {1.5 * bare_med / 1000:.0f} ms"),
            Row("start-up: atlas and records loaded, ready", statistics.median(ready_t),
                2_000_000, "informal goal: 2 s")]


def demo_window(tmp: str):
    """The main window on a demo session of 50 points in ``tmp``, shown: (app, window, store,
    atlas)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from dn_bodymap import settings as app_settings
    from dn_bodymap.atlas import Atlas
    from dn_bodymap.demo import CLINICIAN, demo_store
    from dn_bodymap.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    os.environ["XDG_CONFIG_HOME"] = tmp
    atlas = Atlas.load()
    store, session_id = demo_store(Path(tmp), atlas, n_points=50)
    settings = app_settings.open_settings()
    app_settings.save_clinician(settings, CLINICIAN)
    window = MainWindow(atlas, store, settings)
    window.resize(1400, 900)
    window.show()
    window.editor.open(session_id)
    app.processEvents()
    return app, window, store, atlas


def click_rows() -> list[Row]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    with tempfile.TemporaryDirectory() as tmp:
        app, window, store, atlas = demo_window(tmp)
        mark = atlas.landmark("lateral_thigh", "left", "front")
        pos = window.canvas.screen_point("front", mark.x, mark.y)
        times = []
        painted: list[int] = []
        window.canvas.painted.connect(lambda: painted.append(time.perf_counter_ns()))
        for _ in range(20):
            painted.clear()
            t0 = time.perf_counter_ns()
            QTest.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
            app.processEvents()  # the canvas paints; the side panels follow after it
            times.append((painted[0] - t0) / 1000)
            window.editor.close_chooser()
            window.editor.undo_stack.undo()  # back to 50 points
        window.close()
        store.close()
    return [Row("click to point + zones painted, 50 points", statistics.median(times), 16_000,
                "median of 20: stored, mapped, on screen")]


def compare_rows() -> list[Row]:
    """Opening the compare view of two 40-point sessions, until it is painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from dn_bodymap.atlas import Atlas
    from dn_bodymap.demo import make_session
    from dn_bodymap.records import Store
    from dn_bodymap.ui.compare import CompareDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    atlas = Atlas.load()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "compare.sqlite", atlas=atlas)
        first, second = make_session(store, atlas, 40), make_session(store, atlas, 40)
        patient = store.session(first).patient_id
        times = []
        for _ in range(10):
            t0 = time.perf_counter_ns()
            dialog = CompareDialog(atlas, store, patient, first, second)
            dialog.show()
            app.processEvents()  # shown and painted
            times.append((time.perf_counter_ns() - t0) / 1000)
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
        store.close()
    return [Row("compare view of two 40-point sessions opened", statistics.median(times),
                100_000, "median of 10; loaded, matched, painted")]
