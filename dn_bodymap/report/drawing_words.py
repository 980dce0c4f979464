"""The pain drawing on a printed map, in words (no Qt): its area as a share of the body, the
regions it covers (charting/pain_regions) and its qualities for the clinician, and a
sentence for the patient ("You marked pain on your right lower back and right buttock, about
4% of your body (striped on the map); you described it as aching.").
"""

from __future__ import annotations

from dn_bodymap import i18n
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
from dn_bodymap.charting.pain_regions import name as region_name
from dn_bodymap.charting.pain_regions import regions
from dn_bodymap.i18n import terms, translate
from dn_bodymap.records.model import Session
from dn_bodymap.report.plain_words import PLACES


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
    return (words[0] if len(words) == 1 else ", ".join(words[:-1])
            + translate("report.drawing_words", " and ") + words[-1])


def _intensities(drawing: PainDrawing) -> str:
    values = sorted({a.intensity for a in drawing.areas if a.intensity is not None})
    if not values:
        return ""
    span = f"{values[0]}" + (f"-{values[-1]}" if len(values) > 1 else "")
    return translate("report.drawing_words", "intensity {span}/10").format(span=span)


def clinical_text(area: dict[str, float], drawing: PainDrawing,
                  where: list[str] | None = None) -> str:
    """'12.3% of the body (front 4.1%, back 20.4%); right low back, right buttock;
    aching, burning; intensity 5-8/10'."""
    views = ", ".join(f"{terms.view(v)} {area[v]:.1f}%" for v in area if v != "total")
    parts = [translate("report.drawing_words", "{total}% of the body ({views})").format(
        total=f"{area['total']:.1f}", views=views)]
    if where:
        parts.append(", ".join(where))
    parts += [", ".join(qualities(drawing)), _intensities(drawing)]
    return "; ".join(p for p in parts if p)


def plain_place(landmark_id: str, side: str | None) -> str:
    """Where a landmark is, in the patient's words (report/plain_words.PLACES) with the side:
    'your right lower back', 'the back of your right thigh', 'the breastbone',
    'between the shoulder blades (right side)'."""
    words, english = PLACES[landmark_id], PLACES.english(landmark_id)
    if side is None:
        return words
    if english.startswith(("between", "where")) or i18n.language() != i18n.SOURCE_LANGUAGE:
        # no comma: it stands in a list
        return translate("report.drawing_words", "{place} ({side} side)").format(
            place=words, side=terms.side(side))
    if " of the " in words:
        return words.replace(" of the ", f" of your {side} ", 1)
    return f"your {side} {words.removeprefix('the ')}"


def plain_where(places: list[str]) -> str:
    """'your right lower back, right buttock and the back of your right thigh': "your" said
    once for a run of places that start with it."""
    out = [p.removeprefix("your ") if i and p.startswith("your ")
           and places[i - 1].startswith("your ") else p for i, p in enumerate(places)]
    return _listed(out)


def plain_regions(atlas: Atlas, drawing: PainDrawing) -> list[str]:
    """The regions the drawing covers (charting/pain_regions, head to foot), each in the
    patient's words through its landmark."""
    by_name = {region_name(m): m for m in atlas.landmarks if m.id in PLACES}
    out: list[str] = []
    for r in regions(atlas, drawing):
        m = by_name.get(r)
        words = plain_place(m.id, m.side) if m is not None else r
        if words not in out:
            out.append(words)
    return out


def plain_amount(total: float) -> str:
    """'about 4% of your body', 'less than 1% of your body'."""
    if total < 1:
        return translate("report.drawing_words", "less than 1% of your body")
    return translate("report.drawing_words", "about {percent}% of your body").format(
        percent=round(total))


def patient_text(area: dict[str, float], drawing: PainDrawing,
                 places: list[str] | None = None) -> str:
    """'You marked pain on your right lower back and right buttock, about 4% of your body
    (striped on the map); you described it as aching.' (``places`` in the patient's words)"""
    amount = plain_amount(area["total"])
    text = (translate("report.drawing_words", "You marked pain on {places}, {amount} (striped "
                      "on the map)").format(places=plain_where(places), amount=amount)
            if places else
            translate("report.drawing_words", "You marked pain over {amount} (striped on the "
                      "map)").format(amount=amount))
    words = qualities(drawing)
    if words:
        text += translate("report.drawing_words", "; you described it as {qualities}").format(
            qualities=_listed(words))
    return text + "."


def drawing_entry(atlas: Atlas, drawing: PainDrawing, area: dict[str, float],
                  patient_variant: bool) -> tuple[str, str] | None:
    """The visit summary's entry for the drawing: (heading, text), None without one."""
    if drawing.is_empty or not area:
        return None
    if patient_variant:
        return (translate("report.drawing_words", "Where you marked pain"),
                patient_text(area, drawing, plain_regions(atlas, drawing)))
    return (translate("report.drawing_words", "Pain drawing"),
            clinical_text(area, drawing, regions(atlas, drawing)))
