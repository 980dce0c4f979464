"""`dn-bodymap account add / list` and `dn-bodymap sign`: the password from standard input,
never the command line; bad input one line on stderr, exit 2, nothing written."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.records import Store
from tests.records_helpers import CLINICIAN, raw, sha256, spot
from tests.test_records_cli import run

PASSWORD = "correct horse battery"
REASONS = ["screening=screened last week", "pain_before=could not rate it",
           "pain_after=left early", "point_kind=unclear on palpation"]
WITH_REASONS = [a for r in REASONS for a in ("--reason", r)]


def cli(capsys, monkeypatch, stdin: str, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return run(capsys, *argv)


@pytest.fixture
def draft(tmp_path: Path, atlas: Atlas) -> tuple[Path, int]:
    """A database with a needled draft session (consent recorded) and Alex's account."""
    path = tmp_path / "clinic.sqlite"
    with Store.open(path, atlas=atlas) as store:
        pid = store.add_patient("Ann Example").id
        sid = store.new_session(pid, CLINICIAN, consent=True).id
        point = store.add_point(sid, "back", *spot(atlas, "back", "upper_trapezius", "right"))
        store.update_point(point.id, needled=True)
        store.add_account("Alex Morgan", "PT, DPT", PASSWORD)
    return path, sid


def test_account_add_reads_the_password_from_stdin_and_lists(capsys, monkeypatch,
                                                             tmp_path: Path) -> None:
    db = str(tmp_path / "new.sqlite")
    code, out, err = cli(capsys, monkeypatch, PASSWORD + "\n", "--db", db, "account", "add",
                         "Alex Morgan", "--credentials", "PT, DPT", "--password-stdin",
                         "--json")
    assert (code, json.loads(out), err) == (0, {"account_id": 1}, "")
    code, out, _ = run(capsys, "account", "list", "--db", db, "--json")
    [account] = json.loads(out)
    assert {k: account[k] for k in ("id", "name", "credentials", "disabled")} == {
        "id": 1, "name": "Alex Morgan", "credentials": "PT, DPT", "disabled": False}
    code, out, _ = run(capsys, "--db", db, "account", "list")
    assert code == 0 and out.split() == ["1", "Alex", "Morgan,", "PT,", "DPT"]
    with Store.open(db) as store:  # the line's end is not part of the password
        assert store.check_password("alex morgan", PASSWORD).id == 1


def test_account_password_changes_it_with_the_current_one(capsys, monkeypatch,
                                                          draft) -> None:
    db, _ = draft
    args = ("--db", str(db), "account", "password", "alex morgan", "--password-stdin")
    code, _, err = cli(capsys, monkeypatch, f"not it\n{PASSWORD}x\n", *args)
    assert code == 2 and err == "dn-bodymap: wrong name or password\n"
    code, _, err = cli(capsys, monkeypatch, f"{PASSWORD}\n", *args)
    assert code == 2 and "no new password on standard input" in err
    code, out, _ = cli(capsys, monkeypatch, f"{PASSWORD}\nnew password 2\n", *args)
    assert code == 0 and out == "changed the password of account 1: Alex Morgan\n"
    with Store.open(db) as store:
        assert store.check_password("Alex Morgan", "new password 2").id == 1


@pytest.mark.parametrize(("stdin", "argv", "problem"), [
    (PASSWORD, ["--password", PASSWORD], "unrecognized arguments"),  # never on argv
    (PASSWORD, [], "required: --password-stdin"),
    ("", ["--password-stdin"], "no password on standard input"),
    ("short\n", ["--password-stdin"], "too short (at least 8 characters)"),
    ("\0" * 5000, ["--password-stdin"], "one line of at most 1024 characters"),
])
def test_account_add_refuses_bad_input_in_one_line(capsys, monkeypatch, tmp_path: Path,
                                                  stdin: str, argv: list[str],
                                                  problem: str) -> None:
    db = tmp_path / "new.sqlite"
    Store.open(db).close()
    digest = sha256(db)
    code, out, err = cli(capsys, monkeypatch, stdin, "--db", str(db), "account", "add", "Bo",
                         *argv)
    assert code == 2 and out == "" and problem in err and len(err.splitlines()) == 1
    assert sha256(db) == digest


def test_sign_with_the_password_records_the_account(capsys, monkeypatch, draft) -> None:
    db, sid = draft
    code, out, err = cli(capsys, monkeypatch, PASSWORD + "\n", "--db", str(db), "sign",
                         str(sid), "--account", "alex MORGAN", "--password-stdin", "--json",
                         *WITH_REASONS)
    assert code == 0, err
    assert json.loads(out)["signed_by"] == "Alex Morgan, PT, DPT"
    with Store.open(db) as store:
        s = store.session(sid)
        assert s.signed and s.signed_account_id == store.accounts()[0].id
        assert {e.item: e.reason for e in s.signing_exceptions} == dict(
            r.split("=") for r in REASONS)
    assert PASSWORD not in repr(raw(db, "SELECT * FROM audit"))


@pytest.mark.parametrize(("stdin", "argv", "problem"), [
    ("wrong password\n", WITH_REASONS, "wrong name or password"),
    (PASSWORD, ["--account", "Nobody", *WITH_REASONS], "wrong name or password"),
    (PASSWORD, [], "not signed: Screening: "),  # recommended items need a reason each
    (PASSWORD, ["--reason", "consent=forgot"], "--reason consent: not an open recommended"),
    (PASSWORD, ["--reason", "pain_after"], "give ITEM=TEXT"),
])
def test_sign_refuses_and_writes_nothing(capsys, monkeypatch, draft, stdin: str,
                                         argv: list[str], problem: str) -> None:
    db, sid = draft
    digest = sha256(db)
    account = [] if "--account" in argv else ["--account", "Alex Morgan"]
    code, out, err = cli(capsys, monkeypatch, stdin, "--db", str(db), "sign", str(sid),
                         "--password-stdin", *account, *argv)
    assert code == 2 and out == "" and problem in err and len(err.splitlines()) == 1
    assert sha256(db) == digest


def test_a_required_item_blocks_signing_whatever_the_reasons(capsys, monkeypatch, draft,
                                                             atlas: Atlas) -> None:
    db, sid = draft
    with Store.open(db, atlas=atlas) as store:
        store.update_session(sid, consent=False)  # a needled point without consent
    code, _, err = cli(capsys, monkeypatch, PASSWORD, "--db", str(db), "sign", str(sid),
                       "--account", "Alex Morgan", "--password-stdin", "--reason",
                       "consent=verbal")
    assert code == 2 and "--reason consent: not an open recommended" in err
    code, _, err = cli(capsys, monkeypatch, PASSWORD, "--db", str(db), "sign", str(sid),
                       "--account", "Alex Morgan", "--password-stdin")
    assert code == 2 and "Informed consent not recorded (points were needled) (required: " \
        "record it first)" in err
    with Store.open(db) as store:
        assert not store.session(sid).signed


def test_sign_without_accounts_says_how_to_make_one(capsys, monkeypatch,
                                                   tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    with Store.open(db, atlas=None) as store:
        store.add_patient("Ann")
    code, _, err = cli(capsys, monkeypatch, PASSWORD, "--db", str(db), "sign", "1",
                       "--account", "Alex", "--password-stdin")
    assert code == 2 and "has no accounts; make one with `dn-bodymap account add" in err


def test_the_password_comes_through_a_pipe(draft) -> None:
    db, sid = draft
    env = {**os.environ, "DN_BODYMAP_DB": str(db)}
    done = subprocess.run(
        [sys.executable, "-m", "dn_bodymap", "sign", str(sid), "--account", "Alex Morgan",
         "--password-stdin", *WITH_REASONS],
        input=PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"signed session {sid} as Alex Morgan, PT, DPT\n"
