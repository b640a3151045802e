"""Run inside the real QGIS desktop (``qgis --code``), in one of two phases named by AKTIONSRAEUME_DESKTOP_PHASE:

``work``: open the panel, load the sample, join both tables, assess, propose, colour the map by an indicator,
switch a change, save the project into a new folder (as "Save as" does), quit. ``reopen``: QGIS was started
with that project; record what the panel shows, quit.

Writes ``<phase>.json`` and a screenshot per step (``<phase>-<step>.png``) into AKTIONSRAEUME_DESKTOP_OUT.
"""

import json
import os
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsMessageLog, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import active_plugins, iface, plugins

OUT = Path(os.environ["AKTIONSRAEUME_DESKTOP_OUT"])
PHASE = os.environ.get("AKTIONSRAEUME_DESKTOP_PHASE", "work")
PROJECT = OUT / "Neuer Ordner" / "aktionsplan.qgz"
result = {"errors": [], "steps": [], "screenshots": []}
log_messages = []


def _collect(message, tag, level):
    if tag in ("Python error", "Python warning") or "aktionsraeume" in message.lower():
        log_messages.append(f"{tag}: {message}")


QgsApplication.messageLog().messageReceived.connect(_collect)


def screenshot(step: str) -> None:
    """The main window and the dock of this step, as PNG files."""
    QgsApplication.processEvents()
    iface.mapCanvas().refreshAllLayers()
    iface.mapCanvas().waitWhileRendering()
    name = f"{PHASE}-{step}"
    iface.mainWindow().grab().save(str(OUT / f"{name}.png"))
    plugin = plugins.get("aktionsraeume_plugin")
    if plugin is not None and plugin.dock is not None:
        plugin.dock.grab().save(str(OUT / f"{name}-panel.png"))
    result["screenshots"].append(name)


def panel_state(panel) -> dict:
    """What the panel shows, for comparing the two phases."""
    from qgis.PyQt.QtWidgets import QScrollArea

    from aktionsraeume_plugin.services.result_storage import KIND_PROPERTY, layer_file

    controller = panel.controller
    assessed = controller.assessed_layers.get("spaces")
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    result_files = {}
    for layer in project.mapLayers().values():
        path = layer_file(layer)
        if layer.customProperty(KIND_PROPERTY) or (path is not None and "aktionsraeume" in path.name):
            result_files[layer.name()] = str(path)
    page = panel.pages.currentWidget()
    return {
        "dock_visible": bool(panel.isVisible()),
        "changes_listed": panel.proposals.changes.rowCount(),
        "enabled_changes": sorted(c.id for c in controller.scenario.changes if c.enabled)
        if controller.workspace is not None
        else [],
        "assessed_levels": sorted(controller.assessments),
        "table_rows": panel.assessment.proxy.rowCount(),
        "colour_by": panel.assessment.colour_by.currentData(),
        "renderer": assessed.renderer().dump() if assessed is not None else None,
        "visible_layers": sorted(layer.name() for layer in root.checkedLayers()),
        "result_files": result_files,
        "project_folder": str(Path(project.fileName()).parent) if project.fileName() else "",
        "content_width": page.widget().width() if isinstance(page, QScrollArea) else None,
        "content_min_width": page.widget().minimumSizeHint().width()
        if isinstance(page, QScrollArea)
        else None,
        "viewport_width": page.viewport().width() if isinstance(page, QScrollArea) else None,
        "dock_width": panel.width(),
        "undo_text": panel.proposals.undo_button.text(),
    }


def step_work():
    try:
        result["active"] = "aktionsraeume_plugin" in active_plugins
        plugin = plugins.get("aktionsraeume_plugin")
        result["steps"].append("plugin object: " + type(plugin).__name__)
        plugin.action.setChecked(True)
        panel = plugin.dock.panel
        panel.areas.load_sample_button.click()
        screenshot("1-sample")
        from aktionsraeume_plugin.paths import SAMPLE_DIR

        panel.show_step(panel.indicators)
        for level, table in (
            ("spaces", "indikatoren_sozialraeume_2018.csv"),
            ("quarters", "indikatoren_quartiere_2018.csv"),
        ):
            panel.indicators.level.setCurrentIndex(panel.indicators.level.findData(level))
            panel.indicators.file.setFilePath(str(SAMPLE_DIR / table))
            panel.controller.wait_for_tasks()
            panel.indicators.join_button.click()
            panel.controller.wait_for_tasks()
            panel.indicators.accept_button.click()
        screenshot("2-join")
        panel.show_step(panel.assessment)
        panel.assessment.catalogue_file.setFilePath(str(SAMPLE_DIR / "katalog.toml"))
        panel.assessment.assess_button.click()
        panel.controller.wait_for_tasks()
        result["assessed_levels"] = sorted(panel.controller.assessments)
        panel.assessment.propose_button.click()
        result["proposed"] = sorted((c.action.value, c.area) for c in panel.controller.scenario.changes)
        panel.assessment.colour_by_indicator("tlq")
        screenshot("3-assess")
        panel.show_step(panel.proposals)
        panel.proposals.set_change(panel.controller.scenario.changes[0].id, False)
        result["panel_visible"] = plugin.dock.isVisible()
        # Boundary checks use shapely's GEOS inside QGIS's own process (see core/geos_runtime.py).
        from aktionsraeume_plugin.services.boundary_service import LevelSource, check_layers

        levels = panel.workspace.levels
        checked = check_layers(
            LevelSource(levels.spaces.layer, levels.spaces.key_field, levels.spaces.parent_field),
            LevelSource(levels.quarters.layer, levels.quarters.key_field, levels.quarters.parent_field),
            LevelSource(levels.districts.layer, levels.districts.key_field),
        )
        result["boundary_findings"] = len(checked.report.findings)
        result["layers"] = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
    except Exception:
        result["errors"].append(traceback.format_exc())
    QTimer.singleShot(2000, step_save)


def step_save():
    try:
        panel = plugins["aktionsraeume_plugin"].dock.panel
        screenshot("4-switch")
        result["before_save"] = panel_state(panel)
        PROJECT.parent.mkdir(parents=True, exist_ok=True)
        project = QgsProject.instance()
        project.setFileName(str(PROJECT))  # what "Save as" does before it writes the project
        result["saved"] = project.write()
        result["after_save"] = panel_state(panel)
        screenshot("5-saved")
    except Exception:
        result["errors"].append(traceback.format_exc())
    finish()


def step_reopen(attempt: int = 0):
    plugin = plugins.get("aktionsraeume_plugin")
    loaded = QgsProject.instance().fileName() and plugin is not None and plugin.dock is not None
    if not loaded and attempt < 40:
        QTimer.singleShot(500, lambda: step_reopen(attempt + 1))
        return
    try:
        result["active"] = "aktionsraeume_plugin" in active_plugins
        result["project"] = QgsProject.instance().fileName()
        result["dock_opened_by_project"] = bool(plugin is not None and plugin.dock is not None)
        panel = plugin.dock.panel
        panel.show_step(panel.proposals)
        screenshot("1-changes")
        result["state"] = panel_state(panel)
        panel.show_step(panel.assessment)
        screenshot("2-assessment")
    except Exception:
        result["errors"].append(traceback.format_exc())
    finish()


def finish():
    result["log"] = log_messages
    (OUT / f"{PHASE}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    QgsMessageLog.logMessage("screenshots taken", "Aktionsraeume-test")
    # The project is saved (work) or only looked at (reopen): no "save changes?" question on the way out.
    QgsProject.instance().clear()
    iface.actionExit().trigger()


iface.mainWindow().showMaximized()
if PHASE == "work":
    QTimer.singleShot(3000, step_work)
else:
    QTimer.singleShot(3000, step_reopen)
