"""Layer guesses (issue 14, item 8): by geometry nesting, key matches and names, never the panel's own
result layers, also for layers added later, and never over a user's choice."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtTest import QTest

from aktionsraeume_plugin.services.result_storage import KIND_PROPERTY
from aktionsraeume_plugin.ui.dock import AktionsraeumePanel


def polygons(name: str, fields: str) -> QgsVectorLayer:
    uri = "Polygon?crs=EPSG:25832" + "".join(f"&field={f}:string" for f in fields.split())
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid()
    return layer


def test_levels_are_guessed_by_key_fields_and_names_also_for_layers_added_later(qgis_iface):
    project = QgsProject.instance()
    project.clear()
    findings = polygons("Grenzbefunde Sozialräume", "sozialraum_nr typ meldung")
    findings.setCustomProperty(KIND_PROPERTY, "boundary_findings")
    quarters = polygons("quartiere", "quartier_nr quartier_name sozialraum_nr")
    spaces = polygons("Gebiete 2024", "sozialraum_nr sozialraum_name bezirk_nr")
    project.addMapLayers([findings, quarters, spaces])
    panel = AktionsraeumePanel(qgis_iface)
    try:
        areas = panel.areas
        assert areas.spaces.layer.currentLayer() is spaces  # by its key field, though named "Gebiete"
        assert areas.quarters.layer.currentLayer() is quarters
        assert areas.spaces.key.currentField() == "sozialraum_nr"
        assert areas.quarters.parent.currentField() == "sozialraum_nr"
        districts = polygons("Stadtbezirke", "bezirk_nr bezirk_name")
        project.addMapLayer(districts)  # added after the panel opened
        QCoreApplication.processEvents()  # guessed once the project has finished adding
        assert areas.districts.layer.currentLayer() is districts
        assert areas.districts.key.currentField() == "bezirk_nr"
        assert areas.spaces.layer.currentLayer() is spaces  # a fitting choice stays
    finally:
        panel.controller.disconnect_project()
        project.clear()


def grid_layer(name: str, fields: list[tuple[str, str]], cells: list[tuple[tuple, tuple]]) -> QgsVectorLayer:
    """A polygon layer of rectangles: ``cells`` are ((x, y, width, height), attribute values) in metres."""
    uri = "Polygon?crs=EPSG:25832" + "".join(f"&field={name}:{kind}" for name, kind in fields)
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for (x, y, width, height), values in cells:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + width, y + height)))
        feature.setAttributes(list(values))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def misleading_city():
    """Four Sozialräume in a layer named "quartiere", their 16 Quartiere in a layer named "Bezirke",
    buildings inside them, a findings layer named "Sozialräume", and two Stadtbezirke named neutrally;
    no field is named after its level."""
    origin = 380_000, 5_700_000
    spaces = grid_layer(
        "quartiere",
        [("nr", "integer"), ("bezeichnung", "string"), ("bezirk", "integer")],
        [
            ((origin[0] + 1000 * i, origin[1] + 1000 * j, 1000, 1000), (1 + i + 2 * j, f"Raum {i}{j}", 1 + i))
            for j in range(2)
            for i in range(2)
        ],
    )
    quarters = grid_layer(
        "Bezirke",
        [("nr", "integer"), ("name", "string"), ("gebiet", "string")],
        [
            (
                (origin[0] + 500 * i, origin[1] + 500 * j, 500, 500),
                (100 + i + 4 * j, f"Quartier {i}{j}", f"{1 + i // 2 + 2 * (j // 2):02d}"),
            )
            for j in range(4)
            for i in range(4)
        ],
    )
    buildings = grid_layer(
        "Gebäude",
        [("id", "integer"), ("name", "string")],
        [((origin[0] + 100 * i + 20, origin[1] + 100 * i + 20, 30, 30), (i, f"Haus {i}")) for i in range(20)],
    )
    findings = grid_layer(
        "Sozialräume",
        [("sozialraum_nr", "string"), ("meldung", "string")],
        [((origin[0] + 990, origin[1] + 990, 20, 20), ("1", "Lücke"))],
    )
    findings.setCustomProperty(KIND_PROPERTY, "boundary_findings")
    districts = grid_layer(
        "Stadtteile",
        [("id", "integer"), ("titel", "string")],
        # the two districts are the columns of the 2 × 2 Sozialräume
        [((origin[0] + 1000 * i, origin[1], 1000, 2000), (1 + i, f"Teil {i}")) for i in range(2)],
    )
    return spaces, quarters, buildings, findings, districts


def choose(combo, layer) -> None:
    """Pick ``layer`` in a layer combo box as a user does (arrow keys until it shows)."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentLayer() is layer:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentLayer() is layer


def test_misleading_names_lose_against_nesting_and_matching_keys(qgis_iface):
    project = QgsProject.instance()
    project.clear()
    spaces, quarters, buildings, findings, districts = misleading_city()
    project.addMapLayers([findings, buildings, quarters, spaces])
    panel = AktionsraeumePanel(qgis_iface)
    try:
        areas = panel.areas
        assert areas.spaces.layer.currentLayer() is spaces  # its 4 features hold the 16 of "Bezirke"
        assert areas.quarters.layer.currentLayer() is quarters
        assert areas.districts.layer.currentLayer() is None  # neither buildings nor findings
        assert areas.spaces.key.currentField() == "nr"  # the values the quarters' "gebiet" holds
        assert areas.spaces.name.currentField() == "bezeichnung"
        assert areas.quarters.key.currentField() == "nr"
        assert areas.quarters.parent.currentField() == "gebiet"
        assert areas.quarters.name.currentField() == "name"

        project.addMapLayer(districts)  # added after the panel opened: guessed, keys filled
        QCoreApplication.processEvents()
        assert areas.districts.layer.currentLayer() is districts
        assert areas.districts.key.currentField() == "id"
        assert areas.districts.name.currentField() == "titel"
        assert areas.spaces.parent.currentField() == "bezirk"
        assert areas.spaces.layer.currentLayer() is spaces
    finally:
        panel.controller.disconnect_project()
        project.clear()


def test_a_users_choice_is_never_overridden_by_later_guesses(qgis_iface):
    project = QgsProject.instance()
    project.clear()
    spaces, quarters, buildings, findings, districts = misleading_city()
    project.addMapLayers([quarters, spaces, buildings])
    panel = AktionsraeumePanel(qgis_iface)
    try:
        areas = panel.areas
        assert areas.spaces.layer.currentLayer() is spaces
        areas.spaces.key.setFocus()
        QTest.keyClick(areas.spaces.key, Qt.Key.Key_Down)  # the user picks another key field
        user_key = areas.spaces.key.currentField()
        assert user_key != "nr"
        choose(areas.quarters.layer, buildings)  # the user knows better (or not): it stays
        assert areas.quarters.layer_chosen
        assert areas.spaces.layer.currentLayer() is spaces and areas.spaces.key.currentField() == user_key
        project.addMapLayers([districts, findings])
        QCoreApplication.processEvents()
        assert areas.quarters.layer.currentLayer() is buildings
        assert areas.spaces.key.currentField() == user_key
        assert areas.districts.layer.currentLayer() is districts  # not chosen by the user: guessed
        assert areas.spaces.layer.currentLayer() is spaces
    finally:
        panel.controller.disconnect_project()
        project.clear()


def test_status_layers_are_never_guessed_as_levels(qgis_iface, tmp_path):
    from aktionsraeume_plugin.services.field_guess import candidate_layers

    project = QgsProject.instance()
    project.clear()
    panel = AktionsraeumePanel(qgis_iface)
    try:
        panel.controller.load_sample()
        status = panel.controller.workspace.status_layers
        candidates = candidate_layers(project.mapLayers().values())
        assert status.spaces not in candidates and status.quarters not in candidates
        assert panel.controller.levels.spaces.layer in candidates
    finally:
        panel.controller.disconnect_project()
        project.clear()


def test_layers_added_one_by_one_after_the_dock_opened_are_guessed_from_what_is_there(qgis_iface):
    project = QgsProject.instance()
    project.clear()
    spaces, quarters, buildings, findings, districts = misleading_city()
    panel = AktionsraeumePanel(qgis_iface)  # an empty project: nothing to guess yet
    try:
        areas = panel.areas
        for layer in (findings, spaces, buildings, quarters, districts):
            project.addMapLayer(layer)
            QCoreApplication.processEvents()
        assert areas.spaces.layer.currentLayer() is spaces
        assert areas.quarters.layer.currentLayer() is quarters
        assert areas.districts.layer.currentLayer() is districts
        assert (areas.spaces.key.currentField(), areas.spaces.parent.currentField()) == ("nr", "bezirk")
        assert (areas.quarters.key.currentField(), areas.quarters.parent.currentField()) == ("nr", "gebiet")
        assert areas.districts.key.currentField() == "id"
    finally:
        panel.controller.disconnect_project()
        project.clear()


def test_nesting_is_measured_across_coordinate_systems(qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature

    from aktionsraeume_plugin.services.field_guess import guess_project_levels

    spaces, quarters, *_ = misleading_city()
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    transform = QgsCoordinateTransform(quarters.crs(), wgs84, QgsProject.instance().transformContext())
    geographic = QgsVectorLayer(
        "Polygon?crs=EPSG:4326&field=nr:integer&field=gebiet:string", "Bezirke", "memory"
    )
    features = []
    for feature in quarters.getFeatures():
        geometry = feature.geometry()
        geometry.transform(transform)
        copy = QgsFeature(geographic.fields())
        copy.setGeometry(geometry)
        copy.setAttributes([feature["nr"], feature["gebiet"]])
        features.append(copy)
    geographic.dataProvider().addFeatures(features)
    layers, fields = guess_project_levels([geographic, spaces])
    assert layers["spaces"] is spaces and layers["quarters"] is geographic
    assert fields["quarters"].parent == "gebiet"
