"""The regions a pain drawing covers, in plain words from the atlas's landmarks ("right low
back", "right buttock", "posterior right thigh"), ordered head to foot, each once. No Qt.

A landmark's region counts when the drawing covers the landmark or comes within REACH of it
on the landmark's view. A drawn patch that reaches no landmark (a dab between them) is named
by the landmark nearest it, so nothing drawn goes unnamed.
"""

from __future__ import annotations

import re
from typing import Final

import shapely

from dn_bodymap import i18n
from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.conventions import LEVEL_LANDMARKS, VIEWS
from dn_bodymap.atlas.model import Landmark
from dn_bodymap.charting.pain_drawing import PainDrawing
from dn_bodymap.i18n import terms

REACH: Final = 8.0  # view units (~16 mm on the body, ~2 mm each): a design parameter, about
# a fingertip-brush dab (BRUSH_SIZES[0] = 6) plus a landmark's own uncertainty; landmarks are
# 15-40 units apart, so a dab names its own region without its neighbours'
_SITED: Final = ("anterior", "posterior", "lateral", "medial", "dorsal", "volar")


def name(landmark: Landmark) -> str:
    """The landmark's name with its side in plain words: "right low back", "posterior right
    thigh", "top of the right shoulder", "sternum". In another language than English, the
    translated landmark with its side after it ("zona lumbar (derecho)"): English word order
    rules do not carry over."""
    if i18n.language() != i18n.SOURCE_LANGUAGE:
        return terms.landmark(re.sub(r"\s*\(.*?\)", "", landmark.name).strip(), landmark.side)
    text = re.sub(r"\s*\(.*?\)", "", landmark.name).strip()  # "Palm", not "(front of ...)"
    if text[:2] != text[:2].upper():  # keep "C7 ..." as written
        text = text[0].lower() + text[1:]
    side = landmark.side
    if side is None:
        return text
    if text.startswith("between "):
        return f"{text}, {side} side"
    if " of the " in text:
        head, tail = text.split(" of the ", 1)
        return f"{head} of the {side} {tail}"
    first, _, rest = text.partition(" ")
    if first in _SITED and rest and rest != "epicondyle":  # "right lateral epicondyle"
        return f"{first} {side} {rest}"
    return f"{side} {text}"


def regions(atlas: Atlas, drawing: PainDrawing) -> list[str]:
    """Plain names of the regions ``drawing`` covers, head to foot, each once."""
    found: dict[str, float] = {}  # name -> highest (smallest y) landmark of that name
    for view in VIEWS:
        ground = drawing.on(view)
        if ground.is_empty:
            continue
        marks = [m for m in atlas.landmarks if m.view == view and m.id not in LEVEL_LANDMARKS]
        points = shapely.points([(m.x, m.y) for m in marks])
        near = shapely.dwithin(ground, points, REACH)
        hits = [m for m, hit in zip(marks, near, strict=True) if hit]
        for part in shapely.get_parts(ground):  # a patch near no landmark: its nearest
            if not any(shapely.dwithin(part, points[near], REACH)):
                hits.append(marks[int(shapely.distance(part, points).argmin())])
        for m in hits:
            found[name(m)] = min(found.get(name(m), m.y), m.y)
    return sorted(found, key=lambda n: (found[n], n))
