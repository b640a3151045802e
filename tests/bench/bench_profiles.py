"""Benchmark of the area profiles (issue 17).

The 15 profile pages of the sample under the 2020 scenario, made and exported as our command line does
(indicator values and assessment, coverage and table layers, charts, layout, font check, atomic export)
against a bare ``QgsLayoutExporter`` Atlas export of the same layout with the same settings, in the same
run. Goal: at most 1.2×. Best of a few runs after a warm-up.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

RUNS = 3
GOAL = "goal: ratio ≤ 1.2"


def _timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def run(report) -> None:
    from qgis.core import QgsLayoutExporter, QgsProject

    from aktionsraeume_plugin.services.fonts import layout_fonts, missing_fonts
    from aktionsraeume_plugin.services.map_export import pdf_settings
    from aktionsraeume_plugin.services.profile_export import export_profiles, prepare_profiles
    from aktionsraeume_plugin.services.sample_project import load_sample, sample_profile_source

    project = QgsProject.instance()
    project.clear()
    workspace = load_sample(project)
    layout = prepare_profiles(project, workspace, sample_profile_source(), "de")
    assert layout.atlas().coverageLayer().featureCount() == 15
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)

        def bare():
            result, error = QgsLayoutExporter.exportToPdf(
                layout.atlas(), str(folder / "bare.pdf"), pdf_settings(300, georeference=False)
            )
            assert result == QgsLayoutExporter.ExportResult.Success, error

        def ours():
            made = prepare_profiles(project, workspace, sample_profile_source(), "de")
            missing_fonts(layout_fonts(made))
            export_profiles(made, folder / "ours.pdf", overwrite=True)

        for warm_up in (bare, ours):
            warm_up()
        # Alternating runs, so that load from other processes falls on both alike.
        ours_times, bare_times = [], []
        for _ in range(RUNS):
            ours_times.append(_timed(ours))
            bare_times.append(_timed(bare))
        report("area profiles: 15 pages, made and exported (PDF)", min(ours_times), min(bare_times), GOAL)
    project.clear()
