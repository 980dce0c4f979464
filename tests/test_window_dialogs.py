"""Dialogs of the window that borrow Qt objects or touch the file system: the print preview
(which crashed when its printer was freed) and the file dialog beside the database (which
cost the database its journal)."""

from __future__ import annotations

import gc

from PySide6.QtTest import QTest

from dn_bodymap.ui.main_window import MainWindow
from dn_bodymap.ui.printing import PreviewDialog


def test_print_preview_paints_and_closes(charting_window: MainWindow, qtbot) -> None:
    w = charting_window
    painted: list[int] = []
    dialog = w.printing.preview_dialog()
    assert isinstance(dialog, PreviewDialog)
    dialog.paintRequested.connect(lambda printer: painted.append(printer.pageLayout()
                                                                  .pageSize().id().value))
    gc.collect()  # what Python would free on its own while the dialog is open
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: bool(painted))
    QTest.qWait(50)  # a few more paint events, as a user scrolling the preview would cause
    dialog.close()
    dialog.deleteLater()
    assert painted  # the map was laid out on the borrowed printer, and nothing crashed
    assert dialog.printer().pageLayout().pageSize().id().value == painted[0]
