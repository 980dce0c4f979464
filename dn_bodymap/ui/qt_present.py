"""Qt accessors that the type stubs call optional but that cannot be None where they are
used (a completer's popup, a combo box's line edit, the running application)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QGraphicsItem

T = TypeVar("T")


def present(obj: T | None) -> T:
    """``obj``, which Qt always gives here; a clear error, not an AttributeError, if not."""
    if obj is None:
        raise RuntimeError("Qt returned no object where one always exists")
    return obj


def unparent(item: QGraphicsItem) -> None:
    """``item.setParentItem(None)``: Qt takes a null parent to detach an item."""
    item.setParentItem(None)  # type: ignore[arg-type]  # PySide6's stubs omit the None
