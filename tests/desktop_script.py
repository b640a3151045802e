"""Run inside the real QGIS desktop (``qgis --code``): open the panel, load the sample, screenshot, quit.

Writes ``result.json`` and ``screenshot.png`` into the folder named by AKTIONSRAEUME_DESKTOP_OUT.
"""

import json
import os
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsMessageLog, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import active_plugins, iface, plugins

OUT = Path(os.environ["AKTIONSRAEUME_DESKTOP_OUT"])
result = {"errors": [], "steps": []}
log_messages = []


def _collect(message, tag, level):
    if tag in ("Python error", "Python warning") or "aktionsraeume" in message.lower():
        log_messages.append(f"{tag}: {message}")


QgsApplication.messageLog().messageReceived.connect(_collect)


def step_open():
    try:
        result["active"] = "aktionsraeume_plugin" in active_plugins
        plugin = plugins.get("aktionsraeume_plugin")
        result["steps"].append("plugin object: " + type(plugin).__name__)
        plugin.action.setChecked(True)
        panel = plugin.dock.panel
        panel.areas.load_sample_button.click()
        # The whole workflow in the real application: join both tables, assess, propose.
        from aktionsraeume_plugin.paths import SAMPLE_DIR

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
        panel.assessment.catalogue_file.setFilePath(str(SAMPLE_DIR / "katalog.toml"))
        panel.assessment.assess_button.click()
        panel.controller.wait_for_tasks()
        result["assessed_levels"] = sorted(panel.controller.assessments)
        panel.assessment.propose_button.click()
        result["proposed"] = sorted((c.action.value, c.area) for c in panel.controller.scenario.changes)
        # Show the list of proposals in the screenshot: fold the steps above it.
        for section in (panel.areas, panel.indicators, panel.assessment, panel.boundaries):
            section.setCollapsed(True)
        result["changes_listed"] = panel.proposals.changes.rowCount()
        result["panel_visible"] = plugin.dock.isVisible()
        result["panel_width"] = plugin.dock.width()
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
    QTimer.singleShot(2500, step_grab)


def step_grab():
    try:
        iface.mapCanvas().refreshAllLayers()
        plugin = plugins.get("aktionsraeume_plugin")
        from qgis.PyQt.QtWidgets import QScrollArea

        scroll = plugin.dock.panel.findChild(QScrollArea)
        result["content_width"] = scroll.widget().width()
        result["viewport_width"] = scroll.viewport().width()
        iface.mainWindow().grab().save(str(OUT / "screenshot.png"))
        plugin = plugins.get("aktionsraeume_plugin")
        if plugin is not None and plugin.dock is not None:
            plugin.dock.grab().save(str(OUT / "panel.png"))
    except Exception:
        result["errors"].append(traceback.format_exc())
    result["log"] = log_messages
    (OUT / "result.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    QgsMessageLog.logMessage("screenshot taken", "Aktionsraeume-test")
    QgsProject.instance().clear()  # no "save changes?" question about the scratch layers on the way out
    iface.actionExit().trigger()


iface.mainWindow().showMaximized()
QTimer.singleShot(3000, step_open)
