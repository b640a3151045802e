"""The press-release map: a print layout from the template in resources/, filled and exported.

The layout lives in the project's layout manager under a stable name, so cartographers can open and
adjust it in QGIS's layout designer; an export reuses it as it is. Exports are written to a temporary
file beside the target and moved into place only when complete, so a failed or cancelled export never
leaves a broken file or replaces a good one. Layouts are not thread-safe: call these on the main thread.

Two layouts exist: the map (:func:`ensure_layout`, A4 landscape or portrait) and the comparison of the
current list with the scenario side by side for the council paper (:func:`ensure_comparison_layout`).
The comparison draws both maps from private copies of the status layers, evaluated once with every
change switched off (the baseline) and once with the scenario: the same code and the same palette as the
map, one legend over both, and the project's layers and the canvas stay untouched. The copies live in
memory only; calling :func:`ensure_comparison_layout` again (as every export does) rebuilds them from
the current scenario while keeping the cartographer's adjustments of the layout.
"""

from __future__ import annotations

import datetime
import math
import os
from collections import Counter
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeatureRequest,
    QgsFeedback,
    QgsFillSymbol,
    QgsLayerTreeLayer,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsMapRendererCustomPainterJob,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QSizeF, Qt
from qgis.PyQt.QtGui import QImage, QPainter
from qgis.PyQt.QtXml import QDomDocument

from ..core.atomic_write import replacing
from ..core.scenario import Scenario
from ..core.status import STATUS_COLOURS, STATUS_ORDER, AreaStatus
from ..paths import ICONS_DIR, LAYOUTS_DIR
from .boundary_service import working_crs
from .gdal_scope import gdal_calls
from .messages import date_text, status_label, worded
from .status_layers import LABELLED_SPACE_STATUSES, AreaLevels, StatusLayers
from .styling import (
    STATUS_FIELD,
    apply_area_labels,
    apply_district_style,
    area_label_settings,
    keep_district_names_off,
    renderer_statuses,
)

LAYOUT_NAME = "Aktionsräume – Karte"
COMPARISON_LAYOUT_NAME = "Aktionsräume – Vergleich"
TEMPLATES = {
    "landscape": LAYOUTS_DIR / "aktionsraeume_a4_quer.qpt",
    "portrait": LAYOUTS_DIR / "aktionsraeume_a4_hoch.qpt",
    "comparison": LAYOUTS_DIR / "aktionsraeume_a4_vergleich.qpt",
    "profile": LAYOUTS_DIR / "aktionsraeume_a4_profil.qpt",
}
FORMATS = ("pdf", "png", "svg")
DEFAULT_DPI = {"pdf": 300, "png": 300, "svg": 96}
#: Mantissas of "round" map scales (1:100 000, 1:125 000, 1:150 000, ...).
ROUND_SCALE_STEPS = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5)
MAP_MARGIN = 0.03
SCALE_BAR_SEGMENTS = 3
#: Label sizes (points) on the two small maps of the comparison.
COMPARISON_SPACE_LABEL_SIZE = 6.0
COMPARISON_QUARTER_LABEL_SIZE = 5.5
#: Legend patches: the palette colour with a thin grey edge, so that the near-white "none" shows too.
LEGEND_PATCH_OUTLINE = "#8c8c8c"
#: Custom properties of the legend's layer nodes made here (they travel with the project).
LEGEND_STATUSES_PROPERTY = "aktionsraeume/legend-statuses"
LEGEND_PLAIN_PROPERTY = "aktionsraeume/legend-plain"


class ExportError(RuntimeError):
    """An export that could not be done; the message names the file and the reason."""


@dataclass
class MapTexts:
    """The texts of the map. Empty ``note`` hides the note."""

    title: str
    subtitle: str
    date: str
    source: str
    note: str = ""

    @staticmethod
    def today() -> str:
        return QCoreApplication.translate("MapExport", "As of {date}").format(
            date=date_text(datetime.date.today())
        )


@dataclass
class ComparisonLayers:
    """The layers of the comparison: status copies for the baseline and for the scenario, and the
    Stadtbezirk outlines (without names, which would crowd the two small maps)."""

    baseline: StatusLayers
    scenario: StatusLayers
    districts: QgsVectorLayer | None

    def map_layers(self, side: StatusLayers) -> list[QgsVectorLayer]:
        return [layer for layer in (self.districts, side.quarters, side.spaces) if layer is not None]


def keep_layers_with(layout: QgsPrintLayout, layers: list[QgsVectorLayer]) -> None:
    """Tie the lifetime of ``layers`` (private, not in the project) to ``layout``'s and release the
    layers it owned before.

    Map items, legend nodes, an Atlas and attribute tables hold layers only by weak reference, so
    something must own private layers while the layout shows them: the layout itself (their Qt
    parent), so that they go when the layout goes (removed, replaced, project cleared or closed) and
    nothing outside the project keeps them.
    """
    ids = {layer.id() for layer in layers}
    for earlier in layout.findChildren(QgsVectorLayer):
        if earlier.id() not in ids:
            earlier.setParent(None)  # owned by Python again: deleted when this reference goes
    for layer in layers:
        layer.setParent(layout)


def round_scale(scale: float) -> float:
    """The smallest round scale denominator at least ``scale`` (so the whole city fits)."""
    if scale <= 0 or not math.isfinite(scale):
        raise ValueError(f"not a map scale: {scale}")
    exponent = math.floor(math.log10(scale))
    for power in (exponent, exponent + 1):
        for step in ROUND_SCALE_STEPS:
            candidate = step * 10**power
            if candidate >= scale * (1 - 1e-9):
                return candidate
    return 10 ** (exponent + 1)


def find_layout(project: QgsProject, name: str = LAYOUT_NAME) -> QgsPrintLayout | None:
    """The print layout called ``name`` in the project's layout manager, or None."""
    layout = project.layoutManager().layoutByName(name)
    return layout if isinstance(layout, QgsPrintLayout) else None


def layout_orientation(layout: QgsPrintLayout) -> str:
    """'landscape' or 'portrait': the shape of the layout's first page."""
    page = layout.pageCollection().page(0)
    if page is None:
        return "landscape"
    size = page.pageSize()
    return "landscape" if size.width() >= size.height() else "portrait"


def layout_from_template(project: QgsProject, orientation: str = "landscape", name: str = LAYOUT_NAME):
    """A new print layout from the template (a key of :data:`TEMPLATES`: ``landscape``, ``portrait``,
    ``comparison`` or ``profile``), not yet in the manager."""
    template = TEMPLATES.get(orientation)
    if template is None:
        raise ExportError(
            QCoreApplication.translate(
                "MapExport", "Unknown page orientation '{value}' (landscape or portrait)."
            ).format(value=orientation)
        )
    document = QDomDocument()
    if not document.setContent(template.read_text(encoding="utf-8")):
        raise ExportError(
            QCoreApplication.translate("MapExport", "The layout template {path} is damaged.").format(
                path=template
            )
        )
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext(), True)
    if not ok:
        raise ExportError(
            QCoreApplication.translate("MapExport", "The layout template {path} could not be loaded.").format(
                path=template
            )
        )
    layout.setName(name)
    return layout


def ensure_layout(
    project: QgsProject,
    status_layers: StatusLayers,
    texts: MapTexts,
    orientation: str = "landscape",
    reset: bool = False,
    name: str = LAYOUT_NAME,
) -> QgsPrintLayout:
    """The map layout in the project's layout manager: the existing one (as the cartographer left it)
    or, when missing or when ``reset`` is asked for ("reset to template"), a new one from the
    template of ``orientation``, filled."""
    with layout_in_project(project, name, orientation, reset) as (layout, new):
        if new:
            fill_layout(layout, status_layers, texts)
    return layout


@contextmanager
def layout_in_project(
    project: QgsProject, name: str, template: str, reset: bool = False
) -> Iterator[tuple[QgsPrintLayout, bool]]:
    """The print layout ``name`` of the project's layout manager and whether it is new, for the block
    to fill or to point at fresh layers.

    The layout is the one the cartographer left in the project; when there is none, or on ``reset``,
    a new one from ``template`` (a key of :data:`TEMPLATES`) that takes the old one's place in the
    manager after the block. Either way the legend is refreshed last. An error in the block leaves the
    manager as it was. Raises :class:`ExportError` when the template cannot be loaded or the layout
    not added.
    """
    existing = find_layout(project, name)
    new = existing is None or reset
    layout = layout_from_template(project, template, name) if new else existing
    yield layout, new
    if new:
        _replace_in_manager(project, existing, layout)
    refresh_legend(layout)
    label_every_area(layout)


def _replace_in_manager(project: QgsProject, existing: QgsPrintLayout | None, layout: QgsPrintLayout) -> None:
    if existing is not None:
        project.layoutManager().removeLayout(existing)
    if not project.layoutManager().addLayout(layout):
        raise ExportError(
            QCoreApplication.translate(
                "MapExport", "Could not add the layout '{name}' to the project."
            ).format(name=layout.name())
        )


def _item(layout: QgsPrintLayout, item_id: str, kind):
    item = layout.itemById(item_id)
    if not isinstance(item, kind):
        raise ExportError(
            QCoreApplication.translate(
                "MapExport", "The layout '{layout}' has no item '{item}'; reset it to the template."
            ).format(layout=layout.name(), item=item_id)
        )
    return item


def fill_layout(layout: QgsPrintLayout, status_layers: StatusLayers, texts: MapTexts) -> None:
    """Put the map layers, a round scale, the legend and the texts into a layout from the template."""
    _fill_texts(layout, texts)
    if status_layers.districts is not None:
        keep_district_names_off(status_layers.districts, status_layers.spaces)
    map_item = _item(layout, "map", QgsLayoutItemMap)
    _frame_map(map_item, status_layers.layers(), status_layers)
    _fill_scale_bar_and_north_arrow(layout, map_item)
    legend = _item(layout, "legend", QgsLayoutItemLegend)
    fill_status_legend(legend, map_item, [status_layers], status_layers.districts, plain=False)


def _fill_texts(layout: QgsPrintLayout, texts: MapTexts) -> None:
    for item_id, text in (
        ("title", texts.title),
        ("subtitle", texts.subtitle),
        ("date", texts.date),
        ("source", texts.source),
        ("note", texts.note),
    ):
        label = _item(layout, item_id, QgsLayoutItemLabel)
        label.setText(text)
        label.setVisibility(bool(text))


def map_crs(
    spaces: QgsVectorLayer, transform_context: QgsCoordinateTransformContext | None = None
) -> QgsCoordinateReferenceSystem:
    """The CRS the maps are drawn in: the Sozialraum layer's own where it measures true ground
    distances (UTM, Gauss-Krüger, a national grid), else the UTM zone of the area
    (``boundary_service.working_crs``, the CRS the boundary check measures in), so that a layer in
    degrees (EPSG:4326) still gives an undistorted map and a scale bar in kilometres."""
    return working_crs(spaces, transform_context)


def extent_in(
    layers: list[QgsVectorLayer],
    crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext | None = None,
) -> QgsRectangle:
    """The combined extent of ``layers``, each transformed from its own CRS into ``crs`` first (with
    ``transform_context``: the project's). A null rectangle when no layer has an extent there."""
    context = transform_context if transform_context is not None else QgsCoordinateTransformContext()
    combined: QgsRectangle | None = None  # QgsRectangle.setMinimal() is deprecated from QGIS 3.40
    for layer in layers:
        extent = layer.extent()
        if extent.isNull():
            continue
        if layer.crs().isValid() and crs.isValid() and layer.crs() != crs:
            try:
                extent = QgsCoordinateTransform(layer.crs(), crs, context).transformBoundingBox(extent)
            except QgsCsException:
                continue
        if combined is None:
            combined = QgsRectangle(extent)
        else:
            combined.combineExtentWith(extent)
    return combined if combined is not None else QgsRectangle()


def _transform_context(map_item: QgsLayoutItemMap) -> QgsCoordinateTransformContext:
    """The transform context of the project the map item's layout belongs to."""
    project = map_item.layout().project() if map_item.layout() is not None else None
    return project.transformContext() if project is not None else QgsCoordinateTransformContext()


def _frame_map(map_item: QgsLayoutItemMap, layers: list, status_layers: StatusLayers) -> None:
    """Show ``layers`` on the map item in :func:`map_crs`: the whole city (the Sozialräume and the
    Stadtbezirke, each extent transformed into the map's CRS) with a small margin, at a round scale."""
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    context = _transform_context(map_item)
    crs = map_crs(status_layers.spaces, context)
    map_item.setCrs(crs)
    city = [status_layers.spaces] + ([status_layers.districts] if status_layers.districts is not None else [])
    extent = extent_in(city, crs, context)
    extent.scale(1 + 2 * MAP_MARGIN)
    map_item.setExtent(_fit_aspect(extent, map_item.rect().width() / map_item.rect().height()))
    map_item.setScale(round_scale(map_item.scale()))


def _fill_scale_bar_and_north_arrow(layout: QgsPrintLayout, map_item: QgsLayoutItemMap) -> None:
    scale_bar = _item(layout, "scalebar", QgsLayoutItemScaleBar)
    scale_bar.setLinkedMap(map_item)
    scale_bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    scale_bar.setUnitLabel("km")
    scale_bar.setMapUnitsPerScaleBarUnit(1.0)  # QGIS converts metres to kilometres itself
    scale_bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
    scale_bar.setNumberOfSegmentsLeft(0)
    scale_bar.setNumberOfSegments(SCALE_BAR_SEGMENTS)
    scale_bar.setUnitsPerSegment(_scale_bar_step(map_item.scale()))
    scale_bar.update()

    north_arrow = _item(layout, "north_arrow", QgsLayoutItemPicture)
    north_arrow.setPicturePath(str(ICONS_DIR / "north_arrow.svg"))
    north_arrow.setLinkedMap(map_item)


def _legend_plan(sides: list[StatusLayers]) -> list[tuple[QgsVectorLayer, list[str]]]:
    """Legend groups in :data:`STATUS_ORDER`: (layer, status codes it contributes), consecutive codes
    of one layer in one group. With several sides (comparison), a status comes from the first side
    whose layer shows it now; the first side is used where no side does, so it can appear later."""
    groups: list[tuple[QgsVectorLayer, list[str]]] = []
    for status in STATUS_ORDER:
        candidates = [side.quarters if status is AreaStatus.ACTION_QUARTER else side.spaces for side in sides]
        candidates = [layer for layer in candidates if layer is not None]
        if not candidates:
            continue
        showing = [layer for layer in candidates if status.value in renderer_statuses(layer)]
        layer = showing[0] if showing else candidates[0]
        if groups and groups[-1][0] is layer:
            groups[-1][1].append(status.value)
        else:
            groups.append((layer, [status.value]))
    return groups


def fill_status_legend(
    legend: QgsLayoutItemLegend,
    map_item: QgsLayoutItemMap,
    sides: list[StatusLayers],
    districts: QgsVectorLayer | None,
    plain: bool,
) -> None:
    """One legend for the status colours in :data:`STATUS_ORDER` across the Sozialraum and Quartier
    layers, then the Stadtbezirk boundary.

    A layer may appear in several legend nodes, each limited to some statuses (kept in a custom
    property, so :func:`refresh_legend` can follow a changed scenario); only the statuses a layer
    shows are listed. ``plain`` drops the counts from the labels (the comparison shows two maps).
    """
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    legend.setTitle("")
    # Edit the legend's own layer tree in place: a tree made here would be freed by Python while the
    # legend still points at it.
    root = legend.model().rootGroup()
    root.clear()
    for layer, codes in _legend_plan(sides):
        node = root.addLayer(layer)
        node.setCustomProperty(LEGEND_STATUSES_PROPERTY, ",".join(codes))
        node.setCustomProperty(LEGEND_PLAIN_PROPERTY, plain)
        # The statuses are self-explanatory; headings per layer would split the order.
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
    if districts is not None:
        title = QCoreApplication.translate("MapExport", "Stadtbezirk boundary")
        node = root.addLayer(districts)
        node.setUseLayerName(False)
        node.setName(title)
        # A single-symbol layer's entry sits beside its symbol and is labelled on its own.
        QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, 0, title)
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
        legend.model().refreshLayerLegend(node)


def _legend_patch(code: str) -> QgsFillSymbol:
    try:
        colour = STATUS_COLOURS[AreaStatus(code)]
    except ValueError:
        colour = "#ffffff"
    return QgsFillSymbol.createSimple(
        {
            "color": colour,
            "outline_color": LEGEND_PATCH_OUTLINE,
            "outline_width": "0.15",
            "outline_width_unit": "MM",
        }
    )


def _refresh_status_node(legend: QgsLayoutItemLegend, node: QgsLayerTreeLayer) -> None:
    """Show the node's statuses the layer has now, in legend order, with outlined patches."""
    layer = node.layer()
    if not isinstance(layer, QgsVectorLayer):
        return
    wanted = str(node.customProperty(LEGEND_STATUSES_PROPERTY, "")).split(",")
    plain = node.customProperty(LEGEND_PLAIN_PROPERTY, False) in (True, "true", "1", 1)
    shown = renderer_statuses(layer)
    order = [index for index, code in enumerate(shown) if code in wanted]
    # An empty order hides the node; the categories are already in STATUS_ORDER.
    QgsMapLayerLegendUtils.setLegendNodeOrder(node, order)
    for index, code in enumerate(shown):
        QgsMapLayerLegendUtils.setLegendNodeCustomSymbol(node, index, _legend_patch(code))
        if plain:
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, status_label(code))
    legend.model().refreshLayerLegend(node)


def refresh_legend(layout: QgsPrintLayout) -> None:
    """Re-read renderer categories (statuses and counts change with the scenario)."""
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLegend):
            for node in item.model().rootGroup().findLayers():
                if node.customProperty(LEGEND_STATUSES_PROPERTY, None) is not None:
                    _refresh_status_node(item, node)
            item.updateLegend()
            item.adjustBoxSize()
        if isinstance(item, QgsLayoutItemMap):
            item.invalidateCache()


#: The id of the layout label that lists the areas labelled with a number (see :func:`label_every_area`).
AREA_KEY_ID = "area_key"
#: Rounds of label placement: a number is always drawn and may take the room of a name placed before.
LABEL_ROUNDS = 3
#: Resolution of the placement pass (dpi); labels are placed in map units, so it hardly matters.
PLACEMENT_DPI = 150
#: Space between the legend and the key below it, and the page margin (mm).
KEY_GAP = 3.0
PAGE_MARGIN = 12.0


def label_every_area(layout: QgsPrintLayout, dpi: float = PLACEMENT_DPI) -> dict[int, str]:
    """Give every highlighted area on the layout's map a label, as a cartographer would: its name where
    QGIS's labelling engine finds room, else a number (always drawn), listed with the name in a key
    beside the map (the label item :data:`AREA_KEY_ID`, made below the legend when missing, hidden
    when no number is needed).

    Works on the map item ``map`` of the map layout (not the comparison's two small maps) and on the
    layers there labelled by ``styling.apply_area_labels``; numbers run from north to south. Returns
    number → area name. Renders the map once per round (main thread).
    """
    map_item = layout.itemById("map")
    if not isinstance(map_item, QgsLayoutItemMap) or layout.itemById("map_baseline") is not None:
        return {}
    labelled = []
    for layer in map_item.layers():
        settings = area_label_settings(layer) if isinstance(layer, QgsVectorLayer) else None
        if settings is not None:
            labelled.append((layer, settings, _highlighted(layer, *settings[:2])))
    if not labelled:  # no labels of ours (or restyled by the cartographer): no numbers, no key
        _fill_area_key(layout, {})
        return {}
    numbers: dict[tuple[str, int], int] = {}
    for _round in range(LABEL_ROUNDS):
        for layer, (name_field, statuses, size), _areas in labelled:
            own = {fid: n for (layer_id, fid), n in numbers.items() if layer_id == layer.id()}
            apply_area_labels(layer, name_field, statuses, size, own)
        placed = _placed_labels(map_item, dpi)
        missing = [
            (layer.id(), fid)
            for layer, _settings, areas in labelled
            for fid in areas
            if fid not in placed.get(layer.id(), set()) and (layer.id(), fid) not in numbers
        ]
        if not missing:
            break
        numbers = _number_by_position([*numbers, *missing], labelled, map_item.extent())
    names = {
        number: labelled_areas[fid][0]
        for (layer_id, fid), number in numbers.items()
        for layer, _settings, labelled_areas in labelled
        if layer.id() == layer_id
    }
    _fill_area_key(layout, dict(sorted(names.items())))
    return names


def _highlighted(layer: QgsVectorLayer, name_field: str, statuses) -> dict[int, tuple[str, QgsPointXY]]:
    """Feature id → (name, a point inside) of the areas of ``layer`` labelled for their status."""
    codes = {status.value for status in statuses}
    status_index = layer.fields().indexFromName(STATUS_FIELD)
    name_index = layer.fields().indexFromName(name_field)
    if status_index < 0 or name_index < 0:
        return {}
    areas = {}
    for feature in layer.getFeatures():
        name = feature[name_index]
        if feature[status_index] in codes and name not in (None, "") and feature.hasGeometry():
            areas[feature.id()] = (str(name), feature.geometry().pointOnSurface().asPoint())
    return areas


def _placed_labels(map_item: QgsLayoutItemMap, dpi: float) -> dict[str, set[int]]:
    """Layer id → ids of the features whose label QGIS places on ``map_item`` (rendered off screen)."""
    rect = map_item.rect()
    size = QSizeF(rect.width() / 25.4 * dpi, rect.height() / 25.4 * dpi)
    settings = map_item.mapSettings(map_item.extent(), size, dpi, True)
    image = QImage(settings.outputSize(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    # Rendered here, on this (the main) thread: a label expression that reads another layer
    # (aggregate(), the district names) asks the main thread for it, so a job on a worker thread
    # that the main thread waits for deadlocks (QGIS 3.40 and later).
    job = QgsMapRendererCustomPainterJob(settings, painter)
    try:
        job.renderSynchronously()
    finally:
        painter.end()
    placed: dict[str, set[int]] = {}
    for position in job.takeLabelingResults().allLabels():
        if not getattr(position, "isUnplaced", False):
            placed.setdefault(position.layerID, set()).add(position.featureId)
    return placed


def _number_by_position(areas, labelled, extent: QgsRectangle) -> dict[tuple[str, int], int]:
    """Numbers 1, 2, ... for ``areas`` ((layer id, feature id)), in bands from north to south and west
    to east within a band, so that neighbouring numbers lie near each other."""
    points = {
        (layer.id(), fid): point for layer, _settings, own in labelled for fid, (_name, point) in own.items()
    }
    band = max(extent.height() / 12.0, 1e-9)

    def order(area):
        point = points[area]
        row = math.floor((extent.yMaximum() - point.y()) / band)
        return (row, point.x() if row % 2 == 0 else -point.x())

    return {area: number for number, area in enumerate(sorted(set(areas), key=order), start=1)}


def _fill_area_key(layout: QgsPrintLayout, names: dict[int, str]) -> None:
    """The key of the numbered areas, in its label item; made below the legend when missing."""
    key = layout.itemById(AREA_KEY_ID)
    if not names:
        if isinstance(key, QgsLayoutItemLabel):
            key.setVisibility(False)
        return
    if not isinstance(key, QgsLayoutItemLabel):
        key = _new_area_key(layout)
    heading = QCoreApplication.translate("MapExport", "Numbers on the map:")
    key.setText(heading + "\n" + "  ·  ".join(f"{number}\u00a0{name}" for number, name in names.items()))
    key.setVisibility(True)


def _new_area_key(layout: QgsPrintLayout) -> QgsLayoutItemLabel:
    """A label item for the key below the legend, as wide as the legend, down to the next item."""
    key = QgsLayoutItemLabel(layout)
    key.setId(AREA_KEY_ID)
    key.setHAlign(Qt.AlignmentFlag.AlignLeft)  # a label item justifies by default: wide gaps in a key
    source = layout.itemById("source")
    if isinstance(source, QgsLayoutItemLabel):  # the small print of the template
        if hasattr(source, "textFormat"):
            key.setTextFormat(source.textFormat())
        else:
            key.setFont(source.font())
            key.setFontColor(source.fontColor())
    layout.addLayoutItem(key)
    legend = layout.itemById("legend")
    page = layout.pageCollection().page(0)
    page_height = page.pageSize().height() if page is not None else 210.0
    if isinstance(legend, QgsLayoutItemLegend):
        # The legend's entries, not its box (the template's box is larger than three entries need).
        context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
        entries = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
        x, width = legend.pagePos().x(), legend.rect().width()
        top = legend.pagePos().y() + min(entries.height(), legend.rect().height()) + KEY_GAP
    else:
        x, width, top = PAGE_MARGIN, 80.0, page_height / 2
    below = [
        item.pagePos().y()
        for item in layout.items()
        if isinstance(item, (QgsLayoutItemLabel, QgsLayoutItemScaleBar, QgsLayoutItemPicture))
        and item is not key
        and item.pagePos().y() > top
        and item.pagePos().x() < x + width
        and item.pagePos().x() + item.rect().width() > x
    ]
    bottom = min(below, default=page_height - PAGE_MARGIN) - KEY_GAP
    key.attemptMove(QgsLayoutPoint(x, top, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    key.attemptResize(QgsLayoutSize(width, max(bottom - top, 8.0), QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    return key


def comparison_layers(status_layers: StatusLayers) -> ComparisonLayers:
    """Fresh private copies for the comparison: baseline (every change off) and scenario statuses,
    styled with the same palette, labelled small; Stadtbezirk outlines without names."""
    levels = status_layers.levels
    # Without districts: StatusLayers.create would restyle the project's own district layer.
    copy_levels = AreaLevels(spaces=levels.spaces, quarters=levels.quarters, districts=None)
    scenario = status_layers.scenario
    baseline = StatusLayers.create(copy_levels, scenario.with_all_enabled(False))
    current = StatusLayers.create(copy_levels, scenario)
    for side in (baseline, current):
        apply_area_labels(
            side.spaces, levels.spaces.name_field, LABELLED_SPACE_STATUSES, COMPARISON_SPACE_LABEL_SIZE
        )
        if side.quarters is not None and levels.quarters is not None:
            apply_area_labels(
                side.quarters,
                levels.quarters.name_field,
                (AreaStatus.ACTION_QUARTER,),
                COMPARISON_QUARTER_LABEL_SIZE,
            )
    districts = None
    if levels.districts is not None:
        districts = levels.districts.layer.materialize(QgsFeatureRequest())
        districts.setName(levels.districts.layer.name())
        apply_district_style(districts, levels.districts.name_field)
        districts.setLabelsEnabled(False)
    return ComparisonLayers(baseline, current, districts)


def _funded_counts(side: StatusLayers) -> tuple[int, int]:
    spaces = Counter(side.statuses("spaces").values())
    quarters = Counter(side.statuses("quarters").values()) if side.quarters is not None else Counter()
    return (
        spaces[AreaStatus.NEW_ACTION_SPACE.value] + spaces[AreaStatus.REMAINS_ACTION_SPACE.value],
        quarters[AreaStatus.ACTION_QUARTER.value],
    )


def comparison_caption(heading: str, side: StatusLayers) -> str:
    """A map caption: heading, then how many Aktionsräume and Aktionsquartiere the map shows."""
    spaces, quarters = _funded_counts(side)
    counts = QCoreApplication.translate("MapExport", "{count} Aktionsräume").format(count=spaces)
    if quarters:
        counts += ", " + QCoreApplication.translate("MapExport", "{count} Aktionsquartiere").format(
            count=quarters
        )
    return f"{heading}\n{counts}"


def ensure_comparison_layout(
    project: QgsProject,
    status_layers: StatusLayers,
    texts: MapTexts,
    reset: bool = False,
    name: str = COMPARISON_LAYOUT_NAME,
) -> QgsPrintLayout:
    """The comparison layout (current list and scenario side by side, one legend) in the project's
    layout manager, made from its template when missing or on ``reset``.

    The maps' layers, the legend and the captions are rebuilt from ``status_layers`` (its scenario)
    on every call; positions, sizes, texts and extents the cartographer adjusted are kept.
    """
    with layout_in_project(project, name, "comparison", reset) as (layout, new):
        _fill_comparison(layout, status_layers, texts, new)
    return layout


def _fill_comparison(layout: QgsPrintLayout, status_layers: StatusLayers, texts: MapTexts, new: bool) -> None:
    """Point the comparison's maps, captions and legend at fresh copies of the status layers; a ``new``
    layout (from the template) gets its texts, extents, scale bar and north arrow too."""
    if new:
        _fill_texts(layout, texts)
    layers = comparison_layers(status_layers)
    scenario_map = _item(layout, "map", QgsLayoutItemMap)
    baseline_map = _item(layout, "map_baseline", QgsLayoutItemMap)
    if new:
        _frame_map(scenario_map, layers.map_layers(layers.scenario), status_layers)
        _frame_map(baseline_map, layers.map_layers(layers.baseline), status_layers)
        # Both maps at the same scale and extent, so the two cities match.
        scale = max(scenario_map.scale(), baseline_map.scale())
        baseline_map.setExtent(scenario_map.extent())
        scenario_map.setScale(scale)
        baseline_map.setScale(scale)
        _fill_scale_bar_and_north_arrow(layout, scenario_map)
    else:
        for map_item, side in ((scenario_map, layers.scenario), (baseline_map, layers.baseline)):
            map_item.setLayers(layers.map_layers(side))
            map_item.setKeepLayerSet(True)
    _item(layout, "caption_baseline", QgsLayoutItemLabel).setText(
        comparison_caption(QCoreApplication.translate("MapExport", "Current list"), layers.baseline)
    )
    _item(layout, "caption_scenario", QgsLayoutItemLabel).setText(
        comparison_caption(
            QCoreApplication.translate("MapExport", "With the proposed changes"), layers.scenario
        )
    )
    legend = _item(layout, "legend", QgsLayoutItemLegend)
    fill_status_legend(legend, scenario_map, [layers.scenario, layers.baseline], layers.districts, plain=True)
    keep_layers_with(layout, layers.map_layers(layers.baseline) + layers.map_layers(layers.scenario))


VARIANTS = ("landscape", "portrait", "comparison")


def prepare_layout(
    project: QgsProject,
    status_layers: StatusLayers,
    texts: MapTexts,
    variant: str | None = None,
    reset: bool = False,
) -> QgsPrintLayout:
    """The layout to export for ``variant`` (``landscape``/``portrait``: the map; ``comparison``).

    The project's layout is used as the cartographer left it; ``reset`` rebuilds it from the template.
    ``variant`` None means the map as it is in the project (landscape when it is made). Asking for an
    orientation the project's map layout does not have is refused rather than silently ignored.
    """
    if variant is not None and variant not in VARIANTS:
        raise ExportError(
            QCoreApplication.translate(
                "MapExport", "Unknown map variant '{value}' (landscape, portrait or comparison)."
            ).format(value=variant)
        )
    if variant == "comparison":
        return ensure_comparison_layout(project, status_layers, texts, reset)
    existing = find_layout(project, LAYOUT_NAME)
    if existing is not None and not reset and variant is not None and layout_orientation(existing) != variant:
        raise ExportError(
            QCoreApplication.translate(
                "MapExport",
                "The layout '{name}' in the project is {actual}, not {wanted}; reset it to the template to change the orientation.",
            ).format(name=LAYOUT_NAME, actual=layout_orientation(existing), wanted=variant)
        )
    return ensure_layout(project, status_layers, texts, variant or "landscape", reset)


@contextmanager
def scenario_applied(status_layers: StatusLayers, scenario: Scenario | None):
    """Show ``scenario`` on the status layers for the duration of the block, then restore the
    statuses they had (an export for another scenario leaves the project's set-up as it was)."""
    if scenario is None:
        yield status_layers
        return
    previous = status_layers.scenario
    status_layers.update(scenario)
    try:
        yield status_layers
    finally:
        status_layers.update(previous)


def _scale_bar_step(scale: float) -> float:
    """Kilometres per scale-bar segment: a round step giving segments of about 10 mm on paper."""
    target_km = scale * 0.010 / 1000
    for step in (0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 50.0):
        if step >= target_km:
            return step
    return 100.0


def _fit_aspect(extent: QgsRectangle, width_to_height: float) -> QgsRectangle:
    """The smallest rectangle around ``extent``'s centre that holds it and has the item's shape.

    (``QgsLayoutItemMap.setExtent`` would otherwise resize the item to the extent's shape.)
    """
    width, height = extent.width(), extent.height()
    if width / height < width_to_height:
        width = height * width_to_height
    else:
        height = width / width_to_height
    centre = extent.center()
    return QgsRectangle(
        centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2
    )


def _text_as_text():
    """'Always export text as text' in the enum of this QGIS release (3.22 and 3.40 differ)."""
    from qgis.core import Qgis

    if hasattr(Qgis, "TextRenderFormat"):
        return Qgis.TextRenderFormat.AlwaysText
    from qgis.core import QgsRenderContext

    return QgsRenderContext.TextRenderFormat.TextFormatAlwaysText


def export_layout(
    layout: QgsPrintLayout,
    path: str | Path,
    fmt: str | None = None,
    dpi: int | None = None,
    overwrite: bool = False,
    feedback: QgsFeedback | None = None,
) -> Path:
    """Export ``layout`` to ``path`` as PDF (vector, fonts embedded, selectable text), PNG or SVG.

    The file appears only when the export succeeded completely; an existing file is replaced only
    with ``overwrite``. A ``feedback`` cancelled before or during the export leaves no file and the
    previous one as it was. Raises :class:`ExportError` with the file and the reason otherwise.
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ExportError(
            QCoreApplication.translate(
                "MapExport", "{path}: unknown export format '{fmt}' (pdf, png or svg)."
            ).format(path=path, fmt=fmt)
        )
    refuse_existing([path], overwrite)
    if path.is_dir():
        raise ExportError(
            QCoreApplication.translate("MapExport", "{path} is a folder, not a file name.").format(path=path)
        )
    folder = path.parent
    check_folder(folder)
    if not os.access(folder, os.W_OK):
        raise ExportError(_unwritable_message(folder))
    _raise_if_cancelled(feedback, path)
    dpi = dpi or DEFAULT_DPI[fmt]
    refresh_legend(layout)
    label_every_area(layout)

    writing = ExitStack()
    try:
        temporary = writing.enter_context(replacing(path))
    except OSError:
        # os.access says yes for root even where the file system refuses (read-only mounts, /sys).
        raise ExportError(_unwritable_message(folder)) from None
    try:
        with writing:
            result = _export(layout, temporary, fmt, dpi)
            if result != QgsLayoutExporter.ExportResult.Success:
                raise ExportError(_export_failure_message(path, result))
            if not _is_complete(temporary, fmt):
                raise ExportError(_export_failure_message(path, QgsLayoutExporter.ExportResult.FileError))
            _raise_if_cancelled(feedback, path)
    except OSError as error:
        raise write_error(path, error) from None
    if feedback is not None:
        feedback.setProgress(100)
    return path


def export_formats(
    layout: QgsPrintLayout,
    out: str | Path,
    formats: list[str],
    dpi: int | None = None,
    overwrite: bool = False,
    feedback: QgsFeedback | None = None,
) -> list[Path]:
    """Export ``layout`` once per format to ``out`` with the format's suffix; returns the files.

    Every target is checked before the first is written, so a refused overwrite writes nothing.
    """
    out = Path(out)
    targets = [out.with_suffix(f".{fmt}") for fmt in formats]
    refuse_existing(targets, overwrite)
    written = []
    for number, (fmt, target) in enumerate(zip(formats, targets)):
        if feedback is not None:
            feedback.setProgress(100 * number / len(formats))
        written.append(export_layout(layout, target, fmt, dpi, overwrite, feedback))
    return written


def refuse_existing(targets: list[Path], overwrite: bool, message: str | None = None) -> None:
    """Raise :class:`ExportError` naming the ``targets`` that exist already, unless ``overwrite``.

    ``message``: the translated text with ``{path}`` for them, saying how the front end allows
    overwriting (the command line: ``--force``); by default "allow overwriting to replace it".
    """
    existing = [str(target) for target in targets if target.exists()]
    if existing and not overwrite:
        if message is None:
            message = QCoreApplication.translate(
                "MapExport", "{path} exists already; allow overwriting to replace it."
            )
        raise ExportError(message.format(path=", ".join(existing)))


def check_folder(folder: Path) -> None:
    """Raise :class:`ExportError` when ``folder`` (where an export goes) is a file or does not exist."""
    if folder.exists() and not folder.is_dir():
        raise ExportError(
            QCoreApplication.translate("MapExport", "{folder} is a file, not a folder.").format(folder=folder)
        )
    if not folder.is_dir():
        raise ExportError(
            QCoreApplication.translate("MapExport", "{folder}: the folder does not exist.").format(
                folder=folder
            )
        )


def write_error(path: Path, error: OSError) -> ExportError:
    """The :class:`ExportError` for an ``OSError`` while ``path`` was written."""
    return ExportError(
        QCoreApplication.translate("MapExport", "{path}: could not be written: {reason}.").format(
            path=path, reason=error.strerror or error
        )
    )


def _unwritable_message(folder: Path) -> str:
    return QCoreApplication.translate("MapExport", "{folder}: no permission to write in this folder.").format(
        folder=folder
    )


def _raise_if_cancelled(feedback: QgsFeedback | None, path: Path) -> None:
    if feedback is not None and feedback.isCanceled():
        raise ExportError(
            QCoreApplication.translate("MapExport", "{path}: export cancelled.").format(path=path)
        )


#: How each format's file ends when it was written completely (a full disk truncates it silently:
#: Qt's PDF and SVG writers do not report failed writes).
_COMPLETE_ENDINGS = {"pdf": b"%%EOF", "png": b"IEND\xaeB`\x82", "svg": b"</svg>"}


def _is_complete(file: Path, fmt: str) -> bool:
    size = file.stat().st_size
    if size == 0:
        return False
    with file.open("rb") as handle:
        handle.seek(max(0, size - 64))
        return _COMPLETE_ENDINGS[fmt] in handle.read()


def pdf_settings(dpi: int, georeference: bool) -> QgsLayoutExporter.PdfExportSettings:
    """The PDF settings of every export: vector output with text as text (selectable, fonts embedded)
    at ``dpi``; ``georeference`` writes the map's coordinates into the PDF."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.forceVectorOutput = True
    settings.rasterizeWholeImage = False
    settings.textRenderFormat = _text_as_text()
    settings.appendGeoreference = georeference
    return settings


def _export(layout: QgsPrintLayout, temporary: Path, fmt: str, dpi: int):
    exporter = QgsLayoutExporter(layout)
    if fmt == "pdf":
        return exporter.exportToPdf(str(temporary), pdf_settings(dpi, georeference=True))
    if fmt == "svg":
        settings = QgsLayoutExporter.SvgExportSettings()
        settings.dpi = dpi
        settings.forceVectorOutput = True
        settings.textRenderFormat = _text_as_text()
        settings.exportAsLayers = False
        return exporter.exportToSvg(str(temporary), settings)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.generateWorldFile = False
    # QGIS tries to georeference the image through GDAL, which cannot update PNG files and says so on
    # stderr ("ERROR 6"); the PNG itself is complete.
    from osgeo import gdal

    with gdal_calls():
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            return exporter.exportToImage(str(temporary), settings)
        finally:
            gdal.PopErrorHandler()


#: why QGIS's layout exporter failed → the message code that says so (services/messages.py)
_EXPORT_FAILURES = {
    QgsLayoutExporter.ExportResult.FileError: "export.file_error",
    QgsLayoutExporter.ExportResult.MemoryError: "export.memory_error",
    QgsLayoutExporter.ExportResult.PrintError: "export.print_error",
    QgsLayoutExporter.ExportResult.SvgLayerError: "export.svg_layer_error",
    QgsLayoutExporter.ExportResult.IteratorError: "export.iterator_error",
    QgsLayoutExporter.ExportResult.Canceled: "export.canceled",
}


def _export_failure_message(path: Path, result) -> str:
    code = _EXPORT_FAILURES.get(result)
    return worded("export.failed", path=str(path), reason=worded(code) if code else str(result))
