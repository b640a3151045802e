"""Every file the plugin writes is complete or absent, replaces a previous file only when complete,
and gets the permissions any other program would give it under the user's umask."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from aktionsraeume_plugin.core.atomic_write import (
    FileInUseError,
    current_umask,
    replacing,
    write_bytes,
    write_text,
)
from aktionsraeume_plugin.core.scenario import read_scenario, write_scenario
from aktionsraeume_plugin.core.summary_export import export_summary
from aktionsraeume_plugin.services.join_service import JoinRequest, join_layer_with_table, save_report
from aktionsraeume_plugin.services.layers import (
    LayerError,
    append_layer_to_gpkg,
    open_gpkg_layer,
    write_layers_to_gpkg,
)
from aktionsraeume_plugin.services.map_export import ensure_layout, export_formats
from aktionsraeume_plugin.services.sample_project import load_sample

from .conftest import REPO_DIR

SAMPLE = REPO_DIR / "resources" / "sample"


@pytest.fixture()
def umask():
    """Set the process umask for one test (the value is the parameter), then restore it."""
    previous = os.umask(0o022)
    os.umask(previous)

    def set_umask(value: int) -> None:
        os.umask(value)

    yield set_umask
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


# --- the helper itself ------------------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_written_file_gets_the_mode_the_umask_gives(tmp_path, umask, value, expected):
    umask(value)
    assert current_umask() == value
    assert _mode(write_text(tmp_path / "a.txt", "x")) == expected
    assert _mode(write_bytes(tmp_path / "b.bin", b"x")) == expected
    # the same as any other program: a file created by the shell
    subprocess.run(["sh", "-c", f"umask {value:03o}; echo x > '{tmp_path / 'c.txt'}'"], check=True)
    assert _mode(tmp_path / "c.txt") == expected
    assert current_umask() == value  # reading it did not change it


def test_a_failing_writer_leaves_the_previous_file_and_nothing_else(tmp_path):
    target = tmp_path / "liste.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), replacing(target) as temporary:
        temporary.write_text("half of the new", encoding="utf-8")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old"
    assert _files(tmp_path) == [target]


def test_a_failing_writer_leaves_no_file_where_there_was_none(tmp_path):
    target = tmp_path / "karte.gpkg"
    with pytest.raises(KeyboardInterrupt), replacing(target, create=False) as temporary:
        assert not temporary.exists()  # reserved for a writer that creates the file itself
        temporary.write_bytes(b"partial")
        Path(f"{temporary}-wal").write_bytes(b"journal")
        raise KeyboardInterrupt
    assert _files(tmp_path) == []


def test_a_writer_that_produced_nothing_is_an_error(tmp_path):
    target = tmp_path / "karte.gpkg"
    target.write_bytes(b"old")
    with pytest.raises(FileNotFoundError), replacing(target, create=False):
        pass
    assert target.read_bytes() == b"old"


def test_the_temporary_name_keeps_the_extension_and_the_folder(tmp_path):
    with replacing(tmp_path / "karte.gpkg", create=False) as temporary:
        assert temporary.parent == tmp_path
        assert temporary.name.startswith(".karte-") and temporary.name.endswith(".part.gpkg")
        temporary.write_bytes(b"new")
    assert (tmp_path / "karte.gpkg").read_bytes() == b"new"


def test_side_files_move_with_the_file(tmp_path):
    with replacing(tmp_path / "flaechen.shp", create=False) as temporary:
        for suffix in (".shp", ".shx", ".dbf"):
            temporary.with_suffix(suffix).write_bytes(suffix.encode())
    assert [p.name for p in _files(tmp_path)] == ["flaechen.dbf", "flaechen.shp", "flaechen.shx"]
    assert (tmp_path / "flaechen.dbf").read_bytes() == b".dbf"


@pytest.mark.parametrize("journal", ["-wal", "-journal"])
def test_a_database_with_a_journal_beside_it_is_not_replaced(tmp_path, journal):
    # SQLite would apply the journal to the new file: refused, nothing written.
    target = tmp_path / "ergebnisse.gpkg"
    target.write_bytes(b"old")
    Path(f"{target}{journal}").write_bytes(b"frames")
    with pytest.raises(FileInUseError), replacing(target, create=False):
        pytest.fail("the block must not run")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in _files(tmp_path)) == ["ergebnisse.gpkg", f"ergebnisse.gpkg{journal}"]


def test_a_geopackage_being_edited_in_qgis_is_not_replaced(qgis_app, tmp_path):
    areas = QgsVectorLayer(f"{SAMPLE / 'dortmund2020.gpkg'}|layername=sozialraeume", "spaces", "ogr")
    output = tmp_path / "verknuepft.gpkg"
    request = JoinRequest(SAMPLE / "indikatoren_sozialraeume_2018.csv", "Sozialraum")
    joined, _report = join_layer_with_table(areas, "sozialraum_nr", request, output)
    assert joined.startEditing()  # QGIS keeps the GeoPackage open with a write-ahead log
    assert joined.changeAttributeValue(next(joined.getFeatures()).id(), 1, "geändert")
    before = output.read_bytes()
    with pytest.raises(LayerError, match="open for editing"):
        join_layer_with_table(areas, "sozialraum_nr", request, output)
    with pytest.raises(LayerError, match="open for editing"):
        write_layers_to_gpkg([(areas, "status")], output)
    assert output.read_bytes() == before
    assert joined.commitChanges()  # the user's edit is kept
    assert "geändert" in [f[1] for f in open_gpkg_layer(output, "verknuepft").getFeatures()]
    assert not [p for p in tmp_path.iterdir() if ".part" in p.name or "aktionsraeume-join" in p.name]


def test_an_unwritable_folder_is_an_os_error_before_writing(tmp_path):
    with pytest.raises(OSError), replacing(tmp_path / "fehlt" / "karte.pdf"):
        pytest.fail("the block must not run")


# --- every file the plugin writes ---------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(qgis_app):
    project = QgsProject.instance()
    project.clear()
    session = load_sample(project)
    yield session
    project.clear()


@pytest.mark.parametrize("value, expected", [(0o022, 0o644), (0o027, 0o640)])
def test_every_written_file_has_the_permissions_of_the_umask(sample, tmp_path, umask, value, expected):
    umask(value)
    scenario = read_scenario(SAMPLE / "szenario_2020.json")
    # maps
    layout = ensure_layout(QgsProject.instance(), sample.status_layers, sample.texts)
    export_formats(layout, tmp_path / "karte", ["pdf", "png", "svg"], dpi=30)
    # the council list, scenario
    export_summary(tmp_path / "liste.csv", scenario)
    export_summary(tmp_path / "liste.xlsx", scenario)
    write_scenario(scenario, tmp_path / "szenario.json")
    # result GeoPackages: new, and the first table of a new file
    spaces = sample.status_layers.spaces
    write_layers_to_gpkg([(spaces, "status")], tmp_path / "status.gpkg")
    append_layer_to_gpkg(spaces, tmp_path / "ergebnisse.gpkg", "erste")
    # joins in every output kind, and the join report
    areas = QgsVectorLayer(f"{SAMPLE / 'dortmund2020.gpkg'}|layername=sozialraeume", "spaces", "ogr")
    assert areas.isValid()
    request = JoinRequest(SAMPLE / "indikatoren_sozialraeume_2018.csv", "Sozialraum")
    key = sample.levels.spaces.key_field
    _layer, report = join_layer_with_table(areas, key, request, tmp_path / "verknuepft.gpkg")
    join_layer_with_table(areas, key, request, tmp_path / "verknuepft.gpkg", layer_name="zweite")
    join_layer_with_table(areas, key, request, tmp_path / "verknuepft.geojson")
    join_layer_with_table(areas, key, request, tmp_path / "shape" / "verknuepft.shp")
    save_report(report, tmp_path / "bericht.txt")
    report.save(tmp_path / "bericht.csv")

    written = {p.relative_to(tmp_path).as_posix(): _mode(p) for p in _files(tmp_path)}
    assert {"karte.pdf", "karte.png", "karte.svg", "liste.csv", "liste.xlsx", "szenario.json"} <= set(written)
    assert {"status.gpkg", "ergebnisse.gpkg", "verknuepft.gpkg", "verknuepft.geojson"} <= set(written)
    assert {"shape/verknuepft.shp", "shape/verknuepft.dbf", "bericht.txt", "bericht.csv"} <= set(written)
    assert not [name for name in written if ".part" in name or name.startswith(".")], written
    assert {name: mode for name, mode in written.items() if mode != expected} == {}


def test_the_command_line_map_has_the_permissions_of_umask_022(qgis_app, tmp_path):
    out = tmp_path / "karte.png"
    command = [sys.executable, "-m", "aktionsraeume_plugin", "map", "--sample", "--format", "png"]
    result = subprocess.run(
        ["sh", "-c", 'umask 022; exec "$@"', "sh", *command, "--dpi", "30", "--out", str(out)],
        cwd=REPO_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert _mode(out) == 0o644
