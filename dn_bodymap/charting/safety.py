"""The safety warnings of a session: the patient's active precautions, the caution zones its
points lie over, and needling depths beyond a zone's published guidance.

No Qt. The same list feeds `dn-bodymap safety`, the window's Safety panel and the printed
map, so screen, paper and scripts never disagree. Warnings support the clinician's judgement;
they never replace it, and they never block charting (a warning is not an error).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from dn_bodymap import i18n
from dn_bodymap.i18n import terms, translate, translate_data
from dn_bodymap.records.model import Precaution, Session, TriggerPoint
from dn_bodymap.records.vocab import LABELS

KINDS = ("precaution", "caution_zone", "depth")
# Precautions the issue names as belonging at each needled point, not only to the visit:
# pregnancy, and an active infection (which may be at the charted site).
AT_THE_POINT = ("pregnancy", "active_infection")


@dataclass(frozen=True)
class SafetyWarning:
    point: int | None  # the point's number, or None for the whole session
    kind: str  # precaution / caution_zone / depth
    id: str  # the screening item or the caution zone
    message: str
    # For the inspector and the printed map: the zone's name ("" for a precaution) and the
    # warning in few words with a short citation ("" where the message is short already).
    zone: str = ""
    short: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"point": self.point, "kind": self.kind, "id": self.id, "message": self.message}


@dataclass(frozen=True)
class ActivePrecaution:
    item: str
    note: str
    confirmed_today: bool  # answered at this visit, not only carried from an earlier one

    @property
    def label(self) -> str:
        return LABELS.get(self.item, self.item.replace("_", " "))

    def text(self) -> str:
        note = f" ({self.note})" if self.note else ""
        return f"{self.label}{note}" + ("" if self.confirmed_today else translate(
            "charting.safety", " - carried from an earlier visit, confirm"))


def active_precautions(session: Session,
                       standing: Sequence[Precaution] = ()) -> list[ActivePrecaution]:
    """Every item answered "yes" at this visit or, where the visit did not ask, standing for
    the patient from an earlier one. A "no" given today wins over an older "yes"."""
    out: dict[str, ActivePrecaution] = {}
    for p in standing:
        if p.answer == "yes":
            out[p.item] = ActivePrecaution(p.item, p.note, confirmed_today=False)
    for item, answer in session.screening.items():
        if answer.answer == "yes":
            out[item] = ActivePrecaution(item, answer.note,
                                         confirmed_today=not getattr(answer, "carried", False))
        elif answer.answer == "no":
            out.pop(item, None)
    order = {item: i for i, item in enumerate(session.screening)}
    return sorted(out.values(), key=lambda a: order.get(a.item, len(order)))


def _point_name(atlas: Any, p: TriggerPoint) -> str:
    return translate("charting.safety", "Point {number} ({muscle}, {side})").format(
        number=p.number, muscle=atlas.muscle_name(p.muscle).lower(), side=terms.side(p.side))


def guidance(zone: Any, source: str | None = None) -> str:
    """A zone's depth guidance in words, with its source (or the ``source`` given)."""
    if zone.max_depth_mm is None:
        return translate("charting.safety", "no published depth guidance")
    what = (translate("charting.safety", "recommended maximum depth")
            if zone.depth_kind == "recommended_max"
            else translate("charting.safety", "typical depth to the structure"))
    return f"{what} {zone.max_depth_mm:g} mm ({zone.source if source is None else source})"


def short_source(source: str) -> str:
    """'Seol SJ, Cho H, ... (2014). Appropriate depth ...' -> 'Seol et al. 2014'."""
    match = re.match(r"\s*([^\W\d_][\w'-]*)([^()]*)\((\d{4})\)", source)
    if match is None:
        return source.split(".")[0]
    several = "," in match.group(2) or " and " in match.group(2)
    return f"{match.group(1)}{' et al.' if several else ''} {match.group(3)}"


def _beyond(zone: Any, depth: float | None) -> bool:
    return depth is not None and zone.max_depth_mm is not None and depth > zone.max_depth_mm


def zones_beyond(atlas: Any, p: TriggerPoint, depth: float) -> list[Any]:
    """The caution zones under the point whose depth guidance ``depth`` goes beyond."""
    return [z for z in atlas.cautions_at(p.view, p.x, p.y) if _beyond(z, depth)]


def point_warnings(atlas: Any, p: TriggerPoint,
                   active: Iterable[ActivePrecaution] = ()) -> list[SafetyWarning]:
    """The warnings of one point: the zones it lies over, a depth beyond their guidance, and
    the precautions that belong at each needled point."""
    out: list[SafetyWarning] = []
    name = _point_name(atlas, p)
    for zone in atlas.cautions_at(p.view, p.x, p.y):
        zone_name = translate_data(i18n.CAUTION, zone.name)
        short_guidance = guidance(zone, short_source(zone.source))
        out.append(SafetyWarning(
            p.number, "caution_zone", zone.id,
            translate("charting.safety", "{point} lies over {zone}: {guidance}.").format(
                point=name, zone=zone_name, guidance=guidance(zone)), zone=zone_name,
            short=translate("charting.safety", "Over {zone}: {guidance}.").format(
                zone=zone_name, guidance=short_guidance)))
        if _beyond(zone, p.depth_mm):
            confirmed = (translate("charting.safety", " The clinician confirmed this depth.")
                         if p.depth_confirmed else translate("charting.safety", " Not confirmed."))
            depth = f"{p.depth_mm or 0:g} mm"
            out.append(SafetyWarning(
                p.number, "depth", zone.id,
                translate("charting.safety", "{point} was needled to {depth}, beyond the "
                          "{guidance} over {zone}.").format(
                    point=name, depth=depth, guidance=guidance(zone), zone=zone_name)
                + confirmed, zone=zone_name,
                short=translate("charting.safety", "Point {number}: {depth}, beyond the "
                                "{guidance} over {zone}.").format(
                    number=p.number, depth=depth, guidance=short_guidance, zone=zone_name)
                + confirmed))
    if p.needled:
        for a in active:
            if a.item in AT_THE_POINT:
                out.append(SafetyWarning(
                    p.number, "precaution", a.item,
                    translate("charting.safety", "{point} was needled: {precaution}.").format(
                        point=name, precaution=a.text())))
    return out


def session_warnings(atlas: Any, session: Session,
                     standing: Sequence[Precaution] = ()) -> list[SafetyWarning]:
    """All of a session's warnings: its precautions first, then each point's, by number."""
    active = active_precautions(session, standing)
    out = [SafetyWarning(None, "precaution", a.item,
                         translate("charting.safety", "Precaution: {precaution}.").format(
                             precaution=a.text()), short=f"{a.text()}.") for a in active]
    for p in sorted(session.points, key=lambda q: q.number):
        out += point_warnings(atlas, p, active)
    return out
