"""The one exception the records core raises for anything a user can cause or fix."""

from __future__ import annotations


class RecordsError(Exception):
    """A user-facing problem with a record, a file or a database: a one-line message naming
    what is wrong. The CLI prints it and exits with code 2; the window shows it."""


class ConflictError(RecordsError):
    """A change based on a record as it was before someone else changed it (another window,
    room or process): refused, so that nothing is silently overwritten. The message says
    what changed elsewhere; the window reloads and shows it."""


class UnreachableError(RecordsError):
    """The database server could not be reached (down, restarting, the network gone):
    nothing of the change was stored, and the same change may be tried again later."""
