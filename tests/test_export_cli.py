"""The command line with a saved project, and exports that fail: nothing partial, nothing replaced."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsFeedback, QgsLayoutPoint, QgsProject, QgsUnitTypes

from aktionsraeume_plugin.core.status import STATUS_COLOURS, AreaStatus
from aktionsraeume_plugin.services.layers import layer_to_frame
from aktionsraeume_plugin.services.map_export import (
    ExportError,
    ensure_layout,
    export_layout,
    find_layout,
    refuse_existing,
)
from aktionsraeume_plugin.services.sample_project import load_sample
from aktionsraeume_plugin.services.workspace import load_workspace

from .conftest import REPO_DIR
from .map_probe import dominant_colour, map_to_pixel, pdf_page_size, pdf_text, pdf_word_box

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
GOOD_OLD_MAP = b"%PDF a good old map %%EOF"


def _cli(*args, limit_file_size: int | None = None):
    def limit():
        # A "full disk" for this process only: writes beyond the limit fail with EFBIG.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))

    return subprocess.run(
        [sys.executable, "-m", "aktionsraeume_plugin", "--lang", "en", "map", *args],
        cwd=REPO_DIR,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        preexec_fn=limit if limit_file_size else None,
    )


@pytest.fixture()
def saved_project(qgis_app, tmp_path):
    """A project set up with the sample, its map layout adjusted (title moved), saved as .qgz."""
    project = QgsProject.instance()
    project.clear()
    project_file = tmp_path / "stadt.qgz"
    project.setFileName(str(project_file))
    workspace = load_sample(project, storage=tmp_path / "stadt_aktionsraeume.gpkg")
    workspace.save(project)
    layout = ensure_layout(project, workspace.status_layers, workspace.texts)
    layout.itemById("title").attemptMove(QgsLayoutPoint(25, 170, MM))
    assert project.write()
    project.clear()
    yield project_file
    project.clear()


def test_adjusted_layout_survives_reopening_and_the_command_line_exports_it(saved_project, tmp_path):
    project = QgsProject.instance()
    assert project.read(str(saved_project))
    layout = find_layout(project)
    position = layout.itemById("title").positionWithUnits()
    assert (position.x(), position.y()) == pytest.approx((25, 170))
    project.clear()

    out = tmp_path / "export" / "karte.pdf"
    out.parent.mkdir()
    result = _cli(
        "--project",
        str(saved_project),
        "--format",
        "pdf",
        "--format",
        "png",
        "--dpi",
        "60",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    x, y = pdf_word_box(out, "Aktionsplan")
    assert (x * 25.4 / 72, y * 25.4 / 72) == pytest.approx((25, 170), abs=3)
    text = " ".join(pdf_text(out).split())
    assert "New Aktionsraum (2)" in text

    # The PNG shows the statuses of the project's scenario at the right places.
    assert project.read(str(saved_project))
    workspace = load_workspace(project)
    frame = layer_to_frame(workspace.status_layers.spaces)
    dorstfeld = frame[frame["sozialraum_name"] == "Dorstfeld"].iloc[0]["geometry"]
    colour, _share = dominant_colour(
        out.with_suffix(".png"), map_to_pixel(find_layout(project), 60), dorstfeld
    )
    assert colour == STATUS_COLOURS[AreaStatus.NEW_ACTION_SPACE]


def test_scenario_on_the_command_line_leaves_the_project_as_it_was(saved_project, tmp_path):
    scenario = REPO_DIR / "resources" / "sample" / "szenario_2020.json"
    import json

    data = json.loads(scenario.read_text(encoding="utf-8"))
    for change in data["changes"]:
        change["enabled"] = False
    off = tmp_path / "alles_aus.json"
    off.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "karte.pdf"
    result = _cli("--project", str(saved_project), "--scenario", str(off), "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(out).split())
    assert "Remains Aktionsraum (13)" in text and "New Aktionsraum" not in text

    project = QgsProject.instance()
    assert project.read(str(saved_project))
    statuses = load_workspace(project).status_layers.statuses("spaces")
    assert statuses["0102"] == AreaStatus.NEW_ACTION_SPACE.value


def test_orientation_and_reset_on_the_command_line(saved_project, tmp_path):
    refused = _cli(
        "--project", str(saved_project), "--orientation", "portrait", "--out", str(tmp_path / "a.pdf")
    )
    assert refused.returncode == 1
    assert "landscape, not portrait" in refused.stderr and "Traceback" not in refused.stderr
    assert not (tmp_path / "a.pdf").exists()
    reset = _cli(
        "--project",
        str(saved_project),
        "--orientation",
        "portrait",
        "--reset-layout",
        "--out",
        str(tmp_path / "a.pdf"),
    )
    assert reset.returncode == 0, reset.stderr
    assert pdf_page_size(tmp_path / "a.pdf") == pytest.approx((595.28, 841.89), abs=0.5)


def test_comparison_and_svg_on_the_command_line(tmp_path):
    result = _cli(
        "--sample", "--variant", "comparison", "--format", "svg", "--out", str(tmp_path / "vergleich.svg")
    )
    assert result.returncode == 0, result.stderr
    svg = (tmp_path / "vergleich.svg").read_text(encoding="utf-8")
    assert "Current list" in svg and "Aktionsplan" in svg


@pytest.mark.parametrize(
    "case, expected",
    [
        ("missing project", "no such project file"),
        ("project without set-up", "no Aktionsräume set-up"),
        ("bad scenario", "kaputt.json"),
        ("folder is a file", "is a file, not a folder"),
        ("missing folder", "the folder does not exist"),
        ("unwritable folder", "no permission to write"),
    ],
)
def test_errors_end_with_a_clear_message_and_no_file(qgis_app, tmp_path, case, expected):
    out = tmp_path / "karte.pdf"
    args = ["--sample"]
    if case == "missing project":
        args = ["--project", str(tmp_path / "gibtsnicht.qgz")]
    elif case == "project without set-up":
        project = QgsProject.instance()
        project.clear()
        assert project.write(str(tmp_path / "leer.qgz"))
        project.clear()
        args = ["--project", str(tmp_path / "leer.qgz")]
    elif case == "bad scenario":
        (tmp_path / "kaputt.json").write_text('{"version": 99', encoding="utf-8")
        args += ["--scenario", str(tmp_path / "kaputt.json")]
    elif case == "folder is a file":
        (tmp_path / "ordner").write_text("", encoding="utf-8")
        out = tmp_path / "ordner" / "karte.pdf"
    elif case == "missing folder":
        out = tmp_path / "fehlt" / "karte.pdf"
    elif case == "unwritable folder":
        # Tests run as root, for whom permission bits mean nothing; sysfs refuses new files to root too.
        out = Path("/sys/aktionsraeume-karte.pdf")
    result = _cli(*args, "--out", str(out), "--dpi", "40")
    assert result.returncode == 1, result.stdout
    assert expected in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert not out.exists()
    assert not list(tmp_path.rglob("*.part*"))


def test_existing_files_are_named_and_kept_unless_overwriting_is_allowed(qgis_app, tmp_path):
    old = tmp_path / "karte.png"
    old.write_bytes(b"old map")
    result = _cli("--sample", "--out", str(tmp_path / "karte.pdf"), "--format", "pdf", "--format", "png")
    assert result.returncode == 1, result.stdout
    assert result.stderr.strip().endswith(f"Error: {old} exists already; use --force to overwrite.")
    assert [p.name for p in tmp_path.iterdir()] == ["karte.png"] and old.read_bytes() == b"old map"
    # The panel and Processing say it their way; allowed, nothing is refused.
    with pytest.raises(ExportError, match=r"karte\.png exists already; allow overwriting to replace it"):
        refuse_existing([tmp_path / "karte.pdf", old], overwrite=False)
    refuse_existing([old], overwrite=True)


def test_a_full_disk_leaves_the_previous_file_intact(tmp_path):
    out = tmp_path / "karte.pdf"
    out.write_bytes(GOOD_OLD_MAP)
    # The map is about 400 kB; writes stop at 64 kB (the limit also shows QGIS can start at all).
    result = _cli("--sample", "--out", str(out), "--force", limit_file_size=64 * 1024)
    assert result.returncode == 1, result.stdout
    assert "could not be written" in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert out.read_bytes() == GOOD_OLD_MAP
    assert [p.name for p in tmp_path.iterdir()] == ["karte.pdf"]


def test_a_cancelled_export_leaves_the_previous_file_intact(qgis_app, tmp_path):
    project = QgsProject.instance()
    project.clear()
    workspace = load_sample(project)
    layout = ensure_layout(project, workspace.status_layers, workspace.texts)
    out = tmp_path / "karte.pdf"
    out.write_bytes(GOOD_OLD_MAP)

    cancelled = QgsFeedback()
    cancelled.cancel()
    with pytest.raises(ExportError, match="cancelled"):
        export_layout(layout, out, overwrite=True, feedback=cancelled)

    # Cancelled while the export runs: the exporter sets the layout's resolution when it starts.
    during = QgsFeedback()
    layout.renderContext().setDpi(72)
    layout.renderContext().dpiChanged.connect(during.cancel)
    try:
        with pytest.raises(ExportError, match="cancelled"):
            export_layout(layout, out, overwrite=True, feedback=during)
    finally:
        layout.renderContext().dpiChanged.disconnect(during.cancel)
    assert during.isCanceled()
    assert out.read_bytes() == GOOD_OLD_MAP
    assert [p.name for p in tmp_path.iterdir()] == ["karte.pdf"]
    project.clear()


def test_an_unknown_language_is_refused_not_ignored(tmp_path):
    out = tmp_path / "karte.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "aktionsraeume_plugin", "--lang", "fr", "map", "--sample", "--out", str(out)],
        cwd=REPO_DIR,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 2 and "--lang" in done.stderr and "'fr'" in done.stderr
    assert "Traceback" not in done.stderr and not out.exists()
