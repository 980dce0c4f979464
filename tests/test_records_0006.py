"""Schema 0006 (tamper evidence) on an upgraded database: its rows chained in id order, its
signed sessions sealed as they stand, the chain's start recorded, the new guards in place;
and the way back to 0005."""

from __future__ import annotations

import sqlite3
from itertools import pairwise
from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Store, chain, guards
from tests.migration_helpers import dump_tables, fill_0002, migrate, trigger_sql
from tests.records_helpers import raw

UPGRADE = "dn-bodymap upgrade (schema 0006)"


@pytest.fixture
def db_0005(tmp_path: Path) -> Path:
    db = tmp_path / "old.sqlite"
    migrate(db, "0002")
    fill_0002(db)  # a signed session with an addendum, a draft, an audit row
    migrate(db, "0005")
    return db


def test_0006_chains_seals_and_records_where_the_chain_starts(db_0005: Path,
                                                              atlas: Atlas) -> None:
    with Store.open(db_0005, atlas=atlas) as store:
        report = store.verify()
        assert report.ok, report.problems
        trail = store.audit_trail()
        start = [e for e in trail if e.field == "chain_start"]
        assert [(e.actor, e.new_value["audit_rows_chained"], e.new_value["addenda_chained"])
                for e in start] == [(UPGRADE, 1, 1)]
        [sealed] = [e for e in trail if e.field == "content_hash"]
        signed = store.session(1)
        assert (sealed.actor, sealed.entity_id, sealed.new_value) == (
            UPGRADE, 1, signed.content_hash)
        assert store.session(2).content_hash is None  # a draft is not sealed
        assert raw(db_0005, "SELECT signed_context FROM sessions WHERE id = 1")[0][0].count(
            '"sealed": "upgrade to schema 0006"') == 1
    rows = raw(db_0005, "SELECT id, prev_hash, row_hash FROM audit ORDER BY id")
    assert rows[0][1] == chain.GENESIS
    assert all(b[1] == a[2] for a, b in pairwise(rows))  # chained in id order
    assert {n for n, _ in trigger_sql(db_0005)} == set(guards.GUARDS)
    with pytest.raises(sqlite3.IntegrityError, match="session is signed"):
        raw(db_0005, "REPLACE INTO sessions SELECT * FROM sessions WHERE id = 1")


def test_0006_downgrades_to_0005(db_0005: Path) -> None:
    rows, triggers = dump_tables(db_0005), trigger_sql(db_0005)
    migrate(db_0005, "0006")
    assert raw(db_0005, "SELECT count(*) FROM audit WHERE actor = ?", UPGRADE) == [(2,)]
    migrate(db_0005, "0005", down=True)
    assert raw(db_0005, "SELECT version_num FROM alembic_version") == [("0005",)]
    assert dump_tables(db_0005) == rows and trigger_sql(db_0005) == triggers
