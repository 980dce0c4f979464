"""`dn-bodymap export-json / import-json / sessions / patients / patient add / backup`
(and, from commands/integrity.py, `verify` and `patient erase`)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict, fields
from pathlib import Path

from dn_bodymap.commands import clinic_map, fhir_export, tables, transfer
from dn_bodymap.commands import integrity as integrity_commands
from dn_bodymap.commands import server as server_commands
from dn_bodymap.commands.common import (
    CliError,
    output_path,
    print_json,
    print_json_items,
    write_atomically,
)
from dn_bodymap.commands.store_opening import open_store
from dn_bodymap.records.model import SessionSummary
from dn_bodymap.records.vocab import SEXES

DB_HELP = ("the records database: an SQLite file or a database URL (default: $DN_BODYMAP_DB, "
           "else bodymap.sqlite in your user data folder)")


def add_parser(sub: argparse._SubParsersAction) -> None:
    # --db is also accepted after the subcommand; SUPPRESS keeps a global --db when it is not.
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=DB_HELP)
    tables.add_parser(sub, db)
    fhir_export.add_parser(sub, db)
    clinic_map.add_parser(sub, db)

    e = sub.add_parser("export-json", parents=[db], help="write one session and its patient, "
                       "or with --patient a whole patient, as a JSON file (- for stdout)")
    e.add_argument("session_id", type=int, nargs="?", metavar="SESSION_ID")
    e.add_argument("file", metavar="FILE")
    e.add_argument("--patient", type=int, metavar="ID",
                   help="the whole patient: every session, addendum, precaution and drawing")
    e.set_defaults(handler=cmd_export)

    i = sub.add_parser("import-json", parents=[db], help="add a session or a whole patient "
                       "from a JSON file, or every file of a folder (each checked first; all "
                       "or nothing)")
    i.add_argument("file", metavar="FILE_OR_FOLDER")
    i.add_argument("--patient", type=int, metavar="ID",
                   help="file it under this patient (default: by clinic id, else a new one)")
    i.add_argument("--json", action="store_true", help='print {"session_id": N}')
    i.set_defaults(handler=cmd_import)

    s = sub.add_parser("sessions", parents=[db], help="list sessions, oldest first (written "
                       "out as they are read)")
    s.add_argument("--patient", type=int, metavar="ID", help="only this patient's")
    _page_options(s, "sessions")
    s.add_argument("--json", action="store_true", help="JSON on stdout")
    s.set_defaults(handler=cmd_sessions)

    p = sub.add_parser("patients", parents=[db], help="list patients, by name")
    p.add_argument("--search", metavar="TEXT", default="",
                   help="only those whose name words, date of birth (YYYY-MM-DD) or clinic id "
                        "start with each word of TEXT, case-insensitively")
    p.add_argument("--limit", type=_whole, metavar="N", help="at most N patients")
    p.add_argument("--json", action="store_true", help="JSON on stdout")
    p.set_defaults(handler=cmd_patients)

    pa = sub.add_parser("patient", help="add a patient, or erase one from the audit trail")
    psub = pa.add_subparsers(dest="patient_command", metavar="COMMAND", required=True)
    add = psub.add_parser("add", parents=[db], help="add a patient; prints the new id")
    add.add_argument("name")
    add.add_argument("--dob", metavar="YYYY-MM-DD", help="date of birth")
    add.add_argument("--clinic-id", metavar="ID", help="the clinic's identifier (unique)")
    add.add_argument("--sex", choices=SEXES, default="unknown")
    add.add_argument("--notes", default="")
    add.add_argument("--json", action="store_true", help='print {"patient_id": N}')
    add.set_defaults(handler=cmd_patient_add)
    integrity_commands.add_erase_parser(psub, db)
    integrity_commands.add_parser(sub, db)
    server_commands.add_parser(sub, db)

    b = sub.add_parser("backup", parents=[db], help="a consistent copy of the live database "
                       "as an SQLite file (SQLite's backup API; a PostgreSQL database copied "
                       "as by copy-db)")
    b.add_argument("file", metavar="FILE")
    b.set_defaults(handler=cmd_backup)


def _whole(raw: str) -> int:
    if not raw.isdigit():
        raise argparse.ArgumentTypeError(f"{raw!r} is not a whole number from 0")
    return int(raw)


def _page_options(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--limit", type=_whole, metavar="N", help=f"at most N {what}")
    parser.add_argument("--offset", type=_whole, metavar="N", default=0,
                        help=f"skip the first N {what} (with --limit: a page of them)")


def cmd_export(args: argparse.Namespace) -> int:
    from dn_bodymap.records import exchange, patient_exchange

    if (args.patient is None) == (args.session_id is None):
        raise CliError("give a SESSION_ID, or --patient ID for a whole patient (not both)")
    path = None if args.file == "-" else output_path(args.file)
    with open_store(args) as store:
        doc = (patient_exchange.export_patient(store, args.patient) if args.patient is not None
               else exchange.export_session(store, args.session_id))
    text = exchange.dumps(doc)
    if path is None:
        sys.stdout.write(text)
        return 0
    write_atomically(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
    print(path)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from dn_bodymap.atlas import Atlas
    from dn_bodymap.records import exchange, importing, patient_exchange

    if Path(args.file).is_dir():
        return transfer.import_files(args)
    doc = exchange.load_file(args.file)
    if patient_exchange.is_patient_document(doc):
        return transfer.import_files(args)
    atlas = Atlas.load()
    parsed = exchange.parse(doc, atlas)  # a bad file is refused before any database is touched
    with open_store(args, create=True, atlas=atlas) as store:
        session_id = importing.write(store, parsed, patient_id=args.patient)
    if args.json:
        print_json({"session_id": session_id})
    else:
        print(f"imported as session {session_id}")
    return 0


def cmd_sessions(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        # (flat records: a shallow dict each; asdict's deep copy took a second of 50,000)
        names = [f.name for f in fields(SessionSummary)]
        rows = ({k: getattr(s, k) for k in names}
                for s in store.each_session(args.patient, limit=args.limit, offset=args.offset))
        if args.json:
            print_json_items(rows)
            return 0
        listed = False
        for r in rows:
            print(f"{r['id']:6} {r['date'][:16]:17} {r['status']:7} {r['points']:3} points  "
                  f"{r['patient_name']} (patient {r['patient_id']})")
            listed = True
    if not listed:
        print("no sessions")
    return 0


def cmd_patients(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = (store.search_patients(args.search, args.limit)
                 if args.search or args.limit is not None else store.patients())
        rows = [asdict(p) for p in found]
    if args.json:
        print_json(rows)
    elif not rows:
        print("no patients")
    else:
        for r in rows:
            print(f"{r['id']:6} {r['name']:30} {r['date_of_birth'] or '-':10} "
                  f"{r['clinic_id'] or ''}")
    return 0


def cmd_patient_add(args: argparse.Namespace) -> int:
    with open_store(args, create=True) as store:
        patient = store.add_patient(args.name, date_of_birth=args.dob, clinic_id=args.clinic_id,
                                    sex=args.sex, notes=args.notes)
    if args.json:
        print_json({"patient_id": patient.id})
    else:
        print(f"added patient {patient.id}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    path = output_path(args.file)
    with open_store(args) as store:
        store.backup(path)
    print(path)
    return 0
