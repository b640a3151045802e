"""Dortmund's 170 statistische Unterbezirke as published (tests/data/dortmund-statistikatlas/): real
invalid polygons, QGIS's repair, and the nesting in the 12 Stadtbezirke dissolved from the keys."""

from __future__ import annotations

import hashlib

from qgis.core import QgsVectorLayer

from aktionsraeume_plugin.services import boundary_service as service
from aktionsraeume_plugin.services.boundary_service import LevelSource

from .conftest import DATA_DIR

SOURCE = DATA_DIR / "dortmund-statistikatlas" / "Statist_UnterbezirkePolygon.geojson"
SHA256 = "7878eea3fa5f05818466d6162c997f5c060aa9c328eee652d86c3c12b9eb4f3e"
KEY = "unbeznr"
# Stadtbezirk from the Unterbezirk key (README there): the first digit 1-9; 0 split by the second
# digit into Innenstadt-West (00-03), -Nord (04-06) and -Ost (07-09).
STADTBEZIRK = (
    'CASE WHEN left("unbeznr", 1) <> \'0\' THEN left("unbeznr", 1) '
    "WHEN substr(\"unbeznr\", 2, 1) IN ('0', '1', '2', '3') THEN '0W' "
    "WHEN substr(\"unbeznr\", 2, 1) IN ('4', '5', '6') THEN '0N' ELSE '0O' END"
)


def open_unterbezirke() -> QgsVectorLayer:
    """The layer, opened in the test itself: a GeoJSON layer kept by a fixture outlives QGIS and crashes
    the interpreter at exit."""
    layer = QgsVectorLayer(str(SOURCE), "Unterbezirke", "ogr")
    assert layer.isValid() and layer.featureCount() == 170
    return layer


def test_the_published_file_is_kept_byte_for_byte():
    assert hashlib.sha256(SOURCE.read_bytes()).hexdigest() == SHA256


def test_58_invalid_unterbezirke_each_located_and_explained(qgis_app):
    result = service.check_layers(LevelSource(open_unterbezirke(), KEY))
    report = result.report
    invalid = [f for f in report.findings if f.type == "invalid_geometry"]
    assert len(invalid) == 58 and len({f.keys for f in invalid}) == 58
    for finding in invalid:
        assert finding.params["reason"] in ("Self-intersection", "Ring Self-intersection")
        assert finding.location is not None and finding.location.geom_type == "Point"
    # Nothing else but the CRS warning: no overlaps, gaps or holes above 1 m² in the real boundaries.
    assert report.summary == {"invalid_geometry": 58, "geographic_crs": 1}
    assert result.points.crs().authid() == "EPSG:32632"
    assert "EPSG:32632" in report.measurement
    assert hashlib.sha256(SOURCE.read_bytes()).hexdigest() == SHA256


def test_qgis_repair_leaves_no_invalid_polygon_and_the_nesting_in_stadtbezirke_is_exact(qgis_processing):
    import processing

    repair = service.repair_geometries(open_unterbezirke(), KEY)
    assert repair.invalid_after == 0 and len(repair.changes) == 58
    assert repair.changes["difference_m2"].abs().max() < 1.0  # loops of no area removed
    summary = service.repair_summary(repair)
    assert "58 of 170 features changed, 0 invalid afterwards" in summary
    assert "-0.0 m²" not in summary  # a change below the precision shown is no change
    again = service.check_layers(LevelSource(repair.layer, KEY)).report
    # Fix geometries keeps loops as parts of 0.0-0.9 m²: crumbs within the area tolerance, no slivers.
    assert again.summary == {"geographic_crs": 1}

    keyed = processing.run(
        "native:fieldcalculator",
        {
            "INPUT": repair.layer,
            "FIELD_NAME": "stadtbezirk",
            "FIELD_TYPE": 2,
            "FIELD_LENGTH": 2,
            "FORMULA": STADTBEZIRK,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    districts = processing.run(
        "native:dissolve", {"INPUT": keyed, "FIELD": ["stadtbezirk"], "OUTPUT": "TEMPORARY_OUTPUT"}
    )["OUTPUT"]
    assert districts.featureCount() == 12
    nested = service.check_layers(
        LevelSource(keyed, KEY, "stadtbezirk"), districts=LevelSource(districts, "stadtbezirk")
    ).report
    nesting = {"not_nested", "parent_mismatch", "parent_not_covered", "missing_key"}
    assert [service.translated_message(f) for f in nested.findings if f.type in nesting] == []
    assert hashlib.sha256(SOURCE.read_bytes()).hexdigest() == SHA256
