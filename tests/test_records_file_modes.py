"""Files holding patient data are private to the user: the database with its -wal and -shm,
backups, exports, settings and their folders are made 0600 / 0700, looser modes are repaired
with a warning, and the data folder's disk is checked for encryption once."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from dn_bodymap import settings as app_settings
from dn_bodymap.atlas import Atlas
from dn_bodymap.cli import main
from dn_bodymap.records import Store, disk_encryption, exchange, files
from tests.conftest import open_window
from tests.records_helpers import EXAMPLE


@pytest.fixture
def db(db_file: Path) -> Path:
    """These tests are about an SQLite file itself (its bytes, modes, copies): SQLite only."""
    return db_file


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _usual_umask():
    old = os.umask(0o022)  # as on most desktops: new files 0644 unless we say otherwise
    yield
    os.umask(old)


def test_a_new_database_and_its_log_files_are_private(db: Path) -> None:
    with Store.open(db, actor="t") as store:
        store.add_patient("Ann Example")
        wal, shm = files.database_files(db)[1:]
        assert wal.exists() and shm.exists()
        assert [mode(p) for p in (db, wal, shm)] == [0o600, 0o600, 0o600]
        assert store.warnings == []


def test_the_default_data_folder_and_the_settings_are_private(tmp_path: Path) -> None:
    settings = app_settings.open_settings()
    settings.setValue("clinician/name", "Alex Morgan")
    settings.sync()
    path = app_settings.settings_path()
    assert str(path).startswith(str(tmp_path))
    assert (mode(path), mode(path.parent)) == (0o600, 0o700)
    from dn_bodymap.records import paths

    db = paths.resolve(None, {})
    assert mode(db.parent) == 0o700


def test_looser_modes_are_repaired_with_a_warning(db: Path, capsys) -> None:
    with Store.open(db, actor="t") as store:
        store.add_patient("Ann Example")
    db.chmod(0o644)
    with Store.open(db, actor="t") as store:
        assert mode(db) == 0o600
        [warning] = store.warnings
        assert str(db) in warning and "0644" in warning and "0600" in warning
    db.chmod(0o640)
    assert main(["--db", str(db), "patients"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("dn-bodymap: warning:") and "0640" in err[0]
    assert mode(db) == 0o600


def test_settings_looser_than_private_are_repaired_with_a_warning() -> None:
    app_settings.open_settings()
    path = app_settings.settings_path()
    path.chmod(0o644)
    path.parent.chmod(0o755)
    warnings = app_settings.privacy_warnings()
    assert len(warnings) == 2 and (mode(path), mode(path.parent)) == (0o600, 0o700)


def test_backups_and_exports_are_private(tmp_path: Path, atlas: Atlas, capsys) -> None:
    db = tmp_path / "clinic.sqlite"
    with Store.open(db, atlas=atlas) as store:
        sid = exchange.import_document(store, exchange.load_file(EXAMPLE))
        store.backup(tmp_path / "copy.sqlite")
    assert main(["--db", str(db), "export-json", str(sid), str(tmp_path / "s.json")]) == 0
    assert mode(tmp_path / "copy.sqlite") == 0o600
    assert mode(tmp_path / "s.json") == 0o600


def test_the_window_shows_the_repairs_and_the_disk_note_once(qtbot, atlas: Atlas, db: Path,
                                                              monkeypatch) -> None:
    from dn_bodymap.records.model import Clinician

    with Store.open(db, actor="t") as store:
        store.add_patient("Ann Example")
    db.chmod(0o644)
    monkeypatch.setattr(disk_encryption, "check", lambda folder: "not encrypted")
    settings = app_settings.open_settings()
    app_settings.save_clinician(settings, Clinician("Alex Morgan"))
    for first in (True, False):
        with Store.open(db, atlas=atlas, actor="t") as store:
            window = open_window(qtbot, atlas, store, settings=settings)
            window.start()
            shown = window.privacy_note.label.text()
            assert ("open to other users" in shown) is first  # repaired the first time
            assert ("not encrypted" in shown) is first  # the disk note: once
            assert window.privacy_note.isVisible() is first
            window.close()


# -- the disk check, on a made-up /proc/mounts and /sys/block ----------------------------------

def _fake_system(root: Path, uuid: str, lvm: bool = False) -> tuple[str, Path, Path]:
    sys_block, dev = root / "sys" / "block", root / "dev"
    (dev / "mapper").mkdir(parents=True)
    (dev / "dm-0").touch()
    (dev / "mapper" / "vg-home").symlink_to("../dm-0")
    (sys_block / "dm-0" / "dm").mkdir(parents=True)
    if lvm:  # LVM on LUKS: the volume's device sits on the crypt device dm-1
        (sys_block / "dm-0" / "dm" / "uuid").write_text("LVM-abc\n")
        (sys_block / "dm-1" / "dm").mkdir(parents=True)
        (sys_block / "dm-1" / "dm" / "uuid").write_text(uuid)
        (sys_block / "dm-0" / "slaves").mkdir()
        (sys_block / "dm-0" / "slaves" / "dm-1").symlink_to(sys_block / "dm-1")
    else:
        (sys_block / "dm-0" / "dm" / "uuid").write_text(uuid)
    (sys_block / "sda" / "sda1").mkdir(parents=True)
    (dev / "sda1").touch()
    mounts = ("/dev/sda1 / ext4 rw 0 0\n/dev/mapper/vg-home /home ext4 rw 0 0\n"
              "tmpfs /run tmpfs rw 0 0\n")
    return mounts, sys_block, dev


@pytest.mark.parametrize(("uuid", "lvm", "home"), [
    ("CRYPT-LUKS2-1234-luks\n", False, "encrypted"),
    ("CRYPT-LUKS2-1234-luks\n", True, "encrypted"),
    ("LVM-xyz\n", False, "not encrypted")])
def test_the_disk_check_finds_dm_crypt_under_the_folder(tmp_path: Path, uuid: str, lvm: bool,
                                                        home: str) -> None:
    mounts, sys_block, dev = _fake_system(tmp_path, uuid, lvm)

    def check(folder: str) -> str:
        return disk_encryption.check(Path(folder), mounts, sys_block, dev)

    assert check("/home/ann/.local/share/dn-bodymap") == home
    assert check("/var/lib/x") == "not encrypted"  # a plain partition
    assert check("/run/user/1000") == "unknown"  # tmpfs: nothing to tell
    assert disk_encryption.advice(Path("/home"), "encrypted") == ""
    assert "not encrypted" in disk_encryption.advice(Path("/var"), "not encrypted")
