"""A project set up in the panel that holds no scenario yet (levels chosen, nothing proposed): the command
line shows a scenario file given with --scenario, and the profiles of every area need no scenario."""

from __future__ import annotations

import subprocess
import sys

import pytest
from qgis.core import QgsProject

from aktionsraeume_plugin.services.sample_project import SAMPLE_SCENARIO, sample_levels
from aktionsraeume_plugin.services.workspace import save_levels

from .conftest import REPO_DIR
from .map_probe import pdf_text


def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "aktionsraeume_plugin", "--lang", "en", *args],
        cwd=REPO_DIR,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.fixture()
def project_without_scenario(qgis_app, tmp_path):
    project = QgsProject.instance()
    project.clear()
    levels = sample_levels()
    for level in (levels.districts, levels.spaces, levels.quarters):
        project.addMapLayer(level.layer)
    save_levels(levels, project)
    path = tmp_path / "stadt.qgz"
    assert project.write(str(path))
    project.clear()
    return path


def test_a_scenario_file_is_shown_where_the_project_holds_none(project_without_scenario, tmp_path):
    out = tmp_path / "karte.pdf"
    result = _cli(
        "map",
        "--project",
        str(project_without_scenario),
        "--scenario",
        str(SAMPLE_SCENARIO),
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(out).split())
    assert "New Aktionsraum (2)" in text and "No longer Aktionsraum (2)" in text, text


def test_without_a_scenario_the_map_says_so(project_without_scenario, tmp_path):
    result = _cli("map", "--project", str(project_without_scenario), "--out", str(tmp_path / "karte.pdf"))
    assert result.returncode == 1
    assert "holds no scenario" in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_profiles_of_every_area_need_no_scenario(project_without_scenario, tmp_path):
    out = tmp_path / "profile.pdf"
    result = _cli(
        "profiles",
        "--project",
        str(project_without_scenario),
        "--all",
        "--level",
        "spaces",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Dorstfeld" in text and "Status: " not in text and "Status under" not in text
