"""What every subcommand shares: the one-line error, JSON output, safe file writes."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any


class CliError(Exception):
    """A user-facing problem: printed as one line on stderr, exit code 2."""


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def output_path(raw: str) -> Path:
    """Check that a file can be written at ``raw`` before doing any work."""
    path = Path(raw).expanduser()
    if path.is_dir():
        raise CliError(f"{path} is a folder; give a file name")
    if not path.parent.is_dir():
        raise CliError(f"cannot write {path}: folder {path.parent} does not exist")
    return path


def write_atomically(path: Path, write: Any) -> None:
    """Call ``write(temp_path)`` then move the result into place, so no partial file is left."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
