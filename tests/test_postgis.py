"""PostGIS as source and destination, against the real server of tests/pg_server.py.

The sample "Dortmund 2020" is loaded into the schema ``stadt`` as a GIS department would hold it; the
layers reach QGIS through the libpq service (the connection has a password, the URIs do not).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from qgis.core import QgsProcessingFeedback

from tests.conftest import SAMPLE_DIR as SAMPLE
from tests.pg_server import PASSWORD

SOURCE_TABLES = ["stadtbezirke", "sozialraeume", "quartiere", "sozialraeume_int"]


class _Log(QgsProcessingFeedback):
    """Feedback that keeps every line the algorithm logs."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):
        self.lines.append(info)

    def reportError(self, error, fatalError=False):  # noqa: N803 (QGIS API name)
        self.lines.append(error)


def _checksums(server) -> dict[str, str]:
    return {table: server.checksum(table, "stadt") for table in SOURCE_TABLES}


def _layer(server, table, key="fid", sql=""):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(server.uri(table, "stadt", key=key, sql=sql), table, "postgres")
    assert layer.isValid(), layer.dataProvider().error().message()
    return layer


def _join(parameters):
    import processing

    return processing.run("aktionsraeume:jointable", parameters)


def _destination(prefix: str, table: str) -> str:
    return f'{prefix}service=\'aktionsraeume_test\' table="ergebnisse"."{table}" (geom)'


@pytest.mark.parametrize("prefix", ["postgres://", "postgis:"])
def test_join_writes_a_postgis_table_with_types_and_spatial_index(
    aktionsraeume_provider, pg_sample, prefix, tmp_path, monkeypatch
):
    from qgis.core import (
        Qgis,
        QgsFeatureSource,
        QgsProcessingContext,
        QgsProcessingUtils,
        QgsVectorLayer,
        QgsWkbTypes,
    )

    monkeypatch.chdir(tmp_path)
    before = _checksums(pg_sample)
    table = f"verknuepft_{prefix.strip(':/')}"
    output = _destination(prefix, table)
    result = _join(
        {
            "INPUT": _layer(pg_sample, "sozialraeume"),
            "INPUT_KEY": "sozialraum_nr",
            "TABLE": str(SAMPLE / "indikatoren_sozialraeume_2018.csv"),
            "TABLE_KEY": "Sozialraum-Nr.",
            "OUTPUT": output,
        }
    )
    assert result["OUTPUT"] == output and result["MATCHED"] == 39
    assert list(tmp_path.iterdir()) == [], "nothing may be written beside the working directory"
    assert _checksums(pg_sample) == before
    columns = dict(
        pg_sample.sql(
            "SELECT column_name, data_type FROM information_schema.columns "
            f"WHERE table_schema = 'ergebnisse' AND table_name = '{table}'"
        )
    )
    assert columns["sozialraum_nr"] == "character varying"
    assert columns["Transferleistungsquote in %"] == "double precision"
    assert columns["aktionsraum_basis"] in ("integer", "bigint")
    indexes = pg_sample.sql(
        f"SELECT indexdef FROM pg_indexes WHERE schemaname = 'ergebnisse' AND tablename = '{table}'"
    )
    assert any("USING gist (geom)" in row[0] for row in indexes), indexes
    assert pg_sample.sql(
        f"SELECT count(*) FROM information_schema.tables WHERE table_name LIKE '{table}_tmp_%'"
    ) == [["0"]]
    context = QgsProcessingContext()
    layer = QgsProcessingUtils.mapLayerFromString(output, context)
    if layer is None:  # QGIS 3.22 does not resolve the postgres:// form; the provider URI is the same
        layer = QgsVectorLayer(output.split(":", 1)[1].lstrip("/"), table, "postgres")
    assert layer.isValid() and layer.featureCount() == 39
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    quote = {f["sozialraum_nr"]: f["Transferleistungsquote in %"] for f in layer.getFeatures()}
    assert quote["0102"] == pytest.approx(22.7)
    assert layer.fields().field("Transferleistungsquote in %").typeName().startswith("float8")
    present = (  # Qgis.SpatialIndexPresence from QGIS 3.36 on
        Qgis.SpatialIndexPresence.Present
        if hasattr(Qgis, "SpatialIndexPresence")
        else QgsFeatureSource.SpatialIndexPresence.SpatialIndexPresent
    )
    assert layer.hasSpatialIndex() == present


def test_a_second_join_replaces_the_result_table_only_when_complete(aktionsraeume_provider, pg_sample):
    output = _destination("postgres://", "ersetzt")
    arguments = {
        "INPUT": _layer(pg_sample, "sozialraeume"),
        "INPUT_KEY": "sozialraum_nr",
        "TABLE": str(SAMPLE / "indikatoren_sozialraeume_2018.csv"),
        "TABLE_KEY": "Sozialraum-Nr.",
        "OUTPUT": output,
    }
    _join(arguments)
    first = pg_sample.checksum("ersetzt", "ergebnisse")
    _join(arguments)
    assert pg_sample.checksum("ersetzt", "ergebnisse") == first
    # a view stands where the result should go: the final step fails, the view stays, nothing is left
    pg_sample.sql("CREATE VIEW ergebnisse.im_weg AS SELECT 1 AS x")
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=re.escape('"ergebnisse"."im_weg"')):
        _join({**arguments, "OUTPUT": _destination("postgis:", "im_weg")})
    assert pg_sample.sql("SELECT x FROM ergebnisse.im_weg") == [["1"]]
    assert pg_sample.sql(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'ergebnisse' AND table_name LIKE '%_tmp_%'"
    ) == [["0"]]


def test_the_source_table_is_never_the_destination(aktionsraeume_provider, pg_sample):
    from qgis.core import QgsProcessingException

    before = _checksums(pg_sample)
    with pytest.raises(QgsProcessingException, match="own source table"):
        _join(
            {
                "INPUT": _layer(pg_sample, "sozialraeume"),
                "INPUT_KEY": "sozialraum_nr",
                "TABLE": str(SAMPLE / "indikatoren_sozialraeume_2018.csv"),
                "TABLE_KEY": "Sozialraum-Nr.",
                "OUTPUT": 'postgis:service=\'aktionsraeume_test\' table="stadt"."sozialraeume" (geom)',
            }
        )
    assert _checksums(pg_sample) == before


@pytest.mark.parametrize(
    ("table", "key", "layer_key"),
    [("sozialraeume_int", "fid", "nr"), ("sozialraeume_view", "sozialraum_nr", "sozialraum_nr")],
)
def test_areas_with_integer_keys_and_from_a_view_without_primary_key(
    aktionsraeume_provider, pg_sample, tmp_path, table, key, layer_key
):
    from qgis.core import QgsVectorLayer

    before = _checksums(pg_sample)
    output = tmp_path / "joined.gpkg"
    result = _join(
        {
            "INPUT": _layer(pg_sample, table, key=key),
            "INPUT_KEY": layer_key,
            "TABLE": str(SAMPLE / "indikatoren_sozialraeume_2018.csv"),
            "TABLE_KEY": "Sozialraum-Nr.",
            "OUTPUT": str(output),
        }
    )
    assert result["MATCHED"] == 39 and result["UNMATCHED_FEATURES"] == 0
    layer = QgsVectorLayer(str(output), "joined", "ogr")
    assert layer.featureCount() == 39
    assert _checksums(pg_sample) == before


def test_no_password_in_what_the_join_writes(aktionsraeume_provider, pg_sample, tmp_path):
    from qgis.core import QgsProject

    output = _destination("postgres://", "ohne_passwort")
    _join(
        {
            "INPUT": _layer(pg_sample, "sozialraeume"),
            "INPUT_KEY": "sozialraum_nr",
            "TABLE": str(SAMPLE / "indikatoren_sozialraeume_2018.csv"),
            "TABLE_KEY": "Sozialraum-Nr.",
            "OUTPUT": output,
        }
    )
    project = QgsProject()
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(output[len("postgres://") :], "ohne", "postgres")
    project.addMapLayer(layer)
    path = tmp_path / "projekt.qgs"
    assert project.write(str(path))
    written = "\n".join(p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file())
    assert "aktionsraeume_test" in written
    assert PASSWORD not in written
    assert PASSWORD not in os.environ.get("PGSERVICEFILE", "")


def _check(spaces, quarters, districts, **outputs):
    import processing

    return processing.run(
        "aktionsraeume:checkboundaries",
        {
            "SPACES": spaces,
            "SPACES_KEY": "sozialraum_nr",
            "SPACES_PARENT": "bezirk_nr",
            "QUARTERS": quarters,
            "QUARTERS_KEY": "quartier_nr",
            "QUARTERS_PARENT": "sozialraum_nr",
            "DISTRICTS": districts,
            "DISTRICTS_KEY": "bezirk_nr",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_AREAS": "TEMPORARY_OUTPUT",
            **outputs,
        },
    )


def test_boundary_check_on_postgis_layers_writes_findings_to_postgis(aktionsraeume_provider, pg_sample):
    before = _checksums(pg_sample)
    quarters, districts = _layer(pg_sample, "quartiere"), _layer(pg_sample, "stadtbezirke")
    output = _destination("postgis:", "befunde")
    result = _check(_layer(pg_sample, "sozialraeume"), quarters, districts, OUTPUT=output)
    assert result["FINDINGS"] == 0
    assert pg_sample.sql("SELECT count(*) FROM ergebnisse.befunde") == [["0"]]
    columns = dict(
        pg_sample.sql(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'ergebnisse' AND table_name = 'befunde'"
        )
    )
    assert columns["type"] == "character varying" and columns["area_m2"] == "double precision"
    assert _checksums(pg_sample) == before


def test_boundary_check_sees_what_a_filtered_layer_shows_and_says_so(aktionsraeume_provider, pg_sample):
    from qgis.core import QgsVectorLayer

    spaces = _layer(pg_sample, "sozialraeume", sql="\"bezirk_nr\" <> '01'")
    shown = spaces.featureCount()
    assert 0 < shown < 39
    result = _check(spaces, _layer(pg_sample, "quartiere"), _layer(pg_sample, "stadtbezirke"))
    points = result["OUTPUT"]
    assert isinstance(points, QgsVectorLayer)
    rows = [(f["type"], f["message"]) for f in points.getFeatures()]
    filtered = [message for kind, message in rows if kind == "layer_filtered"]
    assert filtered == [
        f"Space layer has the filter \"bezirk_nr\" <> '01': the check saw the {shown} areas it shows, "
        "not the whole table."
    ]
    # the quarters of district 01 lie in no Sozialraum the layer shows: the check saw the filter's areas only
    outside = [message for kind, message in rows if kind == "not_nested"]
    assert outside and all(message.startswith("Quarter 01") for message in outside), outside


@pytest.mark.parametrize(
    ("table", "key", "sql"),
    [
        ("sozialraeume", "fid", ""),
        ("sozialraeume_view", "sozialraum_nr", ""),
        ("sozialraeume", "fid", "\"bezirk_nr\" = '05'"),
    ],
)
def test_the_postgis_fast_copy_gives_the_provider_copy(pg_sample, table, key, sql, monkeypatch):
    from osgeo import ogr

    from aktionsraeume_plugin.services import join_service
    from aktionsraeume_plugin.services.gdal_scope import gdal_calls
    from aktionsraeume_plugin.services.join_service import snapshot_layer

    copies = []
    copy = join_service.copy_table_to_gpkg
    monkeypatch.setattr(join_service, "copy_table_to_gpkg", lambda *a: copies.append(copy(*a)) or copies[-1])

    layer = _layer(pg_sample, table, key=key, sql=sql)

    def rows(snapshot):
        with gdal_calls():
            dataset = ogr.Open(str(snapshot.path))
            source = dataset.GetLayerByName(snapshot.table)
            names = [
                source.GetLayerDefn().GetFieldDefn(i).GetName()
                for i in range(source.GetLayerDefn().GetFieldCount())
            ]
            result = sorted(
                (tuple(f.GetField(n) for n in names), f.GetGeometryRef().ExportToIsoWkt()) for f in source
            )
        return snapshot.keys and sorted(snapshot.keys), names, result

    fast, slow = snapshot_layer(layer, "sozialraum_nr"), snapshot_layer(layer, "sozialraum_nr", fast=False)
    try:
        assert rows(fast) == rows(slow)
        assert len(fast.keys) == layer.featureCount() == (39 if not sql else 3)
        assert copies == ([] if sql else [True])  # a filtered layer is read through QGIS
    finally:
        fast.discard()
        slow.discard()


def test_a_qgis_authentication_configuration_is_used_and_no_password_is_written(
    aktionsraeume_provider, pg_sample, tmp_path
):
    from qgis.core import (
        QgsApplication,
        QgsAuthMethodConfig,
        QgsProject,
        QgsVectorLayer,
    )

    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("aktionsraeume-test-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("aktionsraeume test server")
    config.setConfig("username", "postgres")
    config.setConfig("password", PASSWORD)
    assert manager.storeAuthenticationConfig(config)[0]
    connection = f"host=127.0.0.1 port={pg_sample.port} dbname=aktionsraeume authcfg={config.id()}"
    try:
        areas = QgsVectorLayer(
            f'{connection} key=\'fid\' table="stadt"."sozialraeume" (geom)', "Sozialräume", "postgres"
        )
        assert areas.isValid(), areas.dataProvider().error().message()

        import processing

        log = _Log()
        output = f'postgres://{connection} table="ergebnisse"."mit_authcfg" (geom)'
        result = processing.run(
            "aktionsraeume:jointable",
            {
                "INPUT": areas,
                "INPUT_KEY": "sozialraum_nr",
                "TABLE": str(SAMPLE / "indikatoren_sozialraeume_2018.csv"),
                "TABLE_KEY": "Sozialraum-Nr.",
                "OUTPUT": output,
            },
            feedback=log,
        )
        assert result["MATCHED"] == 39
        joined = QgsVectorLayer(output[len("postgres://") :], "verknüpft", "postgres")
        assert joined.isValid() and joined.featureCount() == 39
        project = QgsProject()
        project.addMapLayers([areas, joined])
        assert project.write(str(tmp_path / "projekt.qgs"))
        written = (tmp_path / "projekt.qgs").read_text(encoding="utf-8")
        assert f"authcfg={config.id()}" in written
        assert PASSWORD not in written
        assert log.lines and not any(PASSWORD in line for line in log.lines)
        # a failing write names the table, not the credentials
        from qgis.core import QgsProcessingException

        with pytest.raises(QgsProcessingException) as failure:
            processing.run(
                "aktionsraeume:jointable",
                {
                    "INPUT": areas,
                    "INPUT_KEY": "sozialraum_nr",
                    "TABLE": str(SAMPLE / "indikatoren_sozialraeume_2018.csv"),
                    "TABLE_KEY": "Sozialraum-Nr.",
                    "OUTPUT": f'postgres://{connection} table="gibt_es_nicht"."x" (geom)',
                },
            )
        assert '"gibt_es_nicht"."x"' in str(failure.value) and PASSWORD not in str(failure.value)
    finally:
        manager.removeAuthenticationConfig(config.id())


def test_assess_reads_a_joined_postgis_table_and_writes_to_postgis(aktionsraeume_provider, pg_sample):
    import processing
    from qgis.core import QgsVectorLayer

    joined = _destination("postgres://", "fuer_bewertung")
    _join(
        {
            "INPUT": _layer(pg_sample, "sozialraeume"),
            "INPUT_KEY": "sozialraum_nr",
            "TABLE": str(SAMPLE / "indikatoren_sozialraeume_2018.csv"),
            "TABLE_KEY": "Sozialraum-Nr.",
            "OUTPUT": joined,
        }
    )
    layer = QgsVectorLayer(joined[len("postgres://") :], "verknüpft", "postgres")
    before = pg_sample.checksum("fuer_bewertung", "ergebnisse")
    result = processing.run(
        "aktionsraeume:assess",
        {
            "INPUT": layer,
            "CATALOGUE": str(SAMPLE / "katalog.toml"),
            "METHOD": 0,
            "KEY": "sozialraum_nr",
            "REFERENCE_TABLE": str(SAMPLE / "indikatoren_sozialraeume_2018.csv"),
            "OUTPUT": _destination("postgis:", "bewertet"),
        },
    )
    assert result["BELOW_AVERAGE"] > 0
    below = pg_sample.sql("SELECT sozialraum_name FROM ergebnisse.bewertet WHERE bel_avg = 1")
    assert ["Dorstfeld"] in below and ["Bövinghausen/Westrich"] in below
    assert pg_sample.checksum("fuer_bewertung", "ergebnisse") == before


def test_repair_writes_to_postgis_and_never_over_its_source(aktionsraeume_provider, pg_sample):
    import processing
    from qgis.core import QgsProcessingException

    pg_sample.sql(
        "CREATE TABLE ergebnisse.kaputt AS SELECT fid, sozialraum_nr, geom FROM stadt.sozialraeume;"
        "ALTER TABLE ergebnisse.kaputt ADD PRIMARY KEY (fid);"
        "UPDATE ergebnisse.kaputt SET geom = ST_Multi(ST_GeomFromText("
        "'POLYGON((390000 5700000,390100 5700100,390100 5700000,390000 5700100,390000 5700000))', 25832)) "
        "WHERE sozialraum_nr = '0101'"
    )
    from qgis.core import QgsVectorLayer

    source = QgsVectorLayer(pg_sample.uri("kaputt", "ergebnisse", key="fid"), "kaputt", "postgres")
    assert source.isValid()
    source_uri = source.source()
    before = pg_sample.checksum("kaputt", "ergebnisse")
    arguments = {"INPUT": source, "INPUT_KEY": "sozialraum_nr"}
    with pytest.raises(QgsProcessingException, match="own source table"):
        processing.run("aktionsraeume:repairboundaries", {**arguments, "OUTPUT": f"postgres://{source_uri}"})
    result = processing.run(
        "aktionsraeume:repairboundaries", {**arguments, "OUTPUT": _destination("postgis:", "repariert")}
    )
    assert result["CHANGED"] == 1 and result["INVALID_AFTER"] == 0
    assert pg_sample.sql("SELECT count(*) FROM ergebnisse.repariert WHERE NOT ST_IsValid(geom)") == [["0"]]
    assert pg_sample.checksum("kaputt", "ergebnisse") == before


def _text_table(server, path: Path, schema: str, table: str) -> None:
    """The CSV as a PostGIS table without geometry, every column text (as GIS departments often get
    statistics: numbers with decimal comma and thousands points, placeholders, the city total row)."""
    import csv

    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))

    def literal(value: str) -> str:
        return "'" + value.replace("'", "''") + "'"

    columns = ", ".join(f'"{name}" text' for name in rows[0])
    values = ", ".join("(" + ", ".join(literal(v) for v in row) + ")" for row in rows[1:])
    server.sql(f'CREATE TABLE {schema}."{table}" (id serial PRIMARY KEY, {columns});')
    names = ", ".join(f'"{name}"' for name in rows[0])
    server.sql(f'INSERT INTO {schema}."{table}" ({names}) VALUES {values}')


def test_an_indicator_table_in_postgis_joins_as_the_file_does(aktionsraeume_provider, pg_sample, tmp_path):
    from qgis.core import QgsVectorLayer

    csv_path = SAMPLE / "indikatoren_sozialraeume_2018.csv"
    _text_table(pg_sample, csv_path, "stadt", "indikatoren_2018")
    pg_sample.sql(
        "UPDATE stadt.indikatoren_2018 SET \"Arbeitslosenquote in %\" = '.' WHERE \"Sozialraum\" = 'Dorstfeld'"
    )
    before = pg_sample.checksum("indikatoren_2018", "stadt")
    table_uri = "service='aktionsraeume_test' key='id' table=\"stadt\".\"indikatoren_2018\""
    arguments = {
        "INPUT": _layer(pg_sample, "sozialraeume"),
        "INPUT_KEY": "sozialraum_nr",
        "TABLE_KEY": "Sozialraum-Nr.",
    }
    from_database = _join({**arguments, "TABLE": table_uri, "OUTPUT": str(tmp_path / "db.gpkg")})
    from_file = _join({**arguments, "TABLE": str(csv_path), "OUTPUT": str(tmp_path / "file.gpkg")})
    assert from_database["MATCHED"] == from_file["MATCHED"] == 39
    assert from_database["UNMATCHED_ROWS"] == 0  # the city total row is recognised, not joined

    def values(path):
        layer = QgsVectorLayer(str(path), "x", "ogr")
        return {
            f["sozialraum_nr"]: (
                f["Transferleistungsquote in %"],
                f["Einwohner"],
                f["Arbeitslosenquote in %"],
            )
            for f in layer.getFeatures()
        }

    db, file = values(tmp_path / "db.gpkg"), values(tmp_path / "file.gpkg")
    assert db["0102"][:2] == file["0102"][:2] == (pytest.approx(22.7), 24853)
    missing = db["0102"][2]  # the placeholder '.' is a missing value, as in a file
    assert missing is None or missing.isNull()
    assert {k: v for k, v in db.items() if k != "0102"} == {k: v for k, v in file.items() if k != "0102"}
    assert pg_sample.checksum("indikatoren_2018", "stadt") == before


def test_a_password_written_into_a_table_uri_stays_out_of_the_join_report(aktionsraeume_provider, pg_sample):
    import processing

    if pg_sample.sql("SELECT to_regclass('stadt.indikatoren_2018') IS NOT NULL")[0][0] != "t":
        _text_table(pg_sample, SAMPLE / "indikatoren_sozialraeume_2018.csv", "stadt", "indikatoren_2018")
    log = _Log()
    result = processing.run(
        "aktionsraeume:jointable",
        {
            "INPUT": _layer(pg_sample, "sozialraeume"),
            "INPUT_KEY": "sozialraum_nr",
            "TABLE": f"service='aktionsraeume_test' password='{PASSWORD}' key='id' table=\"stadt\".\"indikatoren_2018\"",
            "TABLE_KEY": "Sozialraum-Nr.",
            "OUTPUT": _destination("postgres://", "mit_passwort_in_der_tabelle"),
        },
        feedback=log,
    )
    assert result["MATCHED"] == 39
    assert any("indikatoren_2018" in line for line in log.lines), log.lines
    assert not any(PASSWORD in line for line in log.lines)
