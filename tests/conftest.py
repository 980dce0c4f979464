"""Shared fixtures: the bundled atlas, a tiny hand-made atlas, and settings kept in tmp_path."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real settings or data folders."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def edit_json(path: Path, change) -> None:
    """Load a JSON file, let ``change`` mutate it, and write it back."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc), encoding="utf-8")
