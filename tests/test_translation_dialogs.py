"""The window's dialogs through translation: under pseudo-translation every text of the new
patient, clinician, practice, shortcuts, sign, addendum, compare, progress, sign-in, lock and
opening windows and the print preview's title is marked (none bypasses the catalogue)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from dn_bodymap.atlas import Atlas
from dn_bodymap.demo import CLINICIAN
from dn_bodymap.records.store import Store
from dn_bodymap.ui.dialogs import ClinicianDialog, PatientDialog, PracticeDialog, ShortcutsDialog
from dn_bodymap.ui.guard import LockScreen, SignInDialog
from dn_bodymap.ui.launch import OpeningWindow
from dn_bodymap.ui.privacy import PrivacyNote
from tests.conftest import open_charting_window
from tests.pseudo_locale import OPEN, pseudo_translation, untranslated, widget_texts
from tests.test_annotator import at, click, settle
from tests.test_spanish_window import DATA

# Qt's own widgets' texts, translated by Qt's catalogue (a print preview's toolbar, a date
# field's calendar), are not ours; the clinician's name is data.
QT_TEXTS = ["Print Preview", "Page Setup", "Print", "Next page", "Previous page",
            "First page", "Last page", "Fit width", "Fit page", "Zoom in", "Zoom out",
            "Portrait", "Landscape", "Show single page", "Show facing pages",
            "Show overview of all pages", "Page setup", "Zoom", "Next month", "Previous month"]


def unmarked(widget: QWidget, *data: str) -> list[str]:
    return sorted(set(untranslated(widget_texts(widget), allowed=[*DATA, *data])))


@pytest.mark.parametrize("make", [
    lambda: ClinicianDialog(None, None, True, offer_password=True),
    lambda: PatientDialog(),
    lambda: PracticeDialog("Clinic", "a4", None, 5),
    lambda: OpeningWindow(),
    lambda: PrivacyNote(),
], ids=["clinician", "new-patient", "practice", "opening", "privacy"])
def test_every_text_of_the_dialogs_goes_through_translation(make, qtbot) -> None:
    with pseudo_translation():
        dialog = make()
        qtbot.addWidget(dialog)
        assert unmarked(dialog, "Clinic") == []


def test_the_sign_in_dialog_and_lock_screen_go_through_translation(qtbot, store) -> None:
    store.add_account("Alex Morgan", "PT, DPT", "correct horse battery")
    with pseudo_translation():
        dialog = SignInDialog(store, "")
        lock = LockScreen(store)
        lock.prepare("", "")
        for widget in (dialog, lock):
            qtbot.addWidget(widget)
            assert unmarked(widget) == []


def test_the_shortcuts_sign_and_addendum_dialogs_go_through_translation(
        qtbot, atlas: Atlas, store: Store) -> None:
    with pseudo_translation():
        window = open_charting_window(qtbot, atlas, store)
        click(window, at(window, atlas, "top_of_shoulder", "right", "back"))
        window.editor.close_chooser()
        window.editor.edit_point(window.editor.selected_point().id, {"needled": True})
        settle()
        shortcuts = ShortcutsDialog(list(window.act.values()), window)
        assert unmarked(shortcuts) == []
        sign = window.signing.sign()
        assert sign is not None and unmarked(sign) == []
        sign.reject()
        store.sign_session(window.editor.session.id, CLINICIAN)
        window.editor.open(window.editor.session.id)
        settle()
        addendum = window.signing.add_addendum()
        assert addendum is not None and unmarked(addendum) == []
        addendum.reject()
        preview = window.printing.preview_dialog()
        assert preview is not None
        assert unmarked(preview, *QT_TEXTS) == []
        preview.deleteLater()
        window.editor.close_chooser()


def test_compare_and_progress_go_through_translation(qtbot, atlas: Atlas,
                                                     store: Store) -> None:
    with pseudo_translation():
        window = open_charting_window(qtbot, atlas, store)
        click(window, at(window, atlas, "buttock", "right", "back"))
        window.editor.close_chooser()
        first = window.editor.session.id
        store.sign_session(first, CLINICIAN)
        window.new_session()
        click(window, at(window, atlas, "top_of_shoulder", "right", "back"))
        window.editor.close_chooser()
        settle()
        window.review.compare()
        compare = window.review.dialog
        assert isinstance(compare, QDialog)
        assert unmarked(compare) == []
        # the words put into a translated text are translated too: draft / signed, new /
        # resolved, the side's letter (a wrapped text with English inside passes unmarked())
        boxes = [compare.earlier_box.itemText(i) for i in range(compare.earlier_box.count())]
        assert all(text.count(OPEN) == 2 for text in boxes), boxes
        items = [compare.list.item(i).text() for i in range(compare.list.count())]
        assert items and all(text.count(OPEN) >= 3 for text in items), items
        compare.reject()
        window.review.progress()
        progress = window.review.dialog
        assert isinstance(progress, QDialog)
        assert unmarked(progress) == []
        progress.reject()
        window.editor.close_chooser()


def test_the_crash_and_conflict_boxes_and_the_lock_go_through_translation(
        qtbot, atlas: Atlas, store: Store) -> None:
    from dn_bodymap.ui import conflicts, crash_dialog

    with pseudo_translation():
        w = open_charting_window(qtbot, atlas, store)
        box = crash_dialog.CrashHandler()._show()
        assert box is not None
        texts = [box.windowTitle(), box.text(), *(b.text() for b in box.buttons())]
        box.reject()
        for shown in (conflicts.changed_elsewhere_box(w, "⟦message⟧", {}),
                      conflicts.unreachable_box(w, "server message", "⟦change⟧", lambda: None)):
            texts += [shown.windowTitle(), shown.text(), shown.informativeText()]
            shown.close()
        w.guard.lock()
        texts += [w.windowTitle(), *widget_texts(w.guard.screen)]
        assert sorted(set(untranslated(texts, allowed=DATA))) == []
