"""An SQLite file on a network share is refused with advice, before anything touches it."""

from __future__ import annotations

from pathlib import Path

import pytest

from dn_bodymap.records import Store, network_fs
from dn_bodymap.records.errors import RecordsError


def _mountinfo(tmp_path: Path, share: Path, fstype: str) -> Path:
    """A mountinfo file as Linux writes it: the root on ext4, ``share`` mounted as
    ``fstype`` (a space in its name escaped as Linux does)."""
    escaped = str(share).replace(" ", "\\040")
    info = tmp_path / "mountinfo"
    info.write_text(
        "22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw\n"
        f"95 22 0:51 / {escaped} rw,relatime shared:50 - {fstype} server:/export rw,vers=4.2\n")
    return info


@pytest.mark.parametrize("fstype", ["nfs4", "cifs", "fuse.sshfs"])
def test_a_file_on_a_network_share_is_named_as_such(tmp_path: Path, fstype: str) -> None:
    share = tmp_path / "clinic share"
    share.mkdir()
    info = _mountinfo(tmp_path, share, fstype)
    assert network_fs.network_type(share / "bodymap.sqlite", info) == fstype
    assert network_fs.network_type(tmp_path / "bodymap.sqlite", info) is None  # beside it
    assert network_fs.network_type(tmp_path / "clinic shared" / "x.sqlite", info) is None


def test_this_machines_own_folders_are_local() -> None:
    """The real mount table: the test's own folder is on a local disk here."""
    assert network_fs.network_type(Path.cwd() / "x.sqlite") is None


def test_the_store_refuses_a_file_on_a_share_and_writes_nothing(tmp_path: Path,
                                                                 monkeypatch) -> None:
    share = tmp_path / "share"
    share.mkdir()
    info = _mountinfo(tmp_path, share, "cifs")
    monkeypatch.setattr(network_fs.network_type, "__defaults__", (info,))
    with pytest.raises(RecordsError, match=r"network file system \(cifs\).*PostgreSQL server"):
        Store.open(share / "bodymap.sqlite")
    assert list(share.iterdir()) == []
