"""The pain drawing's area over time: per session beside the NPRS, in the progress window and
its printout (review/progress.area_series, drawing/progress_chart.paint_area_chart)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtTest import QTest

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting import pain_drawing as pd
from dn_bodymap.demo import CLINICIAN
from dn_bodymap.drawing.progress_chart import area_axis_max
from dn_bodymap.records import Store
from dn_bodymap.report.progress_document import progress_summary
from dn_bodymap.review.progress import area_series
from dn_bodymap.ui.progress_view import ProgressDialog
from tests.drawing_helpers import keep, low_back_drawing, outlines


def _course(store: Store, atlas: Atlas) -> tuple[int, list[pd.PainDrawing | None]]:
    """Three weekly visits: a large drawing, none, a smaller one (the second given oldest
    last, so the series must sort by date)."""
    patient = store.add_patient("Jane Doe", date_of_birth="1979-04-02")
    drawings = [low_back_drawing(atlas), None, low_back_drawing(atlas, also=False)]
    start = datetime(2026, 9, 1, 9, 30).astimezone()
    for week in (2, 0, 1):
        s = store.new_session(patient.id, CLINICIAN, started_at=start + timedelta(weeks=week),
                              pain_before=7 - week, pain_after=4 - week)
        if drawings[week] is not None:
            keep(store, s.id, drawings[week])
        store.sign_session(s.id, CLINICIAN)
    return patient.id, drawings


def test_the_series_has_each_sessions_area_and_a_gap_where_none_was_drawn(
        atlas: Atlas, store: Store) -> None:
    pid, drawings = _course(store, atlas)
    series = area_series(store.sessions_of(pid), outlines(atlas))
    expected = [None if d is None else pd.area_percent(d, outlines(atlas))["total"]
                for d in drawings]
    assert [v for _, v in series] == expected
    assert expected[0] > expected[2] > 0 and expected[1] is None
    assert [d for d, _ in series] == sorted(d for d, _ in series)


def test_the_area_axis_keeps_small_drawings_small() -> None:
    assert area_axis_max([None, 2.5]) == 10 and area_axis_max([]) == 10
    assert area_axis_max([3.0, 27.4]) == 30


def test_the_window_and_the_printout_show_the_area_beside_the_pain(
        qtbot, atlas: Atlas, store: Store, tmp_path: Path) -> None:
    pid, drawings = _course(store, atlas)
    summary = progress_summary(atlas, store.patient(pid), store.sessions_of(pid))
    values = [v for _, v in summary.area]
    assert values[1] is None and values[0] == pytest.approx(
        pd.area_percent(drawings[0], outlines(atlas))["total"])
    assert [row[3] for row in summary.rows] == [f"{values[0]:.1f}%", "", f"{values[2]:.1f}%"]
    dialog = ProgressDialog(summary, "a4")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.qWait(20)
    dialog.charts.grab().save(str(tmp_path / "charts.png"))
    pdf = dialog.export_pdf(str(tmp_path / "progress.pdf"))
    text = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
    assert "Pain area drawn" in text and "% of the body" in text and "Pain area" in text
    for v in (values[0], values[2]):
        assert f"{v:.1f}%" in text
    dialog.close()
