"""Boundary check of 100,000 polygons vs QGIS's native:checkvalidity on the same GeoPackage layer,
and of Dortmund's 170 real Unterbezirke (goal: under a second).

The tessellation is a 316 × 316 grid of 100 m squares (EPSG:25832) with a known number of planted
overlaps (a square reaching 10 m into its right neighbour), gaps (a 20 × 10 m notch in a square's top
edge), holes (a 10 × 10 m hole inside a square) and invalid polygons (a square with a zero-width
spike: self-intersecting, same area). Ours reads the layer through the service (GDAL Arrow), runs
keys, validity, parts, overlaps, gaps and holes with every overlay on the robust path (snap-rounding
retries), and builds the findings layers; every planted problem must be found, and nothing else.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

SIDE = 316  # 99,856 polygons
SIZE = 100.0
PLANTED = 20  # of each kind
PATH = Path("/tmp/aktionsraeume_bench/boundaries_100k.gpkg")
DORTMUND = (
    Path(__file__).resolve().parent.parent
    / "data"
    / "dortmund-statistikatlas"
    / "Statist_UnterbezirkePolygon.geojson"
)


def tessellation() -> tuple[pd.DataFrame, dict[str, set[str]]]:
    """The grid with planted problems, and the keys expected in each kind of finding."""
    cols, rows = np.meshgrid(np.arange(SIDE), np.arange(SIDE))
    x0 = 390_000.0 + cols.ravel() * SIZE
    y0 = 5_700_000.0 + rows.ravel() * SIZE
    geoms = shapely.box(x0, y0, x0 + SIZE, y0 + SIZE)
    keys = [f"{i:06d}" for i in range(len(geoms))]
    # Planted features well apart from each other and from the outer edge.
    sites = [r * SIDE + c for r in range(5, SIDE - 5, 15) for c in range(5, SIDE - 5, 15)][: 4 * PLANTED]
    expected: dict[str, set] = {"overlap": set(), "gap": set(), "hole": set(), "invalid_geometry": set()}
    for n, i in enumerate(sites):
        x, y = x0[i], y0[i]
        if n < PLANTED:
            geoms[i] = shapely.box(x, y, x + SIZE + 10, y + SIZE)
            expected["overlap"].add((keys[i], keys[i + 1]))
        elif n < 2 * PLANTED:
            geoms[i] = shapely.difference(geoms[i], shapely.box(x + 40, y + SIZE - 10, x + 60, y + SIZE))
            expected["gap"].add((keys[i], keys[i + SIDE]))
        elif n < 3 * PLANTED:
            geoms[i] = shapely.difference(geoms[i], shapely.box(x + 40, y + 40, x + 50, y + 50))
            expected["hole"].add((keys[i],))
        else:
            geoms[i] = shapely.Polygon(
                [(x, y), (x + SIZE, y), (x + SIZE, y + SIZE), (x + 50, y + SIZE), (x + 50, y + 50),
                 (x + 50, y + SIZE), (x, y + SIZE)]
            )  # fmt: skip
            expected["invalid_geometry"].add((keys[i],))
    return pd.DataFrame({"sozialraum_nr": keys, "geometry": geoms}), expected


def write_gpkg(frame: pd.DataFrame) -> None:
    """Write the grid with GDAL directly (fast; the benchmark is about reading and checking)."""
    from osgeo import ogr, osr

    PATH.parent.mkdir(parents=True, exist_ok=True)
    PATH.unlink(missing_ok=True)
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(str(PATH))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    layer = dataset.CreateLayer("sozialraeume", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("sozialraum_nr", ogr.OFTString))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for key, wkb in zip(frame["sozialraum_nr"], shapely.to_wkb(frame["geometry"].to_numpy())):
        feature = ogr.Feature(definition)
        feature.SetField("sozialraum_nr", key)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None


def run(report) -> None:
    import processing
    from qgis.core import QgsApplication, QgsVectorLayer

    from aktionsraeume_plugin.services import boundary_service as service

    frame, expected = tessellation()
    write_gpkg(frame)
    layer = QgsVectorLayer(f"{PATH}|layername=sozialraeume", "sozialraeume", "ogr")
    assert layer.isValid() and layer.featureCount() == SIDE * SIDE

    # native:checkvalidity since QGIS 3.28; before, the same algorithm is qgis:checkvalidity.
    registry = QgsApplication.processingRegistry()
    algorithm = (
        "native:checkvalidity" if registry.algorithmById("native:checkvalidity") else "qgis:checkvalidity"
    )

    def native(method: int) -> float:
        start = time.perf_counter()
        result = processing.run(
            algorithm,
            {
                "INPUT_LAYER": layer,
                "METHOD": method,
                "VALID_OUTPUT": "TEMPORARY_OUTPUT",
                "INVALID_OUTPUT": "TEMPORARY_OUTPUT",
                "ERROR_OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
        seconds = time.perf_counter() - start
        if method == 2:  # the QGIS method does not see a zero-width spike as invalid
            assert result["INVALID_COUNT"] == PLANTED, result["INVALID_COUNT"]
        return seconds

    def ours() -> tuple[float, object]:
        start = time.perf_counter()
        job = service.prepare_job(service.LevelSource(layer, "sozialraum_nr"))
        outcome = service.compute(job)
        layers = service.apply(outcome, job)
        return time.perf_counter() - start, layers

    ours()  # warm-up: imports, thread pool
    native_geos = min(native(2) for _ in range(2))
    native_qgis = native(1)
    ours_seconds, result = min((ours() for _ in range(2)), key=lambda pair: pair[0])
    found: dict[str, set] = {}
    for finding in result.report.findings:
        found.setdefault(finding.type, set()).add(finding.keys)
    assert found == expected, {k: (len(found.get(k, ())), len(v)) for k, v in expected.items()}
    assert result.points.featureCount() == 4 * PLANTED
    print(
        f"    planted {PLANTED} overlaps, {PLANTED} gaps, {PLANTED} holes, {PLANTED} invalid: all found, "
        f"nothing else; {algorithm} QGIS method {native_qgis:.3f} s, GEOS method {native_geos:.3f} s"
    )
    report(
        "check boundaries, 100k polygons (validity+overlaps+gaps+holes)",
        ours_seconds,
        native_geos,
        "ours ≤ native:checkvalidity (GEOS) alone",
    )
    real(report, algorithm)


def real(report, algorithm: str) -> None:
    """Dortmund's 170 Unterbezirke as published (WGS 84, 58 invalid): the whole check under a second."""
    import processing
    from qgis.core import QgsVectorLayer

    from aktionsraeume_plugin.services import boundary_service as service

    layer = QgsVectorLayer(str(DORTMUND), "Unterbezirke", "ogr")
    assert layer.isValid() and layer.featureCount() == 170

    def ours() -> tuple[float, object]:
        start = time.perf_counter()
        result = service.check_layers(service.LevelSource(layer, "unbeznr"))
        return time.perf_counter() - start, result

    def native() -> float:
        start = time.perf_counter()
        processing.run(
            algorithm,
            {
                "INPUT_LAYER": layer,
                "METHOD": 2,
                "VALID_OUTPUT": "TEMPORARY_OUTPUT",
                "INVALID_OUTPUT": "TEMPORARY_OUTPUT",
                "ERROR_OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
        return time.perf_counter() - start

    ours()  # warm-up
    seconds, result = min((ours() for _ in range(3)), key=lambda pair: pair[0])
    assert result.report.summary == {"invalid_geometry": 58, "geographic_crs": 1}, result.report.summary
    native_seconds = min(native() for _ in range(3))
    print(
        f"    Dortmund's 170 Unterbezirke: full check {seconds:.3f} s "
        f"({'under' if seconds < 1.0 else 'NOT under'} a second), 58 invalid found"
    )
    report("check boundaries, 170 real Unterbezirke (< 1 s)", seconds, native_seconds, "ours < 1 s")
