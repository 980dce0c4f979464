"""Live updates in the window (ui/live.py): another client of the same database adds a
patient, charts or signs, and the window shows it within a second; its own changes reload
nothing; an edit made while the database server is away is reported with Retry."""

from __future__ import annotations

import pytest

from dn_bodymap.records import Store
from dn_bodymap.records.model import Clinician
from tests import pg_helpers
from tests.conftest import BACKENDS, open_charting_window
from tests.live_helpers import Proxy
from tests.records_helpers import spot

WHO = Clinician("Sam Lee", "PT")
SECOND = 1000  # ms: how soon another room's change must show


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """These window tests run on both backends (conftest's ``db`` follows this)."""
    return request.param


@pytest.fixture
def rooms(qtbot, atlas, db):
    """A charting window on one client of the database, and another client ("there")."""
    here = Store.open(db, atlas=atlas, actor="here")
    there = Store.open(db, atlas=atlas, actor="there")
    w = open_charting_window(qtbot, atlas, here)
    yield w, there
    w.close()
    here.close()
    there.close()


def listed_patients(w) -> list[str]:
    return [w.patients.patients.item(i).text() for i in range(w.patients.patients.count())]


def test_a_patient_added_elsewhere_is_listed(rooms, qtbot) -> None:
    w, there = rooms
    there.add_patient("Zoe Park", date_of_birth="1990-01-01")
    qtbot.waitUntil(lambda: any("Zoe Park" in t for t in listed_patients(w)), timeout=SECOND)
    assert w.patients.patient_id is not None  # the selection stayed on Jane Doe
    assert "Jane Doe" in w.patients.patients.currentItem().text()


def test_a_point_charted_elsewhere_shows_in_the_open_session_with_a_note(rooms, qtbot,
                                                                          atlas) -> None:
    w, there = rooms
    session = w.editor.session
    assert session is not None and not w.live.note.isVisible()
    point = there.add_point(session.id, "back", *spot(atlas, "back", "upper_trapezius",
                                                      "right"), kind="active")
    qtbot.waitUntil(lambda: [p.id for p in w.editor.session.points] == [point.id],
                    timeout=SECOND)
    qtbot.waitUntil(w.live.note.isVisible, timeout=SECOND)
    assert "changed elsewhere (its points)" in w.live.note.label.text()
    w.editor.announce_now()
    assert w.points.count() == 1  # the points list follows
    assert w.patients.history.index(0, 2).data() == "1 / 0"  # the history line follows


def test_a_session_signed_elsewhere_turns_read_only(rooms, qtbot) -> None:
    w, there = rooms
    session = w.editor.session
    there.sign_session(session.id, WHO)
    qtbot.waitUntil(lambda: w.editor.session.signed, timeout=SECOND)
    assert "read-only" in w.editor.read_only_reason
    qtbot.waitUntil(lambda: "signed elsewhere by Sam Lee, PT" in w.live.note.label.text(),
                    timeout=SECOND)
    qtbot.waitUntil(lambda: w.patients.history.index(0, 4).data().startswith("signed"),
                    timeout=SECOND)


def test_a_session_started_elsewhere_joins_the_history(rooms, qtbot) -> None:
    w, there = rooms
    assert w.patients.history.rowCount() == 1
    there.new_session(w.patients.patient_id, WHO)
    qtbot.waitUntil(lambda: w.patients.history.rowCount() == 2, timeout=SECOND)
    assert w.patients.sessions_label.text() == "History (2 sessions)"
    assert w.editor.session is not None  # the open session stays open
    assert not w.live.note.isVisible()  # it was not changed


def test_own_changes_reload_nothing(rooms, qtbot, atlas) -> None:
    w, there = rooms
    w.editor.click("back", *spot(atlas, "back", "upper_trapezius", "right"))
    w.editor.edit_session({"chief_complaint": "neck pain"})
    assert len(w.editor.session.points) == 1
    there.add_patient("Zoe Park")  # after ours: heard only once ours would have been
    qtbot.waitUntil(lambda: any("Zoe Park" in t for t in listed_patients(w)), timeout=SECOND)
    assert w.live.reloads == 1  # Zoe Park only
    assert not w.live.note.isVisible()
    assert w.editor.undo_stack.count() == 2  # undo history kept


def test_a_server_restart_under_the_window_loses_nothing(qtbot, atlas, pg_db) -> None:
    with Store.open(pg_db, atlas=atlas) as here, \
            Store.open(pg_db, atlas=atlas) as there:
        w = open_charting_window(qtbot, atlas, here)
        w.editor.click("back", *spot(atlas, "back", "upper_trapezius", "right"))
        pg_helpers.restart_server(pg_db)  # the window's listener and pooled connections are cut
        there.add_patient("After Restart")  # heard, or reloaded when the listener is back
        qtbot.waitUntil(lambda: any("After Restart" in t for t in listed_patients(w)),
                        timeout=15 * SECOND)
        w.editor.edit_session({"chief_complaint": "after the restart"})  # reconnects
        stored = here.session(w.editor.session.id)
        assert stored.chief_complaint == "after the restart" and len(stored.points) == 1
        assert w.live.outage_box is None
        w.close()


def test_an_edit_while_the_server_is_away_says_so_and_retries(qtbot, atlas, pg_db) -> None:
    proxy = Proxy.to(pg_db)
    here = Store.open(proxy.url(pg_db), atlas=atlas)
    w = open_charting_window(qtbot, atlas, here)
    w.editor.edit_session({"chief_complaint": "neck pain"})
    proxy.cut()
    w.editor.edit_session({"chief_complaint": "neck and shoulder pain"})
    box = w.live.outage_box
    assert box is not None and box.isVisible()
    assert box.text() == ("The database server cannot be reached: your change (Edit "
                          "session) was not saved.")
    assert w.editor.session.chief_complaint == "neck pain"  # shown as stored
    assert w.editor.undo_stack.count() == 1  # the unsaved step is not on the stack
    proxy.resume()
    box.button(box.StandardButton.Retry).click()
    assert here.session(w.editor.session.id).chief_complaint == "neck and shoulder pain"
    assert w.editor.session.chief_complaint == "neck and shoulder pain"
    assert w.editor.undo_stack.count() == 2
    w.close()
    here.close()


def test_a_reload_after_the_server_came_back_notes_only_real_changes(rooms, atlas) -> None:
    """A reconnect reloads everything; a session nobody else changed gets no note and keeps
    its undo history (seen under Xvfb: "changed elsewhere (its record)" after a restart)."""
    from dn_bodymap.records.live import RELOAD_ALL, Change

    w, _there = rooms
    w.editor.click("back", *spot(atlas, "back", "upper_trapezius", "right"))
    w.live.apply([Change(RELOAD_ALL, None, None, None, "")])
    assert not w.live.note.isVisible()
    assert w.editor.undo_stack.count() == 1
