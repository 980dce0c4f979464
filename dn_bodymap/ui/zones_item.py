"""The referral zones of the charted points on one view, each in its point's colour, and the
classic trigger-point sites (X marks) of a muscle the clinician is looking at.

Each point's zones are their own cached item, so charting one more point paints one more
pattern; the others are copied from their caches (stippled fills are slow to paint).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from dn_bodymap.atlas.referral import Pattern, Site
from dn_bodymap.drawing.referral import paint_pattern, paint_sites, zone_paths
from dn_bodymap.ui.qt_present import unparent

ZONE_OPACITY = 0.55  # the muscle outlines must show through the zones


class _PatternItem(QGraphicsItem):
    def __init__(self, pattern: Pattern, view: str, colour: QColor) -> None:
        super().__init__()
        self.pattern, self.view, self.colour = pattern, view, colour
        essential, spillover = zone_paths(pattern, view)
        self._rect = essential.boundingRect().united(spillover.boundingRect()).adjusted(
            -2, -2, 2, 2)
        self.setOpacity(ZONE_OPACITY)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        paint_pattern(painter, self.pattern, self.view, self.colour, sites=False)


class _SitesItem(QGraphicsItem):
    """X marks at classic sites, above every zone."""

    def __init__(self, parent: QGraphicsItem, rect: QRectF) -> None:
        super().__init__(parent)
        self._rect = rect
        self.sites: list[Site] = []
        self.setZValue(1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self.sites:
            paint_sites(painter, self.sites)


class ZonesItem(QGraphicsItem):
    """Child of a BodyViewItem: draws in the view's diagram coordinates."""

    def __init__(self, view: str, rect: QRectF) -> None:
        super().__init__()
        self.view = view
        self._rect = rect
        self._items: dict[tuple[int, str], _PatternItem] = {}  # (id of pattern, colour)
        self._marks = _SitesItem(self, rect)
        self.setZValue(5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks reach the body below
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)

    def boundingRect(self) -> QRectF:
        return self._rect

    def set_patterns(self, patterns: Sequence[tuple[Pattern, str]]) -> None:
        wanted = {(id(p), c): (p, c) for p, c in patterns if p.zones_on(self.view)}
        for key in [k for k in self._items if k not in wanted]:
            item = self._items.pop(key)
            unparent(item)
            if item.scene() is not None:
                item.scene().removeItem(item)
        for key, (pattern, colour) in wanted.items():
            if key not in self._items:
                item = _PatternItem(pattern, self.view, QColor(colour))
                item.setParentItem(self)
                self._items[key] = item

    @property
    def pattern_ids(self) -> list[str]:
        """The patterns drawn on this view (for tests and checks)."""
        return sorted(item.pattern.id for item in self._items.values())

    @property
    def sites(self) -> list[Site]:
        return self._marks.sites

    def set_sites(self, sites: Sequence[Site]) -> None:
        sites = [s for s in sites if s.view == self.view]
        if sites != self._marks.sites:
            self._marks.sites = sites
            self._marks.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        pass  # no contents of its own: the zones and site marks are child items
