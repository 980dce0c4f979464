"""`dn-bodymap account add / account list` and `dn-bodymap sign`: clinician accounts and
signing with a password, for scripts and tests.

A password is read from standard input (one line), never from the command line, where other
users of the machine could see it in the process list and the shell would keep it in its
history.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from dn_bodymap.commands.common import CliError, print_json
from dn_bodymap.commands.records import DB_HELP, open_store
from dn_bodymap.records.accounts import MAX_PASSWORD


def add_parser(sub: argparse._SubParsersAction) -> None:
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=DB_HELP)
    stdin = argparse.ArgumentParser(add_help=False)
    stdin.add_argument("--password-stdin", action="store_true", required=True,
                       help="read the password from standard input (one line)")

    a = sub.add_parser("account", help="clinician accounts (who signs, with a password)")
    asub = a.add_subparsers(dest="account_command", metavar="COMMAND", required=True)
    add = asub.add_parser("add", parents=[db, stdin], help="make an account; the password "
                          "(at least 8 characters) is read from standard input")
    add.add_argument("name")
    add.add_argument("--credentials", default="", metavar="TEXT",
                     help='printed after the name in signatures, e.g. "PT, DPT"')
    add.add_argument("--json", action="store_true", help='print {"account_id": N}')
    add.set_defaults(handler=cmd_account_add)
    pw = asub.add_parser("password", parents=[db, stdin], help="change an account's "
                         "password: the current one, then the new one, each a line on "
                         "standard input")
    pw.add_argument("name")
    pw.set_defaults(handler=cmd_account_password)
    ls = asub.add_parser("list", parents=[db], help="list the accounts")
    ls.add_argument("--json", action="store_true",
                    help='[{"id", "name", "credentials", "created_at", "disabled"}]')
    ls.set_defaults(handler=cmd_account_list)

    s = sub.add_parser("sign", parents=[db, stdin], help="sign a draft session with an "
                       "account and its password (from standard input)")
    s.add_argument("session_id", type=int, metavar="SESSION_ID")
    s.add_argument("--account", required=True, metavar="NAME")
    s.add_argument("--reason", action="append", default=[], metavar="ITEM=TEXT",
                   help="sign over a recommended checklist item, giving the reason (kept "
                        "with the signature); once per item")
    s.add_argument("--json", action="store_true",
                   help='print {"session_id", "signed_by", "signed_at"}')
    s.set_defaults(handler=cmd_sign)


def read_password(prompt: str = "Password: ") -> str:
    """One line from standard input (without echo when it is a terminal)."""
    if sys.stdin is None:
        raise CliError("no standard input to read the password from")
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    try:
        line = sys.stdin.readline(MAX_PASSWORD + 2)  # bounded: /dev/zero is no password
    except UnicodeDecodeError:
        raise CliError("the password on standard input is not UTF-8 text") from None
    if not line:
        raise CliError(f"no {prompt.strip(': ').lower()} on standard input (give it as one "
                       "line)")
    return line.removesuffix("\n").removesuffix("\r")


def cmd_account_add(args: argparse.Namespace) -> int:
    password = read_password()
    with open_store(args, create=True) as store:
        account = store.add_account(args.name, args.credentials, password)
    if args.json:
        print_json({"account_id": account.id})
    else:
        print(f"added account {account.id}: {account.clinician.signature}")
    return 0


def cmd_account_password(args: argparse.Namespace) -> int:
    old, new = read_password(), read_password("New password: ")
    with open_store(args) as store:
        account = store.change_password(args.name, old, new)
    print(f"changed the password of account {account.id}: {account.name}")
    return 0


def cmd_account_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = store.accounts()
    if args.json:
        print_json([{"id": a.id, "name": a.name, "credentials": a.credentials,
                     "created_at": a.created_at, "disabled": a.disabled} for a in found])
    elif not found:
        print("no accounts (signing needs none until the first is made)")
    else:
        for a in found:
            print(f"{a.id:4} {a.clinician.signature}" + ("  (disabled)" if a.disabled else ""))
    return 0


def _reasons(given: list[str]) -> dict[str, str]:
    reasons: dict[str, str] = {}
    for raw in given:
        item, sep, text = raw.partition("=")
        if not sep or not item.strip() or not text.strip():
            raise CliError(f"--reason {raw!r}: give ITEM=TEXT, e.g. pain_after='left early'")
        if item.strip() in reasons:
            raise CliError(f"--reason: {item.strip()} given twice")
        reasons[item.strip()] = text.strip()
    return reasons


def cmd_sign(args: argparse.Namespace) -> int:
    from dn_bodymap.records.model import SigningException
    from dn_bodymap.records.sign_check import sign_checks, unresolved

    reasons = _reasons(args.reason)
    password = read_password()
    with open_store(args) as store:
        if not store.accounts():
            raise CliError("this database has no accounts; make one with `dn-bodymap account "
                           "add NAME --password-stdin` (the window signs without one)")
        session = store.session(args.session_id)
        if session.signed:
            raise CliError(f"session {session.id} is already signed (by {session.signed_by}, "
                           f"{session.signed_at})")
        checks = sign_checks(session)
        open_items = {c.id for c in checks if not c.required}
        extra = sorted(set(reasons) - open_items)
        if extra:
            raise CliError(f"--reason {extra[0]}: not an open recommended item of session "
                           f"{session.id} (open: {', '.join(sorted(open_items)) or 'none'})")
        blocking = unresolved(checks, reasons)
        if blocking:
            c = blocking[0]
            how = "record it first" if c.required else f"record it or give --reason {c.id}=TEXT"
            raise CliError(f"session {session.id} not signed: {c.label} "
                           f"({'required' if c.required else 'recommended'}: {how})"
                           + (f"; {len(blocking) - 1} more item(s)" if len(blocking) > 1
                              else ""))
        signed = store.sign_session(
            session.id, None, account=args.account, password=password,
            exceptions=[SigningException(c.id, reasons[c.id]) for c in checks
                        if c.id in reasons])
    if args.json:
        print_json({"session_id": signed.id, "signed_by": signed.signed_by,
                    "signed_at": signed.signed_at})
    else:
        print(f"signed session {signed.id} as {signed.signed_by}")
    return 0
