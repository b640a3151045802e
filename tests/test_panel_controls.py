"""Controls that do what they say (issue 14, item 5): colouring with a scenario, resetting the layout,
format and file name."""

from __future__ import annotations

from qgis.core import QgsLayoutItemLabel, QgsProject
from qgis.PyQt.QtWidgets import QMessageBox

from aktionsraeume_plugin.services.map_export import LAYOUT_NAME, find_layout

from .test_panel_assessment import assess, joined_panel  # noqa: F401 (fixture)
from .test_panel_guarded import answer_next_question, answers


def visible(layer) -> bool:
    return QgsProject.instance().layerTreeRoot().findLayer(layer.id()).isVisible()


def test_colouring_by_an_indicator_shows_on_the_map_with_a_scenario(request):
    panel = request.getfixturevalue("joined_panel")  # the sample loaded: a scenario exists
    assess(panel)
    assert panel.controller.workspace is not None
    panel.assessment.colour_by_indicator("tlq")
    status = panel.controller.workspace.status_layers
    assert visible(panel.controller.assessed_layers["spaces"])
    assert not visible(status.spaces) and not visible(status.quarters)  # they would cover it
    assert visible(status.districts)  # the outlines stay
    panel.assessment.colour_by.setCurrentIndex(panel.assessment.colour_by.findData("status"))
    assert visible(status.spaces) and not visible(panel.controller.assessed_layers["spaces"])


def test_reset_to_template_asks_before_it_drops_manual_edits(request):
    panel = request.getfixturevalue("joined_panel")
    export = panel.export
    layout = export.layout()
    label = QgsLayoutItemLabel(layout)
    label.setId("meine Notiz")
    layout.addLayoutItem(label)
    answers.clear()
    answer_next_question(QMessageBox.StandardButton.No)
    export.reset_button.click()
    assert answers and find_layout(QgsProject.instance(), LAYOUT_NAME).itemById("meine Notiz") is not None
    answer_next_question(QMessageBox.StandardButton.Yes)
    export.reset_button.click()
    assert find_layout(QgsProject.instance(), LAYOUT_NAME).itemById("meine Notiz") is None


def test_the_chosen_format_decides_the_file(request, tmp_path):
    panel = request.getfixturevalue("joined_panel")
    export = panel.export
    export.format.setCurrentIndex(export.format.findData("png"))
    export.dpi.setValue(40)
    written = export.export(tmp_path / "karte.pdf")
    assert written == tmp_path / "karte.png"
    assert written.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not (tmp_path / "karte.pdf").exists()
