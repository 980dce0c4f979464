"""`dn-bodymap print SESSION_ID --pdf FILE`: the treatment map as a PDF, headless."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from dn_bodymap import i18n
from dn_bodymap.commands.common import CliError, output_path, print_json, write_atomically
from dn_bodymap.commands.records import DB_HELP
from dn_bodymap.commands.store_opening import session_record


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("print", help="write a session's one-page treatment map as a PDF")
    p.add_argument("session_id", type=int, metavar="SESSION_ID")
    p.add_argument("--pdf", required=True, metavar="FILE", help="the PDF file to write")
    p.add_argument("--patient-friendly", action="store_true",
                   help="plain-language names, no clinical abbreviations")
    p.add_argument("--paper", choices=("a4", "letter"),
                   help="paper size (default: the setting, else from your locale)")
    p.add_argument("--clinic", help="clinic name in the header (default: the setting)")
    p.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=DB_HELP)
    p.add_argument("--language", choices=sorted(i18n.LANGUAGES), default=i18n.SOURCE_LANGUAGE,
                   help="the language of the printed map (default: en)")
    p.add_argument("--json", action="store_true", help='print {"pdf", "pages"} as JSON')
    p.set_defaults(handler=cmd_print)


def cmd_print(args: argparse.Namespace) -> int:
    path = output_path(args.pdf)
    if path.suffix.lower() != ".pdf":
        raise CliError(f"{path}: give a file name ending in .pdf")
    from PySide6.QtGui import QGuiApplication

    from dn_bodymap import settings as app_settings
    from dn_bodymap.atlas import Atlas
    from dn_bodymap.report.document import treatment_map
    from dn_bodymap.report.output import write_pdf
    from dn_bodymap.ui import language

    _app = QGuiApplication.instance() or QGuiApplication(["dn-bodymap"])  # fonts need it
    if language.use(args.language) != args.language:
        raise CliError(f"the {i18n.LANGUAGES[args.language]} catalogue could not be read: "
                       "reinstall dn-bodymap")
    prefs = app_settings.open_settings()
    atlas = Atlas.load()
    session, patient, standing, problems = session_record(args)
    doc = treatment_map(atlas, session, patient, standing=standing, integrity=problems,
                        clinic=args.clinic if args.clinic is not None
                        else app_settings.clinic_name(prefs),
                        variant="patient" if args.patient_friendly else "clinical")
    pages: list[int] = []

    def write(tmp: Path) -> None:
        pages.append(write_pdf(doc, atlas, tmp, args.paper or app_settings.paper(prefs)))

    write_atomically(path, write)
    # Never the file's path in the log: its name is often the patient's.
    logging.getLogger(__name__).info("session %d: %s map written as a PDF (%d pages)",
                                     session.id, doc.variant, pages[0])
    if args.json:
        print_json({"pdf": str(path), "pages": pages[0]})
    else:
        print(f"wrote {path} ({pages[0]} page{'s' if pages[0] != 1 else ''})")
    return 0

