"""The plugin changes nothing global in the QGIS process: the garbage collector stays on, the
comparison map's layers live and die with their layout, Processing uses its context's datum
transformations rather than the current project's."""

from __future__ import annotations

import gc
import threading

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsExpression,
    QgsExpressionFunction,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from aktionsraeume_plugin.services import boundary_service, map_export
from aktionsraeume_plugin.services.boundary_service import LevelSource
from aktionsraeume_plugin.services.layers import field_for_series
from aktionsraeume_plugin.services.sample_project import load_sample

from .test_boundaries_qgis import memory, quarters_frame, spaces_frame

WEB_MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")
ETRS = QgsCoordinateReferenceSystem("EPSG:25832")
#: Web Mercator to ETRS89/UTM 32N, then 1 km east: a datum transformation nobody would choose by default.
SHIFTED = (
    "+proj=pipeline +step +inv +proj=webmerc +lat_0=0 +lon_0=0 +x_0=0 +y_0=0 +ellps=WGS84 "
    "+step +proj=utm +zone=32 +ellps=GRS80 +step +proj=affine +xoff=1000"
)


class _GcProbe(QgsExpressionFunction):
    """Expression function ``gc_probe(value)``: notes whether the collector is on, returns ``value``."""

    def __init__(self):
        super().__init__("gc_probe", 1, "Tests")
        self.seen: list[bool] = []

    def func(self, values, context, parent, node):
        self.seen.append(gc.isenabled())
        return values[0]


def test_the_collector_stays_on_while_boundaries_are_read_and_checked_in_a_worker(qgis_app):
    probe = _GcProbe()
    assert QgsExpression.registerFunction(probe)
    try:
        # The key is an expression field calling the probe, so the probe runs while the level is read.
        spaces_layer = memory(spaces_frame(), "s")
        spaces_layer.addExpressionField(
            'gc_probe("sozialraum_nr")', field_for_series("probe", pd.Series(["text"]))
        )
        quarters = LevelSource(memory(quarters_frame(), "q"), "quartier_nr", "sozialraum_nr")
        assert gc.isenabled()
        job = boundary_service.prepare_job(LevelSource(spaces_layer, "probe"), quarters)
    finally:
        QgsExpression.unregisterFunction("gc_probe")
    assert len(probe.seen) == 4 and all(probe.seen)

    seen_in_worker: list[bool] = []
    seen_in_main: list[bool] = []
    done = threading.Event()

    def work():  # what the panel's QgsTask runs
        try:
            boundary_service.compute(job, progress=lambda _percent: seen_in_worker.append(gc.isenabled()))
        finally:
            done.set()

    worker = threading.Thread(target=work)
    worker.start()
    while not done.is_set():
        seen_in_main.append(gc.isenabled())
        done.wait(0.001)
    worker.join()
    assert seen_in_worker and all(seen_in_worker)
    assert all(seen_in_main) and gc.isenabled()


def _count_destroyed(layers) -> list[str]:
    destroyed: list[str] = []
    for layer in layers:
        layer_id = layer.id()
        layer.destroyed.connect(lambda *_args, layer_id=layer_id: destroyed.append(layer_id))
    return destroyed


def test_the_comparison_layers_live_and_die_with_their_layout(qgis_app):
    assert not [
        name for name, value in vars(map_export).items() if isinstance(value, dict) and "compar" in name
    ]
    project = QgsProject()
    session = load_sample(project)
    project.setCrs(session.levels.spaces.layer.crs())  # as the desktop does from the first layer
    layout = map_export.ensure_comparison_layout(project, session.status_layers, session.texts)
    first = layout.findChildren(QgsVectorLayer)
    assert len(first) >= 4  # baseline and scenario spaces and quarters, districts
    first_ids = {layer.id() for layer in first}
    first_destroyed = _count_destroyed(first)
    del first

    # Preparing the same layout again replaces its layers; it does not pile them up.
    again = map_export.ensure_comparison_layout(project, session.status_layers, session.texts)
    assert again is layout
    second = layout.findChildren(QgsVectorLayer)
    assert len(second) == len(first_ids) and not first_ids & {layer.id() for layer in second}
    gc.collect()
    assert sorted(first_destroyed) == sorted(first_ids)

    # Closing the project takes the layout and with it its layers.
    second_destroyed = _count_destroyed(second)
    second_ids = sorted(layer.id() for layer in second)
    del second, again, layout
    project.clear()
    gc.collect()
    assert sorted(second_destroyed) == second_ids


def _shifted_context() -> QgsCoordinateTransformContext:
    context = QgsCoordinateTransformContext()
    assert context.addCoordinateOperation(WEB_MERCATOR, ETRS, SHIFTED)
    return context


def _levels():
    spaces = memory(spaces_frame(), "s")
    quarters = memory(quarters_frame(), "q", WEB_MERCATOR)
    return spaces, quarters


def test_the_boundary_service_uses_the_transform_context_it_is_given(qgis_app):
    spaces, quarters = _levels()
    plain = boundary_service.check_layers(
        LevelSource(spaces, "sozialraum_nr"), LevelSource(quarters, "quartier_nr", "sozialraum_nr")
    )
    assert [f.type for f in plain.report.findings] == ["crs_reprojected"]
    shifted = boundary_service.check_layers(
        LevelSource(spaces, "sozialraum_nr"),
        LevelSource(quarters, "quartier_nr", "sozialraum_nr"),
        transform_context=_shifted_context(),
    )
    assert len(shifted.report.findings) > 1  # quarters 1 km east: outside their spaces


def test_processing_uses_the_context_transform_context_not_the_project(
    qgis_processing, aktionsraeume_provider
):
    import processing

    spaces, quarters = _levels()
    # The current project has no datum transformation; only the Processing context has one.
    QgsProject.instance().setTransformContext(QgsCoordinateTransformContext())
    context = QgsProcessingContext()
    context.setTransformContext(_shifted_context())
    parameters = {
        "SPACES": spaces,
        "SPACES_KEY": "sozialraum_nr",
        "QUARTERS": quarters,
        "QUARTERS_KEY": "quartier_nr",
        "QUARTERS_PARENT": "sozialraum_nr",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_AREAS": "TEMPORARY_OUTPUT",
    }
    shifted = processing.run(
        "aktionsraeume:checkboundaries", parameters, context=context, feedback=QgsProcessingFeedback()
    )
    plain = processing.run(
        "aktionsraeume:checkboundaries",
        parameters,
        context=QgsProcessingContext(),
        feedback=QgsProcessingFeedback(),
    )
    assert plain["FINDINGS"] == 1  # only "reprojected"
    assert shifted["FINDINGS"] > 1
    # and the shift really is the context's: a point moves 1 km more than by default
    from qgis.core import QgsCoordinateTransform

    point = QgsPointXY(830_000, 6_780_000)
    default = QgsCoordinateTransform(WEB_MERCATOR, ETRS, QgsCoordinateTransformContext()).transform(point)
    moved = QgsCoordinateTransform(WEB_MERCATOR, ETRS, _shifted_context()).transform(point)
    assert abs(moved.x() - default.x() - 1000) < 1
