"""Accessible names, descriptions and focus order, given in one place once a window is built.

Screen readers read a control's accessible name; Qt gives one only to controls that carry
their own text (buttons, check boxes). A field's label is another widget, so here every
focusable control without a name takes the text of its form label (or QLabel buddy), else its
button text, tooltip or placeholder; the canvas, lists and markers get explicit names.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from dn_bodymap.atlas import Atlas
from dn_bodymap.i18n import translate
from dn_bodymap.records.model import TriggerPoint
from dn_bodymap.ui.keyboard_charting import KeyboardCharting

if TYPE_CHECKING:
    from dn_bodymap.ui.main_window import MainWindow


def plain(text: str) -> str:
    """A label's text as read aloud: no mnemonic ampersand, no trailing colon or ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":…")


def marker_name(atlas: Atlas, p: TriggerPoint) -> str:
    """"Point 3: Piriformis, right, active" (the type left out while not recorded)."""
    parts = [atlas.muscle_name(p.muscle), p.side] + ([p.kind] if p.kind else [])
    if not p.confirmed:
        parts.append("to re-check")
    return f"Point {p.number}: {', '.join(parts)}"


def takes_focus(w: QWidget) -> bool:
    return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and not isinstance(w, QLabel)


def _form_labels(root: QWidget, widgets: list[QWidget]) -> dict[int, str]:
    """Each form field's label text, by id of the field."""
    found: dict[int, str] = {}
    for widget in widgets:
        buddy = widget.buddy() if isinstance(widget, QLabel) else None
        if buddy is not None and isinstance(widget, QLabel) and widget.text():
            found.setdefault(id(buddy), plain(widget.text()))
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            if field is None or not isinstance(label, QLabel):
                continue
            text = plain(label.text())
            targets: list[QWidget | None] = [field.widget()]
            inner = field.layout()
            if inner is not None:  # a row of several fields: each takes the label
                items = (inner.itemAt(i) for i in range(inner.count()))
                targets += [item.widget() for item in items if item is not None]
            for w in targets:
                if w is not None and text:
                    found.setdefault(id(w), text)
    return found


def _label_of(w: QWidget, labels: dict[int, str], root: QWidget) -> str:
    """The label of ``w`` or of the nearest field it is part of (a date in a row with its
    check box, the line edit of a spin box)."""
    at: QWidget | None = w
    while at is not None and at is not root:
        if id(at) in labels:
            return labels[id(at)]
        at = at.parentWidget()
    return ""


def _own_text(w: QWidget) -> str:
    if isinstance(w, QAbstractButton) and w.text():
        return plain(w.text())
    if isinstance(w, QLineEdit) and w.placeholderText():
        return w.placeholderText()
    if isinstance(w, QPlainTextEdit | QTextEdit) and w.placeholderText():
        return w.placeholderText()
    if w.toolTip():
        return w.toolTip()
    box = w.parentWidget()
    while box is not None:  # a control inside a titled group: the group's title
        if isinstance(box, QGroupBox) and box.title():
            return plain(box.title())
        box = box.parentWidget()
    return ""


def name_controls(root: QWidget) -> list[QWidget]:
    """Give every focusable control under ``root`` without an accessible name one; returns
    those still without (none, when every control has a label, text or tooltip)."""
    widgets = root.findChildren(QWidget)  # once: making Python objects for them is slow
    labels = _form_labels(root, widgets)
    for tabs in (t for t in widgets if isinstance(t, QTabWidget)):
        for i in range(tabs.count()):
            page = tabs.widget(i)
            if page is not None and not page.accessibleName():
                page.setAccessibleName(plain(tabs.tabText(i)))
    missing = []
    for w in widgets:
        if not takes_focus(w) or w.accessibleName() or w.window() is not root.window():
            continue
        text = _label_of(w, labels, root) or _own_text(w)
        parent = w.parentWidget()
        if not text and isinstance(parent, QComboBox | QAbstractSpinBox | QTabWidget
                                   | QAbstractScrollArea):
            # an editable combo's line edit, a tab widget's bar, a scroll area's viewport
            text = spoken_name(parent)
        if text:
            w.setAccessibleName(text)
        elif not spoken_name(w):  # asked last: Qt's interface is slow to make (~0.3 ms)
            missing.append(w)
    return missing


def spoken_name(w: QWidget) -> str:
    """The name a screen reader reads: Qt's accessible interface's (the accessible name set,
    else a button's text or a buddy label's)."""
    face = QAccessible.queryAccessibleInterface(w)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def unnamed(root: QWidget) -> list[QWidget]:
    """Focusable controls under ``root`` (and root) a screen reader would read no name for."""
    return [w for w in [root, *root.findChildren(QWidget)]
            if takes_focus(w) and w.window() is root.window() and not spoken_name(w)]


def make_accessible(w: MainWindow) -> None:
    """Run once the charting window is built: explicit names, the rest from their labels,
    and the focus order patients -> session -> canvas -> inspector."""
    w.canvas.setAccessibleName(translate("ui.accessibility", "Body diagram, front and back views"))
    w.canvas.setAccessibleDescription(
        translate("ui.accessibility",
                "Arrow keys move the placement cursor (Shift: bigger steps), Enter charts a "
                "point there; Ctrl+arrows move the selected point."))
    w.points.setAccessibleName(translate("ui.accessibility", "Trigger points"))
    w.points.setAccessibleDescription(translate("ui.accessibility",
            "Each point's number, muscle, side and type; the colour is that of its marker and "
            "zones"))
    w.patients.search.setAccessibleName(translate("ui.accessibility", "Search patients"))
    w.patients.patients.setAccessibleName(translate("ui.accessibility", "Patients"))
    w.patients.sessions.setAccessibleName(translate("ui.accessibility", "Sessions of the patient"))
    w.tabs.setAccessibleName(translate("ui.accessibility", "Point and session panels"))
    w.muscle_search.setAccessibleName(translate("ui.accessibility", "Find muscle"))
    w.zone_combo.setAccessibleName(translate("ui.accessibility", "Referral zones shown"))
    w.pain_finder.landmarks.setAccessibleName(translate("ui.accessibility",
            "Place where the patient feels pain"))
    w.pain_finder.list.setAccessibleName(translate("ui.accessibility",
            "Muscles that refer pain to that place"))
    w.pain_tool.panel.list.setAccessibleName(translate("ui.accessibility",
            "Muscles that refer pain to the drawing"))
    name_controls(w)
    set_focus_order(w)
    keys = KeyboardCharting(
        w.canvas, lambda: (p.id if (p := w.editor.selected_point()) else None),
        # a click while painting paints; Enter, which cannot paint, does nothing
        lambda: translate("ui.accessibility",
                "Pain drawing is on: Esc leaves it, then Enter charts a point.") if
        w.pain_tool.on else "")
    keys.said.connect(lambda text: w.statusBar().showMessage(text, 8000))
    w.editor.changed.connect(lambda *_: name_markers(w))


def name_markers(w: MainWindow) -> None:
    """Each marker's accessible name, also its tooltip and the accessible text of its row in
    the points list (a scene item has no accessible interface of its own in Qt: the list is
    what a screen reader reads)."""
    from dn_bodymap.ui.markers import MarkerItem

    session = w.editor.session
    points = session.points if session is not None else ()
    names = {p.id: marker_name(w.atlas, p) for p in points}
    for item in w.canvas.scene().items():
        if isinstance(item, MarkerItem) and item.point_id in names:
            item.accessible_name = names[item.point_id]
            item.setToolTip(item.accessible_name)
    if w.points.count() == len(points):  # a row per point, in the session's order
        for row, p in enumerate(points):
            w.points.item(row).setData(Qt.ItemDataRole.AccessibleTextRole, names[p.id])


def set_focus_order(w: MainWindow) -> None:
    """Tab goes patients -> their sessions -> the canvas -> the points -> the inspector."""
    p = w.patients
    # A table takes Tab to go from cell to cell: with the sessions' five columns, Tab never
    # left the history. The arrow keys still move in it.
    p.sessions.setTabKeyNavigation(False)
    chain = [p.search, p.patients, p.new_patient, p.sessions, p.new_session, w.canvas,
             w.points, w.tabs]
    for a, b in pairwise(chain):
        QWidget.setTabOrder(a, b)
