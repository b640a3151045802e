"""Benchmark of the table join with the areas in PostGIS (issue 16).

100,000 polygons read from a PostGIS table (the test server of tests/pg_server.py, started for the run)
× the 100,000-row German CSV of bench_join: our join against ``native:joinattributestable`` on the same
PostGIS layer, the CSV through the delimited-text provider, both writing a GeoPackage, and both
writing a PostGIS table. Goal: ratio ≤ 1.0.
"""

from __future__ import annotations

import os
import shutil

from .bench_join import BENCH_DIR, KEY, POLYGONS, _best_of, _german_csv, _polygons, native_join


def run(report) -> None:
    from qgis.core import QgsVectorLayer

    from aktionsraeume_plugin.services.join_service import JoinRequest, join_layer_with_table
    from tests.pg_server import SERVICE, PgServer

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    polygons = _polygons(BENCH_DIR / "polygons_100k.gpkg")
    table = _german_csv(BENCH_DIR / "table_100k.csv", POLYGONS, seed=1)
    out_dir = BENCH_DIR / "out_postgis"
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir()
    server = PgServer().start()
    os.environ["PGSERVICEFILE"] = str(server.service_file)
    try:
        server.load(polygons, "bench")
        server.sql("CREATE SCHEMA ergebnisse")
        layer = QgsVectorLayer(server.uri("areas", "bench", key="fid"), "areas", "postgres")
        assert layer.isValid() and layer.featureCount() == POLYGONS
        counter = iter(range(100))
        matched = {}

        def destination(kind: str, who: str) -> str:
            if kind == "gpkg":
                return str(out_dir / f"{who}_{next(counter)}.gpkg")
            return f'postgres://service=\'{SERVICE}\' table="ergebnisse"."{who}_{next(counter)}" (geom)'

        for kind in ("gpkg", "postgis"):

            def ours(kind=kind) -> None:
                _, join_report = join_layer_with_table(
                    layer, "key", JoinRequest(table, KEY), destination(kind, "ours")
                )
                matched["ours"] = join_report.matched_features

            def native(kind=kind) -> None:
                matched["native"] = native_join(layer, table, destination(kind, "native"))

            ours_seconds = _best_of(2, ours)
            native_seconds = _best_of(2, native)
            print(
                f"    matched features: ours {matched['ours']:,}, native {matched['native']:,} of {POLYGONS:,}"
            )
            report(
                f"join 100k PostGIS polygons x 100k-row CSV -> {kind}",
                ours_seconds,
                native_seconds,
                "ratio <= 1.0",
            )
    finally:
        os.environ.pop("PGSERVICEFILE", None)
        server.stop()
        shutil.rmtree(out_dir, ignore_errors=True)
