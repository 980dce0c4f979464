"""Build the installable bundle: ``python tools/build_bundle.py``; needs the `bundle` extra.

Runs PyInstaller on packaging/dn-bodymap.spec into dist/dn-bodymap/ (one folder), then packs
that folder into one archive for download: dist/dn-bodymap-VERSION-SYSTEM-MACHINE.tar.gz on
Linux, .zip on Windows and macOS. The menu-entry installer and README's install steps go into
the folder too. Prints the archive's path. Every run starts clean (nothing cached).
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "dn-bodymap.spec"
NAME = "dn-bodymap"
EXTRAS = [ROOT / "packaging" / "install-menu-entry.sh", ROOT / "packaging" / "dn-bodymap.desktop"]


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from dn_bodymap import __version__

    return __version__


def archive_stem() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform,
                                                                           sys.platform)
    return f"{NAME}-{version()}-{system}-{platform.machine().lower()}"


def build(dist: Path, work: Path) -> Path:
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(dist / NAME, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
                    str(SPEC)], check=True, cwd=ROOT)
    folder = dist / NAME
    if sys.platform == "linux":
        for extra in EXTRAS:
            shutil.copy2(extra, folder / extra.name)
    return folder


def pack(folder: Path) -> Path:
    """One archive of the folder (of the .app on macOS, which the spec builds beside it)."""
    base = folder.parent / archive_stem()
    fmt = "gztar" if sys.platform == "linux" else "zip"
    app = folder.parent / f"{NAME}.app"
    top = app if sys.platform == "darwin" and app.is_dir() else folder
    return Path(shutil.make_archive(str(base), fmt, root_dir=folder.parent, base_dir=top.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-archive", action="store_true", help="the folder only")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('build_bundle: PyInstaller is missing; install it with pip install ".[bundle]"',
              file=sys.stderr)
        return 2
    folder = build(args.dist.resolve(), args.work.resolve())
    print(folder if args.no_archive else pack(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
