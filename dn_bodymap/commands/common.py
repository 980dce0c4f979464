"""What every subcommand shares: the one-line error, JSON output, safe file writes."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dn_bodymap.records.files import write_atomically

__all__ = ["CliError", "output_path", "print_json", "print_json_items", "write_atomically"]


class CliError(Exception):
    """A user-facing problem: printed as one line on stderr, exit code 2."""


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


# The C encoder (no indent) with the indenting encoder's separators, for flat objects.
_FLAT_OBJECT = json.JSONEncoder(ensure_ascii=False, separators=(",\n    ", ": ")).encode
_FLAT = (str, int, float, bool, type(None))


def print_json_items(items: Iterable[Any]) -> None:
    """``print_json(list(items))``, the very same text, written item by item as they come
    (a listing of a clinic's years is never held whole). A flat object is laid out here:
    json's indenting encoder is pure Python, and took most of a long listing's time."""
    out, first = sys.stdout, True
    for item in items:
        out.write("[\n  " if first else ",\n  ")
        if isinstance(item, dict) and item and all(
                isinstance(k, str) and isinstance(v, _FLAT) for k, v in item.items()):
            out.write(f"{{\n    {_FLAT_OBJECT(item)[1:-1]}\n  }}")
        else:
            out.write(json.dumps(item, indent=2, ensure_ascii=False).replace("\n", "\n  "))
        first = False
    out.write("[]\n" if first else "\n]\n")


def output_path(raw: str) -> Path:
    """Check that a file can be written at ``raw`` before doing any work."""
    path = Path(raw).expanduser()
    if path.is_dir():
        raise CliError(f"{path} is a folder; give a file name")
    if not path.parent.is_dir():
        raise CliError(f"cannot write {path}: folder {path.parent} does not exist")
    return path
