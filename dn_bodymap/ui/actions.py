"""The window's actions (menus, toolbar, shortcuts), by name, so menus and the shortcuts
dialog are built from one list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QToolBar

from dn_bodymap.charting.muscle_search import for_atlas as muscle_search_for
from dn_bodymap.i18n import QT_TRANSLATE_NOOP, translate, translate_data
from dn_bodymap.ui.crash_dialog import open_log_folder
from dn_bodymap.ui.health_record import export_for_health_record
from dn_bodymap.ui.language_menu import add_language_menu
from dn_bodymap.ui.muscle_search_box import MuscleSearchBox
from dn_bodymap.ui.scheme_menu import add_scheme_menu
from dn_bodymap.ui.session_editor import ZONE_MODES

if TYPE_CHECKING:
    from dn_bodymap.ui.main_window import MainWindow

# Menu titles are marked here and translated when the menu bar is built.
MENUS = (
    (QT_TRANSLATE_NOOP("ui.actions", "&File"),
     ("new_patient", "new_session", "sign", None, "print", "preview", "pdf", "patient_pdf",
      "health_record", None, "clinician", "practice", None, "quit")),
    (QT_TRANSLATE_NOOP("ui.actions", "&Edit"),
     ("undo", "redo", "delete", None, "same_as_last", "presets", None, "find_muscle", None,
      "addendum")),
    (QT_TRANSLATE_NOOP("ui.actions", "&View"),
     ("pain_finder", "sites", "cautions", "fit", None, "zones_all", "zones_selected",
      "zones_none")),
    (QT_TRANSLATE_NOOP("ui.actions", "Revie&w"),
     ("compare", "progress", None, "carry_forward", "confirm")),
    (QT_TRANSLATE_NOOP("ui.actions", "&Help"), ("shortcuts", "log_folder")),
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
    undo = e.undo_stack.createUndoAction(w, translate("ui.actions", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = e.undo_stack.createRedoAction(w, translate("ui.actions", "&Redo"))
    # Both, everywhere: QKeySequence(StandardKey.Redo) is only the platform's first binding
    # (Ctrl+Y on Linux), so the Ctrl+Shift+Z that README and F1 promise did nothing there.
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    # The toolbar shows the fixed icon text; the menu and the tooltip say what is undone
    # ("Undo add point 3"). A label that grows and shrinks shifted every button after it.
    undo.setIconText(translate("ui.actions", "Undo"))
    redo.setIconText(translate("ui.actions", "Redo"))
    w.addActions([undo, redo])
    std = QKeySequence.StandardKey
    act = {
        "new_patient": _action(w, translate("ui.actions",
                "New pat&ient…"), "Ctrl+Shift+N", w.new_patient),
        "new_session": _action(w, translate("ui.actions", "&New session"), "Ctrl+N", w.new_session),
        "undo": undo, "redo": redo,
        "delete": _action(w, translate("ui.actions",
                "&Delete point"), std.Delete, e.delete_selected),
        "sign": _action(w, translate("ui.actions",
                "&Sign session…"), "Ctrl+Shift+S", w.signing.sign),
        "addendum": _action(w, translate("ui.actions",
                "Add an adde&ndum to the signed session…"), "Ctrl+Shift+A",
                            w.signing.add_addendum),
        "find_muscle": _action(w, translate("ui.actions",
                "Find &muscle"), "Ctrl+F", lambda: w.muscle_search.setFocus()),
        "same_as_last": _action(w, translate("ui.actions",
                "Same needling as the &last point"), "Ctrl+D",
                                w.presets.same_as_last),
        "presets": _action(w, translate("ui.actions", "Needling pre&sets…"), None, w.presets.edit),
        "pain_finder": _action(w, translate("ui.actions",
                "Pain &finder mode"), "F", w.set_pain_finder, True),
        "sites": _action(w, translate("ui.actions",
                "Show trigger-point &sites"), "X", w.toggle_sites, True),
        "cautions": _action(w, translate("ui.actions",
                "Show &caution zones (lungs, nerves, vessels)"), "C",
                            w.toggle_cautions, True),
        "fit": _action(w, translate("ui.actions",
                "Fit &both views"), "Ctrl+0", w.canvas.reset_view),
        "clinician": _action(w, translate("ui.actions",
                "Clinician p&rofile…"), None, w.edit_clinician),
        "practice": _action(w, translate("ui.actions",
                "Practice se&ttings…"), None, w.edit_practice),
        "shortcuts": _action(w, translate("ui.actions",
                "&Keyboard shortcuts"), std.HelpContents, w.show_shortcuts),
        "log_folder": _action(w, translate("ui.actions",
                "Open &log folder"), None, lambda: open_log_folder()),
        "quit": _action(w, translate("ui.actions", "&Quit"), std.Quit, w.close),
        "print": _action(w, translate("ui.actions", "&Print…"), std.Print, w.printing.print_),
        "preview": _action(w, translate("ui.actions",
                "Print pre&view…"), "Ctrl+Shift+P", w.printing.preview),
        "pdf": _action(w, translate("ui.actions",
                "&Export PDF…"), "Ctrl+E", lambda: w.printing.export_pdf("clinical")),
        "patient_pdf": _action(w, translate("ui.actions", "Export patient-friendly PD&F…"), None,
                               lambda: w.printing.export_pdf("patient")),
        "health_record": _action(w, translate("ui.actions", "Export for the &health record…"),
                                 None, lambda: export_for_health_record(w)),
        "compare": _action(w, translate("ui.actions",
                "&Compare sessions…"), "Ctrl+K", w.review.compare),
        "progress": _action(w, translate("ui.actions", "&Progress…"), "Ctrl+G", w.review.progress),
        "carry_forward": _action(w, translate("ui.actions",
                "New session from &last visit"), "Ctrl+Shift+L",
                                 w.review.new_session_from_last),
        "confirm": _action(w, translate("ui.actions",
                "C&onfirm point (re-checked today)"), "Ctrl+Return",
                           w.review.confirm_selected),
    }
    for n in range(1, 10):  # listed once in the shortcuts dialog, not nine times
        _action(w, translate("ui.actions", "Needling preset {n}").format(n=n), f"Ctrl+{n}",
                lambda _=False, i=n - 1: w.presets.apply(i))
    group = QActionGroup(w)
    for i, mode in enumerate(ZONE_MODES, start=1):
        labels = {"all": translate("ui.actions", "Zones: all points"),
                  "selected": translate("ui.actions", "Zones: selected point"),
                  "none": translate("ui.actions", "Zones: none")}
        a = _action(w, labels[mode], f"Alt+{i}",
                    lambda on, m=mode: e.set_zone_mode(m) if on else None, True)
        group.addAction(a)
        a.setChecked(mode == "all")
        act[f"zones_{mode}"] = a
    for title, names in MENUS:
        menu = w.menuBar().addMenu(translate_data("ui.actions", title))
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
    bar = QToolBar(translate("ui.actions", "Chart"))
    bar.setObjectName("chart_toolbar")
    w.addToolBar(bar)
    for name in ("new_session", "undo", "redo", None, "pain_finder"):
        bar.addSeparator() if name is None else bar.addAction(act[name])
    bar.addWidget(QLabel(translate("ui.actions", " Zones ")))
    zone_combo = QComboBox()
    zone_combo.addItems([translate("ui.actions", "All points"),
                         translate("ui.actions", "Selected point"),
                         translate("ui.actions", "None")])
    zone_combo.currentIndexChanged.connect(
        lambda i: act[f"zones_{ZONE_MODES[i]}"].setChecked(True))
    bar.addWidget(zone_combo)
    sites_box = QCheckBox(translate("ui.actions", "Sites"))
    sites_box.toggled.connect(act["sites"].setChecked)
    bar.addWidget(sites_box)
    cautions_box = QCheckBox(translate("ui.actions", "Cautions"))
    cautions_box.setToolTip(translate("ui.actions",
            "Hatched: lungs and pleura, kidneys, nerves and vessels beneath the muscles, with "
            "depth guidance where published (C)"))
    cautions_box.toggled.connect(act["cautions"].setChecked)
    bar.addWidget(cautions_box)
    muscle_search = MuscleSearchBox(
        muscle_search_for(w.atlas))
    muscle_search.setMaximumWidth(260)
    muscle_search.chosen.connect(w.chart_at_site)
    muscle_search.missed.connect(lambda text: w.statusBar().showMessage(
        muscle_search.search.why_absent(text)
        or translate("ui.actions",
                "No muscle matches {text!r}: type words of its name (glute min) or an "
                "abbreviation (QL, SCM, TFL).").format(text=text), 12000))
    bar.addWidget(muscle_search)
    return zone_combo, sites_box, cautions_box, muscle_search
