"""The sample "Dortmund Statistikatlas": built from the raw files through the plugin's pipeline, reproducibly,
and right against the real data (acceptance of issue 15)."""

from __future__ import annotations

import pytest
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer

from aktionsraeume_plugin.core.catalogue import load_catalogue
from aktionsraeume_plugin.core.development import compare_years
from aktionsraeume_plugin.core.join import join_table
from aktionsraeume_plugin.core.tables import read_table
from aktionsraeume_plugin.paths import SAMPLE_DIR
from aktionsraeume_plugin.services import boundary_service
from aktionsraeume_plugin.services.boundary_service import LevelSource
from aktionsraeume_plugin.services.join_service import report_text
from aktionsraeume_plugin.services.layers import layer_to_frame, open_gpkg_layer
from sample_generator import statistikatlas as build

SAMPLE = SAMPLE_DIR / "statistikatlas"
GPKG = SAMPLE / build.GPKG_FILE
FILES = (build.GPKG_FILE, *build.TABLE_FILES.values())


def table(year: int):
    return read_table(SAMPLE / build.TABLE_FILES[year], key_column=build.KEY_COLUMN)


def test_the_build_is_reproducible_and_is_the_shipped_sample(qgis_app, tmp_path):
    """``make sample-statistikatlas`` run again gives the same bytes, and the shipped files are its output.

    The tables are compared byte for byte with the shipped ones; the GeoPackage by content, because
    another GEOS release (Debian 13) may start a repaired ring at another vertex: same bytes within one
    platform, same features, keys, names and areas across platforms."""
    first = build.write_statistikatlas(tmp_path / "first", build.RAW_DIR)
    build.write_statistikatlas(tmp_path / "second", build.RAW_DIR)
    assert sorted(p.name for p in first) == sorted(FILES)
    for name in FILES:
        assert (tmp_path / "first" / name).read_bytes() == (tmp_path / "second" / name).read_bytes(), name
    for name in build.TABLE_FILES.values():
        assert (tmp_path / "first" / name).read_bytes() == (SAMPLE / name).read_bytes(), name
    for layer_name in ("unterbezirke", "stadtbezirke"):
        built = layer_to_frame(open_gpkg_layer(tmp_path / "first" / build.GPKG_FILE, layer_name))
        shipped = layer_to_frame(open_gpkg_layer(GPKG, layer_name))
        attributes = [c for c in shipped.columns if c != "geometry"]
        assert built[attributes].equals(shipped[attributes]), layer_name
        difference = shapely.area(shapely.symmetric_difference(built["geometry"], shipped["geometry"]))
        assert (difference < 1e-3).all(), layer_name  # m²: the same polygons


def test_levels_keys_names_and_nesting(qgis_app):
    unterbezirke = open_gpkg_layer(GPKG, "unterbezirke")
    stadtbezirke = open_gpkg_layer(GPKG, "stadtbezirke")
    assert unterbezirke.featureCount() == 170 and stadtbezirke.featureCount() == 12
    frame = layer_to_frame(unterbezirke, geometry=False)
    assert all(len(k) == 3 and k.isdigit() for k in frame["ubz_nr"])
    names = dict(zip(frame["ubz_nr"], frame["ubz_name"]))
    assert names["710"] == "Bövinghausen" and names["001"] == "City-Ost"  # normal case, real names
    assert {f["bezirk_name"] for f in stadtbezirke.getFeatures()} >= {"Innenstadt-Nord", "Hörde", "Mengede"}
    report = boundary_service.check_layers(
        LevelSource(unterbezirke, "ubz_nr", "bezirk_nr"), districts=LevelSource(stadtbezirke, "bezirk_nr")
    ).report
    assert [f.message for f in report.findings] == []  # the shipped sample passes its own check


def test_repaired_layer_is_valid_and_keeps_the_raw_area(qgis_app):
    raw = QgsVectorLayer(str(build.RAW_DIR / build.BOUNDARIES), "raw", "ogr")
    transform = QgsCoordinateTransform(
        raw.crs(), QgsCoordinateReferenceSystem(build.CRS_AUTHID), QgsProject.instance()
    )
    raw_area = 0.0
    for feature in raw.getFeatures():
        geometry = feature.geometry()
        geometry.transform(transform)
        raw_area += shapely.from_wkb(bytes(geometry.asWkb())).area  # rings as published (shoelace)
    del raw
    repaired = layer_to_frame(open_gpkg_layer(GPKG, "unterbezirke"))["geometry"].to_numpy()
    assert shapely.is_valid(repaired).all()
    assert shapely.area(repaired).sum() == pytest.approx(raw_area, rel=1e-4)  # within 0.01 %
    assert 280e6 < raw_area < 281e6  # Dortmund: 280.7 km²


def test_both_years_join_170_of_170_and_clarenberg_has_the_highest_2018_rate(qgis_app):
    areas = layer_to_frame(open_gpkg_layer(GPKG, "unterbezirke"), geometry=False)
    for year in (2018, 2024):
        report = join_table(areas, "ubz_nr", table(year), build.KEY_COLUMN).report
        assert (
            report.matched_features == 170 and report.unmatched_features == 0 and report.unmatched_rows == 0
        )
        if year == 2018:  # the one missing value is named by its Unterbezirk (232, Kirchderne)
            assert report.placeholder_keys == {"Gymnasialempfehlung in %": ["232"]}
            assert "'Gymnasialempfehlung in %': 1 (232)" in report_text(report)
    frame = table(2018).frame
    top = frame.loc[frame["Transferleistungsquote in %"].astype(float).idxmax()]
    assert top[build.NAME_COLUMN] == "Clarenberg" and float(top["Transferleistungsquote in %"]) == 46.9


def test_comparing_the_sample_years_with_its_catalogue(qgis_app):
    catalogue = load_catalogue(SAMPLE / "katalog.toml")
    later, earlier = table(2024).frame, table(2018).frame
    result = compare_years(later, earlier, catalogue, build.KEY_COLUMN)
    assert result.report.compared == ("tlq", "alq", "kinder_sgb2", "grundsicherung65", "wohnflaeche")
    assert result.report.earlier_only_indicators == ("gymnasium ('Gymnasialempfehlung in %')",)
    assert result.report.later_only_areas == () and result.report.earlier_only_areas == ()
    fields = result.fields
    # Clarenberg (Hörde): 46.9 → 33.0 %, 13.9 percentage points better, still a candidate in both years
    clarenberg = later.index[later[build.NAME_COLUMN] == "Clarenberg"][0]
    key = later.loc[clarenberg, build.KEY_COLUMN]
    assert fields.loc[key, "d_tlq"] == pytest.approx(33.0 - 46.9)
    assert fields.loc[key, "st_chg"] == "still_below"
    assert set(fields["dev_cls"]) == {"improved", "stable", "worsened"}


def test_the_attribution_speaks_the_users_language(qgis_locale):
    from aktionsraeume_plugin.services.sample_project import statistikatlas_map_texts

    qgis_locale("en_GB")
    english = statistikatlas_map_texts().source
    assert english.startswith("Boundaries: City of Dortmund") and "licence: dl-de/by-2-0" in english
    qgis_locale("de_DE")
    german = statistikatlas_map_texts().source
    assert german.startswith("Grenzen: Stadt Dortmund") and "Lizenz: dl-de/by-2-0" in german
