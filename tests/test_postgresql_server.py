"""What only a PostgreSQL server has: the roles README sets up and their least privilege, the
guard triggers as the server keeps them, a server restarted under an open store, connection
settings from a service file. (The records test-suite runs on PostgreSQL too: conftest.py.)
Needs DN_BODYMAP_TEST_PG (tests/pg_helpers.py)."""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.cli import main
from dn_bodymap.records import Store, database
from dn_bodymap.records.errors import RecordsError
from tests import pg_helpers
from tests.records_helpers import CLINICIAN, raw, spot

ROOT = Path(__file__).resolve().parents[1]
_n = itertools.count(1)


def _readme_roles_sql() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- roles-sql -->", 1)[1]
    return block.split("```sql", 1)[1].split("```", 1)[0]


def _on_tables(sql: str, there: set[str]) -> str:
    """A GRANT of today's, on only those of its tables that are ``there`` (an older
    revision lacks the tables later ones added)."""
    found = re.fullmatch(r"(GRANT .* ON )(.*)( TO .*)", sql)
    if found is None or found.group(2).startswith(("ALL ", "SCHEMA ")):
        return sql
    tables = [t for t in found.group(2).split(", ") if t in there]
    return f"{found.group(1)}{', '.join(tables)}{found.group(3)}"


@pytest.fixture
def clinic() -> Iterator[dict[str, str]]:
    """The roles and database exactly as README's SQL makes them (names made unique: roles
    belong to the whole server); the URLs of the owner and the application role."""
    pg_helpers.server_url()
    k = f"{os.getpid()}_{next(_n)}"
    names = {"dn_bodymap_owner": f"dn_owner_{k}", "dn_bodymap_app": f"dn_app_{k}",
             "dn_bodymap": f"dn_clinic_{k}"}
    sql = re.sub(r"\bdn_bodymap(_owner|_app)?\b", lambda m: names[m.group(0)],
                 _readme_roles_sql())
    statements = [s.strip() for s in sql.split(";") if s.strip()]
    assert len(statements) == 5 and names["dn_bodymap"] in statements[2]
    for statement in statements:
        pg_helpers.admin(statement)
    base = pg_helpers.server_url().set(database=names["dn_bodymap"], password=None)
    urls = {role: base.set(drivername="postgresql", username=names[f"dn_bodymap_{role}"])
            .render_as_string(hide_password=False) for role in ("owner", "app")}
    try:
        yield urls
    finally:
        pg_helpers.admin(f"DROP DATABASE IF EXISTS {names['dn_bodymap']} WITH (FORCE)")
        for role in ("dn_bodymap_owner", "dn_bodymap_app"):
            pg_helpers.admin(f"DROP ROLE IF EXISTS {names[role]}")


def _set_up(clinic: dict[str, str], capsys) -> None:
    """README's step 2: the owner creates the schema, then grants the rooms' role."""
    app_role = clinic["app"].split("://", 1)[1].split("@", 1)[0]
    assert main(["--db", clinic["owner"], "verify"]) == 0
    assert main(["--db", clinic["owner"], "server-grants", app_role]) == 0
    assert "statements run" in capsys.readouterr().out


def _signed_session(store: Store, atlas: Atlas) -> int:
    patient = store.add_patient("Room Patient")
    sid = store.new_session(patient.id, CLINICIAN, consent=True).id
    x, y = spot(atlas, "back", "upper_trapezius", "right")
    store.add_point(sid, "back", x, y)
    store.sign_session(sid, CLINICIAN, exceptions=[])
    return sid


def test_the_rooms_role_charts_and_signs_but_cannot_touch_the_trail(
        clinic: dict[str, str], atlas: Atlas, capsys) -> None:
    _set_up(clinic, capsys)
    with Store.open(clinic["app"], atlas=atlas, actor="room 2") as room:
        sid = _signed_session(room, atlas)
        room.add_addendum(sid, "Called the patient: no soreness.", CLINICIAN)
        assert room.verify().ok
    for sql in ("UPDATE audit SET actor = 'nobody'", "DELETE FROM audit",
                "TRUNCATE audit", "UPDATE addenda SET text = 'x'", "DELETE FROM addenda",
                "ALTER TABLE audit DISABLE TRIGGER audit_append_only",
                "DROP TRIGGER points_signed_guard ON trigger_points",
                "CREATE TABLE notes_of_my_own (id int)"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw(clinic["app"], sql)
    with pytest.raises(psycopg.IntegrityError, match="session is signed"):
        raw(clinic["app"], f"UPDATE sessions SET plan = 'changed' WHERE id = {sid}")
    with pytest.raises(psycopg.IntegrityError, match="append-only"):
        raw(clinic["owner"], "TRUNCATE audit")  # the owner too, unless it lifts the guard


def test_erasing_a_patient_needs_the_owner(clinic: dict[str, str], atlas: Atlas,
                                            capsys) -> None:
    _set_up(clinic, capsys)
    with Store.open(clinic["app"], atlas=atlas) as room:
        pid = room.add_patient("Gone Patient", date_of_birth="1980-01-02").id
        room.delete_patient(pid)
        with pytest.raises(RecordsError, match=r"only the database's owner may"):
            room.erase_patient(pid)
    with Store.open(clinic["owner"], atlas=atlas) as owner:
        assert owner.erase_patient(pid)
        assert owner.verify().ok
    assert "Gone Patient" not in repr(raw(clinic["app"], "SELECT * FROM audit"))


def test_the_rooms_role_cannot_upgrade_and_says_who_can(clinic: dict[str, str],
                                                        capsys) -> None:
    """A new dn-bodymap on a workstation meets a database an older one left: the room's role
    may not upgrade it, and is told who may; nothing changes."""
    from sqlalchemy.engine import make_url

    engine = database.make_engine(make_url(clinic["owner"]).set(
        drivername="postgresql+psycopg"))
    try:
        database.upgrade(engine, None, None, target="0009")  # as an older version left it
    finally:
        engine.dispose()
    app_role = clinic["app"].split("://", 1)[1].split("@", 1)[0]
    assert main(["--db", clinic["owner"], "server-grants", app_role, "--print"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert f"GRANT SELECT, INSERT ON audit, addenda TO {app_role};" in printed
    there = {r[0] for r in raw(clinic["owner"], "SELECT tablename FROM pg_tables WHERE "
                                                "schemaname = 'public'")}
    for sql in printed:  # as the owner ran them with that older version: on its tables
        raw(clinic["owner"], _on_tables(sql.rstrip(";"), there))
    with pytest.raises(RecordsError, match=r"only the database's owner may upgrade it"):
        Store.open(clinic["app"])
    assert raw(clinic["owner"], "SELECT version_num FROM alembic_version") == [("0009",)]
    with Store.open(clinic["owner"]) as owner:  # the owner upgrades
        assert owner.verify().ok
    assert raw(clinic["owner"], "SELECT version_num FROM alembic_version") == [
        (database.HEAD,)]


def test_a_dropped_guard_is_restored_by_the_owner_and_reported_to_the_rooms(
        clinic: dict[str, str], capsys) -> None:
    _set_up(clinic, capsys)
    raw(clinic["owner"], "DROP TRIGGER audit_append_only ON audit")
    with Store.open(clinic["app"]) as room:  # cannot re-create it: says so
        assert [p.record for p in room.open_problems] == ["guard trigger audit_append_only"]
        assert "could not be re-created" in room.open_problems[0].problem
        assert not room.verify().ok
    raw(clinic["owner"], "ALTER TABLE addenda DISABLE TRIGGER addenda_append_only")
    with Store.open(clinic["owner"]) as owner:
        assert {p.record for p in owner.open_problems} == {
            "guard trigger audit_append_only", "guard trigger addenda_append_only"}
        assert [e.field for e in owner.audit_trail()][-2:] == ["guard_restored"] * 2
    with Store.open(clinic["app"]) as room:
        assert room.open_problems == () and room.verify().ok


def test_verify_names_an_audit_row_changed_behind_the_guard(pg_db: str, atlas: Atlas) -> None:
    with Store.open(pg_db, atlas=atlas) as store:
        _signed_session(store, atlas)
    raw(pg_db, "ALTER TABLE audit DISABLE TRIGGER audit_append_only")
    raw(pg_db, "UPDATE audit SET actor = 'someone else' WHERE id = 2")
    raw(pg_db, "ALTER TABLE audit ENABLE TRIGGER audit_append_only")
    with Store.open(pg_db) as store:
        report = store.verify()
    assert [p.record for p in report.problems] == ["audit row 2"]


def test_a_server_restart_under_an_open_store_loses_nothing(pg_db: str, atlas: Atlas) -> None:
    with Store.open(pg_db, atlas=atlas, actor="room 1") as store:
        before = store.add_patient("Before Restart")
        pg_helpers.restart_server(pg_db)
        after = store.add_patient("After Restart")  # the pool reconnects
        assert sorted(p.name for p in store.patients()) == ["After Restart", "Before Restart"]
        assert after.id == before.id + 1 and store.verify().ok


def test_a_service_file_keeps_the_connection_settings(pg_db: str, tmp_path: Path,
                                                      monkeypatch) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(pg_db)
    (tmp_path / "services.conf").write_text(
        f"[clinic]\nhost={url.host}\nport={url.port}\ndbname={url.database}\n"
        f"user={url.username}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(tmp_path / "services.conf"))
    with Store.open("postgresql:///?service=clinic") as store:
        store.add_patient("Through The Service")
    assert raw(pg_db, "SELECT name FROM patients") == [("Through The Service",)]
