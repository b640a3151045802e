"""Guessing which layer is which area level and which field holds its key, name, parent key or baseline:
the QGIS side of ``core.level_guess`` (reading the layers, leaving out the plugin's own result layers).

The panel pre-fills its pickers with these guesses; the user can always choose otherwise.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.level_guess import (
    BASELINE_PATTERNS,
    LEVEL_ORDER,
    LayerProfile,
    LevelFields,
    LevelGuess,
    fields_by_name,
    guess_field,
    guess_levels,
)
from .layers import _python_value
from .result_storage import KIND_PROPERTY

#: Layers with more features are judged by their names only (no area level has that many).
MAX_PROFILED_FEATURES = 5000
#: Kinds of the plugin's own layers that can be an area level: repaired boundaries replace a level.
LEVEL_KINDS = ("repaired_boundaries",)
#: Fields every status layer of the plugin has (older projects' status layers carry no kind property).
STATUS_FIELDS = {"status", "status_label"}


def is_result_layer(layer: QgsVectorLayer) -> bool:
    """Whether ``layer`` is one of the plugin's own results (status, joined, assessed layers, boundary
    findings): recognised by the kind the plugin records on it, or by the status layers' own fields,
    never by its name."""
    kind = layer.customProperty(KIND_PROPERTY)
    if kind:
        return kind not in LEVEL_KINDS
    return set(layer.fields().names()) >= STATUS_FIELDS


def candidate_layers(layers: Iterable) -> list[QgsVectorLayer]:
    """The valid polygon layers of ``layers`` that are not the plugin's own results."""
    return [
        layer
        for layer in layers
        if isinstance(layer, QgsVectorLayer)
        and layer.isValid()
        and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
        and not is_result_layer(layer)
    ]


def layer_profile(layer: QgsVectorLayer, crs: QgsCoordinateReferenceSystem | None = None) -> LayerProfile:
    """What :mod:`core.level_guess` needs of ``layer``: names, field values and geometries (in ``crs``,
    default the layer's own) of every feature; values and geometries are left out for a layer of more
    than :data:`MAX_PROFILED_FEATURES` features. Reading never changes the layer."""
    names = tuple(layer.fields().names())
    text = tuple(f.name() for f in layer.fields() if not f.isNumeric() and not f.isDateOrTime())
    count = layer.featureCount()
    if count < 0 or count > MAX_PROFILED_FEATURES:
        return LayerProfile(layer.id(), layer.name(), names, max(count, 0), text_fields=text)
    transform = None
    if crs is not None and crs.isValid() and layer.crs().isValid() and crs != layer.crs():
        transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance().transformContext())
    values: dict[str, list] = {name: [] for name in names}
    wkbs = []
    for feature in layer.getFeatures(QgsFeatureRequest()):
        for name, value in zip(names, feature.attributes()):
            values[name].append(_python_value(value))
        geometry = feature.geometry()
        if geometry.isNull():
            continue
        if transform is not None:
            try:
                geometry.transform(transform)
            except Exception:  # a feature outside the CRS's area: left out of the nesting
                continue
        wkbs.append(bytes(geometry.asWkb()))
    geometries = list(shapely.from_wkb(wkbs, on_invalid="ignore")) if wkbs else []
    read = len(values[names[0]]) if names else count
    return LayerProfile(layer.id(), layer.name(), names, read, values, geometries, text)


def guess_project_levels(
    layers: Sequence[QgsVectorLayer], fixed: Mapping[str, QgsVectorLayer | None] | None = None
) -> tuple[dict[str, QgsVectorLayer | None], dict[str, LevelFields]]:
    """The layer (None for none) and fields each level most likely is among ``layers`` (the plugin's own
    results left out), by geometry nesting, key matches and names (:func:`core.level_guess.guess_levels`).

    ``fixed`` maps levels to the layer the user chose (None: none); those keep it. Fields are given for
    every level that has a layer, the fixed ones included.
    """
    fixed = dict(fixed or {})
    candidates = candidate_layers(layers)
    for layer in fixed.values():
        if layer is not None and all(layer is not c for c in candidates):
            candidates.append(layer)
    crs = next((layer.crs() for layer in candidates if layer.crs().isValid()), None)
    profiles = [layer_profile(layer, crs) for layer in candidates]
    by_id = {layer.id(): layer for layer in candidates}
    guess: LevelGuess = guess_levels(
        profiles, {level: (layer.id() if layer is not None else None) for level, layer in fixed.items()}
    )
    chosen = {level: by_id.get(guess.layers.get(level, "")) for level in LEVEL_ORDER}
    return chosen, dict(guess.fields)


def guess_level_fields(layer: QgsVectorLayer, level: str) -> tuple[str, str, str]:
    """(key, name, parent key) fields of ``layer`` as area level ``level`` (spaces, quarters, districts)
    by its field names alone (reads no feature, so it is safe while layers are being added or removed);
    '' where nothing fits (districts have no parent). :func:`guess_project_levels` refines them by values."""
    found = fields_by_name(tuple(layer.fields().names()), level)
    return found.key, found.name, found.parent


def guess_baseline_field(layer: QgsVectorLayer | None, level: str) -> str:
    """The field that most likely marks today's Aktionsräume (Aktionsquartiere) of a level."""
    if layer is None:
        return ""
    return guess_field(layer.fields().names(), BASELINE_PATTERNS[level])
