"""Maps of layers in different CRSs: every extent is brought into the map's CRS before it is combined.

The Unterbezirke as published (GeoJSON, EPSG:4326) with the Stadtbezirke of the sample (EPSG:25832):
the exported map shows the city, not an empty frame at a scale of hundreds of kilometres.
"""

from __future__ import annotations

import pytest
import shapely
from qgis.core import (
    QgsCoordinateTransform,
    QgsLayoutItemScaleBar,
    QgsProject,
    QgsVectorLayer,
)

from aktionsraeume_plugin.core.scenario import Baseline, Scenario
from aktionsraeume_plugin.core.status import STATUS_COLOURS, AreaStatus
from aktionsraeume_plugin.services.map_export import MapTexts, ensure_layout, export_layout
from aktionsraeume_plugin.services.sample_project import STATISTIKATLAS_GPKG
from aktionsraeume_plugin.services.status_layers import AreaLevel, AreaLevels, StatusLayers

from .conftest import REPO_DIR
from .map_probe import dominant_colour, map_to_pixel

RAW_UNTERBEZIRKE = (
    REPO_DIR / "tests" / "data" / "dortmund-statistikatlas" / "Statist_UnterbezirkePolygon.geojson"
)
PNG_DPI = 100
CANDIDATE = "710"  # Bövinghausen


@pytest.fixture()
def two_crs_levels(qgis_app):
    spaces = QgsVectorLayer(str(RAW_UNTERBEZIRKE), "Unterbezirke (roh)", "ogr")
    districts = QgsVectorLayer(f"{STATISTIKATLAS_GPKG}|layername=stadtbezirke", "Stadtbezirke", "ogr")
    assert spaces.isValid() and districts.isValid()
    assert spaces.crs().authid() == "EPSG:4326" and districts.crs().authid() == "EPSG:25832"
    return AreaLevels(
        spaces=AreaLevel(spaces, "unbeznr", "bezeichnun"),
        districts=AreaLevel(districts, "bezirk_nr", "bezirk_name"),
    )


def test_map_of_layers_in_two_crss_shows_the_city(two_crs_levels, tmp_path):
    project = QgsProject.instance()
    project.clear()
    scenario = Scenario("Kandidaten", Baseline(action_spaces=(CANDIDATE,)))
    status_layers = StatusLayers.create(two_crs_levels, scenario)
    # owned by the project, so that project.clear() releases them before QGIS exits
    project.addMapLayers([two_crs_levels.spaces.layer, two_crs_levels.districts.layer, status_layers.spaces])
    layout = ensure_layout(project, status_layers, MapTexts("Karte", "", "", "Quelle"), reset=True)
    try:
        map_item = layout.itemById("map")
        # Dortmund is about 20 km across: on A4 a scale of 1:100 000 to 1:250 000, never hundreds of km.
        assert 50_000 <= map_item.scale() <= 300_000, map_item.scale()
        scale_bar = layout.itemById("scalebar")
        assert isinstance(scale_bar, QgsLayoutItemScaleBar)
        assert 0.5 <= scale_bar.unitsPerSegment() <= 5.0, scale_bar.unitsPerSegment()

        png = export_layout(layout, tmp_path / "karte.png", dpi=PNG_DPI)
        feature = next(f for f in status_layers.spaces.getFeatures() if str(f["unbeznr"]) == CANDIDATE)
        area = feature.geometry()
        area.transform(QgsCoordinateTransform(status_layers.spaces.crs(), map_item.crs(), project))
        polygon = shapely.from_wkb(bytes(area.asWkb()))
        colour, share = dominant_colour(png, map_to_pixel(layout, PNG_DPI), polygon, inset=100.0)
        assert colour == STATUS_COLOURS[AreaStatus.REMAINS_ACTION_SPACE], (colour, share)
    finally:
        project.layoutManager().removeLayout(layout)
        project.clear()
