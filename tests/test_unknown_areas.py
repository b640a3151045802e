"""A current list or scenario naming areas the layers do not have is refused, naming the keys, on every
way it comes in: baseline file in the panel, scenario of an export (Processing), the project's scenario."""

from __future__ import annotations

import json

import pytest
from qgis.core import Qgis, QgsProcessingException, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from aktionsraeume_plugin.core.candidates import read_baseline
from aktionsraeume_plugin.core.keys import AreaKeys
from aktionsraeume_plugin.core.messages import Message
from aktionsraeume_plugin.core.scenario import (
    Baseline,
    Change,
    ChangeAction,
    Scenario,
    ScenarioError,
    read_scenario,
    unknown_areas,
)
from aktionsraeume_plugin.services import project_state
from aktionsraeume_plugin.services.proposals import canonical_baseline
from aktionsraeume_plugin.services.sample_project import SAMPLE_SCENARIO, statistikatlas_levels
from aktionsraeume_plugin.services.status_layers import StatusLayers
from aktionsraeume_plugin.services.workspace import load_workspace

from .test_panel_assessment import assess, click


def test_unknown_keys_are_named_per_kind_and_spelling_does_not_count():
    scenario = Scenario(
        "s",
        Baseline(("0503", "X", "Y"), ("Q9",)),
        (Change("c", ChangeAction.ADD_QUARTER, "Q8"), Change("d", ChangeAction.ADD_SPACE, "503")),
    )
    assert unknown_areas(scenario, [503], ["Q1"]) == [
        Message("scenario.unknown_baseline_spaces", {"keys": ("X", "Y"), "count": 2}),
        Message("scenario.unknown_baseline_quarters", {"keys": ("Q9",), "count": 1}),
        Message("scenario.unknown_change_quarters", {"keys": ("Q8 (c)",), "count": 1}),
    ]
    # without a quarter layer quarter keys cannot be checked; a baseline alone has no changes
    assert unknown_areas(scenario.baseline, AreaKeys(["0503", "X", "Y"])) == []


def test_a_bare_list_is_a_list_of_aktionsraeume(tmp_path):
    path = tmp_path / "liste.json"
    path.write_text('["710", "535", "060"]', encoding="utf-8")
    assert read_baseline(path) == Baseline(("710", "535", "060"))


def test_statistikatlas_list_with_an_unknown_key_is_refused_naming_it(qgis_app, tmp_path):
    """The tester's case: 060 is no Unterbezirk of Dortmund; the list must not count it."""
    path = tmp_path / "liste.json"
    path.write_text('["710", "535", "060"]', encoding="utf-8")
    levels = statistikatlas_levels()
    with pytest.raises(ScenarioError, match=r"names 1 Aktionsräume .*: 060\.") as raised:
        canonical_baseline(levels, read_baseline(path))
    assert "710" not in str(raised.value)
    with pytest.raises(ScenarioError, match=r": 060\."):
        StatusLayers.create(levels, Scenario("s", read_baseline(path)))
    # known keys pass
    assert canonical_baseline(levels, Baseline(("710", "535"))).action_spaces == ("710", "535")


def _with_unknown_areas() -> Scenario:
    scenario = read_scenario(SAMPLE_SCENARIO)
    return Scenario(
        scenario.name,
        Baseline((*scenario.baseline.action_spaces, "9901"), scenario.baseline.action_quarters),
        (*scenario.changes, Change("neu", ChangeAction.ADD_SPACE, "9902")),
    )


def test_processing_export_refuses_a_scenario_with_unknown_areas(set_up_project, tmp_path):
    import processing

    path = tmp_path / "szenario.json"
    path.write_text(_with_unknown_areas().to_json(), encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"9901") as raised:
        processing.run(
            "aktionsraeume:exportmap",
            {"SCENARIO": str(path), "FORMAT": 0, "OUTPUT": str(tmp_path / "karte.pdf")},
        )
    assert "9902 (neu)" in str(raised.value)
    assert not (tmp_path / "karte.pdf").exists()


def test_a_stored_scenario_with_unknown_areas_is_refused_on_loading(set_up_project):
    project, _ = set_up_project
    project_state.save_scenario(_with_unknown_areas(), project)
    with pytest.raises(project_state.ScenarioRefusedError, match=r"9901"):
        load_workspace(project)


@pytest.fixture()
def panel(qgis_iface, tmp_path):
    from aktionsraeume_plugin.ui.dock import AktionsraeumePanel

    from .test_panel_assessment import CATALOGUE, QUARTER_TABLE, SPACE_TABLE, join

    assert CATALOGUE.exists()
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "projekt.qgz"))
    qgis_iface.messageBar().clear_messages()
    panel = AktionsraeumePanel(qgis_iface)
    QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
    join(panel, SPACE_TABLE, "spaces")
    join(panel, QUARTER_TABLE, "quarters")
    yield panel
    panel.controller.wait_for_tasks()
    panel.controller.disconnect_project()
    project.clear()


def test_panel_baseline_file_with_unknown_keys_is_an_error_naming_them(panel, tmp_path):
    section = panel.assessment
    assess(panel)
    before = panel.controller.scenario
    path = tmp_path / "liste.json"
    path.write_text(json.dumps(["0503", "0603", "0060"]), encoding="utf-8")
    section.baseline_source.setCurrentIndex(section.baseline_source.findData("file"))
    section.baseline_file.setFilePath(str(path))
    click(section.propose_button)
    critical = panel.controller.iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert critical and "0060" in critical[-1] and "0503" not in critical[-1]
    assert panel.controller.scenario == before  # nothing proposed from the wrong list


def test_panel_opening_a_scenario_with_unknown_areas_names_them(panel, tmp_path):
    before = panel.controller.scenario
    path = tmp_path / "szenario.json"
    path.write_text(_with_unknown_areas().to_json(), encoding="utf-8")
    panel.proposals.open_scenario_file(path)
    critical = panel.controller.iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert critical and "9901" in critical[-1] and "9902 (neu)" in critical[-1]
    assert panel.controller.scenario == before
