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
    QgsExpression,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsRendererRange,
    QgsSimpleFillSymbolLayer,
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
#: The class of areas without a value (under the minimum population, no data): light grey, hatched darker,
#: distinct from every colour of both ramps (the diverging middle is #f7f7f7) and in greyscale print.
NO_DATA_FILL = "#d9d9d9"
NO_DATA_HATCH = "#8c8c8c"
#: What the classification expression gives an area without a value: far outside any indicator's range.
NO_DATA_VALUE = -999999999999.0


def _fill(colour: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {
            "color": colour,
            "outline_color": OUTLINE_COLOUR,
            "outline_width": "0.2",
            "outline_width_unit": "MM",
        }
    )


def no_data_symbol() -> QgsFillSymbol:
    """Light grey with a dark grey hatch: areas without a value (they are no holes in the map)."""
    symbol = _fill(NO_DATA_FILL)
    hatch = QgsSimpleFillSymbolLayer.create(
        {"color": NO_DATA_HATCH, "style": "b_diagonal", "outline_style": "no"}
    )
    symbol.appendSymbolLayer(hatch)
    return symbol


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _missing(layer: QgsVectorLayer, field: str) -> int:
    """How many features of ``layer`` have no number in ``field``."""
    index = layer.fields().lookupField(field)
    return sum(1 for feature in layer.getFeatures() if not _is_number(feature.attribute(index)))


def _numbers(layer: QgsVectorLayer, field: str) -> list[float]:
    index = layer.fields().lookupField(field)
    if index < 0:
        raise ValueError(worded("styling.no_field", layer=layer.name(), field=field))
    return [float(v) for v in (f.attribute(index) for f in layer.getFeatures()) if _is_number(v)]


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
    are red, on the better side blue. Areas without a value (under the minimum population) get the
    grey hatched "no data" class.
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
    """Colour ``layer`` by ``field`` in ``ranges``; ``label`` (when given) names what colours it. Areas
    without a number in ``field`` (under the minimum population) get the "no data" class, last in the
    legend, when there are any."""
    missing = _missing(layer, field)
    if missing:
        text = worded("styling.no_data")
        ranges = [*ranges, QgsRendererRange(NO_DATA_VALUE, NO_DATA_VALUE, no_data_symbol(), text)]
        field = f"coalesce({QgsExpression.quotedColumnRef(field)}, {NO_DATA_VALUE:.1f})"
    renderer = QgsGraduatedSymbolRenderer(field, ranges)
    layer.setRenderer(renderer)
    if label:
        layer.setCustomProperty("aktionsraeume/colouredBy", label)
    layer.triggerRepaint()
    return renderer


def renderer_ranges(layer: QgsVectorLayer) -> list[tuple[float, float, str]]:
    """(lower, upper, colour) of each class of values of a graduated renderer, the "no data" class left
    out (for tests and the legend)."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsGraduatedSymbolRenderer):
        return []
    return [
        (r.lowerValue(), r.upperValue(), r.symbol().color().name())
        for r in renderer.ranges()
        if r.lowerValue() != NO_DATA_VALUE
    ]


def has_no_data_class(layer: QgsVectorLayer) -> bool:
    """Whether ``layer``'s graduated renderer has the "no data" class (some areas have no value)."""
    renderer = layer.renderer()
    return isinstance(renderer, QgsGraduatedSymbolRenderer) and any(
        r.lowerValue() == NO_DATA_VALUE for r in renderer.ranges()
    )
