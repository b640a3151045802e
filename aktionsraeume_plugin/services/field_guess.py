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


def guess_level_layer(layers: Iterable[QgsVectorLayer], level: str) -> QgsVectorLayer | None:
    """The first of ``layers`` whose name suggests area level ``level`` (status layers left out)."""
    for layer in layers:
        if re.search(LAYER_PATTERNS[level], layer.name().lower()) and "status" not in layer.name():
            return layer
    return None


def guess_baseline_field(layer: QgsVectorLayer | None, level: str) -> str:
    """The field that most likely marks today's Aktionsräume (Aktionsquartiere) of a level."""
    return guess_field(layer, BASELINE_PATTERNS[level])
