"""Pain drawing tool rows: a brush stroke painted live (each mouse move to the canvas painted)
and a finished stroke (buffered, clipped, stored, the layer repainted), with 50 points charted
so their zones are on the canvas too."""

from __future__ import annotations

import statistics
import tempfile
import time

from tests.benchmarks.run import Row
from tests.benchmarks.window import demo_window


def pain_rows() -> list[Row]:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    with tempfile.TemporaryDirectory() as tmp:
        app, window, store, atlas = demo_window(tmp)
        window.pain_tool.action.setChecked(True)
        app.processEvents()
        viewport = window.canvas.viewport()
        painted: list[int] = []
        window.canvas.painted.connect(lambda: painted.append(time.perf_counter_ns()))

        def send(kind: QEvent.Type, view: str, x: float, y: float, button, buttons) -> int:
            pos = window.canvas.screen_point(view, x, y)
            painted.clear()
            t0 = time.perf_counter_ns()
            QApplication.sendEvent(viewport, QMouseEvent(
                kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons,
                Qt.KeyboardModifier.NoModifier))
            app.processEvents()
            return (painted[0] - t0) // 1000 if painted else 0

        top, bottom = atlas.landmark("low_back", "right", "back"), \
            atlas.landmark("calf", "right", "back")
        moves, strokes = [], []  # microseconds; a move not painted would count 0
        for _ in range(5):
            send(QEvent.Type.MouseButtonPress, "back", top.x, top.y, left, left)
            for i in range(1, 41):
                f = i / 40
                moves.append(send(QEvent.Type.MouseMove, "back", top.x + (bottom.x - top.x) * f,
                                  top.y + (bottom.y - top.y) * f, none, left))
            strokes.append(send(QEvent.Type.MouseButtonRelease, "back", bottom.x, bottom.y,
                                left, none))
            window.editor.undo_stack.undo()
        app.processEvents()  # the undo's deferred redraw, before the store goes
        window.close()
        store.close()
    return [Row("pain brush: a move mid-stroke painted", statistics.median(moves), 16_000,
                "median of 200 moves, 50 points' zones shown"),
            Row("pain brush: stroke finished, stored, painted", statistics.median(strokes),
                100_000, "median of 5; informal goal")]
