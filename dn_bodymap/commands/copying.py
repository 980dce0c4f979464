"""`dn-bodymap copy-db SOURCE TARGET`: a whole records database copied into a new file or an
empty database (SQLite to PostgreSQL and back), every row compared and the copy verified
before it is kept (records/copying.py)."""

from __future__ import annotations

import argparse
import sys

from dn_bodymap.commands.common import print_json


def add_parser(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser(
        "copy-db", help="copy a whole records database (an SQLite file or a database URL) "
        "into a new file or an empty database, compared row for row and verified",
        description="Copies every table (ids, versions, hashes and audit trail as they are) "
                    "in one transaction on TARGET, compares every row with SOURCE and "
                    "verifies the copy before committing it. TARGET must be a new file or "
                    "hold no records. A SOURCE of an older schema is upgraded first, as any "
                    "open does.")
    c.add_argument("source", metavar="SOURCE", help="file path or database URL to copy")
    c.add_argument("target", metavar="TARGET", help="a new file, or an empty database")
    c.add_argument("--json", action="store_true",
                   help='print {"source", "target", "rows", "compared", "verified", '
                        '"audit_head", "source_upgraded_copy"}')
    c.set_defaults(handler=cmd_copy_db)


def _progress(table: str, n: int) -> None:
    if sys.stderr.isatty():  # a big copy takes a while: say where it is, on a terminal
        print(f"\r{table}: {n} rows", end="", file=sys.stderr, flush=True)


def cmd_copy_db(args: argparse.Namespace) -> int:
    from dn_bodymap.records import copying

    report = copying.copy_database(args.source, args.target, progress=_progress)
    if sys.stderr.isatty():
        print("\r", end="", file=sys.stderr)
    if args.json:
        print_json(report.as_json())
        return 0
    if report.source_upgraded_copy:
        print(f"the source was upgraded to this version's schema; the copy taken before is "
              f"{report.source_upgraded_copy}")
    counts = ", ".join(f"{table} {n}" for table, n in report.rows.items())
    print(f"copied {counts}")
    print(f"into {report.target}: every row compared with the source, integrity verified "
          f"(audit chain head {report.audit_head[:16] or '-'})")
    return 0
