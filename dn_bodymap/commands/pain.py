"""`dn-bodymap pain SESSION_ID [--json]`: a session's pain drawing in figures and words: how
much of the body is drawn, where (plain region names), and which muscles' referral patterns
best explain it (charting/differential.py), best first."""

from __future__ import annotations

import argparse
from typing import Any

from dn_bodymap.commands.common import CliError, print_json
from dn_bodymap.commands.records import DB_HELP, open_store

DEFAULT_LIMIT = 10  # candidates listed: a screen's worth to examine, not a diagnosis


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pain", help="a session's pain drawing: area drawn, regions, and the "
                                    "muscles whose referral patterns best explain it")
    p.add_argument("session_id", type=int, metavar="SESSION_ID")
    p.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                   help=f"at most N candidate muscles (default {DEFAULT_LIMIT})")
    p.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=DB_HELP)
    p.add_argument("--json", action="store_true",
                   help='{"area_percent": {"front", "back", "total"}, "regions": [...], '
                        '"candidates": [{"muscle", "side", "site", "score", "explained"}]}')
    p.set_defaults(handler=cmd_pain)


def summary(atlas: Any, drawing_json: Any, limit: int | None = DEFAULT_LIMIT
            ) -> dict[str, Any]:
    """The figures ``pain --json`` prints for a stored drawing (None: none drawn)."""
    from dn_bodymap.charting import pain_drawing as pd

    drawing = pd.from_json(drawing_json, "session.pain_drawing")
    area = pd.area_percent(drawing, {v: atlas.views[v].outline for v in atlas.views})
    if drawing.is_empty:  # nothing drawn: nothing to place or explain
        return {"area_percent": area, "regions": [], "candidates": []}
    from dn_bodymap.charting import differential, pain_regions

    return {"area_percent": area, "regions": list(pain_regions.regions(atlas, drawing)),
            "candidates": [{"muscle": c.muscle, "side": c.side, "site": c.site,
                            "score": c.score, "explained": c.explained}
                           for c in differential.rank(atlas, drawing, limit=limit)]}


def cmd_pain(args: argparse.Namespace) -> int:
    from dn_bodymap.atlas import Atlas
    from dn_bodymap.charting.pain_drawing import DrawingError

    if args.limit < 1:
        raise CliError(f"--limit {args.limit}: give 1 or more")
    atlas = Atlas.load()
    with open_store(args) as store:
        session = store.session(args.session_id)
    try:
        found = summary(atlas, session.pain_drawing, args.limit)
    except DrawingError as exc:  # written by another program: say so, no traceback
        raise CliError(f"session {session.id}: {exc}") from None
    if args.json:
        print_json(found)
    else:
        print("\n".join(_words(atlas, session.id, found)))
    return 0


def _words(atlas: Any, session_id: int, found: dict[str, Any]) -> list[str]:
    from dn_bodymap.charting.referral_sites import site_name

    a = found["area_percent"]
    if not found["regions"] and not a["total"]:
        return [f"Session {session_id}: no pain drawing (0% of the body drawn)."]
    lines = [f"Session {session_id}: pain drawn over {a['total']:g}% of the body "
             f"(front {a['front']:g}%, back {a['back']:g}%).",
             "Where: " + (", ".join(found["regions"]) or "-") + "."]
    if not found["candidates"]:
        return [*lines, "No muscle's referral pattern covers the drawn pain."]
    lines.append("Muscles whose referral patterns best explain it (best first; to examine, "
                 "not a diagnosis):")
    for i, c in enumerate(found["candidates"], 1):
        muscle = atlas.muscle_name(c["muscle"])
        site = f"; site: {site_name(c['site']).lower()}" if c["site"] else ""
        lines.append(f"  {i:2}. {muscle} ({c['side']}{site}): explains "
                     f"{100 * c['explained']:.0f}% of the drawn pain (score {c['score']:.2f})")
    return lines
