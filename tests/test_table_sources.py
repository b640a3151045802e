"""Tables from any source QGIS opens (layers, GeoJSON, GeoPackage tables, DBF), the layer's own text
when it is mis-decoded, and outputs that would shorten names; with Dortmund's real published data
(tests/data/dortmund-statistikatlas, see its README)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
DORTMUND = DATA / "dortmund-statistikatlas"
TABLES = DATA / "tables"
AREAS = DORTMUND / "Statist_UnterbezirkePolygon.geojson"


@pytest.fixture()
def jointable(qgis_processing):
    """``aktionsraeume:jointable`` as an algorithm object: independent of the provider registry, which
    test_plugin.py changes when it loads and unloads the plugin."""
    from aktionsraeume_plugin.processing.join_table import JoinTableAlgorithm

    return JoinTableAlgorithm().create()


def _sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class _Log:
    """A Processing feedback that keeps what the algorithm logs."""

    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            def __init__(self, lines):
                super().__init__()
                self.lines = lines

            def pushInfo(self, text):
                self.lines.append(text)

            def reportError(self, text, fatal=False):
                self.lines.append(text)

        self.lines: list[str] = []
        self.feedback = Feedback(self.lines)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _run(algorithm, parameters, log=None):
    import processing

    return processing.run(algorithm, parameters, feedback=log.feedback if log else None)


@pytest.mark.parametrize(
    ("table", "key", "name_field"),
    [("do_data2018.geojson", "Nummer", "Name"), ("do_data2024.geojson", "Schlüssel", "Namen")],
)
def test_dortmund_indicators_join_all_170_unterbezirke(jointable, tmp_path, table, key, name_field):
    from qgis.core import QgsVectorLayer

    sources = {p: _sha(p) for p in (AREAS, DORTMUND / table)}
    log = _Log()
    result = _run(
        jointable,
        {
            "INPUT": str(AREAS),
            "INPUT_KEY": "unbeznr",
            "TABLE": str(DORTMUND / table),
            "TABLE_KEY": key,
            "OUTPUT": str(tmp_path / "joined.gpkg"),
        },
        log,
    )
    assert result["MATCHED"] == 170
    assert result["UNMATCHED_FEATURES"] == 0 and result["UNMATCHED_ROWS"] == 0
    joined = QgsVectorLayer(result["OUTPUT"], "joined", "ogr")
    names = {f["unbeznr"]: f[name_field] for f in joined.getFeatures()}
    assert names["710"] == "Bövinghausen"  # the table's names decoded right
    assert names["535"] and "�" not in "".join(names.values())
    transfer = {f["unbeznr"]: f["transfer_payment_pct"] for f in joined.getFeatures()}
    assert transfer["710"] == pytest.approx(25.6 if table == "do_data2018.geojson" else 24.1)
    # the area layer is Latin-1 GeoJSON read as UTF-8: said so, with the likely encoding and a way out
    assert "field 'bezeichnun': the text looks wrongly decoded ('B�VINGHAUSEN')" in log.text
    assert "ISO-8859-1" in log.text and "save it as UTF-8" in log.text
    assert {p: _sha(p) for p in sources} == sources


def test_a_project_layer_is_a_table(jointable, tmp_path):
    from qgis.core import QgsProject, QgsVectorLayer

    table = QgsVectorLayer(str(DORTMUND / "do_data2024.geojson"), "Indikatoren 2024", "ogr")
    table.setSubsetString("\"Schlüssel\" LIKE '7%'")  # the filter applies: Lütgendortmund only
    QgsProject.instance().addMapLayer(table)
    try:
        for reference in (table.id(), "Indikatoren 2024"):
            result = _run(
                jointable,
                {
                    "INPUT": str(AREAS),
                    "INPUT_KEY": "unbeznr",
                    "TABLE": reference,
                    "TABLE_KEY": "Schlüssel",
                    "OUTPUT": str(tmp_path / f"joined_{len(reference)}.gpkg"),
                },
            )
            expected = sum(1 for f in table.getFeatures())
            assert 0 < expected < 170
            assert result["MATCHED"] == expected and result["UNMATCHED_ROWS"] == 0
    finally:
        QgsProject.instance().removeMapLayer(table.id())


def _gpkg_table_and_dbf(tmp_path) -> tuple[Path, Path]:
    """The corpus rows as a GeoPackage attribute table (numbers stored as text) and as a DBF."""
    from osgeo import ogr

    rows = [
        ("01100101", "Innenstadt-West 1", "1.234", "12,5"),
        ("01100102", "Dorstfeld", "2.345", "."),
        ("01100103", "Bövinghausen", "3.456", "21,7"),
        ("", "Stadt Dortmund insgesamt", "17.280", "16,5"),
    ]
    made = []
    for driver, name in (("GPKG", "tabelle.gpkg"), ("ESRI Shapefile", "tabelle.dbf")):
        path = tmp_path / name
        dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
        layer = dataset.CreateLayer("tabelle", None, ogr.wkbNone)
        for field in ("Schluessel", "Name", "Einwohner", "Quote"):
            layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
        for values in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for index, value in enumerate(values):
                feature.SetField(index, value)
            layer.CreateFeature(feature)
        dataset = None
        made.append(path)
    return made[0], made[1]


def test_geopackage_table_and_dbf_follow_the_reading_rules(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer

    from aktionsraeume_plugin.services.table_layers import find_table_layer, layer_table

    for path in _gpkg_table_and_dbf(tmp_path):
        layer = find_table_layer(str(path))
        assert isinstance(layer, QgsVectorLayer) and layer.isValid()
        table = layer_table(layer).read("Schluessel")
        frame = table.frame
        assert frame["Schluessel"].tolist() == ["01100101", "01100102", "01100103"]
        assert frame["Einwohner"].tolist() == [1234, 2345, 3456]  # numbers stored as text, German
        assert frame["Quote"].tolist()[0] == pytest.approx(12.5)
        assert frame["Quote"].isna().tolist() == [False, True, False]  # placeholder "."
        assert table.total_row is not None and table.total_row["Name"] == "Stadt Dortmund insgesamt"
    assert find_table_layer(str(TABLES / "total_row.csv")) is None  # files of our own reader


def _cp1252_shapefile(folder: Path) -> Path:
    """Polygons whose DBF is Windows-1252 without a .cpg: QGIS reads the names as UTF-8."""
    from osgeo import gdal, ogr

    path = folder / "bezirke.shp"
    # QGIS sets SHAPE_ENCODING="" for the whole process once it opened a Shapefile (it decodes DBF
    # text itself); GDAL then writes text unconverted. Name the encoding for this write only.
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", "CP1252")
    try:
        dataset = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(path))
        layer = dataset.CreateLayer("bezirke", None, ogr.wkbPolygon, options=["ENCODING=CP1252"])
        layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
        for i, name in enumerate(["Hörde", "Dorstfeld"]):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("name", name)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({i} 0,{i + 1} 0,{i + 1} 1,{i} 0))"))
            layer.CreateFeature(feature)
        dataset = None
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)
    assert b"H\xf6rde" in path.with_suffix(".dbf").read_bytes()
    path.with_suffix(".cpg").unlink(missing_ok=True)
    return path


def _cp1252_geojson(folder: Path) -> Path:
    """Polygons in a GeoJSON written in Windows-1252 (GeoJSON is read as UTF-8: 'H\ufffdrde')."""
    path = folder / "bezirke.geojson"
    features = [
        {
            "type": "Feature",
            "properties": {"name": name},
            "geometry": {"type": "Polygon", "coordinates": [[[i, 0], [i + 1, 0], [i + 1, 1], [i, 0]]]},
        }
        for i, name in enumerate(["Hörde", "Dorstfeld"])
    ]
    text = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
    path.write_bytes(text.encode("cp1252"))
    return path


@pytest.mark.parametrize(
    ("make", "hint"),
    [
        ("geojson", "bezirke.geojson is probably encoded in ISO-8859-1 (Latin-1) / Windows-1252"),
        ("shapefile", "bezirke.dbf is probably encoded in ISO-8859-1 (Latin-1) / Windows-1252"),
    ],
)
def test_misdecoded_layer_names_are_reported_with_the_likely_encoding(jointable, tmp_path, make, hint):
    table = tmp_path / "namen.csv"
    table.write_text("Stadtteil;Einwohner\nHörde;1\nDorstfeld;2\n", encoding="utf-8")
    layer = (_cp1252_geojson if make == "geojson" else _cp1252_shapefile)(tmp_path)
    sources = {p: _sha(p) for p in (layer, table)}
    log = _Log()
    result = _run(
        jointable,
        {
            "INPUT": str(layer),
            "INPUT_KEY": "name",
            "TABLE": str(table),
            "TABLE_KEY": "Stadtteil",
            "OUTPUT": str(tmp_path / "out.gpkg"),
        },
        log,
    )
    assert result["MATCHED"] == 1  # "H\ufffdrde" cannot match: the report must say why
    assert "field 'name': the text looks wrongly decoded ('H\ufffdrde')" in log.text
    assert hint in log.text
    assert {p: _sha(p) for p in sources} == sources


def test_shapefile_encoding_hint_names_the_encoding_and_the_cpg_file(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer

    from aktionsraeume_plugin.services.table_layers import text_encoding_hint

    hint = text_encoding_hint(QgsVectorLayer(str(_cp1252_shapefile(tmp_path)), "bezirke", "ogr"))
    assert "bezirke.dbf is probably encoded in ISO-8859-1 (Latin-1) / Windows-1252" in hint
    assert "Data source encoding" in hint and "bezirke.cpg" in hint and "'1252'" in hint


def test_shapefile_output_that_cuts_names_prints_the_mapping(jointable, tmp_path):
    from qgis.core import QgsVectorLayer

    shapefile = _cp1252_shapefile(tmp_path)
    table = tmp_path / "quoten.csv"
    table.write_text(
        "name;Transferleistungsquote 2019;Transferleistungsquote 2020\nDorstfeld;1,5;2,5\n", encoding="utf-8"
    )
    output = tmp_path / "out.shp"
    log = _Log()
    _run(
        jointable,
        {
            "INPUT": str(shapefile),
            "INPUT_KEY": "name",
            "TABLE": str(table),
            "TABLE_KEY": "name",
            "OUTPUT": str(output),
        },
        log,
    )
    fields = QgsVectorLayer(str(output), "out", "ogr").fields().names()
    assert len(fields) == len(set(fields)) == 3 and all(len(f) <= 10 for f in fields)
    line = next(line for line in log.lines if line.startswith("Field names cut by the output format"))
    assert "write a GeoPackage to keep them" in line
    assert (
        f"'Transferleistungsquote 2019' → '{fields[1]}', 'Transferleistungsquote 2020' → '{fields[2]}'"
        in line
    )
    dorstfeld = next(
        f for f in QgsVectorLayer(str(output), "out", "ogr").getFeatures() if f["name"] == "Dorstfeld"
    )
    assert (dorstfeld[fields[1]], dorstfeld[fields[2]]) == (1.5, 2.5)  # told apart
    # the full names come back as aliases whenever QGIS loads the file (its default style beside it)
    reloaded = QgsVectorLayer(str(output), "out", "ogr")
    assert [reloaded.attributeDisplayName(i) for i in (1, 2)] == [
        "Transferleistungsquote 2019",
        "Transferleistungsquote 2020",
    ]
