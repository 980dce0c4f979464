"""What the window says at start about the privacy of the records: file modes repaired on
opening (the store's warnings, and the settings file's), and once, at the first start, whether
the data folder is on an encrypted disk. Notes, never dialogs: nothing here blocks work."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from dn_bodymap import settings as app_settings
from dn_bodymap.records import disk_encryption
from dn_bodymap.records.store import Store

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
