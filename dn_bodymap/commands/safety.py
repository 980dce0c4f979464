"""`dn-bodymap safety SESSION_ID [--json]`: a session's safety warnings (exit 0: warnings
support the clinician's judgement, they are not errors)."""

from __future__ import annotations

import argparse

from dn_bodymap.commands.common import print_json
from dn_bodymap.commands.records import DB_HELP, open_store


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("safety", help="a session's precautions, caution zones and depths")
    p.add_argument("session_id", type=int, metavar="SESSION_ID")
    p.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=DB_HELP)
    p.add_argument("--json", action="store_true",
                   help='print [{"point", "kind", "id", "message"}] as JSON')
    p.set_defaults(handler=cmd_safety)


def cmd_safety(args: argparse.Namespace) -> int:
    from dn_bodymap.atlas import Atlas
    from dn_bodymap.charting.safety import session_warnings

    atlas = Atlas.load()
    with open_store(args) as store:
        session = store.session(args.session_id)
        standing = store.precautions(session.patient_id)
    warnings = session_warnings(atlas, session, standing)
    if args.json:
        print_json([w.as_json() for w in warnings])
    elif not warnings:
        print(f"session {session.id}: no safety warnings")
    else:
        for w in warnings:
            print(f"{'session' if w.point is None else f'point {w.point}'}\t{w.kind}\t"
                  f"{w.message}")
    return 0
