"""The whole window through translation: under pseudo-translation every text a clinician can
read is marked (nothing bypasses the catalogue), and in Spanish the menus, tabs and the
charted muscle are Spanish with no two shortcuts on one key."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMenu

from dn_bodymap import i18n
from dn_bodymap.atlas import Atlas
from tests.conftest import open_charting_window
from tests.pseudo_locale import pseudo_translation, untranslated, widget_texts
from tests.test_accessibility import mnemonics
from tests.test_annotator import at, click, settle

# Data, and the languages named in themselves in View → Language.
DATA = ["Jane Doe", "Alex Morgan", "PT, DPT", "Alex Morgan, PT, DPT", "dn-bodymap",
        *i18n.LANGUAGES.values()]


def chart_buttock(window, atlas: Atlas) -> None:
    click(window, at(window, atlas, "buttock", "right", "back"))
    window.editor.close_chooser()
    window.editor.announce_now()
    settle()


def menus_texts(window) -> list[str]:
    texts = []
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions()]
    return texts


def every_tab_texts(window) -> list[str]:
    texts = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        settle()
        texts += widget_texts(window)
    return texts + menus_texts(window)


def test_every_text_of_the_charting_window_goes_through_translation(qtbot, atlas, store):
    with pseudo_translation():
        window = open_charting_window(qtbot, atlas, store)
        chart_buttock(window, atlas)
        found = sorted(set(untranslated(every_tab_texts(window), allowed=DATA)))
        window.editor.close_chooser()
    assert found == []


@pytest.fixture
def spanish_window(qtbot, atlas: Atlas, store) -> Iterator:
    from dn_bodymap.ui import language

    assert language.use("es") == "es"
    window = open_charting_window(qtbot, atlas, store)
    yield window
    window.editor.close_chooser()


@pytest.fixture
def english_window(qtbot, atlas: Atlas, store) -> Iterator:
    window = open_charting_window(qtbot, atlas, store)
    yield window
    window.editor.close_chooser()


def test_menus_and_tabs_are_spanish(request, spanish_window):
    spanish = ([a.text() for a in spanish_window.menuBar().actions()],
               [spanish_window.tabs.tabText(i) for i in range(spanish_window.tabs.count())])
    assert "&Archivo" in spanish[0]
    from dn_bodymap.ui import language

    language.stop()
    english_window = request.getfixturevalue("english_window")
    english = ([a.text() for a in english_window.menuBar().actions()],
               [english_window.tabs.tabText(i) for i in range(english_window.tabs.count())])
    assert len(spanish[0]) == len(english[0]) and len(spanish[1]) == len(english[1])
    # Every menu title and tab is translated (none left as in English).
    assert all(s != e for s, e in zip(spanish[0], english[0], strict=True)), spanish[0]
    assert all(s != e for s, e in zip(spanish[1], english[1], strict=True)), spanish[1]


def test_a_charted_muscle_is_named_in_spanish(spanish_window, atlas: Atlas):
    chart_buttock(spanish_window, atlas)
    point = spanish_window.editor.session.points[-1]
    name = atlas.muscle_name(point.muscle)
    assert name == i18n.translate_data(i18n.MUSCLE, atlas.muscles[point.muscle].name)
    assert name != atlas.muscles[point.muscle].name  # "Glúteo mayor", not "Gluteus maximus"
    assert point.muscle in atlas.muscles  # what is stored stays the id
    assert any(name in t for t in widget_texts(spanish_window.inspector))


def test_no_two_spanish_shortcuts_shown_at_once_share_a_key(spanish_window):
    for i in range(spanish_window.tabs.count()):
        spanish_window.tabs.setCurrentIndex(i)
        settle()
        shown = mnemonics(spanish_window)
        twice = {k for k, n in Counter(k for k, _ in shown).items() if n > 1}
        clash = sorted(x for x in shown if x[0] in twice)
        assert not twice, (spanish_window.tabs.tabText(i), clash)
    for menu in spanish_window.menuBar().findChildren(QMenu):
        keys = [a.text().split("&", 1)[1][:1].lower() for a in menu.actions()
                if "&" in a.text().replace("&&", "")]
        twice = {k for k, n in Counter(keys).items() if n > 1}
        assert not twice, (menu.title(), twice)


def english_only_words() -> set[str]:
    """Words of the English texts that no Spanish translation uses ("left", "saved",
    "nearest"): one of them in the Spanish window is text that missed the catalogue."""
    from dn_bodymap.i18n import catalogue

    def words(text: str) -> set[str]:
        return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", re.sub(r"\{[^}]*\}", "", text))}

    messages = catalogue.read_ts(catalogue.ts_path("es"))
    english = set().union(*(words(m.source) for m in messages))
    spanish = set().union(*(words(m.translation) for m in messages))
    return english - spanish


def test_no_english_word_is_left_in_the_spanish_window(spanish_window, atlas: Atlas):
    chart_buttock(spanish_window, atlas)
    click(spanish_window, at(spanish_window, atlas, "low_back", "left", "back"))
    spanish_window.editor.close_chooser()
    settle()
    spanish_window.editor.announce_now()
    texts = [*every_tab_texts(spanish_window), spanish_window.statusBar().currentMessage()]
    english = english_only_words()
    data = {w.lower() for t in DATA for w in re.findall(r"[A-Za-z]{3,}", t)}
    found = sorted({t for t in texts
                    if {w.lower() for w in re.findall(r"[A-Za-z]{3,}", t)} & (english - data)})
    assert found == []


def test_the_pain_drawing_tool_is_in_the_spanish_view_menu(spanish_window):
    """Found by the action it holds, not by the title "&View" that Spanish calls "&Ver"."""
    menus = {a.text(): a.menu() for a in spanish_window.menuBar().actions()}
    assert spanish_window.pain_tool.action in menus["&Ver"].actions()
