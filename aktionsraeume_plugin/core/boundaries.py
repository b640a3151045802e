"""Boundary checks: are the area levels valid, do they tile the city, nest, and do their keys agree?

Everything works on arrays of shapely geometries with shapely 2's vectorised operations. Areas and
distances are planar, in the units of the coordinates: the caller (``services.boundary_service``)
makes sure they are metres.

A check returns :class:`Finding` objects: a stable type code, a severity, the values of its message
(worded and translated by ``services.messages``; level names are codes such as "spaces"), the keys of
the features involved, an area in m² where one applies, and a location to zoom to (point or polygon).

Every overlay (intersection, difference, union) goes through :class:`Overlay`: when GEOS gives up
with a ``TopologyException`` (nearly coincident vertices, large coordinates, a ring that crosses
itself), it retries with snap rounding on a grid derived from the coordinates' precision (see
:func:`precision_grid`) and on repaired inputs; if the operation still fails, the check reports an
``overlay_failed`` finding naming the features instead of raising.

Tiling is first checked by matching edges in numpy (:func:`match_edges`): only the polygons with an
edge that no neighbour shares can overlap, and only the faces enclosed by such edges can be gaps or
holes. Where too few edges match (neighbours digitised independently), GEOS's coverage functions
(shapely ≥ 2.1 built with GEOS ≥ 3.12) find the polygons whose edges do not fit, and only those are
intersected exactly. Older shapely/GEOS fall back to an STRtree query over all polygons and
``union_all``; every path gives the same findings.
"""

from __future__ import annotations

import re
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

import numpy as np
import pandas as pd
import shapely

from .geos_runtime import geos_version
from .keys import normalise_keys
from .messages import Message

ERROR = "error"
WARNING = "warning"
INFO = "info"

# Stable type codes: written into findings layers, never renamed.
INVALID_GEOMETRY = "invalid_geometry"
NULL_GEOMETRY = "null_geometry"
EMPTY_GEOMETRY = "empty_geometry"
FAR_PART = "far_part"
SLIVER = "sliver"
OVERLAP = "overlap"
GAP = "gap"
HOLE = "hole"
OVERLAY_FAILED = "overlay_failed"
NOT_NESTED = "not_nested"
PARENT_MISMATCH = "parent_mismatch"
PARENT_NOT_COVERED = "parent_not_covered"
DUPLICATE_KEY = "duplicate_key"
MISSING_KEY = "missing_key"
KEY_WITHOUT_POLYGON = "key_without_polygon"
POLYGON_WITHOUT_KEY = "polygon_without_key"
CRS_REPROJECTED = "crs_reprojected"
GEOGRAPHIC_CRS = "geographic_crs"
DISTORTED_CRS = "distorted_crs"
LAYER_FILTERED = "layer_filtered"

#: Every type code in display order, with its severity.
FINDING_TYPES: dict[str, str] = {
    INVALID_GEOMETRY: ERROR,
    NULL_GEOMETRY: ERROR,
    EMPTY_GEOMETRY: ERROR,
    OVERLAP: ERROR,
    GAP: ERROR,
    NOT_NESTED: ERROR,
    PARENT_MISMATCH: ERROR,
    PARENT_NOT_COVERED: ERROR,
    DUPLICATE_KEY: ERROR,
    MISSING_KEY: ERROR,
    OVERLAY_FAILED: ERROR,
    HOLE: WARNING,
    FAR_PART: WARNING,
    SLIVER: WARNING,
    KEY_WITHOUT_POLYGON: WARNING,
    POLYGON_WITHOUT_KEY: WARNING,
    GEOGRAPHIC_CRS: WARNING,
    DISTORTED_CRS: WARNING,
    CRS_REPROJECTED: INFO,
    LAYER_FILTERED: INFO,
}

_REASON_LOCATION = re.compile(r"^(?P<reason>.*?)\[(?P<x>[-+0-9.eE]+|nan) (?P<y>[-+0-9.eE]+|nan)\]\s*$")


@dataclass(frozen=True)
class Finding:
    """One problem found by a check, located so that staff can zoom to it."""

    type: str
    severity: str
    params: dict
    level: str
    keys: tuple[str, ...] = ()
    area_m2: float | None = None
    location: object = None  # shapely Point/Polygon/MultiPolygon/MultiPoint, or None

    @property
    def message(self) -> Message:
        """What to tell staff: code ``boundary.<type>``, the finding's values and its level code."""
        return Message(f"boundary.{self.type}", {"level": self.level, **self.params})


def make_finding(
    type_code: str,
    level: str,
    keys: Iterable[str] = (),
    area_m2: float | None = None,
    location=None,
    /,
    **params,
) -> Finding:
    """A finding of ``type_code`` with its severity; ``params`` are the values of its message.

    ``level`` is the level code ("spaces"); the message names it, and ``parent_level`` where given.
    The leading arguments are positional-only so that ``params`` may use the name ``keys``.
    """
    return Finding(
        type=type_code,
        severity=FINDING_TYPES[type_code],
        params=params,
        level=level,
        keys=tuple(str(k) for k in keys),
        area_m2=None if area_m2 is None else float(area_m2),
        location=location,
    )


@dataclass
class Level:
    """One area level: a polygon per feature, its key and, below the top level, its parent's key.

    ``name`` is the level code ("spaces", "quarters", "districts"), worded in messages by the services.
    ``fids`` are the feature ids, used to name features whose key is missing.
    """

    name: str
    geometries: Sequence
    keys: Sequence
    parent_keys: Sequence | None = None
    fids: Sequence[int] | None = None
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def normalised_keys(self, pad_width: int | None = None) -> list[str | None]:
        """The keys through the join's normalisation (computed once per pad width)."""
        if ("keys", pad_width) not in self._cache:
            self._cache["keys", pad_width] = normalise_keys(list(self.keys), pad_width=pad_width)
        return self._cache["keys", pad_width]

    def validity(self) -> tuple[np.ndarray, np.ndarray]:
        """Masks (usable, valid): usable = neither null nor empty; valid = usable and GEOS-valid."""
        if "validity" not in self._cache:
            geoms = self.geometries
            usable = np.array([g is not None for g in geoms], dtype=bool)
            usable[usable] = ~shapely.is_empty(geoms[usable])
            valid = np.zeros(len(geoms), dtype=bool)
            valid[usable] = shapely.is_valid(geoms[usable])
            self._cache["validity"] = (usable, valid)
        return self._cache["validity"]

    def __post_init__(self) -> None:
        self.geometries = np.asarray(pd.Series(list(self.geometries), dtype=object).to_numpy(), dtype=object)
        count = len(self.geometries)
        if len(self.keys) != count:
            raise ValueError(f"Level '{self.name}': {len(self.keys)} keys for {count} geometries.")
        if self.parent_keys is not None and len(self.parent_keys) != count:
            raise ValueError(
                f"Level '{self.name}': {len(self.parent_keys)} parent keys for {count} geometries."
            )
        self.fids = np.arange(count) if self.fids is None else np.asarray(self.fids)


@dataclass(frozen=True)
class KeyTable:
    """Keys of a table (for example an indicator table) that should match a level's polygons."""

    name: str
    level: str
    keys: Sequence


@dataclass(frozen=True)
class BoundaryOptions:
    """Thresholds of the checks; areas in m², distances in m.

    - ``area_tolerance``: overlaps, gaps and uncovered parts of a parent at or below it are ignored.
    - ``sliver_area``: polygons (or parts of multipolygons) smaller than this are slivers.
    - ``far_part_distance``: a part of a multipolygon farther than this from its largest part is reported.
    - ``nesting_share``: share (0–1) of a child's area that must lie in one parent.
    - ``pad_width``: passed to the key normalisation (zero-padding numeric keys).
    - ``city_boundary``: the outline gaps are measured against; default the union of each level.
    - ``use_coverage``: None matches edges first (see :func:`match_edges`) and, where too few edges match,
      uses the GEOS coverage functions when available; True forces the GEOS coverage path, False the
      plain fallback (STRtree and union).
    """

    area_tolerance: float = 1.0
    sliver_area: float = 100.0
    far_part_distance: float = 1000.0
    nesting_share: float = 0.999
    pad_width: int | None = None
    city_boundary: object = None
    use_coverage: bool | None = None


#: The default thresholds.
DEFAULT_OPTIONS = BoundaryOptions()


@dataclass
class BoundaryReport:
    """All findings of a run and their counts per type."""

    findings: list[Finding] = field(default_factory=list)
    levels: tuple[str, ...] = ()
    #: How areas and lengths were measured (set by the services layer, e.g. "EPSG:25832, planar").
    measurement: str = ""

    @property
    def summary(self) -> dict[str, int]:
        """Number of findings per type code, in the order of FINDING_TYPES, types with findings only."""
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.type] = counts.get(finding.type, 0) + 1
        return {code: counts[code] for code in FINDING_TYPES if code in counts}

    def count(self, severity: str | None = None) -> int:
        return sum(1 for f in self.findings if severity is None or f.severity == severity)

    def to_frame(self) -> pd.DataFrame:
        """One row per finding: type, severity, level, keys (comma-separated), area_m2, geometry."""
        return findings_frame(self.findings)


def findings_frame(findings: Sequence[Finding]) -> pd.DataFrame:
    """Findings as a DataFrame (``geometry`` holds the location)."""
    return pd.DataFrame(
        {
            "type": pd.Series([f.type for f in findings], dtype=object),
            "severity": pd.Series([f.severity for f in findings], dtype=object),
            "level": pd.Series([f.level for f in findings], dtype=object),
            "keys": pd.Series([", ".join(f.keys) for f in findings], dtype=object),
            "area_m2": pd.Series([f.area_m2 for f in findings], dtype="float64"),
            "geometry": pd.Series([f.location for f in findings], dtype=object),
        }
    )


def coverage_functions_available() -> bool:
    """Whether shapely offers the GEOS coverage validator (shapely ≥ 2.1 with GEOS ≥ 3.12)."""
    return hasattr(shapely, "coverage_invalid_edges") and geos_version() >= (3, 12, 0)


# --------------------------------------------------------------------------------------------------
# Robust overlays

#: Snap rounding retries at this grid, then at this many times coarser.
_COARSER_GRID = 100.0
#: Units in the last place of the largest coordinate that the snap-rounding grid spans.
_GRID_ULPS = 1e4


def precision_grid(geometries) -> float:
    """The snap-rounding grid (coordinate units, m) that fits the data's precision.

    ``geometries``: array-like of shapely geometries (None allowed). A double carries about 16
    significant digits, so coordinates of 5,700,000 m are only exact to about 1e-9 m; noding breaks down
    a few orders of magnitude above that. The grid is the power of ten just above ``_GRID_ULPS`` units
    in the last place of the largest coordinate: 1e-4 m (0.1 mm) for UTM or Gauss-Krüger coordinates
    with a false easting of 2,500,000 m, far below any area tolerance.
    """
    geoms = np.asarray(geometries, dtype=object)
    present = geoms[np.array([g is not None for g in geoms], dtype=bool)] if len(geoms) else geoms
    bounds = shapely.total_bounds(present) if len(present) else np.full(4, np.nan)
    magnitude = float(np.nanmax(np.abs(bounds))) if np.isfinite(bounds).any() else 1.0
    ulp = max(magnitude, 1.0) * np.finfo(float).eps
    return float(10.0 ** np.ceil(np.log10(ulp * _GRID_ULPS)))


@dataclass(frozen=True)
class OverlayFailure:
    """An overlay GEOS could not compute even with snap rounding: which features, which operation."""

    level: str
    operation: str  # "intersection", "difference" or "union"
    keys: tuple[str, ...]
    error: str
    location: object = None
    grid: float = 0.0  # the coarsest snap-rounding grid tried (m)


def _repaired(geoms):
    """Inputs made valid and reduced to their polygons (None stays None); arrays or one geometry."""
    if isinstance(geoms, np.ndarray):
        result = np.full(len(geoms), None, dtype=object)
        for index, geom in enumerate(geoms):
            result[index] = _repaired(geom)
        return result
    if geom_is_missing(geoms):
        return geoms
    try:
        return _polygonal_part(make_valid(geoms))
    except shapely.errors.GEOSException:
        return geoms


def geom_is_missing(geom) -> bool:
    """True for None and empty geometries."""
    return geom is None or shapely.is_empty(geom)


class Overlay:
    """Intersections, differences and unions that survive GEOS topology errors.

    Each operation is first tried as is; on a ``GEOSException`` it is retried with snap rounding at
    ``grid`` (coordinate units, m), then on repaired inputs, then at a 100 times coarser grid. What still
    fails is recorded in :attr:`failures` (see :func:`overlay_findings`) and gives None.
    """

    def __init__(self, grid: float) -> None:
        self.grid = float(grid)
        self.failures: list[OverlayFailure] = []

    @classmethod
    def for_geometries(cls, *arrays) -> Overlay:
        """An overlay whose grid fits all the given geometry arrays."""
        parts = [np.asarray(a, dtype=object) for a in arrays if a is not None]
        return cls(precision_grid(np.concatenate(parts) if parts else np.zeros(0, dtype=object)))

    def _attempt(self, operation: Callable, inputs: list):
        error: Exception | None = None
        for repair, grid in (
            (False, None),
            (False, self.grid),
            (True, self.grid),
            (True, self.grid * _COARSER_GRID),
        ):
            args = [_repaired(x) for x in inputs] if repair else inputs
            try:
                return (operation(*args) if grid is None else operation(*args, grid_size=grid)), None
            except (shapely.errors.GEOSException, ValueError, TypeError) as caught:
                error = caught
        return None, error

    def _fail(self, level: Level, name: str, keys: Sequence[str], error, location) -> None:
        self.failures.append(
            OverlayFailure(
                level.name,
                name,
                tuple(keys),
                str(error).splitlines()[0][:200],
                location,
                self.grid * _COARSER_GRID,
            )
        )

    def binary(
        self, level: Level, name: str, operation: Callable, a, b, describe: Callable[[int], Sequence[str]]
    ):
        """``operation(a, b)`` element-wise (arrays, or one geometry against an array or geometry).

        ``describe(i)`` gives the keys of the features behind element ``i`` (only called on failure).
        """
        try:
            return operation(a, b)
        except (shapely.errors.GEOSException, ValueError, TypeError):
            pass
        if not isinstance(a, np.ndarray) and not isinstance(b, np.ndarray):
            result, error = self._attempt(operation, [a, b])
            if error is not None:
                self._fail(level, name, describe(0), error, _envelope_centre(a))
            return result
        left, right = np.broadcast_arrays(np.asarray(a, dtype=object), np.asarray(b, dtype=object))
        result = np.full(len(left), None, dtype=object)
        for index, (x, y) in enumerate(zip(left, right)):
            result[index], error = self._attempt(operation, [x, y])
            if error is not None:
                self._fail(level, name, describe(index), error, _envelope_centre(x))
        return result

    def union(self, level: Level, polygons, describe: Callable[[], Sequence[str]]):
        """The union of ``polygons`` (None for none, or when it cannot be computed: then a failure)."""
        polygons = np.asarray(polygons, dtype=object)
        if not len(polygons):
            return None
        result, error = self._attempt(shapely.union_all, [polygons])
        if error is not None:
            self._fail(level, "union", describe(), error, _envelope_centre(shapely.envelope(polygons[0])))
        return result


def _envelope_centre(geom):
    if geom_is_missing(geom):
        return None
    return shapely.centroid(shapely.envelope(geom))


def overlay_findings(failures: Iterable[OverlayFailure]) -> list[Finding]:
    """One ``overlay_failed`` finding per operation that could not be computed."""
    findings = []
    seen = set()
    for failure in failures:
        marker = (failure.level, failure.operation, failure.keys)
        if marker in seen:
            continue
        seen.add(marker)
        findings.append(
            make_finding(
                OVERLAY_FAILED,
                failure.level,
                failure.keys,
                None,
                failure.location,
                operation=failure.operation,
                keys=failure.keys,
                grid=failure.grid,
                error=failure.error,
            )
        )
    return findings


# --------------------------------------------------------------------------------------------------
# Keys


def _display_key(value) -> str | None:
    """A key as staff wrote it (whole floats without ".0"), None where missing; for messages only."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float):
        if value != value:
            return None
        if value.is_integer():
            return str(int(value))
    text = str(value).strip()
    return text or None


def _display_keys(values: Sequence) -> list[str | None]:
    return [_display_key(v) for v in values]


class KeyLabels:
    """Each feature's key as written, or ``fid N`` where it is missing; built on demand, for messages.

    Comparisons use :meth:`Level.normalised_keys`; messages show the key as staff typed it. Labels are
    only made for the few features that have findings, not for every feature of a large level.
    """

    def __init__(self, level: Level) -> None:
        self._keys = level.keys
        self._fids = level.fids

    def __getitem__(self, index) -> str:
        shown = _display_key(self._keys[int(index)])
        return shown if shown else f"fid {int(self._fids[int(index)])}"


def key_labels(level: Level, pad_width: int | None = None) -> KeyLabels:
    """The :class:`KeyLabels` of a level."""
    return KeyLabels(level)


def check_keys(level: Level, options: BoundaryOptions = DEFAULT_OPTIONS) -> list[Finding]:
    """Missing keys and keys used by more than one feature of the level."""
    normalised = pd.Series(level.normalised_keys(options.pad_width), dtype=object)
    missing = normalised.isna().to_numpy() | (normalised == "").to_numpy()
    findings = []
    for index in np.flatnonzero(missing):
        fid = int(level.fids[index])
        findings.append(
            make_finding(
                MISSING_KEY,
                level.name,
                [f"fid {fid}"],
                None,
                _representative_points(level.geometries[[index]])[0],
                fid=fid,
            )
        )
    repeated = normalised[~missing & normalised.duplicated(keep=False).to_numpy()]
    labels = key_labels(level, options.pad_width)
    for positions in repeated.groupby(repeated, sort=False).groups.values():
        indices = np.asarray(positions)
        key = labels[indices[0]]
        located = [p for p in _representative_points(level.geometries[indices]) if p is not None]
        findings.append(
            make_finding(
                DUPLICATE_KEY,
                level.name,
                [key],
                None,
                shapely.multipoints(located) if located else None,
                key=key,
                count=len(indices),
                fids=[int(level.fids[i]) for i in indices],
            )
        )
    return findings


def check_table_keys(
    level: Level, table: KeyTable, options: BoundaryOptions = DEFAULT_OPTIONS
) -> list[Finding]:
    """Keys of ``table`` without a polygon in ``level``, and polygons of ``level`` without a table row."""
    polygon_keys = level.normalised_keys(options.pad_width)
    table_keys = normalise_keys(list(table.keys), pad_width=options.pad_width)
    table_shown = _display_keys(list(table.keys))
    labels = key_labels(level, options.pad_width)
    polygon_set = {k for k in polygon_keys if k}
    table_set = {k for k in table_keys if k}
    findings = []
    reported: set[str] = set()
    for key, shown in zip(table_keys, table_shown):
        if key and key not in polygon_set and key not in reported:
            reported.add(key)
            findings.append(
                make_finding(KEY_WITHOUT_POLYGON, level.name, [shown], key=shown, table=table.name)
            )
    for index, key in enumerate(polygon_keys):
        if key and key not in table_set:
            findings.append(
                make_finding(
                    POLYGON_WITHOUT_KEY,
                    level.name,
                    [labels[index]],
                    None,
                    _representative_points(level.geometries[[index]])[0],
                    key=labels[index],
                    table=table.name,
                )
            )
    return findings


# --------------------------------------------------------------------------------------------------
# Geometry of single features


def check_geometries(level: Level, options: BoundaryOptions = DEFAULT_OPTIONS) -> list[Finding]:
    """Null, empty and invalid geometries (with reason and location), far parts and slivers."""
    geoms = level.geometries
    labels = key_labels(level, options.pad_width)
    findings: list[Finding] = []
    usable, valid = level.validity()
    is_null = np.array([g is None for g in geoms], dtype=bool)
    for index in np.flatnonzero(is_null):
        findings.append(make_finding(NULL_GEOMETRY, level.name, [labels[index]], key=labels[index]))
    for index in np.flatnonzero(~is_null & ~usable):
        findings.append(make_finding(EMPTY_GEOMETRY, level.name, [labels[index]], key=labels[index]))
    for index in np.flatnonzero(usable & ~valid):
        reason, point = _reason_and_location(geoms[index])
        findings.append(
            make_finding(
                INVALID_GEOMETRY,
                level.name,
                [labels[index]],
                None,
                point,
                key=labels[index],
                reason=reason,
            )
        )
    # Areas of invalid polygons mean nothing (a bow-tie has area 0): parts are checked on valid ones.
    findings.extend(_check_parts(level, geoms, valid, labels, options))
    return findings


def _reason_and_location(geom) -> tuple[str, object]:
    """GEOS's reason ("Self-intersection") and the point it names, else a point of the geometry."""
    text = shapely.is_valid_reason(geom)
    match = _REASON_LOCATION.match(text or "")
    if match and match.group("x") != "nan":
        return match.group("reason").strip(), shapely.points(float(match.group("x")), float(match.group("y")))
    point = shapely.point_on_surface(geom)
    if point is None or shapely.is_empty(point):
        point = shapely.centroid(shapely.envelope(geom))
    return (text or "invalid").strip(), point


_TREE: tuple[np.ndarray, shapely.STRtree] | None = None


def _tree(polygons: np.ndarray) -> shapely.STRtree:
    """The STRtree of ``polygons``, built once for the several steps of one tiling check."""
    global _TREE
    cached = _TREE
    if cached is not None and cached[0] is polygons:
        return cached[1]
    tree = shapely.STRtree(polygons)
    _TREE = (polygons, tree)
    return tree


def _check_parts(level: Level, geoms, usable, labels, options: BoundaryOptions) -> list[Finding]:
    """Parts of multipolygons far from the main part, and slivers (polygons or parts below a size)."""
    findings: list[Finding] = []
    indices = np.flatnonzero(usable)
    if not len(indices):
        return findings
    # Plain polygons are their own only part: only multi-part geometries are taken apart.
    single = shapely.get_type_id(geoms[indices]) == 3
    multi_parts, multi_owner = shapely.get_parts(geoms[indices[~single]], return_index=True)
    parts = np.concatenate([geoms[indices[single]], multi_parts])
    owner = np.concatenate([indices[single], indices[~single][multi_owner]])
    order = np.argsort(owner, kind="stable")
    parts, owner = parts[order], owner[order]
    polygonal = np.isin(shapely.get_type_id(parts), (3, 6))
    parts, owner = parts[polygonal], owner[polygonal]
    areas = shapely.area(parts)
    for position in np.flatnonzero(sliver_parts(areas, owner, options)):
        index = owner[position]
        findings.append(
            make_finding(
                SLIVER,
                level.name,
                [labels[index]],
                areas[position],
                parts[position],
                key=labels[index],
                area=areas[position],
                threshold=options.sliver_area,
            )
        )
    counts = np.bincount(owner, minlength=len(geoms))
    multi = counts[owner] > 1
    if multi.any():
        frame = pd.DataFrame({"owner": owner[multi], "area": areas[multi], "position": np.flatnonzero(multi)})
        main_position = frame.loc[frame.groupby("owner")["area"].idxmax(), ["owner", "position"]]
        main_of_owner = dict(zip(main_position["owner"], main_position["position"]))
        others = frame[~frame["position"].isin(main_position["position"])]
        if len(others):
            main_parts = parts[[main_of_owner[o] for o in others["owner"]]]
            distances = shapely.distance(parts[others["position"].to_numpy()], main_parts)
            for (index, position, area), distance in zip(
                others[["owner", "position", "area"]].itertuples(index=False, name=None), distances
            ):
                if distance > options.far_part_distance:
                    findings.append(
                        make_finding(
                            FAR_PART,
                            level.name,
                            [labels[index]],
                            area,
                            parts[int(position)],
                            key=labels[index],
                            area=area,
                            distance=distance,
                        )
                    )
    return findings


# --------------------------------------------------------------------------------------------------
# Tiling of one level


def sliver_parts(
    areas: np.ndarray, owner: np.ndarray, options: BoundaryOptions = DEFAULT_OPTIONS
) -> np.ndarray:
    """Which polygon parts are slivers: smaller than ``options.sliver_area`` (m²), but not a part at or
    below ``options.area_tolerance`` (m²) of a feature that is larger than the tolerance in all.

    ``areas``: the area of each part (m²); ``owner``: the feature each part belongs to (integers).
    Returns a boolean array like ``areas``. Parts at or below the tolerance are the crumbs a repair or a
    reprojection leaves (a 0.01 m² spike split off a ring), like overlaps and gaps at or below it; a
    feature that is tiny as a whole is still a sliver.
    """
    areas = np.asarray(areas, dtype=float)
    owner = np.asarray(owner)
    if not len(areas):
        return np.zeros(0, dtype=bool)
    _, inverse = np.unique(owner, return_inverse=True)
    totals = np.bincount(inverse, weights=areas)[inverse]
    crumbs = (areas <= options.area_tolerance) & (totals > options.area_tolerance)
    return (areas < options.sliver_area) & ~crumbs


def polygonal_geometries(level: Level) -> np.ndarray:
    """Each geometry of the level as a valid polygonal geometry (invalid ones repaired), or None.

    None for null, empty and non-polygonal geometries and for those GEOS cannot repair (NaN or infinite
    coordinates); :func:`check_geometries` reports all of them.
    """
    geoms = level.geometries
    usable, valid = level.validity()
    result = np.full(len(geoms), None, dtype=object)
    polygonal = usable.copy()
    polygonal[usable] = np.isin(shapely.get_type_id(geoms[usable]), (3, 6))
    result[polygonal & valid] = geoms[polygonal & valid]
    for index in np.flatnonzero(polygonal & ~valid):
        try:
            result[index] = _polygonal_part(make_valid(geoms[index]))
        except shapely.errors.GEOSException:  # NaN or infinite coordinates: reported as invalid, not tiled
            result[index] = None
    return result


def make_valid(geom):
    """GEOS's "structure" repair (the method of QGIS's Fix geometries since 3.28; many times faster than
    "linework" on long rings with small self-intersection loops), "linework" where shapely lacks it."""
    try:
        return shapely.make_valid(geom, method="structure", keep_collapsed=False)
    except TypeError:  # shapely < 2.1
        return shapely.make_valid(geom)


def _polygonal_part(geom):
    """The polygons of a geometry (collection) as one (Multi)Polygon, or None when there are none."""
    if geom is None or shapely.is_empty(geom):
        return None
    type_id = shapely.get_type_id(geom)
    if type_id in (3, 6):
        return geom
    parts = shapely.get_parts(geom)
    polygons = [p for p in parts if shapely.get_type_id(p) in (3, 6)]
    polygons = [q for p in polygons for q in shapely.get_parts(p)]
    if not polygons:
        return None
    return polygons[0] if len(polygons) == 1 else shapely.multipolygons(polygons)


def check_tiling(
    level: Level,
    options: BoundaryOptions = DEFAULT_OPTIONS,
    prepared: np.ndarray | None = None,
    invalid_edges: CoverageWork | None = None,
    overlay: Overlay | None = None,
    edges: EdgeMatch | None = None,
) -> list[Finding]:
    """Overlaps between polygons of the level, holes in single polygons (``hole``) and gaps between
    polygons inside their outline (or ``options.city_boundary``).

    ``prepared`` may pass the output of :func:`polygonal_geometries` to avoid repeating it, ``edges``
    the :func:`match_edges` of its non-null polygons, and ``invalid_edges`` the coverage passes already
    started over them (see :func:`start_coverage_validation`), so that the slowest steps run beside
    other work. ``overlay`` collects the operations GEOS could not compute; without one, they are
    reported here as ``overlay_failed`` findings.
    """
    geoms = polygonal_geometries(level) if prepared is None else prepared
    labels = key_labels(level, options.pad_width)
    indices = np.flatnonzero(np.array([g is not None for g in geoms], dtype=bool))
    polygons = geoms[indices]
    own_overlay = overlay is None
    if own_overlay:
        overlay = Overlay.for_geometries(polygons)
    if edges is None and invalid_edges is None and _edge_matching_wanted(options):
        edges = match_edges(polygons)
    fast = coverage_functions_available() if options.use_coverage is None else options.use_coverage
    if fast and not coverage_functions_available():
        raise RuntimeError("The GEOS coverage functions need shapely ≥ 2.1 built with GEOS ≥ 3.12.")
    if edges is not None:
        # Every edge of a clean tiling is matched by its neighbour's: only polygons with unmatched edges
        # can overlap, and the faces enclosed by unmatched edges and covered by no polygon are the gaps.
        pairs = _overlap_pairs(level, polygons, indices, labels, edges.suspects, overlay)
        candidates = edges.uncovered_faces(polygons, level, overlay)
        if candidates is not None:
            findings = _overlap_findings(level, polygons, indices, labels, pairs, options)
            findings.extend(
                _gap_findings(level, polygons, indices, labels, None, None, options, overlay, candidates)
            )
            if own_overlay:
                findings.extend(overlay_findings(overlay.failures))
            return findings
    if fast:
        if invalid_edges is None:
            invalid_edges = start_coverage_validation(polygons)
        # Both GEOS passes run on worker threads, beside the caller's other checks.
        union, exact = invalid_edges.union.result()
        edges = invalid_edges.edges.result()
        suspects = np.flatnonzero(
            ~shapely.is_empty(edges) & np.array([e is not None for e in edges], dtype=bool)
        )
        pairs = _overlap_pairs(level, polygons, indices, labels, suspects, overlay)
        # The coverage union is only exact where the coverage is valid; around suspect polygons the
        # holes of a local union supply the gap candidates, and every candidate is verified below.
        extra = None
        if len(suspects) and not exact:
            tree = _tree(polygons)
            near = np.unique(tree.query(polygons[suspects], predicate="intersects")[1])
            extra = overlay.union(level, polygons[near], lambda: [labels[indices[i]] for i in suspects])
            if options.city_boundary is not None:  # the coverage union of an invalid coverage is invalid
                union = overlay.union(level, polygons, lambda: [labels[indices[i]] for i in suspects])
    else:
        pairs = _overlap_pairs(level, polygons, indices, labels, None, overlay)
        union = overlay.union(level, polygons, lambda: [])
        extra = None
    findings = _overlap_findings(level, polygons, indices, labels, pairs, options)
    findings.extend(_gap_findings(level, polygons, indices, labels, union, extra, options, overlay))
    if own_overlay:
        findings.extend(overlay_findings(overlay.failures))
    return findings


#: Edge matching is given up (for the GEOS coverage functions) when more edges than this share fail to match.
MAX_UNMATCHED_SHARE = 0.25
#: … and there are more of them than this (below it the faces are cheap to form whatever their share).
MIN_UNMATCHED_LIMIT = 2000


def _edge_matching_wanted(options: BoundaryOptions) -> bool:
    return options.use_coverage is None and options.city_boundary is None


@dataclass
class EdgeMatch:
    """Result of :func:`match_edges`: the polygons with unmatched edges, and those edges."""

    suspects: np.ndarray  # positions (in the polygons given) owning an unmatched edge
    starts: np.ndarray  # (n, 2) coordinates of the unmatched edges' ends
    ends: np.ndarray

    def uncovered_faces(self, polygons: np.ndarray, level: Level, overlay: Overlay) -> np.ndarray | None:
        """The faces enclosed by the unmatched edges that no polygon covers (gap and hole candidates).

        Coverage changes only across unmatched edges, so each face is covered throughout or not at
        all; one interior point tells which. None when the edges cannot be noded.
        """
        if not len(self.starts):
            return np.zeros(0, dtype=object)
        lines = shapely.linestrings(np.stack([self.starts, self.ends], axis=1))
        noded = overlay.union(level, lines, lambda: [])
        if noded is None:
            return None
        try:
            faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))
        except shapely.errors.GEOSException:
            return None
        if not len(faces):
            return faces
        points = shapely.point_on_surface(faces)
        covered = np.unique(_tree(polygons).query(points, predicate="intersects")[0])
        return np.delete(faces, covered)


def match_edges(polygons: np.ndarray) -> EdgeMatch | None:
    """Match every edge of the polygons with its neighbour's, in numpy: a clean tiling's inner edges come in
    pairs with the same end points, run in opposite directions (rings oriented counter-clockwise outside,
    clockwise in holes). Edges without exactly such a partner lie on the outline, a gap or hole, an overlap
    or a misfit; their polygons are the suspects.

    ``polygons``: array of valid, non-empty Polygons/MultiPolygons. Returns None when more than
    :data:`MAX_UNMATCHED_SHARE` of the edges, and more than :data:`MIN_UNMATCHED_LIMIT`, are unmatched
    (independently digitised neighbours: the GEOS coverage functions or overlays are then the faster
    way) or the polygons cannot be read this way.
    """
    if not len(polygons):
        return EdgeMatch(np.zeros(0, dtype=np.int64), np.zeros((0, 2)), np.zeros((0, 2)))
    rings = _rings(polygons)
    if rings is None:
        return None
    coords, ring_of_coord, exterior, owner_of_ring = rings
    rings = len(exterior)
    x, y = coords[:, 0], coords[:, 1]
    same_ring = ring_of_coord[:-1] == ring_of_coord[1:]
    twice_area = np.bincount(
        ring_of_coord[:-1], weights=np.where(same_ring, x[:-1] * y[1:] - x[1:] * y[:-1], 0.0), minlength=rings
    )
    reversed_ring = np.where(exterior, twice_area < 0, twice_area > 0)
    start, end = coords[:-1][same_ring], coords[1:][same_ring]
    edge_ring = ring_of_coord[:-1][same_ring]
    swap = (start[:, 0] > end[:, 0]) | ((start[:, 0] == end[:, 0]) & (start[:, 1] > end[:, 1]))
    low = np.where(swap[:, None], end, start)
    high = np.where(swap[:, None], start, end)
    direction = np.where(swap ^ reversed_ring[edge_ring], -1.0, 1.0)
    order = np.lexsort((high[:, 1], high[:, 0], low[:, 1], low[:, 0]))
    ends = np.concatenate([low, high], axis=1)[order]
    group = np.cumsum(np.r_[True, (ends[1:] != ends[:-1]).any(axis=1)]) - 1
    matched_sorted = (np.bincount(group)[group] == 2) & (
        np.bincount(group, weights=direction[order])[group] == 0
    )
    unmatched = np.ones(len(order), dtype=bool)
    unmatched[order] = ~matched_sorted
    if unmatched.sum() > max(MAX_UNMATCHED_SHARE * len(unmatched), MIN_UNMATCHED_LIMIT):
        return None
    owners = owner_of_ring[edge_ring[unmatched]]
    return EdgeMatch(np.unique(owners), low[unmatched], high[unmatched])


def _rings(polygons: np.ndarray):
    """(coordinates (n, 2), ring of each coordinate, whether each ring is exterior, polygon of each ring).

    Plain polygons without holes (nearly all of a tiling) are read as one coordinate sequence each,
    without making a shapely object per ring; the others through shapely's ragged arrays. None when
    the polygons cannot be read this way.
    """
    try:
        simple = (shapely.get_type_id(polygons) == 3) & (shapely.get_num_interior_rings(polygons) == 0)
        simple_index = np.flatnonzero(simple)
        coords, owner = shapely.get_coordinates(polygons[simple_index], return_index=True)
        ring_of_coord, exterior, owner_of_ring = owner, np.ones(len(simple_index), dtype=bool), simple_index
        other_index = np.flatnonzero(~simple)
        if len(other_index):
            _kind, other_coords, offsets = shapely.to_ragged_array(polygons[other_index], include_z=False)
            if len(offsets) == 2:  # all Polygons: ring and polygon offsets
                ring_offsets, part_offsets = offsets
                geom_offsets = np.arange(len(part_offsets))
            else:
                ring_offsets, part_offsets, geom_offsets = offsets
            other_rings = len(ring_offsets) - 1
            part_of_ring = np.repeat(np.arange(len(part_offsets) - 1), np.diff(part_offsets))
            owner_of_part = np.repeat(np.arange(len(geom_offsets) - 1), np.diff(geom_offsets))
            other_exterior = np.zeros(other_rings, dtype=bool)
            other_exterior[part_offsets[:-1][np.diff(part_offsets) > 0]] = True
            coords = np.concatenate([coords, other_coords[:, :2]])
            ring_of_coord = np.concatenate(
                [ring_of_coord, len(simple_index) + np.repeat(np.arange(other_rings), np.diff(ring_offsets))]
            )
            exterior = np.concatenate([exterior, other_exterior])
            owner_of_ring = np.concatenate([owner_of_ring, other_index[owner_of_part[part_of_ring]]])
    except (ValueError, shapely.errors.GEOSException):
        return None
    return coords, ring_of_coord, exterior, owner_of_ring


@dataclass
class CoverageWork:
    """The running coverage passes of one level: invalid edges and the (speculative) coverage union."""

    edges: Future
    union: Future


def start_coverage_validation(polygons: np.ndarray) -> CoverageWork:
    """Start the two GEOS coverage passes over ``polygons`` on worker threads (GEOS releases the GIL).

    The threads belong to this one check: the pool is shut down as soon as both passes are queued,
    so its threads end with the work and nothing outlives the check or the plugin's unload.
    """
    executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="aktionsraeume-coverage")
    try:
        return CoverageWork(
            edges=executor.submit(shapely.coverage_invalid_edges, polygons),
            union=executor.submit(_coverage_union, polygons),
        )
    finally:
        executor.shutdown(wait=False)


def _coverage_union(polygons: np.ndarray) -> tuple[object, bool]:
    """(union, exact): the coverage union (exact only where the coverage is valid), or where GEOS
    cannot build it from an invalid coverage, the exact overlay union (None if even that fails)."""
    if not len(polygons):
        return None, True
    try:
        return shapely.coverage_union_all(polygons), False
    except shapely.errors.GEOSException:  # an invalid coverage may defeat the edge-matching union
        result, _error = Overlay.for_geometries(polygons)._attempt(shapely.union_all, [polygons])
        return result, result is not None


def _overlap_pairs(
    level: Level, polygons: np.ndarray, indices, labels, suspects: np.ndarray | None, overlay: Overlay
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (i < j) of polygons sharing area, with the shared area; only among ``suspects`` if given."""
    tree = _tree(polygons)
    query = polygons if suspects is None else polygons[suspects]
    if not len(query):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    left, right = tree.query(query, predicate="intersects")
    if suspects is not None:
        left = suspects[left]
    a, b = np.minimum(left, right), np.maximum(left, right)
    distinct = a != b
    pairs = np.unique(np.stack([a[distinct], b[distinct]], axis=1), axis=0)
    if not len(pairs):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    a, b = pairs[:, 0], pairs[:, 1]
    # Neighbours that only touch share no area; skip them before the costly intersection.
    overlapping = ~shapely.touches(polygons[a], polygons[b])
    a, b = a[overlapping], b[overlapping]
    shared = overlay.binary(
        level,
        "intersection",
        shapely.intersection,
        polygons[a],
        polygons[b],
        lambda n: [labels[indices[a[n]]], labels[indices[b[n]]]],
    )
    return a, b, shared


def _overlap_findings(level, polygons, indices, labels, pairs, options) -> list[Finding]:
    a, b, shared = pairs
    findings = []
    if not len(a):
        return findings
    areas = shapely.area(shared)
    for i, j, geom, area in zip(a, b, shared, areas):
        if geom is not None and area > options.area_tolerance:
            key_a, key_b = labels[indices[i]], labels[indices[j]]
            findings.append(
                make_finding(
                    OVERLAP,
                    level.name,
                    [key_a, key_b],
                    area,
                    _polygonal_part(geom),
                    key_a=key_a,
                    key_b=key_b,
                    area=area,
                )
            )
    return findings


def _gap_findings(
    level, polygons, indices, labels, union, extra, options, overlay: Overlay, candidates=None
) -> list[Finding]:
    """Uncovered areas inside the outline (or the city boundary) above the area tolerance.

    Candidates are the holes of ``union`` (and of ``extra``, a local union around suspect polygons),
    or the city boundary minus the union. Each candidate is verified by removing every polygon that
    intersects it, so a union that is inexact near overlaps cannot invent gaps. An uncovered area that
    borders a single polygon and lies inside its outline is that polygon's unfilled hole (``hole``);
    one between several polygons, or between polygons and the city boundary, is a ``gap``. Callers
    that found candidates otherwise (:meth:`EdgeMatch.uncovered_faces`) pass them as ``candidates``.
    """
    if candidates is not None:
        pass
    elif options.city_boundary is not None:
        covered = union
        if extra is not None and union is not None:
            covered = overlay.union(level, np.array([union, extra], dtype=object), lambda: [])
        uncovered = (
            overlay.binary(
                level, "difference", shapely.difference, options.city_boundary, covered, lambda _n: []
            )
            if covered is not None
            else options.city_boundary
        )
        candidates = _polygon_parts(uncovered)
    else:
        candidates = np.concatenate([_holes(union), _holes(extra)])
    if not len(candidates):
        return []
    tree = _tree(polygons)
    candidate_index, polygon_index = tree.query(candidates, predicate="intersects")
    nearby: dict[int, list[int]] = {}
    for c, p in zip(candidate_index, polygon_index):
        nearby.setdefault(int(c), []).append(int(p))
    verified = []
    for position, candidate in enumerate(candidates):
        others = nearby.get(position)
        if others:
            describe = lambda others=others: [labels[indices[i]] for i in others]  # noqa: E731
            covering = overlay.union(level, polygons[others], describe)
            if covering is None:
                continue
            candidate = overlay.binary(
                level, "difference", shapely.difference, candidate, covering, lambda _n, d=describe: d()
            )
        verified.extend(_polygon_parts(candidate))
    if not verified:
        return []
    merged = overlay.union(
        level, np.array(verified, dtype=object), lambda: []
    )  # merges candidates found twice
    gaps = _polygon_parts(merged) if merged is not None else np.array(verified, dtype=object)
    areas = shapely.area(gaps)
    keep = areas > options.area_tolerance
    gaps, areas = gaps[keep], areas[keep]
    if not len(gaps):
        return []
    # Neighbours are the polygons sharing an edge with the gap, not those touching it at a corner.
    # Independently digitised edges match only to the last digits: "sharing" is along a stretch of at
    # least 1,000 snap-rounding cells (10 cm in metre CRS) of the gap's outline within 100 cells of the polygon.
    near = overlay.grid * _COARSER_GRID
    gap_index, polygon_index = tree.query(shapely.buffer(gaps, near, quad_segs=1), predicate="intersects")
    outlines = shapely.boundary(gaps[gap_index])
    stretch = shapely.length(
        shapely.intersection(
            outlines, shapely.buffer(shapely.boundary(polygons[polygon_index]), near, quad_segs=1)
        )
    )
    shares_edge = stretch > 10 * near
    neighbours: dict[int, set[int]] = {}
    for g, p in zip(gap_index[shares_edge], polygon_index[shares_edge]):
        neighbours.setdefault(int(g), set()).add(int(p))
    findings = []
    for position, (gap, area) in enumerate(zip(gaps, areas)):
        around = sorted(neighbours.get(position, ()))
        if len(around) == 1 and _inside_outline(polygons[around[0]], gap):
            key = labels[indices[around[0]]]
            findings.append(
                make_finding(
                    HOLE,
                    level.name,
                    [key],
                    area,
                    gap,
                    key=key,
                    area=area,
                )
            )
            continue
        keys = sorted(labels[indices[p]] for p in around)
        findings.append(
            make_finding(
                GAP,
                level.name,
                keys,
                area,
                gap,
                area=area,
                neighbours=keys,
            )
        )
    return findings


def _inside_outline(polygon, gap) -> bool:
    """Whether ``gap`` lies inside the exterior ring of one of ``polygon``'s parts (so in its hole)."""
    parts = _polygon_parts(polygon)
    outlines = shapely.polygons(shapely.get_exterior_ring(parts))
    return bool(shapely.contains(outlines, shapely.point_on_surface(gap)).any())


def _polygon_parts(geom) -> np.ndarray:
    if geom is None or shapely.is_empty(geom):
        return np.zeros(0, dtype=object)
    parts = shapely.get_parts(geom)
    return parts[np.isin(shapely.get_type_id(parts), (3,))]


def _holes(union) -> np.ndarray:
    """Interior rings of a (multi)polygon as polygons."""
    polygons = _polygon_parts(union)
    polygons = polygons[shapely.get_num_interior_rings(polygons) > 0]
    if not len(polygons):
        return polygons
    rings = shapely.get_interior_ring(
        np.repeat(polygons, shapely.get_num_interior_rings(polygons)),
        np.concatenate(
            [np.arange(n) for n in shapely.get_num_interior_rings(polygons)] or [np.zeros(0, int)]
        ),
    )
    return shapely.polygons(rings) if len(rings) else np.zeros(0, dtype=object)


def _filled(union, level: Level, overlay: Overlay):
    """The union with its holes filled (its outline)."""
    polygons = _polygon_parts(union)
    if not len(polygons):
        return None
    return overlay.union(level, shapely.polygons(shapely.get_exterior_ring(polygons)), lambda: [])


# --------------------------------------------------------------------------------------------------
# Nesting between levels


def check_nesting(
    child: Level,
    parent: Level,
    options: BoundaryOptions = DEFAULT_OPTIONS,
    child_prepared: np.ndarray | None = None,
    parent_prepared: np.ndarray | None = None,
    overlay: Overlay | None = None,
) -> list[Finding]:
    """Each child inside exactly one parent, the parent key agreeing, and the children covering each parent.

    ``overlay`` collects operations GEOS could not compute; without one they are reported here.
    """
    children = polygonal_geometries(child) if child_prepared is None else child_prepared
    parents = polygonal_geometries(parent) if parent_prepared is None else parent_prepared
    own_overlay = overlay is None
    if own_overlay:
        overlay = Overlay.for_geometries(children, parents)
    child_labels = key_labels(child, options.pad_width)
    parent_labels = key_labels(parent, options.pad_width)
    child_ok = np.flatnonzero(np.array([g is not None for g in children], dtype=bool))
    parent_ok = np.flatnonzero(np.array([g is not None for g in parents], dtype=bool))
    findings: list[Finding] = []
    if not len(child_ok) or not len(parent_ok):
        return findings
    tree = shapely.STRtree(parents[parent_ok])
    c, p = tree.query(children[child_ok], predicate="intersects")
    c, p = child_ok[c], parent_ok[p]
    shared = shapely.area(
        overlay.binary(
            child,
            "intersection",
            shapely.intersection,
            children[c],
            parents[p],
            lambda n: [child_labels[c[n]], parent_labels[p[n]]],
        )
    )
    child_area = shapely.area(children)
    stated = (
        normalise_keys(list(child.parent_keys), pad_width=options.pad_width)
        if child.parent_keys is not None
        else None
    )
    stated_shown = _display_keys(list(child.parent_keys)) if child.parent_keys is not None else None
    parent_normalised = parent.normalised_keys(options.pad_width)
    by_child: dict[int, list[tuple[float, int]]] = {}
    for ci, pi, area in zip(c, p, shared):
        if area > 0:  # NaN where the intersection could not be computed
            by_child.setdefault(int(ci), []).append((float(area), int(pi)))
    for index in child_ok:
        total = child_area[index]
        candidates = sorted(by_child.get(int(index), []), reverse=True)
        best_area, best = candidates[0] if candidates else (0.0, None)
        share = best_area / total if total > 0 else 0.0
        key = child_labels[index]
        if best is None or share < options.nesting_share:
            outside = (
                overlay.binary(
                    child,
                    "difference",
                    shapely.difference,
                    children[index],
                    parents[best],
                    lambda _n, index=index, best=best: [child_labels[index], parent_labels[best]],
                )
                if best is not None
                else children[index]
            )
            if outside is None:
                continue
            outside_area = float(shapely.area(outside))
            shares = [
                Message("boundary.share", {"key": parent_labels[pi], "share": 100 * a / total})
                for a, pi in candidates
            ]
            findings.append(
                make_finding(
                    NOT_NESTED,
                    child.name,
                    [key, *[parent_labels[pi] for _, pi in candidates]],
                    outside_area,
                    _polygonal_part(outside) if best is not None else children[index],
                    key=key,
                    parent_level=parent.name,
                    shares=shares,
                    area=outside_area,
                    best=parent_labels[best] if best is not None else None,
                )
            )
            continue
        if stated is None:
            continue
        if not stated[index]:
            findings.append(
                make_finding(
                    MISSING_KEY,
                    child.name,
                    [key],
                    None,
                    _representative_points(children[[index]])[0],
                    fid=int(child.fids[index]),
                    parent_level=parent.name,
                )
            )
        elif stated[index] != parent_normalised[best]:
            findings.append(
                make_finding(
                    PARENT_MISMATCH,
                    child.name,
                    [key, stated_shown[index], parent_labels[best]],
                    total,
                    _representative_points(children[[index]])[0],
                    key=key,
                    parent_level=parent.name,
                    stated=stated_shown[index],
                    geometric=parent_labels[best],
                    share=100 * share,
                )
            )
    # Children covering each parent: inner gaps of the child level are reported as gaps already,
    # so compare against the children's outline with holes filled.
    outline = _filled(_union(child, children[child_ok], options, overlay), child, overlay)
    uncovered = (
        overlay.binary(
            child,
            "difference",
            shapely.difference,
            parents[parent_ok],
            outline,
            lambda n: [parent_labels[parent_ok[n]]],
        )
        if outline is not None
        else parents[parent_ok]
    )
    areas = shapely.area(uncovered)
    for index, geom, area in zip(parent_ok, uncovered, areas):
        if geom is not None and area > options.area_tolerance:
            findings.append(
                make_finding(
                    PARENT_NOT_COVERED,
                    child.name,
                    [parent_labels[index]],
                    area,
                    _polygonal_part(geom),
                    area=area,
                    parent_level=parent.name,
                    key=parent_labels[index],
                )
            )
    if own_overlay:
        findings.extend(overlay_findings(overlay.failures))
    return findings


def _union(level: Level, polygons: np.ndarray, options: BoundaryOptions, overlay: Overlay):
    fast = coverage_functions_available() if options.use_coverage is None else options.use_coverage
    if fast and shapely.coverage_is_valid(polygons):
        try:
            return shapely.coverage_union_all(polygons)
        except shapely.errors.GEOSException:
            pass
    return overlay.union(level, polygons, lambda: [])


def _representative_points(geoms) -> np.ndarray:
    """A point on each geometry (None for null/empty ones); invalid polygons get a point of their envelope."""
    geoms = np.asarray(geoms, dtype=object)
    points = np.full(len(geoms), None, dtype=object)
    present = np.array([g is not None for g in geoms], dtype=bool)
    present[present] = ~shapely.is_empty(geoms[present])
    if present.any():
        chosen = geoms[present]
        valid = shapely.is_valid(chosen)
        result = np.empty(len(chosen), dtype=object)
        result[valid] = shapely.point_on_surface(chosen[valid])
        result[~valid] = shapely.centroid(shapely.envelope(chosen[~valid]))
        points[present] = result
    return points


# --------------------------------------------------------------------------------------------------
# Everything at once


def check_boundaries(
    spaces: Level,
    quarters: Level | None = None,
    districts: Level | None = None,
    options: BoundaryOptions = DEFAULT_OPTIONS,
    tables: Sequence[KeyTable] = (),
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> BoundaryReport:
    """Run every check on the given levels and return the findings.

    ``spaces`` is required; ``quarters`` (whose ``parent_keys`` name their space) and ``districts``
    (named by the spaces' ``parent_keys``) are optional. ``tables`` are key lists to compare with the
    polygons of the level they name. ``progress`` receives 0–100; when ``is_cancelled`` returns true the
    run stops early and returns what it has found so far.
    """
    levels = [level for level in (districts, spaces, quarters) if level is not None]
    report = BoundaryReport(levels=tuple(level.name for level in levels))
    steps = 3 * len(levels) + (quarters is not None) + (districts is not None) + len(tables)
    done = 0

    def step() -> bool:
        nonlocal done
        done += 1
        if progress is not None:
            progress(100.0 * done / max(steps, 1))
        return bool(is_cancelled and is_cancelled())

    prepared: dict[str, np.ndarray] = {}
    fast = coverage_functions_available() if options.use_coverage is None else options.use_coverage
    overlay = Overlay.for_geometries(*(level.geometries for level in levels))

    def run() -> None:
        for level in levels:
            prepared[level.name] = polygonal_geometries(level)
            polygons = prepared[level.name][
                np.array([g is not None for g in prepared[level.name]], dtype=bool)
            ]
            edges = match_edges(polygons) if _edge_matching_wanted(options) else None
            invalid_edges = start_coverage_validation(polygons) if fast and edges is None else None
            report.findings.extend(check_keys(level, options))
            if step():
                return
            report.findings.extend(check_geometries(level, options))
            if step():
                return
            report.findings.extend(
                check_tiling(level, options, prepared[level.name], invalid_edges, overlay, edges)
            )
            if step():
                return
        for child, parent in ((spaces, districts), (quarters, spaces)):
            if child is None or parent is None:
                continue
            report.findings.extend(
                check_nesting(child, parent, options, prepared[child.name], prepared[parent.name], overlay)
            )
            if step():
                return
        by_name = {level.name: level for level in levels}
        for table in tables:
            if table.level not in by_name:
                raise ValueError(
                    f"Key table '{table.name}' names the level '{table.level}', which was not given."
                )
            report.findings.extend(check_table_keys(by_name[table.level], table, options))
            if step():
                return

    run()
    report.findings.extend(overlay_findings(overlay.failures))
    return report
