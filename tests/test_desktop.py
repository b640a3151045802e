"""The real QGIS desktop application under Xvfb, with the plugin deployed into a fresh profile."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from .conftest import REPO_DIR

BUILD_DIR = REPO_DIR / "build"


@pytest.fixture(scope="module")
def desktop_run(tmp_path_factory):
    assert shutil.which("qgis") and shutil.which("Xvfb"), "make setup installs Debian's qgis and xvfb"
    build = subprocess.run(
        ["make", "-s", "plugin"], cwd=REPO_DIR, capture_output=True, text=True, check=False
    )
    assert build.returncode == 0, build.stderr
    profiles = tmp_path_factory.mktemp("profiles")
    profile = profiles / "profiles" / "default"
    (profile / "python" / "plugins").mkdir(parents=True)
    shutil.copytree(
        BUILD_DIR / "aktionsraeume_plugin", profile / "python" / "plugins" / "aktionsraeume_plugin"
    )
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\naktionsraeume_plugin=true\n\n[locale]\noverrideFlag=true\nuserLocale=de\n"
        "[qgis]\nshowTips=false\ncheckVersion=false\n",
        encoding="utf-8",
    )
    out = tmp_path_factory.mktemp("desktop")
    work, work_run = _run_qgis(profiles, out, "work")
    project = Path(work.get("after_save", {}).get("project_folder", out)) / "aktionsplan.qgz"
    reopen, reopen_run = _run_qgis(profiles, out, "reopen", project if project.exists() else None)
    return work, work_run, reopen, reopen_run


def _run_qgis(profiles: Path, out: Path, phase: str, project: Path | None = None):
    """Start the desktop with the fresh profile and the script in ``phase``; its result and the run."""
    # Xvfb picks a free display itself (-displayfd): parallel runs (the matrix's chroots) never clash.
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            display = ":" + announced.readline().strip()
        assert display != ":", "Xvfb did not start"
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.pop("QGIS_CUSTOM_CONFIG_PATH", None)  # the fresh profile folder is what is under test
        env.update(DISPLAY=display, AKTIONSRAEUME_DESKTOP_OUT=str(out), AKTIONSRAEUME_DESKTOP_PHASE=phase)
        # QGIS runs the system Python; pandas and shapely 2 come from our venv, as a user's pip install would.
        site_packages = sysconfig.get_paths()["purelib"]
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [site_packages, env.get("PYTHONPATH", "")]))
        command = ["qgis", "--nologo", "--noversioncheck", "--profiles-path", str(profiles)]
        if project is not None:
            command += ["--project", str(project)]
        command += ["--code", str(REPO_DIR / "tests" / "desktop_script.py")]
        try:
            run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
        except subprocess.TimeoutExpired:
            _grab_screen(display, out / f"{phase}-hung.png")
            pytest.fail(f"QGIS did not end within 300 s; the screen then: build/desktop-{phase}-hung.png")
    finally:
        xvfb.terminate()
        xvfb.wait(10)
        BUILD_DIR.mkdir(exist_ok=True)
        for shot in sorted(out.glob(f"{phase}-*.png")):  # the screenshots, also of a failed run
            shutil.copy(shot, BUILD_DIR / f"desktop-{shot.name}")
    result_file = out / f"{phase}.json"
    assert result_file.exists(), run.stdout[-3000:] + run.stderr[-3000:]
    return json.loads(result_file.read_text(encoding="utf-8")), run


def _grab_screen(display: str, path: Path) -> None:
    """The whole X display as a PNG (what kept QGIS from ending: a dialog, an error message)."""
    code = (
        "import sys; from qgis.PyQt.QtWidgets import QApplication; app = QApplication(sys.argv[:1]); "
        "app.primaryScreen().grabWindow(0).save(sys.argv[1])"
    )
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    subprocess.run([sys.executable, "-c", code, str(path)], env=env, timeout=60, check=False)


def test_plugin_loads_in_the_real_desktop_without_errors(desktop_run):
    work, work_run, reopen, reopen_run = desktop_run
    for result, run in ((work, work_run), (reopen, reopen_run)):
        assert result["errors"] == [], result["errors"]
        assert result["active"] is True
        assert not [m for m in result["log"] if m.startswith("Python error")], result["log"]
        assert "Traceback" not in run.stderr, run.stderr[-3000:]


def test_the_whole_workflow_runs_in_german_and_fits_the_dock(desktop_run):
    work = desktop_run[0]
    assert work["panel_visible"] is True
    assert work["assessed_levels"] == ["quarters", "spaces"]
    assert len(work["proposed"]) == 6
    state = work["before_save"]
    assert state["changes_listed"] == 6 and len(state["enabled_changes"]) == 5
    assert state["undo_text"].startswith("Rückgängig:"), state["undo_text"]  # the German UI
    # after switching a change the dock's content is no wider than the dock
    assert state["content_width"] <= state["viewport_width"] <= 350, state
    assert state["content_min_width"] <= state["viewport_width"], state
    assert any("Sozialräume" in name for name in work["layers"]), work["layers"]
    assert work["boundary_findings"] == 0  # and QGIS did not abort on shapely's GEOS
    for step in ("1-sample", "2-join", "3-assess", "4-switch", "5-saved"):
        assert (BUILD_DIR / f"desktop-work-{step}.png").stat().st_size > 20_000, step


def test_saving_into_a_new_folder_takes_every_result_along(desktop_run):
    work = desktop_run[0]
    assert work["saved"] is True
    state = work["after_save"]
    folder = state["project_folder"]
    assert folder.endswith("Neuer Ordner")
    assert len(state["result_files"]) >= 6, state["result_files"]  # status, joined, assessed layers
    assert {str(Path(path).parent) for path in state["result_files"].values()} == {folder}, state


def test_reopening_the_project_brings_the_panel_back_as_it_was(desktop_run):
    work, _work_run, reopen, _reopen_run = desktop_run
    before = work["before_save"]
    state = reopen["state"]
    assert reopen["project"].endswith("aktionsplan.qgz")
    assert reopen["dock_opened_by_project"] is True and state["dock_visible"] is True
    assert state["changes_listed"] == 6
    assert state["enabled_changes"] == before["enabled_changes"]
    assert state["assessed_levels"] == ["quarters", "spaces"]
    assert state["table_rows"] == 39
    assert state["colour_by"] == before["colour_by"] == "indicator:tlq"
    assert state["renderer"] == before["renderer"]  # the map coloured as before
    assert state["visible_layers"] == before["visible_layers"]
    folder = state["project_folder"]
    assert state["result_files"] and all(
        str(Path(p).parent) == folder for p in state["result_files"].values()
    )
    assert (BUILD_DIR / "desktop-reopen-1-changes.png").stat().st_size > 20_000
