"""Developer preview of referral patterns as a contact sheet.

    python tools/pattern_sheet.py OUT.png [--assets DIR] [--only ID,ID,...] [--side right]

Loads the atlas without its checks (so a half-authored pattern still shows) and draws each
pattern (or only the listed pattern or muscle ids) on both views.
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from dn_bodymap.atlas import Atlas
from dn_bodymap.drawing.contact_sheet import render_sheet


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--assets")
    ap.add_argument("--only", default="")
    ap.add_argument("--side", default="right")
    a = ap.parse_args()
    QApplication(sys.argv[:1])
    atlas = Atlas.load(a.assets, check=False)
    wanted = {w for w in a.only.split(",") if w}
    patterns = [p for p in atlas.referrals.patterns if p.side == a.side
                and (not wanted or p.id in wanted or p.muscle in wanted)]
    if not patterns:
        print("no patterns match", file=sys.stderr)
        return 2
    render_sheet(atlas, patterns).save(a.out)
    print(a.out, len(patterns), "patterns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
