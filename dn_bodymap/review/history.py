"""A patient's treatment history: one line per session, newest first, with what a reviewer
scans for (date, clinician, active and latent points, pain before and after, signed or not).

The counts come from the database in one query (Store.history_rows), so a patient with 500
sessions lists as fast as one with five; the sessions themselves are loaded only when opened.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dn_bodymap.records.model import HistoryRow

if TYPE_CHECKING:  # the store pulls in SQLAlchemy; the model alone stays light
    from dn_bodymap.records.store import Store

__all__ = ["HistoryRow", "history", "previous_session"]


def history(store: Store, patient_id: int) -> list[HistoryRow]:
    """The patient's sessions, newest first (by clinical date as a moment, then by id).

    Active and latent count confirmed points; carried points still to re-check are counted
    in ``unconfirmed`` instead, since they are last session's findings, not today's."""
    return store.history_rows(patient_id)


def previous_session(rows: Sequence[HistoryRow], session_id: int | None = None,
                     *, signed_only: bool = False) -> HistoryRow | None:
    """The session before ``session_id`` in a history (newest first), or the newest one when
    ``session_id`` is None: what "start from last session" carries forward and what a
    comparison sets beside the current session. ``signed_only`` skips drafts."""
    start = 0
    if session_id is not None:
        ids = [r.id for r in rows]
        if session_id not in ids:
            raise KeyError(f"session {session_id} is not in this history")
        start = ids.index(session_id) + 1
    return next((r for r in rows[start:] if r.signed or not signed_only), None)
