"""The press-release map: a print layout from the template in resources/, filled and exported.

The layout lives in the project's layout manager under a stable name, so cartographers can open and
adjust it in QGIS's layout designer; an export reuses it as it is. Exports are written to a temporary
file beside the target and moved into place only when complete, so a failed or cancelled export never
leaves a broken file or replaces a good one. Layouts are not thread-safe: call these on the main thread.
"""

from __future__ import annotations

import datetime
import math
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsFeedback,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtXml import QDomDocument

from ..paths import ICONS_DIR, LAYOUTS_DIR
from .status_layers import StatusLayers

LAYOUT_NAME = "Aktionsräume – Karte"
TEMPLATES = {
    "landscape": LAYOUTS_DIR / "aktionsraeume_a4_quer.qpt",
    "portrait": LAYOUTS_DIR / "aktionsraeume_a4_hoch.qpt",
}
FORMATS = ("pdf", "png", "svg")
DEFAULT_DPI = {"pdf": 300, "png": 300, "svg": 96}
#: Mantissas of "round" map scales (1:100 000, 1:125 000, 1:150 000, ...).
ROUND_SCALE_STEPS = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5)
MAP_MARGIN = 0.03
SCALE_BAR_SEGMENTS = 3


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
            date=datetime.date.today().strftime("%d.%m.%Y")
        )


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
    layout = project.layoutManager().layoutByName(name)
    return layout if isinstance(layout, QgsPrintLayout) else None


def layout_from_template(project: QgsProject, orientation: str = "landscape", name: str = LAYOUT_NAME):
    """A new print layout from the template of the given orientation (not yet in the manager)."""
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
    or, when missing or when ``reset`` is asked for, a new one from the template, filled."""
    existing = find_layout(project, name)
    if existing is not None and not reset:
        refresh_legend(existing)
        return existing
    if existing is not None:
        project.layoutManager().removeLayout(existing)
    layout = layout_from_template(project, orientation, name)
    fill_layout(layout, status_layers, texts)
    if not project.layoutManager().addLayout(layout):
        raise ExportError(
            QCoreApplication.translate(
                "MapExport", "Could not add the layout '{name}' to the project."
            ).format(name=name)
        )
    return layout


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

    map_item = _item(layout, "map", QgsLayoutItemMap)
    layers = status_layers.layers()
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    map_item.setCrs(status_layers.spaces.crs())
    extent = QgsRectangle(status_layers.spaces.extent())
    if status_layers.districts is not None:
        extent.combineExtentWith(status_layers.districts.extent())
    extent.scale(1 + 2 * MAP_MARGIN)
    map_item.setExtent(_fit_aspect(extent, map_item.rect().width() / map_item.rect().height()))
    map_item.setScale(round_scale(map_item.scale()))

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

    legend = _item(layout, "legend", QgsLayoutItemLegend)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    # Edit the legend's own layer tree in place: a tree made here would be freed by Python while the
    # legend still points at it.
    root = legend.model().rootGroup()
    root.clear()
    titles = (
        (status_layers.spaces, QCoreApplication.translate("MapExport", "Sozialräume")),
        (status_layers.quarters, QCoreApplication.translate("MapExport", "Quartiere")),
        (status_layers.districts, QCoreApplication.translate("MapExport", "Stadtbezirk boundary")),
    )
    for layer, title in titles:
        if layer is None:
            continue
        node = root.addLayer(layer)
        # The legend's own name for the layer; the layer itself keeps its name.
        node.setUseLayerName(False)
        node.setName(title)
        if layer is status_layers.districts:
            # A single-symbol layer's entry sits beside its symbol and is labelled on its own.
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, 0, title)
            legend.model().refreshLayerLegend(node)
        if layer is status_layers.quarters:
            # One category ("Aktionsquartier (n)") needs no heading of its own.
            QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
    legend.setTitle("")
    refresh_legend(layout)


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


def refresh_legend(layout: QgsPrintLayout) -> None:
    """Re-read renderer categories (statuses and counts change with the scenario)."""
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLegend):
            item.updateLegend()
            item.adjustBoxSize()
        if isinstance(item, QgsLayoutItemMap):
            item.invalidateCache()


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
    """Export ``layout`` to ``path`` as PDF (vector, selectable text), PNG or SVG.

    The file appears only when the export succeeded completely; an existing file is replaced only
    with ``overwrite``. Raises :class:`ExportError` with the file and the reason otherwise.
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ExportError(
            QCoreApplication.translate(
                "MapExport", "{path}: unknown export format '{fmt}' (pdf, png or svg)."
            ).format(path=path, fmt=fmt)
        )
    if path.exists() and not overwrite:
        raise ExportError(
            QCoreApplication.translate(
                "MapExport", "{path} exists already; allow overwriting to replace it."
            ).format(path=path)
        )
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(
            QCoreApplication.translate("MapExport", "{folder}: the folder does not exist.").format(
                folder=folder
            )
        )
    if not os.access(folder, os.W_OK):
        raise ExportError(
            QCoreApplication.translate(
                "MapExport", "{folder}: no permission to write in this folder."
            ).format(folder=folder)
        )
    dpi = dpi or DEFAULT_DPI[fmt]
    refresh_legend(layout)

    handle, temporary_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=f".part.{fmt}", dir=folder)
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        result = _export(layout, temporary, fmt, dpi)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise ExportError(_export_failure_message(path, result))
        if temporary.stat().st_size == 0:
            raise ExportError(
                QCoreApplication.translate("MapExport", "{path}: the export wrote an empty file.").format(
                    path=path
                )
            )
        if feedback is not None and feedback.isCanceled():
            raise ExportError(
                QCoreApplication.translate("MapExport", "{path}: export cancelled.").format(path=path)
            )
        # mkstemp made the file private (0600); give it the permissions a new file normally gets.
        umask = os.umask(0)
        os.umask(umask)
        temporary.chmod(0o666 & ~umask)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def _export(layout: QgsPrintLayout, temporary: Path, fmt: str, dpi: int):
    exporter = QgsLayoutExporter(layout)
    if fmt == "pdf":
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.forceVectorOutput = True
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = _text_as_text()
        settings.appendGeoreference = True
        return exporter.exportToPdf(str(temporary), settings)
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
    return exporter.exportToImage(str(temporary), settings)


def _export_failure_message(path: Path, result) -> str:
    reasons = {
        QgsLayoutExporter.ExportResult.FileError: QCoreApplication.translate(
            "MapExport", "the file could not be written (disk full or no permission?)"
        ),
        QgsLayoutExporter.ExportResult.MemoryError: QCoreApplication.translate(
            "MapExport", "not enough memory for this resolution"
        ),
        QgsLayoutExporter.ExportResult.PrintError: QCoreApplication.translate(
            "MapExport", "the PDF could not be created"
        ),
        QgsLayoutExporter.ExportResult.SvgLayerError: QCoreApplication.translate(
            "MapExport", "the SVG layers could not be created"
        ),
        QgsLayoutExporter.ExportResult.IteratorError: QCoreApplication.translate(
            "MapExport", "the atlas could not be prepared"
        ),
        QgsLayoutExporter.ExportResult.Canceled: QCoreApplication.translate("MapExport", "cancelled"),
    }
    return QCoreApplication.translate("MapExport", "{path}: export failed: {reason}.").format(
        path=path, reason=reasons.get(result, str(result))
    )
