"""Texts the main window composes from the record: its title, the adverse events of the last
visit, the note on a signed-in clinician's profile."""

from __future__ import annotations

from collections.abc import Iterable

from dn_bodymap import __version__
from dn_bodymap.i18n import translate
from dn_bodymap.records import vocab


def window_title(patient_name: str, date: str, signed: bool) -> str:
    state = (translate("ui.window_text", "signed, read-only") if signed
             else translate("ui.window_text", "draft"))
    return translate("ui.window_text", "{name} — {date} ({state}) — dn-bodymap {version}"
                     ).format(name=patient_name, date=date, state=state, version=__version__)


def previous_events(events: Iterable[tuple[int | None, str]]) -> str:
    """"bruising (point 3), headache": the adverse events recorded at the last visit."""
    return ", ".join(
        vocab.LABELS.get(code, code).lower()
        + (translate("ui.window_text", " (point {number})").format(number=n) if n else "")
        for n, code in events)


def signed_in(signature: str) -> str:
    return translate("ui.window_text", "Signed in as {signature}. Your name and credentials "
                     "come from your clinician account.").format(signature=signature)
