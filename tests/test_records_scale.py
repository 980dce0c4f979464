"""A clinic's ten years (issue 13): the patient search, the session list by pages and
streamed, the indexes revision 0011 adds (on SQLite and, with DN_BODYMAP_TEST_PG, on
PostgreSQL), and the upgrade of a 0009 database. Speed is measured in
tests/benchmarks/scale.py, not here."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from dn_bodymap.cli import main
from dn_bodymap.records import RecordsError, Store, database, exchange, importing, paths
from tests.migration_helpers import migrate
from tests.records_helpers import CLINICIAN, EXAMPLE, raw

NEW_INDEXES = {("patients", "ix_patients_name_id"), ("sessions", "ix_sessions_started_at_id"),
               ("trigger_points", "ix_trigger_points_session_id_kind_confirmed"),
               ("patient_terms", "ix_patient_terms_patient_id")}


def _clinic(store: Store) -> dict[str, int]:
    people = [("Jane Müller-Smith", "1979-04-02", "MRN-000123"),
              ("Seán O'Brien", "1979-04-30", "MRN-000124"),
              ("John Smithers", "1980-11-02", None),
              ("Anna Smith", "1979-04-02", "A-7"),
              ("ÉMILE Zola", None, "mrn-9"),
              ("Bob Jones", "1955-01-01", None)]
    return {name: store.add_patient(name, date_of_birth=born, clinic_id=cid).id
            for name, born, cid in people}


def _names(store: Store, text: str, limit: int | None = 50) -> list[str]:
    return [p.name for p in store.search_patients(text, limit)]


def test_search_finds_by_name_part_birth_date_and_clinic_id(db: Path | str) -> None:
    with Store.open(db, actor="tester") as store:
        _clinic(store)
        # a word of the name by its start, in any case, accents or not, in any order
        assert _names(store, "smi") == ["Anna Smith", "Jane Müller-Smith", "John Smithers"]
        assert _names(store, "SMITH") == ["Anna Smith", "Jane Müller-Smith", "John Smithers"]
        assert _names(store, "muller") == _names(store, "MÜL") == ["Jane Müller-Smith"]
        assert _names(store, "smith jane") == ["Jane Müller-Smith"]
        assert _names(store, "obrien") == _names(store, "o'bri") == ["Seán O'Brien"]
        assert _names(store, "brien") == _names(store, "sean") == ["Seán O'Brien"]
        assert _names(store, "émile") == _names(store, "emile") == ["ÉMILE Zola"]
        # the middle of a word is not its start
        assert _names(store, "mith") == []
        # a birth date in ISO form, whole or its year and month
        assert _names(store, "1979-04-02") == ["Anna Smith", "Jane Müller-Smith"]
        assert _names(store, "1979-04") == ["Anna Smith", "Jane Müller-Smith", "Seán O'Brien"]
        assert _names(store, "smith 1979") == ["Anna Smith", "Jane Müller-Smith"]
        # the clinic id, in any case
        assert _names(store, "MRN-000123") == _names(store, "mrn-000123") == [
            "Jane Müller-Smith"]
        # (in name order, which is the database's: "É" sorts apart on SQLite)
        assert set(_names(store, "mrn-")) == {"ÉMILE Zola", "Jane Müller-Smith",
                                              "Seán O'Brien"}
        # not found
        assert _names(store, "zzz") == _names(store, "jane jones") == []
        # the limit; nothing typed: everyone by name, up to it
        assert _names(store, "smi", 2) == ["Anna Smith", "Jane Müller-Smith"]
        assert _names(store, "", 2) == ["Anna Smith", "Bob Jones"]
        assert _names(store, "  ", None) == [p.name for p in store.patients()]


def test_search_follows_changes_imports_and_deletions(db: Path | str, atlas) -> None:
    with Store.open(db, atlas=atlas, actor="tester") as store:
        ids = _clinic(store)
        store.update_patient(ids["Bob Jones"], name="Robert Jones-Baker")
        assert _names(store, "bob") == []
        assert _names(store, "baker") == _names(store, "robert") == ["Robert Jones-Baker"]
        store.update_patient(ids["Bob Jones"], clinic_id="Z-1", notes="no change of name")
        assert _names(store, "z-1") == ["Robert Jones-Baker"]
        store.delete_patient(ids["Bob Jones"])
        assert _names(store, "jones") == []
        parsed = exchange.parse(exchange.load_file(EXAMPLE), atlas)
        importing.write(store, parsed)
        imported = parsed["patient"]["name"]
        assert _names(store, imported.split()[-1]) == [imported]


def test_long_names_are_found_by_their_start(db: Path | str) -> None:
    # A name whose words unfold to many times their length (U+FDFA: 18 letters in NFKC) is
    # stored, and found by the start of its words (compared by their first MAX_TERM letters).
    long = "\ufdfa" * 150 + " " + "x" * 40
    with Store.open(db) as store:
        p = store.add_patient(long)
        assert store.search_patients("\ufdfa" * 3) == [p]
        assert store.search_patients("x" * 40 + " " + "\ufdfa" * 20) == [p]


def test_bad_searches_are_refused_clearly(tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.sqlite") as store:
        for text_, limit, message in ((42, 5, "search: 42 is not text"),
                                      ("x", -1, "limit: -1 is not a whole number"),
                                      ("x", True, "limit: True is not a whole number"),
                                      (" ".join("abcdefghijk"), 5,
                                       "search: 11 words; give at most 10")):
            with pytest.raises(RecordsError, match=message):
                store.search_patients(text_, limit)  # type: ignore[arg-type]


def _sessions(store: Store) -> None:
    """Sessions of three patients, some at the very same minute (the order must still be
    total, or a page boundary could show one twice and skip another)."""
    ids = list(_clinic(store).values())[:3]
    for i in range(23):
        store.new_session(ids[i % 3], CLINICIAN, atlas_data_version="test",
                          started_at=f"2025-03-{1 + i // 4:02d}T09:00:00+01:00")


def test_paging_gives_every_session_exactly_once(db: Path | str) -> None:
    with Store.open(db, actor="tester") as store:
        _sessions(store)
        whole = store.sessions()
        assert len(whole) == 23
        for size in (1, 5, 7, 23, 50):
            pages = [store.sessions(limit=size, offset=at) for at in range(0, 30, size)]
            assert [s for page in pages for s in page] == whole
            assert all(len(page) <= size for page in pages)
        one = whole[0].patient_id
        mine = store.sessions(one)
        assert [s for at in range(0, 12, 4) for s in store.sessions(one, limit=4, offset=at)
                ] == mine
        assert list(store.each_session()) == whole
        assert store.sessions(limit=0) == [] and store.sessions(offset=23) == []
        with pytest.raises(RecordsError, match="offset: -1 is not a whole number"):
            store.sessions(offset=-1)


def _indexes(url: str) -> set[tuple[str, str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            found = inspect(conn)
            return {(t, i["name"]) for t in found.get_table_names()
                    for i in found.get_indexes(t)}
    finally:
        engine.dispose()


def test_the_indexes_exist_after_migrating(db: Path | str) -> None:
    Store.open(db).close()
    url = str(db) if "://" in str(db) else f"sqlite:///{db}"
    assert _indexes(url) >= NEW_INDEXES


def test_a_0009_database_is_upgraded_with_its_patients_searchable(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    migrate(db, "0009")
    raw(db, "INSERT INTO patients (name, date_of_birth, clinic_id, sex, notes, created_at, "
            "updated_at) VALUES ('Ann Example', '1980-02-03', 'C-1', 'female', '', 't', 't'), "
            "('Bob Sample', NULL, NULL, 'male', '', 't', 't')")
    with Store.open(db) as store:
        assert store.migration_backup is not None
        assert raw(db, "SELECT version_num FROM alembic_version") == [(database.HEAD,)]
        assert _names(store, "exam") == _names(store, "c-1") == ["Ann Example"]
        assert _names(store, "bob") == ["Bob Sample"]
    assert _indexes(f"sqlite:///{db}") >= NEW_INDEXES
    migrate(db, "0009", down=True)  # and back: the table and indexes go
    assert not NEW_INDEXES & _indexes(f"sqlite:///{db}")


def test_a_0009_postgresql_database_is_upgraded_too() -> None:
    from tests import pg_helpers

    with pg_helpers.fresh_database(migrated=False) as url:
        engine = database.make_engine(paths.to_url(url)[0])
        try:
            database.upgrade(engine, None, None, target="0009")
            with engine.begin() as conn:
                conn.execute(text(
                    "INSERT INTO patients (name, date_of_birth, clinic_id, sex, notes, "
                    "created_at, updated_at) VALUES ('Ann Example', '1980-02-03', 'C-1', "
                    "'female', '', 't', 't')"))
        finally:
            engine.dispose()
        with Store.open(url) as store:
            assert _names(store, "EXAM") == _names(store, "1980") == ["Ann Example"]
            store.add_patient("Anna Other")  # the sequence and the terms go on from there
            assert _names(store, "ann") == ["Ann Example", "Anna Other"]
        assert _indexes(url) >= NEW_INDEXES


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sessions_json_is_streamed_and_paged(capsys, tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    with Store.open(db) as store:
        _sessions(store)
        whole = [asdict(s) for s in store.sessions()]
    code, out, _ = _cli(capsys, "--db", str(db), "sessions", "--json")
    assert code == 0 and json.loads(out) == whole
    assert out == json.dumps(whole, indent=2, ensure_ascii=False) + "\n"  # as it always was
    code, out, _ = _cli(capsys, "--db", str(db), "sessions", "--json", "--limit", "5",
                        "--offset", "20")
    assert code == 0 and json.loads(out) == whole[20:]
    code, out, _ = _cli(capsys, "--db", str(db), "sessions", "--json", "--offset", "99")
    assert code == 0 and out == "[]\n"
    code, out, _ = _cli(capsys, "--db", str(db), "sessions", "--limit", "2")
    assert code == 0 and len(out.splitlines()) == 2 and out.split()[0] == str(whole[0]["id"])
    code, out, _ = _cli(capsys, "--db", str(db), "sessions", "--offset", "99")
    assert code == 0 and out == "no sessions\n"
    with pytest.raises(SystemExit) as exc:
        _cli(capsys, "--db", str(db), "sessions", "--limit", "-3")
    assert exc.value.code == 2 and "'-3' is not a whole number" in capsys.readouterr().err


def test_patients_cli_searches(capsys, tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    with Store.open(db) as store:
        _clinic(store)
    code, out, _ = _cli(capsys, "--db", str(db), "patients", "--search", "smi", "--json")
    assert code == 0 and [p["name"] for p in json.loads(out)] == [
        "Anna Smith", "Jane Müller-Smith", "John Smithers"]
    code, out, _ = _cli(capsys, "--db", str(db), "patients", "--limit", "2")
    assert code == 0 and len(out.splitlines()) == 2 and "Anna Smith" in out
    code, out, _ = _cli(capsys, "--db", str(db), "patients", "--search", "nobody")
    assert code == 0 and out == "no patients\n"
    code, _, err = _cli(capsys, "--db", str(db), "patients", "--search", " ".join("abcdefghijk"))
    assert code == 2 and "at most 10" in err and "Traceback" not in err  # (the CLI's code)


@pytest.mark.parametrize("items", [[], [{}], [{"a": 1}], [{"a": 'é"\n', "b": None, "c": 1.5,
                                                          "d": True}],
                                   [{"x": [1, 2]}, {"y": {"z": 1}}, 3, "text"], [{1: "a"}]])
def test_json_written_item_by_item_is_the_json_written_whole(capsys, items: list) -> None:
    from dn_bodymap.commands.common import print_json, print_json_items

    print_json(items)
    whole = capsys.readouterr().out
    print_json_items(iter(items))
    assert capsys.readouterr().out == whole
