"""`dn-bodymap export-fhir SESSION_ID FILE`: the session as a FHIR R4 Bundle (JSON), with the
treatment map attached as a PDF (exchange/fhir.py)."""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from dn_bodymap.commands.common import CliError, output_path, write_atomically
from dn_bodymap.commands.store_opening import session_record


def add_parser(sub: argparse._SubParsersAction, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export-fhir", parents=[db], help="write a session as a FHIR R4 "
                       "Bundle (JSON) for an electronic health record, the map attached")
    p.add_argument("session_id", type=int, metavar="SESSION_ID")
    p.add_argument("file", metavar="FILE", help="the bundle, e.g. visit.fhir.json")
    p.add_argument("--no-pdf", action="store_true", help="leave the treatment map out")
    p.set_defaults(handler=cmd_export_fhir)


def cmd_export_fhir(args: argparse.Namespace) -> int:
    from dn_bodymap.atlas import Atlas
    from dn_bodymap.exchange import fhir

    path = output_path(args.file)
    if path.suffix.lower() != ".json":
        raise CliError(f"{path}: give a file name ending in .json")
    atlas = Atlas.load()
    session, patient, standing, problems = session_record(args, atlas)
    pdf = None if args.no_pdf else map_pdf(atlas, session, patient, standing, problems)
    bundle = fhir.session_bundle(session, patient, standing, atlas, pdf)
    text = json.dumps(bundle, indent=2, ensure_ascii=False) + "\n"
    write_atomically(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
    print(f"wrote {path} ({len(bundle['entry'])} resources)")
    return 0


def map_pdf(atlas: object, session: object, patient: object, standing: list,
            problems: list[str]) -> bytes:
    """The clinical treatment map as PDF bytes (Qt paints it; offscreen is enough)."""
    from PySide6.QtGui import QGuiApplication

    from dn_bodymap import settings as app_settings
    from dn_bodymap.report.document import treatment_map
    from dn_bodymap.report.output import write_pdf

    _app = QGuiApplication.instance() or QGuiApplication(["dn-bodymap"])  # fonts need it
    prefs = app_settings.open_settings()
    doc = treatment_map(atlas, session, patient, standing=standing,  # type: ignore[arg-type]
                        integrity=problems, clinic=app_settings.clinic_name(prefs))
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "map.pdf"
        write_pdf(doc, atlas, target, app_settings.paper(prefs))  # type: ignore[arg-type]
        return target.read_bytes()
