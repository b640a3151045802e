"""The real QGIS desktop application under Xvfb, with the plugin deployed into a fresh profile."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sysconfig

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
        env.update(DISPLAY=display, AKTIONSRAEUME_DESKTOP_OUT=str(out))
        # QGIS runs the system Python; pandas and shapely 2 come from our venv, as a user's pip install would.
        site_packages = sysconfig.get_paths()["purelib"]
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [site_packages, env.get("PYTHONPATH", "")]))
        run = subprocess.run(
            [
                "qgis",
                "--nologo",
                "--noversioncheck",
                "--profiles-path",
                str(profiles),
                "--code",
                str(REPO_DIR / "tests" / "desktop_script.py"),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    result_file = out / "result.json"
    assert result_file.exists(), run.stdout[-3000:] + run.stderr[-3000:]
    result = json.loads(result_file.read_text(encoding="utf-8"))
    BUILD_DIR.mkdir(exist_ok=True)
    for name in ("screenshot.png", "panel.png"):
        if (out / name).exists():
            shutil.copy(out / name, BUILD_DIR / f"desktop-{name}")
    return result, run


def test_plugin_loads_in_the_real_desktop_without_errors(desktop_run):
    result, run = desktop_run
    assert result["errors"] == [], result["errors"]
    assert result["active"] is True
    assert not [m for m in result["log"] if m.startswith("Python error")], result["log"]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]


def test_panel_opens_with_the_sample_loaded(desktop_run):
    result, _run = desktop_run
    assert result["panel_visible"] is True
    assert result["changes_listed"] == 6
    assert result["assessed_levels"] == ["quarters", "spaces"]
    assert len(result["proposed"]) == 6
    assert result["content_width"] <= result["viewport_width"], "the panel is cut off at the right"
    assert any("Sozialräume" in name for name in result["layers"]), result["layers"]
    assert result["boundary_findings"] == 0  # and QGIS did not abort on shapely's GEOS
    assert (BUILD_DIR / "desktop-screenshot.png").stat().st_size > 20_000
