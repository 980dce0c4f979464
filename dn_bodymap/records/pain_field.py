"""The session's pain drawing as a record field: checked by charting/pain_drawing.py and
stored in its JSON form, so the store, the audit trail and the exchange format keep it as
they keep any other field."""

from __future__ import annotations

from typing import Any

from dn_bodymap.records.errors import RecordsError


def check(value: Any, where: str) -> dict[str, Any] | None:
    """A pain drawing in its JSON form (or a PainDrawing), checked, as that form; None or
    an empty drawing: none drawn."""
    from dn_bodymap.charting import pain_drawing as pd

    try:
        drawing = value if isinstance(value, pd.PainDrawing) else pd.from_json(value, where)
    except pd.DrawingError as exc:
        raise RecordsError(str(exc)) from None
    return None if drawing.is_empty else pd.to_json(drawing)
