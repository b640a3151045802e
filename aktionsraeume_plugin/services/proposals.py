"""Proposed changes from an assessment, for the area levels of a project (QGIS layers in, scenario out).

The rules are in ``core.candidates``; this module only reads keys, names, parents and the baseline
fields from the levels' layers.
"""

from __future__ import annotations

from qgis.core import QgsVectorLayer

from ..core.assessment import AssessmentResult
from ..core.candidates import baseline_from_fields, propose_changes
from ..core.catalogue import Catalogue
from ..core.scenario import Baseline, Scenario, require_known_areas
from .assessment_service import names_and_parents
from .layers import feature_key, layer_to_frame
from .status_layers import AreaLevel, AreaLevels


def baseline_from_levels(levels: AreaLevels, space_field: str, quarter_field: str = "") -> Baseline:
    """Today's list from the fields that mark Aktionsräume (and Aktionsquartiere) in the layers."""
    spaces = layer_to_frame(levels.spaces.layer, [levels.spaces.key_field, space_field], geometry=False)
    quarters = None
    if levels.quarters is not None and quarter_field:
        quarters = layer_to_frame(
            levels.quarters.layer, [levels.quarters.key_field, quarter_field], geometry=False
        )
    return baseline_from_fields(
        spaces,
        levels.spaces.key_field,
        space_field,
        quarters,
        levels.quarters.key_field if quarters is not None else "",
        quarter_field if quarters is not None else "",
    )


def canonical_baseline(levels: AreaLevels, baseline: Baseline) -> Baseline:
    """``baseline`` with its keys made canonical for the levels' keys (``core.keys.AreaKeys``).

    Raises ``ScenarioError`` naming the keys the levels do not have (:func:`require_known_areas`)."""
    spaces = levels.spaces.area_keys()
    quarters = levels.quarters.area_keys() if levels.quarters is not None else None
    require_known_areas(baseline, spaces, quarters)
    return baseline.with_keys(spaces.canonical, quarters.canonical if quarters is not None else None)


def names_and_parents_of_levels(levels: AreaLevels) -> tuple[dict[str, str], dict[str, str]]:
    """Area key → name for spaces and quarters, and quarter key → Sozialraum key."""
    names: dict[str, str] = {}
    parents: dict[str, str] = {}
    space_keys = levels.spaces.area_keys()
    for area_level, with_parent in ((levels.spaces, False), (levels.quarters, True)):
        if area_level is None:
            continue
        parent = area_level.parent_field if with_parent and area_level.parent_field else None
        fields = [f for f in (area_level.key_field, area_level.name_field, parent) if f]
        frame = layer_to_frame(area_level.layer, fields, geometry=False)
        level_names, level_parents = names_and_parents(
            frame, area_level.key_field, area_level.name_field or None, parent, space_keys
        )
        names.update(level_names)
        parents.update(level_parents)
    return names, parents


def propose_scenario(
    levels: AreaLevels,
    baseline: Baseline,
    spaces: AssessmentResult,
    quarters: AssessmentResult | None,
    name: str,
    catalogue_path: str = "",
    description: str = "",
) -> Scenario:
    """A scenario with the changes the assessment suggests against ``baseline`` (all switched on).

    The baseline's keys are made canonical for the levels first (a list naming "0503" meets a layer
    whose key field holds 503), so candidates and baseline are compared key by key.
    """
    baseline = canonical_baseline(levels, baseline)
    names, parents = names_and_parents_of_levels(levels)
    changes = propose_changes(baseline, spaces, quarters, names, parents, spaces.catalogue)
    return Scenario(name, baseline, tuple(changes), catalogue_path, description)


#: The population column looked for when the catalogue names none.
DEFAULT_POPULATION_COLUMN = "Einwohner"


def population_by_key(
    layers: list[tuple[QgsVectorLayer, AreaLevel]],
    catalogue: Catalogue | None = None,
    known: dict[str, float] | None = None,
) -> dict[str, float] | None:
    """Inhabitants per canonical area key from ``layers`` (each with its level, which names the key
    field), in the catalogue's population column (else :data:`DEFAULT_POPULATION_COLUMN`); ``known``
    values (e.g. the sample's) come first and are overridden by the layers. Numeric values only.
    None when nothing is found (the summary then leaves population out)."""
    column = (
        catalogue.reference.population_column if catalogue is not None else ""
    ) or DEFAULT_POPULATION_COLUMN
    found: dict[str, float] = dict(known or {})
    for layer, area_level in layers:
        if layer.fields().indexFromName(column) < 0:
            continue
        for feature in layer.getFeatures():
            value = feature[column]
            if isinstance(value, (int, float)):
                found[feature_key(feature, area_level.key_field)] = float(value)
    return found or None
