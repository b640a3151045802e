"""Reading an exported map back: which colour the PNG shows inside an area, what text the PDF holds."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import shapely
from qgis.core import QgsLayoutItemMap, QgsPrintLayout
from qgis.PyQt.QtGui import QColor, QImage


def map_to_pixel(layout: QgsPrintLayout, dpi: int, item_id: str = "map"):
    """A function taking map coordinates (x, y) to pixel (column, row) of the exported PNG."""
    map_item = next(i for i in layout.items() if isinstance(i, QgsLayoutItemMap) and i.id() == item_id)
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


def dominant_colour(
    png: Path | QImage, to_pixel, polygon, inset: float = 150.0, grid: int = 9
) -> tuple[str, float]:
    """The most frequent colour (hex) at a grid of points well inside ``polygon``, and its share.

    ``png`` is the file or the image already loaded (when probing many areas). Points are taken inside
    the polygon shrunk by ``inset`` metres, so outlines are never sampled; labels may cover a few points,
    which the majority vote tolerates.
    """
    image = png if isinstance(png, QImage) else QImage(str(png))
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


def pdf_page_size(pdf: Path) -> tuple[float, float]:
    """Width and height of the first page in points, as pdfinfo reports them."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    line = next(line for line in info.splitlines() if line.startswith("Page size:"))
    width, _x, height = line.split(":", 1)[1].split()[:3]
    return float(width), float(height)


def pdf_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font of the PDF, as pdffonts reports them."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    fonts = []
    for line in lines.splitlines()[2:]:
        columns = line.split()
        # name type... encoding emb sub uni object ID: "emb" is the fifth column from the end
        fonts.append((columns[0], columns[-5] == "yes"))
    return fonts


def pdf_word_box(pdf: Path, word: str) -> tuple[float, float]:
    """Top-left corner (points from the page's top left) of the first occurrence of ``word``."""
    import xml.etree.ElementTree as ElementTree

    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    root = ElementTree.fromstring(html)
    for element in root.iter():
        if element.tag.endswith("word") and element.text == word:
            return float(element.get("xMin")), float(element.get("yMin"))
    raise AssertionError(f"{word!r} not in {pdf}")
