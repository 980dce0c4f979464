"""Pain drawings for tests: painted with charting/pain_drawing.py at atlas landmarks and kept
with a session through the store, as the window does."""

from __future__ import annotations

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting import pain_drawing as pd
from dn_bodymap.records import Store


def at(atlas: Atlas, landmark: str, side: str | None, view: str) -> tuple[float, float]:
    m = atlas.landmark(landmark, side, view=view)
    return m.x, m.y


def low_back_drawing(atlas: Atlas, quality: str | None = "aching",
                     also: bool = True) -> pd.PainDrawing:
    """A palm-wide stroke from the right low back to the right buttock (back view) and, with
    ``also``, a burning dab on the front of the right thigh."""
    back = atlas.views["back"].outline
    d = pd.paint(pd.EMPTY, back, "back", pd.stroke(
        [at(atlas, "low_back", "right", "back"), at(atlas, "buttock", "right", "back")], 20),
        quality, 6)
    if also:
        d = pd.paint(d, atlas.views["front"].outline, "front",
                     pd.stroke([at(atlas, "anterior_thigh", "right", "front")], 20), "burning", 8)
    return d


def keep(store: Store, session_id: int, drawing: pd.PainDrawing) -> None:
    """Save ``drawing`` with the session, as the charting window does."""
    version = store.session(session_id).version
    store.update_session(session_id, pain_drawing=pd.to_json(drawing), expected_version=version)


def outlines(atlas: Atlas) -> dict:
    return {v: atlas.views[v].outline for v in atlas.views}
