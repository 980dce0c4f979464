"""Limits on what the records accept, and the checks that keep hostile or broken input to a
one-line refusal (never a hang, a crash or a silent conversion). README, "Protecting patient
records", lists the limits."""

from __future__ import annotations

import json
import os
import re
import stat
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Final

from dn_bodymap.records.errors import RecordsError

MAX_FILE_BYTES: Final = 64 * 1024 * 1024  # one exchange file
MAX_NESTING: Final = 16  # objects and lists inside each other in one file (ours use 5)
MAX_POINTS: Final = 50_000  # trigger points in one session
MAX_POINT_NUMBER: Final = 100_000  # numbers are never reused, so they may run past the count
MAX_ADDENDA: Final = 1_000  # addenda to one session
MAX_ID: Final = 2**63 - 1  # SQLite's largest integer: no record id is larger
EARLIEST: Final = datetime(1900, 1, 1).astimezone()  # no clinical record is older
FUTURE_SLACK: Final = timedelta(days=366)  # booked ahead at most a year; past it, a typo

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?"
                     r"(Z|[+-]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?)?")
# Control characters (NUL, terminal escape codes) and lone surrogates (which cannot be
# stored as UTF-8); free text may also hold line breaks and tabs.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_NOT_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def check_text(value: str, where: str, one_line: bool) -> None:
    """No lone surrogates, no control characters; one line where ``one_line``."""
    bad = (_NOT_LINE if one_line else _NOT_TEXT).search(value)
    if bad is None:
        return
    i, code = bad.start(), ord(bad.group())
    if 0xD800 <= code <= 0xDFFF:
        raise RecordsError(f"{where}: character {i + 1} is a lone surrogate (U+{code:04X}), "
                           "not text")
    if code in (0x0A, 0x0D, 0x2028, 0x2029):
        raise RecordsError(f"{where}: must be one line")
    raise RecordsError(f"{where}: character {i + 1} is a control character (U+{code:04X}); "
                       f"{'one line of ' if one_line else ''}plain text only")


def visible(value: str) -> bool:
    """Whether any character of ``value`` shows (not only spaces and invisible format
    characters such as U+200B ZERO WIDTH SPACE)."""
    return any(not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Zs", "Mn", "Me")
               and ch not in "\u3164\u115f\u1160\uffa0" for ch in value)


def iso_date(value: str) -> bool:
    """Only YYYY-MM-DD: Python also reads week dates (2025-W10-3) and 20250314, silently."""
    return bool(_DATE.fullmatch(value))


def iso_moment(value: str) -> bool:
    return bool(_MOMENT.fullmatch(value))


def plausible(moment: datetime) -> bool:
    """Between 1900 and a year from now (year 1 or 9999 is a typing error, and overflows
    arithmetic)."""
    try:
        return EARLIEST <= moment <= datetime.now().astimezone() + FUTURE_SLACK
    except OverflowError:
        return False


def read_document(path: Path) -> Any:
    """Parse a JSON file we did not write: a regular file (a FIFO or /dev/zero would hang or
    fill the memory), at most MAX_FILE_BYTES, no key twice in one object, at most
    MAX_NESTING levels deep."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise RecordsError(f"{path}: no such file") from None
    except OSError as exc:
        raise RecordsError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise RecordsError(f"{path}: not a regular file (a folder, device or pipe); give "
                               "an exported .json file")
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(path)
        try:
            data = f.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise RecordsError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:  # (grown since fstat)
        raise _too_large(path)
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RecordsError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    try:
        doc = json.loads(raw, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise RecordsError(f"{path}: not valid JSON, truncated or damaged? ({exc.msg} at line "
                           f"{exc.lineno} column {exc.colno})") from None
    except RecursionError:
        raise RecordsError(f"{path}: nested more than {MAX_NESTING} levels deep") from None
    except ValueError as exc:  # a key twice, or a number of more than 4,300 digits
        raise RecordsError(f"{path}: {exc}") from None
    if _depth(doc) > MAX_NESTING:
        raise RecordsError(f"{path}: nested more than {MAX_NESTING} levels deep")
    return doc


def _too_large(path: Path) -> RecordsError:
    return RecordsError(f"{path}: larger than {MAX_FILE_BYTES // 2**20} MiB, more than one "
                        "session can hold")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:  # json would keep the last silently: which one did the writer mean?
            raise ValueError(f"the key {key!r} appears twice in one object")
        out[key] = value
    return out


def _depth(doc: Any) -> int:
    """How deeply lists and objects nest (iteratively: no recursion to exhaust)."""
    deepest, stack = 0, [(doc, 1)] if isinstance(doc, dict | list) else []
    while stack:
        value, level = stack.pop()
        deepest = max(deepest, level)
        if level <= MAX_NESTING:
            stack.extend((v, level + 1) for v in
                         (value.values() if isinstance(value, dict) else value)
                         if isinstance(v, dict | list))
    return deepest
