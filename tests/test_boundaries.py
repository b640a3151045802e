"""Core boundary checks: a small clean tiling gives nothing; each broken variant gives its exact finding."""

from __future__ import annotations

import pytest
import shapely

from aktionsraeume_plugin.core import boundaries as b
from aktionsraeume_plugin.core.boundaries import BoundaryOptions, KeyTable, Level
from aktionsraeume_plugin.services.messages import TEMPLATES, render


def box(x0, y0, x1, y1):
    return shapely.box(x0, y0, x1, y1)


# Two districts (200 × 200 m), four spaces (200 × 100 m), eight quarters (100 × 100 m = 10,000 m²).
def districts(**change) -> Level:
    geoms = {"1": box(0, 0, 200, 200), "2": box(200, 0, 400, 200)}
    geoms.update(change)
    return Level("districts", list(geoms.values()), list(geoms.keys()))


def spaces(parents=None, **change) -> Level:
    geoms = {
        "01": box(0, 0, 200, 100),
        "02": box(0, 100, 200, 200),
        "03": box(200, 0, 400, 100),
        "04": box(200, 100, 400, 200),
    }
    geoms.update({k.lstrip("s"): v for k, v in change.items()})
    keys = list(geoms)
    parent_keys = parents or ["1" if k in ("01", "02") else "2" for k in keys]
    return Level("spaces", list(geoms.values()), keys, parent_keys=parent_keys)


def quarters(geoms=None, keys=None, parents=None) -> Level:
    default = {}
    for space, (x0, y0) in {"01": (0, 0), "02": (0, 100), "03": (200, 0), "04": (200, 100)}.items():
        default[space + "01"] = box(x0, y0, x0 + 100, y0 + 100)
        default[space + "02"] = box(x0 + 100, y0, x0 + 200, y0 + 100)
    geoms = geoms or default
    keys = keys or list(geoms)
    parents = parents or [k[:2] for k in geoms]
    return Level("quarters", list(geoms.values()), keys, parent_keys=parents)


def summary(findings):
    return sorted((f.type, f.keys) for f in findings)


@pytest.mark.parametrize("use_coverage", [None, True, False])
def test_clean_tiling_gives_no_findings(use_coverage):
    report = b.check_boundaries(spaces(), quarters(), districts(), BoundaryOptions(use_coverage=use_coverage))
    assert report.findings == []
    assert report.summary == {}
    assert report.levels == ("districts", "spaces", "quarters")


@pytest.mark.parametrize("use_coverage", [None, True, False])
def test_overlap_between_two_spaces(use_coverage, qgis_locale):
    qgis_locale("en")
    level = spaces(s01=box(0, 0, 200, 110))  # reaches 10 m into space 02
    findings = b.check_tiling(level, BoundaryOptions(use_coverage=use_coverage))
    assert summary(findings) == [("overlap", ("01", "02"))]
    assert findings[0].area_m2 == pytest.approx(2000, rel=0.01)
    assert findings[0].severity == "error"
    assert shapely.equals(findings[0].location, box(0, 100, 200, 110))
    assert "Space 01 and space 02 overlap by 2,000.0 m²." in render(findings[0].message)


@pytest.mark.parametrize("use_coverage", [None, True, False])
def test_gap_inside_the_outline(use_coverage):
    notched = shapely.difference(box(0, 0, 200, 100), box(50, 90, 80, 100))  # 30 × 10 m
    findings = b.check_tiling(spaces(s01=notched), BoundaryOptions(use_coverage=use_coverage))
    assert summary(findings) == [("gap", ("01", "02"))]
    assert findings[0].area_m2 == pytest.approx(300, rel=0.01)
    assert shapely.equals(findings[0].location, box(50, 90, 80, 100))


@pytest.mark.parametrize("use_coverage", [None, True, False])
def test_gap_against_a_city_boundary(use_coverage):
    options = BoundaryOptions(use_coverage=use_coverage, city_boundary=box(0, 0, 400, 200))
    findings = b.check_tiling(spaces(s01=box(0, 0, 200, 90)), options)
    assert summary(findings) == [("gap", ("01", "02", "03"))]
    assert findings[0].area_m2 == pytest.approx(2000, rel=0.01)


@pytest.mark.parametrize("use_coverage", [None, True, False])
def test_overlap_and_gap_together_and_contained_polygon(use_coverage):
    level = spaces(
        s01=box(0, 0, 200, 110), s04=shapely.difference(box(200, 100, 400, 200), box(300, 150, 320, 170))
    )
    level = Level(
        "spaces", [*level.geometries, box(10, 10, 20, 20)], [*level.keys, "05"]
    )  # 05 lies inside 01
    findings = b.check_tiling(level, BoundaryOptions(use_coverage=use_coverage))
    assert summary(findings) == [("hole", ("04",)), ("overlap", ("01", "02")), ("overlap", ("01", "05"))]
    areas = {f.keys: f.area_m2 for f in findings}
    assert areas[("04",)] == pytest.approx(400, rel=0.01)
    assert areas[("01", "05")] == pytest.approx(100, rel=0.01)


def test_overlaps_at_or_below_the_tolerance_are_ignored():
    level = spaces(s01=box(0, 0, 200, 100.004))  # 0.8 m²
    assert b.check_tiling(level, BoundaryOptions(area_tolerance=1.0)) == []
    assert summary(b.check_tiling(level, BoundaryOptions(area_tolerance=0.5))) == [("overlap", ("01", "02"))]


def test_bow_tie_is_invalid_with_reason_and_location():
    bow_tie = shapely.Polygon([(0, 0), (200, 100), (200, 0), (0, 100)])
    findings = b.check_geometries(spaces(s01=bow_tie))
    assert summary(findings) == [("invalid_geometry", ("01",))]
    assert findings[0].params["reason"] == "Self-intersection"
    assert shapely.equals(findings[0].location, shapely.Point(100, 50))
    # The tiling check repairs it and reports the two triangles it leaves uncovered inside the city.
    gaps = b.check_tiling(spaces(s01=bow_tie), BoundaryOptions(city_boundary=box(0, 0, 400, 200)))
    assert sorted(round(f.area_m2) for f in gaps) == [5000, 5000]


def test_null_and_empty_geometries():
    level = Level("spaces", [box(0, 0, 1e3, 1e3), None, shapely.Polygon()], ["01", "02", "03"])
    assert summary(b.check_geometries(level)) == [("empty_geometry", ("03",)), ("null_geometry", ("02",))]


def test_far_part_and_sliver():
    far = shapely.multipolygons([box(0, 0, 200, 100), box(5000, 5000, 5100, 5100)])
    findings = b.check_geometries(spaces(s01=far))
    assert summary(findings) == [("far_part", ("01",))]
    assert findings[0].area_m2 == pytest.approx(10_000, rel=0.01)
    assert findings[0].params["distance"] == pytest.approx(
        shapely.distance(box(0, 0, 200, 100), box(5000, 5000, 5100, 5100))
    )
    near = shapely.multipolygons([box(0, 0, 200, 100), box(300, 300, 310, 310)])
    assert b.check_geometries(spaces(s01=near)) == []  # 200 m away: below the 1000 m default
    level = spaces(s05=box(400, 0, 405, 10))  # 50 m²
    findings = b.check_geometries(level)
    assert summary(findings) == [("sliver", ("05",))]
    assert findings[0].area_m2 == pytest.approx(50, rel=0.01)
    assert b.check_geometries(level, BoundaryOptions(sliver_area=40)) == []


def test_crumbs_within_the_area_tolerance_are_no_slivers():
    """A part of at most ``area_tolerance`` m² beside a real polygon is the crumb a repair leaves (the
    shipped Statistikatlas sample has 37 of 0.0-0.9 m²); a part above it, or a tiny feature, is a sliver."""
    crumb = shapely.multipolygons([box(0, 0, 200, 100), box(300, 0, 300.5, 1)])  # 0.5 m² crumb
    assert b.check_geometries(spaces(s01=crumb)) == []
    findings = b.check_geometries(spaces(s01=crumb), BoundaryOptions(area_tolerance=0.1))
    assert summary(findings) == [("sliver", ("01",))]
    assert findings[0].area_m2 == pytest.approx(0.5)
    real = shapely.multipolygons([box(0, 0, 200, 100), box(300, 0, 305, 2)])  # 10 m² part
    assert summary(b.check_geometries(spaces(s01=real))) == [("sliver", ("01",))]
    tiny = spaces(s05=box(400, 0, 400.5, 1))  # a whole feature of 0.5 m²
    assert summary(b.check_geometries(tiny)) == [("sliver", ("05",))]


def test_quarter_straddling_two_spaces(qgis_locale):
    qgis_locale("en")
    level = spaces(s01=box(0, 0, 200, 140), s02=box(0, 140, 200, 200))  # 02's quarters are 40 % in 01
    findings = b.check_nesting(quarters(), level)
    assert summary(findings) == [("not_nested", ("0201", "02", "01")), ("not_nested", ("0202", "02", "01"))]
    assert all(f.area_m2 == pytest.approx(4000, rel=0.01) for f in findings)
    assert "0201 does not lie inside one space: 02 60.0 %, 01 40.0 %" in render(findings[0].message)


def test_wrong_parent_key_and_keys_compared_after_normalisation(qgis_locale):
    qgis_locale("en")
    parents = [k[:2] for k in quarters().keys]
    parents[0] = "02"  # 0101 lies in 01
    findings = b.check_nesting(quarters(parents=parents), spaces())
    assert summary(findings) == [("parent_mismatch", ("0101", "02", "01"))]
    assert findings[0].area_m2 == pytest.approx(10_000, rel=0.01)
    assert "gives space 02, but lies in space 01 (100.0 %)" in render(findings[0].message)
    # Integer parent keys (1 for "01") name the same spaces.
    assert b.check_nesting(quarters(parents=[int(k[:2]) for k in quarters().keys]), spaces()) == []


def test_missing_parent_key_and_uncovered_parent():
    parents = [k[:2] for k in quarters().keys]
    parents[1] = None
    geoms = dict(zip(quarters().keys, quarters().geometries))
    del geoms["0402"]
    level = quarters(geoms=geoms, parents=[p for k, p in zip(quarters().keys, parents) if k != "0402"])
    findings = b.check_nesting(level, spaces())
    assert summary(findings) == [("missing_key", ("0102",)), ("parent_not_covered", ("04",))]
    uncovered = next(f for f in findings if f.type == "parent_not_covered")
    assert uncovered.area_m2 == pytest.approx(10_000, rel=0.01)


def test_space_outside_every_district():
    level = spaces(s05=box(1000, 1000, 1100, 1100))
    findings = b.check_nesting(level, districts())
    assert summary(findings) == [("not_nested", ("05",))]
    assert findings[0].area_m2 == pytest.approx(10_000, rel=0.01)


def test_duplicate_and_missing_keys():
    keys = quarters().keys
    keys[1] = "0101"
    keys[2] = None
    findings = b.check_keys(quarters(keys=keys))
    assert summary(findings) == [("duplicate_key", ("0101",)), ("missing_key", ("fid 2",))]
    duplicate = next(f for f in findings if f.type == "duplicate_key")
    assert duplicate.params["count"] == 2
    assert len(shapely.get_parts(duplicate.location)) == 2
    # "01" and 1 are the same key once normalised.
    assert summary(b.check_keys(Level("s", [box(0, 0, 1, 1)] * 2, ["01", 1]))) == [("duplicate_key", ("01",))]


def test_table_keys_against_polygons():
    table = KeyTable("indicators.csv", "spaces", ["01", "2", "03", "99", None])
    findings = b.check_table_keys(spaces(), table)
    assert summary(findings) == [("key_without_polygon", ("99",)), ("polygon_without_key", ("04",))]
    report = b.check_boundaries(spaces(), tables=[table])
    assert report.summary == {"key_without_polygon": 1, "polygon_without_key": 1}


def test_full_run_summary_progress_and_cancel():
    parents = [k[:2] for k in quarters().keys]
    parents[0] = "02"
    progress = []
    report = b.check_boundaries(
        spaces(s01=box(0, 0, 200, 110)), quarters(parents=parents), districts(), progress=progress.append
    )
    assert report.summary == {"overlap": 1, "parent_mismatch": 1}
    assert progress[-1] == pytest.approx(100)
    frame = report.to_frame()
    assert list(frame["type"]) == [f.type for f in report.findings]
    calls = []
    stopped = b.check_boundaries(
        spaces(s01=box(0, 0, 200, 110)), is_cancelled=lambda: calls.append(1) or True
    )
    assert len(calls) == 1 and stopped.findings == []


def test_no_worker_thread_outlives_a_check():
    """The coverage passes run on threads of their own check; none stays behind (plugin unload)."""
    import threading

    report = b.check_boundaries(
        spaces(s01=box(0, 0, 200, 110)), quarters(), districts(), BoundaryOptions(use_coverage=True)
    )
    assert report.summary["overlap"] == 1
    workers = [t for t in threading.enumerate() if t.name.startswith("aktionsraeume-coverage")]
    for thread in workers:
        thread.join(timeout=10)
    assert not [t.name for t in workers if t.is_alive()]


def test_fallback_is_used_when_coverage_functions_are_missing(monkeypatch):
    monkeypatch.delattr(shapely, "coverage_invalid_edges")
    assert not b.coverage_functions_available()
    findings = b.check_tiling(spaces(s01=box(0, 0, 200, 110)))
    assert summary(findings) == [("overlap", ("01", "02"))]
    with pytest.raises(RuntimeError, match="coverage"):
        b.check_tiling(spaces(), BoundaryOptions(use_coverage=True))


def test_every_type_has_a_severity_and_wording():
    assert {f"boundary.{code}" for code in b.FINDING_TYPES} <= set(TEMPLATES)
    assert {"error", "warning", "info"} == set(b.FINDING_TYPES.values())
