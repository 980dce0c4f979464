"""How to run this program again in a child process (no Qt).

From the source or a wheel, ``sys.executable`` is a Python: ``python -m dn_bodymap ...``. In
the PyInstaller bundle it is the program itself, which takes the command line directly and
has no ``-m`` (passed on, it made the child a usage error, silently)."""

from __future__ import annotations

import sys


def is_bundle() -> bool:
    return bool(getattr(sys, "frozen", False))


def own_command(*args: str) -> list[str]:
    """The command line that runs ``dn-bodymap ARGS...``: [program, arguments...]."""
    if is_bundle():
        return [sys.executable, *args]
    return [sys.executable, "-m", "dn_bodymap", *args]
