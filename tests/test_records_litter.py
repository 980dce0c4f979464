"""No litter: temporary files of killed writes are cleaned, a file that cannot be upgraded
does not gain a copy on every try, a refused file does not gain -wal and -shm files."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from dn_bodymap.records import RecordsError, Store, files
from tests.migration_helpers import migrate
from tests.records_helpers import raw, sha256


@pytest.fixture
def db(db_file: Path) -> Path:
    """These tests are about an SQLite file itself (its bytes, modes, copies): SQLite only."""
    return db_file


def _temp(folder: Path, name: str, age_s: float) -> Path:
    """A file as a killed write leaves it, last changed ``age_s`` seconds ago (negative:
    in the future, i.e. by a write still running)."""
    path = folder / name
    path.write_bytes(b"half a copy")
    when = time.time() - age_s
    os.utime(path, (when, when))
    return path


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_a_backup_removes_the_temporary_files_of_killed_backups(tmp_path: Path, db: Path) -> None:
    dest = tmp_path / "backups" / "copy.sqlite"
    dest.parent.mkdir()
    stale = [_temp(dest.parent, f".copy.sqlite.{tag}.tmp", 3600) for tag in ("a1b2c3d4",
                                                                              "zz_99xyw")]
    kept = [_temp(dest.parent, ".copy.sqlite.notours.tmp", 3600),  # not mkstemp's pattern
            _temp(dest.parent, ".other.sqlite.a1b2c3d4.tmp", 3600),  # another file's
            _temp(dest.parent, ".copy.sqlite.e5f6g7h8.tmp", -60)]  # a write still running
    with Store.open(db, actor="t") as store:
        store.add_patient("Ann Example")
        store.backup(dest)
    assert not any(p.exists() for p in stale)
    assert _names(dest.parent) == {"copy.sqlite", *(p.name for p in kept)}


def test_opening_removes_the_temporary_copies_of_a_killed_upgrade(tmp_path: Path,
                                                                   db: Path) -> None:
    with Store.open(db, actor="t") as store:
        store.add_patient("Ann Example")
    stale = _temp(tmp_path, f".{db.name}.before-migration-0004-20250101T000000Z.sqlite."
                            "k9m8n7p6.tmp", 600)
    Store.open(db).close()
    assert not stale.exists()


def _old_database_that_fails_to_upgrade(db: Path) -> None:
    migrate(db, "0001")
    # 0002 makes its table, then fails on its index (tests/test_records_migrations.py)
    raw(db, "CREATE INDEX ix_addenda_session_id ON patients (name)")


def _copies(folder: Path) -> list[str]:
    return sorted(n for n in _names(folder) if ".before-migration-" in n)


def test_a_database_that_fails_to_upgrade_gains_one_copy_not_one_per_try(tmp_path: Path,
                                                                         db: Path) -> None:
    _old_database_that_fails_to_upgrade(db)
    for _ in range(3):
        with pytest.raises(RecordsError, match="upgrading the database schema failed"):
            Store.open(db)
    assert len(_copies(tmp_path)) == 1


def test_a_read_only_old_database_is_refused_before_any_copy(tmp_path: Path, db: Path,
                                                             monkeypatch) -> None:
    _old_database_that_fails_to_upgrade(db)
    before = sha256(db)
    # (the tests may run as root, whom a file's mode does not stop)
    monkeypatch.setattr(files, "writable", lambda path: path != db)
    with pytest.raises(RecordsError, match=r"needs upgrading .* read-only here; nothing was "
                                           r"changed"):
        Store.open(db)
    assert _copies(tmp_path) == [] and sha256(db) == before


def test_a_refused_newer_database_gains_no_wal_or_shm_file(tmp_path: Path, db: Path) -> None:
    with Store.open(db, actor="t") as store:
        store.add_patient("Ann Example")
    raw(db, "UPDATE alembic_version SET version_num = '9999'")
    assert _names(tmp_path) == {db.name}
    for _ in range(2):
        with pytest.raises(RecordsError, match="newer version of dn-bodymap"):
            Store.open(db)
    assert _names(tmp_path) == {db.name}
