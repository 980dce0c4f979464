"""The store: patients, sessions, points, numbering, atlas checks, opening safely."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Clinician, RecordsError, Store, database
from dn_bodymap.records.vocab import SCREENING_ITEMS
from tests.records_helpers import CLINICIAN, raw, sha256, spot


@pytest.fixture
def session_id(store: Store) -> int:
    patient = store.add_patient("Ann Example")
    return store.new_session(patient.id, CLINICIAN).id


# -- patients -----------------------------------------------------------------------------

def test_patient_round_trip(store: Store) -> None:
    p = store.add_patient(" Ann Example ", date_of_birth="1980-02-03", clinic_id="C-7",
                          sex="female", notes="left-handed")
    got = store.patient(p.id)
    assert got == p
    assert (got.name, got.date_of_birth, got.clinic_id, got.sex) == (
        "Ann Example", "1980-02-03", "C-7", "female")
    assert datetime.fromisoformat(got.created_at).utcoffset().total_seconds() == 0
    changed = store.update_patient(p.id, notes="right-handed", sex="female")
    assert changed.notes == "right-handed" and changed.updated_at >= p.updated_at
    assert [q.name for q in store.patients()] == ["Ann Example"]


def test_clinic_id_is_unique_when_set(store: Store) -> None:
    a = store.add_patient("Ann", clinic_id="C-1")
    store.add_patient("Bob")
    store.add_patient("Cy")  # two patients without a clinic id are fine
    with pytest.raises(RecordsError, match=f"clinic_id: 'C-1' is already patient {a.id} "):
        store.add_patient("Dee", clinic_id="C-1")
    with pytest.raises(RecordsError, match=r"already patient"):
        store.update_patient(store.patients()[1].id, clinic_id="C-1")
    assert len(store.patients()) == 3


def test_a_patient_with_sessions_is_not_deleted(store: Store, session_id: int) -> None:
    pid = store.session(session_id).patient_id
    with pytest.raises(RecordsError, match=r"has 1 session"):
        store.delete_patient(pid)
    store.delete_session(session_id)
    store.delete_patient(pid)
    assert store.patients() == []


def test_unknown_ids_are_named(store: Store) -> None:
    for call, message in [(lambda: store.patient(99), "no patient 99"),
                          (lambda: store.session(99), "no session 99"),
                          (lambda: store.update_point(99, notes="x"), "no trigger point 99"),
                          (lambda: store.sessions(99), "no patient 99")]:
        with pytest.raises(RecordsError, match=f"^{message}$"):
            call()


# -- sessions -----------------------------------------------------------------------------

def test_new_session_defaults(store: Store, session_id: int, atlas: Atlas) -> None:
    s = store.session(session_id)
    assert s.status == "draft" and not s.signed and s.points == () and s.addenda == ()
    assert set(s.screening) == set(SCREENING_ITEMS)
    assert all(a.answer == "not_asked" and a.note == "" for a in s.screening.values())
    assert datetime.fromisoformat(s.started_at).tzinfo is not None
    assert s.atlas_data_version == atlas.data_version
    assert (s.clinician_name, s.clinician_credentials) == (CLINICIAN.name,
                                                           CLINICIAN.credentials)
    assert len(s.uuid) == 36 and s.uuid.count("-") == 4


def test_a_renamed_profile_does_not_rewrite_old_sessions(store: Store) -> None:
    p = store.add_patient("Ann")
    first = store.new_session(p.id, Clinician("Alex Rivera", "PT"))
    store.new_session(p.id, Clinician("Alex Rivera-Smith", "PT, DPT"))
    assert store.session(first.id).clinician_name == "Alex Rivera"
    assert store.session(first.id).clinician_credentials == "PT"


def test_session_fields_update(store: Store, session_id: int) -> None:
    s = store.update_session(session_id, chief_complaint="neck pain", pain_before=7,
                             consent=True, adverse_events=["headache", "bruising"],
                             screening={"pregnancy": "no",
                                        "anticoagulants": ("yes", "warfarin")})
    s = store.update_session(session_id, screening={"pregnancy": ("no", "checked")})
    assert s.pain_before == 7 and s.consent and s.chief_complaint == "neck pain"
    assert s.adverse_events == ("bruising", "headache")
    assert (s.screening["pregnancy"].answer, s.screening["pregnancy"].note) == ("no", "checked")
    assert s.screening["anticoagulants"].answer == "yes"  # untouched items stay
    assert s.screening["epilepsy"].answer == "not_asked"
    assert store.session(session_id) == s
    with pytest.raises(RecordsError, match=r"pain_after: 11 is not an NPRS score"):
        store.update_session(session_id, pain_after=11)
    with pytest.raises(RecordsError, match=r"status: unknown session field"):
        store.update_session(session_id, status="signed")


def test_sessions_list(store: Store) -> None:
    a, b = store.add_patient("Ann"), store.add_patient("Bob")
    s1 = store.new_session(a.id, CLINICIAN, started_at="2025-01-02T10:00:00+01:00")
    s2 = store.new_session(a.id, CLINICIAN, started_at="2025-01-01T10:00:00+01:00")
    store.new_session(b.id, CLINICIAN)
    store.add_point(s1.id, "back", *spot(store.atlas, "back", "infraspinatus", "right"))
    store.add_point(s1.id, "back", *spot(store.atlas, "back", "infraspinatus", "left"))
    rows = store.sessions(a.id)
    assert [(r.id, r.points, r.patient_name, r.status) for r in rows] == [
        (s2.id, 0, "Ann", "draft"), (s1.id, 2, "Ann", "draft")]  # oldest first
    assert rows[1].date == "2025-01-02T10:00:00+01:00" and rows[1].uuid == s1.uuid
    assert len(store.sessions()) == 3


# -- trigger points -----------------------------------------------------------------------

def test_points_are_numbered_and_numbers_never_reused(store: Store, session_id: int) -> None:
    x, y = spot(store.atlas, "back", "gluteus_medius", "left")
    p = [store.add_point(session_id, "back", x, y) for _ in range(3)]
    assert [q.number for q in p] == [1, 2, 3]
    store.delete_point(p[2].id)
    assert store.add_point(session_id, "back", x, y).number == 4
    store.delete_point(p[1].id)
    assert [q.number for q in store.session(session_id).points] == [1, 4]
    assert store.add_point(session_id, "back", x, y).number == 5
    assert store.session(session_id).points_issued == 5


def test_a_deleted_point_comes_back_under_its_number(store: Store, session_id: int) -> None:
    """Undoing a delete in the window restores the same point, with its number."""
    x, y = spot(store.atlas, "back", "gluteus_medius", "left")
    p1, p2 = (store.add_point(session_id, "back", x, y) for _ in range(2))
    store.delete_point(p1.id)
    back = store.add_point(session_id, "back", x, y, number=1)
    assert back.number == 1 and back.id not in (p1.id, p2.id)
    with pytest.raises(RecordsError, match=r"already has a point 2"):
        store.add_point(session_id, "back", x, y, number=2)
    with pytest.raises(RecordsError, match=r"never had a point 3"):
        store.add_point(session_id, "back", x, y, number=3)


def test_point_fields(store: Store, session_id: int) -> None:
    x, y = spot(store.atlas, "back", "upper_trapezius", "right")
    p = store.add_point(session_id, "back", x, y, kind="active", taut_band=True,
                        needled=True, needle_length_mm=30, needle_gauge_mm=0.25, depth_mm=12,
                        technique="pistoning", ltr_count=3, time_in_tissue_s=20,
                        tolerance="good", notes="reproduced headache")
    assert (p.muscle, p.side, p.layer) == ("upper_trapezius", "right", "superficial")
    assert store.point(p.id) == p
    q = store.update_point(p.id, depth_mm=14.5, tolerance="fair")
    assert (q.depth_mm, q.tolerance, q.number) == (14.5, "fair", 1)
    with pytest.raises(RecordsError, match=r"^depth_mm: -3 is not a depth in mm"):
        store.update_point(p.id, depth_mm=-3)
    with pytest.raises(RecordsError, match=r"deeper than the needle is long"):
        store.update_point(p.id, depth_mm=40)
    assert store.point(p.id) == q


def test_atlas_refuses_unknown_muscles_and_points_off_the_body(store: Store,
                                                               session_id: int) -> None:
    x, y = spot(store.atlas, "back", "upper_trapezius", "right")
    with pytest.raises(RecordsError, match=r"^muscle: unknown muscle 'xyz'$"):
        store.add_point(session_id, "back", x, y, muscle="xyz", side="right",
                        layer="superficial")
    with pytest.raises(RecordsError, match=r"^point \(5, 5\) is outside the body on the back"):
        store.add_point(session_id, "back", 5, 5)
    p = store.add_point(session_id, "back", x, y)
    with pytest.raises(RecordsError, match=r"outside the body"):
        store.update_point(p.id, x=5, y=5)
    with pytest.raises(RecordsError, match=r"unknown muscle 'xyz'"):
        store.update_point(p.id, muscle="xyz")
    assert store.session(session_id).points == (p,)


def test_reading_never_remaps_through_the_atlas(db: Path, atlas: Atlas,
                                                mini_atlas_dir: Path) -> None:
    with Store.open(db, atlas=atlas) as store:
        pid = store.add_patient("Ann").id
        sid = store.new_session(pid, CLINICIAN).id
        x, y = spot(atlas, "back", "infraspinatus", "right")
        charted = store.add_point(sid, "back", x, y)
    other = Atlas.load(mini_atlas_dir, check=False)  # maps that place differently
    assert all(h.muscle != "infraspinatus" for h in other.muscles_at("back", x, y))
    with Store.open(db, atlas=other) as store:
        assert store.session(sid).points == (charted,)
    with Store.open(db) as store:  # and without an atlas at all
        assert store.session(sid).points[0].muscle == "infraspinatus"


def test_without_an_atlas_the_mapping_must_be_given(tmp_path: Path) -> None:
    with Store.open(tmp_path / "x.sqlite") as store:
        pid = store.add_patient("Ann").id
        with pytest.raises(RecordsError, match=r"atlas_data_version: required"):
            store.new_session(pid, CLINICIAN)
        sid = store.new_session(pid, CLINICIAN, atlas_data_version="2025.1").id
        with pytest.raises(RecordsError, match=r"^muscle: required"):
            store.add_point(sid, "front", 100, 100)
        p = store.add_point(sid, "front", 100, 100, muscle="deltoid", side="left",
                            layer="superficial")
        assert p.muscle == "deltoid"


# -- the database itself ------------------------------------------------------------------

def test_wal_foreign_keys_and_full_sync(db_file: Path) -> None:
    with Store.open(db_file) as store:
        conn = store._engine.raw_connection()
        try:
            pragmas = {p: conn.driver_connection.execute(f"PRAGMA {p}").fetchone()[0]
                       for p in ("journal_mode", "foreign_keys", "synchronous")}
        finally:
            conn.close()
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2}


def test_every_edit_is_stored_at_once(store: Store, db: Path, session_id: int) -> None:
    """No save step: another connection sees each change as soon as the call returns."""
    x, y = spot(store.atlas, "back", "upper_trapezius", "right")
    p = store.add_point(session_id, "back", x, y)
    assert raw(db, "SELECT number, muscle FROM trigger_points") == [(1, "upper_trapezius")]
    store.update_point(p.id, depth_mm=9)
    assert raw(db, "SELECT depth_mm FROM trigger_points") == [(9.0,)]


def test_a_bad_change_stores_nothing(store: Store, db: Path, session_id: int) -> None:
    before = raw(db, "SELECT * FROM sessions")
    with pytest.raises(RecordsError):
        store.update_session(session_id, chief_complaint="neck", pain_before=11)
    assert raw(db, "SELECT * FROM sessions") == before


def test_in_memory_database() -> None:
    with Store.open("sqlite://") as store:
        pid = store.add_patient("Ann").id
        assert store.patient(pid).name == "Ann" and store.path is None


def test_backup_is_a_consistent_copy(store: Store, tmp_path: Path, session_id: int) -> None:
    copy = store.backup(tmp_path / "copy.sqlite")
    with Store.open(copy) as other:
        assert other.session(session_id) == store.session(session_id)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".copy")] == []
    with pytest.raises(RecordsError, match=r"is the live database itself"):
        store.backup(store.path)


def test_backup_refuses_other_databases(store: Store, tmp_path: Path) -> None:
    from sqlalchemy.engine import make_url

    store.url = make_url("postgresql://clinic@server/records")
    with pytest.raises(RecordsError, match=r"copies SQLite databases only"):
        store.backup(tmp_path / "copy.sqlite")
    assert not (tmp_path / "copy.sqlite").exists()


# -- refusing to open, and changing nothing -----------------------------------------------

def _made(db: Path) -> str:
    with Store.open(db) as s:
        s.add_patient("Ann")
    return sha256(db)


@pytest.mark.parametrize("content, message", [
    (b"name,dob\nAnn,1980-01-01\n", r"is not a dn-bodymap database \(not an SQLite file\)"),
    (b"SQLite format 3\x00" + b"\x07" * 3000, "is not a readable database"),
])
def test_a_file_that_is_not_a_database_is_left_alone(tmp_path: Path, content: bytes,
                                                     message: str) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    with pytest.raises(RecordsError, match=message):
        Store.open(bad)
    assert bad.read_bytes() == content


def test_a_damaged_database_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    _made(db)
    data = bytearray(db.read_bytes())
    for page in range(4096, len(data), 4096):  # scribble over every table's page header
        data[page:page + 8] = b"\x07" * 8
    db.write_bytes(bytes(data))
    with pytest.raises(RecordsError, match=r"damaged|not a readable database"):
        Store.open(db)
    assert db.read_bytes() == bytes(data)


def test_someone_elses_sqlite_file_is_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    raw(other, "CREATE TABLE invoices (id INTEGER)")
    digest = sha256(other)
    with pytest.raises(RecordsError, match=r"is an SQLite database but not a dn-bodymap one"):
        Store.open(other)
    assert sha256(other) == digest


def test_a_database_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    _made(db)
    raw(db, "UPDATE alembic_version SET version_num = '9999'")
    digest = sha256(db)
    with pytest.raises(RecordsError, match=r"written by a newer version of dn-bodymap \(schema "
                                           rf"revision 9999; this version knows up to "
                                           rf"{database.HEAD}\)"):
        Store.open(db)
    assert sha256(db) == digest
    assert [p.name for p in tmp_path.iterdir() if "before-migration" in p.name] == []


def test_missing_files_and_folders(tmp_path: Path) -> None:
    with pytest.raises(RecordsError, match=r"no database at"):
        Store.open(tmp_path / "nope.sqlite", create=False)
    assert not (tmp_path / "nope.sqlite").exists()
    with pytest.raises(RecordsError, match=r"folder .* does not exist"):
        Store.open(tmp_path / "no" / "such.sqlite")
    with pytest.raises(RecordsError, match=r"is a folder"):
        Store.open(tmp_path)


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    with Store.open(empty) as store:
        store.add_patient("Ann")
    assert sqlite3.connect(empty).execute("SELECT count(*) FROM patients").fetchone() == (1,)
