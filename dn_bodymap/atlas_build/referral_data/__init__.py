"""The referred-pain patterns, authored by body region (right side; the left is mirrored).

Sources: Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1
(upper half of body, 2nd ed., Simons, Travell & Simons 1999) and vol. 2 (lower extremities,
Travell & Simons 1992), and its 3rd edition (Donnelly et al. 2019). Zones are drawn in our own
shapes on our own figure, placed by landmark; descriptions are our own words.

Set DN_BODYMAP_BUILD_LENIENT=1 while authoring: a region module that fails to import is then
skipped with a warning instead of stopping everyone's build.
"""

from __future__ import annotations

import importlib
import os
import sys

from dn_bodymap.atlas_build.referral_spec import PatternSpec

MODULES = ("head_neck", "head_neck_more", "shoulder_arm", "forearm_hand", "hand_more",
           "trunk_hip", "trunk_more", "hip_more", "lower_limb", "foot_more")


def _collect() -> list[PatternSpec]:
    lenient = os.environ.get("DN_BODYMAP_BUILD_LENIENT") == "1"
    patterns: list[PatternSpec] = []
    for name in MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue  # not written yet
            if not lenient:
                raise
            print(f"warning: skipped referral_data.{name}: {exc}", file=sys.stderr)
            continue
        except Exception as exc:
            if not lenient:
                raise
            print(f"warning: skipped referral_data.{name}: {exc!r}", file=sys.stderr)
            continue
        patterns.extend(module.PATTERNS)
    return patterns


PATTERNS: list[PatternSpec] = _collect()
