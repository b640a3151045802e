"""Boundary checks in QGIS measured in true ground metres whatever the CRS; the minimal Processing
call; repair with QGIS's Fix geometries."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pandas as pd
import pytest
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsVectorLayer,
)

from aktionsraeume_plugin.services import boundary_service as service
from aktionsraeume_plugin.services.boundary_service import LevelSource
from aktionsraeume_plugin.services.layers import frame_to_memory_layer

from .test_boundaries_qgis import reprojected
from .test_boundaries_robust import jagged_tessellation

X0, Y0 = 390_000.0, 5_710_000.0  # Dortmund in EPSG:25832
ETRS = QgsCoordinateReferenceSystem("EPSG:25832")
# A transverse Mercator that is no EPSG code: Bessel ellipsoid, 2,500,000 m false easting (like
# Gauss-Krüger zone 2), central meridian 7.5° E, scale 0.9999 (so no EPSG code matches it).
CUSTOM_TM = QgsCoordinateReferenceSystem.fromProj(
    "+proj=tmerc +lat_0=0 +lon_0=7.5 +k=0.9999 +x_0=2500000 +y_0=0 +ellps=bessel "
    "+towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs"
)


def feature_hash(layer: QgsVectorLayer) -> str:
    digest = hashlib.sha256()
    for feature in layer.getFeatures():
        digest.update(repr((feature.id(), feature.attributes(), feature.geometry().asWkt(17))).encode())
    return digest.hexdigest()


def summary(report):
    return sorted((f.type, f.keys) for f in report.findings)


def squares(overlap_m: float) -> pd.DataFrame:
    """Two 100 × 100 m squares side by side; the left one reaches ``overlap_m`` m into the right one."""
    return pd.DataFrame(
        {
            "nr": ["1", "2"],
            "geometry": [
                shapely.box(X0, Y0, X0 + 100 + overlap_m, Y0 + 100),
                shapely.box(X0 + 100, Y0, X0 + 200, Y0 + 100),
            ],
        }
    )


def test_web_mercator_areas_and_tolerance_are_ground_metres(qgis_app, qgis_locale):
    qgis_locale("en")
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    layer = reprojected(frame_to_memory_layer(squares(10), ETRS, "s"), mercator)  # 1,000 m² overlap
    before = feature_hash(layer)
    assert service.area_factor(mercator, layer.extent()) == pytest.approx(2.58, rel=0.02)
    result = service.check_layers(LevelSource(layer, "nr"))
    assert summary(result.report) == [("distorted_crs", ()), ("overlap", ("1", "2"))]
    overlap = next(f for f in result.report.findings if f.type == "overlap")
    assert overlap.area_m2 == pytest.approx(1000, rel=0.01)  # not 2,580
    warning = result.report.findings[0]
    message = service.translated_message(warning)
    assert warning.severity == "warning" and "EPSG:3857" in message and "EPSG:32632" in message
    assert "1 m² on the ground is 2.5" in message
    assert result.points.crs().authid() == "EPSG:32632"
    assert result.report.measurement == (
        "Areas and lengths in ground metres, measured in EPSG:32632 (the UTM zone of the area), not in "
        "the layer's CRS EPSG:3857."
    )
    assert result.report.measurement in service.summary_text(result.report)
    # The tolerance is in ground m² too: 600 m² on the ground (1,550 m² in Web Mercator) stay below 1,000.
    small = reprojected(frame_to_memory_layer(squares(6), ETRS, "s"), mercator)
    options = service.BoundaryOptions(area_tolerance=1000)
    assert summary(service.check_layers(LevelSource(small, "nr"), options=options).report) == [
        ("distorted_crs", ())
    ]
    assert feature_hash(layer) == before


def test_a_ground_true_crs_is_kept_and_named(qgis_app):
    result = service.check_layers(LevelSource(frame_to_memory_layer(squares(10), ETRS, "s"), "nr"))
    assert summary(result.report) == [("overlap", ("1", "2"))]
    assert result.report.findings[0].area_m2 == pytest.approx(1000, rel=0.001)
    assert result.points.crs().authid() == "EPSG:25832"
    assert result.report.measurement.startswith(
        "Areas and lengths in ground metres, measured in the layer's CRS EPSG:25832 (it deviates from "
        "true ground areas by 0.0"
    )


def test_custom_transverse_mercator_with_near_coincident_vertices(qgis_app):
    """Large false easting, neighbours digitised independently (vertices 1e-9 m apart), planted defects."""
    geoms, keys = jagged_tessellation(seed=11, n=10, size=150.0)
    offset = np.array([2_570_000.0 - 2_512_345.678, 5_710_000.0 - 5_712_345.678])  # Dortmund in this CRS
    geoms = [shapely.transform(g, lambda xy: xy + offset) for g in geoms]
    i = keys.index("0405")
    geoms[i] = shapely.union(
        geoms[i], shapely.buffer(geoms[keys.index("0406")].centroid, 17.84, quad_segs=32)
    )
    j = keys.index("0707")
    hole = shapely.buffer(geoms[j].centroid, 10.0, quad_segs=32)  # 314 m² hole in 0707
    geoms[j] = shapely.difference(geoms[j], hole)
    layer = frame_to_memory_layer(pd.DataFrame({"nr": keys, "geometry": geoms}), CUSTOM_TM, "custom")
    assert layer.crs().isValid() and not layer.crs().authid().startswith("EPSG")
    before = feature_hash(layer)
    result = service.check_layers(LevelSource(layer, "nr"))
    assert summary(result.report) == [("hole", ("0707",)), ("overlap", ("0405", "0406"))]
    areas = {f.type: f.area_m2 for f in result.report.findings}
    assert areas["overlap"] == pytest.approx(np.pi * 17.84**2, rel=0.01)
    assert areas["hole"] == pytest.approx(np.pi * 100, rel=0.01)
    assert "measured in the layer's CRS" in result.report.measurement  # ground-true: not reprojected
    assert feature_hash(layer) == before


def test_processing_with_the_documented_minimal_parameters(qgis_processing, aktionsraeume_provider):
    import processing
    from qgis.core import QgsApplication

    layer = frame_to_memory_layer(squares(10), ETRS, "s")
    before = feature_hash(layer)
    result = processing.run(
        "aktionsraeume:checkboundaries", {"SPACES": layer, "SPACES_KEY": "nr", "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    assert result["FINDINGS"] == 1
    assert [(f["type"], f["keys"]) for f in result["OUTPUT"].getFeatures()] == [("overlap", "1, 2")]
    assert not result.get("OUTPUT_AREAS")
    assert feature_hash(layer) == before
    algorithm = QgsApplication.processingRegistry().algorithmById("aktionsraeume:checkboundaries")
    help_text = algorithm.shortHelpString()
    assert "Boundary findings (OUTPUT)" in help_text and "Boundary finding areas (OUTPUT_AREAS)" in help_text
    assert (
        algorithm.parameterDefinition("OUTPUT_AREAS").flags()
        & algorithm.parameterDefinition("OUTPUT_AREAS").Flag.FlagOptional
    )


def test_repair_with_qgis_fix_geometries_reports_each_change(qgis_processing, qgis_locale):
    qgis_locale("en_US")  # numbers in the report follow the locale
    spike = shapely.Polygon(
        [(X0 + 100, Y0), (X0 + 200, Y0), (X0 + 200, Y0 + 100), (X0 + 150, Y0 + 100), (X0 + 150, Y0 + 50),
         (X0 + 150, Y0 + 100), (X0 + 100, Y0 + 100)]
    )  # fmt: skip
    bow_tie = shapely.Polygon(
        [(X0, Y0), (X0 + 100, Y0 + 100), (X0 + 100, Y0), (X0, Y0 + 100)]
    )  # 2 × 2,500 m²
    frame = pd.DataFrame(
        {"nr": ["1", "2", "3"], "geometry": [bow_tie, spike, shapely.box(X0, Y0 + 100, X0 + 200, Y0 + 200)]}
    )
    layer = frame_to_memory_layer(frame, ETRS, "Sozialräume")
    before = feature_hash(layer)
    checked = service.check_layers(LevelSource(layer, "nr"))
    assert {f.keys for f in checked.report.findings if f.type == "invalid_geometry"} == {("1",), ("2",)}
    repair = service.repair_geometries(layer, "nr")
    assert feature_hash(layer) == before
    assert repair.layer.name() == "Sozialräume (repaired)" and repair.layer.featureCount() == 3
    assert repair.invalid_after == 0 and repair.feature_count == 3
    changes = repair.changes.set_index("key")
    assert list(changes.index) == ["1", "2"]  # the valid square is unchanged
    assert not changes["valid_before"].any()
    assert changes.loc["1", "area_before_m2"] == pytest.approx(0, abs=1e-6)  # a bow-tie's areas cancel
    assert changes.loc["1", "area_after_m2"] == pytest.approx(5000, rel=0.01)
    assert changes.loc["1", "difference_m2"] == pytest.approx(5000, rel=0.01)
    assert changes.loc["2", "difference_m2"] == pytest.approx(0, abs=0.01)  # the spike has no area
    text = service.repair_summary(repair)
    assert "2 of 3 features changed, 0 invalid afterwards" in text
    assert "  1: 0.0 m² → 5,000.0 m² (+5,000.0 m²)" in text
    qgis_locale("de_DE")
    assert "  1: 0,0 m² → 5.000,0 m² (+5.000,0 m²)" in service.repair_summary(repair)
    again = service.check_layers(LevelSource(repair.layer, "nr"))
    assert not [f for f in again.report.findings if f.type == "invalid_geometry"]


def test_repair_as_a_processing_algorithm(tmp_path, qgis_processing, aktionsraeume_provider):
    import processing

    bow_tie = shapely.Polygon([(X0, Y0), (X0 + 100, Y0 + 100), (X0 + 100, Y0), (X0, Y0 + 100)])
    frame = pd.DataFrame(
        {"nr": ["1", "2"], "geometry": [bow_tie, shapely.box(X0, Y0 + 100, X0 + 100, Y0 + 200)]}
    )
    layer = frame_to_memory_layer(frame, ETRS, "Sozialräume")
    before = feature_hash(layer)
    output = tmp_path / "repaired.gpkg"
    result = processing.run(
        "aktionsraeume:repairboundaries", {"INPUT": layer, "INPUT_KEY": "nr", "OUTPUT": str(output)}
    )
    assert result["CHANGED"] == 1 and result["INVALID_AFTER"] == 0
    repaired = QgsVectorLayer(result["OUTPUT"], "repaired", "ogr")
    assert repaired.isValid() and repaired.featureCount() == 2
    assert all(f.geometry().isGeosValid() for f in repaired.getFeatures())
    assert feature_hash(layer) == before


def test_latin1_text_in_a_projected_file_is_no_traceback(tmp_path, qgis_app):
    """A GeoJSON written in Latin-1 (like Dortmund's) in EPSG:25832, its names as the key field."""
    path = tmp_path / "latin1.geojson"
    features = [
        {
            "type": "Feature",
            "properties": {"name": name},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[x, Y0], [x + 100, Y0], [x + 100, Y0 + 100], [x, Y0 + 100], [x, Y0]]],
            },
        }
        for name, x in (("Körne", X0), ("Höchsten", X0 + 100))
    ]
    crs = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}}
    text = json.dumps({"type": "FeatureCollection", "crs": crs, "features": features}, ensure_ascii=False)
    path.write_bytes(text.encode("latin-1"))
    layer = QgsVectorLayer(str(path), "latin1", "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:25832"
    result = service.check_layers(LevelSource(layer, "name"))
    assert result.report.findings == []
    assert path.read_bytes() == text.encode("latin-1")


def test_a_layer_without_crs_is_checked_in_its_own_units(qgis_app):
    layer = frame_to_memory_layer(squares(10), QgsCoordinateReferenceSystem(), "ohne KBS")
    assert not layer.crs().isValid()
    result = service.check_layers(LevelSource(layer, "nr"))
    assert summary(result.report) == [("overlap", ("1", "2"))]
    assert result.report.findings[0].area_m2 == pytest.approx(1000)
    assert result.report.measurement == (
        "The layer has no known CRS: areas and lengths are in its coordinate units, taken as metres."
    )
