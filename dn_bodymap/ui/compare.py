"""Compare two sessions: side by side with linked zoom and pan, or overlaid (the earlier
session's points as faint ghosts on the later map). Each session's pain drawing is hatched on
its figure; in overlay the earlier one's edge is dashed over the later one. Matched points
are labelled new, persisting or resolved, on the map and in a list. Read-only: nothing here
edits a session.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsSimpleTextItem,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting.label_placement import GAP, place_labels
from dn_bodymap.charting.palette import point_colour
from dn_bodymap.i18n import QT_TRANSLATE_NOOP, Labels, terms, translate
from dn_bodymap.records import vocab
from dn_bodymap.records.model import Session, TriggerPoint
from dn_bodymap.records.store import Store
from dn_bodymap.review.matching import Match, match_points, tally
from dn_bodymap.ui.body_canvas import BodyCanvas
from dn_bodymap.ui.compare_drawings import DrawingItem, area_text, drawing_of, show_drawings
from dn_bodymap.ui.markers import RADIUS, MarkerItem
from dn_bodymap.ui.qt_present import unparent

GHOST_OPACITY = 0.4
TAGS = Labels("ui.compare", {"new": QT_TRANSLATE_NOOP("ui.compare", "new"),
                             "persisting": QT_TRANSLATE_NOOP("ui.compare", "persists"),
                             "resolved": QT_TRANSLATE_NOOP("ui.compare", "resolved")})


STATUSES = Labels("ui.compare", {"new": QT_TRANSLATE_NOOP("ui.compare", "new"),
                                 "persisting": QT_TRANSLATE_NOOP("ui.compare", "persisting"),
                                 "resolved": QT_TRANSLATE_NOOP("ui.compare", "resolved")})


def session_label(date: str, points: int, status: str) -> str:
    """A session as the Earlier / Later lists name it: date, points, draft or signed."""
    shown = vocab.LABELS.get(status, status).lower()
    when = date[:16].replace("T", " ")
    if points == 1:
        return translate("ui.compare", "{date} (1 point, {status})").format(
            date=when, status=shown)
    return translate("ui.compare", "{date} ({points} points, {status})").format(
        date=when, points=points, status=shown)


def tag_of(m: Match) -> str:
    """The label on the map: 'persists (other view)' when matched by muscle and side only."""
    return TAGS[m.status] + (translate("ui.compare", " (other view)") if m.across_views else "")


def _marker(canvas: BodyCanvas, p: TriggerPoint, status: str | None, ghost: bool,
            text: str = "") -> MarkerItem:
    m = MarkerItem(p.id, p.number, point_colour(p.number), latent=p.kind == "latent",
                   unconfirmed=ghost or not p.confirmed, movable=False)
    m.setFlag(m.GraphicsItemFlag.ItemIsSelectable, False)
    m.setParentItem(canvas.items_by_view[p.view])
    m.setPos(p.x, p.y)
    if ghost:
        m.setOpacity(GHOST_OPACITY)
        m.setZValue(9)
    if status is not None:
        tag = QGraphicsSimpleTextItem(text or TAGS[status], m)
        font = QFont()
        font.setPixelSize(10)
        font.setBold(status != "persisting")
        tag.setFont(font)
        tag.setBrush(QColor("#8a1c1c") if status == "new" else QColor("#333333"))
        tag.setPos(QPointF(RADIUS + 2, -6))  # until placed clear of the other markers
    return m


def place_tags(canvas: BodyCanvas, markers: list[MarkerItem]) -> None:
    """Put each marker's label where it covers no marker and no other label, at the canvas's
    current zoom (markers keep their screen size, so crowding depends on the zoom)."""
    t = canvas.transform()
    at = [t.map(m.scenePos()) for m in markers]
    tagged = [(i, tag) for i, m in enumerate(markers) for tag in m.childItems()]
    boxes = place_labels([(at[i].x(), at[i].y()) for i, _ in tagged],
                         [(tag.boundingRect().width(), tag.boundingRect().height())
                          for _, tag in tagged],
                         [(p.x(), p.y()) for p in at], RADIUS + 1)
    for (i, tag), box in zip(tagged, boxes, strict=True):
        tag.setPos(box.x - at[i].x(), box.y - at[i].y())
        _leader(markers[i], tag)


def _leader(marker: MarkerItem, tag: QGraphicsItem) -> None:
    """A thin line from the marker to its label where crowding pushed the label away (a
    child of the label, so the marker's children stay its labels)."""
    rect = tag.mapRectToParent(tag.boundingRect())
    near = QPointF(min(max(0.0, rect.left()), rect.right()),
                   min(max(0.0, rect.top()), rect.bottom()))  # the label's point nearest
    line = next(iter(tag.childItems()), None)
    length = math.hypot(near.x(), near.y())
    if length <= RADIUS + GAP + 1:
        if line is not None:
            line.hide()
        return
    if not isinstance(line, QGraphicsLineItem):
        line = QGraphicsLineItem(tag)
        line.setPen(QPen(QColor("#555555"), 0.8))
        line.setFlag(QGraphicsLineItem.GraphicsItemFlag.ItemStacksBehindParent)
    edge = near * (RADIUS / length)
    line.setLine(QLineF(tag.mapFromParent(edge), tag.mapFromParent(near)))
    line.show()


def link(a: BodyCanvas, b: BodyCanvas) -> None:
    """Zoom and pan of either canvas followed by the other."""
    busy = [False]

    def follow(src: BodyCanvas, dst: BodyCanvas) -> None:
        # A hidden canvas (overlay mode) leads nothing: its scroll bars change as it is
        # hidden, and following it put its unfitted zoom on the visible one.
        if busy[0] or not src.isVisible():
            return
        busy[0] = True
        try:
            dst.follow(src)
        finally:
            busy[0] = False

    for src, dst in ((a, b), (b, a)):
        src.view_changed.connect(lambda s=src, d=dst: follow(s, d))
        src.horizontalScrollBar().valueChanged.connect(lambda _v, s=src, d=dst: follow(s, d))
        src.verticalScrollBar().valueChanged.connect(lambda _v, s=src, d=dst: follow(s, d))


class CompareDialog(QDialog):
    def __init__(self, atlas: Atlas, store: Store, patient_id: int, earlier: int | None,
                 later: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas, self.store = atlas, store
        self.setWindowTitle(translate("ui.compare", "Compare sessions"))
        self.sessions = store.sessions(patient_id)  # oldest first
        self.earlier_box, self.later_box = QComboBox(), QComboBox()
        for box in (self.earlier_box, self.later_box):
            for s in self.sessions:
                box.addItem(session_label(s.date, s.points, s.status), s.id)
        ids = [s.id for s in self.sessions]
        self.earlier_box.setCurrentIndex(ids.index(earlier) if earlier in ids else 0)
        self.later_box.setCurrentIndex(ids.index(later) if later in ids else len(ids) - 1)
        self.side_by_side, self.overlay = QRadioButton(translate("ui.compare",
                "Side by side")), QRadioButton(translate("ui.compare",
                "Overlay"))
        self.side_by_side.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.side_by_side)
        modes.addButton(self.overlay)
        top = QHBoxLayout()
        for w in (QLabel(translate("ui.compare",
                "Earlier")), self.earlier_box, QLabel(translate("ui.compare",
                "Later")), self.later_box,
                  self.side_by_side, self.overlay):
            top.addWidget(w)
        top.addStretch(1)
        self.left, self.right = BodyCanvas(atlas), BodyCanvas(atlas)
        link(self.left, self.right)
        self.summary = QLabel()
        self.list = QListWidget()
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.list)
        split = QSplitter()
        for pane in (self.left, self.right, side):
            split.addWidget(pane)
        split.setSizes([500, 500, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.markers: dict[str, list[MarkerItem]] = {"left": [], "right": []}
        self._placed_at: dict[str, float] = {}  # the zoom each canvas's labels were placed at
        for canvas, key in ((self.left, "left"), (self.right, "right")):
            canvas.painted.connect(lambda c=canvas, k=key: self._place(c, k))
        self.matches: list[Match] = []
        self.drawings: dict[str, list[DrawingItem]] = {"left": [], "right": []}
        for w in (self.earlier_box, self.later_box):
            w.currentIndexChanged.connect(self.refresh)
        self.overlay.toggled.connect(self.refresh)
        self.resize(1400, 860)
        self.refresh()

    def _place(self, canvas: BodyCanvas, key: str) -> None:
        # After a paint: zoom, fit on resize and the linked canvas all change the scale.
        scale = canvas.transform().m11()
        if self._placed_at.get(key) != scale:
            self._placed_at[key] = scale
            place_tags(canvas, self.markers[key])

    def _session(self, box: QComboBox) -> Session | None:
        sid = box.currentData()
        return self.store.session(sid) if sid is not None else None

    def refresh(self) -> None:
        earlier, later = self._session(self.earlier_box), self._session(self.later_box)
        for side in self.markers.values():
            for marker in side:
                unparent(marker)
                if marker.scene() is not None:
                    marker.scene().removeItem(marker)
            side.clear()
        self.matches = match_points(earlier.points if earlier else (),
                                    later.points if later else ())
        overlay = self.overlay.isChecked()
        if self.left.isVisibleTo(self) == overlay:  # the mode changed: fit the new layout
            self.left.setVisible(not overlay)
            QTimer.singleShot(0, self.right.reset_view)
        before, after = drawing_of(earlier), drawing_of(later)
        for item in (i for items in self.drawings.values() for i in items):
            unparent(item)
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.drawings = {"left": [] if overlay else show_drawings(self.left, before),
                         "right": show_drawings(self.right, after, before if overlay else None)}
        for m in self.matches:
            if m.current is not None:
                self.markers["right"].append(
                    _marker(self.right, m.current, m.status, False, tag_of(m)))
            if m.previous is not None:
                if overlay:
                    self.markers["right"].append(
                        _marker(self.right, m.previous,
                                "resolved" if m.status == "resolved" else None, True))
                else:
                    self.markers["left"].append(
                        _marker(self.left, m.previous,
                                "resolved" if m.status == "resolved" else None, False))
        self._placed_at.clear()
        for canvas, key in ((self.left, "left"), (self.right, "right")):
            self._place(canvas, key)
        counts = tally(self.matches)
        drawn = area_text(self.atlas, before, after)
        self.summary.setText(translate(
            "ui.compare", "{new} new · {persisting} persisting · {resolved} resolved").format(
            new=counts["new"], persisting=counts["persisting"], resolved=counts["resolved"])
            + (f"\n{drawn}" if drawn else ""))
        self.list.clear()
        for m in self.matches:
            p = m.point
            name = self.atlas.muscle_name(p.muscle)
            numbers = (f"{m.previous.number} → {p.number}"
                       if m.status == "persisting" and m.previous else str(p.number))
            self.list.addItem(f"{numbers}. {name} ({terms.side_letter(p.side)}) — "
                              f"{STATUSES[m.status]}"
                              + (translate("ui.compare", " (other view)") if m.across_views else "")
                              + (translate("ui.compare", " (to re-check)") if m.to_recheck else ""))
        for canvas in (self.left, self.right):
            canvas.setToolTip(translate("ui.compare",
                    "Read-only comparison: open a session to edit it"))
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
