"""Boundary checks on real QGIS layers: the service (read, compute, apply) and the Processing algorithm."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest
import shapely
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from aktionsraeume_plugin.core.boundaries import BoundaryOptions
from aktionsraeume_plugin.paths import SAMPLE_DIR
from aktionsraeume_plugin.services import boundary_service as service
from aktionsraeume_plugin.services.boundary_service import LevelSource
from aktionsraeume_plugin.services.layers import frame_to_memory_layer, open_gpkg_layer, write_layers_to_gpkg

X0, Y0 = 390_000.0, 5_710_000.0  # somewhere in Dortmund, EPSG:25832
ETRS = QgsCoordinateReferenceSystem("EPSG:25832")


def box(x0, y0, x1, y1):
    return shapely.box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def spaces_frame(**change) -> pd.DataFrame:
    geoms = {
        "01": box(0, 0, 200, 100),
        "02": box(0, 100, 200, 200),
        "03": box(200, 0, 400, 100),
        "04": box(200, 100, 400, 200),
    }
    geoms.update(change)
    return pd.DataFrame(
        {
            "sozialraum_nr": list(geoms),
            "bezirk_nr": ["1" if k in ("01", "02") else "2" for k in geoms],
            "geometry": list(geoms.values()),
        }
    )


def quarters_frame(parent_change=None) -> pd.DataFrame:
    rows = []
    for space, (x0, y0) in {"01": (0, 0), "02": (0, 100), "03": (200, 0), "04": (200, 100)}.items():
        rows.append((space + "01", space, box(x0, y0, x0 + 100, y0 + 100)))
        rows.append((space + "02", space, box(x0 + 100, y0, x0 + 200, y0 + 100)))
    frame = pd.DataFrame(rows, columns=["quartier_nr", "sozialraum_nr", "geometry"])
    for key, parent in (parent_change or {}).items():
        frame.loc[frame["quartier_nr"] == key, "sozialraum_nr"] = parent
    return frame


def districts_frame() -> pd.DataFrame:
    return pd.DataFrame({"bezirk_nr": ["1", "2"], "geometry": [box(0, 0, 200, 200), box(200, 0, 400, 200)]})


def memory(frame, name, crs=ETRS) -> QgsVectorLayer:
    layer = frame_to_memory_layer(frame, ETRS, name)
    if crs != ETRS:
        layer = reprojected(layer, crs)
    return layer


def reprojected(layer: QgsVectorLayer, crs) -> QgsVectorLayer:
    """A copy of ``layer`` in ``crs`` (memory)."""
    transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
    copy = QgsVectorLayer(f"MultiPolygon?crs={crs.authid()}", layer.name(), "memory")
    copy.dataProvider().addAttributes(layer.fields().toList())
    copy.updateFields()
    features = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        geometry.transform(transform)
        feature.setGeometry(geometry)
        features.append(feature)
    copy.dataProvider().addFeatures(features)
    return copy


def feature_hash(layer: QgsVectorLayer) -> str:
    digest = hashlib.sha256()
    for feature in layer.getFeatures():
        digest.update(repr((feature.id(), feature.attributes(), feature.geometry().asWkt())).encode())
    return digest.hexdigest()


def findings(result) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((f.type, f.keys) for f in result.report.findings)


@pytest.fixture()
def gpkg_levels(tmp_path, qgis_app):
    """The clean tiling as a GeoPackage with three tables, and the layers opened from it."""
    path = tmp_path / "levels.gpkg"
    write_layers_to_gpkg(
        [
            (memory(spaces_frame(), "s"), "sozialraeume"),
            (memory(quarters_frame({"0101": "02"}), "q"), "quartiere"),  # one wrong parent key
            (memory(districts_frame(), "d"), "stadtbezirke"),
        ],
        path,
    )
    return path, {t: open_gpkg_layer(path, t) for t in ("sozialraeume", "quartiere", "stadtbezirke")}


def test_clean_memory_layers_give_no_findings(qgis_app):
    result = service.check_layers(
        LevelSource(memory(spaces_frame(), "s"), "sozialraum_nr", "bezirk_nr"),
        LevelSource(memory(quarters_frame(), "q"), "quartier_nr", "sozialraum_nr"),
        LevelSource(memory(districts_frame(), "d"), "bezirk_nr"),
    )
    assert result.report.findings == []
    assert result.points.featureCount() == 0 and result.areas.featureCount() == 0
    assert service.summary_text(result.report).startswith(
        "No problems found.\nAreas and lengths in ground metres, measured in the layer's CRS EPSG:25832"
    )


def test_gpkg_is_read_through_gdal_and_left_unchanged(gpkg_levels, tmp_path):
    path, layers = gpkg_levels
    before = path.read_bytes()
    hashes = {name: feature_hash(layer) for name, layer in layers.items()}
    frame = service._read_with_ogr(layers["quartiere"], ["quartier_nr", "sozialraum_nr"])
    assert frame is not None and len(frame) == 8  # the fast path was taken
    assert frame["quartier_nr"].tolist()[:2] == ["0101", "0102"]
    output = tmp_path / "findings.gpkg"
    result = service.check_layers(
        LevelSource(layers["sozialraeume"], "sozialraum_nr", "bezirk_nr"),
        LevelSource(layers["quartiere"], "quartier_nr", "sozialraum_nr"),
        LevelSource(layers["stadtbezirke"], "bezirk_nr"),
        path=output,
    )
    assert findings(result) == [("parent_mismatch", ("0101", "02", "01"))]
    assert result.report.findings[0].area_m2 == pytest.approx(10_000, rel=0.01)
    assert path.read_bytes() == before
    assert {name: feature_hash(layer) for name, layer in layers.items()} == hashes
    # The findings GeoPackage holds both layers, styled by type.
    assert result.path == output and result.points.source().startswith(str(output))
    assert result.points.featureCount() == 1 and result.areas.featureCount() == 0
    feature = next(result.points.getFeatures())
    assert feature["type"] == "parent_mismatch" and feature["keys"] == "0101, 02, 01"
    assert feature["severity"] == "error" and "lies in space 01" in feature["message"]
    assert QgsWkbTypes.geometryType(result.points.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    renderer = result.points.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "type"
    assert [c.value() for c in renderer.categories()] == ["parent_mismatch"]
    assert renderer.categories()[0].label() == "Parent key disagrees with geometry (1)"


def test_overlap_gap_and_straddling_quarter_as_located_layers(qgis_app):
    notched = shapely.difference(box(200, 100, 400, 200), box(300, 150, 320, 170))  # 400 m² gap in 04
    spaces_layer = memory(
        spaces_frame(**{"01": box(0, 0, 200, 140), "02": box(0, 140, 200, 200), "04": notched}), "s"
    )
    quarters_layer = memory(quarters_frame(), "q")
    hashes = feature_hash(spaces_layer), feature_hash(quarters_layer)
    result = service.check_layers(
        LevelSource(spaces_layer, "sozialraum_nr"),
        LevelSource(quarters_layer, "quartier_nr", "sozialraum_nr"),
    )
    assert findings(result) == [
        ("hole", ("04",)),
        ("not_nested", ("0201", "02", "01")),
        ("not_nested", ("0202", "02", "01")),
        ("not_nested", ("0402", "04")),  # 400 m² of it lie in the hole of space 04
    ]
    areas = {(f.type, f.keys[0]): f.area_m2 for f in result.report.findings}
    assert areas["hole", "04"] == pytest.approx(400, rel=0.01)
    assert areas["not_nested", "0201"] == pytest.approx(4000, rel=0.01)
    assert areas["not_nested", "0402"] == pytest.approx(400, rel=0.01)
    # Points for every finding; polygons for the ones with an area to fix.
    assert result.points.featureCount() == 4 and result.areas.featureCount() == 4
    gap = next(f for f in result.areas.getFeatures() if f["type"] == "hole")
    assert gap.geometry().area() == pytest.approx(400, rel=0.01)
    assert gap.geometry().boundingBox().xMinimum() == pytest.approx(X0 + 300)
    assert (feature_hash(spaces_layer), feature_hash(quarters_layer)) == hashes


def test_second_crs_is_reprojected_and_reported(qgis_app):
    quarters_layer = memory(quarters_frame(), "q", QgsCoordinateReferenceSystem("EPSG:3857"))
    result = service.check_layers(
        LevelSource(memory(spaces_frame(), "s"), "sozialraum_nr"),
        LevelSource(quarters_layer, "quartier_nr", "sozialraum_nr"),
    )
    assert findings(result) == [("crs_reprojected", ())]
    finding = result.report.findings[0]
    assert finding.level == "quarters" and finding.severity == "info"
    message = service.translated_message(finding)
    assert "EPSG:3857" in message and "EPSG:25832" in message
    assert result.points.crs().authid() == "EPSG:25832"


def test_geographic_crs_is_checked_in_utm_and_warned(qgis_app):
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    spaces_layer = memory(spaces_frame(**{"01": box(0, 0, 200, 110)}), "s", wgs84)
    result = service.check_layers(LevelSource(spaces_layer, "sozialraum_nr"))
    assert findings(result) == [("geographic_crs", ()), ("overlap", ("01", "02"))]
    overlap = next(f for f in result.report.findings if f.type == "overlap")
    assert overlap.area_m2 == pytest.approx(2000, rel=0.01)  # m², not square degrees
    assert result.points.crs().authid() == "EPSG:32632"
    assert next(f for f in result.report.findings if f.type == "geographic_crs").severity == "warning"


def test_missing_field_is_a_clear_error(qgis_app):
    with pytest.raises(service.BoundaryCheckError, match="has no field 'nr'"):
        service.check_layers(LevelSource(memory(spaces_frame(), "Sozialräume"), "nr"))


def test_processing_algorithm(gpkg_levels, tmp_path, qgis_processing, aktionsraeume_provider):
    import processing

    path, layers = gpkg_levels
    before = path.read_bytes()
    result = processing.run(
        "aktionsraeume:checkboundaries",
        {
            "SPACES": layers["sozialraeume"],
            "SPACES_KEY": "sozialraum_nr",
            "SPACES_PARENT": "bezirk_nr",
            "QUARTERS": layers["quartiere"],
            "QUARTERS_KEY": "quartier_nr",
            "QUARTERS_PARENT": "sozialraum_nr",
            "DISTRICTS": layers["stadtbezirke"],
            "DISTRICTS_KEY": "bezirk_nr",
            "TOLERANCE": 1.0,
            "OUTPUT": str(tmp_path / "out.gpkg"),
            "OUTPUT_AREAS": "TEMPORARY_OUTPUT",
        },
    )
    assert result["FINDINGS"] == 1
    output = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    rows = [(f["type"], f["keys"]) for f in output.getFeatures()]
    assert rows == [("parent_mismatch", "0101, 02, 01")]
    assert result["OUTPUT_AREAS"].featureCount() == 0
    assert path.read_bytes() == before


def test_a_missing_key_field_names_the_parameter(gpkg_levels, qgis_processing, aktionsraeume_provider):
    """QGIS checks the parameters before running (Processing dialog, processing.run, qgis_process)."""
    from qgis.core import QgsApplication, QgsProcessingContext

    _, layers = gpkg_levels
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("aktionsraeume:checkboundaries")
    context = QgsProcessingContext()
    parameters = {
        "SPACES": layers["sozialraeume"],
        "SPACES_KEY": "sozialraum_nr",
        "DISTRICTS": layers["stadtbezirke"],
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_AREAS": "TEMPORARY_OUTPUT",
    }
    ok, message = algorithm.checkParameterValues(parameters, context)
    assert not ok
    assert message == (
        "Parameter DISTRICTS_KEY ('District key') is empty: choose the key field of layer 'stadtbezirke'."
    )
    ok, message = algorithm.checkParameterValues({**parameters, "DISTRICTS_KEY": "bezirk_nr"}, context)
    assert ok, message


def test_sample_data_has_no_findings(qgis_processing, aktionsraeume_provider):
    import processing

    sample = SAMPLE_DIR / "dortmund2020.gpkg"
    before = sample.read_bytes()
    layers = {t: open_gpkg_layer(sample, t) for t in ("stadtbezirke", "sozialraeume", "quartiere")}
    result = service.check_layers(
        LevelSource(layers["sozialraeume"], "sozialraum_nr", "bezirk_nr"),
        LevelSource(layers["quartiere"], "quartier_nr", "sozialraum_nr"),
        LevelSource(layers["stadtbezirke"], "bezirk_nr"),
    )
    assert [service.translated_message(f) for f in result.report.findings] == []
    outcome = processing.run(
        "aktionsraeume:checkboundaries",
        {
            "SPACES": layers["sozialraeume"],
            "SPACES_KEY": "sozialraum_nr",
            "SPACES_PARENT": "bezirk_nr",
            "QUARTERS": layers["quartiere"],
            "QUARTERS_KEY": "quartier_nr",
            "QUARTERS_PARENT": "sozialraum_nr",
            "DISTRICTS": layers["stadtbezirke"],
            "DISTRICTS_KEY": "bezirk_nr",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_AREAS": "TEMPORARY_OUTPUT",
        },
    )
    assert outcome["FINDINGS"] == 0 and outcome["OUTPUT"].featureCount() == 0
    assert sample.read_bytes() == before


def test_options_reach_the_core(qgis_app):
    spaces_layer = memory(spaces_frame(**{"05": box(400, 0, 405, 10)}), "s")
    assert findings(service.check_layers(LevelSource(spaces_layer, "sozialraum_nr"))) == [("sliver", ("05",))]
    options = BoundaryOptions(sliver_area=10)
    assert (
        service.check_layers(LevelSource(spaces_layer, "sozialraum_nr"), options=options).report.findings
        == []
    )
