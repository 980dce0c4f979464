"""Safety in the window: the precautions banner over the body, the Safety tab listing the
session's warnings, the caution-zone layer, and the question before a depth beyond a zone's
published guidance. The warnings themselves come from dn_bodymap.charting.safety, the same
list that `dn-bodymap safety` prints and the printed map shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from dn_bodymap import i18n
from dn_bodymap.charting.safety import (
    SafetyWarning,
    active_precautions,
    guidance,
    session_warnings,
    short_source,
    zones_beyond,
)
from dn_bodymap.drawing.cautions import paint_cautions
from dn_bodymap.i18n import QT_TRANSLATE_NOOP, Labels, translate, translate_data
from dn_bodymap.records.model import Session, TriggerPoint
from dn_bodymap.ui import theme

if TYPE_CHECKING:
    from dn_bodymap.ui.main_window import MainWindow

KIND_LABELS = Labels("ui.safety_view", {
    "precaution": QT_TRANSLATE_NOOP("ui.safety_view", "Precaution"),
    "caution_zone": QT_TRANSLATE_NOOP("ui.safety_view", "Caution zone"),
               "depth": QT_TRANSLATE_NOOP("ui.safety_view", "Depth beyond guidance")})


class CautionsItem(QGraphicsItem):
    """The caution zones of one view, hatched, above the body and below the markers; a child
    of the view's item, so it draws in the view's diagram coordinates."""

    def __init__(self, atlas: Any, view: str, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.atlas, self.view = atlas, view
        self._rect = parent.boundingRect()
        self.setZValue(0.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.hide()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        paint_cautions(painter, self.atlas, self.view)


class SafetyPanel(QWidget):
    """The Safety tab: every warning of the open session, the session's first."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.summary = QLabel(translate("ui.safety_view", "No session open"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(translate("ui.safety_view", "Safety warnings"))
        layout.addWidget(self.list, 1)
        note = QLabel(translate("ui.safety_view",
                "Guidance supports the clinician's judgement; it never replaces it."))
        note.setWordWrap(True)
        theme.style(note, "muted")
        layout.addWidget(note)

    def show_warnings(self, session: Session | None, warnings: list[SafetyWarning]) -> None:
        self.list.clear()
        for w in warnings:
            where = (translate("ui.safety_view", "Session") if w.point is None
                     else translate("ui.safety_view", "Point {number}").format(number=w.point))
            item = QListWidgetItem(f"{where} · {KIND_LABELS[w.kind]}: {w.short or w.message}")
            item.setToolTip(w.message)  # in full, with the source's whole citation
            item.setData(Qt.ItemDataRole.UserRole, w)
            self.list.addItem(item)
        if session is None:
            self.summary.setText(translate("ui.safety_view", "No session open"))
        else:
            self.summary.setText(
                translate("ui.safety_view", "No safety warnings for this session.")
                if not warnings else translate("ui.safety_view", "1 warning")
                if len(warnings) == 1 else
                translate("ui.safety_view", "{count} warnings").format(count=len(warnings)))


class Safety:
    """Built by the main window; ``refresh`` follows every change of the open session."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        theme.style(self.banner, "banner")
        self.banner.setAccessibleName(translate("ui.safety_view", "Precautions"))
        self.banner.hide()
        self.panel = SafetyPanel()
        self.layers = [CautionsItem(window.atlas, view, item)
                       for view, item in window.canvas.items_by_view.items()]
        self.warnings: list[SafetyWarning] = []
        # Asked before a depth beyond a zone's guidance is stored; tests answer it.
        self.ask: Callable[[str], bool] = self._ask

    def show_cautions(self, on: bool) -> None:
        for layer in self.layers:
            layer.setVisible(on)

    def refresh(self, session: Session | None) -> None:
        standing = (self.w.store.precautions(session.patient_id)
                    if session is not None else [])
        active = active_precautions(session, standing) if session is not None else []
        self.banner.setText(translate("ui.safety_view",
                "Precautions: ") + " · ".join(a.text() for a in active))
        self.banner.setVisible(bool(active))
        self.warnings = (session_warnings(self.w.atlas, session, standing)
                         if session is not None else [])
        self.panel.show_warnings(session, self.warnings)
        count = len(self.warnings)
        self.w.tabs.setTabText(self.w.tabs.indexOf(self.panel),
                               translate("ui.safety_view",
                                       "Safet&y ({count})").format(
                                       count=count) if count else translate("ui.safety_view",
                                       "Safet&y"))

    def point_note(self, point: TriggerPoint | None) -> str:
        """What the inspector says of the selected point's caution zones and precautions."""
        if point is None:
            return ""
        return "\n".join(w.short or w.message for w in self.warnings
                         if w.point == point.number)

    def confirm_depth(self, point: TriggerPoint, depth: float) -> bool | None:
        """Before storing ``depth``: None when it is within every zone's guidance; else
        whether the clinician confirmed it (then it is stored as confirmed)."""
        beyond = zones_beyond(self.w.atlas, point, depth)
        if not beyond:
            return None
        lines = [f"{translate_data(i18n.CAUTION, z.name)}: "
                 f"{guidance(z, short_source(z.source))}." for z in beyond]
        return self.ask(
            translate("ui.safety_view", "Point {number} lies over:").format(number=point.number)
            + "\n" + "\n".join(lines) + "\n\n"
            + translate("ui.safety_view", "Record {depth} mm as the depth you intended?").format(
                depth=f"{depth:g}"))

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.warning(
            self.w, translate("ui.safety_view", "Depth beyond the guidance"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
