"""When another window, room or process saved first (records/versions.py): what changed
elsewhere, and what of this window's change was not saved, so it can be typed again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def changed_elsewhere_box(parent: QWidget, message: str,
                          attempted: dict[str, Any]) -> QMessageBox:
    """Shown, not modal for the program: the clinician reads it and carries on (the panels
    already show the record as it is now)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Changed elsewhere", message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText("Not saved:\n" + "\n".join(f"{k}: {v}" for k, v in attempted.items()))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
