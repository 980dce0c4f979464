"""The installable bundle's start-up against the source's, in the same run: from the start
to the window shown, and to ready (atlas and records loaded). Goal: within 2 x the source.
Skipped, saying so, when no bundle is built (``python tools/build_bundle.py``)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from dn_bodymap.ui.launch import QUIT_ENV
from tests.benchmarks.run import Row
from tests.benchmarks.window import _launch_us

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "dn-bodymap" / "dn-bodymap"


def bundle_rows(bundle: Path = BUNDLE) -> list[Row]:
    if not bundle.is_file():
        return [Row("start-up: bundle, window shown", 0, 0,
                    f"skipped: no bundle at {bundle.relative_to(ROOT)} "
                    "(python tools/build_bundle.py)", skipped=True)]
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "XDG_CONFIG_HOME": f"{tmp}/config", "XDG_DATA_HOME": f"{tmp}/data"}
        db = f"{tmp}/bench.sqlite"
        # A clinician profile and a patient, so the first-start guide does not wait for input.
        (Path(tmp) / "config" / "dn-bodymap").mkdir(parents=True)
        (Path(tmp) / "config" / "dn-bodymap" / "settings.ini").write_text(
            "[clinician]\nname=Bench Mark\n", encoding="utf-8")
        subprocess.run([str(bundle), "--db", db, "patient", "add", "Ann Example"], env=env,
                       check=True, capture_output=True, timeout=120)
        source = [sys.executable, "-m", "dn_bodymap", "--db", db, "gui"]
        built = [str(bundle), "--db", db, "gui"]
        times: dict[tuple[str, str], list[float]] = {}
        for i in range(6):  # interleaved, so both see the same machine load; the first warms
            for when in ("shown", "ready"):
                for name, args in (("source", source), ("bundle", built)):
                    took = _launch_us(args, {**env, QUIT_ENV: when})
                    if i:
                        times.setdefault((name, when), []).append(took)
    rows = []
    for when in ("shown", "ready"):
        src = statistics.median(times[("source", when)])
        rows.append(Row(f"start-up: bundle, window {when}", statistics.median(
            times[("bundle", when)]), 2 * src, f"goal: 2 x source ({src / 1000:.0f} ms)"))
    return rows
