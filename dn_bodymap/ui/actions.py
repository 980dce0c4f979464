"""The window's actions (menus, toolbar, shortcuts), by name, so menus and the shortcuts
dialog are built from one list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QToolBar

from dn_bodymap.charting.muscle_search import MuscleSearch
from dn_bodymap.ui.crash_dialog import open_log_folder
from dn_bodymap.ui.language_menu import add_language_menu
from dn_bodymap.ui.muscle_search_box import MuscleSearchBox
from dn_bodymap.ui.scheme_menu import add_scheme_menu
from dn_bodymap.ui.session_editor import ZONE_MODES

if TYPE_CHECKING:
    from dn_bodymap.ui.main_window import MainWindow

MENUS = (
    ("&File", ("new_patient", "new_session", "sign", None, "print", "preview", "pdf",
               "patient_pdf", None, "clinician", "practice", None, "quit")),
    ("&Edit", ("undo", "redo", "delete", None, "same_as_last", "presets", None, "find_muscle",
               None, "addendum")),
    ("&View", ("pain_finder", "sites", "cautions", "fit", None, "zones_all", "zones_selected",
               "zones_none")),
    ("Revie&w", ("compare", "progress", None, "carry_forward", "confirm")),
    ("&Help", ("shortcuts", "log_folder")),
)


def _action(w: MainWindow, text: str, keys: Any, slot: Callable[..., Any],
            checkable: bool = False) -> QAction:
    action = QAction(text, w)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    action.setCheckable(checkable)
    (action.toggled if checkable else action.triggered).connect(slot)
    w.addAction(action)
    return action


def make_actions(w: MainWindow) -> dict[str, QAction]:
    e = w.editor
    undo = e.undo_stack.createUndoAction(w, "&Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = e.undo_stack.createRedoAction(w, "&Redo")
    # Both, everywhere: QKeySequence(StandardKey.Redo) is only the platform's first binding
    # (Ctrl+Y on Linux), so the Ctrl+Shift+Z that README and F1 promise did nothing there.
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    # The toolbar shows the fixed icon text; the menu and the tooltip say what is undone
    # ("Undo add point 3"). A label that grows and shrinks shifted every button after it.
    undo.setIconText("Undo")
    redo.setIconText("Redo")
    w.addActions([undo, redo])
    std = QKeySequence.StandardKey
    act = {
        "new_patient": _action(w, "New &patient…", "Ctrl+Shift+N", w.new_patient),
        "new_session": _action(w, "&New session", "Ctrl+N", w.new_session),
        "undo": undo, "redo": redo,
        "delete": _action(w, "&Delete point", std.Delete, e.delete_selected),
        "sign": _action(w, "&Sign session…", "Ctrl+Shift+S", w.signing.sign),
        "addendum": _action(w, "Add a&ddendum to the signed session…", "Ctrl+Shift+A",
                            w.signing.add_addendum),
        "find_muscle": _action(w, "Find &muscle", "Ctrl+F", lambda: w.muscle_search.setFocus()),
        "same_as_last": _action(w, "Same needling as the &last point", "Ctrl+D",
                                w.presets.same_as_last),
        "presets": _action(w, "Needling pre&sets…", None, w.presets.edit),
        "pain_finder": _action(w, "Pain &finder mode", "F", w.set_pain_finder, True),
        "sites": _action(w, "Show trigger-point &sites", "X", w.toggle_sites, True),
        "cautions": _action(w, "Show &caution zones (lungs, nerves, vessels)", "C",
                            w.toggle_cautions, True),
        "fit": _action(w, "&Fit both views", "Ctrl+0", w.canvas.reset_view),
        "clinician": _action(w, "Clinician &profile…", None, w.edit_clinician),
        "practice": _action(w, "Practice se&ttings…", None, w.edit_practice),
        "shortcuts": _action(w, "&Keyboard shortcuts", std.HelpContents, w.show_shortcuts),
        "log_folder": _action(w, "Open &log folder", None, lambda: open_log_folder()),
        "quit": _action(w, "&Quit", std.Quit, w.close),
        "print": _action(w, "&Print…", std.Print, w.printing.print_),
        "preview": _action(w, "Print pre&view…", "Ctrl+Shift+P", w.printing.preview),
        "pdf": _action(w, "&Export PDF…", "Ctrl+E", lambda: w.printing.export_pdf("clinical")),
        "patient_pdf": _action(w, "Export patient-friendly PD&F…", None,
                               lambda: w.printing.export_pdf("patient")),
        "compare": _action(w, "&Compare sessions…", "Ctrl+K", w.review.compare),
        "progress": _action(w, "&Progress…", "Ctrl+G", w.review.progress),
        "carry_forward": _action(w, "New session from &last visit", "Ctrl+Shift+L",
                                 w.review.new_session_from_last),
        "confirm": _action(w, "C&onfirm point (re-checked today)", "Ctrl+Return",
                           w.review.confirm_selected),
    }
    for n in range(1, 10):  # listed once in the shortcuts dialog, not nine times
        _action(w, f"Needling preset {n}", f"Ctrl+{n}", lambda _=False, i=n - 1: w.presets.apply(i))
    group = QActionGroup(w)
    for i, mode in enumerate(ZONE_MODES, start=1):
        a = _action(w, f"Zones: {mode} points" if mode != "none" else "Zones: none",
                    f"Alt+{i}", lambda on, m=mode: e.set_zone_mode(m) if on else None, True)
        group.addAction(a)
        a.setChecked(mode == "all")
        act[f"zones_{mode}"] = a
    for title, names in MENUS:
        menu = w.menuBar().addMenu(title)
        for name in names:
            menu.addSeparator() if name is None else menu.addAction(act[name])
        if title == "&View":  # light, dark or as the system
            add_scheme_menu(menu, w.settings)
            add_language_menu(menu, w.settings, w)
    return act


def make_toolbar(w: MainWindow) -> tuple[QComboBox, QCheckBox, QCheckBox, MuscleSearchBox]:
    """The Chart toolbar; returns the zone combo, Sites and Cautions boxes and the muscle
    search, which the window keeps (it declares them: nothing set on it from outside)."""
    act = w.act
    bar = QToolBar("Chart")
    bar.setObjectName("chart_toolbar")
    w.addToolBar(bar)
    for name in ("new_session", "undo", "redo", None, "pain_finder"):
        bar.addSeparator() if name is None else bar.addAction(act[name])
    bar.addWidget(QLabel(" Zones "))
    zone_combo = QComboBox()
    zone_combo.addItems(["All points", "Selected point", "None"])
    zone_combo.currentIndexChanged.connect(
        lambda i: act[f"zones_{ZONE_MODES[i]}"].setChecked(True))
    bar.addWidget(zone_combo)
    sites_box = QCheckBox("Sites")
    sites_box.toggled.connect(act["sites"].setChecked)
    bar.addWidget(sites_box)
    cautions_box = QCheckBox("Cautions")
    cautions_box.setToolTip("Hatched: lungs and pleura, kidneys, nerves and vessels beneath "
                            "the muscles, with depth guidance where published (C)")
    cautions_box.toggled.connect(act["cautions"].setChecked)
    bar.addWidget(cautions_box)
    muscle_search = MuscleSearchBox(
        MuscleSearch({m.id: m.name for m in w.atlas.muscles.values()},
                     {o.name: o.why for o in w.atlas.omitted}))
    muscle_search.setMaximumWidth(260)
    muscle_search.chosen.connect(w.chart_at_site)
    muscle_search.missed.connect(lambda text: w.statusBar().showMessage(
        muscle_search.search.why_absent(text)
        or f"No muscle matches {text!r}: type words of its name (glute min) or an "
        "abbreviation (QL, SCM, TFL).", 12000))
    bar.addWidget(muscle_search)
    return zone_combo, sites_box, cautions_box, muscle_search
