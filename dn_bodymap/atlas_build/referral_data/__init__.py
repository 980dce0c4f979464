"""The referred-pain patterns, authored by body region (right side; the left is mirrored).

Sources: Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1
(upper half of body, 2nd ed., Simons, Travell & Simons 1999) and vol. 2 (lower extremities,
1992), and its 3rd edition (Donnelly et al. 2019). Zones are drawn in our own shapes on our own
figure, placed by landmark; descriptions are our own words.
"""

from dn_bodymap.atlas_build.referral_spec import PatternSpec

PATTERNS: list[PatternSpec] = []
