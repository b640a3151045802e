"""Layer guesses (issue 14, item 8): by key fields and names, never the panel's own result layers, and
also for layers added later."""

from __future__ import annotations

from qgis.core import QgsProject, QgsVectorLayer

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
        assert areas.districts.layer.currentLayer() is districts
        assert areas.districts.key.currentField() == "bezirk_nr"
        assert areas.spaces.layer.currentLayer() is spaces  # a fitting choice stays
    finally:
        panel.controller.disconnect_project()
        project.clear()
