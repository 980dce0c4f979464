"""Clinician accounts: a password (argon2id) proves who signs; the audit keeps who made or
changed an account, never a password or its hash; without accounts, signing is as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from dn_bodymap.records import RecordsError, Store
from dn_bodymap.records.model import Account, Clinician
from tests.migration_helpers import dump_tables, fill_0002, migrate, trigger_sql
from tests.records_helpers import CLINICIAN, raw, spot

PASSWORD = "correct horse battery"
OTHER = "staple 12345"


def _draft(store: Store) -> int:
    pid = store.add_patient("Ann Example").id
    sid = store.new_session(pid, CLINICIAN, pain_before=6).id
    store.add_point(sid, "back", *spot(store.atlas, "back", "upper_trapezius", "right"))
    return sid


def _audit_text(db: Path) -> str:
    return repr(raw(db, "SELECT * FROM audit"))


def test_an_account_is_stored_with_an_argon2id_hash_and_never_its_password(
        store: Store, db: Path) -> None:
    made = store.add_account("Alex Morgan", "PT, DPT", PASSWORD)
    assert made == Account(made.id, "Alex Morgan", "PT, DPT", made.created_at, False)
    assert made.clinician == Clinician("Alex Morgan", "PT, DPT")
    assert store.accounts() == [made]
    ((stored,),) = raw(db, "SELECT password_hash FROM accounts")
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    (entry,) = store.audit_trail(entity="account")
    assert (entry.action, entry.entity_id, entry.actor) == ("create", made.id, "tester")
    assert entry.new_value == {"name": "Alex Morgan", "credentials": "PT, DPT",
                               "disabled": False}
    store.change_password("Alex Morgan", PASSWORD, OTHER)
    changed = store.audit_trail(entity="account")[-1]
    assert (changed.action, changed.field, changed.old_value, changed.new_value) == (
        "update", "password", None, None)
    hashes = [h for (h,) in raw(db, "SELECT password_hash FROM accounts")]
    audit = _audit_text(db)
    for secret in (PASSWORD, OTHER, stored, *hashes, "argon2"):
        assert secret not in audit


def test_names_are_one_account_whatever_their_capitals(store: Store) -> None:
    store.add_account("Alex Morgan", "PT", PASSWORD)
    with pytest.raises(RecordsError, match=r"already an account 'Alex Morgan'"):
        store.add_account("  alex MORGAN ", "PT", OTHER)
    assert store.check_password("ALEX morgan", PASSWORD).name == "Alex Morgan"
    assert len(store.accounts()) == 1


@pytest.mark.parametrize(("password", "problem"), [
    ("short7!", r"password: too short \(at least 8 characters\)"),
    ("eight chars\nand more", "one line"),
    (None, "is not text"),
])
def test_a_weak_or_odd_password_is_refused_and_says_why(store: Store, password,
                                                        problem: str) -> None:
    with pytest.raises(RecordsError, match=problem):
        store.add_account("Alex Morgan", "PT", password)
    assert store.accounts() == [] and store.audit_trail(entity="account") == []


def test_a_wrong_password_and_an_unknown_name_get_the_same_answer(store: Store) -> None:
    store.add_account("Alex Morgan", "PT", PASSWORD)
    answers = set()
    for name, password in (("Alex Morgan", OTHER), ("Nobody", PASSWORD), ("", ""),
                           ("Alex Morgan", PASSWORD + "x")):
        with pytest.raises(RecordsError) as refused:
            store.check_password(name, password)
        answers.add(str(refused.value))
    assert answers == {"wrong name or password"}


def test_a_password_is_changed_only_with_the_old_one(store: Store) -> None:
    store.add_account("Alex Morgan", "PT", PASSWORD)
    with pytest.raises(RecordsError, match="wrong name or password"):
        store.change_password("Alex Morgan", OTHER, "new password 1")
    with pytest.raises(RecordsError, match="new password: too short"):
        store.change_password("Alex Morgan", PASSWORD, "new")
    store.change_password("alex morgan", PASSWORD, OTHER)
    store.check_password("Alex Morgan", OTHER)
    with pytest.raises(RecordsError, match="wrong name or password"):
        store.check_password("Alex Morgan", PASSWORD)


def test_without_accounts_signing_is_as_before(store: Store) -> None:
    signed = store.sign_session(_draft(store), CLINICIAN)
    assert signed.signed and signed.signed_by == CLINICIAN.signature
    assert signed.signed_account_id is None


def test_with_accounts_signing_takes_the_password_and_records_the_account(
        store: Store, db: Path) -> None:
    sid = _draft(store)
    account = store.add_account("Alex Morgan", "PT, DPT", PASSWORD)
    before = (store.session(sid), raw(db, "SELECT count(*) FROM audit"))
    for attempt, problem in [
            ({}, "needs your account name and password"),
            ({"account": "Alex Morgan"}, "needs your account name and password"),
            ({"account": "Alex Morgan", "password": OTHER}, "wrong name or password"),
            ({"account": "Someone Else", "password": PASSWORD}, "wrong name or password")]:
        with pytest.raises(RecordsError, match=problem):
            store.sign_session(sid, CLINICIAN, **attempt)
        assert (store.session(sid), raw(db, "SELECT count(*) FROM audit")) == before

    signed = store.sign_session(sid, CLINICIAN, account="alex morgan", password=PASSWORD)
    # the signature is the account's, not the profile passed in
    assert signed.signed and signed.signed_by == "Alex Morgan, PT, DPT"
    assert signed.signed_account_id == account.id
    rows = {r.field: r for r in store.audit_trail(session_id=sid) if r.action == "sign"}
    assert rows["signed_account_id"].new_value == account.id
    assert rows["status"].actor == "Alex Morgan"
    assert PASSWORD not in _audit_text(db)


def test_a_disabled_account_cannot_sign(store: Store, db: Path) -> None:
    sid = _draft(store)
    store.add_account("Alex Morgan", "PT", PASSWORD)
    raw(db, "UPDATE accounts SET disabled = true")
    with pytest.raises(RecordsError, match="account 'Alex Morgan' is disabled"):
        store.sign_session(sid, None, account="Alex Morgan", password=PASSWORD)
    assert not store.session(sid).signed


def test_0007_adds_accounts_and_keeps_every_row(tmp_path: Path, atlas) -> None:
    db = tmp_path / "old.sqlite"
    migrate(db, "0002")
    fill_0002(db)
    migrate(db, "0006")  # 0007 follows 0006
    rows, triggers = dump_tables(db), trigger_sql(db)
    with Store.open(db, atlas=atlas) as store:
        after = dump_tables(db)
        assert {t: [r[:len(rows[t][0])] for r in found] for t, found in after.items()} == rows
        assert raw(db, "SELECT signed_account_id FROM sessions") == [(None,)] * 2
        assert trigger_sql(db) == triggers  # a column added, no table rebuilt
        assert store.accounts() == [] and store.session(1).signed_account_id is None
        store.add_account("Alex Rivera", "PT", PASSWORD)
        assert store.sign_session(2, None, account="Alex Rivera",
                                  password=PASSWORD).signed_account_id == 1
    migrate(db, "0006", down=True)
    assert raw(db, "SELECT name FROM sqlite_master WHERE name = 'accounts'") == []
    assert trigger_sql(db) == triggers
