"""Renderers for assessed area layers: one indicator diverging around the city value, counts, the index.

Colours are ColorBrewer's RdBu (diverging) and OrRd (sequential) ramps, which stay distinguishable for
people with red-green colour vision deficiency and in greyscale. "Worse than the city" is always the
warm (red) side, whatever the indicator's direction: for a "higher is better" indicator the low values
are red.
"""

from __future__ import annotations

import math
from typing import Sequence

from qgis.core import (
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsRendererRange,
    QgsVectorLayer,
)

from .messages import number_text, worded

#: RdBu with 7 classes, from "much better" (blue) to "much worse" (red).
DIVERGING_BETTER_TO_WORSE: tuple[str, ...] = (
    "#2166ac",
    "#67a9cf",
    "#d1e5f0",
    "#f7f7f7",
    "#fddbc7",
    "#ef8a62",
    "#b2182b",
)
#: OrRd, from "none" (pale) to "many" (dark red); used for counts of worse indicators.
SEQUENTIAL_WORSE: tuple[str, ...] = (
    "#fff7ec",
    "#fee8c8",
    "#fdd49e",
    "#fdbb84",
    "#fc8d59",
    "#ef6548",
    "#d7301f",
    "#b30000",
    "#7f0000",
)
OUTLINE_COLOUR = "#ffffff"


def _fill(colour: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {
            "color": colour,
            "outline_color": OUTLINE_COLOUR,
            "outline_width": "0.2",
            "outline_width_unit": "MM",
        }
    )


def _numbers(layer: QgsVectorLayer, field: str) -> list[float]:
    index = layer.fields().lookupField(field)
    if index < 0:
        raise ValueError(worded("styling.no_field", layer=layer.name(), field=field))
    values = []
    for feature in layer.getFeatures():
        value = feature.attribute(index)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
            values.append(float(value))
    return values


def symmetric_breaks(values: Sequence[float], reference: float, classes: int = 7) -> list[float]:
    """Class edges symmetric around ``reference`` that hold every value; ``classes`` is odd, so the
    middle class is centred on the reference."""
    if classes % 2 == 0:
        raise ValueError("classes must be odd")
    spread = max((abs(v - reference) for v in values), default=0.0)
    if spread == 0.0:
        spread = abs(reference) * 0.01 or 1.0
    spread *= 1.0001  # the extreme values lie inside the outer classes, not on their edge
    width = 2 * spread / classes
    return [reference - spread + width * i for i in range(classes + 1)]


def apply_diverging_renderer(
    layer: QgsVectorLayer,
    field: str,
    reference: float,
    higher_is_worse: bool,
    label: str = "",
    unit: str = "",
    decimals: int = 1,
) -> QgsGraduatedSymbolRenderer:
    """Colour ``layer`` by ``field`` in 7 classes symmetric around the city ``reference`` value.

    The middle class holds the reference (pale grey, "about the city value"); classes on the worse side
    are red, on the better side blue. Areas without a value are not drawn.
    """
    values = _numbers(layer, field)
    edges = symmetric_breaks(values, float(reference))
    colours = DIVERGING_BETTER_TO_WORSE if higher_is_worse else DIVERGING_BETTER_TO_WORSE[::-1]
    ranges = []
    middle = len(colours) // 2
    for index, colour in enumerate(colours):
        lower, upper = edges[index], edges[index + 1]
        text = worded(
            "styling.range",
            lower=number_text(lower, decimals),
            upper=number_text(upper, decimals),
            unit=unit,
        )
        if index == middle:
            text = worded("styling.city", range=text, value=number_text(reference, decimals), unit=unit)
        ranges.append(QgsRendererRange(lower, upper, _fill(colour), text))
    return _set_graduated(layer, field, ranges, label)


def apply_count_renderer(
    layer: QgsVectorLayer, field: str, maximum: int, label: str = ""
) -> QgsGraduatedSymbolRenderer:
    """Colour ``layer`` by a count of worse indicators, one class per count 0 … ``maximum``."""
    maximum = max(int(maximum), 1)
    steps = len(SEQUENTIAL_WORSE) - 1
    ranges = []
    for count in range(maximum + 1):
        colour = SEQUENTIAL_WORSE[round(count * steps / maximum)]
        text = worded("styling.count_worse", count=count)
        ranges.append(QgsRendererRange(count - 0.5, count + 0.5, _fill(colour), text))
    return _set_graduated(layer, field, ranges, label)


def _set_graduated(
    layer: QgsVectorLayer, field: str, ranges: list[QgsRendererRange], label: str
) -> QgsGraduatedSymbolRenderer:
    """Colour ``layer`` by ``field`` in ``ranges``; ``label`` (when given) names what colours it."""
    renderer = QgsGraduatedSymbolRenderer(field, ranges)
    layer.setRenderer(renderer)
    if label:
        layer.setCustomProperty("aktionsraeume/colouredBy", label)
    layer.triggerRepaint()
    return renderer


def renderer_ranges(layer: QgsVectorLayer) -> list[tuple[float, float, str]]:
    """(lower, upper, colour) of each class of a graduated renderer (for tests and the legend)."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsGraduatedSymbolRenderer):
        return []
    return [(r.lowerValue(), r.upperValue(), r.symbol().color().name()) for r in renderer.ranges()]
