"""The anatomical atlas: body views, muscle regions, landmarks, caution zones and the queries
over them.

No Qt here: the atlas is plain data and shapely geometry, so tests and the CLI use it directly.
"""

from dn_bodymap.atlas.atlas import Atlas
from dn_bodymap.atlas.model import AtlasError, CautionZone, Landmark, Muscle, Region, View

__all__ = ["Atlas", "AtlasError", "CautionZone", "Landmark", "Muscle", "Region", "View"]
