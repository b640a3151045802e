"""The Boundary check section driven through its widgets in QGIS: findings listed, layered, zoomable."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from aktionsraeume_plugin.services.result_storage import results_path
from aktionsraeume_plugin.services.status_layers import AreaLevel, AreaLevels
from aktionsraeume_plugin.ui.dock import AktionsraeumePanel

from .test_panel_assessment import with_margin


@pytest.fixture()
def sample_panel(qgis_iface, tmp_path):
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "projekt.qgz"))
    panel = AktionsraeumePanel(qgis_iface)
    panel.resize(350, 900)
    QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
    yield panel
    panel.controller.wait_for_tasks()
    panel.controller.disconnect_project()
    project.clear()


def run_check(panel) -> None:
    button = panel.boundaries.check_button
    assert button.isEnabled()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    panel.controller.wait_for_tasks()


def test_the_sample_has_no_findings(sample_panel):
    panel = sample_panel
    run_check(panel)
    section = panel.boundaries
    assert section.report is not None and section.report.findings == []
    assert section.findings.topLevelItemCount() == 0
    assert section.summary.text().startswith("No problems found.\nAreas and lengths in ground metres")
    assert len(section.findings_layers) == 2
    for layer in section.findings_layers:
        assert layer.isValid() and layer.featureCount() == 0
        assert layer.source().startswith(str(results_path(panel.controller)))
        assert QgsProject.instance().mapLayer(layer.id()) is layer


def changed_spaces(panel, name: str, change) -> QgsVectorLayer:
    """The sample's Sozialräume in memory (added to the project), Sozialraum 0102 through ``change``."""
    source = panel.controller.levels.spaces.layer
    layer = QgsVectorLayer(f"MultiPolygon?crs={source.crs().authid()}", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes(source.fields().toList())
    layer.updateFields()
    features = []
    for feature in source.getFeatures():
        copy = QgsFeature(layer.fields())
        copy.setAttributes(feature.attributes())
        geometry = QgsGeometry(feature.geometry())
        if feature["sozialraum_nr"] == "0102":
            geometry = change(geometry)
        copy.setGeometry(geometry)
        features.append(copy)
    assert provider.addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def broken_spaces(panel) -> QgsVectorLayer:
    """The sample's Sozialräume in memory, one of them grown by 300 m into its neighbours."""

    def grown(geometry: QgsGeometry) -> QgsGeometry:
        geometry = geometry.buffer(300, 8)
        geometry.convertToMultiType()
        return geometry

    return changed_spaces(panel, "Sozialräume kaputt", grown)


def doubled_back(geometry: QgsGeometry) -> QgsGeometry:
    """The first edge of the polygon runs to its end, back to its middle and out again: invalid, no area."""
    polygons = geometry.asMultiPolygon()
    ring = polygons[0][0]
    middle = QgsPointXY((ring[0].x() + ring[1].x()) / 2, (ring[0].y() + ring[1].y()) / 2)
    polygons[0][0] = [ring[0], ring[1], middle, *ring[1:]]
    return QgsGeometry.fromMultiPolygonXY(polygons)


def test_a_broken_layer_gives_findings_that_can_be_zoomed_to(sample_panel):
    panel = sample_panel
    layer = broken_spaces(panel)
    panel.controller.set_levels(AreaLevels(AreaLevel(layer, "sozialraum_nr", "sozialraum_name")))
    panel.boundaries.tolerance.setValue(10.0)
    run_check(panel)
    section = panel.boundaries
    findings = section.report.findings
    overlaps = [f for f in findings if f.type == "overlap"]
    assert overlaps and all("0102" in f.keys for f in overlaps)
    assert section.findings.topLevelItemCount() == len(findings)
    assert section.summary.text().startswith(f"{len(findings)} findings:")
    assert section.findings_layers[1].featureCount() == len(findings)  # one point per finding

    row = next(n for n, f in enumerate(findings) if f.type == "overlap")
    item = section.findings.topLevelItem(row)
    assert item.text(0) == "Overlap" and "0102" in item.text(1)
    canvas = panel.controller.iface.mapCanvas()
    canvas.setExtent(layer.extent())
    section.findings.setCurrentItem(item)
    geometry = section.finding_geometry(item)
    extent = canvas.extent()
    assert extent.contains(with_margin(geometry.boundingBox(), 0.25))  # the finding with room around it
    centre = geometry.boundingBox().center()
    assert extent.center().distance(centre) < 1.0  # centred on the finding
    assert extent.area() < layer.extent().area() / 3  # zoomed in, not the whole city

    # a second run replaces the findings layers instead of piling them up
    run_check(panel)
    names = [lyr.name() for lyr in QgsProject.instance().mapLayers().values()]
    assert names.count("Boundary findings") == 1


def test_the_check_reprojects_with_the_projects_datum_transformations(sample_panel):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext

    from .test_boundaries_qgis import reprojected
    from .test_global_state import SHIFTED, WEB_MERCATOR

    panel = sample_panel
    levels = panel.controller.levels
    quarters = reprojected(levels.quarters.layer, WEB_MERCATOR)
    QgsProject.instance().addMapLayer(quarters)
    panel.controller.set_levels(
        AreaLevels(
            AreaLevel(levels.spaces.layer, "sozialraum_nr", "sozialraum_name"),
            AreaLevel(quarters, "quartier_nr", "quartier_name", "sozialraum_nr"),
        )
    )
    run_check(panel)
    assert [f.type for f in panel.boundaries.report.findings] == ["crs_reprojected"]
    # The project's own datum transformation (1 km east) decides how the quarters are reprojected.
    context = QgsCoordinateTransformContext()
    assert context.addCoordinateOperation(WEB_MERCATOR, QgsCoordinateReferenceSystem("EPSG:25832"), SHIFTED)
    QgsProject.instance().setTransformContext(context)
    try:
        run_check(panel)
        assert len(panel.boundaries.report.findings) > 1
    finally:
        QgsProject.instance().setTransformContext(QgsCoordinateTransformContext())


def test_invalid_polygons_are_repaired_into_a_new_layer_and_checked_again(sample_panel):
    panel = sample_panel
    layer = changed_spaces(panel, "Sozialräume ungültig", doubled_back)
    before = [f.geometry().asWkt() for f in layer.getFeatures()]
    panel.controller.set_levels(AreaLevels(AreaLevel(layer, "sozialraum_nr", "sozialraum_name")))
    section = panel.boundaries
    assert not section.repair_button.isEnabled()
    run_check(panel)
    assert [f.keys for f in section.report.findings if f.type == "invalid_geometry"] == [("0102",)]
    assert section.repair_button.isEnabled()

    errors = []
    panel.controller.show_error = lambda title, error: errors.append(f"{title}: {error}")
    QTest.mouseClick(section.repair_button, Qt.MouseButton.LeftButton)
    panel.controller.wait_for_tasks()
    assert errors == []
    repaired = panel.controller.levels.spaces.layer
    assert repaired is not layer and repaired.name() == "Sozialräume ungültig (repaired)"
    assert repaired.source().startswith(str(results_path(panel.controller)))
    assert QgsProject.instance().mapLayer(repaired.id()) is repaired
    assert section.report is not None and section.report.findings == []
    assert not section.repair_button.isEnabled()
    assert (
        "1 of " in section.repair_summary.text() and "0 invalid afterwards" in section.repair_summary.text()
    )
    assert "0102:" in section.repair_summary.text()
    assert [f.geometry().asWkt() for f in layer.getFeatures()] == before  # the source is unchanged
