"""Active points per muscle and session as a grid: muscles with the same counts stay apart
(the lines of a line chart lay on top of each other)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtTest import QTest

from dn_bodymap.atlas import Atlas
from dn_bodymap.demo import make_history
from dn_bodymap.records import Store
from dn_bodymap.report.progress_document import progress_summary
from dn_bodymap.review.progress import active_counts, count_grid
from dn_bodymap.ui.progress_view import ProgressDialog

DAYS = [datetime(2026, 1, 5, tzinfo=UTC) + timedelta(weeks=i) for i in range(5)]


def _series(*counts: int) -> list[tuple[datetime, int]]:
    return list(zip(DAYS, counts, strict=True))


def test_muscles_with_the_same_counts_each_get_their_row() -> None:
    grid = count_grid({"Levator scapulae (R)": _series(1, 1, 1, 0, 0),
                       "Gluteus medius (R)": _series(1, 1, 1, 0, 0),
                       "Upper trapezius (R)": _series(2, 2, 1, 1, 1)})
    assert grid.muscles == ("Upper trapezius (R)", "Gluteus medius (R)",
                            "Levator scapulae (R)")  # most points first, then by name
    assert grid.cells == ((2, 2, 1, 1, 1), (1, 1, 1, 0, 0), (1, 1, 1, 0, 0))
    assert grid.dates == tuple(DAYS)
    assert (grid.more_muscles, grid.earlier_sessions) == (0, 0)


def test_what_does_not_fit_is_counted_the_latest_sessions_kept() -> None:
    grid = count_grid({"A (R)": _series(0, 0, 0, 1, 1), "B (R)": _series(3, 3, 0, 0, 0),
                       "C (R)": _series(0, 0, 1, 1, 0)}, max_rows=2, max_cols=3)
    assert grid.dates == tuple(DAYS[2:])
    assert grid.muscles == ("A (R)", "C (R)")  # ranked on the sessions shown
    assert grid.cells == ((0, 1, 1), (1, 1, 0))
    assert (grid.more_muscles, grid.earlier_sessions) == (1, 2)
    assert count_grid({}).muscles == ()


def test_the_window_and_the_printout_show_every_muscle_row_with_its_counts(
        qtbot, atlas: Atlas, store: Store, tmp_path: Path) -> None:
    ids = make_history(store, atlas, visits=5)
    pid = store.session(ids[0]).patient_id
    sessions = store.sessions_of(pid)
    summary = progress_summary(atlas, store.patient(pid), sessions)
    dialog = ProgressDialog(summary, "a4")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.qWait(20)
    grid = dialog.charts.grid
    assert grid is not None and grid.more_muscles == 0
    stored = active_counts(sessions)
    assert len(grid.muscles) == len(stored) >= 5
    for key, series in stored.items():
        label = f"{atlas.muscle(key.muscle).name} ({key.side[0].upper()})"
        assert grid.cells[grid.muscles.index(label)] == tuple(c for _, c in series)
    pdf = dialog.export_pdf(str(tmp_path / "progress.pdf"))
    text = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
    for label, row in zip(grid.muscles, grid.cells, strict=True):
        assert f"{label} {' '.join(map(str, row))}" in text
    dialog.close()
