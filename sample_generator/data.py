"""The embedded sample "Dortmund 2020", built by deterministic code (pure numpy/pandas/shapely).

No real Dortmund boundaries are available to the project, so the geometry is synthetic: an irregular
city outline of about 280 km² around the real centre, ~170 Voronoi quarters (density-weighted Lloyd
relaxation, so quarters are smaller in the centre), grown into 12 Stadtbezirke placed where they
are in Dortmund and 39 Sozialräume. Upper levels are unions of their children, and every edge is
noded once on a 1 cm grid, so the three levels tile and nest exactly.

The indicator values are synthetic too, but designed so that the findings of the press release of
22 Dec 2020 come out of the comparison rule of the catalogue (at least 4 of 7 status indicators
worse than the city, or Transferleistungsquote > 20 %):

* the 13 baseline Aktionsräume lie below average, except Alt-Scharnhorst and Wickede, whose data
  improved so that only one quarter each (Wambeler Heide, Meylantviertel) is still below average;
* Bövinghausen/Westrich and Dorstfeld have a Transferleistungsquote above 20 %, rising (more
  children on benefits); Dorstfeld also fewer children of normal weight and a population decline;
* no other space or quarter outside the Aktionsräume is below average.

The same seed and fixed iteration counts give the same values every run; :func:`build_sample` is
what ``make sample`` (``python -m sample_generator --out resources/sample``) writes with
``sample_generator/writer.py``. A development tool: the plugin ships the files, not this code.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from typing import Collection, Sequence

import numpy as np
import pandas as pd
import shapely
from shapely.geometry import MultiPoint, MultiPolygon, Point, Polygon
from shapely.geometry.polygon import orient

from aktionsraeume_plugin.core.scenario import Baseline, Change, ChangeAction, Scenario

# -- files and fixed settings --------------------------------------------------------------------

GPKG_FILE = "dortmund2020.gpkg"
SPACE_TABLE_FILE = "indikatoren_sozialraeume_2018.csv"
QUARTER_TABLE_FILE = "indikatoren_quartiere_2018.csv"
CATALOGUE_FILE = "katalog.toml"
SCENARIO_FILE = "szenario_2020.json"
README_FILE = "README.md"

#: The Sozialraum table is written as Excel writes "CSV UTF-8" (with BOM), the Quartier table as
#: Excel's plain "CSV" on German Windows (Windows-1252): readers must cope with both.
SPACE_TABLE_ENCODING = "utf-8-sig"
QUARTER_TABLE_ENCODING = "cp1252"
CSV_LINE_END = "\r\n"  # Windows exports

CRS_AUTHID = "EPSG:25832"
SYNTHETIC_NOTE = "Synthetische Geometrie – keine amtlichen Grenzen"
CITY_TOTAL_LABEL = "Stadt Dortmund insgesamt"

SEED = 20201222  # date of the press release; any fixed number would do
GRID = 0.01  # 1 cm: every coordinate lies on this grid

# 7.465 E / 51.514 N (the city centre) in EPSG:25832, computed once with QgsCoordinateTransform.
CENTRE = (393_487.0, 5_708_103.0)
# An ellipse wider east-west than north-south (like Dortmund), made irregular by a few harmonics:
# pi * 10 400 m * 8 600 m = 281 km².
OUTLINE_SEMI_AXES = (10_400.0, 8_600.0)
OUTLINE_HARMONICS = (
    (2, 0.035, 0.9),
    (3, 0.045, 0.4),
    (5, 0.025, 1.9),
    (7, 0.015, 0.7),
    (11, 0.012, 2.3),
    (17, 0.008, 0.2),
    (29, 0.004, 1.1),
)
OUTLINE_VERTICES = 360

QUARTER_COUNT = 170
LLOYD_ITERATIONS = 15
DENSITY_SAMPLE_SPACING = 150.0  # metres between the points that stand for the city's surface
# Population (and so quarter) density: higher in the centre, as in a real city.
CENTRE_DENSITY_BOOST = 3.0
CENTRE_DENSITY_RADIUS = 4_500.0
MIN_SHARED_EDGE = 1.0  # metres of common boundary for two areas to count as neighbours

TOTAL_POPULATION = 588_250
SUPPRESSED_QUARTERS = 4  # small quarters whose school-entry values are suppressed (".")
SMALL_QUARTER_WEIGHT = 0.07  # their share of an ordinary quarter's population
SUPPRESSED_INDICATORS = ("sprachfoerderung", "normalgewicht")
QUARTER_VALUE_ATTEMPTS = 500


@dataclass(frozen=True)
class DistrictSpec:
    """A Stadtbezirk: key, real name, where it lies (metres east/north of the centre) and its size."""

    key: str
    name: str
    anchor: tuple[float, float]
    space_count: int
    quarter_target: int


DISTRICTS = (
    DistrictSpec("01", "Innenstadt-West", (-2_300.0, -700.0), 4, 17),
    DistrictSpec("02", "Innenstadt-Nord", (300.0, 1_900.0), 3, 13),
    DistrictSpec("03", "Innenstadt-Ost", (2_300.0, -1_000.0), 3, 13),
    DistrictSpec("04", "Eving", (500.0, 6_000.0), 3, 13),
    DistrictSpec("05", "Scharnhorst", (5_800.0, 4_600.0), 3, 13),
    DistrictSpec("06", "Brackel", (7_400.0, -300.0), 4, 18),
    DistrictSpec("07", "Aplerbeck", (6_300.0, -5_200.0), 4, 17),
    DistrictSpec("08", "Hörde", (1_300.0, -5_800.0), 4, 17),
    DistrictSpec("09", "Hombruch", (-4_300.0, -5_700.0), 4, 17),
    DistrictSpec("10", "Lütgendortmund", (-8_300.0, -1_000.0), 3, 13),
    DistrictSpec("11", "Huckarde", (-4_700.0, 2_900.0), 2, 9),
    DistrictSpec("12", "Mengede", (-6_800.0, 6_000.0), 2, 10),
)

# Named areas of the press release, placed by where they lie within their Stadtbezirk / Sozialraum.
ALT_SCHARNHORST = ("05", "Alt-Scharnhorst", "south")
WICKEDE = ("06", "Wickede", "east")
BOEVINGHAUSEN = ("10", "Bövinghausen/Westrich", "west")
DORSTFELD = ("01", "Dorstfeld", "west")
NAMED_SPACES = (ALT_SCHARNHORST, WICKEDE, BOEVINGHAUSEN, DORSTFELD)
WAMBELER_HEIDE = ("Alt-Scharnhorst", "Wambeler Heide", "south")
MEYLANTVIERTEL = ("Wickede", "Meylantviertel", "north")
NAMED_QUARTERS = (WAMBELER_HEIDE, MEYLANTVIERTEL)

# The 13 baseline Aktionsräume (since 2008): Alt-Scharnhorst and Wickede plus these, chosen by position
# within their Stadtbezirk (e.g. all of the Nordstadt, the southern parts of Eving and Mengede).
OTHER_BASELINE_SPACES = (
    ("01", "east"),
    ("02", "north"),
    ("02", "centre"),
    ("02", "south"),
    ("04", "south"),
    ("04", "centre"),
    ("05", "east"),
    ("08", "north"),
    ("10", "east"),
    ("11", "south"),
    ("12", "south"),
)

# -- indicators ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorSpec:
    """An indicator of the sample tables.

    ``sign`` is +1 when higher is worse, -1 when higher is better; values are designed as a
    "badness" (positive = worse than the city) times ``scale`` around ``reference``.
    """

    id: str
    column: str
    sign: int
    reference: float
    scale: float
    bounds: tuple[float, float]
    status: bool = True


INDICATORS = (
    IndicatorSpec("tlq", "Transferleistungsquote in %", +1, 17.6, 6.0, (3.0, 45.0)),
    IndicatorSpec("alq", "Arbeitslosenquote in %", +1, 11.9, 3.2, (3.0, 30.0)),
    IndicatorSpec("kinder_sgb2", "Kinder unter 15 J. mit SGB-II-Bezug in %", +1, 30.8, 10.0, (4.0, 70.0)),
    IndicatorSpec("gymnasium", "Übergangsquote Gymnasium in %", -1, 41.5, 10.0, (12.0, 75.0)),
    IndicatorSpec("sprachfoerderung", "Kinder mit Sprachförderbedarf in %", +1, 17.8, 7.0, (3.0, 50.0)),
    IndicatorSpec("normalgewicht", "Kinder mit Normalgewicht in %", -1, 82.4, 3.5, (68.0, 94.0)),
    IndicatorSpec("wohnflaeche", "Wohnfläche je Einwohner in m²", -1, 40.6, 4.0, (28.0, 55.0)),
    IndicatorSpec(
        "d_tlq", "Veränderung Transferleistungsquote 2013–2018 in %-Punkten", +1, 0.3, 0.9, (-4.0, 5.0), False
    ),
    IndicatorSpec("d_bev", "Bevölkerungsentwicklung 2013–2018 in %", -1, 2.0, 1.5, (-4.0, 7.0), False),
)
STATUS_IDS = tuple(i.id for i in INDICATORS if i.status)
TLQ_THRESHOLD = 20.0
MIN_WORSE = 4

SPACE_KEY_COLUMN = "Sozialraum-Nr."
SPACE_NAME_COLUMN = "Sozialraum"
QUARTER_KEY_COLUMN = "Quartier-Nr."
QUARTER_NAME_COLUMN = "Quartier"
POPULATION_COLUMN = "Einwohner"

# Which status indicators lie worse than the city, per kind of space (see the module docstring).
# Nordstadt spaces: everything worse; other Aktionsräume: 4 to 7 of 7 (their better ones are drawn
# from the indicators least tied to poverty).
ACTION_SPACE_WORSE_COUNTS = (7, 7, 7, 6, 5, 5, 6, 4, 5, 7, 5)
ACTION_SPACE_MAYBE_BETTER = ("wohnflaeche", "gymnasium", "normalgewicht", "sprachfoerderung")
NORDSTADT_SEVERITY = (2.2, 2.0, 1.8)
SPACE_WORSE = {
    "Alt-Scharnhorst": ("alq", "sprachfoerderung"),
    "Wickede": ("kinder_sgb2", "sprachfoerderung", "wohnflaeche"),
    "Bövinghausen/Westrich": ("tlq", "alq", "kinder_sgb2"),
    "Dorstfeld": ("tlq", "kinder_sgb2", "normalgewicht"),
}
# Values stated by the press release (or implied by it) that are set, not drawn.
FIXED_SPACE_VALUES = {
    ("Bövinghausen/Westrich", "tlq"): 21.4,
    ("Dorstfeld", "tlq"): 22.7,
    ("Bövinghausen/Westrich", "d_tlq"): 2.9,
    ("Dorstfeld", "d_tlq"): 2.4,
    ("Bövinghausen/Westrich", "kinder_sgb2"): 41.8,
    ("Dorstfeld", "kinder_sgb2"): 39.6,
    ("Dorstfeld", "normalgewicht"): 78.9,
    ("Dorstfeld", "d_bev"): -1.7,
    ("Alt-Scharnhorst", "d_tlq"): -1.4,
    ("Wickede", "d_tlq"): -1.1,
}
# Ordinary spaces: how many of the 7 lie (slightly) worse than the city — mostly 0 to 2.
ORDINARY_WORSE_COUNTS = (0,) * 6 + (1,) * 8 + (2,) * 8 + (3,) * 2
# The one quarter still below average in Alt-Scharnhorst / Wickede: badness per status indicator.
REMAINING_QUARTER_BADNESS = {
    "tlq": 0.25,
    "alq": 0.7,
    "kinder_sgb2": 0.5,
    "gymnasium": 0.6,
    "sprachfoerderung": 0.8,
    "normalgewicht": -0.2,
    "wohnflaeche": 0.4,
}
QUARTER_SPREAD = 0.22  # quarter deviation from its space, in units of the indicator's scale


# -- the result --------------------------------------------------------------------------------------


@dataclass
class SampleData:
    """Everything of the sample: three area levels, two indicator tables, scenario, catalogue.

    ``districts``, ``spaces`` and ``quarters`` have the GeoPackage fields plus ``geometry`` (shapely
    MultiPolygons in EPSG:25832). ``space_table`` and ``quarter_table`` are the CSV rows (keys as text,
    suppressed values NaN, the city total row last with an empty key).
    """

    districts: pd.DataFrame
    spaces: pd.DataFrame
    quarters: pd.DataFrame
    space_table: pd.DataFrame
    quarter_table: pd.DataFrame
    scenario: Scenario
    catalogue_toml: str
    readme: str

    def space_table_csv(self) -> bytes:
        """The Sozialraum table as the statistics office would publish it (UTF-8 with BOM)."""
        return _csv_bytes(self.space_table, (SPACE_KEY_COLUMN, SPACE_NAME_COLUMN), SPACE_TABLE_ENCODING)

    def quarter_table_csv(self) -> bytes:
        """The Quartier table as the statistics office would publish it (Windows-1252)."""
        text_columns = (QUARTER_KEY_COLUMN, QUARTER_NAME_COLUMN, SPACE_KEY_COLUMN)
        return _csv_bytes(self.quarter_table, text_columns, QUARTER_TABLE_ENCODING)


def build_sample() -> SampleData:
    """Build the whole sample "Dortmund 2020"; the same result on every run."""
    rng = np.random.default_rng(SEED)
    outline = _outline()
    seeds = _quarter_seeds(outline, rng)
    cells = _coverage_cells(outline, seeds)
    neighbours = _neighbours(cells)
    centroids = np.array([(c.x, c.y) for c in shapely.centroid(cells)])

    district_of = _grow_districts(cells, neighbours, centroids)
    space_groups = _split_districts(district_of, neighbours, centroids)
    districts, spaces, quarters = _area_frames(cells, centroids, space_groups)

    roles = _space_roles(spaces)
    spaces["aktionsraum_basis"] = spaces["sozialraum_nr"].map(
        lambda key: int(roles[key] in ("action", "removed"))
    )
    quarters["aktionsquartier_basis"] = 0

    population, small_quarters = _populations(quarters, spaces, roles, rng)
    space_population = population.groupby(quarters["sozialraum_nr"].to_numpy()).sum()
    space_values = _space_values(spaces, space_population, roles, rng)
    reference = _weighted_reference(space_values, space_population)
    quarter_values = _quarter_values(quarters, population, space_values, reference, roles, rng)
    space_table, quarter_table = _tables(
        spaces,
        quarters,
        population,
        space_population,
        space_values,
        quarter_values,
        reference,
        small_quarters,
    )
    spaces, quarters = (frame.drop(columns=["cx", "cy"]) for frame in (spaces, quarters))
    scenario = _scenario(spaces, quarters, roles)
    return SampleData(
        districts=districts,
        spaces=spaces,
        quarters=quarters,
        space_table=space_table,
        quarter_table=quarter_table,
        scenario=scenario,
        catalogue_toml=CATALOGUE_TOML,
        readme=README_TEXT,
    )


# -- geometry ------------------------------------------------------------------------------------------


def _outline() -> Polygon:
    """The city outline: a perturbed ellipse around the centre, vertices on the 1 cm grid."""
    angles = np.linspace(0.0, 2.0 * math.pi, OUTLINE_VERTICES, endpoint=False)
    factor = np.ones_like(angles)
    for order, amplitude, phase in OUTLINE_HARMONICS:
        factor += amplitude * np.cos(order * angles + phase)
    x = CENTRE[0] + OUTLINE_SEMI_AXES[0] * factor * np.cos(angles)
    y = CENTRE[1] + OUTLINE_SEMI_AXES[1] * factor * np.sin(angles)
    return Polygon(np.round(np.column_stack([x, y]), 2))


def _density(points: np.ndarray) -> np.ndarray:
    distance = np.hypot(points[:, 0] - CENTRE[0], points[:, 1] - CENTRE[1])
    return 1.0 + CENTRE_DENSITY_BOOST * np.exp(-((distance / CENTRE_DENSITY_RADIUS) ** 2))


def _surface_points(outline: Polygon) -> np.ndarray:
    """A regular grid of points inside the outline, standing for its surface."""
    minx, miny, maxx, maxy = outline.bounds
    half = DENSITY_SAMPLE_SPACING / 2.0
    xs = np.arange(minx + half, maxx, DENSITY_SAMPLE_SPACING)
    ys = np.arange(miny + half, maxy, DENSITY_SAMPLE_SPACING)
    gx, gy = np.meshgrid(xs, ys)
    inside = shapely.contains_xy(outline, gx, gy)
    return np.column_stack([gx[inside], gy[inside]])


def _quarter_seeds(outline: Polygon, rng: np.random.Generator) -> np.ndarray:
    """Quarter centres: density-weighted random start, then Lloyd relaxation (weighted k-means).

    Relaxation makes the quarters compact and even-sized for their density; the weights keep them
    smaller in the dense centre.
    """
    points = _surface_points(outline)
    weights = _density(points)
    chosen = rng.choice(len(points), size=QUARTER_COUNT, replace=False, p=weights / weights.sum())
    seeds = points[chosen].copy()
    for _ in range(LLOYD_ITERATIONS):
        nearest = _nearest(points, seeds)
        mass = np.bincount(nearest, weights, minlength=QUARTER_COUNT)
        moved = mass > 0
        for axis in (0, 1):
            total = np.bincount(nearest, weights * points[:, axis], minlength=QUARTER_COUNT)
            seeds[moved, axis] = total[moved] / mass[moved]
    return seeds


def _nearest(points: np.ndarray, seeds: np.ndarray) -> np.ndarray:
    distance = (points[:, None, 0] - seeds[None, :, 0]) ** 2 + (points[:, None, 1] - seeds[None, :, 1]) ** 2
    return distance.argmin(axis=1)


def _coverage_cells(outline: Polygon, seeds: np.ndarray) -> np.ndarray:
    """Voronoi cells of the seeds clipped to the outline, as an exact coverage on the 1 cm grid.

    Instead of clipping each cell (whose shared edges would be computed twice), all cell edges and
    the outline are noded once on the grid and polygonized: neighbouring quarters share the very same
    vertices, and so do all unions of them.
    """
    voronoi = shapely.voronoi_polygons(MultiPoint(seeds), extend_to=outline.buffer(5_000.0))
    edges = shapely.intersection(shapely.boundary(shapely.get_parts(voronoi)), outline)
    pieces = shapely.get_parts(shapely.get_parts(edges))
    lines = pieces[shapely.get_type_id(pieces) == 1]  # drop points where an edge only touches
    noded = shapely.union_all(np.append(lines, outline.exterior), grid_size=GRID)
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))
    if len(faces) != QUARTER_COUNT:
        raise RuntimeError(f"sample geometry: {len(faces)} faces for {QUARTER_COUNT} quarter seeds")
    # Order the faces like the seeds: each face contains exactly its own seed.
    order = _nearest(np.array([(p.x, p.y) for p in shapely.point_on_surface(faces)]), seeds)
    if len(set(order.tolist())) != QUARTER_COUNT:
        raise RuntimeError("sample geometry: a quarter seed lies in more than one face")
    cells = np.empty(QUARTER_COUNT, dtype=object)
    for face, seed_index in zip(faces, order):
        cells[seed_index] = orient(face, 1.0)
    return cells


def _neighbours(cells: np.ndarray) -> list[set[int]]:
    """For each cell, the cells that share at least MIN_SHARED_EDGE of boundary with it."""
    tree = shapely.STRtree(cells)
    left, right = tree.query(cells, predicate="intersects")
    neighbours: list[set[int]] = [set() for _ in cells]
    for i, j in zip(left.tolist(), right.tolist()):
        if i < j:
            shared = shapely.length(shapely.intersection(cells[i].boundary, cells[j].boundary))
            if shared >= MIN_SHARED_EDGE:
                neighbours[i].add(j)
                neighbours[j].add(i)
    return neighbours


def _grow_regions(
    members: Sequence[int],
    starts: Sequence[int],
    anchors: np.ndarray,
    targets: Sequence[int],
    neighbours: list[set[int]],
    centroids: np.ndarray,
) -> dict[int, int]:
    """Assign cells to regions by growing them from start cells over shared edges.

    The region furthest below its target grows next, by the free neighbouring cell nearest its
    anchor. Growing over shared edges keeps every region contiguous by construction.
    """
    region_of = {start: r for r, start in enumerate(starts)}
    sizes = [1] * len(starts)
    free = set(members) - set(starts)
    while free:
        best: tuple | None = None
        for r in range(len(starts)):
            frontier = {
                n for cell, reg in region_of.items() if reg == r for n in neighbours[cell] if n in free
            }
            if not frontier:
                continue
            cell = min(frontier, key=lambda c, r=r: (float(np.hypot(*(centroids[c] - anchors[r]))), c))
            rank = (-(targets[r] - sizes[r]), r)
            if best is None or rank < best[0]:
                best = (rank, r, cell)
        if best is None:
            raise RuntimeError("sample geometry: quarters are not connected")
        _, r, cell = best
        region_of[cell] = r
        sizes[r] += 1
        free.discard(cell)
    return region_of


def _grow_districts(cells: np.ndarray, neighbours: list[set[int]], centroids: np.ndarray) -> np.ndarray:
    """Stadtbezirk index of every cell, grown from each Bezirk's geographic anchor."""
    anchors = np.array([(CENTRE[0] + d.anchor[0], CENTRE[1] + d.anchor[1]) for d in DISTRICTS])
    starts = []
    for anchor in anchors:
        hits = [i for i, cell in enumerate(cells) if cell.contains(Point(anchor))]
        if len(hits) != 1:
            raise RuntimeError(f"sample geometry: district anchor {anchor} lies in no single quarter")
        starts.append(hits[0])
    targets = [d.quarter_target for d in DISTRICTS]
    region_of = _grow_regions(range(len(cells)), starts, anchors, targets, neighbours, centroids)
    return np.array([region_of[i] for i in range(len(cells))])


def _split_districts(
    district_of: np.ndarray, neighbours: list[set[int]], centroids: np.ndarray
) -> list[list[int]]:
    """Cells of each Sozialraum (list per district in DISTRICTS order, spaces flattened later).

    Starts are spread by farthest-point sampling; if a space ends with fewer than 3 quarters, the
    next start candidate is tried (deterministically).
    """
    groups: list[list[int]] = []
    for d, spec in enumerate(DISTRICTS):
        members = [int(i) for i in np.flatnonzero(district_of == d)]
        k = spec.space_count
        targets = [len(members) // k + (1 if r < len(members) % k else 0) for r in range(k)]
        middle = centroids[members].mean(axis=0)
        candidates = sorted(members, key=lambda c: (-float(np.hypot(*(centroids[c] - middle))), c))
        for first in candidates:
            starts = [first]
            while len(starts) < k:
                rest = [c for c in members if c not in starts]
                starts.append(
                    max(
                        rest,
                        key=lambda c: (
                            min(float(np.hypot(*(centroids[c] - centroids[s]))) for s in starts),
                            -c,
                        ),
                    )
                )
            region_of = _grow_regions(members, starts, centroids[starts], targets, neighbours, centroids)
            split = [[c for c in members if region_of[c] == r] for r in range(k)]
            if min(len(s) for s in split) >= 3:
                groups.append(split)
                break
        else:
            raise RuntimeError(f"sample geometry: cannot split {spec.name} into {k} spaces of 3+ quarters")
    return groups


def _union(parts: Sequence[Polygon]) -> Polygon:
    """Union of adjacent coverage cells (exact: shared edges have identical vertices)."""
    if hasattr(shapely, "coverage_union_all"):
        merged = shapely.coverage_union_all(parts)
    else:  # pragma: no cover - shapely < 2.1
        merged = shapely.union_all(parts, grid_size=GRID)
    if merged.geom_type != "Polygon" or len(merged.interiors):
        raise RuntimeError("sample geometry: an area is not a single polygon without holes")
    return orient(merged, 1.0)


def _north_to_south(centroids: np.ndarray) -> list[int]:
    """Indices ordered from north to south (then west to east): the numbering order of the keys."""
    return sorted(range(len(centroids)), key=lambda i: (-round(centroids[i][1]), round(centroids[i][0])))


def _extreme(frame: pd.DataFrame, where: str, exclude: Collection[str] = (), key: str = "key") -> str:
    """Key of the row whose centroid lies furthest in direction ``where`` (or nearest the middle)."""
    rows = frame[~frame[key].isin(exclude)]
    x, y = rows["cx"], rows["cy"]
    if where == "centre":
        score = -np.hypot(x - frame["cx"].mean(), y - frame["cy"].mean())
    else:
        score = {"north": y, "south": -y, "east": x, "west": -x}[where]
    return str(rows[key].iloc[int(np.argmax(score.to_numpy()))])


def _area_frames(
    cells: np.ndarray, centroids: np.ndarray, space_groups: list[list[list[int]]]
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Keys, names and geometries of the three levels; numbers run north to south within a parent."""
    district_rows, space_rows, quarter_rows = [], [], []
    for spec, groups in zip(DISTRICTS, space_groups):
        space_geoms = [_union(cells[g]) for g in groups]
        space_centroids = np.array([(g.centroid.x, g.centroid.y) for g in space_geoms])
        district_geom = _union(space_geoms)
        district_rows.append({"bezirk_nr": spec.key, "bezirk_name": spec.name, "geometry": district_geom})
        for s_number, s in enumerate(_north_to_south(space_centroids), 1):
            space_key = f"{spec.key}{s_number:02d}"
            space_rows.append(
                {
                    "sozialraum_nr": space_key,
                    "sozialraum_name": f"{spec.name} {s_number}",
                    "bezirk_nr": spec.key,
                    "geometry": space_geoms[s],
                    "cx": space_centroids[s][0],
                    "cy": space_centroids[s][1],
                }
            )
            members = groups[s]
            for q_number, q in enumerate(_north_to_south(centroids[members]), 1):
                cell = members[q]
                quarter_rows.append(
                    {
                        "quartier_nr": f"{space_key}{q_number:02d}",
                        "quartier_name": "",
                        "sozialraum_nr": space_key,
                        "geometry": cells[cell],
                        "cx": centroids[cell][0],
                        "cy": centroids[cell][1],
                    }
                )
    districts = pd.DataFrame(district_rows)
    spaces = pd.DataFrame(space_rows)
    quarters = pd.DataFrame(quarter_rows)

    for bezirk, name, where in NAMED_SPACES:
        rows = spaces[spaces["bezirk_nr"] == bezirk]
        key = _extreme(rows, where, key="sozialraum_nr")
        spaces.loc[spaces["sozialraum_nr"] == key, "sozialraum_name"] = name
    space_names = dict(zip(spaces["sozialraum_nr"], spaces["sozialraum_name"]))
    quarters["quartier_name"] = [
        _quarter_name(space_names[s], q[-2:])
        for s, q in zip(quarters["sozialraum_nr"], quarters["quartier_nr"])
    ]
    for space_name, name, where in NAMED_QUARTERS:
        space_key = spaces.loc[spaces["sozialraum_name"] == space_name, "sozialraum_nr"].iloc[0]
        rows = quarters[quarters["sozialraum_nr"] == space_key]
        key = _extreme(rows, where, key="quartier_nr")
        quarters.loc[quarters["quartier_nr"] == key, "quartier_name"] = name

    for frame in (districts, spaces, quarters):
        frame["geometry"] = [MultiPolygon([g]) for g in frame["geometry"]]
    return districts, spaces, quarters


def _quarter_name(space_name: str, number: str) -> str:
    """ "Hombruch 2" + "03" -> "Hombruch 2.3"; "Dorstfeld" + "03" -> "Dorstfeld 3" (short for map labels)."""
    separator = "." if space_name[-1].isdigit() else " "
    return f"{space_name}{separator}{int(number)}"


# -- roles, population, values ------------------------------------------------------------------------


def _space_roles(spaces: pd.DataFrame) -> dict[str, str]:
    """Role of each Sozialraum: "action" (stays Aktionsraum), "removed", "candidate" or "ordinary"."""
    by_name = dict(zip(spaces["sozialraum_name"], spaces["sozialraum_nr"]))
    roles = dict.fromkeys(spaces["sozialraum_nr"], "ordinary")
    for name in (ALT_SCHARNHORST[1], WICKEDE[1]):
        roles[by_name[name]] = "removed"
    for name in (BOEVINGHAUSEN[1], DORSTFELD[1]):
        roles[by_name[name]] = "candidate"
    for bezirk, where in OTHER_BASELINE_SPACES:
        rows = spaces[spaces["bezirk_nr"] == bezirk]
        taken = {k for k in rows["sozialraum_nr"] if roles[k] != "ordinary"}
        roles[_extreme(rows, where, taken, key="sozialraum_nr")] = "action"
    if sum(r in ("action", "removed") for r in roles.values()) != 13:
        raise RuntimeError("sample: the baseline must have 13 Aktionsräume")
    return roles


def _populations(
    quarters: pd.DataFrame, spaces: pd.DataFrame, roles: dict[str, str], rng: np.random.Generator
) -> tuple[pd.Series, list[str]]:
    """Integer population per quarter key (summing to TOTAL_POPULATION) and the keys of small quarters.

    Population follows area times density with some noise; a few quarters of ordinary spaces are made
    very small, as in real cities (parks, industrial estates), and their school-entry values are
    suppressed in the table.
    """
    area = shapely.area(quarters["geometry"].to_numpy()) / 1e6
    density = _density(quarters[["cx", "cy"]].to_numpy())
    weight = area * density * rng.lognormal(0.0, 0.25, len(quarters))
    ordinary = [k for k in spaces["sozialraum_nr"] if roles[k] == "ordinary"]
    big_enough = [k for k in ordinary if (quarters["sozialraum_nr"] == k).sum() >= 4]
    small_spaces = sorted(rng.choice(big_enough, size=SUPPRESSED_QUARTERS, replace=False).tolist())
    small_quarters = []
    for space in small_spaces:
        rows = np.flatnonzero(quarters["sozialraum_nr"].to_numpy() == space)
        smallest = rows[np.argmin(area[rows])]
        weight[smallest] *= SMALL_QUARTER_WEIGHT
        small_quarters.append(str(quarters["quartier_nr"].iloc[smallest]))
    exact = weight / weight.sum() * TOTAL_POPULATION
    population = np.floor(exact).astype(np.int64)
    remainder = TOTAL_POPULATION - int(population.sum())
    population[np.argsort(-(exact - population), kind="stable")[:remainder]] += 1
    return pd.Series(population, index=quarters["quartier_nr"].to_numpy()), small_quarters


def _space_values(
    spaces: pd.DataFrame, space_population: pd.Series, roles: dict[str, str], rng: np.random.Generator
) -> pd.DataFrame:
    """Indicator values per Sozialraum (rows by key, columns by indicator id), rounded to 0.1.

    Values are designed as a "badness" per role (see the module docstring), then the better-than-city
    deviations are scaled so that the population-weighted mean is the city reference: the city total
    row then agrees with the spaces, and no designed sign changes.
    """
    keys = spaces["sozialraum_nr"].tolist()
    names = dict(zip(keys, spaces["sozialraum_name"]))
    badness = pd.DataFrame(0.0, index=keys, columns=[i.id for i in INDICATORS])

    action_keys = [k for k in keys if roles[k] == "action"]
    nordstadt = [k for k in action_keys if k.startswith("02")]
    for n, key in enumerate(action_keys):
        severity = NORDSTADT_SEVERITY[nordstadt.index(key)] if key in nordstadt else rng.uniform(0.45, 1.3)
        better_count = 7 - ACTION_SPACE_WORSE_COUNTS[n]
        better = set(rng.choice(ACTION_SPACE_MAYBE_BETTER, size=better_count, replace=False).tolist())
        for ind in STATUS_IDS:
            badness.loc[key, ind] = (
                -rng.uniform(0.2, 0.6) if ind in better else severity * rng.uniform(0.7, 1.3)
            )
        badness.loc[key, "d_tlq"] = rng.uniform(-0.6, 1.0)
        badness.loc[key, "d_bev"] = rng.uniform(-1.0, 0.8)
    for key in keys:
        if roles[key] in ("removed", "candidate"):
            worse = SPACE_WORSE[names[key]]
            for ind in STATUS_IDS:
                badness.loc[key, ind] = rng.uniform(0.15, 0.4) if ind in worse else -rng.uniform(0.2, 0.6)
            badness.loc[key, "d_tlq"] = rng.uniform(-0.5, 0.5)
            badness.loc[key, "d_bev"] = rng.uniform(-0.8, 0.8)
    ordinary_keys = [k for k in keys if roles[k] == "ordinary"]
    for key, count in zip(ordinary_keys, rng.permutation(np.array(ORDINARY_WORSE_COUNTS))):
        worse = set(rng.choice(STATUS_IDS, size=int(count), replace=False).tolist())
        for ind in STATUS_IDS:
            badness.loc[key, ind] = rng.uniform(0.1, 0.3) if ind in worse else -rng.uniform(0.3, 1.4)
        badness.loc[key, "d_tlq"] = rng.uniform(-1.0, 0.3)
        badness.loc[key, "d_bev"] = rng.uniform(-1.0, 1.0)

    values = pd.DataFrame(index=keys, columns=badness.columns, dtype=float)
    for spec in INDICATORS:
        values[spec.id] = spec.reference + spec.sign * spec.scale * badness[spec.id]
    for (name, ind), value in FIXED_SPACE_VALUES.items():
        values.loc[next(k for k in keys if names[k] == name), ind] = value

    weight = space_population.reindex(keys).astype(float)
    for spec in INDICATORS:
        if not spec.status:
            continue
        deviation = (values[spec.id] - spec.reference) * spec.sign
        worse_sum = float((weight * deviation.clip(lower=0)).sum())
        better_sum = float((weight * deviation.clip(upper=0)).sum())
        scaled = deviation.where(deviation > 0, deviation * (-worse_sum / better_sum))
        values[spec.id] = spec.reference + spec.sign * scaled
    values = values.round(1)
    _check_bounds(values, "Sozialraum")
    return values


def _check_bounds(values: pd.DataFrame, level: str) -> None:
    for spec in INDICATORS:
        low, high = spec.bounds
        column = values[spec.id].dropna()
        if not column.between(low, high).all():
            raise RuntimeError(
                f"sample values ({level}): {spec.id} outside {low}..{high}: {column.min()}..{column.max()}"
            )


def _weighted_reference(values: pd.DataFrame, population: pd.Series) -> pd.Series:
    """The city values of the total row: population-weighted means of the spaces, rounded to 0.1."""
    weight = population.reindex(values.index).astype(float)
    return ((values.mul(weight, axis=0)).sum() / weight.sum()).round(1)


def _worse(values: pd.DataFrame, reference: pd.Series) -> pd.DataFrame:
    """True where a status indicator is worse than the city (strictly; missing is never worse)."""
    worse = pd.DataFrame(False, index=values.index, columns=list(STATUS_IDS))
    for spec in INDICATORS:
        if spec.status:
            worse[spec.id] = (values[spec.id] - reference[spec.id]) * spec.sign > 0
    return worse


def _quarter_values(
    quarters: pd.DataFrame,
    population: pd.Series,
    space_values: pd.DataFrame,
    reference: pd.Series,
    roles: dict[str, str],
    rng: np.random.Generator,
) -> pd.DataFrame:
    """Indicator values per Quartier: their space's value plus deviations with weighted mean zero.

    Outside the Aktionsräume and candidates no quarter may be below average, except the one designed
    quarter of Alt-Scharnhorst and of Wickede; draws that break this are repeated (deterministically).
    """
    names = dict(zip(quarters["quartier_nr"], quarters["quartier_name"]))
    remaining = {WAMBELER_HEIDE[1], MEYLANTVIERTEL[1]}
    frames = []
    for space, rows in quarters.groupby("sozialraum_nr", sort=True):
        keys = rows["quartier_nr"].tolist()
        weight = population.reindex(keys).to_numpy(dtype=float)
        special = [i for i, k in enumerate(keys) if names[k] in remaining]
        constrained = roles[space] in ("ordinary", "removed")
        for _attempt in range(QUARTER_VALUE_ATTEMPTS):
            values = pd.DataFrame(index=keys, columns=space_values.columns, dtype=float)
            for spec in INDICATORS:
                deviation = spec.scale * QUARTER_SPREAD * rng.standard_normal(len(keys))
                fixed = np.zeros(len(keys), dtype=bool)
                for i in special:
                    if spec.id in REMAINING_QUARTER_BADNESS:
                        target = spec.reference + spec.sign * spec.scale * REMAINING_QUARTER_BADNESS[spec.id]
                        deviation[i] = target - space_values.loc[space, spec.id]
                        fixed[i] = True
                free = ~fixed
                # Shift the free quarters so that the population-weighted mean is the space's value.
                shift = (weight * deviation).sum() / weight[free].sum()
                deviation[free] -= shift
                values[spec.id] = space_values.loc[space, spec.id] + deviation
            values = values.round(1)
            if _quarters_acceptable(values, reference, constrained, [keys[i] for i in special]):
                break
        else:
            raise RuntimeError(f"sample values: no acceptable quarter values for Sozialraum {space}")
        frames.append(values)
    result = pd.concat(frames)
    _check_bounds(result, "Quartier")
    return result.reindex(quarters["quartier_nr"].tolist())


def _quarters_acceptable(
    values: pd.DataFrame, reference: pd.Series, constrained: bool, special: list[str]
) -> bool:
    for spec in INDICATORS:
        low, high = spec.bounds
        if not values[spec.id].between(low, high).all():
            return False
        if spec.status and (values[spec.id] == reference[spec.id]).any():
            return False  # no ties with the city value: "worse" must not depend on > versus >=
    if not constrained:
        return True
    worse_count = _worse(values, reference).sum(axis=1)
    for key in values.index:
        if key in special:
            if worse_count[key] < MIN_WORSE + 1:
                return False
        elif worse_count[key] > MIN_WORSE - 1 or values.loc[key, "tlq"] > TLQ_THRESHOLD - 0.5:
            return False
    return True


# -- tables -----------------------------------------------------------------------------------------


def _tables(
    spaces: pd.DataFrame,
    quarters: pd.DataFrame,
    population: pd.Series,
    space_population: pd.Series,
    space_values: pd.DataFrame,
    quarter_values: pd.DataFrame,
    reference: pd.Series,
    small_quarters: list[str],
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The two indicator tables, with headers as published and the city total row last."""
    columns = {spec.id: spec.column for spec in INDICATORS}
    space_keys = spaces["sozialraum_nr"].tolist()
    space_table = pd.DataFrame(
        {
            SPACE_KEY_COLUMN: space_keys,
            SPACE_NAME_COLUMN: spaces["sozialraum_name"].tolist(),
            POPULATION_COLUMN: space_population.reindex(space_keys).astype("int64").to_numpy(),
        }
    )
    space_table = pd.concat(
        [space_table, space_values.reindex(space_keys).reset_index(drop=True).rename(columns=columns)], axis=1
    )
    quarter_keys = quarters["quartier_nr"].tolist()
    values = quarter_values.reindex(quarter_keys).copy()
    values.loc[small_quarters, list(SUPPRESSED_INDICATORS)] = np.nan
    quarter_table = pd.DataFrame(
        {
            QUARTER_KEY_COLUMN: quarter_keys,
            QUARTER_NAME_COLUMN: quarters["quartier_name"].tolist(),
            SPACE_KEY_COLUMN: quarters["sozialraum_nr"].tolist(),
            POPULATION_COLUMN: population.reindex(quarter_keys).astype("int64").to_numpy(),
        }
    )
    quarter_table = pd.concat([quarter_table, values.reset_index(drop=True).rename(columns=columns)], axis=1)

    total_values = {columns[k]: float(v) for k, v in reference.items()}
    total = int(population.sum())
    space_total = {SPACE_KEY_COLUMN: "", SPACE_NAME_COLUMN: CITY_TOTAL_LABEL, POPULATION_COLUMN: total}
    quarter_total = {QUARTER_KEY_COLUMN: "", QUARTER_NAME_COLUMN: CITY_TOTAL_LABEL, SPACE_KEY_COLUMN: ""}
    quarter_total[POPULATION_COLUMN] = total
    space_table = pd.concat([space_table, pd.DataFrame([{**space_total, **total_values}])], ignore_index=True)
    quarter_table = pd.concat(
        [quarter_table, pd.DataFrame([{**quarter_total, **total_values}])], ignore_index=True
    )
    return space_table, quarter_table


def _german_number(value: float) -> str:
    """0.1-precision number as German offices write it: decimal comma, "." for a suppressed value."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "."
    text = f"{value:.1f}"
    if text == "-0.0":
        text = "0.0"
    return text.replace(".", ",")


def _german_integer(value: int) -> str:
    """Whole number with "." as thousands separator (15.234)."""
    return f"{int(value):,}".replace(",", ".")


def _csv_bytes(table: pd.DataFrame, text_columns: Sequence[str], encoding: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator=CSV_LINE_END, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(table.columns)
    for row in table.itertuples(index=False, name=None):
        cells = []
        for column, value in zip(table.columns, row):
            if column in text_columns:
                cells.append(str(value))
            elif column == POPULATION_COLUMN:
                cells.append(_german_integer(value))
            else:
                cells.append(_german_number(value))
        writer.writerow(cells)
    return buffer.getvalue().encode(encoding)


# -- scenario ------------------------------------------------------------------------------------------

RATIONALE_REMOVED = (
    "Daten seit 2007 deutlich verbessert; nur ein Quartier liegt noch unter dem städtischen Durchschnitt."
)
RATIONALE_KEPT = (
    "Das Quartier liegt weiterhin unter dem städtischen Durchschnitt und bleibt als Aktionsquartier erhalten."
)
RATIONALE_BOEVINGHAUSEN = (
    "Transferleistungsquote über 20 %; Anteil der Leistungsbeziehenden gestiegen, "
    "besonders bei Kindern unter 15 Jahren."
)
RATIONALE_DORSTFELD = (
    "Transferleistungsquote über 20 %; Anteil der Kinder mit Normalgewicht gesunken; "
    "atypischer Bevölkerungsrückgang."
)


def _scenario(spaces: pd.DataFrame, quarters: pd.DataFrame, roles: dict[str, str]) -> Scenario:
    """The baseline of 13 Aktionsräume and the six changes of the press release of 22 Dec 2020."""
    space_key = dict(zip(spaces["sozialraum_name"], spaces["sozialraum_nr"]))
    quarter_key = dict(zip(quarters["quartier_name"], quarters["quartier_nr"]))
    changes = []
    for (_, space, _), (_, quarter, _) in ((ALT_SCHARNHORST, WAMBELER_HEIDE), (WICKEDE, MEYLANTVIERTEL)):
        changes.append(
            Change(
                f"remove-{space_key[space]}",
                ChangeAction.REMOVE_SPACE,
                space_key[space],
                space,
                "",
                RATIONALE_REMOVED,
            )
        )
        changes.append(
            Change(
                f"keep-{quarter_key[quarter]}",
                ChangeAction.KEEP_QUARTER,
                quarter_key[quarter],
                quarter,
                space_key[space],
                RATIONALE_KEPT,
            )
        )
    for (_, space, _), rationale in (
        (BOEVINGHAUSEN, RATIONALE_BOEVINGHAUSEN),
        (DORSTFELD, RATIONALE_DORSTFELD),
    ):
        changes.append(
            Change(f"add-{space_key[space]}", ChangeAction.ADD_SPACE, space_key[space], space, "", rationale)
        )
    baseline = tuple(sorted(k for k, role in roles.items() if role in ("action", "removed")))
    return Scenario(
        name="Fortschreibung der Aktionsräume 2020",
        description=(
            "Vorschlag vom 22.12.2020 auf Grundlage des Berichts zur sozialen Lage 2018: "
            "13 Aktionsräume und 2 Aktionsquartiere (synthetische Beispieldaten)."
        ),
        catalogue=CATALOGUE_FILE,
        baseline=Baseline(action_spaces=baseline, action_quarters=()),
        changes=tuple(changes),
    )


# -- catalogue and README ------------------------------------------------------------------------------

CATALOGUE_TOML = """\
# Indikatorenkatalog der Beispieldaten "Dortmund 2020" (Aktionsräume-Plugin für QGIS).
#
# Der Katalog sagt, welche Spalten der Indikatortabellen Indikatoren sind, was sie bedeuten und wie sie
# bewertet werden. Planerinnen und Planer können ihn mit jedem Texteditor anpassen (Format: TOML).
# Alle Werte der Beispieldaten sind synthetisch.

format = "aktionsraeume-katalog"   # Kennung des Dateiformats, nicht ändern
version = 1                        # Version des Dateiformats
name = "Dortmund 2018 (synthetische Beispieldaten)"

[reference]
# Der städtische Vergleichswert steht in der Gesamtzeile der Tabelle; sie wird an einer dieser
# Beschriftungen erkannt.
total_row = ["Stadt Dortmund insgesamt", "Gesamt", "Summe"]
# Spalte mit der Einwohnerzahl: für bevölkerungsgewichtete Mittel (falls keine Gesamtzeile vorhanden
# ist) und für die Zahl der Menschen in den Aktionsräumen.
population_column = "Einwohner"

[rule]
# Vergleichsmethode: Ein Gebiet liegt "unter dem städtischen Durchschnitt", wenn mindestens so viele
# Status-Indikatoren schlechter als der städtische Wert sind ...
min_worse = 4
# ... oder wenn die Schwellenregel eines Indikators erfüllt ist (hier: Transferleistungsquote > 20 %).
thresholds = true

[index]
# Standardisierter Statusindex (z-Werte, wie im Berliner Monitoring Soziale Stadtentwicklung):
# Klassengrenzen des Index und die Kennungen der vier Klassen.
breaks = [-1.0, 1.0, 1.5]
classes = ["hoch", "mittel", "niedrig", "sehr_niedrig"]
# Gebiete mit weniger Einwohnern erhalten keinen Indexwert (zu kleine Fallzahlen).
min_population = 300

# -- Handlungsfelder (die Kennung "id" bleibt stabil, sie erscheint in Feldnamen) -------------------

[[domain]]
id = "erwerb"
label_de = "Erwerbstätigkeit und Transferleistungen"
label_en = "Employment and benefits"

[[domain]]
id = "bildung"
label_de = "Bildung und Jugend"
label_en = "Education and youth"

[[domain]]
id = "gesundheit"
label_de = "Gesundheit"
label_en = "Health"

[[domain]]
id = "wohnen"
label_de = "Wohnen"
label_en = "Housing"

[[domain]]
id = "bevoelkerung"
label_de = "Bevölkerung"
label_en = "Population"

# -- Indikatoren ------------------------------------------------------------------------------------
# column:    Spaltenüberschrift in der Tabelle, genau wie dort geschrieben
# direction: "higher_is_worse" (hoher Wert = schlechter) oder "higher_is_better"
# weight:    Gewicht im Index (Vorgabe 1)
# threshold: optionale Schwellenregel; op ist eines von > >= < <=
# kind:      "status" (Zustand, zählt für die Vergleichsmethode) oder "change" (Dynamik, nur zur Information)

[[indicator]]
id = "tlq"
column = "Transferleistungsquote in %"
label_de = "Transferleistungsquote"
label_en = "Benefit receipt rate"
domain = "erwerb"
unit = "%"
direction = "higher_is_worse"
weight = 1.0
threshold = { op = ">", value = 20.0 }   # über 20 % gilt ein Sozialraum als Aktionsraum-Kandidat
kind = "status"

[[indicator]]
id = "alq"
column = "Arbeitslosenquote in %"
label_de = "Arbeitslosenquote"
label_en = "Unemployment rate"
domain = "erwerb"
unit = "%"
direction = "higher_is_worse"
kind = "status"

[[indicator]]
id = "kinder_sgb2"
column = "Kinder unter 15 J. mit SGB-II-Bezug in %"
label_de = "Kinder unter 15 Jahren mit SGB-II-Bezug"
label_en = "Children under 15 on basic income support"
domain = "erwerb"
unit = "%"
direction = "higher_is_worse"
kind = "status"

[[indicator]]
id = "gymnasium"
column = "Übergangsquote Gymnasium in %"
label_de = "Übergangsquote zum Gymnasium"
label_en = "Transition rate to grammar school"
domain = "bildung"
unit = "%"
direction = "higher_is_better"
kind = "status"

[[indicator]]
id = "sprachfoerderung"
column = "Kinder mit Sprachförderbedarf in %"
label_de = "Kinder mit Sprachförderbedarf (Schuleingangsuntersuchung)"
label_en = "Children needing language support (school entry examination)"
domain = "bildung"
unit = "%"
direction = "higher_is_worse"
kind = "status"

[[indicator]]
id = "normalgewicht"
column = "Kinder mit Normalgewicht in %"
label_de = "Kinder mit Normalgewicht (Schuleingangsuntersuchung)"
label_en = "Children of normal weight (school entry examination)"
domain = "gesundheit"
unit = "%"
direction = "higher_is_better"
kind = "status"

[[indicator]]
id = "wohnflaeche"
column = "Wohnfläche je Einwohner in m²"
label_de = "Wohnfläche je Einwohner"
label_en = "Living space per inhabitant"
domain = "wohnen"
unit = "m²"
direction = "higher_is_better"
kind = "status"

[[indicator]]
id = "d_tlq"
column = "Veränderung Transferleistungsquote 2013–2018 in %-Punkten"
label_de = "Veränderung der Transferleistungsquote 2013–2018"
label_en = "Change in benefit receipt rate 2013–2018"
domain = "erwerb"
unit = "%-Punkte"
direction = "higher_is_worse"
kind = "change"

[[indicator]]
id = "d_bev"
column = "Bevölkerungsentwicklung 2013–2018 in %"
label_de = "Bevölkerungsentwicklung 2013–2018"
label_en = "Population change 2013–2018"
domain = "bevoelkerung"
unit = "%"
direction = "higher_is_better"
kind = "change"
"""

README_TEXT = f"""\
# Beispieldaten „Dortmund 2020“

Eingebettete Beispieldaten des Aktionsräume-Plugins. Sie bilden die Fortschreibung der Aktionsräume
aus der Pressemitteilung der Stadt Dortmund vom 22.12.2020 nach (Aktionsplan Soziale Stadt, Bericht
zur sozialen Lage 2018).

**{SYNTHETIC_NOTE}.** Es lagen keine amtlichen Dortmunder Grenzen vor: Die Gebiete sind
synthetisch erzeugt und nur grob dort platziert, wo die Stadtbezirke liegen. Auch alle
Indikatorwerte sind synthetisch; sie sind so gewählt, dass die Aussagen der Pressemitteilung aus der
Bewertung folgen. Gebietsnamen außer den Stadtbezirken und den in der Pressemitteilung genannten
Gebieten (Alt-Scharnhorst, Wickede, Bövinghausen/Westrich, Dorstfeld, Wambeler Heide,
Meylantviertel) sind Platzhalter wie „Hombruch 2“ oder „Hombruch 2.3“.

| Datei | Inhalt |
| --- | --- |
| `{GPKG_FILE}` | GeoPackage, EPSG:25832, Layer `stadtbezirke` (12), `sozialraeume` (39), `quartiere` (~170); lückenlos und überlappungsfrei verschachtelt; Feld `aktionsraum_basis` = die 13 Aktionsräume vor 2020 |
| `{SPACE_TABLE_FILE}` | Indikatoren je Sozialraum; Semikolon, Dezimalkomma, UTF-8 mit BOM (wie Excels „CSV UTF-8“), letzte Zeile „{CITY_TOTAL_LABEL}“ |
| `{QUARTER_TABLE_FILE}` | Indikatoren je Quartier; wie oben, aber Windows-1252 kodiert; „.“ = Wert aus Datenschutzgründen unterdrückt |
| `{CATALOGUE_FILE}` | Indikatorenkatalog: Spalten, Richtung, Handlungsfelder, Bewertungsregel (kommentiert) |
| `{SCENARIO_FILE}` | Szenario „Fortschreibung der Aktionsräume 2020“: Ausgangsliste und die sechs Änderungen |

Schlüssel sind Text mit führenden Nullen: Stadtbezirk `05`, Sozialraum `0501`, Quartier `050103`.

Die Dateien werden von `sample_generator/data.py` deterministisch erzeugt (gleicher
Inhalt bei jedem Lauf). Neu erzeugen mit:

    make sample
"""
