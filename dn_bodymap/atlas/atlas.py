"""The loaded atlas and its queries: which muscles lie under a point, landmarks, look-ups."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely
from shapely import STRtree

from dn_bodymap import i18n
from dn_bodymap.atlas import loader
from dn_bodymap.atlas.catalogue import load_catalogue
from dn_bodymap.atlas.conventions import LAYERS, VIEWS, bundled_assets_dir
from dn_bodymap.atlas.model import (
    AtlasError,
    CautionZone,
    Landmark,
    Muscle,
    OmittedMuscle,
    Region,
    RetiredMuscle,
    View,
)
from dn_bodymap.atlas.referral import (
    LANDMARK_TOLERANCE,
    Pattern,
    ReferralHit,
    ReferralTable,
    rank,
)
from dn_bodymap.atlas.validate import run_checks
from dn_bodymap.i18n import translate_data

_DEPTH = {layer: i for i, layer in enumerate(LAYERS)}


@dataclass(frozen=True)
class _ViewIndex:
    """Prepared region polygons of one view in an STRtree, in superficial-first order."""

    regions: tuple[Region, ...]
    tree: STRtree


@dataclass(frozen=True)
class _ZoneIndex:
    """Prepared caution-zone polygons of one view in an STRtree, in file order."""

    zones: tuple[CautionZone, ...]
    tree: STRtree

    @classmethod
    def of(cls, zones: tuple[CautionZone, ...]) -> _ZoneIndex:
        geoms = [z.geometry for z in zones]
        shapely.prepare(geoms)
        return cls(zones, STRtree(geoms))


@dataclass(frozen=True)
class Atlas:
    root: Path
    format_version: int
    data_version: str
    midline_x: float
    views: Mapping[str, View]
    muscles: Mapping[str, Muscle]
    regions: tuple[Region, ...]
    landmarks: tuple[Landmark, ...]
    referrals: ReferralTable = field(default_factory=lambda: ReferralTable(()))
    _index: Mapping[str, _ViewIndex] = field(repr=False, compare=False, default_factory=dict)
    cautions: tuple[CautionZone, ...] = ()
    _caution_index: Mapping[str, _ZoneIndex] = field(repr=False, compare=False,
                                                     default_factory=dict)
    retired: Mapping[str, RetiredMuscle] = field(default_factory=dict)
    omitted: tuple[OmittedMuscle, ...] = ()
    code_sources: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path | str | None = None, *, check: bool = True,
             trust_build: bool = True) -> Atlas:
        """Read the assets under ``root`` (default: the bundled ones).

        With ``check`` the named geometric checks run too, and any problem raises
        ``AtlasError``; ``dn-bodymap atlas validate`` loads without them to list every problem.
        The build runs the checks and records a digest of what passed; files that still match
        it (``trust_build``) are not checked again, so start-up skips ~70 ms of geometry.
        Any edit to the data changes the digest, and the checks run.
        """
        root = Path(root) if root is not None else bundled_assets_dir()
        manifest = loader.load_manifest(root)
        where = str(root / "atlas/manifest.json")
        catalogue = load_catalogue(root, loader._need(manifest, "muscles", str, where))
        muscles = catalogue.muscles
        views: dict[str, View] = {}
        regions: list[Region] = []
        for name in VIEWS:
            view, view_regions = loader.load_view(root, name, manifest["views"][name])
            views[name] = view
            regions.extend(view_regions)
        for r in regions:
            if r.muscle not in muscles:
                raise AtlasError(f"{root / manifest['views'][r.view]['regions']}, region "
                                 f"{r.view}/{r.side}/{r.muscle}: muscle {r.muscle!r} is not in "
                                 f"the muscle list")
        landmarks = loader.load_landmarks(root, loader._need(manifest, "landmarks", str, where))
        referral_rel = manifest.get("referral") or ""  # optional
        patterns = loader.load_referral(root, referral_rel) if referral_rel else []
        for p in patterns:
            if p.muscle not in muscles:
                raise AtlasError(f"{root / referral_rel}, pattern {p.id!r}: muscle {p.muscle!r} "
                                 "is not in the muscle list")
        cautions_rel = manifest.get("cautions")  # optional: an atlas may have no caution layer
        if cautions_rel is not None and not isinstance(cautions_rel, str):
            raise AtlasError(f"{where}: 'cautions' should be a file name, found {cautions_rel!r}")
        cautions = tuple(loader.load_cautions(root, cautions_rel) if cautions_rel else ())
        regions.sort(key=lambda r: (r.view, _DEPTH[r.layer], r.muscle, r.side))
        index = {}
        for name in VIEWS:
            in_view = tuple(r for r in regions if r.view == name)
            geoms = [r.geometry for r in in_view]
            shapely.prepare(geoms)
            index[name] = _ViewIndex(in_view, STRtree(geoms))
        atlas = cls(root, manifest["format_version"], manifest["data_version"],
                    float(manifest["midline_x"]), views, muscles, tuple(regions),
                    tuple(landmarks), ReferralTable(patterns), index, cautions,
                    {name: _ZoneIndex.of(tuple(z for z in cautions if z.view == name))
                     for name in VIEWS},
                    retired=catalogue.retired, omitted=catalogue.omitted,
                    code_sources=catalogue.code_sources)
        verified = (trust_build and manifest.get(loader.DIGEST_KEY)
                    == loader.content_digest(root, manifest))
        if check and not verified:
            problems = [p for result in run_checks(atlas) for p in result.problems]
            if problems:
                more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
                raise AtlasError(f"{root}: the atlas fails its checks: {problems[0]}{more}; "
                                 "run `dn-bodymap atlas validate` for the full list")
        return atlas

    # -- queries ---------------------------------------------------------------------------

    def muscles_at(self, view: str, x: float, y: float) -> list[Region]:
        """Every muscle region under the point, superficial first; none outside the body."""
        idx = self._view_index(view)
        hits = idx.tree.query(shapely.Point(x, y), predicate="covered_by")
        # Regions were indexed in depth order, so sorting the positions restores it.
        return [idx.regions[i] for i in np.sort(hits)]

    def muscles_near(self, view: str, x: float, y: float, max_distance: float) -> list[Region]:
        """The regions nearest the point within ``max_distance`` (for a click in a hairline
        gap between regions), superficial first."""
        idx = self._view_index(view)
        hits = idx.tree.query_nearest(shapely.Point(x, y), max_distance=max_distance,
                                      all_matches=True)
        return [idx.regions[i] for i in np.sort(hits)]

    def cautions_at(self, view: str, x: float, y: float) -> list[CautionZone]:
        """Every caution zone under the point (edges count), in the layer's order."""
        self._view_index(view)  # an unknown view is refused by name
        idx = self._caution_index.get(view)
        if idx is None or not idx.zones:
            return []
        hits = idx.tree.query(shapely.Point(x, y), predicate="covered_by")
        return [idx.zones[i] for i in np.sort(hits)]

    def landmark(self, landmark_id: str, side: str | None = None,
                 view: str | None = None) -> Landmark:
        """A landmark by id and side (None for midline ones), on ``view`` or else the first
        view that has it (front, then back)."""
        found = [m for m in self.landmarks if m.id == landmark_id and m.side == side
                 and (view is None or m.view == view)]
        if not found:
            raise KeyError(f"no landmark {landmark_id!r} (side {side}, view {view or 'any'})")
        found.sort(key=lambda m: VIEWS.index(m.view))
        return found[0]

    def landmark_views(self, landmark_id: str, side: str | None = None) -> list[Landmark]:
        """The landmark on every view where it is marked."""
        return [m for m in self.landmarks if m.id == landmark_id and m.side == side]

    def muscle(self, muscle_id: str) -> Muscle:
        try:
            return self.muscles[muscle_id]
        except KeyError:
            raise KeyError(f"no muscle {muscle_id!r}") from None

    def muscle_name(self, muscle_id: str) -> str:
        """The display name of a muscle, or of a retired one an older record carries, in the
        language of the moment (``Muscle.name`` is the English one, for files); an id the
        atlas has never known is shown as it is."""
        if muscle_id in self.muscles:
            return translate_data(i18n.MUSCLE, self.muscles[muscle_id].name)
        if muscle_id in self.retired:
            return translate_data(i18n.MUSCLE, self.retired[muscle_id].name)
        return muscle_id

    def regions_of(self, muscle_id: str, side: str | None = None,
                   view: str | None = None) -> list[Region]:
        return [r for r in self.regions if r.muscle == muscle_id
                and (side is None or r.side == side) and (view is None or r.view == view)]

    def region(self, view: str, muscle_id: str, side: str, layer: str | None = None) -> Region:
        """The muscle's region on a view: at ``layer``, or its most superficial one."""
        for r in self._view_index(view).regions:
            if r.muscle == muscle_id and r.side == side and layer in (None, r.layer):
                return r
        raise KeyError(f"no region of {muscle_id!r} ({side}{', ' + layer if layer else ''}) "
                       f"on the {view} view")

    # -- referred pain -------------------------------------------------------------------------

    def referral(self, muscle: str, side: str,
                 at: tuple[str, float, float] | None = None) -> Pattern:
        """The muscle's referral pattern: of its site nearest ``at`` = (view, x, y), or its
        first (principal) pattern."""
        self.muscle(muscle)
        if at is None:
            return self.referrals.nearest(muscle, side)
        view, x, y = at
        return self.referrals.nearest(muscle, side, view, x, y)

    def landmarks_covered(self, muscle: str, side: str,
                          at: tuple[str, float, float] | None = None) -> dict[str, list[str]]:
        """Landmark ids inside (or within LANDMARK_TOLERANCE of) the essential and spillover
        zones: of one site's pattern with ``at``, else of all the muscle's patterns together.
        A landmark in both counts as essential. Ordered top to bottom, front view first."""
        patterns = ([self.referral(muscle, side, at)] if at is not None
                    else self.referrals.patterns_of(muscle, side))
        if not patterns:
            raise KeyError(f"no referral pattern for {muscle!r} ({side})")
        found: dict[str, set[str]] = {"essential": set(), "spillover": set()}
        for m in self.landmarks:
            point = shapely.Point(m.x, m.y)
            for kind in ("essential", "spillover"):
                if any(z.geometry.dwithin(point, LANDMARK_TOLERANCE)
                       for p in patterns for z in p.zones_on(m.view, kind)):
                    found[kind].add(m.id)
        found["spillover"] -= found["essential"]
        order: dict[str, int] = {}
        for m in sorted(self.landmarks, key=lambda m: (VIEWS.index(m.view), m.y)):
            order.setdefault(m.id, len(order))
        return {k: sorted(v, key=order.__getitem__) for k, v in found.items()}

    def muscles_referring_to(self, view: str, x: float, y: float) -> list[ReferralHit]:
        """Muscles whose zones cover the point: essential first, then the commoner sources."""
        self._view_index(view)
        return self.referrals.at_point(view, x, y)

    def muscles_referring_to_landmark(self, landmark_id: str,
                                      side: str | None = None) -> list[ReferralHit]:
        """As ``muscles_referring_to`` at the landmark on every view where it is marked,
        counting zones within LANDMARK_TOLERANCE (as ``landmarks_covered`` does)."""
        marks = self.landmark_views(landmark_id, side)
        if not marks:
            raise KeyError(f"no landmark {landmark_id!r} ({side or 'midline'})")
        hits = [h for m in marks
                for h in self.referrals.at_point(m.view, m.x, m.y, LANDMARK_TOLERANCE)]
        return rank(hits)

    def _view_index(self, view: str) -> _ViewIndex:
        try:
            return self._index[view]
        except KeyError:
            raise ValueError(f"unknown view {view!r}: use one of {', '.join(VIEWS)}") from None
