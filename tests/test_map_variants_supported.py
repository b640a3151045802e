"""Which map variants a set-up can show is decided once (``map_service.supported_variants``) and asked by
the command line, Processing and the panel: no comparison without a current list, no development map
without two years."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from aktionsraeume_plugin.services.sample_project import load_statistikatlas
from aktionsraeume_plugin.services.workspace import load_workspace
from aktionsraeume_plugin.ui.dock import AktionsraeumePanel

from .test_export_cli import _cli


@pytest.mark.parametrize(
    "sample, variant, expected",
    [
        ("statistikatlas", "comparison", "no current list of Aktionsräume to compare with"),
        ("dortmund2020", "development", "needs indicator tables of two years"),
    ],
)
def test_command_line_refuses_a_variant_the_sample_cannot_show(tmp_path, sample, variant, expected):
    out = tmp_path / "karte.png"
    result = _cli("--sample", sample, "--variant", variant, "--out", str(out), "--dpi", "40")
    assert result.returncode == 1, result.stdout
    assert expected in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert not out.exists()


def test_processing_refuses_the_comparison_of_a_set_up_without_a_list(
    qgis_app, aktionsraeume_provider, tmp_path
):
    import processing

    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "atlas.qgz"))
    workspace = load_statistikatlas(project, storage=tmp_path / "atlas_aktionsraeume.gpkg")
    project.addMapLayer(workspace.levels.spaces.layer, False)
    workspace.save(project)
    try:
        assert load_workspace(project).has_list is False  # travels with the project
        with pytest.raises(QgsProcessingException, match="no current list of Aktionsräume"):
            processing.run(
                "aktionsraeume:exportmap",
                {"VARIANT": 2, "FORMAT": 1, "DPI": 40, "OUTPUT": str(tmp_path / "vergleich.png")},
            )
        assert not (tmp_path / "vergleich.png").exists()
    finally:
        project.clear()


def test_panel_offers_the_comparison_only_with_a_current_list(qgis_iface, tmp_path):
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "projekt.qgz"))
    panel = AktionsraeumePanel(qgis_iface)
    try:
        combo = panel.export.variant
        comparison = combo.findData("comparison")
        QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
        assert combo.model().item(comparison).isEnabled()
        combo.setCurrentIndex(comparison)
        panel.areas.sample_choice.setCurrentIndex(panel.areas.sample_choice.findData("statistikatlas"))
        QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
        assert not combo.model().item(comparison).isEnabled()
        assert combo.currentData() != "comparison"
    finally:
        panel.controller.disconnect_project()
        project.clear()
