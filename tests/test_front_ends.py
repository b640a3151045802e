"""The front ends stay thin: Processing algorithms share one base class, and no front end reaches into
the private helpers of services."""

from __future__ import annotations

import ast
import threading

import pytest
from qgis.core import Qgis, QgsApplication, QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from .conftest import REPO_DIR

PACKAGE = REPO_DIR / "aktionsraeume_plugin"
FRONT_ENDS = [
    *sorted((PACKAGE / "ui").rglob("*.py")),
    *sorted((PACKAGE / "processing").rglob("*.py")),
    PACKAGE / "cli.py",
]
GROUPS_DE = {"tables": "Tabellen", "assessment": "Bewertung", "boundaries": "Grenzen", "map": "Karte"}


@pytest.mark.parametrize("path", FRONT_ENDS, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_front_ends_import_no_private_names_from_services(path):
    private = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and "services" in (node.module or ""):
            private += [f"{node.module}.{alias.name}" for alias in node.names if alias.name.startswith("_")]
    assert private == []


def test_every_algorithm_has_name_group_help_and_icon_in_the_users_language(aktionsraeume_provider):
    from aktionsraeume_plugin.processing.algorithm import AktionsraeumeAlgorithm, _no_threading_flag
    from aktionsraeume_plugin.services.i18n import install_translator, remove_translators

    algorithms = aktionsraeume_provider.algorithms()
    assert {a.name() for a in algorithms} == {
        "jointable",
        "assess",
        "compareyears",
        "checkboundaries",
        "repairboundaries",
        "exportmap",
        "exportprofiles",
    }
    english = {a.name(): (a.displayName(), a.shortHelpString()) for a in algorithms}
    assert install_translator("de")
    try:
        for algorithm in algorithms:
            registered = QgsApplication.processingRegistry().algorithmById(algorithm.id())
            assert isinstance(registered, AktionsraeumeAlgorithm)
            copy = registered.create()
            assert type(copy) is type(registered) and copy is not registered
            assert copy.group() == GROUPS_DE[copy.groupId()]
            display, help_text = english[copy.name()]
            # Translated in the algorithm's own context: German, and not the English text.
            assert copy.displayName() and copy.displayName() != display
            assert len(copy.shortHelpString()) > 100 and copy.shortHelpString() != help_text
            assert not copy.icon().isNull()
    finally:
        remove_translators()
    export = QgsApplication.processingRegistry().algorithmById("aktionsraeume:exportmap")
    assert export.flags() & _no_threading_flag()  # layouts are not thread-safe


def test_population_comes_from_the_layers_by_canonical_key(qgis_app):
    from qgis.core import QgsFeature, QgsVectorLayer

    from aktionsraeume_plugin.services.proposals import population_by_key
    from aktionsraeume_plugin.services.status_layers import AreaLevel

    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:25832&field=nr:integer&field=Einwohner:integer", "Sozialräume", "memory"
    )
    features = []
    for key, inhabitants in ((503, 1200), (102, None)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([key, inhabitants])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    level = AreaLevel(layer, "nr", "")
    known = {"503": 1.0, "999": 50.0}
    assert population_by_key([(layer, level)], None, known) == {"503": 1200.0, "999": 50.0}
    assert population_by_key([], None, None) is None


# -- Cancel in QGIS's task manager ---------------------------------------------------------------
# The work of each task is held at its start until the test has cancelled the running task (QGIS 3.22
# crashes when a task is cancelled in the instant the thread pool starts it; a user cancels a running
# task). The task, the task manager and the panel are real; only the start of our own work is gated.


class Gate:
    """Wraps a function of ours so that it waits, inside the running task, until released."""

    def __init__(self, monkeypatch, owner, name: str):
        self.started = threading.Event()
        self.released = threading.Event()
        real = getattr(owner, name)

        def gated(*args, **kwargs):
            self.started.set()
            self.released.wait(60)
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, gated)

    def cancel_when_running(self, controller) -> None:
        (task,) = controller.running_tasks()
        for _ in range(6000):  # the task starts at once; the bound only keeps a broken run from hanging
            if self.started.wait(0.01):
                break
            QCoreApplication.processEvents()
        assert self.started.is_set() and task.status() == QgsTask.TaskStatus.Running
        task.cancel()  # what the cancel button of QGIS's task manager does
        self.released.set()
        controller.wait_for_tasks()


@pytest.fixture()
def sample_panel(qgis_iface, tmp_path):
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    from aktionsraeume_plugin.ui.dock import AktionsraeumePanel

    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "projekt.qgz"))
    qgis_iface.messageBar().clear_messages()
    panel = AktionsraeumePanel(qgis_iface)
    QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
    yield panel
    panel.controller.wait_for_tasks()
    panel.indicators.discard_join()  # a pending layer outliving QGIS would crash the interpreter at exit
    panel.controller.disconnect_project()
    project.clear()


def _cancelled_message(qgis_iface) -> bool:
    return any("Cancelled." in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Info))


def test_a_join_cancelled_in_the_task_manager_leaves_nothing_pending(
    sample_panel, qgis_iface, monkeypatch, tmp_path
):
    from aktionsraeume_plugin.ui.sections import indicators

    from .test_panel_indicators import SPACE_TABLE, choose_table, click

    panel, section = sample_panel, sample_panel.indicators
    choose_table(panel, SPACE_TABLE, "spaces")
    gate = Gate(monkeypatch, indicators, "compute_join")
    click(section.join_button)
    gate.cancel_when_running(panel.controller)
    assert section.pending is None and "spaces" not in panel.controller.joined
    assert not list(tmp_path.glob(".aktionsraeume-pending-*"))  # the half-made result is gone
    assert _cancelled_message(qgis_iface) and section.join_button.isEnabled()
    monkeypatch.undo()
    click(section.join_button)  # joining again works as before
    panel.controller.wait_for_tasks()
    assert section.pending is not None


def test_an_assessment_cancelled_in_the_task_manager_applies_nothing(sample_panel, qgis_iface, monkeypatch):
    from qgis.core import QgsProject

    from aktionsraeume_plugin.services import assessment_levels

    from .test_panel_assessment import CATALOGUE, SPACE_TABLE, click, join

    panel, section = sample_panel, sample_panel.assessment
    join(panel, SPACE_TABLE, "spaces")
    layers_before = set(QgsProject.instance().mapLayers())
    section.catalogue_file.setFilePath(str(CATALOGUE))
    gate = Gate(monkeypatch, assessment_levels, "compute_levels")
    click(section.assess_button)
    gate.cancel_when_running(panel.controller)
    assert panel.controller.assessments == {} and panel.controller.assessed_layers == {}
    assert set(QgsProject.instance().mapLayers()) == layers_before
    assert _cancelled_message(qgis_iface) and section.assess_button.isEnabled()
    monkeypatch.undo()
    click(section.assess_button)  # assessing again works as before
    panel.controller.wait_for_tasks()
    assert "spaces" in panel.controller.assessments


def test_a_boundary_check_cancelled_in_the_task_manager_adds_no_findings(
    sample_panel, qgis_iface, monkeypatch
):
    from qgis.core import QgsProject

    from aktionsraeume_plugin.services import boundary_service

    from .test_panel_assessment import click

    panel, section = sample_panel, sample_panel.boundaries
    layers_before = set(QgsProject.instance().mapLayers())
    gate = Gate(monkeypatch, boundary_service, "compute")
    click(section.check_button)
    gate.cancel_when_running(panel.controller)
    assert section.report is None and section.findings_layers == []
    assert set(QgsProject.instance().mapLayers()) == layers_before
    assert _cancelled_message(qgis_iface) and section.check_button.isEnabled()
