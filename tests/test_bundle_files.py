"""The installable bundle's files, checked without building it (the build and its smoke test
run in .ci/run): the spec carries every data folder the program reads, the desktop entry is
valid, the icon renders, the menu-entry installer works, and the window uses the icon."""

from __future__ import annotations

import ast
import configparser
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from dn_bodymap import i18n
from dn_bodymap.atlas.conventions import bundled_assets_dir
from dn_bodymap.records.database import MIGRATIONS_DIR
from dn_bodymap.ui import app_icon
from dn_bodymap.ui.launch import QUIT_ENV

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "dn-bodymap.spec"
DESKTOP = PACKAGING / "dn-bodymap.desktop"
INSTALLER = PACKAGING / "install-menu-entry.sh"


def spec_data() -> list[tuple[str, str]]:
    """The spec's DATA list: (source in the repository, folder in the bundle)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "DATA" for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError("packaging/dn-bodymap.spec has no DATA list")


def test_every_data_folder_the_spec_names_exists() -> None:
    data = spec_data()
    assert data
    for source, _ in data:
        assert (ROOT / source).is_dir(), source
        assert any((ROOT / source).iterdir()), f"{source} is empty"


def test_the_spec_puts_data_where_the_program_looks_for_it() -> None:
    """In the bundle the package sits at the top (dn_bodymap/...), as in a wheel."""
    placed = {dest for _, dest in spec_data()}
    package = ROOT / "dn_bodymap"
    assets = bundled_assets_dir()
    for folder in ("atlas", "diagrams", "referral"):
        assert (assets / folder).is_dir()
        assert f"dn_bodymap/assets/{folder}" in placed
    assert MIGRATIONS_DIR.relative_to(package.parent).as_posix() in placed
    assert app_icon.ICON_DIR.relative_to(package.parent).as_posix() in placed
    assert i18n.FOLDER.relative_to(package.parent).as_posix() in placed


def test_every_package_data_file_is_carried_by_the_spec() -> None:
    """A data file added to the package later (not Python) must be named in the spec too."""
    sources = [ROOT / source for source, _ in spec_data()]
    missing = [
        path.relative_to(ROOT).as_posix() for path in (ROOT / "dn_bodymap").rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in
        path.parts and not any(path.is_relative_to(source) for source in sources)]
    assert missing == []


def test_the_bundle_extra_brings_pyinstaller() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(req.lower().startswith("pyinstaller") for req in
               project["optional-dependencies"]["bundle"])
    assert not any("pyinstaller" in req.lower() for req in project["dependencies"])


def read_desktop(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def test_the_desktop_entry_is_valid() -> None:
    entry = read_desktop(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "dn-bodymap"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["scripts"]
    assert entry["Exec"].split()[0] in scripts  # the installed command
    assert entry["Exec"].split()[1:] == ["gui"]
    assert entry["Icon"] == app_icon.ICON_NAME
    categories = entry["Categories"]
    assert categories.endswith(";")
    main = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics",
            "Network", "Office", "Science", "Settings", "System", "Utility"}
    assert main & set(categories.split(";"))  # at least one main category
    assert entry["Terminal"] == "false"


def test_the_icon_renders_at_every_size() -> None:
    from tools.make_icons import render

    _app = QApplication.instance() or QApplication([])
    for size in app_icon.PNG_SIZES:
        shipped = QImage(str(app_icon.png_path(size)))
        assert (shipped.width(), shipped.height()) == (size, size)
    image = render(64)
    corner = QColor(image.pixelColor(0, 0))
    assert corner.alpha() == 0  # rounded corners stay transparent
    background = image.pixelColor(10, 32)
    body = image.pixelColor(28, 40)  # the torso
    point = image.pixelColor(35, 26)  # the trigger point on the shoulder
    assert background.alpha() == 255 and background.green() > background.red()
    assert body.lightness() > 200
    assert point.red() > 180 and point.green() < 130
    icon = app_icon.app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= set(app_icon.PNG_SIZES)


def test_the_window_uses_the_icon(tmp_path: Path) -> None:
    """In a child process: the launcher's app.quit() would stay with this one's later tests."""
    code = ("import sys\nfrom PySide6.QtWidgets import QApplication\n"
            "from dn_bodymap.ui.launch import run\n"
            "code = run(sys.argv[1]); icon = QApplication.instance().windowIcon()\n"
            "print(code, icon.isNull(), max(s.width() for s in icon.availableSizes()),"
            " QApplication.instance().desktopFileName())\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", QUIT_ENV: "shown"}
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "records.sqlite")],
                          env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "False", "256", DESKTOP.stem]


def test_the_menu_entry_installer_writes_the_entry_and_the_icons(tmp_path: Path) -> None:
    exe = tmp_path / "my bundle" / "dn-bodymap"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n", encoding="utf-8")
    exe.chmod(0o755)
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    done = subprocess.run(["sh", str(INSTALLER), str(exe)], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    entry = read_desktop(data / "applications" / "dn-bodymap.desktop")
    assert entry["Exec"] == f'"{exe}" gui'
    assert entry["Icon"] == "dn-bodymap"
    for size in app_icon.PNG_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" /
                "dn-bodymap.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "dn-bodymap.svg").is_file()
    removed = subprocess.run(["sh", str(INSTALLER), "--remove"], env=env, capture_output=True,
                             text=True, timeout=60)
    assert removed.returncode == 0, removed.stderr
    assert not (data / "applications" / "dn-bodymap.desktop").exists()


def test_the_menu_entry_installer_refuses_a_missing_program(tmp_path: Path) -> None:
    done = subprocess.run(["sh", str(INSTALLER), str(tmp_path / "nothing")],
                          env={**os.environ, "XDG_DATA_HOME": str(tmp_path)},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "is not a program" in done.stderr
    assert not (tmp_path / "applications").exists()


def test_the_icon_is_drawn_with_transparent_corners_only() -> None:
    image = QImage(str(app_icon.png_path(256)))
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(128, 128).alpha() == 255
    assert image.hasAlphaChannel()


def test_a_bundle_starts_the_database_lock_keeper(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """In a bundle, sys.executable is the program itself, which has no ``-c``: the keeper
    that protects the window's writes did not start there ("did not start", logged only)."""
    import sqlite3

    from dn_bodymap.records.lock_keeper import LockKeeper

    fake_bundle(tmp_path, monkeypatch)
    db = tmp_path / "records.sqlite"
    sqlite3.connect(db).close()
    keeper = LockKeeper.start(db)
    assert keeper is not None
    try:
        assert keeper.alive
        assert keeper.process.args[1:2] == ["--dn-bodymap-lock-keeper"]
    finally:
        keeper.stop()
    assert keeper.process.returncode == 0


def fake_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """sys.executable as in a bundle: the program itself, played by the bundle's entry
    point on this Python."""
    program = tmp_path / "dn-bodymap"
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{PACKAGING / "entry.py"}" "$@"\n',
                       encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    return program


def test_a_bundle_runs_the_background_integrity_check(qtbot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """`-m dn_bodymap` made the bundle's child a usage error: the check never ran."""
    from dn_bodymap.atlas import Atlas
    from dn_bodymap.records import Store
    from dn_bodymap.ui.background_check import BackgroundCheck

    db = tmp_path / "clinic.sqlite"
    Store.open(db, atlas=Atlas.load()).close()
    program = fake_bundle(tmp_path, monkeypatch)
    found: list[list[str]] = []
    check = BackgroundCheck(db, found.append)
    check.run()
    assert check.process is not None and check.process.program() == str(program)
    qtbot.waitUntil(lambda: bool(found), timeout=60_000)
    assert found == [[]]
