"""Translation: the catalogues are complete and current, the language follows the system or
the choice in View → Language, and Spanish reaches the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from dn_bodymap import i18n
from dn_bodymap.i18n import catalogue

ROOT = Path(__file__).resolve().parents[1]


def test_catalogues_are_complete_and_current():
    # Strings added to the program without `tools/translations.py update`, a string not yet
    # translated, a translation that lost a {field} or an & shortcut, a stale .qm.
    assert catalogue.faults(ROOT) == []


def test_message_faults_name_what_is_wrong():
    found = catalogue.message_faults([
        catalogue.Message("ui.x", "Saved {count} points", "Guardados {n} puntos"),
        catalogue.Message("ui.x", "&File", "Archivo"),
        catalogue.Message("ui.x", "Quit", ""),
        catalogue.Message("ui.x", "&Save {name}", "&Guardar {name}"),
    ], "es")
    assert len(found) == 3
    assert "other {fields}" in found[0] and "& shortcuts" in found[1]
    assert "'Quit' is not translated" in found[2]


def test_data_strings_list_every_muscle_name(atlas):
    listed = catalogue.data_texts()[i18n.MUSCLE]
    assert {m.name for m in atlas.muscles.values()} <= set(listed)
    assert "Upper trapezius" in listed


def test_english_without_a_translator():
    assert i18n.translate("ui.anything", "New session") == "New session"
    assert i18n.language() == "en"


@pytest.mark.parametrize(("ui_languages", "expected"), [
    (["es-ES", "en-US"], "es"), (["es_MX"], "es"), (["de-DE", "es-ES"], "es"),
    (["de-DE", "fr-FR"], "en"), (["en-GB", "es-ES"], "en")])
def test_the_system_language_is_the_first_one_shipped(monkeypatch, ui_languages, expected):
    from PySide6.QtCore import QLocale

    from dn_bodymap.ui import language

    class System:
        def uiLanguages(self):
            return ui_languages

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: System()))
    assert language.system_language() == expected
    assert language.resolve(language.SYSTEM) == expected
    assert language.resolve("en") == "en"


def test_spanish_is_used_once_chosen(qapp):
    from dn_bodymap import settings as app_settings
    from dn_bodymap.ui import language

    settings = app_settings.open_settings()
    assert language.start(settings) == "en"  # the test machine's system language
    language.save_choice(settings, "es")
    assert language.start(settings) == "es"
    assert i18n.language() == "es"
    assert i18n.translate(i18n.MUSCLE, "Upper trapezius") != "Upper trapezius"
    # Qt's own catalogue too: the standard buttons of a message box.
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    language.stop()
    assert i18n.translate(i18n.MUSCLE, "Upper trapezius") == "Upper trapezius"


def test_a_missing_catalogue_falls_back_to_english(qapp, monkeypatch, tmp_path):
    from dn_bodymap.ui import language

    monkeypatch.setattr(i18n, "FOLDER", tmp_path)
    assert language.use("es") == "en"
    assert i18n.language() == "en"


def test_spanish_contracts_de_el_and_a_el():
    from dn_bodymap.i18n import terms

    i18n.install(lambda context, text: text, "es")
    assert terms.contracted("cerca de el borde, junto a el hombro") == (
        "cerca del borde, junto al hombro")
    i18n.reset()
    assert terms.contracted("cerca de el borde") == "cerca de el borde"  # only in Spanish


def test_a_session_signed_in_spanish_verifies_in_english(store, atlas):
    """What is stored and hashed is the same in every language: ids and keys, never labels."""
    from tests.records_helpers import chart_example

    i18n.install(lambda context, text: f"ES:{text}", "es")
    session = chart_example(store, atlas)  # charted and signed under the translator
    assert atlas.muscle_name(session.points[0].muscle).startswith("ES:")
    stored = store.session(session.id)
    i18n.reset()
    assert stored.signed and store.verify_session(session.id) == []
    assert all(p.muscle in atlas.muscles for p in stored.points)
    assert {a.answer for a in stored.screening.values()} <= {"yes", "no", "not_asked"}


def test_chart_dates_name_the_month_in_the_language(qapp):
    from datetime import date

    from dn_bodymap.drawing.progress_chart import _day_month

    assert _day_month(date(2025, 3, 14)) == "14 Mar"
    i18n.install(lambda context, text: {"Mar": "mar"}.get(text, text), "es")
    assert _day_month(date(2025, 3, 14)) == "14 mar"
