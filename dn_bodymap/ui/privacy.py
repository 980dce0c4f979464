"""What the window says at start about the privacy of the records: file modes repaired on
opening (the store's warnings, and the settings file's), and once, at the first start, whether
the data folder is on an encrypted disk. A note over the body with a Dismiss button, never a
dialog: nothing here blocks work."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy

from dn_bodymap import settings as app_settings
from dn_bodymap.i18n import translate
from dn_bodymap.records import disk_encryption
from dn_bodymap.records.store import Store
from dn_bodymap.ui import theme

DISK_CHECKED_KEY = "privacy/disk_checked"


def startup_notes(store: Store, settings: QSettings) -> list[str]:
    notes = [*store.warnings, *app_settings.privacy_warnings()]
    if store.path is not None and not settings.value(DISK_CHECKED_KEY):
        folder = store.path.parent
        advice = disk_encryption.advice(folder, disk_encryption.check(folder))
        if advice:
            notes.append(advice)
        settings.setValue(DISK_CHECKED_KEY, True)  # once: the disk does not change often
        settings.sync()
    return notes


class PrivacyNote(QFrame):
    """The notes, wrapped, until dismissed (the live updates' note looks the same)."""

    def __init__(self, name: str | None = None) -> None:
        name = name or translate("ui.privacy", "Privacy of the records")
        super().__init__()
        theme.style(self, "notice")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label = QLabel()
        self.label.setWordWrap(True)
        # the window's size is the user's: a long note wraps, it never widens the window
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setAccessibleName(name)
        dismiss = QPushButton(translate("ui.privacy", "Dismiss"))
        dismiss.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        row.addWidget(self.label, 1)
        row.addWidget(dismiss)
        self.hide()

    def show_notes(self, notes: list[str]) -> None:
        self.label.setText("\n".join(notes))
        self.setVisible(bool(notes))
