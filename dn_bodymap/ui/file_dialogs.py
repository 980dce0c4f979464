"""Where exported files go: a save dialog that starts in the folder used last (else the
user's documents folder, never the program's working folder), and a write that reports a
failure in a message instead of a traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dn_bodymap import settings as app_settings
from dn_bodymap.i18n import translate
from dn_bodymap.records.errors import RecordsError
from dn_bodymap.records.files import write_atomically

FOLDER_KEY = "export/folder"


def start_folder(settings: QSettings) -> Path:
    last = settings.value(FOLDER_KEY)
    if isinstance(last, str) and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_pdf_path(parent: QWidget, caption: str, name: str,
                 settings: QSettings | None = None) -> Path | None:
    """The PDF file the user chose (".pdf" added when left out), or None if cancelled."""
    return ask_save_path(parent, caption, name, "PDF (*.pdf)", ".pdf", settings)


def ask_save_path(parent: QWidget, caption: str, name: str, kinds: str, suffix: str,
                  settings: QSettings | None = None) -> Path | None:
    """The file the user chose to write (``suffix`` added when left out), or None if
    cancelled; the folder is remembered for the next time."""
    settings = settings or app_settings.open_settings()
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(start_folder(settings) / name),
                                          kinds)
    if not path:
        return None
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(suffix)
    settings.setValue(FOLDER_KEY, str(target.parent))
    return target


def write_file(parent: QWidget, target: Path, write: Callable[[Path], object]) -> bool:
    """Write ``target`` whole or not at all; a failure (a full disk, no permission) is
    named in a message."""
    try:
        write_atomically(target, write)
    except RecordsError as exc:  # the message names the file and why (a full disk, ...)
        QMessageBox.warning(parent, translate("ui.file_dialogs", "File not written"), str(exc))
        return False
    return True
