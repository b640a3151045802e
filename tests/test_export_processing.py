"""``aktionsraeume:exportmap``: the map of the current project's set-up through Processing."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsLayoutPoint, QgsProcessingException, QgsProject, QgsUnitTypes

from aktionsraeume_plugin.core.status import AreaStatus
from aktionsraeume_plugin.services.map_export import LAYOUT_NAME, ensure_layout, find_layout
from aktionsraeume_plugin.services.sample_project import SAMPLE_SCENARIO

from .map_probe import pdf_page_size, pdf_text, pdf_word_box


def _run(parameters):
    import processing

    return processing.run("aktionsraeume:exportmap", parameters)


def test_exports_the_project_map_as_pdf(set_up_project, tmp_path):
    project, _workspace = set_up_project
    result = _run({"FORMAT": 0, "OUTPUT": str(tmp_path / "karte.pdf")})
    assert result["OUTPUT"] == str(tmp_path / "karte.pdf")
    text = " ".join(pdf_text(tmp_path / "karte.pdf").split())
    assert "Aktionsplan Soziale Stadt Dortmund" in text and "New Aktionsraum (2)" in text
    assert pdf_page_size(tmp_path / "karte.pdf") == pytest.approx((841.89, 595.28), abs=0.5)
    assert find_layout(project, LAYOUT_NAME) is not None  # made from the template, now in the project


def test_uses_the_adjusted_layout_and_resets_it_on_request(set_up_project, tmp_path):
    project, workspace = set_up_project
    layout = ensure_layout(project, workspace.status_layers, workspace.texts)
    layout.itemById("title").attemptMove(QgsLayoutPoint(20, 160, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    _run({"FORMAT": 0, "OUTPUT": str(tmp_path / "angepasst.pdf")})
    x, y = pdf_word_box(tmp_path / "angepasst.pdf", "Aktionsplan")
    assert (x * 25.4 / 72, y * 25.4 / 72) == pytest.approx((20, 160), abs=3)

    _run({"FORMAT": 0, "VARIANT": 1, "RESET_LAYOUT": True, "OUTPUT": str(tmp_path / "hoch.pdf")})
    assert pdf_page_size(tmp_path / "hoch.pdf") == pytest.approx((595.28, 841.89), abs=0.5)


def test_scenario_file_is_shown_for_this_export_only(set_up_project, tmp_path):
    _project, workspace = set_up_project
    scenario = json.loads(SAMPLE_SCENARIO.read_text(encoding="utf-8"))
    for change in scenario["changes"]:
        change["enabled"] = change["id"] != "add-0102"
    scenario_file = tmp_path / "ohne_dorstfeld.json"
    scenario_file.write_text(json.dumps(scenario), encoding="utf-8")
    _run({"SCENARIO": str(scenario_file), "FORMAT": 2, "OUTPUT": str(tmp_path / "karte.svg")})
    assert (tmp_path / "karte.svg").read_text(encoding="utf-8").count("New Aktionsraum (1)") == 1
    assert workspace.status_layers.statuses("spaces")["0102"] == AreaStatus.NEW_ACTION_SPACE.value


def test_png_at_the_chosen_resolution(set_up_project, tmp_path):
    from qgis.PyQt.QtGui import QImage

    _run({"FORMAT": 1, "DPI": 50, "OUTPUT": str(tmp_path / "karte.png")})
    image = QImage(str(tmp_path / "karte.png"))
    assert image.width() == pytest.approx(297 / 25.4 * 50, abs=1)
    assert image.height() == pytest.approx(210 / 25.4 * 50, abs=1)


def test_comparison_variant(set_up_project, tmp_path):
    _run({"VARIANT": 2, "FORMAT": 0, "OUTPUT": str(tmp_path / "vergleich.pdf")})
    text = " ".join(pdf_text(tmp_path / "vergleich.pdf").split())
    assert "Current list" in text and "With the proposed changes" in text


@pytest.mark.parametrize(
    "parameters, message",
    [
        ({"LAYOUT": "Gibt es nicht"}, "no print layout called 'Gibt es nicht'"),
        ({"SCENARIO": "MISSING"}, "kaputt.json"),
    ],
)
def test_errors_are_clear_and_write_nothing(set_up_project, tmp_path, parameters, message):
    if parameters.get("SCENARIO") == "MISSING":
        broken = tmp_path / "kaputt.json"
        broken.write_text("{ not json", encoding="utf-8")
        parameters = {"SCENARIO": str(broken)}
    with pytest.raises(QgsProcessingException, match=message):
        _run({**parameters, "FORMAT": 0, "OUTPUT": str(tmp_path / "karte.pdf")})
    assert not (tmp_path / "karte.pdf").exists()
    assert not list(tmp_path.glob("*.part*"))


def test_a_project_without_set_up_is_refused(qgis_app, aktionsraeume_provider, tmp_path):
    QgsProject.instance().clear()
    with pytest.raises(QgsProcessingException, match="no Aktionsräume set-up"):
        _run({"FORMAT": 0, "OUTPUT": str(tmp_path / "karte.pdf")})
    assert not (tmp_path / "karte.pdf").exists()
