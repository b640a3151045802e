"""The plugin's working set in a project: area levels, scenario, status layers and map texts.

The panel builds it; it is stored in the project (``project_state``) so that reopening the project,
the command line (``--project``) and the Processing export find the same layers, the same scenario and
the layout the cartographer adjusted.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core.scenario import Baseline, Scenario, ScenarioError
from . import project_state
from .map_export import MapTexts
from .messages import error_text
from .status_layers import AreaLevel, AreaLevels, StatusLayers

CONFIG_VERSION = 1


class WorkspaceError(RuntimeError):
    """The project holds no usable Aktionsräume set-up; the message says what is missing."""


@dataclass
class Workspace:
    """Levels, status layers (with their scenario) and the map texts of one project.

    ``has_list``: the scenario's baseline is a list of Aktionsräume someone decided (False where it
    holds areas derived from the data, as in the sample "Dortmund Statistikatlas": then there is no
    current list to compare with). ``development``: the statuses show the development between two
    years (then → now) rather than a list and its changes. Which map variants a set-up supports is
    decided from these by ``map_service.supported_variants``.
    """

    levels: AreaLevels
    status_layers: StatusLayers
    texts: MapTexts
    has_list: bool = True
    development: bool = False

    @property
    def scenario(self) -> Scenario:
        return self.status_layers.scenario

    def set_scenario(self, scenario: Scenario) -> set[str]:
        """Apply a scenario to the status layers; returns the keys of the areas whose status changed."""
        return self.status_layers.update(scenario)

    def save(self, project: QgsProject) -> None:
        """Store the set-up and the scenario in ``project`` (saved with the .qgz)."""
        levels = _levels_config(self.levels)
        status = {"spaces": self.status_layers.spaces.id()}
        if self.status_layers.quarters is not None:
            status["quarters"] = self.status_layers.quarters.id()
        project_state.save_config(
            {
                "version": CONFIG_VERSION,
                "levels": levels,
                "status_layers": status,
                "map": asdict(self.texts),
                "has_list": self.has_list,
                "development": self.development,
            },
            project,
        )
        project_state.save_scenario(self.scenario, project)


def _levels_config(levels: AreaLevels) -> dict[str, dict[str, str]]:
    return {
        name: _level_config(level)
        for name, level in (
            ("spaces", levels.spaces),
            ("quarters", levels.quarters),
            ("districts", levels.districts),
        )
        if level is not None
    }


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


def default_map_texts() -> MapTexts:
    """The map texts of a new set-up (the cartographer changes them in the layout designer)."""
    return MapTexts(
        title=QCoreApplication.translate("Workspace", "Aktionsplan Soziale Stadt"),
        subtitle=QCoreApplication.translate("Workspace", "Aktionsräume and Aktionsquartiere"),
        date=MapTexts.today(),
        source=QCoreApplication.translate("Workspace", "Data: statistics office"),
    )


def load_workspace(
    project: QgsProject, scenario: Scenario | None = None, require_scenario: bool = True
) -> Workspace:
    """The set-up stored in ``project``; ``scenario`` replaces the stored one when given.

    A project set up in the panel that holds no scenario yet (levels chosen, areas joined or assessed,
    nothing proposed) has no status layers: they are made in memory for the scenario shown, and with
    ``require_scenario`` False (an export that needs no list, e.g. the profiles of every area) an empty
    scenario stands in (no list: ``has_list`` False).

    Raises :class:`WorkspaceError` (or ``ScenarioRefusedError`` for a refused stored scenario, e.g. one
    naming areas the layers do not have) with a message for the user when the project has no complete
    set-up, or no scenario where one is required; ``ScenarioError`` when the given ``scenario`` names
    areas the layers do not have.
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
    stored = scenario is None
    if scenario is None:
        if state.scenario_error:
            raise project_state.ScenarioRefusedError(state.scenario_error)
        scenario = state.scenario
    has_list = bool(config.get("has_list", True))
    if scenario is None and require_scenario:
        raise WorkspaceError(QCoreApplication.translate("Workspace", "This project holds no scenario."))
    if scenario is None:
        scenario, has_list = Scenario("", Baseline()), False
    levels = _levels_from_config(project, config["levels"])
    texts = MapTexts(**{**asdict(default_map_texts()), **config.get("map", {})})
    status_config = config.get("status_layers")
    try:
        if not status_config:
            status_layers = StatusLayers.create(levels, scenario)
        else:
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
            status_layers = StatusLayers(levels, spaces, quarters, scenario)
    except ScenarioError as error:  # a scenario naming areas the layers do not have
        if not stored:
            raise
        raise project_state.ScenarioRefusedError(error_text(error)) from None
    return Workspace(
        levels,
        status_layers,
        texts,
        has_list=has_list,
        development=bool(config.get("development", False)),
    )


#: Prefix of the temporary folders that hold the results of a project without a file yet.
TEMPORARY_PREFIX = "aktionsraeume_"


def storage_beside(project_file: str | Path) -> Path:
    """The status GeoPackage that belongs beside the project file ``project_file``."""
    project_file = Path(project_file)
    return project_file.with_name(f"{project_file.stem}_aktionsraeume.gpkg")


def _levels_from_config(project: QgsProject, levels_config: dict) -> AreaLevels:
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
    return levels


def save_levels(levels: AreaLevels, project: QgsProject) -> None:
    """Store the chosen levels (layers and fields) in ``project`` before there is a scenario; the rest of
    a stored set-up is kept."""
    try:
        config = project_state.load_config(project)
    except ValueError:
        config = {}
    config["version"] = CONFIG_VERSION
    config["levels"] = _levels_config(levels)
    project_state.save_config(config, project)


def load_levels(project: QgsProject) -> AreaLevels | None:
    """The levels stored in ``project`` (with or without a scenario); None when it stores none or a
    stored layer is missing."""
    try:
        config = project_state.load_config(project)
        return _levels_from_config(project, config["levels"]) if config.get("levels") else None
    except (ValueError, WorkspaceError, KeyError, TypeError):
        return None


def default_storage(project: QgsProject) -> Path:
    """Where result layers go: beside a project file; for a project kept in a database (QGIS's project
    storage, e.g. ``postgresql:?service=…&project=…``), which has no folder, in the user's QGIS profile
    folder under a name that stays the same for that project (derived from its URI, never containing it);
    for a project without a file yet, in a new temporary folder (moved beside the project when it is first
    saved, see :func:`.result_storage.move_results`)."""
    if project.fileName() and project.projectStorage() is None:
        return storage_beside(project.fileName())
    if project.fileName():
        folder = Path(QgsApplication.qgisSettingsDirPath()) / "aktionsraeume"
        folder.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256(project.fileName().encode("utf-8")).hexdigest()[:12]
        name = re.sub(r"[^\w-]+", "_", project.baseName() or "projekt").strip("_") or "projekt"
        return folder / f"{name}_{digest}_aktionsraeume.gpkg"
    return Path(tempfile.mkdtemp(prefix=TEMPORARY_PREFIX)) / "aktionsraeume.gpkg"


def is_temporary_storage(path: str | Path) -> bool:
    """Whether ``path`` lies in one of the temporary folders of :func:`default_storage`."""
    parent = Path(path).resolve().parent
    return parent.name.startswith(TEMPORARY_PREFIX) and parent.parent == Path(tempfile.gettempdir()).resolve()
