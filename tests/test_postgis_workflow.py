"""Acceptance: the press-release workflow through the panel with the sample in PostGIS, compared with the
same workflow on the sample's GeoPackage: same statuses, summary and map colours."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsCategorizedSymbolRenderer, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from aktionsraeume_plugin.ui.dock import AktionsraeumePanel
from tests.conftest import SAMPLE_DIR
from tests.pg_server import PASSWORD
from tests.test_panel_assessment import CHANGES_2020, QUARTER_TABLE, SPACE_TABLE, assess, click, join

LEVELS = {"Stadtbezirke": "stadtbezirke", "Sozialräume": "sozialraeume", "Quartiere": "quartiere"}


def _colours(layer: QgsVectorLayer) -> dict[str, str]:
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    return {c.value(): c.symbol().color().name() for c in renderer.categories()}


def _image_colours(path: Path) -> dict[int, int]:
    image = QImage(str(path))
    counts: dict[int, int] = {}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    return counts


def run_press_release(
    qgis_iface, folder: Path, layers: dict[str, QgsVectorLayer], save_to: str | None = None
) -> dict:
    """Areas chosen in the panel → join both tables → assess → propose → toggle the six → export PNG;
    then the project is written to ``save_to`` if given (a file or a project storage URI)."""
    folder.mkdir()
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(folder / "projekt.qgz"))
    for layer in layers.values():
        assert layer.isValid()
        project.addMapLayer(layer)
    panel = AktionsraeumePanel(qgis_iface)
    areas = panel.areas
    for row, name, key, label, parent in (
        (areas.spaces, "Sozialräume", "sozialraum_nr", "sozialraum_name", "bezirk_nr"),
        (areas.quarters, "Quartiere", "quartier_nr", "quartier_name", "sozialraum_nr"),
        (areas.districts, "Stadtbezirke", "bezirk_nr", "bezirk_name", None),
    ):
        row.layer.setLayer(None)  # the panel guessed some of them already; choose each anew
        row.layer.setLayer(layers[name])
        row.key.setField(key)
        row.name.setField(label)
        if parent:
            row.parent.setField(parent)
    try:
        qgis_iface.messageBar().clear_messages()
        click(panel.areas.apply_button)
        controller = panel.controller
        assert controller.levels is not None, qgis_iface.messageBar().get_messages(2)
        assert controller.levels.spaces.layer is layers["Sozialräume"]
        assert controller.levels.quarters.layer is layers["Quartiere"]
        assert controller.levels.districts.layer is layers["Stadtbezirke"]
        join(panel, SPACE_TABLE, "spaces")
        join(panel, QUARTER_TABLE, "quarters")
        assess(panel)
        click(panel.assessment.propose_button)
        assert not qgis_iface.messageBar().get_messages(2), qgis_iface.messageBar().get_messages(2)
        scenario = controller.scenario
        assert {(c.action.value, c.area) for c in scenario.changes} == CHANGES_2020
        status_layers = controller.workspace.status_layers
        toggled = {}
        for change in scenario.changes:
            panel.proposals.set_change(change.id, False)
            toggled[change.id] = (status_layers.statuses("spaces"), status_layers.statuses("quarters"))
            panel.proposals.set_change(change.id, True)
        controller.workspace.texts.date = "22.12.2020"
        panel.export.format.setCurrentIndex(panel.export.format.findData("png"))
        panel.export.dpi.setValue(40)
        written = panel.export.export(folder / "karte.png")
        assert written is not None
        if save_to is not None:
            assert QgsProject.instance().write(save_to), QgsProject.instance().error()
        return {
            "spaces": status_layers.statuses("spaces"),
            "quarters": status_layers.statuses("quarters"),
            "toggled": toggled,
            "summary": panel.proposals.summary.text(),
            "colours": (_colours(status_layers.spaces), _colours(status_layers.quarters)),
            "map": _image_colours(written),
        }
    finally:
        panel.controller.wait_for_tasks()
        panel.controller.disconnect_project()
        project.clear()


def test_press_release_workflow_with_the_sample_in_postgis(qgis_iface, pg_sample, tmp_path):
    before = {table: pg_sample.checksum(table, "stadt") for table in LEVELS.values()}
    files = {
        name: QgsVectorLayer(f"{SAMPLE_DIR / 'dortmund2020.gpkg'}|layername={table}", name, "ogr")
        for name, table in LEVELS.items()
    }
    with_files = run_press_release(qgis_iface, tmp_path / "dateien", files)
    database = {
        name: QgsVectorLayer(pg_sample.uri(table, "stadt", key="fid"), name, "postgres")
        for name, table in LEVELS.items()
    }
    assert all(layer.isValid() for layer in database.values())
    with_postgis = run_press_release(qgis_iface, tmp_path / "postgis", database)

    assert "Aktionsräume: 13 → 13" in with_postgis["summary"]
    assert "Aktionsquartiere: 0 → 2" in with_postgis["summary"]
    for part in ("spaces", "quarters", "toggled", "summary", "colours"):
        assert with_postgis[part] == with_files[part], part
    assert with_postgis["map"] == with_files["map"]
    assert {table: pg_sample.checksum(table, "stadt") for table in LEVELS.values()} == before
    written = [
        p for p in (tmp_path / "postgis").rglob("*") if p.is_file() and p.suffix in (".qgz", ".qgs", ".json")
    ]
    for path in written:
        assert PASSWORD.encode() not in path.read_bytes(), path
