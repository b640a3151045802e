"""Joining tables to areas: the core join, its report, properties over generated tables, the QGIS service."""

from __future__ import annotations

import hashlib
import json
import string
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aktionsraeume_plugin.core.join import JoinError, join_table
from aktionsraeume_plugin.core.tables import read_table
from aktionsraeume_plugin.services.join_service import report_text, save_report
from aktionsraeume_plugin.services.messages import render

TABLES = Path(__file__).resolve().parent / "data" / "tables"
KEY = "Schlüssel"
INT_KEYS = [1100101, 1100102, 1100103, 1100104, 1100105]
PEOPLE = [1234, 2345, 3456, 4567, 5678]
NAMES = ["Innenstadt-West 1", "Dorstfeld", "Bövinghausen", "Wambeler Heide", "Meylantviertel"]


def areas(keys=INT_KEYS) -> pd.DataFrame:
    return pd.DataFrame({"fid": range(1, len(keys) + 1), "code": keys, "Einwohner": [0] * len(keys)})


JOINABLE = [
    "utf8_semicolon_decimal_comma.csv",
    "utf8_bom.csv",
    "latin1.csv",
    "comma_quoted_decimal_comma.csv",
    "tab_delimited.tsv",
    "title_rows.csv",
    "footnotes.csv",
    "total_row.csv",
    "subtotals.csv",
    "int_keys.csv",
    "float_keys.csv",
    "keys_with_spaces.csv",
    "crlf.csv",
    "basic.xlsx",
    "numbers_as_text.xlsx",
    "title_footnotes_two_sheets.xlsx",
    "basic.ods",
]


@pytest.mark.parametrize("name", JOINABLE)
@pytest.mark.parametrize("layer_keys", [INT_KEYS, [f"0{k}" for k in INT_KEYS]], ids=["int", "text"])
def test_corpus_tables_join_to_int_and_text_keys(name, layer_keys):
    result = join_table(areas(layer_keys), "code", read_table(TABLES / name, key_column=KEY), KEY)
    frame = result.frame
    assert frame["Einwohner_2"].tolist() == PEOPLE  # clash with the areas' own "Einwohner"
    assert frame["Name"].tolist() == NAMES
    assert frame["fid"].tolist() == [1, 2, 3, 4, 5]
    assert result.report.matched_features == 5
    assert result.report.unmatched_features == 0 and result.report.unmatched_rows == 0
    assert result.report.renamed_columns == {"Einwohner": "Einwohner_2"}


def test_duplicate_keys_are_an_error_listing_keys_and_rows():
    table = read_table(TABLES / "duplicate_keys.csv", key_column=KEY)
    with pytest.raises(JoinError) as raised:
        join_table(areas(), "code", table, KEY)
    message = str(raised.value)
    assert "duplicate_keys.csv" in message and f"column '{KEY}'" in message
    assert "'01100102' (rows 3, 7)" in message  # as the file writes it


def test_keys_in_messages_are_written_as_in_the_file():
    table = read_table(TABLES / "duplicate_name_keys.csv", key_column="Stadtteil")
    names = pd.DataFrame({"n": ["EIMSBÜTTEL", "Rotherbaum"]})
    with pytest.raises(JoinError) as raised:
        join_table(names, "n", table, "Stadtteil")
    assert "'Eimsbüttel' (rows 2, 4)" in str(raised.value)
    assert "eimsbüttel" not in str(raised.value)
    report = join_table(names, "n", table, "Stadtteil", aggregate="first").report
    assert "Eimsbüttel (rows 2, 4)" in report_text(report)
    shared = join_table(
        pd.DataFrame({"n": ["EIMSBÜTTEL", "Eimsbüttel"]}), "n", table, "Stadtteil", aggregate="first"
    ).report
    assert any("EIMSBÜTTEL" in render(w) for w in shared.warnings)


@pytest.mark.parametrize(("how", "people"), [("first", 2345), ("sum", 2346), ("mean", 1173.0)])
def test_duplicates_can_be_aggregated(how, people):
    table = read_table(TABLES / "duplicate_keys.csv", key_column=KEY)
    result = join_table(areas(), "code", table, KEY, aggregate=how)
    assert result.frame["Einwohner_2"].iloc[1] == pytest.approx(people)
    assert result.frame["Name"].iloc[1] == "Dorstfeld"
    assert len(result.frame) == 5
    assert result.report.duplicates[0].rows == (3, 7)
    assert "combined by" in report_text(result.report)


def test_unmatched_features_and_rows_are_listed_with_keys():
    table = read_table(TABLES / "total_row.csv", key_column=KEY)
    result = join_table(areas([1100101, 1100102, 999, None]), "code", table, KEY)
    report = result.report
    assert report.matched_features == 2
    assert report.features_without_row == ["999"]
    assert report.features_without_key == 1
    assert report.unmatched_features == 2
    assert report.rows_without_feature == [(4, "01100103"), (5, "01100104"), (6, "01100105")]
    assert report.city_row_number == 7 and report.city_row["Einwohner"] == 17280
    text = report_text(report)
    assert "Features with a table row: 2 of 4" in text
    assert "01100103 (row 4)" in text
    assert "Stadt Dortmund insgesamt" in text
    assert result.frame["Name"].tolist()[:2] == NAMES[:2]
    assert result.frame["Name"].isna().tolist()[2:] == [True, True]


def test_names_join_case_and_unicode_insensitively():
    named = pd.DataFrame({"name": NAMES})
    for name in ("name_keys.csv", "name_keys_nfd.csv"):
        result = join_table(named, "name", read_table(TABLES / name, key_column="Quartier"), "Quartier")
        assert result.frame["Einwohner"].tolist() == PEOPLE, name


def test_pad_width_joins_short_keys():
    result = join_table(
        areas([f"{k}" for k in INT_KEYS]), "code", read_table(TABLES / "basic.xlsx"), KEY, pad_width=8
    )
    assert result.report.matched_features == 5


def test_report_lists_unreadable_values_and_placeholders():
    result = join_table(areas(), "code", read_table(TABLES / "bad_cells.csv", key_column=KEY), KEY)
    text = report_text(result.report)
    assert "row 3, column 'Quote': 'k.A.'; row 5" in text
    assert "row 5, column 'Einwohner': 'ca. 4500'" in text
    assert result.report.has_problems
    placeholders = join_table(areas(), "code", read_table(TABLES / "placeholders.csv", key_column=KEY), KEY)
    # each column's count names the areas (first five, then how many more)
    assert "'Einwohner': 3 (01100101, 01100102" in report_text(placeholders.report)
    assert placeholders.report.placeholder_keys["Einwohner"][:2] == ["01100101", "01100102"]


def test_rows_without_key_are_reported():
    result = join_table(areas(), "code", read_table(TABLES / "missing_keys.csv", key_column=KEY), KEY)
    assert result.report.rows_without_key == [7]
    assert result.report.matched_features == 5


def test_report_can_be_saved_as_text_csv_and_json(tmp_path):
    result = join_table(
        areas([1100101, 42]), "code", read_table(TABLES / "total_row.csv", key_column=KEY), KEY
    )
    report = result.report
    data = json.loads(report.save(tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["matched_features"] == 1 and data["features_without_row"] == ["42"]
    assert {"row": 3, "key": "01100102"} in data["rows_without_feature"]
    assert data["city_row"]["Einwohner"] == 17280
    csv_text = report.save(tmp_path / "r.csv").read_text(encoding="utf-8")
    assert "row_without_feature,01100102,3,," in csv_text
    assert "feature_without_row,42" in csv_text
    assert "Rows read: 5" in save_report(report, tmp_path / "r.txt").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="needs the worded report"):
        report.save(tmp_path / "r.txt")


def test_bad_arguments_are_named():
    table = read_table(TABLES / "basic.xlsx")
    with pytest.raises(JoinError, match="no field 'nope'"):
        join_table(areas(), "nope", table, KEY)
    with pytest.raises(JoinError, match=r"basic\.xlsx: no column 'nope'"):
        join_table(areas(), "code", table, "nope")
    with pytest.raises(JoinError, match="Unknown aggregation 'max'"):
        join_table(areas(), "code", table, KEY, aggregate="max")


def test_plain_frames_join_too():
    table = pd.DataFrame({"k": ["01", "02"], "v": [1.5, 2.5]})
    result = join_table(pd.DataFrame({"k": [2, 1, 3]}), "k", table, "k")
    assert result.frame["v"].tolist()[:2] == [2.5, 1.5]
    assert result.frame.columns.tolist() == ["k", "v"]


# --- properties ---------------------------------------------------------------------------------

key_text = st.text(alphabet=string.digits, min_size=1, max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    area_keys=st.lists(st.one_of(key_text, st.none()), min_size=0, max_size=30),
    table_keys=st.lists(key_text, min_size=1, max_size=30, unique_by=lambda k: k.lstrip("0") or "0"),
    values=st.lists(
        st.one_of(st.integers(-(10**9), 10**9), st.floats(allow_nan=False, width=32)),
        min_size=30,
        max_size=30,
    ),
    zeros=st.integers(0, 3),
)
def test_join_properties(area_keys, table_keys, values, zeros):
    frame = pd.DataFrame(
        {"fid": range(len(area_keys)), "key": area_keys}, index=pd.RangeIndex(len(area_keys))
    )
    table = pd.DataFrame(
        {
            "k": ["0" * zeros + k for k in table_keys],
            "value": pd.Series(values[: len(table_keys)], dtype=object),
        }
    )
    result = join_table(frame, "key", table, "k")
    out = result.frame
    report = result.report
    # exactly the input's features, in order, none lost or duplicated
    assert out["fid"].tolist() == list(range(len(area_keys)))
    # a missing key stays missing (None in pandas 2; pandas 3's str columns hold it as NaN)
    assert [None if pd.isna(k) else k for k in out["key"]] == area_keys
    # the counts add up
    assert report.matched_features + report.unmatched_features == len(area_keys)
    used = {(k.lstrip("0") or "0") for k in area_keys if k is not None}
    canonical = [(k.lstrip("0") or "0") for k in table_keys]
    assert report.matched_rows + report.unmatched_rows == len(table_keys)
    assert report.unmatched_rows == sum(1 for k in canonical if k not in used)
    # values survive the round trip
    lookup = dict(zip(canonical, values))
    for key, value in zip(area_keys, out["value"]):
        expected = lookup.get(key.lstrip("0") or "0") if key is not None else None
        if expected is None:
            assert pd.isna(value)
        else:
            assert value == expected


# --- QGIS service -------------------------------------------------------------------------------


def _sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _is_null(value) -> bool:
    from qgis.PyQt.QtCore import QVariant

    return value is None or (isinstance(value, QVariant) and value.isNull())


def _gpkg_layer(path: Path, keys, name="areas"):
    from osgeo import ogr, osr
    from qgis.core import QgsVectorLayer

    from aktionsraeume_plugin.services.gdal_scope import gdal_calls

    with gdal_calls():
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(25832)
        layer = dataset.CreateLayer(name, srs, ogr.wkbPolygon)
        layer.CreateField(ogr.FieldDefn("code", ogr.OFTString))
        layer.CreateField(ogr.FieldDefn("Einwohner", ogr.OFTInteger))
        for i, key in enumerate(keys):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("code", key)
            feature.SetField("Einwohner", i)
            feature.SetGeometry(
                ogr.CreateGeometryFromWkt(f"POLYGON(({i} 0,{i + 1} 0,{i + 1} 1,{i} 1,{i} 0))")
            )
            layer.CreateFeature(feature)
        other = dataset.CreateLayer("other", srs, ogr.wkbPoint)
        other.CreateField(ogr.FieldDefn("x", ogr.OFTString))
        dataset = None
    result = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert result.isValid()
    return result


def _memory_layer(keys):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:25832&field=code:integer&field=label:string", "mem", "memory")
    features = []
    for i, key in enumerate(keys):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([key, f"area {i}"])
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({i} 0,{i + 1} 0,{i + 1} 1,{i} 1,{i} 0))"))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def test_service_joins_gpkg_layer_with_types_and_leaves_sources_unchanged(qgis_app, tmp_path):
    from qgis.core import QgsWkbTypes

    from aktionsraeume_plugin.services.join_service import JoinRequest, join_layer_with_table

    source = _gpkg_layer(tmp_path / "areas.gpkg", [f"0{k}" for k in INT_KEYS] + ["09999999"])
    table = TABLES / "total_row.csv"
    before = (_sha(tmp_path / "areas.gpkg"), _sha(table))
    layer, report = join_layer_with_table(
        source, "code", JoinRequest(table, KEY), tmp_path / "out" / "joined.gpkg"
    )
    assert (_sha(tmp_path / "areas.gpkg"), _sha(table)) == before
    assert layer.isValid() and layer.featureCount() == 6
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    fields = {f.name(): f.typeName() for f in layer.fields()}
    assert fields["Einwohner_2"] == "Integer64" and fields["Quote"] == "Real" and fields["Name"] == "String"
    values = [(f["code"], f["Einwohner_2"], f["Quote"]) for f in layer.getFeatures()]
    assert values[0] == ("01100101", 1234, 12.5)
    assert values[5][0] == "09999999" and _is_null(values[5][1])
    assert report.matched_features == 5 and report.features_without_row == ["09999999"]
    assert not any(p.name.startswith(".") for p in (tmp_path / "out").iterdir())  # no temporary left
    # only the joined layer went into the output, not the source's other tables
    from osgeo import ogr

    from aktionsraeume_plugin.services.gdal_scope import gdal_calls

    with gdal_calls():
        dataset = ogr.Open(str(tmp_path / "out" / "joined.gpkg"))
        assert [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())] == ["joined"]


def test_service_joins_memory_layer_and_several_tables_in_turn(qgis_app, tmp_path):
    from aktionsraeume_plugin.services.join_service import JoinRequest, join_layer_with_table

    source = _memory_layer(INT_KEYS)
    first, _ = join_layer_with_table(
        source, "code", JoinRequest(TABLES / "basic.xlsx", KEY), tmp_path / "one.gpkg"
    )
    second, report = join_layer_with_table(
        first, "code", JoinRequest(TABLES / "thousands_dot.csv", KEY), tmp_path / "two.gpkg"
    )
    names = [f.name() for f in second.fields()]
    assert names == ["fid", "code", "label", "Name", "Einwohner", "Quote", "Name_2", "Einwohner_2", "Quote_2"]
    assert [f["Einwohner_2"] for f in second.getFeatures()] == PEOPLE
    assert report.renamed_columns == {"Name": "Name_2", "Einwohner": "Einwohner_2", "Quote": "Quote_2"}
    assert source.featureCount() == 5 and [f.name() for f in source.fields()] == ["code", "label"]


def test_service_adds_a_layer_to_an_existing_geopackage(qgis_app, tmp_path):
    from osgeo import ogr

    from aktionsraeume_plugin.services.gdal_scope import gdal_calls
    from aktionsraeume_plugin.services.join_service import JoinRequest, join_layer_with_table

    target = tmp_path / "project.gpkg"
    _gpkg_layer(target, ["1"], name="keep_me")
    layer, _ = join_layer_with_table(
        _memory_layer(INT_KEYS),
        "code",
        JoinRequest(TABLES / "basic.ods", KEY),
        target,
        layer_name="joined_ods",
    )
    assert [f["Einwohner"] for f in layer.getFeatures()] == PEOPLE
    with gdal_calls():
        dataset = ogr.Open(str(target))
        assert {dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())} >= {
            "keep_me",
            "joined_ods",
        }


def test_service_failure_leaves_no_output(qgis_app, tmp_path):
    from aktionsraeume_plugin.core.tables import TableError
    from aktionsraeume_plugin.services.join_service import JoinRequest, join_layer_with_table
    from aktionsraeume_plugin.services.layers import LayerError

    output = tmp_path / "out.gpkg"
    output.write_bytes(b"previous good result")
    with pytest.raises(TableError, match=r"binary\.csv"):
        join_layer_with_table(
            _memory_layer(INT_KEYS), "code", JoinRequest(TABLES / "binary.csv", KEY), output
        )
    with pytest.raises(LayerError, match="no field 'nope'"):
        join_layer_with_table(
            _memory_layer(INT_KEYS), "nope", JoinRequest(TABLES / "basic.xlsx", KEY), output
        )
    assert output.read_bytes() == b"previous good result"
    assert [p.name for p in tmp_path.iterdir()] == ["out.gpkg"]


def test_compute_runs_without_qgis_objects(qgis_app, tmp_path):
    """The compute step takes plain data only, so it can run in a QgsTask thread."""
    import threading

    from aktionsraeume_plugin.services.join_service import (
        JoinRequest,
        compute_join,
        snapshot_layer,
        write_join,
    )

    snapshot = snapshot_layer(_memory_layer(INT_KEYS), "code", work_dir=tmp_path)
    outcome = {}
    worker = threading.Thread(
        target=lambda: outcome.update(c=compute_join(snapshot, JoinRequest(TABLES / "basic.xlsx", KEY)))
    )
    worker.start()
    worker.join()
    assert outcome["c"].report.matched_features == 5
    assert write_join(outcome["c"], tmp_path / "x.gpkg").exists()
