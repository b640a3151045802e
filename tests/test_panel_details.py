"""Smaller panel details (issue 14, item 10): dialogs start in the project's folder, row clicks zoom with a
margin, stale messages go, areas without data get a class of their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsSettings
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from aktionsraeume_plugin.core.folders import choose_start_folder
from aktionsraeume_plugin.services.dialog_folders import SETTINGS_PREFIX, remember_folder, start_folder
from aktionsraeume_plugin.ui.dock import AktionsraeumePanel


@pytest.fixture()
def settings_kept():
    """The panel's remembered folders are restored after the test."""
    settings = QgsSettings()
    keys = [key for key in settings.allKeys() if key.startswith(SETTINGS_PREFIX)]
    saved = {key: settings.value(key) for key in keys}
    yield
    for key in settings.allKeys():
        if key.startswith(SETTINGS_PREFIX) and key not in saved:
            settings.remove(key)
    for key, value in saved.items():
        settings.setValue(key, value)


def test_the_start_folder_rule(tmp_path):
    home, project, inside, outside = (tmp_path / n for n in ("home", "projekt", "projekt/tabellen", "anders"))
    for folder in (home, inside, outside):
        folder.mkdir(parents=True)
    assert choose_start_folder(None, project, home) == project
    assert choose_start_folder(inside, project, home) == inside  # a subfolder of this project
    assert choose_start_folder(outside, project, home) == project  # another project's folder
    assert choose_start_folder(outside, None, home) == outside  # a project without a file
    assert choose_start_folder(tmp_path / "weg", None, home) == home  # gone
    assert choose_start_folder(None, None, home) == home


def test_file_dialogs_start_in_the_projects_folder(qgis_iface, tmp_path, settings_kept):
    project = QgsProject.instance()
    project.clear()
    elsewhere = tmp_path / "anderswo"
    elsewhere.mkdir()
    remember_folder("lastTableFolder", elsewhere)
    remember_folder("lastExportFolder", elsewhere)
    panel = AktionsraeumePanel(qgis_iface)
    try:
        # a project without a file: the last used folder
        assert start_folder("lastTableFolder") == elsewhere
        assert Path(panel.indicators.file.defaultRoot()) == elsewhere
        folder = tmp_path / "projekt"
        folder.mkdir()
        assert project.write(str(folder / "stadt.qgz"))
        # saved: every dialog starts beside the project, the save paths point there
        assert start_folder("lastTableFolder") == folder.resolve()
        assert Path(panel.indicators.file.defaultRoot()) == folder.resolve()
        assert Path(panel.assessment.catalogue_file.defaultRoot()) == folder.resolve()
        assert Path(panel.development.earlier.file.defaultRoot()) == folder.resolve()
        assert Path(panel.development.catalogue_file.defaultRoot()) == folder.resolve()
        assert Path(panel.export.path.filePath()) == folder.resolve() / "aktionsraeume-karte.pdf"
        assert Path(panel.profiles.path.filePath()).parent == folder.resolve()
        assert panel.proposals.start_folder("lastScenarioFolder") == folder.resolve()
        # a subfolder used in this project is remembered
        tables = folder / "tabellen"
        tables.mkdir()
        remember_folder("lastTableFolder", tables)
        assert start_folder("lastTableFolder") == tables
        # a path the user chose elsewhere stays when the project moves
        panel.export.path.setFilePath(str(elsewhere / "karte.pdf"))
        other = tmp_path / "kopie"
        other.mkdir()
        assert project.write(str(other / "stadt.qgz"))
        assert Path(panel.export.path.filePath()) == elsewhere / "karte.pdf"
        assert Path(panel.profiles.path.filePath()).parent == other.resolve()
    finally:
        panel.controller.disconnect_project()
        project.clear()


def test_a_failed_step_and_a_new_project_leave_no_stale_messages(qgis_iface, tmp_path, monkeypatch):
    bar = QgsMessageBar()  # QGIS's own message bar, to see what stays in it
    monkeypatch.setattr(qgis_iface, "messageBar", lambda: bar)
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "projekt.qgz"))
    panel = AktionsraeumePanel(qgis_iface)
    try:
        areas = panel.areas
        QTest.mouseClick(areas.load_sample_button, Qt.MouseButton.LeftButton)
        assert "Dortmund 2020" in areas.message.text()
        areas.spaces.key.setField("")  # the next step fails
        QTest.mouseClick(areas.apply_button, Qt.MouseButton.LeftButton)
        assert areas.message.text() == ""  # no longer "… loaded" beside the failure
        assert len(bar.items()) == 1 and "Choose the Sozialraum layer" in bar.items()[0].text()
        panel.export.message.setText("Map exported to somewhere")
        project.clear()  # Project ▸ New
        assert bar.items() == []
        assert areas.message.text() == "" and panel.export.message.text() == ""
    finally:
        panel.controller.disconnect_project()
        project.clear()


def test_areas_without_data_are_a_grey_hatched_class_in_the_exported_map_and_its_legend(
    qgis_app, tmp_path, qgis_locale
):
    from qgis.core import (
        QgsFeature,
        QgsGeometry,
        QgsLayoutExporter,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsRectangle,
        QgsUnitTypes,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtGui import QImage

    from aktionsraeume_plugin.services.indicator_styling import (
        apply_diverging_renderer,
        has_no_data_class,
        renderer_ranges,
    )

    qgis_locale("de")
    project = QgsProject.instance()
    project.clear()
    # three quarters in a row; the middle one is under the minimum population: no value
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832&field=nr:string&field=v:double", "Quartiere", "memory")
    features = []
    for number, value in enumerate((10.0, None, 30.0)):
        feature = QgsFeature(layer.fields())
        x = 380_000 + 1000 * number
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, 5_700_000, x + 1000, 5_703_000)))
        feature.setAttributes([str(number), value])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    project.addMapLayer(layer)
    apply_diverging_renderer(layer, "v", 20.0, higher_is_worse=True)
    assert has_no_data_class(layer)
    assert len(renderer_ranges(layer)) == 7  # the classes of values are unchanged

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(
        QgsLayoutSize(150, 100, QgsUnitTypes.LayoutUnit.LayoutMillimeters)
    )
    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(0, 0, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(100, 100, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    map_item.setLayers([layer])
    map_item.setExtent(QgsRectangle(380_000, 5_700_000, 383_000, 5_703_000))
    layout.addLayoutItem(map_item)
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.attemptMove(QgsLayoutPoint(102, 0, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(legend)
    legend.updateLegend()
    texts = [
        node.data(Qt.ItemDataRole.DisplayRole)
        for node in legend.model().layerLegendNodes(legend.model().rootGroup().findLayer(layer))
    ]
    assert texts[-1] == "keine Daten", texts

    png = tmp_path / "karte.png"
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 100
    assert (
        QgsLayoutExporter(layout).exportToImage(str(png), settings) == QgsLayoutExporter.ExportResult.Success
    )
    image = QImage(str(png))
    px_per_mm = 100 / 25.4

    def colour_at(mm_x: float, mm_y: float):
        x, y = round(mm_x * px_per_mm), round(mm_y * px_per_mm)
        colours = [image.pixelColor(x + dx, y) for dx in range(-12, 13)]  # a short row of pixels
        return [(c.red(), c.green(), c.blue()) for c in colours]

    middle = colour_at(50, 50)  # the centre of the quarter without a value: grey, hatched; no hole
    assert all(abs(r - g) < 8 and abs(g - b) < 8 for r, g, b in middle), middle
    assert all(r < 235 for r, _g, _b in middle), middle  # not the white page showing through
    assert len({r // 40 for r, _g, _b in middle}) > 1, middle  # light fill and dark hatch lines
    left = colour_at(16, 50)  # a quarter with a value keeps its class colour (blue: better)
    assert all(b > r for r, _g, b in left), left


def test_a_collapsed_state_stored_by_an_earlier_version_never_hides_a_step(qgis_iface, settings_kept):
    """The steps are pages without a collapse button now: a "collapsed" stored when they were collapsible
    sections (QGIS keeps it per window and object name) must not fold a page away for good."""
    settings = QgsSettings()
    keys = [
        f"QgsCollapsibleGroupBox/{window}/AssessmentSection/collapsed"
        for window in ("AktionsraeumePanel", "QgisApp")
    ]
    for key in keys:
        settings.setValue(key, True)
    project = QgsProject.instance()
    project.clear()
    panel = AktionsraeumePanel(qgis_iface)
    try:
        panel.show()
        panel.steps.setCurrentIndex(panel.sections().index(panel.assessment))  # its page is shown
        assert panel.assessment.isVisible()
        assert panel.assessment.window().objectName() == "AktionsraeumePanel"
        assert not panel.assessment.isCollapsed()
        assert [s.objectName() for s in panel.sections()][:3] == [
            "AreasSection",
            "IndicatorsSection",
            "AssessmentSection",
        ]
    finally:
        panel.hide()
        panel.controller.disconnect_project()
        for key in keys:
            settings.remove(key)
        project.clear()
