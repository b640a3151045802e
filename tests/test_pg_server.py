"""The test server itself: real PostgreSQL with PostGIS, on loopback, reached by QGIS through a service."""

from __future__ import annotations

from qgis.core import QgsVectorLayer


def test_server_runs_postgis_on_loopback_and_qgis_reads_through_the_service(pg_server):
    assert pg_server.sql("SELECT postgis_version()")[0][0].startswith("3.")
    assert pg_server.sql("SHOW listen_addresses") == [["127.0.0.1"]]
    pg_server.sql(
        "CREATE TABLE probe (id integer PRIMARY KEY, geom geometry(Polygon, 25832));"
        "INSERT INTO probe VALUES (1, ST_GeomFromText('POLYGON((0 0,1 0,1 1,0 1,0 0))', 25832))"
    )
    layer = QgsVectorLayer(pg_server.uri("probe", key="id"), "probe", "postgres")
    assert layer.isValid(), layer.dataProvider().error().message()
    assert layer.featureCount() == 1
    assert "password" not in layer.source()
