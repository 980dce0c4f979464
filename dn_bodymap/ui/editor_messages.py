"""What the session editor says in the status bar and names its undo steps, in the window's
language."""

from __future__ import annotations

from dn_bodymap.i18n import terms, translate


def not_saved(message: str) -> str:
    return translate("ui.editor_messages", "Not saved: {message}").format(message=message)


def no_point_placed(problem: str) -> str:
    return translate("ui.editor_messages", "No point placed: {problem}.").format(
        problem=problem)


def point_muscle(number: int, muscle: str) -> str:
    return translate("ui.editor_messages", "Point {number}: {muscle}").format(
        number=number, muscle=muscle)


def not_moved(number: int, problem: str) -> str:
    return translate("ui.editor_messages", "Point {number} not moved: {problem}.").format(
        number=number, problem=problem)


def move_point(number: int) -> str:
    return translate("ui.editor_messages", "Move point {number}").format(number=number)


def to_side(number: int, side: str) -> str:
    return translate("ui.editor_messages", "Point {number} to the {side}").format(
        number=number, side=terms.side(side))


def depth_not_changed(number: int) -> str:
    return translate("ui.editor_messages", "Point {number}: depth not changed.").format(
        number=number)


def kept_on_side(number: int, side: str) -> str:
    return translate("ui.editor_messages", "Point {number} kept on the {side}: its muscle is "
                     "not at the mirrored place; drag the marker instead.").format(
        number=number, side=terms.side(side))


def point_saved(number: int, muscle: str, side: str, layer: str, note: str) -> str:
    return (translate("ui.editor_messages", "Point {number}: {muscle} ({side}, {layer}) saved."
                      ).format(number=number, muscle=muscle, side=terms.side(side),
                               layer=terms.layer(layer)) + f" {note}").strip()


def no_session() -> str:
    return translate("ui.editor_messages",
                     "No session is open: choose a patient and start a new session.")


def signed_read_only(signed_by: str | None) -> str:
    return translate("ui.editor_messages", "This session was signed by {signed_by}; it is "
                     "read-only. Corrections go in an addendum.").format(signed_by=signed_by)
