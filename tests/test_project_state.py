"""The plugin's state in a real QGIS project: survives .qgz, refuses damaged scenarios, keeps the rest."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsProject

from aktionsraeume_plugin.core.scenario import Baseline, Change, ChangeAction, Scenario, read_scenario
from aktionsraeume_plugin.paths import SAMPLE_DIR
from aktionsraeume_plugin.services import project_state
from aktionsraeume_plugin.services.messages import (
    change_action_label,
    index_class_label,
    status_label,
    summary_labels,
)
from aktionsraeume_plugin.services.project_state import (
    SCOPE,
    ProjectState,
    ScenarioRefusedError,
    export_scenario,
    import_scenario,
    load_state,
    save_state,
)

CONFIG = {
    "spaces_layer": "sozialraeume_abc123",
    "space_key": "sozialraum_nr",
    "quarters_layer": "quartiere_x",
}


@pytest.fixture()
def scenario():
    return read_scenario(SAMPLE_DIR / "szenario_2020.json")


def reopened(path) -> QgsProject:
    project = QgsProject()
    assert project.read(str(path))
    return project


def test_state_survives_writing_and_reading_a_qgz(qgis_app, tmp_path, scenario):
    project = QgsProject()
    catalogue = tmp_path / "katalog.toml"
    catalogue.write_text("", encoding="utf-8")
    switched = scenario.with_enabled(scenario.changes[0].id, False)
    save_state(ProjectState(switched, str(catalogue), CONFIG), project)
    path = tmp_path / "projekt.qgz"
    assert project.write(str(path))

    state = load_state(reopened(path))
    assert state.scenario == switched
    assert not state.scenario.changes[0].enabled  # the switch is kept
    assert state.catalogue_path == str(catalogue)
    assert state.config == CONFIG
    assert state.scenario_error == "" and state.config_error == ""


def test_damaged_scenario_is_refused_and_the_rest_is_intact(qgis_app, tmp_path, scenario):
    project = QgsProject()
    save_state(ProjectState(scenario, str(tmp_path / "k.toml"), CONFIG), project)
    damaged = scenario.to_json()[:-40]
    project.writeEntry(SCOPE, project_state.KEY_SCENARIO, damaged)
    path = tmp_path / "kaputt.qgz"
    assert project.write(str(path))

    again = reopened(path)
    state = load_state(again)  # never raises
    assert state.scenario is None
    assert "scenario stored in this project was not loaded" in state.scenario_error
    assert "not valid JSON" in state.scenario_error
    assert state.config == CONFIG and state.catalogue_path == str(tmp_path / "k.toml")
    with pytest.raises(ScenarioRefusedError):
        project_state.load_scenario(again)
    # reading did not throw the stored text away: it is still there for the user to rescue
    assert again.readEntry(SCOPE, project_state.KEY_SCENARIO, "")[0] == damaged


def test_future_version_scenario_is_refused(qgis_app, scenario):
    project = QgsProject()
    save_state(ProjectState(scenario, "", CONFIG), project)
    data = scenario.to_dict()
    data["version"] = 3
    project.writeEntry(SCOPE, project_state.KEY_SCENARIO, json.dumps(data))
    state = load_state(project)
    assert state.scenario is None
    assert "version 3 was written by a newer release" in state.scenario_error
    assert state.config == CONFIG


def test_project_without_state_and_clearing(qgis_app, scenario):
    project = QgsProject()
    assert load_state(project) == ProjectState()
    save_state(ProjectState(scenario, "/tmp/k.toml", CONFIG), project)
    project_state.clear_state(project)
    assert load_state(project) == ProjectState()


def test_scenario_file_export_and_import(qgis_app, tmp_path, scenario):
    path = export_scenario(scenario, tmp_path / "export.json")
    assert import_scenario(path) == scenario
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(
        ScenarioRefusedError, match=r"scenario file was not loaded: .*not an Aktionsräume scenario"
    ):
        import_scenario(path)
    with pytest.raises(ScenarioRefusedError, match="cannot be written"):
        export_scenario(scenario, tmp_path / "missing-dir" / "x.json")


def test_labels_cover_every_code(qgis_app):
    from aktionsraeume_plugin.core.scenario import ChangeAction
    from aktionsraeume_plugin.core.status import AreaStatus

    assert status_label("ar_new") == "New Aktionsraum"
    assert {status_label(s) for s in AreaStatus} == {
        "Remains Aktionsraum",
        "New Aktionsraum",
        "No longer Aktionsraum",
        "Aktionsquartier",
        "Other areas",
    }
    assert len({change_action_label(a.value) for a in ChangeAction}) == len(ChangeAction)
    assert index_class_label("sehr_niedrig") == "Very low"
    assert index_class_label(None) == "Not classified"
    assert index_class_label("eigene_klasse") == "eigene klasse"
    labels = summary_labels()
    assert labels["ar_removed"] == "No longer Aktionsraum" and labels["rationale"] == "Rationale"


@pytest.mark.parametrize("action", list(ChangeAction))
def test_every_kind_of_change_survives_saving_and_reopening(qgis_app, tmp_path, action):
    project = QgsProject()
    change = Change(f"{action.value}-X", action, "X", "Area X", parent="P", rationale="Begründung")
    scenario = Scenario("s", Baseline(("P",), ("X",)), (change,))
    save_state(ProjectState(scenario, "", CONFIG), project)
    path = tmp_path / "projekt.qgz"
    assert project.write(str(path))
    state = load_state(reopened(path))
    assert state.scenario_error == ""
    assert state.scenario == scenario
