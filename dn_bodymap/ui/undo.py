"""Undoable edits of the open session. Each command writes through the store at once (there is
no Save), and undo writes the inverse through the store, so the database always holds what
the screen shows.

Commands name a point by its number in the session, not its database id: undoing a delete
puts the point back under the same number (and a new id), and later commands still find it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from dn_bodymap.i18n import translate
from dn_bodymap.records.errors import ConflictError, RecordsError, UnreachableError
from dn_bodymap.records.model import Session, TriggerPoint
from dn_bodymap.records.store import Store


class EditorView(Protocol):
    """What a command tells the window after it runs."""

    def show_point(self, number: int | None, *, changed: TriggerPoint | None = None,
                   removed: int | None = None) -> None: ...  # redraw; select ``number``

    def point_by_number(self, number: int) -> TriggerPoint: ...  # as the window shows it

    def current_session(self) -> Session: ...  # the open session as the window shows it

    def refused(self, message: str, number: int | None = None,
                fields: tuple[str, ...] = ()) -> None: ...  # the store refused a change
    # (of ``fields`` of point ``number``, when the command edits one point)

    def changed_elsewhere(self, message: str, attempted: dict[str, Any]) -> None: ...
    # the record changed since the window showed it: reload, and say what was not saved

    def unreachable(self, message: str, what: str, again: _StoreCommand) -> None: ...
    # the database server was away: nothing stored; ``again`` is the same step, to retry


# What a point is made of, beyond its identity in the session.
_IDENTITY = ("id", "session_id", "number", "version")


def point_values(p: TriggerPoint) -> dict[str, Any]:
    return {k: v for k, v in asdict(p).items() if k not in _IDENTITY}


class _StoreCommand(QUndoCommand):
    """Subclasses write ``_do`` and ``_undo``. A refused change (RecordsError) is reported to
    the view and the command marks itself obsolete, so the stack drops it: Qt calls redo from
    C++, where a Python exception would be lost. The view keeps what was selected."""

    def __init__(self, store: Store, session_id: int, text: str,
                 view: EditorView) -> None:
        super().__init__(text)
        self.store = store
        self.session_id = session_id
        self._view = view

    def _point(self, number: int) -> TriggerPoint:
        # The window holds the session as stored after the last command: no reload needed.
        return self._view.point_by_number(number)

    def redo(self) -> None:
        self._guarded(self._do, False)

    def undo(self) -> None:
        self._guarded(self._undo, True)

    def _guarded(self, step: Callable[[], None], undoing: bool) -> None:
        try:
            step()
        except UnreachableError as exc:  # not refused, not stored: it may be tried again
            self.setObsolete(True)
            what = (translate("ui.undo", "undo {change}").format(change=self.text())
                    if undoing else self.text())
            self._view.unreachable(str(exc), what, self.again(undoing))
        except ConflictError as exc:  # never overwrite another window's save: reload instead
            self.setObsolete(True)
            self._view.changed_elsewhere(str(exc), self._attempted())
        except (RecordsError, KeyError) as exc:
            self.setObsolete(True)
            self._view.refused(str(exc).strip("'\""), *self._edited())

    def _edited(self) -> tuple[int | None, tuple[str, ...]]:
        """The point and fields this command changes, to show a refusal beside them."""
        return None, ()

    def _attempted(self) -> dict[str, Any]:
        """The values this command tried to store (shown when they could not be)."""
        return {}

    def again(self, undoing: bool) -> _StoreCommand:
        """A new command doing what this one's redo (or undo) failed to store."""
        raise NotImplementedError

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddPoint(_StoreCommand):
    def __init__(self, store: Store, session_id: int, values: dict[str, Any],
                 view: EditorView, text: str | None = None) -> None:
        super().__init__(store, session_id,
                         text or translate("ui.undo", "Add trigger point"), view)
        self.values = values
        self.number: int | None = None

    def _do(self) -> None:
        # redo keeps the number
        again: dict[str, Any] = {} if self.number is None else {"number": self.number}
        p = self.store.add_point(self.session_id, **again, **self.values)
        self.number = p.number
        self.values = point_values(p)
        self._view.show_point(p.number, changed=p)

    def _undo(self) -> None:
        assert self.number is not None
        p = self._point(self.number)
        self.store.delete_point(p.id, expected_version=p.version)
        self._view.show_point(None, removed=self.number)

    def again(self, undoing: bool) -> _StoreCommand:
        if undoing:
            assert self.number is not None
            return DeletePoint(self.store, self.session_id, self.number, self._view)
        return _re_add(self, self.number)


class DeletePoint(_StoreCommand):
    def __init__(self, store: Store, session_id: int, number: int,
                 view: EditorView) -> None:
        super().__init__(store, session_id,
                         translate("ui.undo", "Delete point {number}").format(number=number), view)
        self.number = number
        self.values: dict[str, Any] = {}

    def _do(self) -> None:
        p = self._point(self.number)
        self.values = point_values(p)
        self.store.delete_point(p.id, expected_version=p.version)
        self._view.show_point(None, removed=self.number)

    def _undo(self) -> None:
        p = self.store.add_point(self.session_id, number=self.number, **self.values)
        self._view.show_point(self.number, changed=p)

    def again(self, undoing: bool) -> _StoreCommand:
        if undoing:
            return _re_add(self, self.number)
        return DeletePoint(self.store, self.session_id, self.number, self._view)


class EditPoint(_StoreCommand):
    def __init__(self, store: Store, session_id: int, number: int, changes: dict[str, Any],
                 view: EditorView, text: str = "") -> None:
        super().__init__(store, session_id,
                         text or translate("ui.undo", "Edit point {number}").format(number=number),
                         view)
        self.number = number
        self.new = changes
        self.old = {k: getattr(self._point(number), k) for k in changes}

    def _edited(self) -> tuple[int | None, tuple[str, ...]]:
        return self.number, tuple(self.new)

    def _attempted(self) -> dict[str, Any]:
        return {translate("ui.undo",
                "point {number}: {k}").format(
                number=self.number, k=k): v for k, v in self.new.items()}

    def _do(self) -> None:
        self._store(self.new)

    def _undo(self) -> None:
        self._store(self.old)

    def again(self, undoing: bool) -> _StoreCommand:
        return EditPoint(self.store, self.session_id, self.number,
                         self.old if undoing else self.new, self._view, self.text())

    def _store(self, values: dict[str, Any]) -> None:
        shown = self._point(self.number)
        p = self.store.update_point(shown.id, expected_version=shown.version, **values)
        self._view.show_point(self.number, changed=p)


class EditSession(_StoreCommand):
    def __init__(self, store: Store, session_id: int, changes: dict[str, Any],
                 view: EditorView, current: int | None) -> None:
        super().__init__(store, session_id, translate("ui.undo", "Edit session"), view)
        session = view.current_session()  # as shown: a change made elsewhere is not "old"
        self.new = changes
        self.old = {k: getattr(session, k) for k in changes}
        self._current = current

    def _attempted(self) -> dict[str, Any]:
        return dict(self.new)

    def _do(self) -> None:
        self._store(self.new)

    def _undo(self) -> None:
        self._store(self.old)

    def again(self, undoing: bool) -> _StoreCommand:
        return EditSession(self.store, self.session_id, self.old if undoing else self.new,
                           self._view, self._current)

    def _store(self, values: dict[str, Any]) -> None:
        shown = self._view.current_session()
        self.store.update_session(self.session_id, expected_version=shown.version, **values)
        self._view.show_point(self._current)


def _re_add(command: AddPoint | DeletePoint, number: int | None) -> AddPoint:
    """Adding the point ``command`` holds again (under its old number, if it had one)."""
    add = AddPoint(command.store, command.session_id, command.values, command._view)
    add.number = number
    return add
