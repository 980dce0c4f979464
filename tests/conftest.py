"""Shared fixtures: the bundled atlas, a tiny hand-made atlas, and settings kept in tmp_path."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English whatever the machine's language: "Follow the system" (the default) must not turn a
# Spanish developer's test run Spanish. tests/test_translation.py chooses languages itself.
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.conventions import bundled_assets_dir

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def atlas() -> Atlas:
    return Atlas.load()


@pytest.fixture
def assets_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled assets, for tests that corrupt them."""
    dest = tmp_path / "assets"
    shutil.copytree(bundled_assets_dir(), dest)
    return dest


@pytest.fixture
def mini_atlas_dir() -> Path:
    return DATA / "mini_atlas"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real settings or data folders."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    # The log (dn_bodymap/logs.py), beside tmp_path: tests list what a command left there.
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A test that switched the language (or installed a pseudo-translator) leaves none."""
    yield
    import sys

    from dn_bodymap import i18n

    if "dn_bodymap.ui.language" in sys.modules:
        sys.modules["dn_bodymap.ui.language"].stop()
    i18n.reset()


# The records tests run on both backends (modules named test_records_*); the others on SQLite.
BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if "backend" in metafunc.fixturenames and module.startswith("test_records_"):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db(tmp_path: Path, backend: str) -> Iterator[Path | str]:
    """Where a test's records database goes: a file path (SQLite), or the URL of a fresh
    PostgreSQL database at the head revision."""
    if backend == "sqlite":
        yield tmp_path / "records.sqlite"
        return
    from tests import pg_helpers

    with pg_helpers.fresh_database() as url:
        yield url


@pytest.fixture
def pg_db() -> Iterator[str]:
    """The URL of a fresh PostgreSQL database at the head revision (tests/pg_helpers.py)."""
    from tests import pg_helpers

    with pg_helpers.fresh_database() as url:
        yield url


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """An SQLite file, for tests of what only a file has (its bytes, modes, locks, WAL)."""
    return tmp_path / "records.sqlite"


@pytest.fixture
def store(db: Path, atlas: Atlas):
    """An open records store on the bundled atlas, closed after the test."""
    from dn_bodymap.records import Store

    with Store.open(db, atlas=atlas, actor="tester") as s:
        yield s


@pytest.fixture
def charting_window(qtbot, atlas: Atlas, store):
    """The main window on ``store`` with a clinician, a patient and a new draft session open,
    as a clinician starts charting."""
    w = open_charting_window(qtbot, atlas, store)
    yield w
    w.editor.close_chooser()


@pytest.fixture
def window(qtbot, atlas: Atlas, store):
    """The main window on ``store``, shown (not started: no first-start dialogs)."""
    return open_window(qtbot, atlas, store)


def open_window(qtbot, atlas: Atlas, store, clinician=None, settings=None,
                size: tuple[int, int] | None = None):
    """The one way the tests build a MainWindow: on ``store``, with ``clinician`` saved when
    given, shown and exposed; settings in tmp_path (XDG_CONFIG_HOME points there)."""
    from dn_bodymap import settings as app_settings
    from dn_bodymap.ui.main_window import MainWindow

    settings = settings or app_settings.open_settings()
    if clinician is not None:
        app_settings.save_clinician(settings, clinician)
    w = MainWindow(atlas, store, settings)
    qtbot.addWidget(w)
    if size is not None:
        w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_charting_window(qtbot, atlas: Atlas, store):
    """``charting_window`` on any store (the live-update tests open two on one database)."""
    from dn_bodymap.records.model import Clinician

    patient = store.add_patient("Jane Doe", date_of_birth="1979-04-02", sex="female")
    w = open_window(qtbot, atlas, store, Clinician("Alex Morgan", "PT, DPT"), size=(1400, 900))
    w.patients.reload(patient.id)
    w.patients.select_patient(patient.id)
    w.new_session()
    return w


def edit_json(path: Path, change) -> None:
    """Load a JSON file, let ``change`` mutate it, and write it back."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc), encoding="utf-8")


@pytest.fixture(autouse=True)
def _no_leaked_windows(request: pytest.FixtureRequest):
    """Fail a test that leaves a visible top-level window behind (napari's habit)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = {id(w) for w in app.topLevelWidgets() if w.isVisible()} if app else set()
    yield
    app = QApplication.instance()
    if app is None:
        return
    leaked = [w for w in app.topLevelWidgets() if w.isVisible() and id(w) not in before]
    for w in leaked:
        w.close()
    assert not leaked, f"windows left open: {[type(w).__name__ for w in leaked]}"
