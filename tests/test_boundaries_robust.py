"""Core boundary checks on geometry that breaks naive overlays, and holes told from gaps."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from aktionsraeume_plugin.core import boundaries as b
from aktionsraeume_plugin.core.boundaries import BoundaryOptions, Level
from aktionsraeume_plugin.services.messages import render

# A false easting of 2,500,000 m (Gauss-Krüger zone 2) and a northing in Germany.
X0, Y0 = 2_512_345.678, 5_712_345.678


def summary(findings):
    return sorted((f.type, f.keys) for f in findings)


def jagged_tessellation(seed: int = 7, n: int = 8, size: float = 100.0, jitter: float = 1e-9):
    """An n × n tessellation with wiggly shared edges at large coordinates; every polygon has its own
    copy of each shared vertex, moved by up to ``jitter`` m, plus an extra vertex on its right edge
    that lies 1e-9 m off its neighbour's edge: neighbours digitised independently."""
    rng = np.random.default_rng(seed)
    grid = np.stack(np.meshgrid(np.arange(n + 1) * size, np.arange(n + 1) * size), -1)
    grid[1:-1, 1:-1] += rng.uniform(-20, 20, (n - 1, n - 1, 2))
    geoms, keys = [], []
    for row in range(n):
        for col in range(n):
            a, b_, c, d = grid[row, col], grid[row, col + 1], grid[row + 1, col + 1], grid[row + 1, col]
            extra = (b_ + c) / 2 + np.array([1e-9, 0.0])
            ring = np.array([a, b_, extra, c, d]) + np.array([X0, Y0])
            ring = ring + rng.uniform(-jitter, jitter, ring.shape)
            geoms.append(shapely.Polygon(ring))
            keys.append(f"{row:02d}{col:02d}")
    return geoms, keys


def test_precision_grid_follows_the_coordinates():
    assert b.precision_grid([shapely.box(X0, Y0, X0 + 10, Y0 + 10)]) == pytest.approx(1e-4)
    assert b.precision_grid([shapely.box(390_000, 5_700_000, 390_100, 5_700_100)]) == pytest.approx(1e-4)
    assert b.precision_grid([shapely.box(0, 0, 10, 10)]) == pytest.approx(1e-10)
    assert b.precision_grid([None]) == pytest.approx(1e-11)


def test_overlay_retries_an_invalid_input_and_reports_what_still_fails(qgis_locale):
    qgis_locale("en")
    level = Level("spaces", [shapely.box(0, 0, 1, 1)], ["x"])
    bow_tie = shapely.Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    with pytest.raises(shapely.errors.GEOSException):
        shapely.difference(bow_tie, shapely.box(2, 2, 4, 4))
    overlay = b.Overlay(1e-6)
    result = overlay.binary(
        level, "difference", shapely.difference, bow_tie, shapely.box(2, 2, 4, 4), lambda _n: ["x"]
    )
    assert result.area == pytest.approx(50 - 2, rel=0.01) and overlay.failures == []

    def never(*_args, **_kwargs):
        raise shapely.errors.GEOSException("TopologyException: found non-noded intersection")

    assert overlay.binary(level, "union", never, bow_tie, bow_tie, lambda _n: ["x", "y"]) is None
    [finding] = b.overlay_findings(overlay.failures + overlay.failures)  # reported once
    assert (finding.type, finding.keys, finding.severity) == ("overlay_failed", ("x", "y"), "error")
    assert render(finding.message) == (
        "The union of space x, y could not be computed, even with snap rounding to 0.0001 m "
        "(TopologyException: found non-noded intersection); check and repair these features' geometry."
    )
    assert finding.location is not None


@pytest.mark.parametrize("use_coverage", [None, True, False])
def test_independently_digitised_neighbours_at_large_coordinates(use_coverage):
    geoms, keys = jagged_tessellation()
    clean = b.check_boundaries(
        Level("spaces", geoms, keys), options=BoundaryOptions(use_coverage=use_coverage)
    )
    assert clean.findings == []
    # Plant an overlap (0304 gains a disc of 1,000 m² inside 0305) and a notch between 0506 and 0606.
    grown = geoms.copy()
    i, j = keys.index("0304"), keys.index("0506")
    grown[i] = shapely.union(
        geoms[i], shapely.buffer(geoms[keys.index("0305")].centroid, 17.84, quad_segs=32)
    )
    top = shapely.get_coordinates(geoms[j])[3:5].mean(axis=0)  # middle of the straight top edge
    grown[j] = shapely.difference(
        geoms[j], shapely.buffer(shapely.Point(top), 8.0, quad_segs=64)
    )  # half a disc
    report = b.check_boundaries(
        Level("spaces", grown, keys),
        options=BoundaryOptions(use_coverage=use_coverage, city_boundary=shapely.union_all(geoms)),
    )
    assert summary(report.findings) == [("gap", ("0506", "0606")), ("overlap", ("0304", "0305"))]
    areas = {f.type: f.area_m2 for f in report.findings}
    assert areas["overlap"] == pytest.approx(np.pi * 17.84**2, rel=0.01)
    assert areas["gap"] == pytest.approx(np.pi * 64 / 2, rel=0.01)


def test_no_traceback_from_broken_input():
    bow_tie = shapely.Polygon([(0, 0), (100, 100), (100, 0), (0, 100)])
    infinite = shapely.Polygon([(200, 0), (300, 0), (300, np.inf), (200, 100)])
    level = Level(
        "spaces",
        [bow_tie, infinite, None, shapely.Polygon(), shapely.box(0, 100, 100, 200)],
        list("abcde"),
    )
    # a city boundary that crosses itself, too
    report = b.check_boundaries(level, options=BoundaryOptions(city_boundary=bow_tie))
    kinds = summary(report.findings)
    assert ("invalid_geometry", ("a",)) in kinds and ("invalid_geometry", ("b",)) in kinds
    assert ("null_geometry", ("c",)) in kinds and ("empty_geometry", ("d",)) in kinds


@pytest.mark.parametrize("use_coverage", [None, True, False])
def test_a_hole_in_one_area_is_not_a_gap_between_areas(use_coverage, qgis_locale):
    qgis_locale("en")
    host = shapely.box(0, 0, 300, 300)
    neighbour = shapely.box(300, 0, 600, 300)
    holed = shapely.difference(host, shapely.box(100, 100, 150, 120))  # 1,000 m²
    options = BoundaryOptions(use_coverage=use_coverage)
    findings = b.check_tiling(Level("spaces", [holed, neighbour], ["A", "B"]), options)
    assert summary(findings) == [("hole", ("A",))]
    assert findings[0].area_m2 == pytest.approx(1000, rel=0.01)
    assert findings[0].severity == "warning"
    assert render(findings[0].message) == "Space A has a hole of 1,000.0 m² that no other space fills."
    assert shapely.equals(findings[0].location, shapely.box(100, 100, 150, 120))
    # An enclave that fills the hole is accepted.
    enclave = shapely.box(100, 100, 150, 120)
    assert b.check_tiling(Level("spaces", [holed, neighbour, enclave], ["A", "B", "C"]), options) == []
    # An enclave that fills only part of it leaves a gap between two areas.
    partial = shapely.box(100, 100, 130, 120)  # 400 m² of 1,000 m² left open
    findings = b.check_tiling(Level("spaces", [holed, neighbour, partial], ["A", "B", "C"]), options)
    assert summary(findings) == [("gap", ("A", "C"))]
    assert findings[0].area_m2 == pytest.approx(400, rel=0.01)
    # A notch at the shared edge is a gap between areas, not a hole.
    notched = shapely.difference(host, shapely.box(290, 100, 300, 150))
    findings = b.check_tiling(Level("spaces", [notched, neighbour], ["A", "B"]), options)
    assert summary(findings) == [("gap", ("A", "B"))]
    assert findings[0].area_m2 == pytest.approx(500, rel=0.01)


def test_a_hole_in_a_multipolygon_part_and_the_city_boundary():
    part = shapely.difference(shapely.box(0, 0, 100, 100), shapely.box(40, 40, 60, 60))  # 400 m² hole
    host = shapely.MultiPolygon([part, shapely.box(500, 0, 600, 100)])
    other = shapely.box(100, 0, 500, 100)
    options = BoundaryOptions(city_boundary=shapely.box(0, 0, 600, 110))  # 6,000 m² strip uncovered
    findings = b.check_tiling(Level("spaces", [host, other], ["A", "B"]), options)
    assert summary(findings) == [("gap", ("A", "B")), ("hole", ("A",))]
    areas = {f.type: f.area_m2 for f in findings}
    assert areas == {"gap": pytest.approx(6000, rel=0.01), "hole": pytest.approx(400, rel=0.01)}


def test_edge_matching_finds_the_polygons_whose_edges_have_no_partner():
    # 3 × 3 squares; the middle one is split into two with a vertex (150, 100) its neighbour below lacks.
    squares = [shapely.box(x, y, x + 100, y + 100) for y in (0, 100, 200) for x in (0, 100, 200)]
    squares[4] = shapely.box(100, 100, 150, 200)
    squares.append(shapely.box(150, 100, 200, 200))
    edges = b.match_edges(np.array(squares, dtype=object))
    # the outline squares, both halves (their bottom edges run along 1's top edge: a T-junction) and 1, 7
    assert sorted(edges.suspects) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    inner = [shapely.box(x, y, x + 100, y + 100) for y in (0, 100, 200) for x in (0, 100, 200)]
    clean = b.match_edges(np.array(inner, dtype=object))
    assert 4 not in clean.suspects and len(clean.starts) == 12  # only the outline is unmatched
    # A second copy of a polygon shares its edges in the same direction: not matched.
    duplicated = b.match_edges(np.array([*inner, inner[4]], dtype=object))
    assert {4, 9} <= set(duplicated.suspects)
    # Rings in either orientation match.
    reversed_ring = shapely.reverse(inner[4])
    assert 4 not in b.match_edges(np.array([*inner[:4], reversed_ring, *inner[5:]], dtype=object)).suspects
    # Independently digitised neighbours: too few edges match, the GEOS way is taken.
    geoms, _keys = jagged_tessellation(n=30, jitter=1e-6)
    assert b.match_edges(np.array(geoms, dtype=object)) is None
    assert b.match_edges(np.array(geoms[:100], dtype=object)) is not None  # few: matched all the same
