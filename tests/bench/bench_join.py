"""Benchmarks of the table join (issue 3).

1. 100,000 polygons (GeoPackage) × a 100,000-row, 10-column CSV whose keys have leading zeros:
   our join (read + join + write a GeoPackage, through the service the Processing algorithm uses)
   against ``native:joinattributestable`` with the CSV loaded through the delimited-text provider.
   Goal: ratio ≤ 1.0. The matched counts are printed too: QGIS reads "00000001" as the integer 1.
2. Reading a 1,000,000-row German CSV (semicolon, decimal comma, thousands point, placeholders)
   with our reader against a bare ``pandas.read_csv`` given the right options. Goal: ratio ≤ 1.5.

Generated data go to build/bench/ (not committed) and are reused on the next run.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import numpy as np
import pandas as pd

BENCH_DIR = Path(__file__).resolve().parents[2] / "build" / "bench"
POLYGONS = 100_000
BIG_ROWS = 1_000_000
KEY = "Schluessel"


def _polygons(path: Path) -> Path:
    """100,000 square polygons in a 1000-column grid with text keys '00000001'... (OGR, one transaction)."""
    if path.exists():
        return path
    from osgeo import ogr, osr

    driver = ogr.GetDriverByName("GPKG")
    part = path.with_suffix(".part.gpkg")
    part.unlink(missing_ok=True)
    dataset = driver.CreateDataSource(str(part))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    layer = dataset.CreateLayer("areas", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("key", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for i in range(POLYGONS):
        x, y = 380000 + (i % 1000) * 20, 5700000 + (i // 1000) * 20
        feature = ogr.Feature(definition)
        feature.SetField(0, f"{i + 1:08d}")
        feature.SetField(1, f"Quartier {i + 1}")
        feature.SetGeometry(
            ogr.CreateGeometryFromWkt(
                f"POLYGON(({x} {y},{x + 20} {y},{x + 20} {y + 20},{x} {y + 20},{x} {y}))"
            )
        )
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None
    part.rename(path)
    return path


def _german_csv(path: Path, rows: int, seed: int) -> Path:
    """A semicolon CSV with decimal comma, keys with leading zeros and a few placeholders."""
    if path.exists():
        return path
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame({KEY: [f"{i + 1:08d}" for i in rng.permutation(rows)]})
    for number in range(1, 10):
        if number % 3 == 0:
            frame[f"Anzahl_{number}"] = rng.integers(0, 5000, rows)
        else:
            frame[f"Quote_{number}"] = np.round(rng.random(rows) * 100, 1)
    for column, placeholder, step in ((frame.columns[1], ".", 997), (frame.columns[2], "-", 1009)):
        text = frame[column].map(lambda v: f"{v:.1f}".replace(".", ","))
        text.iloc[::step] = placeholder
        frame[column] = text
    part = path.with_suffix(".part")
    frame.to_csv(part, sep=";", decimal=",", index=False, encoding="utf-8")
    part.rename(path)
    return path


def _best_of(repeats: int, function) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def native_join(layer, table: Path, output: str) -> int:
    """``native:joinattributestable`` of ``layer`` ("key") with the CSV ``table`` through the delimited-text
    provider, written to ``output``; returns the joined count."""
    import processing
    from qgis.core import QgsVectorLayer

    uri = f"{table.as_uri()}?delimiter=;&decimalPoint=,&detectTypes=yes&geomType=none"
    csv_layer = QgsVectorLayer(uri, "table", "delimitedtext")
    assert csv_layer.isValid()
    result = processing.run(
        "native:joinattributestable",
        {
            "INPUT": layer,
            "FIELD": "key",
            "INPUT_2": csv_layer,
            "FIELD_2": KEY,
            "METHOD": 1,
            "PREFIX": "",
            "OUTPUT": output,
        },
    )
    return result.get("JOINED_COUNT")


def run(report) -> None:
    from qgis.core import QgsVectorLayer

    from aktionsraeume_plugin.core.tables import _PARSER_NA, read_table
    from aktionsraeume_plugin.services.join_service import JoinRequest, join_layer_with_table

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    polygons = _polygons(BENCH_DIR / "polygons_100k.gpkg")
    table = _german_csv(BENCH_DIR / "table_100k.csv", POLYGONS, seed=1)
    out_dir = BENCH_DIR / "out"
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir()

    layer = QgsVectorLayer(f"{polygons}|layername=areas", "areas", "ogr")
    assert layer.isValid(), polygons
    counter = iter(range(100))
    matched = {}

    def ours() -> None:
        _, join_report = join_layer_with_table(
            layer, "key", JoinRequest(table, KEY), out_dir / f"ours_{next(counter)}.gpkg"
        )
        matched["ours"] = join_report.matched_features

    def native() -> None:
        matched["native"] = native_join(layer, table, str(out_dir / f"native_{next(counter)}.gpkg"))

    ours_seconds = _best_of(3, ours)
    native_seconds = _best_of(3, native)
    print(f"    matched features: ours {matched['ours']:,}, native {matched['native']:,} of {POLYGONS:,}")
    report("join 100k polygons x 100k-row CSV -> GPKG", ours_seconds, native_seconds, "ratio <= 1.0")

    big = _german_csv(BENCH_DIR / "table_1m.csv", BIG_ROWS, seed=2)

    def bare() -> None:
        pd.read_csv(
            big,
            sep=";",
            decimal=",",
            thousands=".",
            encoding="utf-8",
            dtype={KEY: str},
            na_values=_PARSER_NA,
            keep_default_na=False,
        )

    ours_read = _best_of(3, lambda: read_table(big, key_column=KEY))
    bare_read = _best_of(3, bare)
    report("read 1M-row German CSV", ours_read, bare_read, "ratio <= 1.5")
    shutil.rmtree(out_dir, ignore_errors=True)
