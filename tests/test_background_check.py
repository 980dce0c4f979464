"""The whole database is checked in the background while the window runs (issue 12): a
separate `dn-bodymap verify` process, its failure shown in the window's integrity banner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Store
from dn_bodymap.ui.background_check import BackgroundCheck, show_in
from tests.records_helpers import chart_example
from tests.test_records_tamper import attack


def _check(qtbot, db: Path) -> tuple[QWidget, QLabel]:
    window = QWidget()  # the banner's window, not shown
    qtbot.addWidget(window)
    banner = QLabel(window)
    banner.hide()
    found: list[list[str]] = []
    report = show_in(banner)
    check = BackgroundCheck(db, lambda problems: (found.append(problems), report(problems)))
    check.run()
    qtbot.waitUntil(lambda: bool(found), timeout=60_000)
    assert check.process is None and check.timer.isActive()  # and again later
    return window, banner  # the window too: it owns the banner


def test_an_intact_database_shows_nothing(qtbot, tmp_path: Path, atlas: Atlas) -> None:
    db = tmp_path / "clinic.sqlite"
    with Store.open(db, atlas=atlas) as store:
        chart_example(store, atlas)
    _window, banner = _check(qtbot, db)
    assert banner.isHidden()


def test_a_signed_session_altered_outside_is_shown(qtbot, tmp_path: Path,
                                                   atlas: Atlas) -> None:
    db = tmp_path / "clinic.sqlite"
    with Store.open(db, atlas=atlas) as store:
        chart_example(store, atlas)
    attack(db, "DROP TRIGGER sessions_signed_no_update",
           "UPDATE sessions SET pain_before = 2 WHERE id = 1")
    _window, banner = _check(qtbot, db)
    assert not banner.isHidden() and "INTEGRITY CHECK FAILED" in banner.text()
    assert "2 problems" in banner.text() and "sessions_signed_no_update" in banner.text()
