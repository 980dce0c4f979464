"""`dn-bodymap clinic-map`: how often each place is painted, or each muscle charted, over
the clinic's patients, as a PNG on the body and a CSV table (exchange/clinic_map.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from dn_bodymap.commands.common import CliError, output_path, write_atomically
from dn_bodymap.commands.store_opening import open_store
from dn_bodymap.commands.tables import day


def add_parser(sub: argparse._SubParsersAction, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("clinic-map", parents=[db], help="a frequency map over the clinic's "
                       "patients: where pain is painted, or which muscles are charted")
    p.add_argument("what", choices=("painted", "charted"))
    p.add_argument("--png", metavar="FILE", help="the map drawn on the body")
    p.add_argument("--csv", metavar="FILE", help="the counts as a table")
    p.add_argument("--since", metavar="DATE", help="sessions started on or after (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="sessions started on or before")
    p.set_defaults(handler=cmd_clinic_map)


def cmd_clinic_map(args: argparse.Namespace) -> int:
    from dn_bodymap.atlas import Atlas
    from dn_bodymap.exchange import clinic_map, csv_tables

    if not args.png and not args.csv:
        raise CliError("give --png FILE, --csv FILE or both")
    png = output_path(args.png) if args.png else None
    table = output_path(args.csv) if args.csv else None
    atlas = Atlas.load()
    with open_store(args, atlas=atlas) as store:
        sessions = list(csv_tables.sessions_for(store, since=day(args.since, "--since"),
                                                until=day(args.until, "--until")))
    found = (clinic_map.painted(atlas, sessions) if args.what == "painted"
             else clinic_map.charted(sessions))
    if table is not None:
        rows: list[int] = []
        if isinstance(found, clinic_map.PaintedMap):
            write_atomically(table, lambda tmp: rows.append(
                clinic_map.write_painted_csv(Path(tmp), found)))
        else:
            write_atomically(table, lambda tmp: rows.append(clinic_map.write_charted_csv(
                Path(tmp), found, lambda m: atlas.muscles[m].name if m in atlas.muscles
                else atlas.muscle_name(m))))
        print(f"wrote {table} ({rows[0]} rows)")
    if png is not None:
        from PySide6.QtGui import QGuiApplication

        from dn_bodymap.drawing import clinic_map as painting

        _app = QGuiApplication.instance() or QGuiApplication(["dn-bodymap"])  # fonts need it
        title = ("Pain frequency map: where patients painted pain" if args.what == "painted"
                 else "Trigger-point frequency map: muscles charted")
        image = painting.render(atlas, found, title)
        write_atomically(png, lambda tmp: painting.write_png(Path(tmp), image))
        print(f"wrote {png}")
    print(f"{found.patients} patients in {len(sessions)} sessions")
    return 0
