"""The Qt binding we install must survive long sessions.

PySide6-Essentials 6.12.0 under Python 3.11 drops a reference to None on every call of a void
C++ method (QPainterPath.lineTo, QColor.setAlpha, ...), so a program that draws for a while
aborts with "none_dealloc". pyproject.toml keeps us below 6.12; this test fails if a version with
that fault is installed again.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtGui import QPainterPath
p = QPainterPath()
for i in range(400_000):
    p.lineTo(i % 100, i % 37)
    if i % 1000 == 0:
        p = QPainterPath()
print("survived")
"""


def test_many_void_calls_do_not_abort_the_process() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "survived"
