"""A large import is linear and short under the write lock (issue 12, item 7): the number of
SQL statements does not grow with the points, every check is made before the lock is taken,
and migration 0008 (the references of carried points, item 9) keeps every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import RecordsError, Store, exchange
from tests.benchmarks.records_import import big_document
from tests.migration_helpers import migrate
from tests.records_helpers import CLINICIAN, raw, spot


def _statements(store: Store, points: int) -> int:
    doc = big_document(points)
    doc["session"]["uuid"] = f"00000000-0000-4000-8000-{points:012d}"
    seen: list[str] = []
    engine = store._engine  # (the test looks under the store's cover)
    listener = lambda *args: seen.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        sid = exchange.import_document(store, doc)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert len(store.session(sid).points) == points
    return len(seen)


def test_an_import_takes_as_many_statements_for_300_points_as_for_3(tmp_path: Path,
                                                                   atlas: Atlas) -> None:
    with Store.open(tmp_path / "x.sqlite", atlas=atlas, actor="t") as store:
        _statements(store, 1)  # the first makes the patient and the precautions
        few, many = _statements(store, 3), _statements(store, 300)
    assert many == few  # before: two statements (a point, its audit row) for each point


def test_a_bad_file_is_refused_without_waiting_for_the_write_lock(tmp_path: Path,
                                                                  atlas: Atlas) -> None:
    """Another program holds the write lock: a file failing its checks at its last point
    says so at once (checked before the lock), not "database is locked" after 15 s."""
    db = tmp_path / "x.sqlite"
    Store.open(db).close()
    doc = big_document(200)
    doc["session"]["trigger_points"][-1]["depth_mm"] = -1
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with Store.open(db, atlas=atlas) as store, pytest.raises(
                RecordsError, match=r"^session\.trigger_points\[199\]\.depth_mm: -1 is not a "):
            exchange.import_document(store, doc)
    finally:
        other.rollback()
        other.close()


def test_0008_keeps_every_row_and_goes_back(tmp_path: Path, atlas: Atlas) -> None:
    db = tmp_path / "old.sqlite"
    migrate(db, "0005")
    with Store.open(db, atlas=atlas, actor="t") as store:  # opening upgrades to 0008
        sid = store.new_session(store.add_patient("Ann").id, CLINICIAN).id
        store.add_point(sid, "back", *spot(atlas, "back", "upper_trapezius", "right"))
    assert raw(db, "SELECT carried_from_session, carried_from_number FROM trigger_points") == [
        (None, None)]
    migrate(db, "0005", down=True)
    assert raw(db, "SELECT version_num FROM alembic_version") == [("0005",)]
    assert raw(db, "SELECT count(*) FROM trigger_points") == [(1,)]
    with Store.open(db, atlas=atlas) as store:  # and up again
        assert len(store.session(sid).points) == 1
