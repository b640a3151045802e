"""The plugin's working set in a project: area levels, scenario, status layers and map texts.

The panel builds it; it is stored in the project (``project_state``) so that reopening the project,
the command line (``--project``) and the Processing export find the same layers, the same scenario and
the layout the cartographer adjusted.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core.scenario import Scenario
from . import project_state
from .map_export import MapTexts
from .status_layers import AreaLevel, AreaLevels, StatusLayers

CONFIG_VERSION = 1


class WorkspaceError(RuntimeError):
    """The project holds no usable Aktionsräume set-up; the message says what is missing."""


@dataclass
class Workspace:
    """Levels, status layers (with their scenario) and the map texts of one project."""

    levels: AreaLevels
    status_layers: StatusLayers
    texts: MapTexts

    @property
    def scenario(self) -> Scenario:
        return self.status_layers.scenario

    def set_scenario(self, scenario: Scenario) -> set[str]:
        """Apply a scenario to the status layers; returns the keys of the areas whose status changed."""
        return self.status_layers.update(scenario)

    def save(self, project: QgsProject) -> None:
        """Store the set-up and the scenario in ``project`` (saved with the .qgz)."""
        levels = {
            name: _level_config(level)
            for name, level in (
                ("spaces", self.levels.spaces),
                ("quarters", self.levels.quarters),
                ("districts", self.levels.districts),
            )
            if level is not None
        }
        status = {"spaces": self.status_layers.spaces.id()}
        if self.status_layers.quarters is not None:
            status["quarters"] = self.status_layers.quarters.id()
        project_state.save_config(
            {"version": CONFIG_VERSION, "levels": levels, "status_layers": status, "map": asdict(self.texts)},
            project,
        )
        project_state.save_scenario(self.scenario, project)


def _level_config(level: AreaLevel) -> dict[str, str]:
    return {
        "layer": level.layer.id(),
        "key": level.key_field,
        "name": level.name_field,
        "parent": level.parent_field,
    }


def _layer(project: QgsProject, layer_id: str, what: str) -> QgsVectorLayer:
    layer = project.mapLayer(layer_id)
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise WorkspaceError(
            QCoreApplication.translate(
                "Workspace", "The {what} layer of the Aktionsräume set-up is missing from the project."
            ).format(what=what)
        )
    return layer


def load_workspace(project: QgsProject, scenario: Scenario | None = None) -> Workspace:
    """The set-up stored in ``project``; ``scenario`` replaces the stored one when given.

    Raises :class:`WorkspaceError` (or ``ScenarioRefusedError`` for a refused stored scenario) with a
    message for the user when the project has no complete set-up.
    """
    state = project_state.load_state(project)
    if state.config_error:
        raise WorkspaceError(state.config_error)
    config = state.config
    if not config.get("levels"):
        raise WorkspaceError(
            QCoreApplication.translate(
                "Workspace",
                "This project has no Aktionsräume set-up yet; set it up in the Aktionsräume panel.",
            )
        )
    if scenario is None:
        if state.scenario_error:
            raise project_state.ScenarioRefusedError(state.scenario_error)
        scenario = state.scenario
    if scenario is None:
        raise WorkspaceError(QCoreApplication.translate("Workspace", "This project holds no scenario."))
    levels_config = config["levels"]

    def level(name: str, what: str) -> AreaLevel | None:
        entry = levels_config.get(name)
        if not entry:
            return None
        return AreaLevel(
            _layer(project, entry["layer"], what), entry["key"], entry["name"], entry.get("parent", "")
        )

    levels = AreaLevels(
        spaces=level("spaces", QCoreApplication.translate("Workspace", "Sozialraum")),
        quarters=level("quarters", QCoreApplication.translate("Workspace", "Quartier")),
        districts=level("districts", QCoreApplication.translate("Workspace", "Stadtbezirk")),
    )
    if levels.spaces is None:
        raise WorkspaceError(QCoreApplication.translate("Workspace", "The set-up names no Sozialraum layer."))
    status_config = config.get("status_layers", {})
    spaces = _layer(
        project, status_config.get("spaces", ""), QCoreApplication.translate("Workspace", "status")
    )
    quarters = None
    if levels.quarters is not None:
        quarters = _layer(
            project,
            status_config.get("quarters", ""),
            QCoreApplication.translate("Workspace", "Aktionsquartier"),
        )
    texts = MapTexts(**{**asdict(MapTexts("", "", "", "")), **config.get("map", {})})
    return Workspace(levels, StatusLayers(levels, spaces, quarters, scenario), texts)


def default_storage(project: QgsProject) -> Path:
    """Where result layers go: beside a project file, else in the user's QGIS profile folder.

    A project kept in a database (QGIS's project storage, e.g. ``postgresql:?service=…&project=…``)
    has no folder: its results go to the profile folder under a name that stays the same for that
    project (derived from its URI, never containing it), so reopening it writes to the same file.
    """
    folder = Path(QgsApplication.qgisSettingsDirPath()) / "aktionsraeume"
    if project.fileName() and project.projectStorage() is None:
        project_file = Path(project.fileName())
        return project_file.with_name(f"{project_file.stem}_aktionsraeume.gpkg")
    folder.mkdir(parents=True, exist_ok=True)
    if project.fileName():
        digest = hashlib.sha256(project.fileName().encode("utf-8")).hexdigest()[:12]
        name = re.sub(r"[^\w-]+", "_", project.baseName() or "projekt").strip("_") or "projekt"
        return folder / f"{name}_{digest}_aktionsraeume.gpkg"
    return folder / f"ergebnisse_{uuid.uuid4().hex[:8]}.gpkg"
