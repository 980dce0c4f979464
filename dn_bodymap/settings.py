"""Remembered between runs: window layout, last patient, clinician profile.

Kept in an INI file in the user's config folder (platformdirs), so tests that point
XDG_CONFIG_HOME (or HOME) at a temporary folder never touch the user's real settings.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from dn_bodymap.records.model import Clinician


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir("dn-bodymap", appauthor=False)) / "settings.ini"


def open_settings() -> QSettings:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def clinician(settings: QSettings) -> Clinician | None:
    name = str(settings.value("clinician/name", "") or "").strip()
    if not name:
        return None
    return Clinician(name, str(settings.value("clinician/credentials", "") or "").strip())


def save_clinician(settings: QSettings, who: Clinician) -> None:
    settings.setValue("clinician/name", who.name)
    settings.setValue("clinician/credentials", who.credentials)
    settings.sync()
