"""The plugin's state inside the QGIS project: scenario, catalogue path, layer configuration.

Everything is written with ``QgsProject.writeEntry`` under the scope ``aktionsraeume`` and so travels
with the .qgz. Each entry is read on its own: a damaged or future-version scenario is refused with a
clear message (:class:`ScenarioRefusedError`) while the catalogue path and the layer configuration are still
read, and the stored scenario text is left as it is (it is only replaced when a new scenario is saved).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from ..core.scenario import Scenario, ScenarioError, read_scenario, write_scenario
from .messages import error_text

SCOPE = "aktionsraeume"
KEY_SCENARIO = "scenario"
KEY_CATALOGUE = "catalogue"
KEY_CONFIG = "config"


class ScenarioRefusedError(Exception):
    """A stored or imported scenario that cannot be used; ``str()`` is the message for the user."""


@dataclass
class ProjectState:
    """What the project holds for the plugin. ``scenario_error`` is set when a stored scenario was refused."""

    scenario: Scenario | None = None
    catalogue_path: str = ""
    config: dict[str, Any] = field(default_factory=dict)
    scenario_error: str = ""
    config_error: str = ""


def _project(project: QgsProject | None) -> QgsProject:
    return project if project is not None else QgsProject.instance()


def _read_text(project: QgsProject, key: str) -> str:
    value, ok = project.readEntry(SCOPE, key, "")
    return value if ok and value else ""


def save_scenario(scenario: Scenario | None, project: QgsProject | None = None) -> None:
    """Store the scenario in the project (None removes it). Marks the project dirty."""
    project = _project(project)
    if scenario is None:
        project.removeEntry(SCOPE, KEY_SCENARIO)
    else:
        project.writeEntry(SCOPE, KEY_SCENARIO, scenario.to_json())
    project.setDirty(True)


def load_scenario(project: QgsProject | None = None) -> Scenario | None:
    """The stored scenario, None if there is none; raises :class:`ScenarioRefusedError` for a damaged one."""
    text = _read_text(_project(project), KEY_SCENARIO)
    if not text:
        return None
    try:
        return Scenario.from_json(
            text, QCoreApplication.translate("ProjectState", "scenario stored in the project")
        )
    except ScenarioError as error:
        raise ScenarioRefusedError(
            QCoreApplication.translate(
                "ProjectState", "The scenario stored in this project was not loaded: {error}"
            ).format(error=error_text(error))
        ) from None


def save_catalogue_path(path: str | Path | None, project: QgsProject | None = None) -> None:
    """Store the catalogue path, relative to the project file when the project is saved that way."""
    project = _project(project)
    if not path:
        project.removeEntry(SCOPE, KEY_CATALOGUE)
    else:
        project.writeEntry(SCOPE, KEY_CATALOGUE, project.writePath(str(path)))
    project.setDirty(True)


def load_catalogue_path(project: QgsProject | None = None) -> str:
    """The stored catalogue path (absolute), or ''."""
    project = _project(project)
    stored = _read_text(project, KEY_CATALOGUE)
    return project.readPath(stored) if stored else ""


def save_config(config: dict[str, Any], project: QgsProject | None = None) -> None:
    """Store the layer ids / field names configuration (plain JSON-able values)."""
    project = _project(project)
    project.writeEntry(SCOPE, KEY_CONFIG, json.dumps(config, ensure_ascii=False, sort_keys=True))
    project.setDirty(True)


def load_config(project: QgsProject | None = None) -> dict[str, Any]:
    """The stored configuration ({} if none); raises ValueError if damaged."""
    text = _read_text(_project(project), KEY_CONFIG)
    if not text:
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(
            QCoreApplication.translate(
                "ProjectState", "The layer configuration stored in this project is damaged ({error})."
            ).format(error=error.msg)
        ) from None
    if not isinstance(data, dict):
        raise ValueError(
            QCoreApplication.translate(
                "ProjectState", "The layer configuration stored in this project is damaged (not an object)."
            )
        )
    return data


def save_state(state: ProjectState, project: QgsProject | None = None) -> None:
    """Store scenario, catalogue path and configuration."""
    project = _project(project)
    save_scenario(state.scenario, project)
    save_catalogue_path(state.catalogue_path, project)
    save_config(state.config, project)


def load_state(project: QgsProject | None = None) -> ProjectState:
    """Read everything that can be read; refused parts are reported in the ``*_error`` fields, never raised."""
    project = _project(project)
    state = ProjectState(catalogue_path=load_catalogue_path(project))
    try:
        state.config = load_config(project)
    except ValueError as error:
        state.config_error = error_text(error)
    try:
        state.scenario = load_scenario(project)
    except ScenarioRefusedError as error:
        state.scenario_error = error_text(error)
    return state


def clear_state(project: QgsProject | None = None) -> None:
    """Remove all of the plugin's entries from the project."""
    project = _project(project)
    project.removeEntry(SCOPE, "/")
    project.setDirty(True)


# -- scenario files ------------------------------------------------------------------------------


def export_scenario(scenario: Scenario, path: str | Path) -> Path:
    """Write the scenario to a JSON file atomically; raises :class:`ScenarioRefusedError` on failure."""
    try:
        write_scenario(scenario, path)
    except ScenarioError as error:
        raise ScenarioRefusedError(error_text(error)) from None
    return Path(path)


def import_scenario(path: str | Path) -> Scenario:
    """Read a scenario file; a damaged or future-version file raises :class:`ScenarioRefusedError`."""
    try:
        return read_scenario(path)
    except ScenarioError as error:
        raise ScenarioRefusedError(
            QCoreApplication.translate("ProjectState", "The scenario file was not loaded: {error}").format(
                error=error_text(error)
            )
        ) from None
