"""Schema migrations: an old database keeps every row, a copy is taken first, and the tables
the code declares are the tables the migrations make."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import RecordsError, Store, database, paths
from dn_bodymap.records.schema import Base
from tests.migration_helpers import kept_rows
from tests.records_helpers import CLINICIAN, raw, sha256

OLD_TABLES = ("patients", "sessions", "trigger_points", "audit")


def _at_revision(path: Path, revision: str) -> None:
    """A database at an old schema revision, made by the migrations themselves."""
    engine = database.make_engine(paths.to_url(path)[0])
    try:
        database.upgrade(engine, None, None, target=revision)
    finally:
        engine.dispose()


def _fill_0001(path: Path) -> None:
    """Rows as the first version wrote them, with plain SQL."""
    screening = json.dumps({"pregnancy": {"answer": "no", "note": ""}})
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO patients VALUES (1, 'Ann Example', '1980-02-03', 'C-1', "
                     "'female', 'notes', '2025-01-01T10:00:00+00:00', "
                     "'2025-01-01T10:00:00+00:00')")
        conn.execute("INSERT INTO patients VALUES (2, 'Bob Example', NULL, NULL, 'male', '', "
                     "'2025-01-02T10:00:00+00:00', '2025-01-02T10:00:00+00:00')")
        for sid, status, signed_at, signed_by in [
                (1, "signed", "2025-01-01T11:00:00+00:00", "Alex Rivera, PT"),
                (2, "draft", None, None)]:
            conn.execute(
                "INSERT INTO sessions VALUES (?, ?, 1, '2025-01-01T10:30:00+01:00', "
                "'Alex Rivera', 'PT', '2025.1.0', 'neck', 7, 3, ?, 1, '[\"bruising\"]', '', "
                "'ice', 'review', '1 week', '', ?, ?, ?, 2, '2025-01-01T10:00:00+00:00', "
                "'2025-01-01T10:00:00+00:00')",
                (sid, f"00000000-0000-4000-8000-00000000000{sid}", screening, status,
                 signed_at, signed_by))
            for number in (1, 2):
                conn.execute(
                    "INSERT INTO trigger_points (session_id, number, view, x, y, muscle, side, "
                    "layer, kind, taut_band, spot_tenderness, familiar_pain, referred_pain, "
                    "local_twitch, needled, needle_length_mm, needle_gauge_mm, depth_mm, "
                    "technique, ltr_count, time_in_tissue_s, tolerance, notes, created_at, "
                    "updated_at) VALUES (?, ?, 'back', 260.4, 168.4, 'upper_trapezius', "
                    "'right', 'superficial', 'active', 1, 1, 0, 1, 0, 1, 30, 0.25, 12, "
                    "'pistoning', 2, 20, 'good', 'n', 't', 't')", (sid, number))
        conn.execute("INSERT INTO audit (at, actor, action, entity, entity_id, session_id, "
                     "field, old_value, new_value) VALUES ('t', 'Alex', 'update', "
                     "'trigger_point', 1, 1, 'depth_mm', 'null', '12')")
    conn.close()


def _dump(path: Path) -> dict[str, list[tuple]]:
    return {t: raw(path, f"SELECT * FROM {t} ORDER BY id") for t in OLD_TABLES}


def test_known_revisions_are_the_migration_scripts() -> None:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(database.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(cfg)
    chain = [s.revision for s in reversed(list(script.walk_revisions()))]
    assert tuple(chain) == database.KNOWN_REVISIONS
    assert script.get_current_head() == database.HEAD


def test_migrating_the_previous_schema_keeps_every_row(tmp_path: Path, atlas: Atlas) -> None:
    db = tmp_path / "old.sqlite"
    _at_revision(db, "0001")
    _fill_0001(db)
    rows, old_bytes = _dump(db), db.read_bytes()
    assert raw(db, "SELECT version_num FROM alembic_version") == [("0001",)]

    with Store.open(db, atlas=atlas) as store:
        saved = store.migration_backup
        # every row, every value (later revisions added columns at the end of tables); the
        # audit also records the precautions 0005 made from the screen (pregnancy: no)
        after = _dump(db)
        gained = kept_rows(rows, after)
        assert {(r[2], r[4]) for r in gained["audit"]} == {
            ("dn-bodymap upgrade (schema 0005)", "precaution"),
            ("dn-bodymap upgrade (schema 0006)", "database"),  # the chain starts here
            ("dn-bodymap upgrade (schema 0006)", "session")}  # the signed session sealed
        assert {t for t, r in gained.items() if r} == {"audit"}
        assert raw(db, "SELECT version_num FROM alembic_version") == [(database.HEAD,)]
        assert store.verify().ok  # chained and sealed as they stood: the chain starts here
        # the old rows work with today's code: read, sign, add an addendum
        s = store.session(1)
        assert s.signed and [p.number for p in s.points] == [1, 2]
        assert s.screening["pregnancy"].answer == "no" and s.adverse_events == ("bruising",)
        store.add_addendum(1, "Reviewed after the upgrade.", CLINICIAN)
        with pytest.raises(RecordsError, match=r"is signed"):
            store.update_point(s.points[0].id, depth_mm=5)
        store.sign_session(2, CLINICIAN)
        assert store.verify().ok

    assert saved is not None and saved.exists()
    assert saved.name.startswith("old.sqlite.before-migration-0001-")
    assert saved.name.endswith(".sqlite")
    assert saved.read_bytes() == old_bytes  # the copy is the file as it was


def test_no_copy_when_nothing_is_migrated(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    with Store.open(db) as store:  # a new database: nothing to copy
        assert store.migration_backup is None
        store.add_patient("Ann")
    with Store.open(db) as store:  # already at the head
        assert store.migration_backup is None
    assert [p.name for p in tmp_path.iterdir() if "before-migration" in p.name] == []


def test_a_failed_migration_changes_nothing(tmp_path: Path) -> None:
    """Migrations run in one transaction: one that fails half way leaves revision 0001."""
    db = tmp_path / "old.sqlite"
    _at_revision(db, "0001")
    _fill_0001(db)
    # 0002 makes its table, then fails on its index: the table must go too
    raw(db, "CREATE INDEX ix_addenda_session_id ON patients (name)")
    before = db.read_bytes()
    with pytest.raises(RecordsError, match=r"^upgrading the database schema failed \(index "
                                           r"ix_addenda_session_id already exists\); nothing "
                                           r"was changed; the copy taken before it is .*\.sqlite$"):
        Store.open(db)
    assert db.read_bytes() == before
    assert raw(db, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert raw(db, "SELECT name FROM sqlite_master WHERE name = 'addenda' "
                   "OR type = 'trigger'") == []


def test_the_declared_tables_are_the_migrated_tables(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    Store.open(db).close()
    engine = database.make_engine(paths.to_url(db)[0])
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_a_database_stamped_with_an_unknown_revision_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    _at_revision(db, "0001")
    raw(db, "UPDATE alembic_version SET version_num = '9999'")
    before = sha256(db)
    with pytest.raises(RecordsError, match=r"newer version of dn-bodymap"):
        Store.open(db)
    assert sha256(db) == before
