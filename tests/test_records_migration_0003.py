"""Revision 0003 (carry-forward columns): a database at 0002 keeps every row, every point is
confirmed and carried from nothing, and the signed-session guards of 0002 still stand."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import RecordsError, Store, database, paths
from tests.records_helpers import CLINICIAN, raw

TABLES = ("patients", "sessions", "trigger_points", "audit", "addenda")
POINT_COLUMNS = ("session_id, number, view, x, y, muscle, side, layer, kind, taut_band, "
                 "spot_tenderness, familiar_pain, referred_pain, local_twitch, needled, "
                 "needle_length_mm, needle_gauge_mm, depth_mm, technique, ltr_count, "
                 "time_in_tissue_s, tolerance, notes, created_at, updated_at")


def _migrate(path: Path, target: str, down: bool = False) -> None:
    """Run the migrations themselves on the file, up (or down) to ``target``."""
    engine = database.make_engine(paths.to_url(path)[0])
    try:
        if not down:
            database.upgrade(engine, None, None, target=target)
            return
        cfg = Config()
        cfg.set_main_option("script_location", str(database.MIGRATIONS_DIR))
        with engine.execution_options(dn_write=True).connect() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, target)
            conn.commit()
    finally:
        engine.dispose()


def _fill_0002(path: Path) -> None:
    """Rows as revision 0002 held them, with plain SQL: a signed session with an addendum and
    a draft, two points each."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO patients VALUES (1, 'Ann Example', '1980-02-03', 'C-1', "
                     "'female', '', '2025-01-01T10:00:00+00:00', '2025-01-01T10:00:00+00:00')")
        for sid in (1, 2):
            conn.execute(
                "INSERT INTO sessions VALUES (?, ?, 1, ?, 'Alex Rivera', 'PT', '2026.11.1', "
                "'neck', 7, 3, '{}', 1, '[]', '', '', '', '', '', 'draft', NULL, NULL, 2, "
                "'2025-01-01T10:00:00+00:00', '2025-01-01T10:00:00+00:00')",
                (sid, f"00000000-0000-4000-8000-00000000000{sid}",
                 f"2025-01-0{sid}T10:30:00+01:00"))
            for number, kind in ((1, "active"), (2, "latent")):
                conn.execute(
                    f"INSERT INTO trigger_points ({POINT_COLUMNS}) VALUES (?, ?, 'back', "
                    "260.44, 168.38, 'upper_trapezius', 'right', 'superficial', ?, 1, 1, 0, "
                    "1, 0, 1, 30, 0.25, 12, 'pistoning', 2, 20, 'good', 'n', 't', 't')",
                    (sid, number, kind))
        # signed after its points, as the store does: the 0002 triggers guard it from here
        conn.execute("UPDATE sessions SET status = 'signed', signed_at = "
                     "'2025-01-01T11:00:00+00:00', signed_by = 'Alex Rivera, PT' WHERE id = 1")
        conn.execute("INSERT INTO addenda (session_id, at, author, text) VALUES (1, "
                     "'2025-01-02T09:00:00+01:00', 'Alex Rivera, PT', 'Phoned: no soreness.')")
        conn.execute("INSERT INTO audit (at, actor, action, entity, entity_id, session_id, "
                     "field, old_value, new_value) VALUES ('t', 'Alex', 'sign', 'session', 1, "
                     "1, 'status', '\"draft\"', '\"signed\"')")
    conn.close()


def _dump(path: Path) -> dict[str, list[tuple]]:
    return {t: raw(path, f"SELECT * FROM {t} ORDER BY id") for t in TABLES}


def _triggers(path: Path) -> list[tuple]:
    return raw(path, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    db = tmp_path / "old.sqlite"
    _migrate(db, "0002")
    _fill_0002(db)
    assert raw(db, "SELECT version_num FROM alembic_version") == [("0002",)]
    return db


def test_0003_keeps_every_row_and_confirms_every_point(old_db: Path, atlas: Atlas) -> None:
    rows, triggers, old_bytes = _dump(old_db), _triggers(old_db), old_db.read_bytes()
    assert len(triggers) == 9

    with Store.open(old_db, atlas=atlas) as store:
        saved = store.migration_backup
        assert raw(old_db, "SELECT version_num FROM alembic_version") == [(database.HEAD,)]
        after = _dump(old_db)
        grown = ("trigger_points", "sessions")  # the tables later revisions added columns to
        assert {t: v for t, v in after.items() if t not in grown} == {
            t: v for t, v in rows.items() if t not in grown}
        for table in grown:
            width = len(rows[table][0])
            assert [r[:width] for r in after[table]] == rows[table]
        # 0003's carried_from and confirmed, 0004's referral_site, 0005's adverse_events and
        # depth_confirmed; 0004's signing_exceptions, 0005's since_last_visit
        width = len(rows["trigger_points"][0])
        assert [r[width:] for r in after["trigger_points"]] == [(None, 1, None, "[]", 0)] * 4
        width = len(rows["sessions"][0])
        assert [r[width:] for r in after["sessions"]] == [("[]", "")] * 2
        assert _triggers(old_db) == triggers  # added columns, no table rebuilt

        signed, draft = store.session(1), store.session(2)
        assert signed.signed and [p.kind for p in signed.points] == ["active", "latent"]
        assert all(p.confirmed and p.carried_from is None
                   for p in signed.points + draft.points)
        assert [a.text for a in signed.addenda] == ["Phoned: no soreness."]
        # the guards of 0002 still refuse changes to the signed session, even in plain SQL
        with pytest.raises(sqlite3.IntegrityError, match=r"session is signed"):
            raw(old_db, "UPDATE trigger_points SET confirmed = 0 WHERE session_id = 1")
        with pytest.raises(RecordsError, match=r"is signed"):
            store.update_point(signed.points[0].id, confirmed=False)
        # and today's code works on the old rows: carry the signed session forward
        today = store.new_session(1, CLINICIAN, carry_forward_from=1)
        assert [p.carried_from for p in today.points] == [p.id for p in signed.points]
        store.sign_session(2, CLINICIAN)  # an old draft: all its points count as confirmed

    assert saved is not None and saved.name.startswith("old.sqlite.before-migration-0002-")
    assert saved.read_bytes() == old_bytes


def test_0003_downgrades_to_0002_with_the_rows_and_guards(old_db: Path) -> None:
    rows, triggers = _dump(old_db), _triggers(old_db)
    _migrate(old_db, "head")
    _migrate(old_db, "0002", down=True)
    assert raw(old_db, "SELECT version_num FROM alembic_version") == [("0002",)]
    assert _dump(old_db) == rows and _triggers(old_db) == triggers
