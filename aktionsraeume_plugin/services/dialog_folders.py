"""The folders the panel's file dialogs start in: the project's folder, or the last one used (remembered
in QgsSettings under ``aktionsraeume/<kind>``); the rule is ``core.folders.choose_start_folder``."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject, QgsSettings

from ..core.folders import choose_start_folder

SETTINGS_PREFIX = "aktionsraeume/"


def project_folder(project: QgsProject) -> Path | None:
    """The folder of the project's file; None for a project without a file or kept in a database."""
    if project.projectStorage() is not None or not project.fileName():
        return None
    return Path(project.fileName()).resolve().parent


def start_folder(kind: str, project: QgsProject | None = None) -> Path:
    """The folder a dialog for ``kind`` of file ("lastTableFolder", "lastExportFolder", …) starts in, for
    ``project`` (default: the current project); see :func:`core.folders.choose_start_folder`."""
    project = project or QgsProject.instance()
    last = QgsSettings().value(SETTINGS_PREFIX + kind, "")
    return choose_start_folder(Path(last) if last else None, project_folder(project), Path.home())


def remember_folder(kind: str, folder: str | Path) -> None:
    """Remember ``folder`` as the last one used for ``kind`` of file."""
    QgsSettings().setValue(SETTINGS_PREFIX + kind, str(folder))
