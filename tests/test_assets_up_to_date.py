"""The committed assets are exactly what the atlas build makes from its source.

So the drawn SVG outlines and the hit-test polygons can never disagree: both come from one
build. After editing dn_bodymap/atlas_build, run `python -m dn_bodymap.atlas_build`.
"""

from __future__ import annotations

from dn_bodymap.atlas.conventions import bundled_assets_dir
from dn_bodymap.atlas_build.build import build_all, with_digest


def test_committed_assets_match_the_build() -> None:
    root = bundled_assets_dir()
    stale = [rel for rel, text in with_digest(build_all()).items()
             if (root / rel).read_text(encoding="utf-8") != text]
    assert stale == [], "run `python -m dn_bodymap.atlas_build` to regenerate these"


def test_svg_draws_every_region_it_is_built_from(atlas) -> None:
    for view in ("front", "back"):
        svg = atlas.views[view].diagram.read_text(encoding="utf-8")
        for region in (r for r in atlas.regions if r.view == view):
            assert f'id="{view}-{region.side}-{region.muscle}-{region.layer}"' in svg
