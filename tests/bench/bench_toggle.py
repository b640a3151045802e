"""Switching a proposed change on the 209-area sample: our update against a plain redraw of the map.

Ours: the status update (features whose status changed, renderer categories with counts) followed by
the redraw the canvas does. Reference: the same redraw without any update, i.e. what QGIS needs anyway.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsProject
from qgis.PyQt.QtCore import QSize

from aktionsraeume_plugin.services.sample_project import load_sample

ROUNDS = 20


def _render(layers, extent, crs) -> None:
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(1000, 800))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()


def run(report) -> None:
    project = QgsProject.instance()
    project.clear()
    with tempfile.TemporaryDirectory() as folder:
        workspace = load_sample(project, storage=Path(folder) / "status.gpkg")
        layers = workspace.status_layers.layers()
        extent, crs = workspace.status_layers.spaces.extent(), workspace.status_layers.spaces.crs()
        scenario = workspace.scenario
        _render(layers, extent, crs)  # warm caches

        toggles, redraws, updates = [], [], []
        for round_number in range(ROUNDS):
            enabled = round_number % 2 == 1
            started = time.perf_counter()
            workspace.set_scenario(scenario.with_enabled("add-0102", enabled))
            updated = time.perf_counter()
            _render(layers, extent, crs)
            toggles.append(time.perf_counter() - started)
            updates.append(updated - started)
            started = time.perf_counter()
            _render(layers, extent, crs)
            redraws.append(time.perf_counter() - started)
        report(
            "toggle one change, 209 areas (update + redraw vs redraw)",
            statistics.median(toggles),
            statistics.median(redraws),
            "toggle well under 0.1 s",
        )
        print(f"  status update alone: median {statistics.median(updates) * 1000:.1f} ms", flush=True)
    project.clear()
