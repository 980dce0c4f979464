"""Where a muscle chosen by name is charted (charting/classic_site.py, used by the window's
muscle search and pain finder)."""

from __future__ import annotations

import shapely

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting.classic_site import classic_site


def test_a_muscle_with_a_classic_site_is_charted_there_on_its_own_region(atlas: Atlas) -> None:
    site = atlas.referrals.patterns_of("piriformis", "left")[0].sites[0]
    place = classic_site(atlas, "piriformis", "left")
    assert (place.view, place.x, place.y) == (site.view, site.x, site.y)
    assert place.region is not None
    assert (place.region.muscle, place.region.side) == ("piriformis", "left")


def test_a_muscle_without_a_site_is_charted_inside_its_first_region(atlas: Atlas) -> None:
    assert not any(p.sites for p in atlas.referrals.patterns_of("buccinator", "right"))
    place = classic_site(atlas, "buccinator", "right")
    first = atlas.regions_of("buccinator", "right")[0]
    assert place.view == first.view
    assert first.geometry.covers(shapely.Point(place.x, place.y))
    assert place.region is not None and place.region.muscle == "buccinator"
