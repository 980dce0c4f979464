"""`dn-bodymap copy-db SOURCE TARGET` and backup through the copy (records/copying.py): every
table copied as it is, compared and verified in one transaction on the target; a target that
holds records refused untouched; a failed copy leaves nothing behind. With a PostgreSQL
server (DN_BODYMAP_TEST_PG; skipped when unset, failing when set and unreachable): SQLite ->
PostgreSQL -> SQLite equal record for record, ids going on where the source stopped, a server
database holding records refused untouched, a failed copy leaving it empty, and a server's
backup as an SQLite file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import RecordsError, Store, comparing, copying
from tests import pg_helpers
from tests import test_postgresql_server as server
from tests.records_helpers import CLINICIAN, dump_sqlite, fill_clinic, raw, sha256
from tests.test_records_cli import run


@pytest.fixture
def source(tmp_path: Path, atlas: Atlas) -> Path:
    path = tmp_path / "solo.sqlite"
    with Store.open(path, atlas=atlas, actor="tester") as store:
        fill_clinic(store, atlas)
    return path


def _only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_copy_is_the_source_table_for_table_byte_for_byte(source: Path,
                                                           tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    report = copying.copy_database(source, target)
    before = dump_sqlite(source)
    assert dump_sqlite(target) == before  # every table, sqlite_sequence and schema version
    assert set(before) >= {*comparing.TABLES, "sqlite_sequence", "alembic_version"}
    assert all(before[t] for t in comparing.TABLES)  # a record of every kind was copied
    assert report.rows == {t: len(before[t]) for t in comparing.TABLES}
    assert report.verified["signed sessions"] == 2 and len(report.audit_head) == 64
    assert _only(tmp_path) == ["copy.sqlite", "solo.sqlite"]
    with Store.open(target) as copy:
        assert copy.verify().ok


def test_ids_go_on_where_the_source_stopped(source: Path, tmp_path: Path,
                                            atlas: Atlas) -> None:
    """The last point was deleted: its id is not given again in the copy either."""
    target = tmp_path / "copy.sqlite"
    copying.copy_database(source, target)
    with Store.open(source, atlas=atlas) as store:
        draft = next(s for s in store.sessions() if s.status == "draft").id
    with Store.open(target, atlas=atlas) as copy:
        point = copy.add_point(draft, "back", 260.4, 168.4)
        assert point.id == raw(source, "SELECT seq FROM sqlite_sequence WHERE name = "
                                       "'trigger_points'")[0][0] + 1
        assert copy.verify().ok


def test_a_target_holding_records_is_refused_unchanged(source: Path, tmp_path: Path,
                                                       atlas: Atlas, capsys) -> None:
    target = tmp_path / "busy.sqlite"
    with Store.open(target) as busy:
        busy.add_patient("Already Here")
    before = sha256(target)
    with pytest.raises(RecordsError, match=r"busy.sqlite already holds records \(.*1 "
                                           r"patients.*\).*Nothing was changed"):
        copying.copy_database(source, target)
    assert sha256(target) == before
    code, out, err = run(capsys, "copy-db", str(source), str(target))
    assert (code, out) == (2, "") and "already holds records" in err
    assert err.count("\n") == 1 and sha256(target) == before


def test_an_old_target_holding_records_is_refused_before_any_upgrade(
        source: Path, tmp_path: Path) -> None:
    from tests.migration_helpers import fill_0002, migrate

    target = tmp_path / "old.sqlite"
    migrate(target, "0002")
    fill_0002(target)
    before = sha256(target)
    with pytest.raises(RecordsError, match=r"already holds records"):
        copying.copy_database(source, target)
    assert sha256(target) == before and _only(tmp_path) == ["old.sqlite", "solo.sqlite"]


def test_an_empty_database_is_filled_in_place(source: Path, tmp_path: Path) -> None:
    target = tmp_path / "empty.sqlite"
    Store.open(target).close()  # created and migrated, no records
    copying.copy_database(source, target)
    assert dump_sqlite(target) == dump_sqlite(source)


@pytest.mark.parametrize("existing", [False, True])
def test_a_failure_mid_copy_leaves_no_target(source: Path, tmp_path: Path,
                                             existing: bool) -> None:
    """Stopped after the patients and sessions were written: a new file never appears; an
    existing empty database is left empty."""
    target = tmp_path / "copy.sqlite"
    if existing:
        Store.open(target).close()
    written = []

    def stop(table: str, n: int) -> None:
        written.append(table)
        if table == "trigger_points":
            raise RecordsError("stopped for the test")

    with pytest.raises(RecordsError, match="stopped for the test"):
        copying.copy_database(source, target, progress=stop)
    assert {"patients", "sessions", "trigger_points"} <= set(written)
    if existing:
        assert all(not rows for name, rows in dump_sqlite(target).items()
                   if name in comparing.TABLES)
        assert _only(tmp_path) == ["copy.sqlite", "solo.sqlite"]
    else:
        assert _only(tmp_path) == ["solo.sqlite"]


def test_a_copy_that_differs_from_its_source_is_not_kept(source: Path, tmp_path: Path,
                                                         monkeypatch) -> None:
    """The comparison reads back what was written: a row changed on the way is named."""
    real = copying._for_insert

    def changed(row, json_cols):
        out = real(row, json_cols)
        if out.get("chief_complaint", "").startswith("Right neck"):
            out["chief_complaint"] = "altered"
        return out

    monkeypatch.setattr(copying, "_for_insert", changed)
    with pytest.raises(RecordsError, match=r"the copy differs from the source, so it was not "
                                           r"kept: sessions 1: chief_complaint is 'Right neck"
                                           r".*in the source, 'altered' in the copy"):
        copying.copy_database(source, tmp_path / "copy.sqlite")
    assert _only(tmp_path) == ["solo.sqlite"]


def test_differences_name_missing_rows_and_sequences(source: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    copying.copy_database(source, target)
    raw(target, "DROP TRIGGER addenda_no_delete")
    raw(target, "DELETE FROM addenda")
    raw(target, "UPDATE sqlite_sequence SET seq = 99 WHERE name = 'accounts'")
    engines = [copying.database.make_engine(copying.paths.to_url(p)[0])
               for p in (source, target)]
    try:
        with engines[0].connect() as a, engines[1].connect() as b:
            found = comparing.differences(a, b)
    finally:
        for e in engines:
            e.dispose()
    assert found == ["addenda 1: missing in the copy",
                     "accounts: ids have gone to 1 in the source, 99 in the copy"]


def test_a_source_that_does_not_verify_is_not_copied(source: Path, tmp_path: Path) -> None:
    raw(source, "DROP TRIGGER audit_no_update")
    raw(source, "UPDATE audit SET actor = 'someone else' WHERE id = 3")
    with pytest.raises(RecordsError, match=r"the copy does not verify \(1 problems, first: "
                                           r"audit row 3: changed after it was written.*run "
                                           r"`dn-bodymap verify` on the source"):
        copying.copy_database(source, tmp_path / "copy.sqlite")
    assert _only(tmp_path) == ["solo.sqlite"]


def test_every_table_of_the_schema_is_copied_or_the_copy_refused(
        source: Path, tmp_path: Path, monkeypatch) -> None:
    """A table the copy did not know (one a later revision adds and this list forgot) stops
    it, rather than leaving the table behind."""
    monkeypatch.setattr(comparing, "TABLES", {n: t for n, t in comparing.TABLES.items()
                                              if n != "precautions"})
    with pytest.raises(RecordsError, match=r"tables this dn-bodymap does not know "
                                           r"\(precautions\)"):
        copying.copy_database(source, tmp_path / "copy.sqlite")
    assert _only(tmp_path) == ["solo.sqlite"]


def test_an_old_source_is_upgraded_first_as_any_open_does(tmp_path: Path) -> None:
    from tests.migration_helpers import fill_0002, migrate

    old = tmp_path / "old.sqlite"
    migrate(old, "0002")
    fill_0002(old)
    report = copying.copy_database(old, tmp_path / "copy.sqlite")
    assert report.source_upgraded_copy and Path(report.source_upgraded_copy).is_file()
    assert dump_sqlite(tmp_path / "copy.sqlite") == dump_sqlite(old)


def test_the_command_says_what_it_copied(source: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "copy.sqlite"
    code, out, err = run(capsys, "copy-db", str(source), str(target), "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["target"] == str(target) and report["compared"] is True
    assert report["rows"]["sessions"] == 3 and report["verified"]["signed sessions"] == 2
    code, out, err = run(capsys, "copy-db", str(target), str(tmp_path / "again.sqlite"))
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith("copied accounts 1, audit ")
    assert "every row compared with the source, integrity verified" in out


@pytest.mark.parametrize(("args", "message"), [
    (("{missing}", "{new}"), "no database at"),
    (("{source}", "{source}"), "are the same database"),
    (("{source}", "sqlite://"), "an in-memory database cannot be a copy's target"),
    (("{source}", "{folder}"), "is a folder"),
    (("{source}", "{nowhere}"), "folder .* does not exist"),
])
def test_refusals_are_one_line(source: Path, tmp_path: Path, capsys, args, message) -> None:
    names = {"missing": tmp_path / "missing.sqlite", "new": tmp_path / "new.sqlite",
             "source": source, "folder": tmp_path, "nowhere": tmp_path / "no" / "x.sqlite"}
    code, out, err = run(capsys, "copy-db", *(a.format(**names) for a in args))
    assert (code, out) == (2, "") and err.count("\n") == 1, err
    assert err.startswith("dn-bodymap: ") and re.search(message, err), err
    assert _only(tmp_path) == ["solo.sqlite"]


def test_a_copy_opens_in_the_store_as_its_source(source: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    copying.copy_database(source, target)
    with Store.open(source) as a, Store.open(target) as b:
        assert a.patients() == b.patients() and a.sessions() == b.sessions()
        assert [a.session(s.id) for s in a.sessions()] == [b.session(s.id)
                                                           for s in b.sessions()]
        assert a.audit_trail() == b.audit_trail() and a.accounts() == b.accounts()
        name = a.patients()[0].name.split()[0]  # the search's index came along too
        assert b.search_patients(name) == a.search_patients(name) != []
        signed = next(s.id for s in b.sessions() if s.status == "signed")
        b.add_addendum(signed, "Added to the copy.", CLINICIAN)  # the chains go on
        assert b.verify().ok


def test_a_json_null_and_an_sql_null_stay_apart(source: Path, tmp_path: Path) -> None:
    with Store.open(source) as store:
        draft = store.new_session(store.patients()[0].id, CLINICIAN, atlas_data_version="x")
    raw(source, "UPDATE sessions SET signed_context = 'null' WHERE id = ?", draft.id)
    target = tmp_path / "copy.sqlite"
    copying.copy_database(source, target)
    found = "SELECT id, signed_context IS NULL, signed_context FROM sessions ORDER BY id"
    assert raw(target, found) == raw(source, found)
    assert {r[1] for r in raw(source, found)} == {0, 1}


def test_backup_of_a_database_that_is_not_an_sqlite_file_goes_through_the_copy(
        source: Path, tmp_path: Path) -> None:
    """(A server database's backup: test_records_copy_pg.py. Here the store is told it is
    one, so its backup takes that path; an existing backup file is replaced whole.)"""
    from sqlalchemy.engine import make_url

    dest = tmp_path / "backup.sqlite"
    dest.write_bytes(b"an older backup")
    with Store.open(source) as store:
        store.url = make_url("postgresql://clinic@server/records")
        assert store.backup(dest) == dest
    assert dump_sqlite(dest) == dump_sqlite(source)
    assert _only(tmp_path) == ["backup.sqlite", "solo.sqlite"]


# -- with a PostgreSQL server -------------------------------------------------------------

def _everything(store: Store) -> tuple:
    sessions = [store.session(s.id) for s in store.sessions()]
    return (store.patients(), store.sessions(), sessions, store.audit_trail(),
            store.accounts(), [store.precautions(p.id) for p in store.patients()])


@pytest.mark.parametrize("migrated", [True, False])
def test_round_trip_through_the_server_is_equal_record_for_record(
        source: Path, tmp_path: Path, migrated: bool) -> None:
    back = tmp_path / "back.sqlite"
    with pg_helpers.fresh_database(migrated=migrated) as url:
        there = copying.copy_database(source, url)
        assert there.verified["signed sessions"] == 2
        with Store.open(source) as a, Store.open(url) as b:
            assert _everything(b) == _everything(a)
            assert b.verify().ok
        report = copying.copy_database(url, back)
    assert report.audit_head == there.audit_head
    assert dump_sqlite(back) == dump_sqlite(source)  # every table, byte for byte
    with Store.open(back) as copy:
        assert copy.verify().ok


def test_on_the_server_ids_go_on_where_the_source_stopped(source: Path, atlas: Atlas) -> None:
    """Patient 2 was erased and the last point deleted: neither id is given again."""
    issued = dict(raw(source, "SELECT name, seq FROM sqlite_sequence"))
    with Store.open(source) as a:
        draft = next(s.id for s in a.sessions() if s.status == "draft")
        assert max(p.id for p in a.patients()) == issued["patients"]
    with pg_helpers.fresh_database() as url:
        copying.copy_database(source, url)
        with Store.open(url, atlas=atlas) as b:
            assert b.add_patient("New Here").id == issued["patients"] + 1
            point = b.add_point(draft, "back", 260.4, 168.4)
            assert point.id == issued["trigger_points"] + 1
            signed = next(s.id for s in b.sessions() if s.status == "signed")
            b.add_addendum(signed, "Added on the server.", CLINICIAN)
            assert b.verify().ok


def test_a_server_database_holding_records_is_refused_unchanged(source: Path) -> None:
    with pg_helpers.fresh_database() as url:
        with Store.open(url) as busy:
            busy.add_patient("Already Here")
            before = _everything(busy)
        with pytest.raises(RecordsError, match=r"already holds records \(.*1 patients.*\).*"
                                               "Nothing was changed"):
            copying.copy_database(source, url)
        with Store.open(url) as busy:
            assert _everything(busy) == before


@pytest.mark.parametrize("when", ["mid-copy", "at verification"])
def test_a_failed_copy_leaves_the_server_database_empty(source: Path, when: str) -> None:
    """Nothing is left, not even a sequence moved on (PostgreSQL's setval outlives a
    rollback, so the sequences are set last)."""
    def stop(table: str, n: int) -> None:
        if table == "trigger_points" and when == "mid-copy":
            raise RecordsError("stopped for the test")

    if when == "at verification":
        raw(source, "DROP TRIGGER audit_no_update")
        raw(source, "UPDATE audit SET actor = 'someone else' WHERE id = 3")
    with pg_helpers.fresh_database() as url:
        with pytest.raises(RecordsError, match=r"stopped for the test|does not verify"):
            copying.copy_database(source, url, progress=stop)
        with Store.open(url) as empty:
            assert empty.patients() == [] and empty.audit_trail() == []
            assert empty.add_patient("First").id == 1
            assert empty.verify().ok


def test_backup_of_a_server_database_is_an_sqlite_file_that_verifies(
        source: Path, tmp_path: Path) -> None:
    dest = tmp_path / "backup.sqlite"
    with pg_helpers.fresh_database() as url:
        copying.copy_database(source, url)
        with Store.open(url) as server:
            assert server.backup(dest) == dest
            before = _everything(server)
    with Store.open(dest) as copy:
        assert copy.verify().ok and _everything(copy) == before
    assert dump_sqlite(dest) == dump_sqlite(source)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.sqlite", "solo.sqlite"]


clinic = server.clinic  # (its fixture: the roles and database as README's SQL makes them)


def test_with_readme_roles_the_owner_copies_in_and_a_room_backs_up(
        source: Path, tmp_path: Path, clinic: dict[str, str], capsys) -> None:
    """Copying in lifts the guards (the owner's right): the rooms' role is told so and nothing
    is written. Its backup needs only what a room may do (USAGE on the sequences)."""
    server._set_up(clinic, capsys)
    with pytest.raises(RecordsError, match=r"only the tables' owner may: give the owner's "
                                           r"URL\); nothing was written there"):
        copying.copy_database(source, clinic["app"])
    copying.copy_database(source, clinic["owner"])
    with Store.open(clinic["app"]) as room:
        assert room.backup(tmp_path / "room.sqlite") == tmp_path / "room.sqlite"
    assert dump_sqlite(tmp_path / "room.sqlite") == dump_sqlite(source)
