"""Revision 0003 (carry-forward columns): a database at 0002 keeps every row, every point is
confirmed and carried from nothing, and the signed-session guards of 0002 still stand."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import RecordsError, Store, database
from tests.migration_helpers import (
    dump_tables,
    fill_0002,
    kept_rows,
    kept_triggers,
    migrate,
    trigger_sql,
)
from tests.records_helpers import CLINICIAN, raw


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    db = tmp_path / "old.sqlite"
    migrate(db, "0002")
    fill_0002(db)
    assert raw(db, "SELECT version_num FROM alembic_version") == [("0002",)]
    return db


def test_0003_keeps_every_row_and_confirms_every_point(old_db: Path, atlas: Atlas) -> None:
    rows, triggers, old_bytes = dump_tables(old_db), trigger_sql(old_db), old_db.read_bytes()
    assert len(triggers) == 9

    with Store.open(old_db, atlas=atlas) as store:
        saved = store.migration_backup
        assert raw(old_db, "SELECT version_num FROM alembic_version") == [(database.HEAD,)]
        after = dump_tables(old_db)
        gained = kept_rows(rows, after)  # (0006 chains the audit trail: its rows gain)
        assert {t for t, r in gained.items() if r} == {"audit"}
        # 0003's carried_from and confirmed, 0004's referral_site, 0005's adverse_events and
        # depth_confirmed; 0004's signing_exceptions, 0005's since_last_visit (later
        # revisions add theirs after these)
        width = len(rows["trigger_points"][0])
        assert [r[width:width + 5] for r in after["trigger_points"]] == [
            (None, 1, None, "[]", 0)] * 4
        width = len(rows["sessions"][0])
        assert [r[width:width + 2] for r in after["sessions"]] == [("[]", "")] * 2
        kept_triggers(triggers, trigger_sql(old_db))  # added columns, no table rebuilt

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
    rows, triggers = dump_tables(old_db), trigger_sql(old_db)
    migrate(old_db, "head")
    migrate(old_db, "0002", down=True)
    assert raw(old_db, "SELECT version_num FROM alembic_version") == [("0002",)]
    assert dump_tables(old_db) == rows and trigger_sql(old_db) == triggers
