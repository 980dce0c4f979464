"""Remembered between runs: window layout, last patient, clinician profile, clinic name and
paper size for printouts, needling presets, the idle time before the window locks, the
account last signed in (a name; never a password).

Kept in an INI file in the user's config folder (platformdirs), so tests that point
XDG_CONFIG_HOME (or HOME) at a temporary folder never touch the user's real settings.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from PySide6.QtCore import QSettings

from dn_bodymap.records.model import Clinician

if TYPE_CHECKING:
    from dn_bodymap.charting.needling import Preset


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir("dn-bodymap", appauthor=False)) / "settings.ini"


def open_settings() -> QSettings:
    """The settings file, created private to the user (it names the clinician and the last
    patient's id); ``privacy_warnings`` repairs looser modes found later."""
    from dn_bodymap.records import files

    path = settings_path()
    files.make_private_folder(path.parent)
    files.create_private_file(path)
    return QSettings(str(path), QSettings.Format.IniFormat)


def privacy_warnings() -> list[str]:
    """Make the settings file and its folder private again where they are not; a warning
    for each one repaired."""
    from dn_bodymap.records import files

    path = settings_path()
    return files.repair_modes([path.parent, path])


def clinician(settings: QSettings) -> Clinician | None:
    name = str(settings.value("clinician/name", "") or "").strip()
    if not name:
        return None
    return Clinician(name, str(settings.value("clinician/credentials", "") or "").strip())


def save_clinician(settings: QSettings, who: Clinician) -> None:
    settings.setValue("clinician/name", who.name)
    settings.setValue("clinician/credentials", who.credentials)
    settings.sync()


def clinic_name(settings: QSettings) -> str:
    return str(settings.value("report/clinic", "") or "").strip()


def paper(settings: QSettings) -> str:
    """a4 or letter: as set, else from the locale (Letter in the Americas' Letter countries)."""
    chosen = str(settings.value("report/paper", "") or "")
    if chosen in ("a4", "letter"):
        return chosen
    return default_paper()


def default_paper() -> str:
    from PySide6.QtCore import QLocale

    letter = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
              QLocale.Country.Chile, QLocale.Country.Colombia, QLocale.Country.Venezuela,
              QLocale.Country.Philippines}
    return "letter" if QLocale().territory() in letter else "a4"


def save_report_settings(settings: QSettings, clinic: str, paper_name: str) -> None:
    settings.setValue("report/clinic", clinic.strip())
    settings.setValue("report/paper", paper_name)
    settings.sync()


def needling_presets(settings: QSettings,
                     muscles: Mapping[str, Any] | None = None) -> tuple[list[Preset], str]:
    """The clinician's presets (the shipped ones until they are edited), and why the stored
    ones were not used if they could not be read (empty when all is well)."""
    # Here, not at the top: the launcher reads settings before the heavy libraries load.
    from dn_bodymap.charting import needling
    from dn_bodymap.records.errors import RecordsError

    raw = settings.value("needling/presets")
    if raw is None or raw == "":
        return list(needling.DEFAULT_PRESETS), ""
    try:
        return needling.from_json(json.loads(str(raw)), muscles), ""
    except (ValueError, RecordsError) as exc:
        return list(needling.DEFAULT_PRESETS), (f"Needling presets in {settings.fileName()} "
                                                f"not used ({exc}); the shipped ones are "
                                                "offered instead.")


def save_needling_presets(settings: QSettings, presets: Iterable[Preset]) -> None:
    from dn_bodymap.charting.needling import to_json

    settings.setValue("needling/presets", json.dumps(to_json(presets)))
    settings.sync()


IDLE_LOCK_DEFAULT = 10  # minutes


def idle_lock_minutes(settings: QSettings) -> int:
    """Minutes without use before the window locks (when accounts exist); 0 = never."""
    try:
        minutes = int(str(settings.value("security/idle_lock_minutes", IDLE_LOCK_DEFAULT)))
    except ValueError:
        return IDLE_LOCK_DEFAULT
    return max(0, minutes)


def save_idle_lock_minutes(settings: QSettings, minutes: int) -> None:
    settings.setValue("security/idle_lock_minutes", max(0, int(minutes)))
    settings.sync()


def last_account(settings: QSettings) -> str:
    return str(settings.value("security/last_account", "") or "")


def save_last_account(settings: QSettings, name: str) -> None:
    settings.setValue("security/last_account", name)
    settings.sync()
