"""Is the data folder on an encrypted disk? (Linux; asked once, at the first start.)

dn-bodymap does not encrypt its database itself (README, "Protecting patient records", says
why): a stolen laptop's records are protected by the operating system's disk encryption.
On Linux this finds the device under the folder (``/proc/self/mounts``, the longest mount
point that holds it) and follows device-mapper devices down through ``/sys/block``: a
``CRYPT-`` device (LUKS, plain dm-crypt) anywhere below means encrypted, as does a mount
of an encrypting filesystem (eCryptfs). Anything it cannot tell (a container's overlay, a
network share, another system) is "unknown", never "encrypted".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Literal

from dn_bodymap.i18n import translate

Answer = Literal["encrypted", "not encrypted", "unknown"]
_ENCRYPTING_FILESYSTEMS = ("ecryptfs",)


def check(folder: Path, mounts: str | None = None, sys_block: Path = Path("/sys/block"),
          dev: Path = Path("/dev")) -> Answer:
    """Whether ``folder`` lies on an encrypted device (``mounts``, ``sys_block`` and ``dev``
    are for tests)."""
    if mounts is None:
        if not sys.platform.startswith("linux"):
            return "unknown"
        try:
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "unknown"
    mount = _mount_of(os.path.abspath(folder), mounts)
    if mount is None:
        return "unknown"
    source, fstype = mount
    if fstype in _ENCRYPTING_FILESYSTEMS:
        return "encrypted"
    if not source.startswith("/dev/"):
        return "unknown"  # tmpfs, overlay, a network share: nothing to look at
    name = _block_name(source, dev)
    if name is None or (not (sys_block / name).exists() and not _partition(name, sys_block)):
        return "unknown"
    return "encrypted" if _crypt_below(name, sys_block, set()) else "not encrypted"


def _mount_of(path: str, mounts: str) -> tuple[str, str] | None:
    best: tuple[int, str, str] | None = None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        source, point, fstype = parts[0], _unescape(parts[1]), parts[2]
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), source, fstype)
    return None if best is None else (best[1], best[2])


def _unescape(field: str) -> str:
    # /proc/mounts writes a space as \040, a tab as \011, a backslash as \134
    return (field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))


def _block_name(source: str, dev: Path) -> str | None:
    """The kernel's name of a device node (/dev/mapper/luks-x is a link to ../dm-0)."""
    node = Path(source)
    if dev != Path("/dev"):  # tests give a fake /dev
        node = dev / node.relative_to("/dev")
    try:
        return node.resolve(strict=True).name
    except OSError:
        return None


def _partition(name: str, sys_block: Path) -> bool:
    return any((disk / name).is_dir() for disk in _children(sys_block))


def _children(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _crypt_below(name: str, sys_block: Path, seen: set[str]) -> bool:
    """A device-mapper crypt target at ``name`` or anywhere under it (LVM on LUKS)."""
    if name in seen:
        return False
    seen.add(name)
    try:
        uuid = (sys_block / name / "dm" / "uuid").read_text(encoding="utf-8").strip()
    except OSError:
        uuid = ""
    if uuid.startswith("CRYPT-"):
        return True
    return any(_crypt_below(s.name, sys_block, seen)
               for s in _children(sys_block / name / "slaves"))


def advice(folder: Path, answer: Answer) -> str:
    """The one-time note for the window, or "" when the disk is encrypted."""
    if answer == "encrypted":
        return ""
    if answer == "not encrypted":
        return translate(
            "records.disk_encryption",
            "Your records in {folder} are on a disk that is not encrypted: anyone who gets hold "
            "of this computer or its disk can read them. Turn on disk encryption (LUKS when "
            "installing Linux, FileVault on a Mac, BitLocker on Windows).").format(folder=folder)
    return translate(
        "records.disk_encryption",
        "dn-bodymap could not tell whether {folder} is on an encrypted disk; make sure it is "
        "(LUKS, FileVault or BitLocker), since the records file itself is not encrypted."
    ).format(folder=folder)
