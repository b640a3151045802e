"""Comparing two years in the panel (issue 15) on the real sample "Dortmund Statistikatlas", 2018 → 2024."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsFeatureRequest, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from aktionsraeume_plugin.services.development_layers import KIND, comparison_layer
from aktionsraeume_plugin.services.result_storage import KIND_PROPERTY
from aktionsraeume_plugin.services.sample_project import STATISTIKATLAS_TABLES
from aktionsraeume_plugin.ui.dock import AktionsraeumePanel

from .test_panel_project import reopen


def click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def load_statistikatlas(panel) -> None:
    choice = panel.areas.sample_choice
    choice.setCurrentIndex(choice.findData("statistikatlas"))
    click(panel.areas.load_sample_button)


def compare(panel) -> None:
    click(panel.development.compare_button)
    panel.controller.wait_for_tasks()


def table_rows(section) -> dict[str, list[str]]:
    proxy = section.proxy
    return {
        proxy.index(row, 0).data(): [proxy.index(row, c).data() for c in range(proxy.columnCount())]
        for row in range(proxy.rowCount())
    }


def renderer_classes(layer) -> dict[str, str]:
    """Category value → legend label of the layer's renderer."""
    return {str(c.value()): c.label() for c in layer.renderer().categories()}


@pytest.fixture()
def panel(qgis_iface, tmp_path):
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "vergleich.qgz"))
    qgis_iface.messageBar().clear_messages()
    panel = AktionsraeumePanel(qgis_iface)
    panel.resize(350, 900)
    load_statistikatlas(panel)
    yield panel
    panel.controller.wait_for_tasks()
    panel.controller.disconnect_project()
    project.clear()


def test_the_sample_brings_both_years_and_the_comparison_fills_map_and_table(panel, qgis_iface):
    section = panel.development
    # loading the sample is enough: 2024 is the later year, 2018 the earlier one
    assert Path(section.later.source()) == STATISTIKATLAS_TABLES[2024]
    assert Path(section.earlier.source()) == STATISTIKATLAS_TABLES[2018]
    compare(panel)
    assert not qgis_iface.messageBar().get_messages(2)  # no error
    layer = section.layer
    assert layer is not None and layer.featureCount() == 170
    assert layer.customProperty(KIND_PROPERTY) == KIND
    # the table: Transferleistungsquote of Bövinghausen by hand from the two tables, 25.6 % → 24.1 %
    section.indicator.setCurrentIndex(section.indicator.findData("tlq"))
    rows = table_rows(section)
    assert len(rows) == 170
    _name, development, then, now, change = rows["Bövinghausen"]
    assert (then, now) in (("25.6", "24.1"), ("25,6", "24,1"))
    assert change in ("−1.5", "−1,5")
    # the unit of the change: percentage points for a rate
    assert section.caption.text() == (
        "Benefit receipt rate in %: then, now and the change Δ (now minus then), unit pp."
    )
    assert development in ("better", "stable", "worse", "besser", "stabil", "schlechter")
    # Wohnfläche (m², higher is better): 35.8 → 37.0 m², a change of +1.2 m²
    section.indicator.setCurrentIndex(section.indicator.findData("wohnflaeche"))
    assert table_rows(section)["Bövinghausen"][4] in ("+1.2", "+1,2")
    assert section.caption.text().endswith("unit m².")
    feature = next(
        layer.getFeatures(QgsFeatureRequest().setFilterExpression("\"ubz_name\" = 'Bövinghausen'"))
    )
    assert feature["c_wohnflaeche"] == pytest.approx(37.0 - 35.8)
    assert feature["d_wohnflaeche"] == pytest.approx(-(37.0 - 35.8))  # signed: positive = worse

    # the map: coloured by development class, every class with its count
    classes = renderer_classes(layer)
    assert layer.renderer().classAttribute() == "dev_cls"
    assert set(classes) == {"improved", "stable", "worsened"}
    counts = {code: sum(1 for f in layer.getFeatures() if f["dev_cls"] == code) for code in classes}
    assert all(f"({counts[code]})" in label for code, label in classes.items())

    # colouring by status then → now: the renderer, and the table's last column, follow
    section.colour_by.setCurrentIndex(section.colour_by.findData("st_chg"))
    assert layer.renderer().classAttribute() == "st_chg"
    classes = renderer_classes(layer)
    assert {"still_below", "newly_below", "no_longer_below", "not_below"} <= set(classes)
    clarenberg = table_rows(section)["Clarenberg"]  # the highest 2018 rate, below average in both years
    assert clarenberg[1] in ("still", "weiterhin")

    # what is in one year only is named: the 2018-only indicator Gymnasialempfehlung
    report = section.report.text()
    assert "Gymnasialempfehlung" in report and "indikatoren_unterbezirke_2018.csv" in report
    assert section.indicator.findData("gymnasium") < 0  # not compared


def test_one_year_areas_are_listed(panel, tmp_path):
    # an earlier year without Bövinghausen (as when a city splits or merges areas between reports)
    source = STATISTIKATLAS_TABLES[2018].read_text(encoding="utf-8-sig").splitlines()
    earlier = tmp_path / "ohne_boevinghausen_2018.csv"
    earlier.write_text("\n".join(line for line in source if not line.startswith("710;")), encoding="utf-8")
    panel.development.earlier.set_source(str(earlier))
    compare(panel)
    report = panel.development.report.text()
    assert "710 Bövinghausen" in report
    row = table_rows(panel.development)["Bövinghausen"]
    assert row[1] == "–" and row[2] == ""  # kept, not dropped: no class, no earlier value


def test_the_comparison_comes_back_after_saving_and_reopening(panel, qgis_iface, tmp_path):
    compare(panel)
    section = panel.development
    section.colour_by.setCurrentIndex(section.colour_by.findData("st_chg"))
    section.indicator.setCurrentIndex(section.indicator.findData("tlq"))
    before = table_rows(section)
    report = section.report.text()
    renderer = section.layer.renderer().dump()
    assert QgsProject.instance().write()
    panel.controller.disconnect_project()

    reopened = reopen(qgis_iface, tmp_path / "vergleich.qgz")
    try:
        again = reopened.development
        assert again.layer is not None and again.layer is comparison_layer(QgsProject.instance())
        assert again.colour_by.currentData() == "st_chg"
        assert again.layer.renderer().dump() == renderer
        again.indicator.setCurrentIndex(again.indicator.findData("tlq"))
        assert table_rows(again)["Bövinghausen"] == before["Bövinghausen"]
        assert again.report.text() == report
        # comparing again replaces the layer instead of adding a second one
        compare(reopened)
        layers = [
            layer
            for layer in QgsProject.instance().mapLayers().values()
            if layer.customProperty(KIND_PROPERTY) == KIND
        ]
        assert len(layers) == 1
    finally:
        reopened.controller.wait_for_tasks()
        reopened.controller.disconnect_project()


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_comparison_fits_the_dock(qgis_iface, tmp_path, language):
    from qgis.PyQt.QtWidgets import QApplication

    from aktionsraeume_plugin.services.i18n import install_translator, remove_translators
    from aktionsraeume_plugin.ui.dock import PANEL_WIDTH

    assert install_translator(language)
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "vergleich.qgz"))
    panel = AktionsraeumePanel(qgis_iface)
    panel.resize(PANEL_WIDTH, 900)
    panel.show()
    try:
        load_statistikatlas(panel)
        panel.show_step(panel.development)
        compare(panel)
        section = panel.development
        for colouring in ("dev_cls", "st_chg"):
            section.colour_by.setCurrentIndex(section.colour_by.findData(colouring))
            QApplication.processEvents()
            content = panel.page_contents()[panel.sections().index(section)]
            assert content.minimumSizeHint().width() <= panel.pages.currentWidget().viewport().width()
            # the area names stay readable; a column that does not fit scrolls inside the table
            header = section.table.horizontalHeader()
            assert header.sectionSize(0) >= 90  # the area names stay readable
        assert section.compare_button.width() >= section.compare_button.sizeHint().width()
    finally:
        panel.hide()
        panel.controller.wait_for_tasks()
        panel.controller.disconnect_project()
        project.clear()
        remove_translators()
        install_translator("en")


def test_a_cancelled_comparison_is_never_applied(panel, qgis_iface):
    from qgis.core import Qgis

    qgis_iface.messageBar().clear_messages()
    click(panel.development.compare_button)
    assert panel.busy_label.text() == "Comparing two years …"
    click(panel.cancel_button)
    panel.controller.wait_for_tasks()
    assert panel.development.layer is None and comparison_layer(QgsProject.instance()) is None
    assert panel.development.proxy.rowCount() == 0
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Info) == ["Comparing two years:Cancelled."]
    assert panel.development.compare_button.isEnabled()  # ready to compare again


def test_tables_with_a_city_total_row_compare_against_it(qgis_app):
    """The synthetic sample's table has a total row "Stadt Dortmund insgesamt": it is each year's reference
    and no area; a year compared with itself has changed nowhere."""
    from aktionsraeume_plugin.core.catalogue import load_catalogue
    from aktionsraeume_plugin.services.development_layers import compute_comparison, prepare_comparison
    from aktionsraeume_plugin.services.sample_project import (
        SAMPLE_CATALOGUE,
        SAMPLE_SPACE_TABLE,
        sample_levels,
    )

    levels = sample_levels()
    plan = prepare_comparison(
        levels.spaces, str(SAMPLE_SPACE_TABLE), str(SAMPLE_SPACE_TABLE), load_catalogue(SAMPLE_CATALOGUE), "x"
    )
    computed = compute_comparison(plan)
    assert len(computed.frame) == 39 and not computed.layer_only_areas
    assert computed.report.later_only_areas == () and computed.report.earlier_only_areas == ()
    assert (computed.frame["c_tlq"] == 0).all()
    assert set(computed.frame["dev_cls"]) == {"stable"}
    assert set(computed.frame["st_chg"]) <= {"still_below", "not_below"}


def test_in_german_the_table_speaks_german_and_writes_decimal_commas(qgis_locale, qgis_iface, tmp_path):
    qgis_locale("de_DE")
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "vergleich.qgz"))
    panel = AktionsraeumePanel(qgis_iface)
    try:
        load_statistikatlas(panel)
        compare(panel)
        section = panel.development
        section.indicator.setCurrentIndex(section.indicator.findData("tlq"))
        _name, _trend, then, now, change = table_rows(section)["Bövinghausen"]
        assert (then, now, change) == ("25,6", "24,1", "−1,5")
        assert section.caption.text() == (
            "Transferleistungsquote in %: damals, jetzt und die Veränderung Δ (jetzt minus damals), Einheit %-Punkte."
        )
        classes = set(renderer_classes(section.layer).values())
        assert any(label.startswith("Verbessert (") for label in classes)
    finally:
        panel.controller.wait_for_tasks()
        panel.controller.disconnect_project()
        project.clear()


def test_a_removed_comparison_layer_empties_the_page_and_other_areas_drop_the_samples_tables(panel):
    compare(panel)
    section = panel.development
    QgsProject.instance().removeMapLayer(section.layer.id())
    section.colour_by.setCurrentIndex(section.colour_by.findData("st_chg"))  # no error, nothing to colour
    assert section.layer is None and section.proxy.rowCount() == 0
    # the synthetic sample has no second year: the real sample's tables are not offered for it
    panel.areas.sample_choice.setCurrentIndex(panel.areas.sample_choice.findData("dortmund2020"))
    click(panel.areas.load_sample_button)
    assert section.later.source() is None and section.earlier.source() is None


def test_the_panels_profiles_of_the_real_sample_show_the_change_since_2018(panel):
    from aktionsraeume_plugin.services.profile_export import build_profiles, project_source

    source = project_source(QgsProject.instance(), panel.controller.workspace)
    assert set(source.comparisons) == {"spaces"}
    profiles = build_profiles(panel.controller.workspace.status_layers, source)
    clarenberg = next(p for p in profiles if p.name == "Clarenberg")
    tlq = next(row for row in clarenberg.rows if row.indicator.id == "tlq")
    assert (tlq.earlier, tlq.value) == (pytest.approx(46.9), pytest.approx(33.0))
    assert tlq.change == pytest.approx(33.0 - 46.9)
