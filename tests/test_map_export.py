"""The press-release map of the sample: exported through the print layout, checked on the files."""

from __future__ import annotations

import subprocess
import sys
import tempfile

import pytest
import shapely
from qgis.core import QgsGeometry, QgsLayoutExporter, QgsProject

from aktionsraeume_plugin.core.status import STATUS_COLOURS, AreaStatus
from aktionsraeume_plugin.services.layers import layer_to_frame
from aktionsraeume_plugin.services.map_export import ensure_layout, export_layout, round_scale
from aktionsraeume_plugin.services.sample_project import load_sample

from .conftest import REPO_DIR
from .map_probe import dominant_colour, map_to_pixel, pdf_fonts, pdf_page_size, pdf_text

PNG_DPI = 100


@pytest.fixture(scope="module")
def sample_map(qgis_app, tmp_path_factory):
    project = QgsProject.instance()
    project.clear()
    session = load_sample(project)
    layout = ensure_layout(project, session.status_layers, session.texts)
    folder = tmp_path_factory.mktemp("map")
    png = export_layout(layout, folder / "karte.png", dpi=PNG_DPI)
    pdf = export_layout(layout, folder / "karte.pdf")
    yield session, layout, png, pdf
    project.clear()


def _area(layer, name_field, name):
    frame = layer_to_frame(layer)
    rows = frame[frame[name_field] == name]
    assert len(rows) == 1, f"{name} not found once in {layer.name()}"
    return rows.iloc[0]


@pytest.mark.parametrize(
    "level, name, status",
    [
        ("spaces", "Dorstfeld", AreaStatus.NEW_ACTION_SPACE),
        ("spaces", "Bövinghausen/Westrich", AreaStatus.NEW_ACTION_SPACE),
        ("spaces", "Alt-Scharnhorst", AreaStatus.NO_LONGER_ACTION_SPACE),
        ("spaces", "Wickede", AreaStatus.NO_LONGER_ACTION_SPACE),
        ("quarters", "Wambeler Heide", AreaStatus.ACTION_QUARTER),
        ("quarters", "Meylantviertel", AreaStatus.ACTION_QUARTER),
    ],
)
def test_png_shows_the_status_colour_inside_named_areas(sample_map, level, name, status):
    session, layout, png, _pdf = sample_map
    layer = session.status_layers.spaces if level == "spaces" else session.status_layers.quarters
    name_field = session.levels.spaces.name_field if level == "spaces" else session.levels.quarters.name_field
    area = _area(layer, name_field, name)
    assert area["status"] == status.value
    polygon = area["geometry"]
    if level == "spaces":  # the Aktionsquartier drawn on top is another colour; look beside it
        quarters = layer_to_frame(session.status_layers.quarters)
        funded = quarters[quarters["status"] == AreaStatus.ACTION_QUARTER.value]["geometry"]
        polygon = polygon.difference(shapely.union_all(funded.to_list()).buffer(200))
    colour, share = dominant_colour(png, map_to_pixel(layout, PNG_DPI), polygon)
    assert colour == STATUS_COLOURS[status], (name, colour, share)
    assert share > 0.5


def test_png_shows_a_remaining_aktionsraum(sample_map):
    session, layout, png, _pdf = sample_map
    frame = layer_to_frame(session.status_layers.spaces)
    remaining = frame[frame["status"] == AreaStatus.REMAINS_ACTION_SPACE.value]
    assert len(remaining) == 11
    colour, _share = dominant_colour(png, map_to_pixel(layout, PNG_DPI), remaining.iloc[0]["geometry"])
    assert colour == STATUS_COLOURS[AreaStatus.REMAINS_ACTION_SPACE]


def test_pdf_has_title_and_every_legend_entry(sample_map):
    _session, _layout, _png, pdf = sample_map
    text = " ".join(pdf_text(pdf).split())
    assert "Aktionsplan Soziale Stadt Dortmund" in text
    for entry in (
        "New Aktionsraum (2)",
        "Remains Aktionsraum (11)",
        "No longer Aktionsraum (2)",
        "Aktionsquartier (2)",
        "Other areas (24)",
        "Stadtbezirk boundary",
    ):
        assert entry in text, entry
    assert "synthetic geometry" in text


def test_map_uses_a_round_scale(sample_map):
    _session, layout, _png, _pdf = sample_map
    scale = layout.itemById("map").scale()
    assert scale == pytest.approx(round_scale(scale * 0.999), rel=1e-6)
    assert 50_000 <= scale <= 200_000


@pytest.mark.parametrize(
    "value, expected",
    [
        (93_000, 100_000),
        (100_000, 100_000),
        (101_000, 125_000),
        (131_000, 150_000),
        (4_100, 5_000),
        (760, 1_000),
    ],
)
def test_round_scale(value, expected):
    assert round_scale(value) == expected


def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "aktionsraeume_plugin", *args],
        cwd=REPO_DIR,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_command_line_writes_german_pdf_and_png(tmp_path):
    result = _cli(
        "map",
        "--sample",
        "--format",
        "pdf",
        "--format",
        "png",
        "--dpi",
        "60",
        "--out",
        str(tmp_path / "karte.pdf"),
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "karte.png").stat().st_size > 10_000
    text = " ".join(pdf_text(tmp_path / "karte.pdf").split())
    for entry in (
        "Aktionsplan Soziale Stadt Dortmund",
        "Neuer Aktionsraum (2)",
        "Bleibt Aktionsraum (11)",
        "Kein Aktionsraum mehr (2)",
        "Aktionsquartier (2)",
    ):
        assert entry in text, entry


def test_command_line_refuses_to_overwrite_without_force(tmp_path):
    target = tmp_path / "karte.png"
    target.write_bytes(b"a good old map")
    result = _cli("map", "--sample", "--out", str(target), "--dpi", "40")
    assert result.returncode == 1
    assert "--force" in result.stderr and str(target) in result.stderr
    assert target.read_bytes() == b"a good old map"
    assert "Traceback" not in result.stderr


def test_command_line_names_a_missing_scenario(tmp_path):
    missing = tmp_path / "nope.json"
    result = _cli("map", "--sample", "--scenario", str(missing), "--out", str(tmp_path / "k.png"))
    assert result.returncode == 1
    assert str(missing) in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "k.png").exists()


def test_pdf_is_a4_landscape_with_open_sans_embedded(sample_map):
    _session, _layout, _png, pdf = sample_map
    width, height = pdf_page_size(pdf)
    assert (width, height) == pytest.approx((841.89, 595.28), abs=0.5)
    fonts = pdf_fonts(pdf)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    faces = {name.split("+")[-1] for name, _embedded in fonts}
    # The regular face is "OpenSans" in Debian 12's font package and "OpenSans-Regular" in newer ones.
    assert faces & {"OpenSans", "OpenSans-Regular"} and "OpenSans-Bold" in faces, faces


def test_legend_lists_the_statuses_in_legend_order(sample_map):
    _session, _layout, _png, pdf = sample_map
    text = " ".join(pdf_text(pdf).split())
    entries = [
        "New Aktionsraum (2)",
        "Remains Aktionsraum (11)",
        "Aktionsquartier (2)",
        "No longer Aktionsraum (2)",
        "Other areas (24)",
        "Stadtbezirk boundary",
    ]
    positions = [text.index(entry) for entry in entries]
    assert positions == sorted(positions), positions


def test_every_aktionsraum_and_aktionsquartier_is_labelled_inside_without_overlaps(sample_map):
    session, layout, _png, _pdf = sample_map
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 60
    with tempfile.TemporaryDirectory() as folder:
        assert (
            exporter.exportToImage(f"{folder}/labels.png", settings) == QgsLayoutExporter.ExportResult.Success
        )
    labels = [label for result in exporter.labelingResults().values() for label in result.allLabels()]
    placed = [label for label in labels if not label.isUnplaced]
    status_layers = session.status_layers
    expected = {
        (status_layers.spaces.id(), f.id())
        for f in status_layers.spaces.getFeatures()
        if f["status"] != AreaStatus.NONE.value
    } | {
        (status_layers.quarters.id(), f.id())
        for f in status_layers.quarters.getFeatures()
        if f["status"] == AreaStatus.ACTION_QUARTER.value
    }
    assert len(expected) == 17
    assert {(label.layerID, label.featureId) for label in placed} >= expected
    for number, first in enumerate(placed):
        for second in placed[number + 1 :]:
            assert not first.labelRect.intersects(second.labelRect), (first.labelText, second.labelText)
    # Names of areas sit (mostly) on their own area; long names break after the hyphen or slash.
    for label in placed:
        if (label.layerID, label.featureId) not in expected:
            continue
        layer = QgsProject.instance().mapLayer(label.layerID)
        area = layer.getFeature(label.featureId).geometry()
        box = QgsGeometry.fromRect(label.labelRect)
        assert box.intersection(area).area() / box.area() > 0.5, label.labelText
    texts = {label.labelText for label in placed}
    assert "Innenstadt-\nNord 3" in texts and "Bövinghausen/\nWestrich" in texts


def test_district_names_keep_off_the_coloured_areas(sample_map):
    session, layout, _png, _pdf = sample_map
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 60
    with tempfile.TemporaryDirectory() as folder:
        exporter.exportToImage(f"{folder}/labels.png", settings)
    districts = session.status_layers.districts
    spaces = layer_to_frame(session.status_layers.spaces)
    coloured = shapely.union_all(spaces[spaces["status"] != AreaStatus.NONE.value]["geometry"].to_list())
    on_colour = []
    for result in exporter.labelingResults().values():
        for label in result.allLabels():
            if label.layerID == districts.id() and not label.isUnplaced:
                box = shapely.box(*label.labelRect.toRectF().getCoords())
                if box.intersection(coloured).area > 0.5 * box.area:
                    on_colour.append(label.labelText)
    # Only Innenstadt-Nord is entirely made of Aktionsräume; every other name finds a free place.
    assert on_colour == ["INNENSTADT-NORD"]
