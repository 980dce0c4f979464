"""Smoke-test a BUILT dn-bodymap, not the source: the PyInstaller bundle or a wheel.

    python tools/smoke_bundle.py bundle [dist/dn-bodymap/dn-bodymap]
    python tools/smoke_bundle.py bundle dist/dn-bodymap-*.tar.gz   # unpacked first, as downloaded
    python tools/smoke_bundle.py wheel            # build a wheel, install it in a fresh venv

Each runs, in a fresh temporary home: ``atlas validate``; a new database (every Alembic
migration), a sample session imported (tests/data) and printed to a PDF that pypdf reads as
one page; the window opened offscreen until shown and until ready (atlas and records loaded).
The bundle runs with an empty environment and ``PATH=/nonexistent``: no Python, no tools.
Exits 1, naming the step, on any failure; needs pypdf (the test extra) in this Python.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "session-format-5.json"
TIMEOUT = 180  # seconds for one step; a first start of a cold bundle takes a few


class SmokeError(Exception):
    pass


def _env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """As bare as a fresh login: no PATH to any Python, nothing from this session."""
    return {"PATH": "/nonexistent", "HOME": str(home), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen", **(extra or {})}


def _run(step: str, args: Sequence[str], env: dict[str, str], quiet: bool = False) -> str:
    t0 = time.monotonic()
    try:
        done = subprocess.run(list(args), env=env, capture_output=True, text=True,
                              timeout=TIMEOUT, cwd=env["HOME"])
    except subprocess.TimeoutExpired as exc:
        raise SmokeError(f"{step}: no answer within {TIMEOUT} s") from exc
    except OSError as exc:
        raise SmokeError(f"{step}: cannot run {args[0]}: {exc}") from exc
    if done.returncode != 0:
        raise SmokeError(f"{step}: exit {done.returncode}\n{done.stdout}{done.stderr}")
    # The window's warnings (the database lock keeper that did not start, ...) are failures.
    if quiet and (said := [line for line in done.stderr.splitlines() if "warning" in
                           line.lower() or "did not start" in line or "Traceback" in line]):
        raise SmokeError(f"{step}: said on stderr:\n" + "\n".join(said))
    print(f"ok   {step} ({time.monotonic() - t0:.1f} s)", flush=True)
    return done.stdout


def smoke(program: Sequence[str], home: Path, env_extra: dict[str, str] | None = None) -> None:
    env = _env(home, env_extra)
    out = _run("atlas validate", [*program, "atlas", "validate"], env)
    if not out.strip() or any(not line.startswith("ok") for line in out.splitlines()):
        raise SmokeError(f"atlas validate: unexpected output\n{out}")
    db = home / "records.sqlite"
    _run("import a sample session (new database, all migrations)",
         [*program, "--db", str(db), "import-json", str(SAMPLE)], env)
    pdf = home / "session.pdf"
    _run("print the session to PDF", [*program, "--db", str(db), "print", "1", "--pdf", str(pdf)],
         env)
    _check_pdf(pdf)
    spanish = home / "sesion.pdf"
    _run("print the session in Spanish (the catalogue is carried)",
         [*program, "--db", str(db), "print", "1", "--language", "es", "--pdf", str(spanish)], env)
    _check_pdf(spanish, words="Mapa de tratamiento")
    # A clinician profile, so the first-start guide does not wait for an answer.
    config = home / ".config" / "dn-bodymap"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.ini").write_text("[clinician]\nname=Smoke Test\n", encoding="utf-8")
    for when in ("shown", "ready"):
        _run(f"window opened offscreen until {when}", [*program, "--db", str(db), "gui"],
             {**env, "DN_BODYMAP_QUIT_WHEN": when}, quiet=True)


def _check_pdf(pdf: Path, words: str = "") -> None:
    from pypdf import PdfReader

    if not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-":
        raise SmokeError(f"print: {pdf} is not a PDF")
    reader = PdfReader(str(pdf))
    pages = len(reader.pages)
    if pages != 1:
        raise SmokeError(f"print: {pdf} has {pages} pages, not 1")
    if words and words not in " ".join(reader.pages[0].extract_text().split()):
        raise SmokeError(f"print: {pdf} does not say {words!r}")
    print(f"ok   {pdf.name} is a one-page PDF", flush=True)


def _check_icons(package: Path) -> None:
    icons = package / "ui" / "icons"
    missing = [name for name in ("dn-bodymap.svg", "dn-bodymap-256.png", "dn-bodymap-16.png")
               if not (icons / name).is_file()]
    if missing:
        raise SmokeError(f"the icons are missing from {icons}: {', '.join(missing)}")
    print("ok   the icons are carried", flush=True)


def smoke_bundle(target: Path) -> None:
    if not target.is_file():
        raise SmokeError(f"no bundle at {target} (build it: python tools/build_bundle.py)")
    with tempfile.TemporaryDirectory(prefix="dn-bodymap-smoke-") as tmp:
        executable = target.resolve()
        if target.name.endswith((".tar.gz", ".zip")):
            shutil.unpack_archive(target, Path(tmp) / "unpacked")
            executable = Path(tmp) / "unpacked" / "dn-bodymap" / "dn-bodymap"
            print(f"ok   {target.name} unpacked", flush=True)
        home = Path(tmp) / "home"
        home.mkdir()
        _check_icons(executable.parent / "_internal" / "dn_bodymap")
        smoke([str(executable)], home)


def smoke_wheel() -> None:
    """Build a wheel from the source (not the editable install) and test it installed alone:
    a package-data file the wheel lacks fails here, not at a clinic."""
    with tempfile.TemporaryDirectory(prefix="dn-bodymap-wheel-") as tmp:
        tmp_path = Path(tmp)
        _run("build the wheel", [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                                 "-w", str(tmp_path / "wheel"), str(ROOT)],
             {**os.environ, "HOME": tmp})
        wheel = next((tmp_path / "wheel").glob("dn_bodymap-*.whl"))
        venv = tmp_path / "venv"
        _run("a fresh venv", [sys.executable, "-m", "venv", str(venv)],
             {**os.environ, "HOME": tmp})
        _run(f"install {wheel.name}", [str(venv / "bin" / "python"), "-m", "pip", "install",
                                       "-q", str(wheel)], {**os.environ, "HOME": tmp})
        home = tmp_path / "home"
        home.mkdir()
        _check_icons(next((venv / "lib").glob("python*/site-packages/dn_bodymap")))
        # Run from a folder outside the source tree, so nothing is imported from it.
        smoke([str(venv / "bin" / "dn-bodymap")], home)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("bundle", "wheel"))
    parser.add_argument("executable", nargs="?", type=Path, help="the program or its archive",
                        default=ROOT / "dist" / "dn-bodymap" / "dn-bodymap")
    args = parser.parse_args(argv)
    try:
        smoke_bundle(args.executable) if args.what == "bundle" else smoke_wheel()
    except SmokeError as exc:
        print(f"FAIL {exc}", file=sys.stderr)
        return 1
    print(f"smoke test of the {args.what}: all passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
