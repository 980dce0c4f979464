"""When another window, room or process saved first (records/versions.py): what changed
elsewhere, and what of this window's change was not saved, so it can be typed again. And when
the database server could not be reached: the change not saved, with Retry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from dn_bodymap.i18n import translate


def changed_elsewhere_box(parent: QWidget, message: str,
                          attempted: dict[str, Any]) -> QMessageBox:
    """Shown, not modal for the program: the clinician reads it and carries on (the panels
    already show the record as it is now)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("ui.conflicts",
            "Changed elsewhere"), message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(translate("ui.conflicts",
            "Not saved:\n") + "\n".join(f"{k}: {v}" for k, v in attempted.items()))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def unreachable_box(parent: QWidget, message: str, what: str,
                    retry: Callable[[], Any]) -> QMessageBox:
    """An edit made while the database server could not be reached: nothing of it was
    stored; Retry stores it when the server is back (the program reconnects by itself)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("ui.conflicts",
            "Not saved: the database server is away"),
                      translate("ui.conflicts",
                              "The database server cannot be reached: your change ({what}) was "
                              "not saved.").format(what=what), QMessageBox.StandardButton.Retry
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(translate("ui.conflicts",
            "Retry stores it once the server is back; Cancel leaves it unsaved (the window shows "
            "what is stored)."))
    box.setDetailedText(message)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.button(QMessageBox.StandardButton.Retry).clicked.connect(retry)
    box.open()
    return box
