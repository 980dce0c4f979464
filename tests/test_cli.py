"""The `dn-bodymap atlas` commands: JSON shapes, errors, and the installed entry point."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dn_bodymap.atlas import Atlas
from dn_bodymap.cli import main


def run_json(capsys: pytest.CaptureFixture[str], *argv: str):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_muscles_json(capsys, atlas: Atlas) -> None:
    rows = run_json(capsys, "atlas", "muscles", "--json")
    assert {r["id"] for r in rows} == set(atlas.muscles)
    by_id = {r["id"]: r for r in rows}
    assert set(rows[0]) == {"id", "name", "views", "layers", "codes", "note"}
    assert by_id["deltoid"]["views"] == ["front", "back"]
    pir = atlas.muscles["piriformis"]
    assert by_id["piriformis"] == {"id": "piriformis", "name": "Piriformis", "views": ["back"],
                                   "layers": ["deep"], "codes": dict(pir.codes),
                                   "note": pir.note or None}


def test_landmarks_json(capsys, atlas: Atlas) -> None:
    rows = run_json(capsys, "atlas", "landmarks", "--json")
    assert len(rows) == len(atlas.landmarks)
    c7 = next(r for r in rows if r["id"] == "c7")
    assert c7["side"] is None and c7["view"] == "back" and c7["x"] == atlas.midline_x
    assert set(rows[0]) == {"id", "side", "view", "x", "y"}


def test_muscles_at_json_superficial_first(capsys, atlas: Atlas) -> None:
    m = atlas.landmark("top_of_shoulder", "right", "back")
    rows = run_json(capsys, "atlas", "muscles-at", "back", str(m.x), str(m.y), "--json")
    assert rows[0] == {"muscle": "upper_trapezius", "side": "right", "layer": "superficial"}
    assert {"muscle": "supraspinatus", "side": "right", "layer": "intermediate"} in rows


def test_muscles_at_outside_body_is_empty(capsys) -> None:
    assert run_json(capsys, "atlas", "muscles-at", "front", "5", "5", "--json") == []


@pytest.mark.parametrize("argv, fragment", [
    (["atlas", "muscles-at", "side", "1", "2"], "invalid choice: 'side'"),
    (["atlas", "muscles-at", "front", "x", "2"], "invalid float value: 'x'"),
    (["atlas", "muscles-at", "front", "900", "2"], "outside the front view"),
    (["atlas", "render", "front", "--png", "/no/such/folder/x.png"], "does not exist"),
    (["atlas", "frobnicate"], "invalid choice: 'frobnicate'"),
])
def test_bad_arguments_one_line_exit_2(capsys, argv: list[str], fragment: str) -> None:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse exits itself on usage errors
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2
    assert fragment in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_validate_passes_on_bundled_atlas(capsys) -> None:
    assert main(["atlas", "validate"]) == 0
    out = capsys.readouterr().out
    assert "FAIL" not in out and "ok   layers_do_not_overlap" in out


def test_render_writes_a_png(tmp_path: Path, capsys) -> None:
    out = tmp_path / "front.png"
    assert main(["atlas", "render", "front", "--png", str(out), "--scale", "1"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert [p.name for p in tmp_path.iterdir()] == ["front.png"]  # no temporary left behind


def test_installed_command_runs() -> None:
    exe = shutil.which("dn-bodymap", path=str(Path(sys.executable).parent))
    assert exe, "the dn-bodymap command is not installed next to this Python"
    done = subprocess.run([exe, "atlas", "muscles-at", "back", "292", "770", "--json"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert [r["muscle"] for r in json.loads(done.stdout)][:2] == ["gastrocnemius", "soleus"]
