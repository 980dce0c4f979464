"""The open session on the canvas: clicks become trigger points, edits become undoable stored
changes, and every view (markers, zones, inspector, panels) redraws from the store.

The window owns the widgets; this object binds them to one session at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QCursor, QUndoStack

from dn_bodymap.atlas import Atlas, Region
from dn_bodymap.atlas.referral import Pattern, Site
from dn_bodymap.charting.palette import point_colour
from dn_bodymap.charting.placement import on_side, other_side_note, place
from dn_bodymap.charting.referral_sites import pattern_of
from dn_bodymap.i18n import terms
from dn_bodymap.records.model import Session, TriggerPoint
from dn_bodymap.records.store import Store
from dn_bodymap.records.validate import POINT_FIELDS
from dn_bodymap.ui import editor_messages as says
from dn_bodymap.ui.body_canvas import BodyCanvas
from dn_bodymap.ui.chooser import DepthChooser
from dn_bodymap.ui.markers import MarkerItem
from dn_bodymap.ui.qt_present import unparent
from dn_bodymap.ui.undo import AddPoint, DeletePoint, EditPoint, EditSession
from dn_bodymap.ui.zones_item import ZonesItem

ZONE_MODES = ("all", "selected", "none")


def region_fields(region: Region) -> dict[str, str]:
    return {"muscle": region.muscle, "side": region.side, "layer": region.layer}


@dataclass(frozen=True)
class Refusal:
    """An edit of a point the store refused, to show beside the fields it concerned until they
    are changed again (or another point is shown)."""

    number: int
    fields: tuple[str, ...]
    message: str  # the store's words, like "depth_mm: 40 mm is deeper than ..."

    @property
    def field(self) -> str:
        """The field the store named (a preset's depth may be refused for its needle)."""
        named = self.message.partition(": ")[0]
        return named if named in POINT_FIELDS else self.fields[0]

    @property
    def text(self) -> str:
        named, _, rest = self.message.partition(": ")
        return says.not_saved(rest if named in POINT_FIELDS and rest else self.message)


class SessionEditor(QObject):
    changed = Signal(object, object)  # Session or None, selected TriggerPoint or None
    message = Signal(str)  # a one-line explanation for the status bar
    # A change refused because the record changed elsewhere since it was shown: the message
    # (what changed, by whom) and the values that were not saved. The session is reloaded.
    conflict = Signal(str, dict)
    outage = Signal(str, str, object)  # the server away: the message, what, a retry callable

    def __init__(self, atlas: Atlas, store: Store, canvas: BodyCanvas,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.store = store
        self.canvas = canvas
        self.undo_stack = QUndoStack(self)
        self.session: Session | None = None
        self.selected: int | None = None  # point number
        self.zone_mode = "all"
        self.chooser: DepthChooser | None = None
        self.refusal: Refusal | None = None
        self.side_note: tuple[int, str] | None = None  # (point number, note) after charting it
        # Asked before a depth is stored: None (within every caution zone's guidance), or
        # whether the clinician confirmed a depth beyond it. The window sets it.
        self.confirm_depth: Callable[[TriggerPoint, float], bool | None] = lambda p, d: None
        self._markers: list[MarkerItem] = []
        self._patterns: dict[tuple[str, str, str, float, float, str | None], Pattern | None] = {}
        self._announcing = False
        self.zones: dict[str, ZonesItem] = {}
        for view, item in canvas.items_by_view.items():
            zones = ZonesItem(view, item.boundingRect())
            zones.setParentItem(item)
            self.zones[view] = zones

    # -- the EditorView protocol (called by undo commands) ------------------------------------

    def show_point(self, number: int | None, *, changed: TriggerPoint | None = None,
                   removed: int | None = None) -> None:
        self.selected = number
        if self.session is not None and (changed is not None or removed is not None):
            # The store returned the point as stored: patch it in rather than reload all.
            gone = {removed, changed.number if changed else None}
            points = [p for p in self.session.points if p.number not in gone]
            if changed is not None:
                points.append(changed)
            self.session = replace(self.session,
                                   points=tuple(sorted(points, key=lambda p: p.number)))
            self.refresh(reload=False)
        else:
            self.refresh()

    def point_by_number(self, number: int) -> TriggerPoint:
        p = self._find(lambda p: p.number == number)
        if p is None:
            raise KeyError(f"no point {number} in the open session")
        return p

    def refused(self, message: str, number: int | None = None,
                fields: tuple[str, ...] = ()) -> None:
        self.message.emit(says.not_saved(message))
        if number is not None and fields:
            self.refusal = Refusal(number, fields, message)
        self.refresh()  # what is stored, the selection kept

    def current_session(self) -> Session:
        assert self.session is not None
        return self.session

    def changed_elsewhere(self, message: str, attempted: dict[str, Any]) -> None:
        self.refresh()  # the record as it is now, the selection kept
        self.conflict.emit(message, attempted)

    def unreachable(self, message: str, what: str, again: Any) -> None:
        self.refresh(reload=False)  # as last stored (a dragged marker goes back)
        self.outage.emit(message, what, lambda: self._retry(again))

    def _retry(self, again: Any) -> None:
        if self.session is not None and self.session.id == again.session_id:
            self._push(again)

    def refusal_of(self, point: TriggerPoint | None) -> Refusal | None:
        """The refused edit to show beside the inspector's fields for ``point``, if any."""
        r = self.refusal
        return r if r is not None and point is not None and r.number == point.number else None

    # -- opening and drawing ----------------------------------------------------------------

    def open(self, session_id: int | None) -> None:
        self.undo_stack.clear()
        self.selected = None
        self.refusal = self.side_note = None
        self.session = None
        if session_id is not None:
            self.session = self.store.session(session_id)
        self.refresh()

    @property
    def read_only_reason(self) -> str:
        if self.session is None:
            return says.no_session()
        if self.session.signed:
            return says.signed_read_only(self.session.signed_by)
        return ""

    def refresh(self, reload: bool = True) -> None:
        if self.session is not None and reload:
            self.session = self.store.session(self.session.id)
        points = self.session.points if self.session else ()
        if self.selected is not None and all(p.number != self.selected for p in points):
            self.selected = None
        self._draw_markers(points)
        self._draw_zones(points)
        self._announce()

    def _announce(self) -> None:
        # The canvas is redrawn at once; the panels (inspector, lists) follow as soon as it has
        # painted, so a click shows its point first. Several changes in a row announce once.
        if not self._announcing:
            self._announcing = True
            QTimer.singleShot(0, self.announce_now)

    def announce_now(self) -> None:
        """Bring the panels up to date now (tests, and before reading them)."""
        self._announcing = False
        self.changed.emit(self.session, self.selected_point())

    def selected_point(self) -> TriggerPoint | None:
        return self._find(lambda p: p.number == self.selected)

    def _point_with_id(self, point_id: int) -> TriggerPoint | None:
        return self._find(lambda p: p.id == point_id)

    def _find(self, wanted: Callable[[TriggerPoint], bool]) -> TriggerPoint | None:
        """A point of the open session as last stored (None without a session or a match)."""
        points = self.session.points if self.session is not None else ()
        return next((p for p in points if wanted(p)), None)

    def _draw_markers(self, points: tuple[TriggerPoint, ...]) -> None:
        # Markers are kept while their point is unchanged: one more point adds one item.
        editable = not self.read_only_reason
        wanted = {p.id: p for p in points}
        keep: dict[int, MarkerItem] = {}
        for m in self._markers:
            p = wanted.get(m.point_id)
            if p is not None and m.shows == (p, editable):
                keep[m.point_id] = m
            else:
                unparent(m)
                if m.scene() is not None:
                    m.scene().removeItem(m)
        self._markers = []
        for p in points:
            m = keep.get(p.id) or self._new_marker(p, editable)
            m.setSelected(p.number == self.selected)
            self._markers.append(m)

    def _new_marker(self, p: TriggerPoint, editable: bool) -> MarkerItem:
        m = MarkerItem(p.id, p.number, point_colour(p.number), latent=p.kind == "latent",
                       unconfirmed=not p.confirmed, movable=editable)
        m.shows = (p, editable)
        m.setParentItem(self.canvas.items_by_view[p.view])
        m.setPos(p.x, p.y)
        name = self.atlas.muscle_name(p.muscle)
        m.setToolTip(f"{p.number}. {name} ({terms.side(p.side)}, {terms.layer(p.layer)})")
        m.picked.connect(self._picked)
        m.moved.connect(self._moved)
        return m

    def _draw_zones(self, points: tuple[TriggerPoint, ...]) -> None:
        shown = {"all": points, "selected": [p for p in points if p.number == self.selected],
                 "none": []}[self.zone_mode]
        patterns = []
        for p in shown:
            pattern = self._pattern(p)
            if pattern is not None:
                patterns.append((pattern, point_colour(p.number)))
        for zones in self.zones.values():
            zones.set_patterns(patterns)

    def _pattern(self, p: TriggerPoint) -> Pattern | None:
        """The point's referral pattern (of the chosen site, else the nearest), looked up once;
        None for a muscle with no pattern, or one an older atlas had."""
        key = (p.muscle, p.side, p.view, p.x, p.y, p.referral_site)
        if key not in self._patterns:
            self._patterns[key] = pattern_of(self.atlas, p)
        return self._patterns[key]

    def set_zone_mode(self, mode: str) -> None:
        self.zone_mode = mode
        self.refresh()

    def show_sites(self, sites: list[Site]) -> None:
        """X marks at classic trigger-point sites (of a hovered, searched or candidate muscle)."""
        for zones in self.zones.values():
            zones.set_sites(sites)

    # -- edits ------------------------------------------------------------------------------

    def _editable(self) -> bool:
        if self.read_only_reason:
            self.message.emit(self.read_only_reason)
            return False
        return True

    def _push(self, command: Any) -> None:
        self.undo_stack.push(command)

    def click(self, view: str, x: float, y: float) -> None:
        """A click on the body: chart a point on the superficial muscle there, and offer the
        deeper ones."""
        if not self._editable():
            return
        placement = place(self.atlas, view, x, y)
        if not placement.ok:
            self.message.emit(says.no_point_placed(placement.problem))
            return
        self.add_point(view, x, y, placement.candidates[0])
        if placement.needs_choice:
            self._offer(placement.candidates, lambda r: self._remap(self.selected, r))

    def add_point(self, view: str, x: float, y: float, region: Region) -> None:
        assert self.session is not None
        values = {"view": view, "x": x, "y": y, **region_fields(region)}
        self._push(AddPoint(self.store, self.session.id, values, self))
        p = self.selected_point()
        if p is not None and self.session is not None:
            note = other_side_note(self.session.points, p)
            self.side_note = (p.number, note) if note else None
            self.message.emit(says.point_saved(p.number, self.atlas.muscle_name(p.muscle),
                                               p.side, p.layer, note))

    def side_note_of(self, point: TriggerPoint | None) -> str:
        """The note on the side of a point just charted (empty for any other point)."""
        n = self.side_note
        return n[1] if n is not None and point is not None and n[0] == point.number else ""

    def _offer(self, regions: tuple[Region, ...], then: Callable[[Region], None]) -> None:
        self.close_chooser()
        self.chooser = DepthChooser(self.atlas, regions, self.canvas)
        self.chooser.chosen.connect(lambda i: then(regions[i]) if i > 0 else None)
        self.chooser.open_at(QCursor.pos() if self.canvas.underMouse()
                             else self.canvas.mapToGlobal(QPoint(40, 40)))

    def close_chooser(self) -> None:
        if self.chooser is not None:
            self.chooser.close()
            self.chooser.deleteLater()
            self.chooser = None

    def _remap(self, number: int | None, region: Region) -> None:
        if number is not None and self.session is not None:
            self._push(EditPoint(self.store, self.session.id, number, region_fields(region),
                                 self, says.point_muscle(number,
                                                         self.atlas.muscle_name(region.muscle))))

    def _picked(self, point_id: int) -> None:
        p = self._point_with_id(point_id)
        if p is not None and self.session is not None and p.number != self.selected:
            self.selected = p.number
            self.refusal = self.side_note = None
            self.changed.emit(self.session, p)
            self._draw_zones(self.session.points)

    def select(self, point_id: int) -> None:
        self._picked(point_id)
        for m in self._markers:
            m.setSelected(m.point_id == point_id)

    def _moved(self, point_id: int, x: float, y: float) -> None:
        p = self._point_with_id(point_id)
        if p is None or self.session is None or not self._editable():
            self.refresh()
            return
        placement = place(self.atlas, p.view, x, y)
        if not placement.ok:
            self.message.emit(says.not_moved(p.number, placement.problem))
            self.refresh()  # the marker goes back where the record says
            return
        keep = next((r for r in placement.candidates if (r.muscle, r.side) == (p.muscle, p.side)),
                    None)
        region = keep or placement.candidates[0]
        self._push(EditPoint(self.store, self.session.id, p.number,
                             {"x": x, "y": y, **region_fields(region)}, self,
                             says.move_point(p.number)))
        if keep is None and placement.needs_choice:
            self._offer(placement.candidates, lambda r: self._remap(p.number, r))

    def delete_selected(self) -> None:
        if self.selected is None or self.session is None or not self._editable():
            return
        self._push(DeletePoint(self.store, self.session.id, self.selected, self))

    def edit_point(self, point_id: int, changes: dict[str, Any], text: str = "") -> None:
        """Change fields of a point: one stored change, one undo step (named ``text``)."""
        p = self._point_with_id(point_id)
        if p is None or self.session is None or not self._editable():
            return
        if changes.get("side", p.side) != p.side:
            changes = self._to_side(p, changes)
            if not changes:
                return
            text = says.to_side(p.number, changes["side"])
            self.side_note = None
        depth = changes.get("depth_mm")
        if depth is not None and "depth_confirmed" not in changes:
            confirmed = self.confirm_depth(p, depth)
            if confirmed is False:  # not stored: the inspector shows the stored depth again
                self.message.emit(says.depth_not_changed(p.number))
                self.refresh(reload=False)
                return
            if confirmed:
                changes = {**changes, "depth_confirmed": True}
        if (refused := self.refusal_of(p)) and changes.keys() & set(refused.fields):
            self.refusal = None  # tried again: a new refusal, if any, replaces it
        self._push(EditPoint(self.store, self.session.id, p.number, changes, self, text))

    def _to_side(self, p: TriggerPoint, changes: dict[str, Any]) -> dict[str, Any]:
        """Another side is the same muscle on the other side: the point is mirrored across
        the midline, on the same view. Empty (and said why) if that cannot be."""
        moved = on_side(self.atlas, p.view, p.x, p.y, p.muscle, changes["side"])
        if moved is None:
            self.message.emit(says.kept_on_side(p.number, p.side))
            self.refresh()  # the inspector shows the stored side again
            return {}
        x, region = moved
        return {**changes, "x": x, **region_fields(region)}

    def choose_muscle(self, point_id: int, index: int) -> None:
        p = self._point_with_id(point_id)
        if p is not None and self._editable():
            regions = self.atlas.muscles_at(p.view, p.x, p.y)
            if 0 <= index < len(regions):
                self._remap(p.number, regions[index])

    def edit_session(self, changes: dict[str, Any]) -> None:
        if self.session is not None and self._editable():
            self._push(EditSession(self.store, self.session.id, changes, self, self.selected))
