"""The Assessment section driven through its widgets in QGIS: assess, table ↔ canvas, colours, proposals."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsGraduatedSymbolRenderer, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from aktionsraeume_plugin.paths import SAMPLE_DIR
from aktionsraeume_plugin.services.indicator_styling import renderer_ranges
from aktionsraeume_plugin.services.result_storage import results_path
from aktionsraeume_plugin.ui.area_table_model import KEY_ROLE
from aktionsraeume_plugin.ui.dock import AktionsraeumePanel

SPACE_TABLE = SAMPLE_DIR / "indikatoren_sozialraeume_2018.csv"
QUARTER_TABLE = SAMPLE_DIR / "indikatoren_quartiere_2018.csv"
CATALOGUE = SAMPLE_DIR / "katalog.toml"
CHANGES_2020 = {
    ("remove_space", "0503"),
    ("keep_quarter", "050304"),
    ("remove_space", "0603"),
    ("keep_quarter", "060301"),
    ("add_space", "1003"),
    ("add_space", "0102"),
}


def with_margin(box: QgsRectangle, share: float) -> QgsRectangle:
    """``box`` grown by ``share`` of its width and height on each side."""
    dx, dy = box.width() * share, box.height() * share
    return QgsRectangle(box.xMinimum() - dx, box.yMinimum() - dy, box.xMaximum() + dx, box.yMaximum() + dy)


def click(button) -> None:
    assert button.isEnabled(), button.objectName()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def join(panel, path, level: str) -> None:
    section = panel.indicators
    section.level.setCurrentIndex(section.level.findData(level))
    section.file.setFilePath(str(path))
    panel.controller.wait_for_tasks()
    click(section.join_button)
    panel.controller.wait_for_tasks()
    click(section.accept_button)


@pytest.fixture()
def joined_panel(qgis_iface, tmp_path):
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "projekt.qgz"))
    qgis_iface.messageBar().clear_messages()
    panel = AktionsraeumePanel(qgis_iface)
    panel.resize(350, 900)
    QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
    join(panel, SPACE_TABLE, "spaces")
    join(panel, QUARTER_TABLE, "quarters")
    yield panel
    panel.controller.wait_for_tasks()
    panel.controller.disconnect_project()
    project.clear()


def assess(panel, method: str = "average") -> None:
    section = panel.assessment
    section.catalogue_file.setFilePath(str(CATALOGUE))
    section.method.setCurrentIndex(section.method.findData(method))
    click(section.assess_button)
    panel.controller.wait_for_tasks()


def rows_by_name(section) -> dict[str, list[str]]:
    proxy = section.proxy
    return {
        proxy.index(row, 0).data(): [proxy.index(row, c).data() for c in range(proxy.columnCount())]
        for row in range(proxy.rowCount())
    }


def test_assessment_finds_the_press_release_areas(joined_panel):
    panel, section = joined_panel, joined_panel.assessment
    assess(panel)
    assert set(panel.controller.assessments) == {"spaces", "quarters"}
    spaces = panel.controller.assessed_layers["spaces"]
    assert spaces.source().startswith(str(results_path(panel.controller)))
    assert QgsProject.instance().mapLayer(spaces.id()) is spaces
    assert spaces.featureCount() == 39 and spaces.fields().indexFromName("bel_avg") >= 0

    assert "comparison with the city average" in section.method_label.text()
    assert "Stadt Dortmund insgesamt" in section.method_label.text()
    rows = rows_by_name(section)
    assert len(rows) == 39
    below = section.proxy.columnCount() - 1
    for name in ("Bövinghausen/Westrich", "Dorstfeld"):
        assert rows[name][below] == "yes", name
    for name in ("Alt-Scharnhorst", "Wickede"):
        assert rows[name][below] == "", name
    headers = [section.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(below + 1)]
    assert headers[:2] == ["Area", "Worse"] and "Threshold" in headers


def test_sorting_and_row_click_select_the_area_on_the_layer(joined_panel):
    panel, section = joined_panel, joined_panel.assessment
    assess(panel)
    worse = 1
    section.table.sortByColumn(worse, Qt.SortOrder.DescendingOrder)
    counts = [section.proxy.index(r, worse).data(section.proxy.sortRole()) for r in range(39)]
    assert counts == sorted(counts, reverse=True)

    layer = panel.controller.assessed_layers["spaces"]
    row = next(r for r in range(39) if section.proxy.index(r, 0).data() == "Dorstfeld")
    section.table.scrollTo(section.proxy.index(row, 0))
    rect = section.table.visualRect(section.proxy.index(row, 0))
    QTest.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = layer.selectedFeatures()
    assert [f["sozialraum_name"] for f in selected] == ["Dorstfeld"]
    canvas = panel.controller.iface.mapCanvas()
    box = selected[0].geometry().boundingBox()
    assert canvas.extent().contains(with_margin(box, 0.25))  # room around the area, not cut at its edge
    extent = canvas.extent()  # still the area, not the city (one side fits, the other follows the canvas)
    assert min(extent.width() / box.width(), extent.height() / box.height()) < 2

    # and the other way: selecting on the canvas selects the row
    wickede = next(f.id() for f in layer.getFeatures() if f["sozialraum_name"] == "Wickede")
    layer.selectByIds([wickede])
    rows = section.table.selectionModel().selectedRows()
    assert [section.proxy.data(i, KEY_ROLE) for i in rows] == ["0603"]


def test_colour_by_an_indicator_diverges_around_the_city_value(joined_panel):
    panel, section = joined_panel, joined_panel.assessment
    assess(panel)
    section.colour_by_indicator("tlq")
    layer = panel.controller.assessed_layers["spaces"]
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == "Transferleistungsquote in %"
    ranges = renderer_ranges(layer)
    reference = panel.controller.assessments["spaces"].reference["tlq"]
    assert reference == pytest.approx(17.6)
    lower, upper, _colour = ranges[len(ranges) // 2]
    assert lower < reference < upper
    assert reference - lower == pytest.approx(upper - reference)
    # higher is worse: the highest class is the warm (red) end
    assert ranges[-1][2] == "#b2182b" and ranges[0][2] == "#2166ac"
    values = [f["Transferleistungsquote in %"] for f in layer.getFeatures()]
    assert ranges[0][0] <= min(values) and max(values) <= ranges[-1][1]

    # "higher is better": low values are red
    section.colour_by_indicator("gymnasium")
    assert renderer_ranges(layer)[0][2] == "#b2182b"
    # a domain count gives one class per count
    section.colour_by.setCurrentIndex(section.colour_by.findData("count:n_worse:7"))
    assert [r[0] for r in renderer_ranges(layer)] == [n - 0.5 for n in range(8)]


def test_propose_changes_gives_the_2020_revision(joined_panel):
    panel, section = joined_panel, joined_panel.assessment
    assess(panel)
    assert section.space_baseline.currentField() == "aktionsraum_basis"
    click(section.propose_button)
    scenario = panel.controller.scenario
    assert {(c.action.value, c.area) for c in scenario.changes} == CHANGES_2020
    assert len(scenario.baseline.action_spaces) == 13
    assert panel.proposals.changes.rowCount() == 6
    summary = panel.proposals.summary.text()
    assert "Aktionsräume: 13 → 13" in summary
    assert "Aktionsquartiere: 0 → 2" in summary
    # the assessed layers survive the new workspace (they live in their own GeoPackage)
    assert panel.controller.assessed_layers["spaces"].isValid()
    assert panel.controller.assessed_layers["spaces"].featureCount() == 39
    # status colouring shows the workspace's status layers
    section.colour_by.setCurrentIndex(section.colour_by.findData("status"))
    root = QgsProject.instance().layerTreeRoot()
    status = panel.controller.workspace.status_layers.spaces
    assert root.findLayer(status.id()).isVisible()
    assert not root.findLayer(panel.controller.assessed_layers["spaces"].id()).itemVisibilityChecked()


def test_index_method_shows_index_and_class(joined_panel):
    panel, section = joined_panel, joined_panel.assessment
    assess(panel, "index")
    assert "standardised status index" in section.method_label.text()
    headers = [section.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Area", "Index", "Class", "Below"]
    assert section.colour_by.currentData() == "index:status_idx"
    ranges = renderer_ranges(panel.controller.assessed_layers["spaces"])
    assert ranges[len(ranges) // 2][0] < 0 < ranges[len(ranges) // 2][1]


def test_a_broken_catalogue_is_a_message_not_a_traceback(joined_panel, tmp_path):
    panel, section = joined_panel, joined_panel.assessment
    broken = tmp_path / "kaputt.toml"
    broken.write_text(
        CATALOGUE.read_text(encoding="utf-8").replace('direction = "higher_is_worse"', 'direction = "up"', 1),
        encoding="utf-8",
    )
    section.catalogue_file.setFilePath(str(broken))
    critical = panel.controller.iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert critical and "kaputt.toml" in critical[-1] and "line" in critical[-1]
    assert "kaputt.toml" in section.catalogue_info.text()
    click(section.assess_button)
    panel.controller.wait_for_tasks()
    assert "spaces" not in panel.controller.assessments


def test_a_city_without_a_list_gets_every_candidate_proposed(joined_panel):
    """No current list yet: every candidate becomes a proposed new Aktionsraum, and the map can be made."""
    panel, section = joined_panel, joined_panel.assessment
    assess(panel)
    section.baseline_source.setCurrentIndex(section.baseline_source.findData("none"))
    assert not section.space_baseline.isEnabled() and not section.baseline_file.isEnabled()
    click(section.propose_button)
    scenario = panel.controller.scenario
    candidates = set(panel.controller.assessments["spaces"].below_average())
    assert scenario.baseline.action_spaces == ()
    added = {c.area for c in scenario.changes if c.action.value == "add_space"}
    assert added == candidates and candidates
    assert not [c for c in scenario.changes if c.action.value.startswith("remove")]
    assert f"Aktionsräume: 0 → {len(candidates)}" in panel.proposals.summary.text()
    assert panel.proposals.baseline.text() == "Baseline: no list yet; every area on the list is newly added."


def test_areas_without_a_list_field_start_with_no_list(joined_panel):
    panel, section = joined_panel, joined_panel.assessment
    assert section.baseline_source.currentData() == "fields"  # the press-release sample has its list
    choice = panel.areas.sample_choice
    choice.setCurrentIndex(choice.findData("statistikatlas"))
    QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
    panel.controller.wait_for_tasks()
    assert section.baseline_source.currentData() == "none"


def test_the_catalogue_line_counts_the_domains_in_use(joined_panel, tmp_path):
    section = joined_panel.assessment
    extra = tmp_path / "katalog.toml"
    text = CATALOGUE.read_text(encoding="utf-8")
    extra.write_text(text + '\n[[domain]]\nid = "leer"\nlabel = "Ohne Indikatoren"\n', encoding="utf-8")
    section.catalogue_file.setFilePath(str(extra))
    assert section.load_catalogue() is not None
    assert "9 indicators in 5 domains" in section.catalogue_info.text()
