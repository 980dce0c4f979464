"""`dn-bodymap atlas ...`: list muscles and landmarks, hit-test a point, validate, render."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.conventions import LAYERS, VIEWS
from dn_bodymap.commands.common import CliError, output_path, print_json, write_atomically


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("atlas", help="query and check the anatomical atlas")
    p.add_argument("--assets", metavar="DIR", help="an atlas assets folder (default: bundled)")
    asub = p.add_subparsers(dest="atlas_command", metavar="COMMAND", required=True)

    m = asub.add_parser("muscles", help="list the muscles")
    m.add_argument("--json", action="store_true", help="JSON on stdout")
    m.set_defaults(handler=cmd_muscles)

    lm = asub.add_parser("landmarks", help="list the landmarks")
    lm.add_argument("--json", action="store_true", help="JSON on stdout")
    lm.set_defaults(handler=cmd_landmarks)

    at = asub.add_parser("muscles-at", help="the muscles under a point, superficial first")
    at.add_argument("view", choices=VIEWS)
    at.add_argument("x", type=float)
    at.add_argument("y", type=float)
    at.add_argument("--json", action="store_true", help="JSON on stdout")
    at.set_defaults(handler=cmd_muscles_at)

    v = asub.add_parser("validate", help="run every atlas check and list the problems")
    v.add_argument("--json", action="store_true", help="JSON on stdout")
    v.set_defaults(handler=cmd_validate)

    r = asub.add_parser("render", help="draw a view to a PNG file")
    r.add_argument("view", choices=VIEWS)
    r.add_argument("--png", required=True, metavar="FILE")
    r.add_argument("--scale", type=float, default=2.0, help="pixels per diagram unit (default 2)")
    r.set_defaults(handler=cmd_render)


def _atlas(args: argparse.Namespace, check: bool = True) -> Atlas:
    return Atlas.load(Path(args.assets) if args.assets else None, check=check)


def cmd_muscles(args: argparse.Namespace) -> int:
    atlas = _atlas(args)
    rows = []
    for muscle in sorted(atlas.muscles.values(), key=lambda m: m.id):
        regions = atlas.regions_of(muscle.id)
        rows.append({"id": muscle.id, "name": muscle.name,
                     "views": [v for v in VIEWS if any(r.view == v for r in regions)],
                     "layers": [la for la in LAYERS if any(r.layer == la for r in regions)]})
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['id']:34} {row['name']:38} {','.join(row['views']):11} "
                  f"{','.join(row['layers'])}")
    return 0


def cmd_landmarks(args: argparse.Namespace) -> int:
    atlas = _atlas(args)
    rows = [{"id": m.id, "side": m.side, "view": m.view, "x": m.x, "y": m.y}
            for m in atlas.landmarks]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['id']:24} {row['side'] or 'midline':8} {row['view']:6} "
                  f"{row['x']:7.2f} {row['y']:7.2f}")
    return 0


def cmd_muscles_at(args: argparse.Namespace) -> int:
    atlas = _atlas(args)
    _, _, w, h = atlas.views[args.view].viewbox
    if not (0 <= args.x <= w and 0 <= args.y <= h):
        raise CliError(f"point ({args.x:g}, {args.y:g}) is outside the {args.view} view "
                       f"(0..{w:g} by 0..{h:g})")
    rows = [{"muscle": r.muscle, "side": r.side, "layer": r.layer}
            for r in atlas.muscles_at(args.view, args.x, args.y)]
    if args.json:
        print_json(rows)
    elif not rows:
        print("no muscle here (outside the body, or over bone)")
    else:
        for row in rows:
            print(f"{row['muscle']:34} {row['side']:6} {row['layer']}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from dn_bodymap.atlas.validate import run_checks

    atlas = _atlas(args, check=False)
    results = run_checks(atlas)
    if args.json:
        print_json([{"check": r.name, "ok": r.ok, "problems": list(r.problems)} for r in results])
    else:
        for r in results:
            print(f"{'ok  ' if r.ok else 'FAIL'} {r.name}")
            for problem in r.problems:
                print(f"     - {problem}")
    return 0 if all(r.ok for r in results) else 2


def cmd_render(args: argparse.Namespace) -> int:
    if not 0.1 <= args.scale <= 20:
        raise CliError(f"--scale {args.scale:g} is out of range (0.1 to 20)")
    path = output_path(args.png)
    atlas = _atlas(args)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from dn_bodymap.drawing.diagram import render_view_image

    _app = QApplication.instance() or QApplication([])
    image = render_view_image(atlas, args.view, args.scale)

    def save(tmp: Path) -> None:
        if not image.save(str(tmp), "PNG"):
            raise CliError(f"could not write a PNG to {path}")

    write_atomically(path, save)
    print(path)
    return 0
