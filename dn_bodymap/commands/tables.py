"""`dn-bodymap export-csv`: trigger points, pain drawings and standing precautions as CSV
tables (exchange/csv_tables.py), for one session, one patient, a date range or everything."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from dn_bodymap.commands.common import CliError, output_path, write_atomically
from dn_bodymap.commands.store_opening import open_store


def add_parser(sub: argparse._SubParsersAction, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export-csv", parents=[db], help="write trigger points (FILE), pain "
                       "drawings (FILE_drawings.csv) and precautions (FILE_precautions.csv) "
                       "as CSV tables")
    p.add_argument("file", metavar="FILE", help="the points table, e.g. points.csv")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--session", type=int, metavar="ID", help="one session")
    which.add_argument("--patient", type=int, metavar="ID", help="one patient's sessions")
    p.add_argument("--since", metavar="DATE", help="sessions started on or after (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="sessions started on or before")
    p.add_argument("--deidentify", action="store_true",
                   help="leave out names, birth dates, clinic ids and free text; a stable "
                   "pseudonym and a per-patient date shift instead")
    p.set_defaults(handler=cmd_export_csv)


def day(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise CliError(f"{option} {value!r}: give a date as YYYY-MM-DD") from None


def cmd_export_csv(args: argparse.Namespace) -> int:
    from dn_bodymap.atlas import Atlas
    from dn_bodymap.exchange import csv_tables

    points_file = output_path(args.file)
    if points_file.suffix.lower() != ".csv":
        raise CliError(f"{points_file}: give a file name ending in .csv")
    since, until = day(args.since, "--since"), day(args.until, "--until")
    if args.session is not None and (since or until):
        raise CliError("--since/--until select sessions: not with --session")
    atlas = Atlas.load()
    with open_store(args, atlas=atlas) as store:
        sessions = list(csv_tables.sessions_for(store, session_id=args.session,
                                                patient_id=args.patient, since=since,
                                                until=until))
        found = csv_tables.tables(store, sessions, deidentify=args.deidentify,
                                  muscle_name=lambda m: atlas.muscle_name(m))
    written = []
    for name, rows, path in (
            ("points", found.points, points_file),
            ("drawings", found.drawings, csv_tables.companion(points_file, "drawings")),
            ("precautions", found.precautions, csv_tables.companion(points_file, "precautions"))):
        header = csv_tables.columns(name, args.deidentify)

        def write(tmp: Path, r: list[dict[str, Any]] = rows, h: tuple[str, ...] = header) -> None:
            csv_tables.write(Path(tmp), r, h)

        write_atomically(path, write)
        written.append(f"{path} ({len(rows)} rows)")
    print(f"{len(sessions)} sessions: " + "; ".join(written))
    return 0
