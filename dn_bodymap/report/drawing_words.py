"""The pain drawing on a printed map, in words (no Qt): its area as a share of the body and
its qualities for the clinician, and a sentence for the patient ("You marked pain on your
right low back and right buttock, about 4% of your body; you described it as aching.").
"""

from __future__ import annotations

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting.pain_drawing import (
    EMPTY,
    QUALITIES,
    QUALITY_WORDS,
    DrawingError,
    PainDrawing,
    area_percent,
    from_json,
)
from dn_bodymap.records.model import Session

CLINICAL_HEADING = "Pain drawing"
PATIENT_HEADING = "Where you marked pain"
# Region words a clinician uses that a patient may not: "posterior right thigh" is said
# "the back of your right thigh".
PLAIN_PREFIXES = {"posterior": "back", "anterior": "front", "lateral": "outside",
                  "medial": "inside"}


def session_drawing(atlas: Atlas, session: Session) -> tuple[PainDrawing, dict[str, float]]:
    """The session's drawing and its area figures (empty when none was drawn). The store
    checks a drawing before keeping it; one that still does not read is printed as none
    rather than stopping the printout (``verify`` reports the record)."""
    try:
        drawing = from_json(session.pain_drawing)
    except DrawingError:
        return EMPTY, {}
    if drawing.is_empty:
        return EMPTY, {}
    return drawing, area_percent(drawing, {v: atlas.views[v].outline for v in atlas.views})


def qualities(drawing: PainDrawing) -> list[str]:
    """The qualities tagged, in QUALITIES order, in words."""
    tagged = {a.quality for a in drawing.areas}
    return [QUALITY_WORDS[q] for q in QUALITIES if q in tagged]


def _listed(words: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _intensities(drawing: PainDrawing) -> str:
    values = sorted({a.intensity for a in drawing.areas if a.intensity is not None})
    if not values:
        return ""
    return f"intensity {values[0]}" + (f"-{values[-1]}" if len(values) > 1 else "") + "/10"


def clinical_text(area: dict[str, float], drawing: PainDrawing,
                  regions: list[str] | None = None) -> str:
    """'12.3% of the body (front 4.1%, back 20.4%); right low back, right buttock;
    aching, burning; intensity 5-8/10'."""
    views = ", ".join(f"{v} {area[v]:.1f}%" for v in area if v != "total")
    parts = [f"{area['total']:.1f}% of the body ({views})"]
    if regions:
        parts.append(", ".join(regions))
    parts += [", ".join(qualities(drawing)), _intensities(drawing)]
    return "; ".join(p for p in parts if p)


def plain_region(region: str, first: bool) -> str:
    """'posterior right thigh' -> 'the back of your right thigh'; 'right buttock' ->
    'your right buttock' (``first``) or 'right buttock' (after one)."""
    head, _, rest = region.partition(" ")
    if head in PLAIN_PREFIXES and rest:
        return f"the {PLAIN_PREFIXES[head]} of your {rest}"
    return f"your {region}" if first else region


def plain_where(regions: list[str]) -> str:
    """'your right low back, right buttock and the back of your right thigh'."""
    out: list[str] = []
    for r in regions:  # "your" again after a "the back of your ..." phrase
        out.append(plain_region(r, not out or " of your " in out[-1]))
    return _listed(out)


def plain_amount(total: float) -> str:
    """'about 4% of your body', 'less than 1% of your body'."""
    if total < 1:
        return "less than 1% of your body"
    return f"about {round(total)}% of your body"


def patient_text(area: dict[str, float], drawing: PainDrawing,
                 regions: list[str] | None = None) -> str:
    where = f"on {plain_where(regions)}, " if regions else "over "
    text = f"You marked pain {where}{plain_amount(area['total'])} (striped on the map)"
    words = qualities(drawing)
    if words:
        text += f"; you described it as {_listed(words)}"
    return text + "."


def drawing_entry(atlas: Atlas, drawing: PainDrawing, area: dict[str, float],
                  patient_variant: bool) -> tuple[str, str] | None:
    """The visit summary's entry for the drawing: (heading, text), None without one."""
    if drawing.is_empty or not area:
        return None
    if patient_variant:
        return PATIENT_HEADING, patient_text(area, drawing)
    return CLINICAL_HEADING, clinical_text(area, drawing)
