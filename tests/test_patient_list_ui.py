"""The window's patient list on a clinic's thousands: read from the database by the search,
a page at a time, never every patient (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dn_bodymap import settings as app_settings
from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Store
from dn_bodymap.records.model import Clinician
from dn_bodymap.ui import patient_panel
from dn_bodymap.ui.main_window import MainWindow
from tests.conftest import open_window

NAMES = ("Anna Smith", "Bob Jones", "Carla Smithers", "Dan Brown", "Eve Smith", "Finn Gray",
         "Gus Black")


@pytest.fixture
def window(qtbot, atlas: Atlas, store: Store, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(patient_panel, "LISTED", 3)
    ids = {n: store.add_patient(n, date_of_birth=f"1980-01-{i + 1:02d}").id
           for i, n in enumerate(NAMES)}
    store.new_session(ids["Gus Black"], Clinician("A", "PT"), atlas_data_version="test")

    def everyone() -> None:
        raise AssertionError("the window read every patient")

    monkeypatch.setattr(store, "patients", everyone)
    settings = app_settings.open_settings()
    app_settings.save_clinician(settings, Clinician("Alex Morgan", "PT"))
    settings.setValue("last_patient", ids["Gus Black"])
    w = open_window(qtbot, atlas, store, settings=settings, size=(1200, 800))
    assert w.start()
    return w


def _lines(w: MainWindow) -> list[str]:
    return [w.patients.patients.item(i).text() for i in range(w.patients.patients.count())]


def test_the_list_is_a_page_of_the_search(window: MainWindow, tmp_path: Path) -> None:
    panel = window.patients
    # the last patient (beyond the first page by name) is open and listed first, then the
    # first three by name, then a line saying there are more
    assert panel.patient_id == panel._patients[0].id
    lines = _lines(window)
    assert lines[0].startswith("Gus Black") and lines[1].startswith("Anna Smith")
    assert len(lines) == 5 and lines[-1] == "More than 3: type more to narrow"
    hint = panel.patients.item(4)
    assert not hint.flags() & Qt.ItemFlag.ItemIsSelectable
    window.grab().save(str(tmp_path / "patients.png"))

    panel.search.setText("smi")  # the search narrows it, from the database
    assert [line.split("  ")[0] for line in _lines(window)] == [
        "Anna Smith", "Carla Smithers", "Eve Smith"]
    panel.search.setText("1980")
    assert len(_lines(window)) == 4 and _lines(window)[-1].startswith("More than 3")
    panel.search.setText("smith 1980-01-05")
    assert [line.split("  ")[0] for line in _lines(window)] == ["Eve Smith"]
    panel.patients.setCurrentRow(0)  # choosing one opens it
    assert panel.patient_id == panel._patients[0].id
    assert window.patients.history.rowCount() == 0
    panel.search.setText(" ".join("abcdefghijk"))  # refused: said in the list, no traceback
    assert _lines(window)[-1] == "search: 11 words; give at most 10"


def test_choosing_a_patient_opens_the_latest_session(window: MainWindow, store: Store) -> None:
    gus = window.patients._patients[0]
    older = store.new_session(gus.id, Clinician("A", "PT"), atlas_data_version="test",
                              started_at="2001-01-01T09:00:00+01:00")
    window.patients.select_patient(window.patients._patients[1].id)
    window.patients.select_patient(gus.id)
    latest = window.patients.latest_session()
    assert latest != older.id and window.editor.session is not None
    assert window.editor.session.id == latest
    assert window.patients.sessions.currentIndex().row() == 0  # the newest line, marked
