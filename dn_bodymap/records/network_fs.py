"""Is a file on a network file system? SQLite's own documentation warns against sharing a
database file over one: its WAL mode needs shared memory on one host, and network file locks
are unreliable, so two rooms writing through a shared folder can corrupt the file. A clinic
with several rooms uses a PostgreSQL server instead (README: "For a clinic with several
rooms"); the store refuses an SQLite file on a network share with that advice.

Linux: the file system type of the mount holding the file, from /proc/self/mountinfo.
Windows: a UNC path or a drive Windows reports as remote. Other systems (macOS) are not
checked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Final

# Types that are network file systems (fuse.* ones are named after their program).
NETWORK_TYPES: Final = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "ceph", "glusterfs", "lustre",
    "gpfs", "9p", "davfs", "fuse.sshfs", "fuse.davfs2", "fuse.glusterfs", "fuse.cephfs",
    "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse"})
MOUNTINFO: Final = Path("/proc/self/mountinfo")


def network_type(path: Path, mountinfo: Path = MOUNTINFO) -> str | None:
    """The network file system ``path`` (or, not existing yet, its folder) is on, e.g.
    "nfs4" or "cifs"; None on a local disk or where this cannot be told."""
    place = path if path.exists() else path.parent
    try:
        place = place.resolve()
    except OSError:
        return None
    if sys.platform == "win32":
        return _windows_remote(place)
    try:
        text = mountinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    found = _mount_of(str(place), text)
    return found if found in NETWORK_TYPES else None


def _mount_of(path: str, mountinfo: str) -> str | None:
    """The file system type of the longest mount point containing ``path``."""
    best, best_len = None, -1
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        fields, after = left.split(), right.split()
        if not sep or len(fields) < 5 or not after:
            continue
        point = _unescape(fields[4])
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best_len:
            best, best_len = after[0], len(point)
    return best


def _unescape(field: str) -> str:
    # mountinfo writes a space, tab, newline and backslash in a path as octal escapes
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _windows_remote(path: Path) -> str | None:  # pragma: no cover - Windows only
    if str(path).startswith("\\\\"):
        return "a network share"
    import ctypes

    drive_remote = 4
    root = os.path.splitdrive(str(path))[0] + "\\"
    kind = ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]
    return "a network drive" if kind == drive_remote else None
