"""The project is the panel's truth (issue 14, items 1 and 2): what the panel shows is read from the
project when the panel opens or a project is read; results live beside the project file."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtTest import QTest

from aktionsraeume_plugin.paths import SAMPLE_DIR
from aktionsraeume_plugin.services.result_storage import KIND_PROPERTY, layer_file
from aktionsraeume_plugin.ui.dock import AktionsraeumePanel

from .test_panel_assessment import CATALOGUE, QUARTER_TABLE, SPACE_TABLE, assess, join


def result_layers(project: QgsProject) -> list[QgsVectorLayer]:
    """Every layer the panel wrote (status, joined, assessed, findings)."""
    # the shipped sample is a source, never a result, whatever the checkout's folder is called
    return [
        layer
        for layer in project.mapLayers().values()
        if layer.customProperty(KIND_PROPERTY)
        or (
            ("status" in layer.source() or "aktionsraeume" in layer.source())
            and not layer.source().startswith(str(SAMPLE_DIR))
        )
    ]


@pytest.fixture()
def worked_panel(qgis_iface, tmp_path):
    """A panel on a project without a file: sample loaded, both tables joined, assessed, coloured."""
    project = QgsProject.instance()
    project.clear()
    qgis_iface.messageBar().clear_messages()
    panel = AktionsraeumePanel(qgis_iface)
    panel.resize(350, 900)
    QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
    join(panel, SPACE_TABLE, "spaces")
    join(panel, QUARTER_TABLE, "quarters")
    assess(panel)
    panel.assessment.colour_by_indicator("tlq")
    yield panel
    panel.controller.wait_for_tasks()
    panel.controller.disconnect_project()
    project.clear()


def reopen(qgis_iface, path: Path) -> AktionsraeumePanel:
    """Clear the project and read ``path`` again; a fresh panel opens afterwards (as after a restart)."""
    project = QgsProject.instance()
    project.clear()
    assert project.read(str(path))
    panel = AktionsraeumePanel(qgis_iface)
    panel.resize(350, 900)
    return panel


def test_results_move_beside_the_project_when_it_is_first_saved(worked_panel, tmp_path):
    project = QgsProject.instance()
    temporary = {layer_file(layer) for layer in result_layers(project)}
    assert temporary and not any(tmp_path in path.parents for path in temporary)
    folder = tmp_path / "neuer Ordner"
    folder.mkdir()
    project.setFileName(str(folder / "plan.qgz"))  # as the desktop's "Save as" does, before writing
    assert project.write()
    files = {layer_file(layer) for layer in result_layers(project)}
    assert files == {folder / "plan_aktionsraeume.gpkg", folder / "plan_aktionsraeume_ergebnisse.gpkg"}
    assert all(layer.isValid() and layer.featureCount() > 0 for layer in result_layers(project))
    assert not any(path.exists() for path in temporary)  # the temporary place is left empty
    # "Save as" into another folder: the results follow, the first project keeps its own files
    other = tmp_path / "Kopie"
    other.mkdir()
    project.setFileName(str(other / "kopie.qgz"))
    assert project.write()
    assert {layer_file(layer).parent for layer in result_layers(project)} == {other}
    assert (folder / "plan_aktionsraeume_ergebnisse.gpkg").exists()


def test_a_project_written_by_a_script_names_the_moved_results(worked_panel, tmp_path):
    project = QgsProject.instance()
    assert project.write(str(tmp_path / "plan.qgz"))  # no new file name announced before writing
    QCoreApplication.processEvents()  # the panel writes the project again with the moved sources
    worked_panel.controller.disconnect_project()
    project.clear()
    assert project.read(str(tmp_path / "plan.qgz"))
    layers = result_layers(project)
    assert layers and all(layer.isValid() and layer_file(layer).parent == tmp_path for layer in layers)


def test_reopening_shows_the_assessment_and_keeps_the_colouring(worked_panel, qgis_iface, tmp_path):
    before = worked_panel.assessment
    rows_before = before.proxy.rowCount()
    colouring = before.colour_by.currentData()
    assessed = worked_panel.controller.assessed_layers["spaces"]
    renderer_before = assessed.renderer().dump()
    QgsProject.instance().setFileName(str(tmp_path / "plan.qgz"))
    assert QgsProject.instance().write()
    worked_panel.controller.disconnect_project()

    panel = reopen(qgis_iface, tmp_path / "plan.qgz")
    try:
        assert panel.controller.workspace is not None
        assert panel.proposals.changes.rowCount() == 6
        assert set(panel.controller.assessments) == {"spaces", "quarters"}
        assert set(panel.controller.joined) == {"spaces", "quarters"}
        assert panel.assessment.proxy.rowCount() == rows_before == 39
        assert panel.assessment.colour_by.currentData() == colouring
        assert panel.controller.assessed_layers["spaces"].renderer().dump() == renderer_before
        assert panel.assessment.catalogue_file.filePath() == str(CATALOGUE)
        assert panel.assessment.propose_button.isEnabled()
        # assessing again replaces the assessed layers instead of adding a second pair
        assess(panel)
        assessed_layers = [
            layer
            for layer in QgsProject.instance().mapLayers().values()
            if layer.customProperty(KIND_PROPERTY) == "assessed"
        ]
        assert len(assessed_layers) == 2
    finally:
        panel.controller.wait_for_tasks()
        panel.controller.disconnect_project()


def test_levels_without_a_scenario_come_back(qgis_iface, tmp_path):
    project = QgsProject.instance()
    project.clear()
    panel = AktionsraeumePanel(qgis_iface)
    try:
        QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
        levels = panel.controller.levels
        panel.controller.workspace = None  # as if only the levels had been chosen
        panel.controller.set_levels(levels)
        project.writeEntry("aktionsraeume", "scenario", "")
        assert project.write(str(tmp_path / "nur_ebenen.qgz"))
    finally:
        panel.controller.disconnect_project()
    reopened = reopen(qgis_iface, tmp_path / "nur_ebenen.qgz")
    try:
        assert reopened.controller.levels is not None
        assert reopened.controller.levels.spaces.key_field == "sozialraum_nr"
        assert reopened.areas.spaces.layer.currentLayer().name() == "Sozialräume"
    finally:
        reopened.controller.disconnect_project()
        project.clear()


def test_a_project_that_uses_the_panel_opens_it(qgis_iface, tmp_path):
    from aktionsraeume_plugin.plugin import AktionsraeumePlugin

    project = QgsProject.instance()
    project.clear()
    panel = AktionsraeumePanel(qgis_iface)
    QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
    project.setFileName(str(tmp_path / "plan.qgz"))
    assert project.write()
    panel.controller.disconnect_project()
    project.clear()
    plugin = AktionsraeumePlugin(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.dock is None
        assert project.read(str(tmp_path / "plan.qgz"))
        assert plugin.dock is not None  # created and shown (offscreen: the stub window is hidden)
        assert plugin.dock.panel.proposals.changes.rowCount() == 6
    finally:
        plugin.unload()
        project.clear()


def test_reopening_shows_the_join_report_and_checking_again_replaces_the_findings(
    worked_panel, qgis_iface, tmp_path
):
    report = worked_panel.indicators.report.toPlainText()
    assert report
    worked_panel.boundaries.check()
    worked_panel.controller.wait_for_tasks()
    QgsProject.instance().setFileName(str(tmp_path / "plan.qgz"))
    assert QgsProject.instance().write()
    worked_panel.controller.disconnect_project()

    panel = reopen(qgis_iface, tmp_path / "plan.qgz")
    try:
        assert panel.indicators.report.toPlainText() == report  # the quarters' join, shown last
        assert "earlier check" in panel.boundaries.summary.text()
        panel.boundaries.check()
        panel.controller.wait_for_tasks()
        findings = [
            layer
            for layer in QgsProject.instance().mapLayers().values()
            if layer.customProperty(KIND_PROPERTY) == "boundary_findings"
        ]
        assert len(findings) == 2  # areas and points, once
    finally:
        panel.controller.wait_for_tasks()
        panel.controller.disconnect_project()


def test_closing_a_reopened_project_raises_no_error(qgis_iface, tmp_path, monkeypatch):
    """QGIS 3.44 closes a project by removing its layers and then announcing the empty file name (before
    ``cleared``): the panel of a reopened project must not look at its removed layers then (a Python error
    dialog that stopped QGIS from quitting)."""
    import sys

    project = QgsProject.instance()
    project.clear()
    panel = AktionsraeumePanel(qgis_iface)
    QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
    assert project.write(str(tmp_path / "plan.qgz"))
    QCoreApplication.processEvents()
    panel.controller.disconnect_project()
    reopened = reopen(qgis_iface, tmp_path / "plan.qgz")
    errors = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: errors.append(error))  # errors raised in slots
    try:
        assert reopened.controller.workspace is not None
        project.removeAllMapLayers()  # the order of QgsProject.clear() in QGIS 3.44
        project.setFileName("")
        project.clear()
        assert errors == []
        assert reopened.controller.workspace is None
        assert (tmp_path / "plan_aktionsraeume.gpkg").is_file()  # the project's results stay where they are
    finally:
        reopened.controller.disconnect_project()
        project.clear()
