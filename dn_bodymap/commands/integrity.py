"""`dn-bodymap verify [--json]` and `dn-bodymap patient erase ID --yes`: the records'
integrity, and erasing a deleted patient from the audit trail (records/integrity.py,
records/erasure.py)."""

from __future__ import annotations

import argparse
from typing import Final

from dn_bodymap.commands.common import CliError, print_json
from dn_bodymap.commands.store_opening import open_store

# 0: all is well; 2: the command could not run (usage, a database that cannot be opened);
# 3: it ran and found integrity failures (each named on stdout).
EXIT_FAILURES: Final = 3


def add_parser(sub: argparse._SubParsersAction, db: argparse.ArgumentParser) -> None:
    v = sub.add_parser(
        "verify", parents=[db], help="check the whole database: signed content against its "
        "hashes, the audit and addenda hash chains, guard triggers, SQLite's integrity and "
        "foreign key checks; exit 3 names each record that fails",
        description="Exit codes: 0 all well; 3 integrity failures found (each named); "
                    "2 the check could not run.")
    v.add_argument("--json", action="store_true",
                   help='print {"ok", "problems": [{"record", "problem"}], "checked", '
                        '"audit_head", "addenda_head"}')
    v.set_defaults(handler=cmd_verify)


def add_erase_parser(psub: argparse._SubParsersAction, db: argparse.ArgumentParser) -> None:
    e = psub.add_parser("erase", parents=[db], help="erase a patient's identifying values "
                        "from the audit trail (deleting the patient first if still there); "
                        "refused while they have sessions")
    e.add_argument("patient_id", type=int, metavar="ID")
    e.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    e.add_argument("--json", action="store_true",
                   help='print {"patient_id", "audit_rows_erased"}')
    e.set_defaults(handler=cmd_erase)


def cmd_verify(args: argparse.Namespace) -> int:

    with open_store(args) as store:
        report = store.verify()
    if args.json:
        print_json(report.as_json())
    else:
        for p in report.problems:
            print(p)
        counts = ", ".join(f"{what} {n}" for what, n in report.checked.items())
        print(f"checked: {counts}; audit chain head {report.audit_head[:16] or '-'}")
        print("Integrity verified." if report.ok else
              f"{len(report.problems)} integrity problem"
              f"{'s' if len(report.problems) != 1 else ''} found.")
    return 0 if report.ok else EXIT_FAILURES


def cmd_erase(args: argparse.Namespace) -> int:

    if not args.yes:
        raise CliError(f"erasing patient {args.patient_id} from the audit trail cannot be "
                       "undone; add --yes to confirm")
    with open_store(args) as store:
        erased = store.erase_patient(args.patient_id)
    if args.json:
        print_json({"patient_id": args.patient_id, "audit_rows_erased": len(erased)})
    else:
        print(f"erased patient {args.patient_id}'s values from {len(erased)} audit rows")
    return 0
