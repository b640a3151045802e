"""Benchmarks of the map export (issue 6).

The A4 map of the sample, exported through our ``export_layout`` (temporary file, result and
completeness checks, atomic move) against a bare ``QgsLayoutExporter`` export of the same layout with
the same settings, in the same run: the PDF (vector, 300 dpi) and the 300 dpi PNG.
Goal: our overhead at most 1.2×. Each is the best of a few runs after a warm-up.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

RUNS = 3
GOAL = "goal: ratio ≤ 1.2"


def _best(function) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def run(report) -> None:
    from qgis.core import QgsLayoutExporter, QgsProject

    from aktionsraeume_plugin.services.map_export import _text_as_text, ensure_layout, export_layout
    from aktionsraeume_plugin.services.sample_project import load_sample

    project = QgsProject.instance()
    project.clear()
    workspace = load_sample(project)
    layout = ensure_layout(project, workspace.status_layers, workspace.texts)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)

        def bare_pdf():
            settings = QgsLayoutExporter.PdfExportSettings()
            settings.dpi = 300
            settings.forceVectorOutput = True
            settings.rasterizeWholeImage = False
            settings.textRenderFormat = _text_as_text()
            settings.appendGeoreference = True
            result = QgsLayoutExporter(layout).exportToPdf(str(folder / "bare.pdf"), settings)
            assert result == QgsLayoutExporter.ExportResult.Success

        def bare_png():
            settings = QgsLayoutExporter.ImageExportSettings()
            settings.dpi = 300
            settings.generateWorldFile = False
            result = QgsLayoutExporter(layout).exportToImage(str(folder / "bare.png"), settings)
            assert result == QgsLayoutExporter.ExportResult.Success

        def ours_pdf():
            export_layout(layout, folder / "ours.pdf", "pdf", 300, overwrite=True)

        def ours_png():
            export_layout(layout, folder / "ours.png", "png", 300, overwrite=True)

        for warm_up in (bare_pdf, ours_pdf, bare_png, ours_png):
            warm_up()
        report("map export: A4 PDF (vector, 300 dpi)", _best(ours_pdf), _best(bare_pdf), GOAL)
        report("map export: A4 PNG (300 dpi)", _best(ours_png), _best(bare_png), GOAL)
    project.clear()
