"""Smaller panel details (issue 14, item 10): dialogs start in the project's folder, row clicks zoom with a
margin, stale messages go, areas without data get a class of their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsSettings

from aktionsraeume_plugin.core.folders import choose_start_folder
from aktionsraeume_plugin.services.dialog_folders import SETTINGS_PREFIX, remember_folder, start_folder
from aktionsraeume_plugin.ui.dock import AktionsraeumePanel


@pytest.fixture()
def settings_kept():
    """The panel's remembered folders are restored after the test."""
    settings = QgsSettings()
    keys = [key for key in settings.allKeys() if key.startswith(SETTINGS_PREFIX)]
    saved = {key: settings.value(key) for key in keys}
    yield
    for key in settings.allKeys():
        if key.startswith(SETTINGS_PREFIX) and key not in saved:
            settings.remove(key)
    for key, value in saved.items():
        settings.setValue(key, value)


def test_the_start_folder_rule(tmp_path):
    home, project, inside, outside = (tmp_path / n for n in ("home", "projekt", "projekt/tabellen", "anders"))
    for folder in (home, inside, outside):
        folder.mkdir(parents=True)
    assert choose_start_folder(None, project, home) == project
    assert choose_start_folder(inside, project, home) == inside  # a subfolder of this project
    assert choose_start_folder(outside, project, home) == project  # another project's folder
    assert choose_start_folder(outside, None, home) == outside  # a project without a file
    assert choose_start_folder(tmp_path / "weg", None, home) == home  # gone
    assert choose_start_folder(None, None, home) == home


def test_file_dialogs_start_in_the_projects_folder(qgis_iface, tmp_path, settings_kept):
    project = QgsProject.instance()
    project.clear()
    elsewhere = tmp_path / "anderswo"
    elsewhere.mkdir()
    remember_folder("lastTableFolder", elsewhere)
    remember_folder("lastExportFolder", elsewhere)
    panel = AktionsraeumePanel(qgis_iface)
    try:
        # a project without a file: the last used folder
        assert start_folder("lastTableFolder") == elsewhere
        assert Path(panel.indicators.file.defaultRoot()) == elsewhere
        folder = tmp_path / "projekt"
        folder.mkdir()
        assert project.write(str(folder / "stadt.qgz"))
        # saved: every dialog starts beside the project, the save paths point there
        assert start_folder("lastTableFolder") == folder.resolve()
        assert Path(panel.indicators.file.defaultRoot()) == folder.resolve()
        assert Path(panel.assessment.catalogue_file.defaultRoot()) == folder.resolve()
        assert Path(panel.export.path.filePath()) == folder.resolve() / "aktionsraeume-karte.pdf"
        assert Path(panel.profiles.path.filePath()).parent == folder.resolve()
        assert panel.proposals.start_folder("lastScenarioFolder") == folder.resolve()
        # a subfolder used in this project is remembered
        tables = folder / "tabellen"
        tables.mkdir()
        remember_folder("lastTableFolder", tables)
        assert start_folder("lastTableFolder") == tables
        # a path the user chose elsewhere stays when the project moves
        panel.export.path.setFilePath(str(elsewhere / "karte.pdf"))
        other = tmp_path / "kopie"
        other.mkdir()
        assert project.write(str(other / "stadt.qgz"))
        assert Path(panel.export.path.filePath()) == elsewhere / "karte.pdf"
        assert Path(panel.profiles.path.filePath()).parent == other.resolve()
    finally:
        panel.controller.disconnect_project()
        project.clear()
