"""The map's variants and formats, checked on the exported files: portrait, reset to template, SVG,
the comparison of the current list with the scenario, and a switched-off change."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from types import SimpleNamespace

import pytest
import shapely
from qgis.core import QgsLayoutPoint, QgsProject, QgsUnitTypes

from aktionsraeume_plugin.core.status import STATUS_COLOURS, AreaStatus
from aktionsraeume_plugin.services.layers import layer_to_frame
from aktionsraeume_plugin.services.map_export import (
    COMPARISON_LAYOUT_NAME,
    LAYOUT_NAME,
    ExportError,
    ensure_comparison_layout,
    ensure_layout,
    export_layout,
    find_layout,
    layout_orientation,
    prepare_layout,
)
from aktionsraeume_plugin.services.sample_project import load_sample

from .map_probe import dominant_colour, map_to_pixel, pdf_page_size, pdf_text

DPI = 60
MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters


@pytest.fixture()
def sample(qgis_app):
    project = QgsProject.instance()
    project.clear()
    yield project, load_sample(project)
    project.clear()


def space_colours(png, layout, status_layers, item_id="map") -> dict[str, str]:
    """The colour the PNG shows inside each Sozialraum (beside any Aktionsquartier drawn on top)."""
    to_pixel = map_to_pixel(layout, DPI, item_id)
    spaces = layer_to_frame(status_layers.spaces)
    quarters = layer_to_frame(status_layers.quarters)
    funded = quarters[quarters["status"] == AreaStatus.ACTION_QUARTER.value]["geometry"].to_list()
    cover = shapely.union_all(funded).buffer(300) if funded else shapely.Polygon()
    colours = {}
    for row in spaces.itertuples():
        colour, _share = dominant_colour(png, to_pixel, row.geometry.difference(cover), inset=250)
        colours[row.sozialraum_nr] = colour
    return colours


def _shown(layout, item_id: str) -> SimpleNamespace:
    """The status layers a comparison map shows (districts, quarters, spaces: ComparisonLayers.map_layers)."""
    _districts, quarters, spaces = layout.itemById(item_id).layers()
    return SimpleNamespace(spaces=spaces, quarters=quarters)


def test_portrait_map_is_a4_portrait_with_status_colours(sample, tmp_path):
    project, workspace = sample
    layout = ensure_layout(project, workspace.status_layers, workspace.texts, "portrait")
    assert layout_orientation(layout) == "portrait"
    pdf = export_layout(layout, tmp_path / "hoch.pdf")
    assert pdf_page_size(pdf) == pytest.approx((595.28, 841.89), abs=0.5)
    text = " ".join(pdf_text(pdf).split())
    assert "Aktionsplan Soziale Stadt Dortmund" in text and "Remains Aktionsraum (11)" in text
    png = export_layout(layout, tmp_path / "hoch.png", dpi=DPI)
    colours = space_colours(png, layout, workspace.status_layers)
    assert colours["0102"] == STATUS_COLOURS[AreaStatus.NEW_ACTION_SPACE]  # Dorstfeld
    assert colours["0503"] == STATUS_COLOURS[AreaStatus.NO_LONGER_ACTION_SPACE]  # Alt-Scharnhorst
    assert colours["0901"] == STATUS_COLOURS[AreaStatus.NONE]


def test_adjusted_layout_is_kept_and_reset_restores_the_template(sample):
    project, workspace = sample
    layout = ensure_layout(project, workspace.status_layers, workspace.texts)
    template_position = layout.itemById("title").positionWithUnits()
    layout.itemById("title").attemptMove(QgsLayoutPoint(40, 150, MM))

    again = ensure_layout(project, workspace.status_layers, workspace.texts)
    assert again is layout
    assert again.itemById("title").positionWithUnits().x() == pytest.approx(40)

    reset = ensure_layout(project, workspace.status_layers, workspace.texts, reset=True)
    assert find_layout(project) is reset
    assert len(project.layoutManager().printLayouts()) == 1
    position = reset.itemById("title").positionWithUnits()
    assert (position.x(), position.y()) == pytest.approx((template_position.x(), template_position.y()))


def test_an_orientation_the_project_layout_lacks_is_refused_unless_reset(sample):
    project, workspace = sample
    prepare_layout(project, workspace.status_layers, workspace.texts, "landscape")
    with pytest.raises(ExportError, match="landscape, not portrait"):
        prepare_layout(project, workspace.status_layers, workspace.texts, "portrait")
    layout = prepare_layout(project, workspace.status_layers, workspace.texts, "portrait", reset=True)
    assert layout_orientation(layout) == "portrait" and layout.name() == LAYOUT_NAME


def test_svg_parses_and_holds_the_title_as_text(sample, tmp_path):
    project, workspace = sample
    layout = ensure_layout(project, workspace.status_layers, workspace.texts)
    svg = export_layout(layout, tmp_path / "karte.svg")
    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    words = " ".join(" ".join(element.itertext()) for element in root.iter() if element.tag.endswith("text"))
    assert "Aktionsplan" in words and "Dortmund" in words


def test_switching_a_change_off_recolours_exactly_its_area_and_drops_empty_legend_entries(sample, tmp_path):
    project, workspace = sample
    layout = ensure_layout(project, workspace.status_layers, workspace.texts)
    before = space_colours(
        export_layout(layout, tmp_path / "vorher.png", dpi=DPI), layout, workspace.status_layers
    )
    assert len(before) == 39

    changed = workspace.set_scenario(workspace.scenario.with_enabled("add-0102", False))
    assert changed == {"0102"}
    after = space_colours(
        export_layout(layout, tmp_path / "nachher.png", dpi=DPI), layout, workspace.status_layers
    )
    differing = {key for key in before if before[key] != after[key]}
    assert differing == {"0102"}
    assert after["0102"] == STATUS_COLOURS[AreaStatus.NONE]
    assert "New Aktionsraum (1)" in " ".join(pdf_text(export_layout(layout, tmp_path / "a.pdf")).split())

    # With both additions off, no area is a new Aktionsraum: the legend entry goes too.
    workspace.set_scenario(workspace.scenario.with_enabled("add-1003", False))
    text = " ".join(pdf_text(export_layout(layout, tmp_path / "b.pdf")).split())
    assert "New Aktionsraum" not in text
    for entry in (
        "Remains Aktionsraum (11)",
        "No longer Aktionsraum (2)",
        "Aktionsquartier (2)",
        "Other areas (26)",
    ):
        assert entry in text, entry


def test_comparison_shows_current_list_and_scenario_side_by_side_with_one_legend(sample, tmp_path):
    project, workspace = sample
    layout = ensure_comparison_layout(project, workspace.status_layers, workspace.texts)
    assert find_layout(project, COMPARISON_LAYOUT_NAME) is layout
    assert find_layout(project, LAYOUT_NAME) is None  # the map layout is another one
    png = export_layout(layout, tmp_path / "vergleich.png", dpi=DPI)
    baseline = space_colours(png, layout, _shown(layout, "map_baseline"), "map_baseline")
    scenario = space_colours(png, layout, _shown(layout, "map"), "map")
    assert baseline["0503"] == STATUS_COLOURS[AreaStatus.REMAINS_ACTION_SPACE]  # Alt-Scharnhorst before
    assert scenario["0503"] == STATUS_COLOURS[AreaStatus.NO_LONGER_ACTION_SPACE]
    assert baseline["0102"] == STATUS_COLOURS[AreaStatus.NONE]  # Dorstfeld before
    assert scenario["0102"] == STATUS_COLOURS[AreaStatus.NEW_ACTION_SPACE]
    assert (
        sum(colour == STATUS_COLOURS[AreaStatus.REMAINS_ACTION_SPACE] for colour in baseline.values()) == 13
    )
    # Same scale on both maps, so the cities match.
    assert layout.itemById("map").scale() == pytest.approx(layout.itemById("map_baseline").scale())

    pdf = export_layout(layout, tmp_path / "vergleich.pdf")
    assert pdf_page_size(pdf) == pytest.approx((841.89, 595.28), abs=0.5)
    text = " ".join(pdf_text(pdf).split())
    for entry in (
        "Current list",
        "13 Aktionsräume",
        "With the proposed changes",
        "13 Aktionsräume, 2 Aktionsquartiere",
        "New Aktionsraum",
        "Remains Aktionsraum",
        "Aktionsquartier",
        "No longer Aktionsraum",
        "Stadtbezirk boundary",
    ):
        assert entry in text, entry
    assert "(11)" not in text  # one legend for two maps: no counts
    # The project's own status layers and statuses are untouched by the comparison.
    assert workspace.status_layers.statuses("spaces")["0503"] == AreaStatus.NO_LONGER_ACTION_SPACE.value


def test_comparison_keeps_adjustments_and_follows_the_scenario(sample, tmp_path):
    project, workspace = sample
    layout = ensure_comparison_layout(project, workspace.status_layers, workspace.texts)
    layout.itemById("title").attemptMove(QgsLayoutPoint(30, 100, MM))
    workspace.set_scenario(workspace.scenario.with_all_enabled(False))
    again = ensure_comparison_layout(project, workspace.status_layers, workspace.texts)
    assert again is layout and again.itemById("title").positionWithUnits().x() == pytest.approx(30)
    text = " ".join(pdf_text(export_layout(again, tmp_path / "v.pdf")).split())
    assert "With the proposed changes 13 Aktionsräume" in text
    assert "New Aktionsraum" not in text and "No longer Aktionsraum" not in text
