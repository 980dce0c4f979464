"""`dn-bodymap`: the window by default, subcommands for scripts and checks."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from dn_bodymap import __version__, logs

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    from dn_bodymap.commands import accounts as account_commands
    from dn_bodymap.commands import atlas as atlas_commands
    from dn_bodymap.commands import copying as copy_commands
    from dn_bodymap.commands import pain as pain_commands
    from dn_bodymap.commands import records as records_commands
    from dn_bodymap.commands import report as report_commands
    from dn_bodymap.commands import safety as safety_commands

    parser = _Parser(prog="dn-bodymap", description=__doc__)
    parser.add_argument("--version", action="version", version=f"dn-bodymap {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL", help=records_commands.DB_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.set_defaults(handler=_run_gui)
    atlas_commands.add_parser(sub)
    records_commands.add_parser(sub)
    account_commands.add_parser(sub)
    copy_commands.add_parser(sub)
    report_commands.add_parser(sub)
    pain_commands.add_parser(sub)
    safety_commands.add_parser(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from dn_bodymap.ui.launch import run

    return run(args.db)


def _gui_only(argv: list[str]) -> tuple[bool, str | None]:
    """Is this a plain start of the window (``[--db X] [gui]``)? Then the window opens before
    the command-line machinery and the heavy libraries are even imported."""
    rest, db = list(argv), None
    if rest[:1] == ["--db"] and len(rest) >= 2:
        db, rest = rest[1], rest[2:]
    elif rest[:1] and rest[0].startswith("--db="):
        db, rest = rest[0].split("=", 1)[1], rest[1:]
    return rest in ([], ["gui"]), db


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    gui, db = _gui_only(argv)
    logs.setup()
    if gui:
        from dn_bodymap.ui.launch import run

        log.info("dn-bodymap %s: the window", __version__)
        return run(db)
    from dn_bodymap.atlas import AtlasError
    from dn_bodymap.commands.common import CliError
    from dn_bodymap.records.errors import RecordsError

    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", _run_gui)
    # The command's name only: its arguments may be a patient's name.
    log.info("dn-bodymap %s: command %s", __version__, args.command or "gui")
    try:
        return handler(args)
    except (CliError, AtlasError, RecordsError) as exc:
        log.warning("command %s refused: %s", args.command, type(exc).__name__)
        print(f"dn-bodymap: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # never a traceback for the user; DN_BODYMAP_DEBUG=1 shows it
        log.exception("command %s failed", args.command)
        if os.environ.get("DN_BODYMAP_DEBUG"):
            raise
        print(f"dn-bodymap: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


def gui_main() -> int:
    """Entry point for the window alone (a desktop launcher)."""
    return main(["gui"])
