"""`dn-bodymap atlas ...`: list muscles and landmarks, hit-test a point (muscles, caution zones),
validate, render."""

from __future__ import annotations

import argparse
import difflib
import math
import os
from pathlib import Path
from typing import Any

import shapely

from dn_bodymap.atlas import Atlas
from dn_bodymap.atlas.conventions import LAYERS, MIDLINE_LANDMARKS, SIDES, VIEWS
from dn_bodymap.charting.muscle_search import MuscleSearch
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

    ca = asub.add_parser("cautions-at", help="the caution zones under a point (lung, nerves, "
                         "vessels, organs) with any published depth guidance")
    ca.add_argument("view", choices=VIEWS)
    ca.add_argument("x", type=float)
    ca.add_argument("y", type=float)
    ca.add_argument("--json", action="store_true", help="JSON on stdout")
    ca.set_defaults(handler=cmd_cautions_at)

    v = asub.add_parser("validate", help="run every atlas check and list the problems")
    v.add_argument("--json", action="store_true", help="JSON on stdout")
    v.set_defaults(handler=cmd_validate)

    pat = asub.add_parser("pattern", help="the landmarks a muscle refers pain to")
    pat.add_argument("muscle")
    pat.add_argument("--side", choices=SIDES, default="right")
    pat.add_argument("--json", action="store_true", help="JSON on stdout")
    pat.set_defaults(handler=cmd_pattern)

    ref = asub.add_parser("refers-to", help="the muscles that refer pain to a landmark")
    ref.add_argument("landmark")
    ref.add_argument("--side", choices=SIDES,
                     help="the landmark's side (default right; none for a midline landmark)")
    ref.add_argument("--json", action="store_true", help="JSON on stdout")
    ref.set_defaults(handler=cmd_refers_to)

    area = asub.add_parser("refers-to-area", help="the muscles whose referral patterns best "
                           "explain pain drawn as polygons on a view (the differential)")
    area.add_argument("view", choices=VIEWS)
    area.add_argument("--polygon", action="append", required=True, metavar='"X,Y X,Y ..."',
                      help="a painted area in view units (3 or more points); repeat for more")
    area.add_argument("--limit", type=int, help="at most this many muscles")
    area.add_argument("--json", action="store_true", help="JSON on stdout")
    area.set_defaults(handler=cmd_refers_to_area)

    r = asub.add_parser("render", help="draw a view (and a referral pattern) to a PNG file")
    r.add_argument("view", choices=VIEWS)
    r.add_argument("--png", required=True, metavar="FILE")
    r.add_argument("--pattern", metavar="MUSCLE", help="draw this muscle's referral pattern")
    r.add_argument("--side", choices=SIDES, default="right", help="the pattern's side")
    r.add_argument("--cautions", action="store_true",
                   help="draw the caution layer (hatched) over the view")
    r.add_argument("--scale", type=float, default=2.0, help="pixels per diagram unit (default 2)")
    r.set_defaults(handler=cmd_render)


def _atlas(args: argparse.Namespace, check: bool = True) -> Atlas:
    return Atlas.load(Path(args.assets) if args.assets else None, check=check)


def cmd_muscles(args: argparse.Namespace) -> int:
    atlas = _atlas(args)
    rows: list[dict[str, Any]] = []
    for muscle in sorted(atlas.muscles.values(), key=lambda m: m.id):
        regions = atlas.regions_of(muscle.id)
        rows.append({"id": muscle.id, "name": muscle.name,
                     "views": [v for v in VIEWS if any(r.view == v for r in regions)],
                     "layers": [la for la in LAYERS if any(r.layer == la for r in regions)],
                     "codes": dict(muscle.codes), "note": muscle.note or None})
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


def _atlas_at_point(args: argparse.Namespace) -> Atlas:
    """The atlas, once the point (view, x, y) is known to lie inside the view."""
    atlas = _atlas(args)
    _, _, w, h = atlas.views[args.view].viewbox
    if not (0 <= args.x <= w and 0 <= args.y <= h):
        raise CliError(f"point ({args.x:g}, {args.y:g}) is outside the {args.view} view "
                       f"(0..{w:g} by 0..{h:g})")
    return atlas


def cmd_muscles_at(args: argparse.Namespace) -> int:
    atlas = _atlas_at_point(args)
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


def cmd_cautions_at(args: argparse.Namespace) -> int:
    atlas = _atlas_at_point(args)
    zones = atlas.cautions_at(args.view, args.x, args.y)
    rows = [{"id": z.id, "name": z.name, "side": z.side, "max_depth_mm": z.max_depth_mm,
             "source": z.source} for z in zones]
    if args.json:
        print_json(rows)
    elif not rows:
        print("no caution zone here")
    else:
        for z in zones:
            kind = f" ({z.depth_kind.replace('_', ' ')})" if z.depth_kind else ""
            depth = (f"{z.max_depth_mm:g} mm{kind}"
                     if z.max_depth_mm is not None else "no published depth")
            print(f"{z.name} ({z.side}): {depth}")
            print(f"  {z.description}")
            print(f"  source: {z.source}")
    return 0


def _known_muscle(atlas: Atlas, name: str) -> str:
    """The muscle id for ``name`` (an id or a display name), or a CliError naming close ones."""
    if name in atlas.muscles:
        return name
    if name in atlas.retired:
        r = atlas.retired[name]
        raise CliError(f"{r.name} ({name}) was {r.why} in atlas {r.since}: "
                       f"{', '.join(r.replaced_by)}")
    absent = MuscleSearch({}, {o.name: o.why for o in atlas.omitted}).why_absent(name)
    if absent:
        raise CliError(absent)
    by_name = {m.name.lower(): m.id for m in atlas.muscles.values()}
    if name.lower() in by_name:
        return by_name[name.lower()]
    close = difflib.get_close_matches(name.lower(), [*atlas.muscles, *by_name], n=4, cutoff=0.5)
    ids = list(dict.fromkeys(by_name.get(c, c) for c in close))
    ids += [m for m in atlas.muscles if name.lower() in m and m not in ids][:4]
    hint = f"; did you mean {', '.join(ids[:4])}?" if ids else ""
    raise CliError(f"unknown muscle {name!r}{hint}")


def _known_landmark(atlas: Atlas, name: str) -> str:
    ids = sorted({m.id for m in atlas.landmarks})
    if name in ids:
        return name
    close = difflib.get_close_matches(name, ids, n=4, cutoff=0.5)
    close += [i for i in ids if name in i and i not in close][:4]
    hint = f"; did you mean {', '.join(close[:4])}?" if close else ""
    raise CliError(f"unknown landmark {name!r}{hint}")


def cmd_pattern(args: argparse.Namespace) -> int:
    atlas = _atlas(args)
    muscle = _known_muscle(atlas, args.muscle)
    patterns = atlas.referrals.patterns_of(muscle, args.side)
    if not patterns:
        note = atlas.muscle(muscle).note
        raise CliError(f"no referral pattern is recorded for {muscle}"
                       + (f" ({note})" if note else ""))
    covered = atlas.landmarks_covered(muscle, args.side)
    row = {"muscle": muscle, "side": args.side, "essential": covered["essential"],
           "spillover": covered["spillover"],
           "source": "; ".join(dict.fromkeys(p.source for p in patterns))}
    if args.json:
        print_json(row)
    else:
        print(f"{atlas.muscle(muscle).name} ({args.side})")
        for p in patterns:
            print(f"  {p.description}")
        print(f"  essential: {', '.join(row['essential']) or '-'}")
        print(f"  spillover: {', '.join(row['spillover']) or '-'}")
        print(f"  source: {row['source']}")
    return 0


def cmd_refers_to(args: argparse.Namespace) -> int:
    atlas = _atlas(args)
    landmark = _known_landmark(atlas, args.landmark)
    if landmark in MIDLINE_LANDMARKS:
        if args.side:
            raise CliError(f"{landmark} is on the midline and has no side; leave out --side")
        side = None
    else:
        side = args.side or "right"
    hits = atlas.muscles_referring_to_landmark(landmark, side)
    rows = [{"muscle": h.muscle, "side": h.side, "zone": h.zone} for h in hits]
    if args.json:
        print_json(rows)
    elif not rows:
        print(f"no recorded pattern refers pain to {landmark}")
    else:
        for row in rows:
            print(f"{row['zone']:10} {atlas.muscle(row['muscle']).name} ({row['side']})")
    return 0


def _polygon(text: str, n: int, view: str, size: tuple[float, float]) -> shapely.Polygon:
    """``--polygon`` number ``n`` as a polygon inside the view box, or a CliError."""
    where = f"--polygon {n} ({text!r})"
    try:
        points = [tuple(float(v) for v in pair.split(",")) for pair in text.split()]
    except ValueError:
        raise CliError(f"{where}: expected points as X,Y separated by spaces") from None
    if any(len(p) != 2 or not all(math.isfinite(v) for v in p) for p in points):
        raise CliError(f"{where}: expected points as X,Y separated by spaces")
    if len(points) < 3:
        raise CliError(f"{where}: a polygon needs 3 or more points, found {len(points)}")
    w, h = size
    if not all(0 <= x <= w and 0 <= y <= h for x, y in points):
        raise CliError(f"{where}: a point lies outside the {view} view (0..{w:g} by 0..{h:g})")
    polygon = shapely.Polygon(points)
    if not polygon.is_valid or polygon.area <= 0:
        reason = "it has no area" if polygon.is_valid else shapely.is_valid_reason(polygon)
        raise CliError(f"{where}: not a simple polygon ({reason})")
    return polygon


def cmd_refers_to_area(args: argparse.Namespace) -> int:
    from dn_bodymap.charting import pain_drawing
    from dn_bodymap.charting.differential import rank

    if args.limit is not None and args.limit < 1:
        raise CliError(f"--limit {args.limit} should be 1 or more")
    atlas = _atlas(args)
    _, _, w, h = atlas.views[args.view].viewbox
    outline = atlas.views[args.view].outline
    drawing = pain_drawing.EMPTY
    for n, text in enumerate(args.polygon, 1):
        polygon = _polygon(text, n, args.view, (w, h))
        if not polygon.intersects(outline):
            raise CliError(f"--polygon {n} lies outside the body on the {args.view} view")
        drawing = pain_drawing.paint(drawing, outline, args.view, polygon)
    candidates = rank(atlas, drawing, args.limit)
    rows = [{"muscle": c.muscle, "side": c.side, "site": c.site, "score": c.score,
             "explained": c.explained} for c in candidates]
    if args.json:
        print_json(rows)
    elif not rows:
        print("no recorded pattern refers pain to this area")
    else:
        for c in candidates:
            print(f"{c.score:5.2f}  {atlas.muscle(c.muscle).name} ({c.side})"
                  f"{f', site {c.site}' if c.site else ''}: explains {c.explained:.0%}")
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

    patterns = []
    if args.pattern:
        muscle = _known_muscle(atlas, args.pattern)
        patterns = atlas.referrals.patterns_of(muscle, args.side)
        if not patterns:
            raise CliError(f"no referral pattern is recorded for {muscle}")
    _app = QApplication.instance() or QApplication([])
    image = render_view_image(atlas, args.view, args.scale, patterns=patterns,
                              cautions=args.cautions)

    def save(tmp: Path) -> None:
        # PySide6 takes the format only as str, though its stubs say bytes:
        if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
            raise CliError(f"could not write a PNG to {path}")

    write_atomically(path, save)
    print(path)
    return 0
