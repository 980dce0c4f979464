"""Point colours: distinct, colour-blind safe (Okabe & Ito), and never the referral red."""

from __future__ import annotations

POINT_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
                 "#7A5195", "#8C6D1F", "#2F4B7C", "#4D9221")


def point_colour(number: int) -> str:
    """The colour of trigger point ``number`` (1-based); it repeats after ten points."""
    return POINT_COLOURS[(number - 1) % len(POINT_COLOURS)]
