"""Rules of the codebase that a reviewer would otherwise have to remember."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "dn_bodymap"
# No Qt in these: tests and the CLI use them.
CORE = ("atlas", "atlas_build", "records", "charting", "review")
# What goes on a printout is data, decided without Qt; only the layout modules paint.
CORE_MODULES = ("report/document.py", "report/progress_document.py", "demo.py")
MAX_LINES = 400
# Written by tools/translations.py: one line per text of the assets, not code to read.
GENERATED = (PACKAGE / "i18n" / "data_strings.py",)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_packages_do_not_import_qt() -> None:
    paths = [p for pkg in CORE for p in (PACKAGE / pkg).rglob("*.py")]
    paths += [PACKAGE / m for m in CORE_MODULES]
    offenders = [str(p.relative_to(ROOT)) for p in paths
                 if any(n.split(".")[0] == "PySide6" for n in _imports(p))]
    assert offenders == []


def test_only_ui_imports_qt_widgets() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py")
                 if "ui" not in p.relative_to(PACKAGE).parts[:1]
                 and "commands" not in p.relative_to(PACKAGE).parts[:1]
                 and any(n.startswith("PySide6.QtWidgets") for n in _imports(p))]
    assert offenders == []


def test_modules_stay_small() -> None:
    big = {str(p.relative_to(ROOT)): n for p in PACKAGE.rglob("*.py")
           if ((n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
           and p.parent.name != "atlas_build" and p not in GENERATED) or False}
    assert big == {}


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is part of the test extras; install with .[test]"
    done = subprocess.run([ruff, "check", "--no-cache", str(ROOT)], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
