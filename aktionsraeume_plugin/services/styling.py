"""Renderers and labels for the plugin's layers: one status palette for canvas and printed map."""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Mapping

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsReadWriteContext,
    QgsRendererCategory,
    QgsRuleBasedLabeling,
    QgsSimpleLineCallout,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..core.status import STATUS_COLOURS, STATUS_ORDER, AreaStatus
from .messages import status_label

STATUS_FIELD = "status"
MAP_FONT_FAMILY = "Open Sans"
OUTLINE_COLOUR = "#ffffff"
DISTRICT_OUTLINE_COLOUR = "#3c3c3c"


def status_symbol(status: AreaStatus) -> QgsFillSymbol:
    """The fill symbol of one status: palette colour, thin white outline between neighbours."""
    return QgsFillSymbol.createSimple(
        {
            "color": STATUS_COLOURS[status],
            "outline_color": OUTLINE_COLOUR,
            "outline_width": "0.2",
            "outline_width_unit": "MM",
        }
    )


def status_categories(
    statuses: list[str],
    with_counts: bool = True,
    include_none: bool = True,
    labels: Mapping[str, str] | None = None,
) -> list:
    """Categories for the statuses that occur, in legend order, labelled with their counts.

    ``labels`` (status code → text) replaces the standard label of a status, e.g. for a map that shows
    candidates derived from data rather than a decided list.
    """
    counts = Counter(statuses)
    categories = []
    for status in STATUS_ORDER:
        if counts.get(status.value, 0) == 0 or (status is AreaStatus.NONE and not include_none):
            continue
        label = (labels or {}).get(status.value) or status_label(status)
        if with_counts:
            label = f"{label} ({counts[status.value]})"
        categories.append(QgsRendererCategory(status.value, status_symbol(status), label))
    return categories


def apply_status_renderer(
    layer: QgsVectorLayer, include_none: bool = True, labels: Mapping[str, str] | None = None
) -> None:
    """Colour ``layer`` by its ``status`` field, showing only the statuses it has (with counts).

    With ``include_none`` false, areas without status are not drawn (used for the quarter layer,
    where only Aktionsquartiere are of interest). ``labels`` as for :func:`status_categories`.
    """
    statuses = [f[STATUS_FIELD] for f in layer.getFeatures()]
    renderer = QgsCategorizedSymbolRenderer(
        STATUS_FIELD, status_categories(statuses, True, include_none, labels)
    )
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def renderer_statuses(layer: QgsVectorLayer) -> list[str]:
    """The status codes the layer's renderer shows, in order (for tests and the legend)."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer):
        return []
    return [c.value() for c in renderer.categories()]


def text_format(
    size: float, bold: bool = False, colour: str = "#1a1a1a", buffer: bool = True
) -> QgsTextFormat:
    """The map's text style: Open Sans, with a white halo where text lies on colour."""
    text = QgsTextFormat()
    font = QFont(MAP_FONT_FAMILY)
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(colour))
    if buffer:
        halo = QgsTextBufferSettings()
        halo.setEnabled(True)
        halo.setSize(0.8)
        halo.setColor(QColor("#ffffff"))
        halo.setOpacity(0.85)
        text.setBuffer(halo)
    return text


#: Long compound names ("Innenstadt-Nord 3", "Bövinghausen/Westrich") break after their first hyphen or
#: slash, as cartographers break them, so that neighbouring small areas all keep their names.
LONG_NAME_CHARACTERS = 14


def map_name_expression(name_field: str) -> str:
    """A label expression for an area name that breaks long compound names onto two lines."""
    name = f'"{name_field}"'
    # QGIS expression: the first hyphen or slash after at least 5 characters, 4 or more following.
    pattern = r"'^([^-/]{5,}[-/])(.{4,})$'"
    replacement = r"'\\1\n\\2'"
    return (
        f"CASE WHEN length({name}) > {LONG_NAME_CHARACTERS} "
        f"THEN regexp_replace({name}, {pattern}, {replacement}) ELSE {name} END"
    )


#: Custom properties of a layer labelled by :func:`apply_area_labels` (they travel with the project), so
#: that :func:`number_area_labels` can label it again with numbers.
LABEL_NAME_PROPERTY = "aktionsraeume/label-name-field"
LABEL_STATUSES_PROPERTY = "aktionsraeume/label-statuses"
LABEL_SIZE_PROPERTY = "aktionsraeume/label-size"
#: A digest of the labelling as :func:`apply_area_labels` left it: labels a cartographer restyled since
#: are theirs, and :func:`area_label_settings` no longer offers the layer for relabelling.
LABEL_SIGNATURE_PROPERTY = "aktionsraeume/label-signature"


def apply_area_labels(
    layer: QgsVectorLayer,
    name_field: str,
    statuses: tuple[AreaStatus, ...],
    size: float,
    numbers: Mapping[int, int] | None = None,
) -> None:
    """Label the areas with one of ``statuses`` by name, inside the polygon, never overlapping.

    Long compound names break onto two lines (:func:`map_name_expression`). ``numbers`` (feature id →
    number) labels those areas with their number instead, always drawn (a small area, or one whose
    name finds no room: the map's key names it, see ``map_export.label_every_area``). ``size`` in points.
    """
    codes = ", ".join(f"'{s.value}'" for s in statuses)
    labelled = f'"{STATUS_FIELD}" IN ({codes})'
    layer.setCustomProperty(LABEL_NAME_PROPERTY, name_field)
    layer.setCustomProperty(LABEL_STATUSES_PROPERTY, ",".join(s.value for s in statuses))
    layer.setCustomProperty(LABEL_SIZE_PROPERTY, size)
    settings = QgsPalLayerSettings()
    settings.fieldName = f"CASE WHEN {labelled} THEN {map_name_expression(name_field)} END"
    settings.isExpression = True
    text = text_format(size, bold=True)
    text.setLineHeight(0.9)
    settings.setFormat(text)
    settings.placement = QgsPalLayerSettings.Placement.Horizontal
    settings.fitInPolygonOnly = False
    settings.priority = 9
    settings.displayAll = False
    # Polygons as obstacles would keep every other label (district names) off the whole city.
    settings.obstacleSettings().setIsObstacle(False)
    if not numbers:
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
        layer.setCustomProperty(LABEL_SIGNATURE_PROPERTY, _labeling_signature(layer))
        return
    ids = ", ".join(str(fid) for fid in sorted(numbers))
    root = QgsRuleBasedLabeling.Rule(None)
    root.appendChild(QgsRuleBasedLabeling.Rule(settings, 0, 0, f"NOT ($id IN ({ids}))"))
    number = QgsPalLayerSettings(settings)
    pairs = ", ".join(f"'{fid}', '{n}'" for fid, n in sorted(numbers.items()))
    number.fieldName = f"CASE WHEN {labelled} THEN map_get(map({pairs}), to_string($id)) END"
    # Around a point inside the area, where the fewest other labels are; drawn even where all collide,
    # joined to its area by a thin line when it had to move off it.
    number.placement = QgsPalLayerSettings.Placement.AroundPoint
    number.centroidInside = True
    number.dist = 0.5
    number.displayAll = True
    number.priority = 10
    callout = QgsSimpleLineCallout()
    callout.setEnabled(True)
    callout.setLineSymbol(
        QgsLineSymbol.createSimple({"line_color": "#1a1a1a", "line_width": "0.15", "line_width_unit": "MM"})
    )
    callout.setMinimumLength(1.0)
    number.setCallout(callout)
    root.appendChild(QgsRuleBasedLabeling.Rule(number, 0, 0, f"$id IN ({ids})"))
    layer.setLabeling(QgsRuleBasedLabeling(root))
    layer.setLabelsEnabled(True)
    layer.setCustomProperty(LABEL_SIGNATURE_PROPERTY, _labeling_signature(layer))


def _labeling_signature(layer: QgsVectorLayer) -> str:
    """A digest of the layer's labelling (its saved XML) and whether labels are on."""
    labeling = layer.labeling()
    if labeling is None:
        return ""
    document = QDomDocument()
    document.appendChild(labeling.save(document, QgsReadWriteContext()))
    text = f"{layer.labelsEnabled()}|{document.toString()}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def area_label_settings(layer: QgsVectorLayer) -> tuple[str, tuple[AreaStatus, ...], float] | None:
    """(name field, labelled statuses, size in points) of a layer labelled by :func:`apply_area_labels`
    and not restyled since, else None."""
    name_field = layer.customProperty(LABEL_NAME_PROPERTY, "")
    if not name_field or layer.customProperty(LABEL_SIGNATURE_PROPERTY, "") != _labeling_signature(layer):
        return None
    codes = [c for c in str(layer.customProperty(LABEL_STATUSES_PROPERTY, "")).split(",") if c]
    try:
        statuses = tuple(AreaStatus(code) for code in codes)
        size = float(layer.customProperty(LABEL_SIZE_PROPERTY, 7.5))
    except ValueError:
        return None
    return str(name_field), statuses, size


def apply_district_style(layer: QgsVectorLayer, name_field: str) -> None:
    """Stadtbezirke: no fill, a strong dark outline, names in grey capitals with low priority."""
    symbol = QgsFillSymbol.createSimple(
        {
            "style": "no",
            "outline_color": DISTRICT_OUTLINE_COLOUR,
            "outline_width": "0.6",
            "outline_width_unit": "MM",
        }
    )
    from qgis.core import QgsSingleSymbolRenderer

    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = QgsPalLayerSettings()
    settings.fieldName = f'upper("{name_field}")'
    settings.isExpression = True
    # No letter spacing: spaced text is written glyph by glyph into PDFs and is no longer searchable.
    settings.setFormat(text_format(7.5, bold=False, colour="#4a4a4a"))
    settings.placement = QgsPalLayerSettings.Placement.Horizontal
    settings.priority = 2
    settings.autoWrapLength = 12
    # The district outline must not push its own name away (as an obstacle it hides most names).
    settings.obstacleSettings().setIsObstacle(False)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def keep_district_names_off(districts: QgsVectorLayer, spaces: QgsVectorLayer) -> None:
    """Place each district's name on the part of the district that no coloured Sozialraum covers.

    The names are then read as district names, not as names of an Aktionsraum they would otherwise
    sit on. A district covered entirely by coloured areas keeps its whole polygon for the name. The
    label geometry follows scenario changes (an aggregate over ``spaces``, which the map must draw).
    """
    labeling = districts.labeling()
    if not isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return
    coloured = ", ".join(f"'{s.value}'" for s in STATUS_ORDER if s is not AreaStatus.NONE)
    covered = (
        f"aggregate(layer:='{spaces.id()}', aggregate:='collect', expression:=$geometry, "
        f'filter:="{STATUS_FIELD}" IN ({coloured}))'
    )
    free = f"difference($geometry, {covered})"
    settings = QgsPalLayerSettings(labeling.settings())
    settings.geometryGeneratorEnabled = True
    settings.geometryGeneratorType = _polygon_geometry_type()
    # Slivers of free area are no place for a name: then the whole district is used.
    settings.geometryGenerator = (
        f"try(with_variable('free', {free}, if(area(buffer(@free, -250)) > 0, @free, $geometry)), $geometry)"
    )
    districts.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    districts.setLabelsEnabled(True)


def _polygon_geometry_type():
    """The polygon geometry type in the enum of this QGIS release (3.22 and 3.40 differ)."""
    from qgis.core import Qgis

    if hasattr(Qgis, "GeometryType"):
        return Qgis.GeometryType.Polygon
    from qgis.core import QgsWkbTypes

    return QgsWkbTypes.GeometryType.PolygonGeometry
