"""`dn-bodymap server-grants ROLE`: the application role's rights on a clinic's PostgreSQL
database (records/server_roles.py), run as the database's owner after set-up and upgrades."""

from __future__ import annotations

import argparse

from dn_bodymap.commands.store_opening import open_store


def add_parser(sub: argparse._SubParsersAction, db: argparse.ArgumentParser) -> None:
    g = sub.add_parser(
        "server-grants", parents=[db],
        help="give a PostgreSQL role the rights a treatment room needs and no more (run as "
             "the database's owner; again after each upgrade)")
    g.add_argument("role", metavar="ROLE", help="the application's role, e.g. dn_bodymap_app")
    g.add_argument("--print", action="store_true", dest="print_only",
                   help="print the SQL instead of running it")
    g.set_defaults(handler=cmd_server_grants)


def cmd_server_grants(args: argparse.Namespace) -> int:
    from dn_bodymap.records import server_roles

    if args.print_only:
        for sql in server_roles.grant_statements(args.role):
            print(f"{sql};")
        return 0

    with open_store(args) as store:
        done = store.grant_application_role(args.role)
    print(f"{args.role}: {len(done)} statements run; it may chart, sign and read, and add to "
          "(never change) the audit trail and addenda.")
    return 0
