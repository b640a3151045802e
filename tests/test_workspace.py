"""The plugin's set-up survives saving and reopening the project, with status layers in a GeoPackage."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject

from aktionsraeume_plugin.core.status import AreaStatus
from aktionsraeume_plugin.services.sample_project import load_sample
from aktionsraeume_plugin.services.workspace import WorkspaceError, default_storage, load_workspace


@pytest.fixture()
def project(qgis_app):
    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


def test_workspace_round_trip_through_a_qgz(project, tmp_path):
    project_file = tmp_path / "karte.qgz"
    project.setFileName(str(project_file))
    storage = default_storage(project)
    assert storage == tmp_path / "karte_aktionsraeume.gpkg"

    workspace = load_sample(project, storage=storage)
    assert workspace.status_layers.spaces.providerType() == "ogr"
    workspace.save(project)
    changed = workspace.set_scenario(workspace.scenario.with_enabled("add-0102", False))
    assert changed == {"0102"}  # Dorstfeld only
    workspace.save(project)
    assert project.write()

    project.clear()
    assert project.read(str(project_file))
    reopened = load_workspace(project)
    assert reopened.scenario.change("add-0102").enabled is False
    statuses = reopened.status_layers.statuses("spaces")
    assert statuses["0102"] == AreaStatus.NONE.value
    assert statuses["1003"] == AreaStatus.NEW_ACTION_SPACE.value
    assert reopened.texts.title == workspace.texts.title

    # A scenario passed in (as --scenario does) replaces the stored one for this run.
    again = load_workspace(project, reopened.scenario.with_enabled("add-0102", True))
    assert again.status_layers.statuses("spaces")["0102"] == AreaStatus.NEW_ACTION_SPACE.value


def test_project_without_set_up_is_reported(project):
    with pytest.raises(WorkspaceError, match="no Aktionsräume set-up"):
        load_workspace(project)
