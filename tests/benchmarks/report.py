"""Printing speed: a one-page PDF of a 30-point session."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from tests.benchmarks.run import Row


def report_rows() -> list[Row]:
    from PySide6.QtGui import QGuiApplication

    from dn_bodymap.atlas import Atlas
    from dn_bodymap.demo import demo_store
    from dn_bodymap.report.document import treatment_map
    from dn_bodymap.report.output import write_pdf

    _app = QGuiApplication.instance() or QGuiApplication(["bench"])
    atlas = Atlas.load()
    with tempfile.TemporaryDirectory() as tmp:
        store, sid = demo_store(Path(tmp), atlas, n_points=30)
        session = store.session(sid)
        patient = store.patient(session.patient_id)
        times, pages = [], 0
        for i in range(7):
            t0 = time.perf_counter_ns()
            doc = treatment_map(atlas, session, patient, clinic="Bench Clinic")
            pages = write_pdf(doc, atlas, Path(tmp) / f"map{i}.pdf")
            times.append((time.perf_counter_ns() - t0) / 1000)
        store.close()
    return [Row(f"one-page PDF of a 30-point session ({pages} page)", statistics.median(times),
                500_000, "median of 7")]
