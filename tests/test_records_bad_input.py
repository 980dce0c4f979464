"""Bad input gets one clear line and exit code 2, never "unexpected error" (exit 1) or a hang:
contradicting points, duplicate keys, invisible or control characters, implausible or week
dates, deep nesting, huge numbers and ids, lone surrogates, pipes and devices as input, a
full disk. Nothing of a refused input is stored."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.cli import main
from dn_bodymap.records import RecordsError, Store, exchange
from dn_bodymap.records.input_limits import MAX_NESTING
from tests.records_helpers import CLINICIAN, EXAMPLE, raw, sha256, spot


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    return code, capsys.readouterr().err


def refused(capsys, *argv: str, says: str) -> str:
    code, err = run(capsys, *argv)
    lines = err.splitlines()
    assert code == 2, err
    assert len(lines) == 1 and lines[0].startswith("dn-bodymap: "), err
    assert "unexpected" not in err and says in err, err
    return err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite"
    with Store.open(path) as store:
        store.add_patient("Ann Example")
    return path


def example(change: Any = None) -> dict[str, Any]:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    # charted with this atlas, so each point's place is checked too (the sample keeps the
    # data_version it was exported with)
    doc["session"]["atlas_data_version"] = Atlas.load().data_version
    if change is not None:
        change(doc)
    return doc


def import_refused(capsys, tmp_path: Path, db: Path, text: str, says: str) -> str:
    path = tmp_path / "in.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    before = sha256(db)
    err = refused(capsys, "--db", str(db), "import-json", str(path), says=says)
    assert sha256(db) == before
    return err


# -- a point's muscle and side must lie where the point is --------------------------------------

def test_a_point_whose_muscle_and_side_contradict_its_place_is_refused(atlas: Atlas,
                                                                      tmp_path: Path) -> None:
    x, y = spot(atlas, "back", "upper_trapezius", "right")
    with Store.open(tmp_path / "s.sqlite", atlas=atlas, actor="t") as store:
        sid = store.new_session(store.add_patient("Ann").id, CLINICIAN).id
        with pytest.raises(RecordsError, match=r"^muscle: gastrocnemius \(left\) is not under "):
            store.add_point(sid, "back", x, y, muscle="gastrocnemius", side="left",
                            layer="superficial")
        with pytest.raises(RecordsError, match=r"^side: upper_trapezius \(left\) is not under"):
            store.add_point(sid, "back", x, y, muscle="upper_trapezius", side="left",
                            layer="superficial")
        assert store.session(sid).points == ()


def test_an_imported_point_whose_muscle_and_side_contradict_its_place_is_refused(
        capsys, tmp_path: Path, db: Path) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["session"]["trigger_points"][0].update(muscle="gastrocnemius", side="left")

    import_refused(capsys, tmp_path, db, json.dumps(example(change)),
                   "session.trigger_points[0].muscle: gastrocnemius (left) is not under")


# -- the shape of the file ----------------------------------------------------------------------

def test_a_key_twice_in_one_object_is_refused(capsys, tmp_path: Path, db: Path) -> None:
    text = json.dumps(example()).replace('"name": "Maria Example"',
                                         '"name": "Maria Example", "name": "Someone Else"', 1)
    import_refused(capsys, tmp_path, db, text, "the key 'name' appears twice in one object")


@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 100_000])
def test_deep_nesting_is_refused(capsys, tmp_path: Path, db: Path, depth: int) -> None:
    import_refused(capsys, tmp_path, db, "[" * depth + "]" * depth,
                   f"nested more than {MAX_NESTING} levels deep")


def test_a_number_too_long_to_read_is_refused(capsys, tmp_path: Path, db: Path) -> None:
    import_refused(capsys, tmp_path, db, "9" * 5000, "digits")


@pytest.mark.parametrize(("field", "value", "says"), [
    ("number", 2**63, "is not a point number"),
    ("number", 10**30, "is not a point number"),
    ("x", 10**400, "is not a coordinate"),
    ("depth_mm", 2**64, "is not a depth in mm")])
def test_huge_integers_are_refused(capsys, tmp_path: Path, db: Path, field: str, value: int,
                                   says: str) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["session"]["trigger_points"][0][field] = value

    err = import_refused(capsys, tmp_path, db, json.dumps(example(change)),
                         f"session.trigger_points[0].{field}: ")
    assert says in err


def test_too_many_points_are_refused(capsys, tmp_path: Path, db: Path, monkeypatch) -> None:
    from dn_bodymap.records import input_limits

    monkeypatch.setattr(input_limits, "MAX_POINTS", 4)  # the example has 5
    import_refused(capsys, tmp_path, db, json.dumps(example()),
                   "session.trigger_points: 5 entries, more than one session may hold (4)")


# -- text ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "says"), [
    ("Ann\x00Example", "control character (U+0000)"),
    ("\x1b[31mAnn\x1b[0m", "control character (U+001B)"),
    ("\u200b\u200b \u2060", "only invisible characters"),
    ("Ann \udcff", "lone surrogate (U+DCFF)")])
def test_names_with_nul_escape_codes_or_nothing_visible_are_refused(capsys, db: Path,
                                                                    name: str,
                                                                    says: str) -> None:
    before = sha256(db)
    refused(capsys, "--db", str(db), "patient", "add", name, says=says)
    assert sha256(db) == before


def test_a_lone_surrogate_in_a_file_is_refused(capsys, tmp_path: Path, db: Path) -> None:
    text = json.dumps(example()).replace("Office worker", "Office \\ud800worker")
    import_refused(capsys, tmp_path, db, text, "patient.notes: character 8 is a lone surrogate")


def test_free_text_keeps_line_breaks_but_no_escape_codes(atlas: Atlas, tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.sqlite", actor="t") as store:
        p = store.add_patient("Ann", notes="line one\n\tline two")
        assert store.patient(p.id).notes == "line one\n\tline two"
        with pytest.raises(RecordsError, match="control character"):
            store.update_patient(p.id, notes="\x1b]0;owned\x07")


# -- dates --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("dob", "says"), [
    ("2025-W10-3", "is not a date (YYYY-MM-DD)"),
    ("20250314", "is not a date (YYYY-MM-DD)"),
    ("0001-01-01", "is not a possible date of birth"),
    ("9999-12-31", "is not a possible date of birth")])
def test_dates_of_birth_are_plain_iso_dates(capsys, db: Path, dob: str, says: str) -> None:
    refused(capsys, "--db", str(db), "patient", "add", "Ann", "--dob", dob, says=says)


@pytest.mark.parametrize(("started", "says"), [
    ("0001-01-01T00:00:00+00:00", "is not a plausible date and time"),
    ("9999-12-31T23:59:59-12:00", "is not a plausible date and time"),
    ("2025-W11-5T09:30:00+01:00", "is not a date and time (ISO 8601"),
    ("20250314T093000+0100", "is not a date and time (ISO 8601")])
def test_implausible_or_week_dates_are_refused(capsys, tmp_path: Path, db: Path, started: str,
                                               says: str) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["session"]["started_at"] = started

    import_refused(capsys, tmp_path, db, json.dumps(example(change)),
                   f"session.started_at: {started!r} {says}")


def test_signed_before_the_session_began_is_refused(capsys, tmp_path: Path, db: Path) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["session"]["signed_at"] = "2025-03-14T08:00:00+01:00"  # began 09:30

    import_refused(capsys, tmp_path, db, json.dumps(example(change)),
                   "session.signed_at: 2025-03-14T08:00:00+01:00 is before the session began")

    def addendum_first(doc: dict[str, Any]) -> None:
        doc["session"]["addenda"][0]["at"] = "2025-03-14T09:00:00+01:00"

    import_refused(capsys, tmp_path, db, json.dumps(example(addendum_first)),
                   "session.addenda[0].at: 2025-03-14T09:00:00+01:00 is before the session "
                   "was signed")


def test_the_store_does_not_sign_a_session_that_begins_later(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.sqlite", actor="t") as store:
        pid = store.add_patient("Ann").id
        sid = store.new_session(pid, CLINICIAN, atlas_data_version="v",
                                started_at=_in_a_month()).id
        with pytest.raises(RecordsError, match=r"^signed_at: .* is before the session began"):
            store.sign_session(sid, CLINICIAN)


def _in_a_month() -> str:
    from datetime import datetime, timedelta

    return (datetime.now().astimezone() + timedelta(days=30)).isoformat(timespec="seconds")


# -- ids, input files, a full disk --------------------------------------------------------------

def test_huge_ids_are_no_record(capsys, tmp_path: Path, db: Path) -> None:
    refused(capsys, "--db", str(db), "export-json", str(2**64), str(tmp_path / "o.json"),
            says=f"no session {2**64}")
    refused(capsys, "--db", str(db), "sessions", "--patient", str(10**30),
            says=f"no patient {10**30}")


def test_a_fifo_or_a_device_as_input_is_refused_at_once(tmp_path: Path, db: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for source in (fifo, Path("/dev/zero")):
        done = subprocess.run([sys.executable, "-m", "dn_bodymap", "--db", str(db),
                               "import-json", str(source)], capture_output=True, text=True,
                              timeout=120)  # before: a FIFO hung, /dev/zero filled the memory
        assert done.returncode == 2, done.stderr
        assert done.stderr.strip() == (f"dn-bodymap: {source}: not a regular file (a folder, "
                                       "device or pipe); give an exported .json file")


def test_a_fifo_or_a_device_as_the_database_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    for source in (fifo, Path("/dev/zero")):
        done = subprocess.run([sys.executable, "-m", "dn_bodymap", "--db", str(source),
                               "patients"], capture_output=True, text=True, timeout=120)
        assert done.returncode == 2, done.stderr
        assert done.stderr.strip() == (f"dn-bodymap: {source} is not a regular file (a device "
                                       "or pipe), not a database")


def test_a_file_over_the_size_limit_is_refused_unread(capsys, tmp_path: Path, db: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as f:
        f.truncate(65 * 2**20)  # sparse: nothing is written
    refused(capsys, "--db", str(db), "import-json", str(big), says="larger than 64 MiB")


def _disk_full(*_args: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("command", ["export-json", "backup"])
def test_a_full_disk_leaves_no_partial_file(capsys, tmp_path: Path, atlas: Atlas,
                                            monkeypatch, command: str) -> None:
    db = tmp_path / "clinic.sqlite"
    with Store.open(db, atlas=atlas) as store:
        sid = exchange.import_document(store, exchange.load_file(EXAMPLE))
    out = tmp_path / "out" / "file"
    out.parent.mkdir()
    monkeypatch.setattr(os, "fsync", _disk_full)
    args = [str(sid), str(out)] if command == "export-json" else [str(out)]
    refused(capsys, "--db", str(db), command, *args,
            says=f"{out} was not written: the disk is full")
    assert list(out.parent.iterdir()) == []
    assert raw(db, "SELECT count(*) FROM sessions") == [(1,)]
