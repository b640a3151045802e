"""Reading an exported map back: which colour the PNG shows inside an area, what text the PDF holds."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import shapely
from qgis.core import QgsLayoutItemMap, QgsPrintLayout
from qgis.PyQt.QtGui import QColor, QImage


def map_to_pixel(layout: QgsPrintLayout, dpi: int):
    """A function taking map coordinates (x, y) to pixel (column, row) of the exported PNG."""
    map_item = next(i for i in layout.items() if isinstance(i, QgsLayoutItemMap) and i.id() == "map")
    extent = map_item.extent()
    position = map_item.pagePos()  # millimetres from the page's top left
    rect = map_item.rect()
    px_per_mm = dpi / 25.4

    def transform(x: float, y: float) -> tuple[int, int]:
        fx = (x - extent.xMinimum()) / extent.width()
        fy = (extent.yMaximum() - y) / extent.height()
        return (
            round((position.x() + fx * rect.width()) * px_per_mm),
            round((position.y() + fy * rect.height()) * px_per_mm),
        )

    return transform


def dominant_colour(png: Path, to_pixel, polygon, inset: float = 150.0, grid: int = 9) -> tuple[str, float]:
    """The most frequent colour (hex) at a grid of points well inside ``polygon``, and its share.

    Points are taken inside the polygon shrunk by ``inset`` metres, so outlines are never sampled;
    labels may cover a few points, which the majority vote tolerates.
    """
    image = QImage(str(png))
    assert not image.isNull(), png
    core = polygon.buffer(-inset)
    if core.is_empty:
        core = polygon.buffer(-inset / 4)
    minx, miny, maxx, maxy = core.bounds
    colours = Counter()
    for i in range(grid):
        for j in range(grid):
            x = minx + (i + 0.5) * (maxx - minx) / grid
            y = miny + (j + 0.5) * (maxy - miny) / grid
            if not core.contains(shapely.Point(x, y)):
                continue
            column, row = to_pixel(x, y)
            colours[QColor(image.pixel(column, row)).name()] += 1
    assert colours, "no sample point inside the area"
    colour, count = colours.most_common(1)[0]
    return colour, count / sum(colours.values())


def pdf_text(pdf: Path) -> str:
    """The text of a PDF as pdftotext (poppler) extracts it."""
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is installed by make setup"
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
