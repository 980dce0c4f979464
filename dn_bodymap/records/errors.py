"""The one exception the records core raises for anything a user can cause or fix."""

from __future__ import annotations


class RecordsError(Exception):
    """A user-facing problem with a record, a file or a database: a one-line message naming
    what is wrong. The CLI prints it and exits with code 2; the window shows it."""
