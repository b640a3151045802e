"""Guessing which layer is which area level and which field holds its key, name, parent key or baseline.

The panel pre-fills its pickers with these guesses; the user can always choose otherwise. Names are
matched in lower case against patterns tried in order (German and English names).
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from qgis.core import QgsVectorLayer

#: Key-field patterns per level.
KEY_PATTERNS = {
    "spaces": (r"^sozialraum_?(nr|id|schl)", r"^(sr|sozr)_?(nr|id)$", r"(nr|id|key|schluessel|code)$"),
    "quarters": (r"^quartier_?(nr|id|schl)", r"^(qu|q)_?(nr|id)$", r"(nr|id|key|schluessel|code)$"),
    "districts": (r"^(stadt)?bezirk_?(nr|id|schl)", r"^(sb|stbz)_?(nr|id)$", r"(nr|id|key|schluessel|code)$"),
}
NAME_PATTERNS = (r"_name$", r"^name$", r"^bezeichnung", r"name")
#: Parent-key patterns: the key of the level above.
PARENT_PATTERNS = {
    "spaces": (r"^(stadt)?bezirk_?(nr|id|schl)",),
    "quarters": (r"^sozialraum_?(nr|id|schl)", r"^(sr|sozr)_?(nr|id)$"),
}
#: Area levels from coarse to fine.
LEVEL_ORDER = ("districts", "spaces", "quarters")
#: Layer-name patterns per level.
LAYER_PATTERNS = {
    "spaces": r"sozialr|social.?space",
    "quarters": r"quartier|quarter",
    "districts": r"bezirk|district",
}
#: Fields marking today's Aktionsräume (spaces) or Aktionsquartiere (quarters).
BASELINE_PATTERNS = {
    "spaces": (r"aktionsraum", r"baseline", r"basis", r"^ar_?"),
    "quarters": (r"aktionsquartier", r"baseline", r"basis", r"^aq_?"),
}


def guess_field(layer: QgsVectorLayer | None, patterns: Sequence[str], exclude: tuple[str, ...] = ()) -> str:
    """The first field of ``layer`` whose lower-case name matches one of ``patterns`` (tried in order),
    leaving out ``exclude`` and the feature id field; '' when none matches or there is no layer."""
    if layer is None:
        return ""
    names = [f.name() for f in layer.fields() if f.name() not in exclude and f.name().lower() != "fid"]
    for pattern in patterns:
        for name in names:
            if re.search(pattern, name.lower()):
                return name
    return ""


def guess_level_fields(layer: QgsVectorLayer, level: str) -> tuple[str, str, str]:
    """(key, name, parent key) fields of ``layer`` as area level ``level`` (spaces, quarters, districts);
    '' where nothing fits (districts have no parent)."""
    key = guess_field(layer, KEY_PATTERNS[level])
    name = guess_field(layer, NAME_PATTERNS, exclude=(key,))
    parent = guess_field(layer, PARENT_PATTERNS.get(level, ()), exclude=(key,))
    return key, name, parent


def level_fit(layer: QgsVectorLayer | None, level: str) -> int:
    """How well ``layer`` looks like area level ``level`` (0: not at all). Points for the level's own key
    field (2) and for the layer's name (1); the key of a finer level costs 2 (it is that level, holding
    this one's key as parent key), a name pointing to another level 1; the panel's own result layers
    (status, joined, assessed, findings) never fit."""
    if layer is None or not isinstance(layer, QgsVectorLayer) or _is_result_layer(layer):
        return 0
    fields = [f.name().lower() for f in layer.fields()]

    def has_key_of(of_level: str) -> bool:  # the level's own key names, not the generic "…nr"
        return any(re.search(p, name) for p in KEY_PATTERNS[of_level][:2] for name in fields)

    score = 2 if has_key_of(level) else 0
    # a parent key appears in the finer levels too: a layer with a finer level's own key is that level
    finer = LEVEL_ORDER[LEVEL_ORDER.index(level) + 1 :]
    if any(has_key_of(other) for other in finer):
        score -= 2
    name = layer.name().lower()
    if re.search(LAYER_PATTERNS[level], name):
        score += 1
    elif any(re.search(pattern, name) for other, pattern in LAYER_PATTERNS.items() if other != level):
        score -= 1
    return max(score, 0)


def _is_result_layer(layer: QgsVectorLayer) -> bool:
    from .result_storage import KIND_PROPERTY

    source = layer.source().split("|")[0].lower()
    return (
        bool(layer.customProperty(KIND_PROPERTY))
        or "status" in layer.name().lower()
        or ("aktionsraeume" in source and source.endswith(".gpkg") and "_ergebnisse" in source)
    )


def guess_level_layer(layers: Iterable[QgsVectorLayer], level: str) -> QgsVectorLayer | None:
    """The layer of ``layers`` that looks most like area level ``level`` (:func:`level_fit`; the first of
    equally good ones), None when none fits."""
    best, best_fit = None, 0
    for layer in layers:
        fit = level_fit(layer, level)
        if fit > best_fit:
            best, best_fit = layer, fit
    return best


def guess_baseline_field(layer: QgsVectorLayer | None, level: str) -> str:
    """The field that most likely marks today's Aktionsräume (Aktionsquartiere) of a level."""
    return guess_field(layer, BASELINE_PATTERNS[level])
