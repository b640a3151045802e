"""Where a file dialog starts: the rule, without QGIS (``services/dialog_folders.py`` reads the project and
the remembered folders)."""

from __future__ import annotations

from pathlib import Path


def choose_start_folder(last: Path | None, project_folder: Path | None, home: Path) -> Path:
    """The folder a file dialog opens in.

    With a project file: the folder last used for this kind of file when it lies inside the project's folder
    (a subfolder "tabellen" of the project), else the project's folder. Without one: the last used folder,
    else ``home``. Folders that do not exist (any more) are never chosen. All arguments are absolute paths or
    None; returns an existing folder, or ``home``.
    """
    last = last if last is not None and last.is_dir() else None
    project_folder = project_folder if project_folder is not None and project_folder.is_dir() else None
    if project_folder is not None:
        if last is not None and last.resolve().is_relative_to(project_folder.resolve()):
            return last
        return project_folder
    return last or home
