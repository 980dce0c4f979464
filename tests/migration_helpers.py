"""Shared by the migration tests: databases at an old schema revision, filled with plain SQL
as that revision held them, and dumps to compare before and after."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config

from dn_bodymap.records import database, paths
from tests.records_helpers import raw

TABLES = ("patients", "sessions", "trigger_points", "audit", "addenda")
POINT_COLUMNS = ("session_id, number, view, x, y, muscle, side, layer, kind, taut_band, "
                 "spot_tenderness, familiar_pain, referred_pain, local_twitch, needled, "
                 "needle_length_mm, needle_gauge_mm, depth_mm, technique, ltr_count, "
                 "time_in_tissue_s, tolerance, notes, created_at, updated_at")


def migrate(path: Path, target: str, down: bool = False) -> None:
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


def fill_0002(path: Path) -> None:
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


def dump_tables(path: Path) -> dict[str, list[tuple]]:
    return {t: raw(path, f"SELECT * FROM {t} ORDER BY id") for t in TABLES}


def trigger_sql(path: Path) -> list[tuple]:
    return raw(path, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")


def kept_rows(before: dict[str, list[tuple]], after: dict[str, list[tuple]]
              ) -> dict[str, list[tuple]]:
    """Check that every row of ``before`` is in ``after`` with every value (later revisions
    add columns at the end of tables, and rows at the end of the audit trail); returns the
    rows each table gained."""
    gained = {}
    for table, rows in before.items():
        width = len(rows[0]) if rows else 0
        assert [r[:width] for r in after[table][:len(rows)]] == rows, table
        gained[table] = after[table][len(rows):]
    return gained


def kept_triggers(before: list[tuple], after: list[tuple]) -> None:
    """The guard triggers of ``before`` are all still there, unchanged (later revisions add
    guards of their own)."""
    assert set(before) <= set(after)
