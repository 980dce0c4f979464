"""A point's referral site: chosen by the clinician or the nearest, named, symmetric for
mirrored clicks (plain coordinates), and drawn and named on the printed map."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from dn_bodymap.atlas import Atlas
from dn_bodymap.charting.referral_sites import SITE_NAMES, pattern_of, site_name, site_of
from dn_bodymap.demo import CLINICIAN
from dn_bodymap.records import Store, TriggerPoint
from dn_bodymap.report.document import treatment_map
from dn_bodymap.report.output import page_images, write_pdf
from dn_bodymap.report.pages import HEADER_H, MARGIN, layout_of


def _multi_site(atlas: Atlas) -> list[str]:
    counts = Counter(p.muscle for p in atlas.referrals.patterns if p.side == "right")
    return sorted(m for m, n in counts.items() if n > 1)


def tp(atlas: Atlas, muscle: str, side: str, view: str, x: float, y: float,
       site: str | None = None) -> TriggerPoint:
    return TriggerPoint(id=1, session_id=1, number=1, view=view, x=x, y=y, muscle=muscle,
                        side=side, layer="superficial", kind="active", referral_site=site)


def test_every_site_of_a_multi_site_muscle_has_a_name(atlas: Atlas) -> None:
    ids = {p.id for m in _multi_site(atlas) for p in atlas.referrals.patterns_of(m, "right")}
    assert len(_multi_site(atlas)) >= 20
    assert ids == set(SITE_NAMES)


def test_a_chosen_site_wins_over_the_nearest(atlas: Atlas) -> None:
    mark = atlas.landmark("top_of_shoulder", "right", "back")
    p = tp(atlas, "upper_trapezius", "right", "back", mark.x, mark.y)
    nearest = site_of(atlas, p)
    assert nearest is not None and not nearest.chosen
    other = next(q.id for q in atlas.referrals.patterns_of("upper_trapezius", "right")
                 if q.id != nearest.pattern.id)
    chosen = site_of(atlas, tp(atlas, "upper_trapezius", "right", "back", mark.x, mark.y,
                               site=other))
    assert chosen is not None and chosen.chosen and chosen.pattern.id == other
    assert pattern_of(atlas, tp(atlas, "upper_trapezius", "right", "back", mark.x, mark.y,
                                site=other)).id == other


def test_the_top_of_the_shoulder_is_a_close_call_between_the_two_upper_trapezius_sites(
        atlas: Atlas) -> None:
    # Why a pixel decided the temple zone: the landmark lies ~0.7 units off the midpoint
    # of the two sites. The inspector says so and offers the choice.
    mark = atlas.landmark("top_of_shoulder", "left", "back")
    match = site_of(atlas, tp(atlas, "upper_trapezius", "left", "back", mark.x, mark.y))
    assert match is not None and match.close_call
    far = atlas.landmark("angle_of_neck", "left", "back")
    match = site_of(atlas, tp(atlas, "upper_trapezius", "left", "back", far.x, far.y))
    assert match is not None and not match.close_call


def test_mirrored_clicks_get_mirrored_sites(atlas: Atlas) -> None:
    """At every landmark with a mirror, and at the exact midpoint of every two sites (where
    the tie-break decides), the right and left sides pick the same site."""
    mid = atlas.midline_x
    places = [(m.view, m.x, m.y) for m in atlas.landmarks if m.side == "right"]
    differ = []
    for muscle in _multi_site(atlas):
        sites = [s for p in atlas.referrals.patterns_of(muscle, "right") for s in p.sites]
        ties = [(a.view, (a.x + b.x) / 2, (a.y + b.y) / 2)
                for i, a in enumerate(sites) for b in sites[i + 1:] if a.view == b.view]
        for view, x, y in places + ties:
            right = atlas.referral(muscle, "right", at=(view, x, y)).id
            left = atlas.referral(muscle, "left", at=(view, 2 * mid - x, y)).id
            if right != left:
                differ.append((muscle, view, x, y, right, left))
    assert differ == []


@pytest.mark.parametrize("pattern_id", ["upper_trapezius", "upper_trapezius_posterior"])
def test_site_names_are_words(pattern_id: str) -> None:
    assert "_" not in site_name(pattern_id) and site_name(pattern_id)


def _printed(atlas: Atlas, store: Store, site: str | None, tmp_path: Path,
             name: str) -> tuple[QImage, Path]:
    """The map area of page 1, and the PDF, for one upper trapezius point at the top of the
    shoulder with ``site`` chosen."""
    patient = store.patients()[0] if store.patients() else store.add_patient("Jane Doe")
    session = store.new_session(patient.id, CLINICIAN)
    mark = atlas.landmark("top_of_shoulder", "right", "back")
    store.add_point(session.id, "back", mark.x, mark.y, muscle="upper_trapezius",
                    side="right", layer="superficial", kind="active", referral_site=site)
    session = store.session(session.id)
    doc = treatment_map(atlas, session, patient)
    (image,) = page_images(doc, atlas, "a4", dpi=60)
    scale = 60 / 72
    layout = layout_of(doc, "a4")
    area = QRect(int(MARGIN * scale), int((MARGIN + HEADER_H + 4) * scale),
                 int(360 * scale), int(layout.map_h * scale))
    write_pdf(doc, atlas, tmp_path / f"{name}.pdf")
    return image.copy(area), tmp_path / f"{name}.pdf"


def test_the_printed_map_draws_and_names_the_chosen_site(atlas: Atlas, store: Store,
                                                         tmp_path: Path, qapp) -> None:
    nearest, _ = _printed(atlas, store, None, tmp_path, "nearest")
    same, _ = _printed(atlas, store, "upper_trapezius_posterior", tmp_path, "same")
    other, pdf = _printed(atlas, store, "upper_trapezius", tmp_path, "other")
    assert same == nearest  # the nearest site here is the posterior one
    assert other != nearest  # the chosen site's zones (to the temple) are drawn instead
    text = unicodedata.normalize("NFKC", " ".join(" ".join(p.extract_text().split())
                                                   for p in PdfReader(str(pdf)).pages))
    assert ("† 1. Upper trapezius, referral site chosen: Vertical fibres — neck to the "
            "temple") in text
    assert "Upper trapezius †" in text
