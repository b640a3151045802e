"""``aktionsraeume:jointable`` through processing.run, as a model or qgis_process calls it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

TABLES = Path(__file__).resolve().parent / "data" / "tables"
KEY = "Schlüssel"
PEOPLE = [1234, 2345, 3456, 4567, 5678]


def _sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture()
def area_gpkg(tmp_path) -> Path:
    """Six square polygons in a GeoPackage; keys as text with leading zeros, one without a table row."""
    from osgeo import ogr, osr

    from aktionsraeume_plugin.services.gdal_scope import gdal_calls

    path = tmp_path / "areas.gpkg"
    with gdal_calls():
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(25832)
        layer = dataset.CreateLayer("areas", srs, ogr.wkbPolygon)
        layer.CreateField(ogr.FieldDefn("code", ogr.OFTString))
        for i, key in enumerate(["01100101", "01100102", "01100103", "01100104", "01100105", "01100199"]):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("code", key)
            feature.SetGeometry(
                ogr.CreateGeometryFromWkt(f"POLYGON(({i} 0,{i + 1} 0,{i + 1} 1,{i} 1,{i} 0))")
            )
            layer.CreateFeature(feature)
        dataset = None
    return path


def _run(parameters, feedback=None):
    import processing

    return processing.run("aktionsraeume:jointable", parameters, feedback=feedback)


def test_algorithm_is_registered(aktionsraeume_provider):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("aktionsraeume:jointable")
    assert algorithm is not None
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names[:4] == ["INPUT", "INPUT_KEY", "TABLE", "TABLE_KEY"]
    assert {"SHEET", "ENCODING", "DELIMITER", "DECIMAL", "OUTPUT"} <= set(names)
    assert {o.name() for o in algorithm.outputDefinitions()} >= {
        "OUTPUT",
        "MATCHED",
        "UNMATCHED_FEATURES",
        "UNMATCHED_ROWS",
    }


def test_join_by_processing_run(aktionsraeume_provider, area_gpkg, tmp_path):
    from qgis.core import QgsProcessingFeedback, QgsVectorLayer

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos, self.errors = [], []

        def pushInfo(self, info):
            self.infos.append(info)

        def reportError(self, error, fatalError=False):  # noqa: N803 (QGIS API name)
            self.errors.append(error)

    table = TABLES / "total_row.csv"
    before = (_sha(area_gpkg), _sha(table))
    log = Log()
    output = tmp_path / "joined.gpkg"
    result = _run(
        {
            "INPUT": str(area_gpkg),
            "INPUT_KEY": "code",
            "TABLE": str(table),
            "TABLE_KEY": KEY,
            "OUTPUT": str(output),
        },
        log,
    )
    assert (_sha(area_gpkg), _sha(table)) == before
    assert result["MATCHED"] == 5 and result["UNMATCHED_FEATURES"] == 1 and result["UNMATCHED_ROWS"] == 0
    layer = QgsVectorLayer(result["OUTPUT"], "joined", "ogr")
    assert layer.isValid() and layer.featureCount() == 6
    assert [f["Einwohner"] for f in layer.getFeatures()][:5] == PEOPLE
    assert any("City reference row (row 7): Stadt Dortmund insgesamt" in i for i in log.infos)
    assert any("Features without a table row (1): 01100199" in e for e in log.errors)


def test_read_options_can_be_given(aktionsraeume_provider, area_gpkg, tmp_path):
    from qgis.core import QgsVectorLayer

    result = _run(
        {
            "INPUT": str(area_gpkg),
            "INPUT_KEY": "code",
            "TABLE": str(TABLES / "title_footnotes_two_sheets.xlsx"),
            "TABLE_KEY": KEY,
            "SHEET": "Quartiere 2018",
            "OUTPUT": str(tmp_path / "x.gpkg"),
        }
    )
    assert result["MATCHED"] == 5
    tab = _run(
        {
            "INPUT": str(area_gpkg),
            "INPUT_KEY": "code",
            "TABLE": str(TABLES / "tab_delimited.tsv"),
            "TABLE_KEY": KEY,
            "DELIMITER": "tab",
            "DECIMAL": ",",
            "ENCODING": "utf-8",
            "OUTPUT": str(tmp_path / "y.gpkg"),
        }
    )
    layer = QgsVectorLayer(tab["OUTPUT"], "y", "ogr")
    assert [f["Quote"] for f in layer.getFeatures()][:2] == [12.5, 23.4]


@pytest.mark.parametrize(
    ("table", "key", "words"),
    [
        ("duplicate_keys.csv", KEY, ["duplicate_keys.csv", "'01100102' (rows 3, 7)"]),
        ("binary.csv", KEY, ["binary.csv", "binary"]),
        ("truncated.xlsx", KEY, ["truncated.xlsx", "damaged or truncated"]),
        ("bad_cells.csv", "Kennziffer", ["bad_cells.csv", "no column 'Kennziffer'"]),
    ],
)
def test_bad_input_gives_the_specific_message(aktionsraeume_provider, area_gpkg, tmp_path, table, key, words):
    from qgis.core import QgsProcessingException

    output = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException) as raised:
        _run(
            {
                "INPUT": str(area_gpkg),
                "INPUT_KEY": "code",
                "TABLE": str(TABLES / table),
                "TABLE_KEY": key,
                "OUTPUT": str(output),
            }
        )
    for word in words:
        assert word in str(raised.value)
    assert not output.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["areas.gpkg"]  # no temporary files left


def test_duplicates_with_aggregation(aktionsraeume_provider, area_gpkg, tmp_path):
    from qgis.core import QgsVectorLayer

    result = _run(
        {
            "INPUT": str(area_gpkg),
            "INPUT_KEY": "code",
            "TABLE": str(TABLES / "duplicate_keys.csv"),
            "TABLE_KEY": KEY,
            "AGGREGATE": 2,  # sum
            "OUTPUT": str(tmp_path / "sum.gpkg"),
        }
    )
    layer = QgsVectorLayer(result["OUTPUT"], "sum", "ogr")
    assert [f["Einwohner"] for f in layer.getFeatures()][1] == 2346


def test_keys_can_be_padded_to_a_fixed_width(aktionsraeume_provider, area_gpkg, tmp_path):
    result = _run(
        {
            "INPUT": str(area_gpkg),
            "INPUT_KEY": "code",
            "TABLE": str(TABLES / "total_row.csv"),
            "TABLE_KEY": KEY,
            "KEY_WIDTH": 8,
            "OUTPUT": str(tmp_path / "padded.gpkg"),
        }
    )
    assert result["MATCHED"] == 5 and result["UNMATCHED_FEATURES"] == 1


def test_missing_values_option(aktionsraeume_provider, area_gpkg, tmp_path):
    from qgis.core import QgsProcessingException, QgsVectorLayer

    base = {
        "INPUT": str(area_gpkg),
        "INPUT_KEY": "code",
        "TABLE": str(TABLES / "missing_codes.csv"),
        "TABLE_KEY": KEY,
    }
    automatic = _run({**base, "OUTPUT": str(tmp_path / "a.gpkg")})
    values = {
        f["code"]: f["Wohnfläche"] for f in QgsVectorLayer(automatic["OUTPUT"], "a", "ogr").getFeatures()
    }
    assert values["01100102"] == 99999  # a value among these areas
    named = _run({**base, "MISSING_VALUES": "99999", "OUTPUT": str(tmp_path / "b.gpkg")})
    values = {f["code"]: f["Wohnfläche"] for f in QgsVectorLayer(named["OUTPUT"], "b", "ogr").getFeatures()}
    assert values["01100102"] is None or str(values["01100102"]) == "NULL"
    with pytest.raises(QgsProcessingException) as raised:
        _run({**base, "MISSING_VALUES": "-9999; k.A.", "OUTPUT": str(tmp_path / "c.gpkg")})
    assert "MISSING_VALUES" in str(raised.value) and "'k.A.' is not a number" in str(raised.value)
