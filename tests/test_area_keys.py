"""One canonical area key: layers whose key fields are integers or reals meet text tables, baselines and
scenarios ("0503") and get the right statuses, candidates, proposed changes and map colours."""

from __future__ import annotations

import pytest
from qgis.core import QgsField, QgsFields, QgsRenderContext

from aktionsraeume_plugin.core.candidates import find_candidates, read_baseline
from aktionsraeume_plugin.core.catalogue import load_catalogue
from aktionsraeume_plugin.core.keys import area_key
from aktionsraeume_plugin.core.scenario import read_scenario
from aktionsraeume_plugin.core.status import STATUS_COLOURS, AreaStatus
from aktionsraeume_plugin.services import assessment_service, proposals
from aktionsraeume_plugin.services.join_service import JoinRequest, join_layer_with_table
from aktionsraeume_plugin.services.layers import feature_key, frame_to_memory_layer, layer_to_frame
from aktionsraeume_plugin.services.qt_compat import FIELD_DOUBLE, FIELD_INT64
from aktionsraeume_plugin.services.sample_project import (
    SAMPLE_CATALOGUE,
    SAMPLE_QUARTER_TABLE,
    SAMPLE_SCENARIO,
    SAMPLE_SPACE_TABLE,
    sample_levels,
)
from aktionsraeume_plugin.services.status_layers import AreaLevel, AreaLevels, StatusLayers
from aktionsraeume_plugin.services.styling import STATUS_FIELD

NUMBER_TYPES = {"integer": (FIELD_INT64, int), "real": (FIELD_DOUBLE, float)}


def numeric_keys(level: AreaLevel, kind: str, key_fields: tuple[str, ...]) -> AreaLevel:
    """A memory copy of the level whose key fields hold numbers (503 or 503.0 for "0503")."""
    field_type, convert = NUMBER_TYPES[kind]
    frame = layer_to_frame(level.layer)
    fields = QgsFields()
    for field in level.layer.fields():
        if field.name() in key_fields:
            fields.append(QgsField(field.name(), field_type))
            frame[field.name()] = [convert(int(v)) for v in frame[field.name()]]
        else:
            fields.append(field)
    layer = frame_to_memory_layer(frame, level.layer.crs(), f"{level.layer.name()} ({kind})", fields=fields)
    assert layer.featureCount() == level.layer.featureCount()
    return AreaLevel(layer, level.key_field, level.name_field, level.parent_field)


@pytest.fixture(params=sorted(NUMBER_TYPES))
def numeric_levels(request, qgis_app) -> AreaLevels:
    sample = sample_levels()
    return AreaLevels(
        spaces=numeric_keys(sample.spaces, request.param, ("sozialraum_nr", "bezirk_nr")),
        quarters=numeric_keys(sample.quarters, request.param, ("quartier_nr", "sozialraum_nr")),
    )


def colour_of(layer, key_field: str, key: str) -> str | None:
    """The colour the layer's renderer gives the feature with ``key`` (None: not drawn)."""
    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    try:
        feature = next(f for f in layer.getFeatures() if feature_key(f, key_field) == key)
        symbol = renderer.symbolForFeature(feature, context)
        return None if symbol is None else symbol.color().name()
    finally:
        renderer.stopRender(context)


def test_text_scenario_on_numeric_key_fields_gives_the_right_statuses_and_colours(numeric_levels):
    layers = StatusLayers.create(numeric_levels, read_scenario(SAMPLE_SCENARIO))
    spaces = layers.statuses("spaces")
    assert "503" in spaces and "503.0" not in spaces  # a Real key field reads as 503, not "503.0"
    assert spaces["102"] == AreaStatus.NEW_ACTION_SPACE.value  # Dorstfeld, "0102" in the scenario
    assert spaces["503"] == AreaStatus.NO_LONGER_ACTION_SPACE.value  # Alt-Scharnhorst, "0503"
    assert spaces["103"] == AreaStatus.REMAINS_ACTION_SPACE.value
    assert spaces["901"] == AreaStatus.NONE.value
    quarters = layers.statuses("quarters")
    assert quarters["50304"] == AreaStatus.ACTION_QUARTER.value  # Wambeler Heide, kept (parent "0503")
    assert sum(s == AreaStatus.ACTION_QUARTER.value for s in quarters.values()) == 2
    # the map shows it: the renderer colours each area by its status
    assert colour_of(layers.spaces, "sozialraum_nr", "102") == STATUS_COLOURS[AreaStatus.NEW_ACTION_SPACE]
    assert (
        colour_of(layers.spaces, "sozialraum_nr", "503") == STATUS_COLOURS[AreaStatus.NO_LONGER_ACTION_SPACE]
    )
    assert colour_of(layers.quarters, "quartier_nr", "50304") == STATUS_COLOURS[AreaStatus.ACTION_QUARTER]
    # switching a change of the text scenario reaches the numeric layer
    changed = layers.update(layers.scenario.with_enabled("add-0102", False))
    assert changed == {"102"} and layers.statuses("spaces")["102"] == AreaStatus.NONE.value
    assert colour_of(layers.spaces, "sozialraum_nr", "102") == STATUS_COLOURS[AreaStatus.NONE]


def test_numeric_key_fields_give_the_candidates_and_changes_of_the_text_baseline(numeric_levels, tmp_path):
    catalogue = load_catalogue(SAMPLE_CATALOGUE)
    results = {}
    for name, level, table, table_key in (
        ("spaces", numeric_levels.spaces, SAMPLE_SPACE_TABLE, "Sozialraum-Nr."),
        ("quarters", numeric_levels.quarters, SAMPLE_QUARTER_TABLE, "Quartier-Nr."),
    ):
        joined, report = join_layer_with_table(
            level.layer, level.key_field, JoinRequest(table, table_key), tmp_path / f"{name}.gpkg", name
        )
        assert report.matched_features == level.layer.featureCount()  # 503 joins "0503"
        _layer, results[name] = assessment_service.assess_layer(joined, catalogue, "average", level.key_field)
    assert "503" in results["spaces"].keys and "503.0" not in results["spaces"].keys

    baseline = read_baseline(SAMPLE_SCENARIO)  # text keys: "0503", ...
    names, parents = proposals.names_and_parents_of_levels(numeric_levels)
    assert parents["50304"] == "503" and names["503"] == "Alt-Scharnhorst"
    candidates = find_candidates(results["spaces"], results["quarters"], parents)
    assert "102" in candidates.spaces and "503" not in candidates.spaces
    assert "50304" in candidates.quarters

    scenario = proposals.propose_scenario(
        numeric_levels, baseline, results["spaces"], results["quarters"], "generated"
    )
    expected = read_scenario(SAMPLE_SCENARIO)
    assert sorted((c.action.value, c.area) for c in scenario.changes) == sorted(
        (c.action.value, area_key(int(c.area))) for c in expected.changes
    )
    assert len(scenario.action_spaces()) == 13 and len(scenario.action_quarters()) == 2
    layers = StatusLayers.create(numeric_levels, scenario)
    assert layers.statuses("spaces")["503"] == AreaStatus.NO_LONGER_ACTION_SPACE.value
    assert layers.statuses("quarters")["50304"] == AreaStatus.ACTION_QUARTER.value
    assert STATUS_FIELD in [f.name() for f in layers.spaces.fields()]
