"""The panel's state and the one place its sections go through: levels, joined and assessed layers,
the workspace (status layers under a scenario), undo of switches, background tasks, messages.

Sections only gather inputs and show results; they call the controller, which calls the services, and
listen to its signals. Long work runs in a ``QgsTask`` (the compute part of a service, which touches no
QGIS object) and its result is applied on the main thread.
"""

from __future__ import annotations

import contextlib
import sqlite3
import traceback
from pathlib import Path
from typing import Any, Callable

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject, QgsTask, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QUndoCommand, QUndoStack

from ..core.scenario import Scenario
from ..services import project_state, proposals
from ..services.messages import change_switch_text, error_text
from ..services.sample_project import add_status_group, load_sample, load_statistikatlas, sample_population
from ..services.status_layers import AreaLevels, StatusLayers
from ..services.workspace import (
    Workspace,
    WorkspaceError,
    default_map_texts,
    default_storage,
    is_temporary_storage,
    load_levels,
    load_workspace,
    save_levels,
)

LOG_TAG = "Aktionsräume"
LEVELS = ("spaces", "quarters")


class TaskCancelledError(Exception):
    """A background task the user cancelled in QGIS's task manager; its result is not applied."""


def raise_if_cancelled(task: QgsTask) -> None:
    """Stop a task's work (raises :class:`TaskCancelledError`) once the user has cancelled it."""
    if task.isCanceled():
        raise TaskCancelledError(task.description())


class ToggleChangeCommand(QUndoCommand):
    """Switching one proposed change on or off, undoable."""

    def __init__(self, controller: PanelController, change_id: str, enabled: bool, name: str = ""):
        change = controller.scenario.change(change_id)
        super().__init__(
            change_switch_text(change.action.value, name or change.area_name or change.area, enabled)
        )
        self.controller = controller
        self.change_id = change_id
        self.enabled = enabled

    def redo(self) -> None:
        self.controller._apply_scenario(self.controller.scenario.with_enabled(self.change_id, self.enabled))

    def undo(self) -> None:
        self.controller._apply_scenario(
            self.controller.scenario.with_enabled(self.change_id, not self.enabled)
        )


class ReplaceScenarioCommand(QUndoCommand):
    """Any other edit of the scenario (add, edit, remove a change; switch all), undoable."""

    def __init__(self, controller: PanelController, before: Scenario, after: Scenario, text: str):
        super().__init__(text)
        self.controller = controller
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.controller._apply_scenario(self.after)

    def undo(self) -> None:
        self.controller._apply_scenario(self.before)


class PanelController(QObject):
    """State of the Aktionsräume panel for the current project."""

    levelsChanged = pyqtSignal()
    joinedChanged = pyqtSignal(str)  # level
    assessmentChanged = pyqtSignal(str)  # level
    workspaceChanged = pyqtSignal()
    scenarioChanged = pyqtSignal(object)  # set of area keys whose status changed
    busyChanged = pyqtSignal(bool)
    layersAdded = pyqtSignal()  # layers were added to the project (not followed after disconnect_project)
    messagesCleared = pyqtSignal()  # another project: the panel's messages of the last one are gone
    projectFolderChanged = pyqtSignal()  # the project got, changed or lost its file: dialogs start there

    def __init__(self, iface, project: QgsProject | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.levels: AreaLevels | None = None
        self.joined: dict[str, QgsVectorLayer] = {}
        self.reference_tables: dict[str, Path] = {}
        self.assessments: dict[str, Any] = {}  # level → core AssessmentResult
        self.assessed_layers: dict[str, QgsVectorLayer] = {}
        self.catalogue = None
        self.catalogue_path = ""
        self.workspace: Workspace | None = None
        self.undo_stack = QUndoStack(self)
        self._tasks: list[QgsTask] = []
        self._storage: Path | None = None
        self._sample_population: dict[str, float] = {}
        self._bar_items: list = []  # the messages this panel left in QGIS's message bar
        self.project.writeProject.connect(self._write_project)
        self.project.readProject.connect(self.read_project)
        self.project.cleared.connect(self._project_cleared)
        self.project.fileNameChanged.connect(self._project_file_changed)
        self.project.projectSaved.connect(self._project_saved)
        self.project.layersAdded.connect(self._layers_added)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("PanelController", text)

    def disconnect_project(self) -> None:
        """Stop following the project (on plugin unload)."""
        for signal, slot in (
            (self.project.writeProject, self._write_project),
            (self.project.readProject, self.read_project),
            (self.project.cleared, self._project_cleared),
            (self.project.fileNameChanged, self._project_file_changed),
            (self.project.projectSaved, self._project_saved),
            (self.project.layersAdded, self._layers_added),
        ):
            with contextlib.suppress(TypeError):  # not connected
                signal.disconnect(slot)

    # -- levels and data ------------------------------------------------------------------------
    def set_levels(self, levels: AreaLevels) -> None:
        for level in (levels.spaces, levels.quarters, levels.districts):
            if level is not None:
                level.check_fields()
        self.levels = levels
        if self.workspace is None:  # with a workspace, its stored set-up stays until a new one starts
            save_levels(levels, self.project)
        self._forget_results()
        self.levelsChanged.emit()

    def level_layer(self, level: str) -> QgsVectorLayer | None:
        """The newest layer of a level: assessed, else joined, else the source layer."""
        if level in self.assessed_layers:
            return self.assessed_layers[level]
        if level in self.joined:
            return self.joined[level]
        if self.levels is None:
            return None
        area_level = self.levels.spaces if level == "spaces" else self.levels.quarters
        return area_level.layer if area_level else None

    def storage_path(self) -> Path:
        """The GeoPackage that receives this project's result layers."""
        if self._storage is None:
            self._storage = default_storage(self.project)
        return self._storage

    def _layers_added(self, _layers) -> None:
        self.layersAdded.emit()

    def _project_saved(self) -> None:
        """A project written under a new name without the desktop's dialog (``QgsProject.write(path)``
        announces no new file name): move the results now and write the project again once QGIS has
        finished this write (a .qgz is zipped after this signal)."""
        self.projectFolderChanged.emit()
        if self.project.projectStorage() is not None:
            return  # a project in a database is not written again behind the user's back
        if self._move_results(keep_old=True):  # the file just written still names the old ones
            QTimer.singleShot(0, self.project.write)

    def _project_file_changed(self, *_args) -> None:
        """The project got a (new) file ("Save", "Save as"): its results move beside it. The desktop's
        dialogs name the file before QGIS writes the project, so the project file names the new sources."""
        self._move_results()
        self.projectFolderChanged.emit()

    def _move_results(self, keep_old: bool = False) -> bool:
        """Move (copy, for ``keep_old`` or a previous project's files) the results beside the project
        file; returns whether layers were moved."""
        from ..services.result_storage import move_results

        if not self.project.fileName():
            # Nowhere to move to. Also a project being closed: QGIS 3.44 announces its empty file name
            # after removing its layers (and before ``cleared``), so they must not be looked at then.
            return False
        current = self._storage or self._storage_in_use()
        if current is None:
            return False
        target = default_storage(self.project)  # beside the file (a database project: its fixed place)
        if target.resolve() == current.resolve():
            return False
        try:
            move_results(self.project, current, target, keep_old or not is_temporary_storage(current))
        except (OSError, sqlite3.Error) as error:
            self.show_error(self.tr("The results could not be moved beside the project"), error)
            return False
        self._storage = target
        return True

    def _storage_in_use(self) -> Path | None:
        """The status GeoPackage the project's layers read (a project opened from its file)."""
        from ..services.result_storage import layer_file

        if self.workspace is not None:
            return layer_file(self.workspace.status_layers.spaces)
        return None

    def set_joined(self, level: str, layer: QgsVectorLayer, table: Path) -> None:
        self.joined[level] = layer
        self.reference_tables[level] = Path(table)
        self.assessments.pop(level, None)
        self.assessed_layers.pop(level, None)
        self.joinedChanged.emit(level)

    def remove_joins(self, level: str) -> None:
        """Take the joined layer of ``level`` and its assessed layer out of the project (their tables stay
        in the results file); the level's area layer is used again."""
        from ..services.result_storage import remove_from_project

        for layer in (self.assessed_layers.pop(level, None), self.joined.pop(level, None)):
            remove_from_project(self.project, layer)
        self.assessments.pop(level, None)
        self.reference_tables.pop(level, None)
        self.joinedChanged.emit(level)
        self.assessmentChanged.emit(level)

    def set_assessment(self, level: str, result, layer: QgsVectorLayer | None) -> None:
        self.assessments[level] = result
        if layer is not None:
            self.assessed_layers[level] = layer
        self.assessmentChanged.emit(level)

    def population(self) -> dict[str, float] | None:
        """Population per area key (Sozialräume and Quartiere) where a layer or table has it, else None."""
        layers = []
        for level in LEVELS:
            layer = self.level_layer(level)
            area_level = None if self.levels is None else getattr(self.levels, level)
            if layer is not None and area_level is not None:
                layers.append((layer, area_level))
        return proposals.population_by_key(layers, self.catalogue, self._sample_population)

    def add_layer(self, layer: QgsVectorLayer, group_name: str | None = None) -> None:
        """Add a result layer to the project, inside the plugin's group when there is one."""
        self.project.addMapLayer(layer, group_name is None)
        if group_name is not None:
            root = self.project.layerTreeRoot()
            group = root.findGroup(group_name) or root.insertGroup(0, group_name)
            group.insertLayer(0, layer)

    # -- sample and workspace -------------------------------------------------------------------
    def load_sample(self, sample: str = "dortmund2020") -> Workspace:
        """Load an embedded sample, styled, and make it the workspace: "dortmund2020" with its 2020
        scenario, or "statistikatlas" (real data) with the Unterbezirke below average in 2024."""
        self.undo_stack.clear()
        if sample == "statistikatlas":
            workspace = load_statistikatlas(self.project, storage=self.storage_path())
            self._sample_population = {}  # the city's tables have no population counts
        else:
            workspace = load_sample(self.project, storage=self.storage_path())
            self._sample_population = sample_population()
        self.levels = workspace.levels
        self._forget_results()
        self.levelsChanged.emit()
        self._set_workspace(workspace)
        return workspace

    def start_workspace(self, scenario: Scenario, texts=None) -> Workspace:
        """Status layers for the current levels under ``scenario``, added to the project."""
        if self.levels is None:
            raise WorkspaceError(self.tr("Choose the Sozialraum layer first."))
        self.undo_stack.clear()
        if self.workspace is not None:
            for layer in (self.workspace.status_layers.spaces, self.workspace.status_layers.quarters):
                if layer is not None and self.project.mapLayer(layer.id()):
                    self.project.removeMapLayer(layer.id())
        status_layers = StatusLayers.create(self.levels, scenario, self.storage_path())
        add_status_group(self.project, status_layers)
        texts = texts or default_map_texts()
        workspace = Workspace(self.levels, status_layers, texts)
        self._set_workspace(workspace)
        return workspace

    def _set_workspace(self, workspace: Workspace) -> None:
        self.workspace = workspace
        workspace.save(self.project)
        self.workspaceChanged.emit()
        self.scenarioChanged.emit(set())

    @property
    def scenario(self) -> Scenario:
        if self.workspace is None:
            raise WorkspaceError(self.tr("There is no scenario yet: load the sample or assess the areas."))
        return self.workspace.scenario

    # -- switching ------------------------------------------------------------------------------
    def toggle_change(self, change_id: str, enabled: bool, name: str = "") -> None:
        """Switch a change (undoable); the map and the summary follow at once. ``name`` is the area's
        name for the Undo and Redo texts (else the change's, else its key)."""
        if self.scenario.change(change_id).enabled != enabled:
            self.undo_stack.push(ToggleChangeCommand(self, change_id, enabled, name))

    def replace_scenario(self, scenario: Scenario, text: str) -> None:
        """Replace the scenario after an edit (undoable). Raises ``ScenarioError`` naming the areas
        when ``scenario`` names areas the layers do not have (before anything changes)."""
        current = self.scenario
        self.workspace.status_layers.canonical(scenario)
        self.undo_stack.push(ReplaceScenarioCommand(self, current, scenario, text))

    def _apply_scenario(self, scenario: Scenario) -> None:
        assert self.workspace is not None
        changed = self.workspace.set_scenario(scenario)
        project_state.save_scenario(scenario, self.project)
        self.scenarioChanged.emit(changed)

    # -- project persistence --------------------------------------------------------------------
    def _write_project(self, _document=None) -> None:
        if self.workspace is not None:
            self.workspace.save(self.project)

    def _forget_project(self) -> None:
        """Drop everything that belonged to the previous project."""
        self.undo_stack.clear()
        self._storage = None
        self.workspace = None
        self.levels = None
        self._forget_results()

    def _forget_results(self) -> None:
        self.joined.clear()
        self.reference_tables.clear()
        self.assessments.clear()
        self.assessed_layers.clear()

    def read_project(self, _document=None) -> None:
        """Show what the current project holds: levels, scenario, joined and assessed layers (the
        project is the truth; called when a project is read and when the panel opens)."""
        self._forget_project()
        self.clear_messages()
        try:
            self.workspace = load_workspace(self.project)
            self.levels = self.workspace.levels
        except WorkspaceError:
            self.levels = load_levels(self.project)  # set up without a scenario yet, or not at all
        except project_state.ScenarioRefusedError as error:
            self.levels = load_levels(self.project)
            self.show_error(self.tr("The stored scenario was not loaded"), error)
        self.levelsChanged.emit()
        self._restore_joined_layers()
        self.workspaceChanged.emit()
        self._restore_assessed_layers()
        self.scenarioChanged.emit(set())
        self.projectFolderChanged.emit()

    def _restore_assessed_layers(self) -> None:
        """Rebuild each level's assessment from its assessed layer (catalogue and method recorded on it)."""
        from ..services.assessment_levels import assessed_layers, restore_level

        if self.levels is None:
            return
        for level, layer in assessed_layers(self.project).items():
            area_level = getattr(self.levels, level)
            if area_level is None:
                continue
            try:
                result, catalogue, path = restore_level(layer, area_level.key_field)
            except Exception as error:  # a catalogue moved away: the layer stays, the panel says why
                self.show_error(
                    self.tr("The assessment of '{layer}' could not be shown again").format(
                        layer=layer.name()
                    ),
                    error,
                )
                continue
            self.catalogue, self.catalogue_path = catalogue, path
            self.set_assessment(level, result, layer)

    def _restore_joined_layers(self) -> None:
        """Pick up the newest joined layer of each level again (they carry the plugin's properties)."""
        from ..services.result_storage import LEVEL_PROPERTY, joined_tables, result_layers_of_kind

        for layer in result_layers_of_kind(self.project, "joined"):  # top first: the newest join
            level = layer.customProperty(LEVEL_PROPERTY)
            tables = joined_tables(layer)
            if level in LEVELS and level not in self.joined and tables:
                self.joined[level] = layer
                self.reference_tables[level] = Path(tables[-1]["path"])
                self.joinedChanged.emit(level)

    def _project_cleared(self) -> None:
        self._forget_project()
        self.clear_messages()
        self.levelsChanged.emit()
        self.workspaceChanged.emit()
        self.projectFolderChanged.emit()

    # -- tasks and messages ---------------------------------------------------------------------
    def run_task(
        self,
        description: str,
        compute: Callable[[QgsTask], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None] | None = None,
        failure_title: str | None = None,
    ) -> QgsTask:
        """Run ``compute(task)`` in the background (it must not touch layers, project or widgets);
        ``on_success(result)`` runs on the main thread. ``description`` names the work in QGIS's task
        list and the panel ("Joining …"); errors go to the message bar under ``failure_title``.

        A task cancelled in QGIS's task manager is never applied, whether ``compute`` noticed the
        cancellation (:func:`raise_if_cancelled`) or finished anyway: the message bar says it was
        cancelled and ``on_failure`` gets a :class:`TaskCancelledError`.
        """

        def finished(exception, result=None):
            self._tasks = [t for t in self._tasks if t is not task]
            self.busyChanged.emit(bool(self._tasks))
            if task.isCanceled():
                self.iface.messageBar().pushMessage(
                    description, self.tr("Cancelled."), Qgis.MessageLevel.Info, 6
                )
                if on_failure is not None:
                    on_failure(TaskCancelledError(description))
            elif exception is None and result is not None:
                try:
                    on_success(result)
                except Exception as error:  # shown to the user, never as a traceback dialog
                    self._report_failure(failure_title or description, error, on_failure)
            elif exception is not None:
                self._report_failure(failure_title or description, exception, on_failure)

        task = QgsTask.fromFunction(description, compute, on_finished=finished)
        self._tasks.append(task)
        self.busyChanged.emit(True)
        QgsApplication.taskManager().addTask(task)
        return task

    def running_tasks(self) -> list[QgsTask]:
        """The background tasks started here that have not finished yet (as QGIS's task manager lists them)."""
        return list(self._tasks)

    def cancel_tasks(self) -> None:
        """Cancel every background task started here (their results are never applied)."""
        for task in list(self._tasks):
            task.cancel()

    def _report_failure(self, description: str, error: Exception, on_failure) -> None:
        self.log_error(description, error)
        self.show_error(description, error)
        if on_failure is not None:
            on_failure(error)

    @staticmethod
    def log_error(title: str, error: Exception) -> None:
        """Write ``error`` with its traceback under ``title`` to QGIS's message log (not the message bar)."""
        QgsMessageLog.logMessage(
            title + "\n" + "".join(traceback.format_exception(type(error), error, error.__traceback__)),
            LOG_TAG,
            Qgis.MessageLevel.Warning,
        )

    def wait_for_tasks(self, timeout_ms: int = 60_000) -> None:
        """Process events until every task started here has finished (tests, scripted use)."""
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: loop.quit() if not self._tasks else None)
        timer.start(20)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        timer.stop()

    def show_error(self, title: str, error: Exception | str) -> None:
        """Show ``error`` under ``title`` in QGIS's message bar until the user closes it or another
        project is opened or started (:meth:`clear_messages`)."""
        bar = self.iface.messageBar()
        before = bar.currentItem()
        bar.pushMessage(title, error_text(error), Qgis.MessageLevel.Critical, 0)
        item = bar.currentItem()
        if item is not None and item is not before and item not in self._bar_items:
            # the bar owns and deletes its items (the user closes one): forget it then, never touch it again
            self._bar_items.append(item)
            item.destroyed.connect(lambda *_args, item=item: self._forget_bar_item(item))

    def _forget_bar_item(self, item) -> None:
        self._bar_items = [kept for kept in self._bar_items if kept is not item]

    def clear_messages(self) -> None:
        """Take the panel's messages out of QGIS's message bar and its sections (another project)."""
        bar = self.iface.messageBar()
        items, self._bar_items = self._bar_items, []
        for item in items:
            with contextlib.suppress(RuntimeError):
                bar.popWidget(item)
        self.messagesCleared.emit()

    def show_success(self, text: str) -> None:
        self.iface.messageBar().pushMessage(LOG_TAG, text, Qgis.MessageLevel.Success, 6)
