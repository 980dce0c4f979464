"""The whole database checked now and then while the window runs (issue 12): `dn-bodymap
verify --json` in a separate process, so a full integrity_check of a large file never holds
up the window, and its locks are its own. A failure is shown in the window's integrity
banner; a check that could not run is logged in the status bar, nothing more."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer
from PySide6.QtWidgets import QLabel

from dn_bodymap.i18n import translate
from dn_bodymap.own_command import own_command

FIRST_AFTER_MS = 60_000  # a minute after the start, when the clinician is charting
EVERY_MS = 4 * 3600_000  # then every four hours


class BackgroundCheck(QObject):
    def __init__(self, database: Path, report: Callable[[list[str]], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.report = report  # called with the problems found ([] when all is well)
        self.process: QProcess | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run)
        self.timer.setSingleShot(True)

    def start(self, first_after_ms: int = FIRST_AFTER_MS) -> None:
        self.timer.start(first_after_ms)

    def run(self) -> None:
        if self.process is not None:  # still checking
            return
        self.process = QProcess(self)
        self.process.finished.connect(self._finished)
        program, *args = own_command("--db", str(self.database), "verify", "--json")
        self.process.start(program, args)

    def _finished(self, *_: object) -> None:
        assert self.process is not None
        out = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")
        self.process.deleteLater()
        self.process = None
        self.timer.start(EVERY_MS)
        try:
            found = json.loads(out)
        except ValueError:
            return  # could not run (a busy or missing file): the next round tries again
        self.report([f"{p['record']}: {p['problem']}" if isinstance(p, dict) else str(p)
                     for p in found.get("problems", [])])


def show_in(banner: QLabel) -> Callable[[list[str]], None]:
    """A report that puts a failed check in ``banner`` (the window's integrity banner)."""
    def report(problems: list[str]) -> None:
        if problems:
            text = (translate("ui.background_check",
                              "INTEGRITY CHECK FAILED for the whole database (1 problem: "
                              "{first}); run dn-bodymap verify for the list")
                    if len(problems) == 1 else
                    translate("ui.background_check",
                              "INTEGRITY CHECK FAILED for the whole database ({count} "
                              "problems, first: {first}); run dn-bodymap verify for the list"))
            banner.setText(text.format(count=len(problems), first=problems[0]))
            banner.show()
    return report


def integrity_banner_text(problems: int) -> str:
    """The window's banner over a signed session whose stored content no longer matches."""
    if problems == 1:
        return translate("ui.background_check", "INTEGRITY CHECK FAILED: this record was "
                         "changed outside dn-bodymap (1 problem: see the Session tab)")
    return translate("ui.background_check", "INTEGRITY CHECK FAILED: this record was changed "
                     "outside dn-bodymap ({count} problems: see the Session tab)"
                     ).format(count=problems)
