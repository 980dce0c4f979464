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
               "DN_BODYMAP_QUIT_WHEN_SHOWN": "1"}
        ours = [sys.executable, "-m", "dn_bodymap", "--db", f"{tmp}/bench.sqlite", "gui"]
        bare = [sys.executable, "-c", BARE]
        _launch_us(ours, env)  # first run creates the database; not timed
        ours_t, bare_t = [], []
        for _ in range(5):  # interleaved, so both see the same machine load
            bare_t.append(_launch_us(bare, env))
            ours_t.append(_launch_us(ours, env))
    bare_med, ours_med = statistics.median(bare_t), statistics.median(ours_t)
    return [Row("start-up to window shown (bare QMainWindow)", bare_med, bare_med * 1.0,
                "reference"),
            Row("start-up to window shown (dn-bodymap)", ours_med, 1.5 * bare_med,
                f"goal: 1.5 x bare = {1.5 * bare_med / 1000:.0f} ms")]


def click_rows() -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from dn_bodymap.atlas import Atlas

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from demo_session import CLINICIAN, demo_store

    from dn_bodymap.ui import settings as ui_settings
    from dn_bodymap.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp
        atlas = Atlas.load()
        store, session_id = demo_store(Path(tmp), atlas, n_points=50)
        settings = ui_settings.open_settings()
        ui_settings.save_clinician(settings, CLINICIAN)
        window = MainWindow(atlas, store, settings)
        window.resize(1400, 900)
        window.show()
        window.editor.open(session_id)
        app.processEvents()
        mark = atlas.landmark("lateral_thigh", "left", "front")
        pos = window.canvas.screen_point("front", mark.x, mark.y)
        times = []
        for _ in range(20):
            t0 = time.perf_counter_ns()
            QTest.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
            window.canvas.viewport().repaint()  # painted, not just scheduled
            times.append((time.perf_counter_ns() - t0) / 1000)
            window.editor.close_chooser()
            window.editor.undo_stack.undo()  # back to 50 points
        window.close()
        store.close()
    return [Row("click to point + zones painted, 50 points", statistics.median(times), 16_000,
                "median of 20 clicks (press+release)")]
