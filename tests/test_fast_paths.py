"""Reading and writing past QGIS's data provider gives exactly the provider's result, or is not taken.

Two fast paths: the join copies a GeoPackage table as a database and fills the joined columns with
SQL (``services/join_service.py``); the boundary check reads OGR files through GDAL's Arrow stream
(``services/boundary_service.py``). Each is compared with the provider path on generated layers,
and each must step aside for what it cannot honour: subset strings, selected features, unsaved
edits, expression fields.
"""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from aktionsraeume_plugin.services import boundary_service
from aktionsraeume_plugin.services.join_service import (
    JoinRequest,
    compute_join,
    snapshot_layer,
    write_join,
)
from aktionsraeume_plugin.services.layers import (
    LayerError,
    field_for_series,
    layer_to_frame,
    open_gpkg_layer,
    stored_layer,
    write_layers_to_gpkg,
)

ETRS = QgsCoordinateReferenceSystem("EPSG:25832")
X0, Y0 = 390_000.0, 5_710_000.0

# --- generated layers ---------------------------------------------------------------------------

# Keys that normalise to themselves (a letter first: no leading-zero or number forms to merge).
keys = st.text(alphabet="0123456789bÄ", min_size=1, max_size=3).map(lambda k: "K" + k)
texts = st.none() | st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=8)
features = st.fixed_dictionaries(
    {
        "key": st.none() | keys,
        "zahl": st.none() | st.integers(-(2**40), 2**40),
        "wert": st.none() | st.floats(-1e9, 1e9, allow_nan=False),
        "name": texts,
        "box": st.none()
        | st.tuples(st.integers(0, 5000), st.integers(0, 5000), st.integers(1, 800), st.integers(1, 800)),
    }
)


@st.composite
def layer_specs(draw):
    rows = draw(st.lists(features, min_size=0, max_size=12))
    deleted = draw(st.sets(st.integers(0, max(len(rows) - 1, 0)), max_size=len(rows) // 2)) if rows else set()
    other_table = draw(st.booleans())
    present = sorted({r["key"] for r in rows if r["key"] is not None})
    matched = draw(st.lists(st.sampled_from(present), unique=True)) if present else []
    unmatched = draw(st.lists(keys.filter(lambda k: k not in present), max_size=3, unique=True))
    values = draw(st.lists(st.none() | st.floats(0, 1e6, allow_nan=False), min_size=len(matched) + len(unmatched),
                           max_size=len(matched) + len(unmatched)))  # fmt: skip
    table = list(zip(matched + unmatched, values))
    return rows, deleted, other_table, table


def _memory_layer(rows) -> QgsVectorLayer:
    layer = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:25832&field=key:string&field=zahl:long&field=wert:double&field=name:string",
        "quelle",
        "memory",
    )
    added = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([row["key"], row["zahl"], row["wert"], row["name"]])
        if row["box"] is not None:
            x, y, w, h = row["box"]
            feature.setGeometry(QgsGeometry.fromWkt(shapely.box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h).wkt))
        added.append(feature)
    assert layer.dataProvider().addFeatures(added)
    return layer


def _source_gpkg(folder: Path, rows, deleted, other_table: bool) -> QgsVectorLayer:
    """The generated features as table ``flaechen`` of a GeoPackage (fid gaps where rows were deleted)."""
    path = folder / "quelle.gpkg"
    tables = [(_memory_layer(rows), "flaechen")]
    if other_table:
        tables.insert(0, (_memory_layer(rows[:2]), "andere"))
    write_layers_to_gpkg(tables, path)
    layer = open_gpkg_layer(path, "flaechen")
    if deleted:
        fids = sorted(f.id() for f in layer.getFeatures())
        assert layer.dataProvider().deleteFeatures([fids[i] for i in deleted if i < len(fids)])
    return open_gpkg_layer(path, "flaechen")


def _source_shapefile(folder: Path, rows, deleted) -> QgsVectorLayer:
    """The generated features as a Shapefile, written by QGIS (deleted rows left out)."""
    kept = [row for number, row in enumerate(rows) if number not in deleted]
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    options.fileEncoding = "UTF-8"
    path = folder / "quelle.shp"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        _memory_layer(kept), str(path), QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    layer = QgsVectorLayer(str(path), "quelle", "ogr")
    assert layer.isValid()
    return layer


def _table_csv(folder: Path, table) -> Path:
    path = folder / "tabelle.csv"
    lines = ["Schlüssel;Anteil in %", "ZZZ;1"]  # at least one row; it matches no feature
    for key, value in table:
        lines.append(f"{key};{'' if value is None else str(value).replace('.', ',')}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _provider_reference(layer, computation, path: Path) -> QgsVectorLayer:
    """What the provider makes: QGIS's writer copies the layer, the provider adds and fills the columns."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "referenz"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    reference = open_gpkg_layer(path, "referenz")
    columns = computation.columns
    provider = reference.dataProvider()
    assert provider.addAttributes([field_for_series(str(c), columns[c]) for c in columns.columns])
    reference.updateFields()
    indices = [reference.fields().indexFromName(str(c)) for c in columns.columns]
    changes = {}
    for fid, row in zip(computation.snapshot.fids, columns.itertuples(index=False, name=None)):
        # numpy scalars (an all-whole column is int64) must become Python values, or QGIS stores NULL
        values = [value.item() if hasattr(value, "item") else value for value in row]
        changes[fid] = {
            index: (None if value is None or (isinstance(value, float) and math.isnan(value)) else value)
            for index, value in zip(indices, values)
        }
    assert provider.changeAttributeValues(changes)
    return open_gpkg_layer(path, "referenz")


def _content(layer: QgsVectorLayer):
    """Field names and types, and every feature's fid, attributes and geometry, in fid order."""
    fields = [(f.name(), f.type()) for f in layer.fields()]
    rows = []
    for feature in layer.getFeatures(QgsFeatureRequest().addOrderBy("fid")):
        geometry = feature.geometry()
        attributes = [
            None if v is None or (isinstance(v, QVariant) and v.isNull()) else v for v in feature.attributes()
        ]
        rows.append((feature.id(), attributes, None if geometry.isNull() else geometry.asWkt(3)))
    return fields, rows


def _assert_spatial_index_finds_every_feature(layer: QgsVectorLayer) -> None:
    assert layer.hasSpatialIndex() == QgsFeatureSource.SpatialIndexPresence.SpatialIndexPresent
    for feature in layer.getFeatures():
        if feature.geometry().isNull():
            continue
        rectangle = feature.geometry().boundingBox()
        found = {f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(rectangle))}
        assert feature.id() in found, (feature.id(), rectangle.toString())


def _join(layer, table_path: Path, output: Path, fast: bool = True, layer_name=None, **snapshot_options):
    snapshot = snapshot_layer(layer, "key", work_dir=output.parent, fast=fast, **snapshot_options)
    table = snapshot.table
    computation = compute_join(snapshot, JoinRequest(table_path, "Schlüssel"))
    write_join(computation, output, layer_name)
    return open_gpkg_layer(output, layer_name or output.stem), computation, table


# --- the join's GeoPackage copy -----------------------------------------------------------------


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layer_specs())
def test_the_join_fast_path_gives_the_provider_result(qgis_app, spec):
    rows, deleted, other_table, table = spec
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        layer = _source_gpkg(folder, rows, deleted, other_table)
        table_path = _table_csv(folder, table)
        fast, computation, fast_table = _join(layer, table_path, folder / "schnell.gpkg")
        assert fast_table == "flaechen"  # the fast path was taken
        slow, _computation, slow_table = _join(layer, table_path, folder / "langsam.gpkg", fast=False)
        assert slow_table != "flaechen"  # the writer's path
        # and added as a second layer to an existing GeoPackage (GDAL copies it there)
        added, _computation, _table = _join(layer, table_path, folder / "schnell.gpkg", layer_name="zweite")
        reference = _provider_reference(layer, computation, folder / "referenz.gpkg")
        for result in (fast, slow, added):
            assert _content(result) == _content(reference)
            _assert_spatial_index_finds_every_feature(result)
            assert [f["key"] for f in result.getFeatures()] == [f["key"] for f in layer.getFeatures()]
        del fast, slow, added, reference, layer


def _sample_layer(folder: Path) -> QgsVectorLayer:
    rows = [
        {"key": f"0{i}", "zahl": i, "wert": i / 2, "name": f"Fläche {i}", "box": (i * 100, 0, 90, 90)}
        for i in range(1, 7)
    ]
    return _source_gpkg(folder, rows, set(), True)


def _keys(layer) -> list:
    return sorted(f["key"] for f in layer.getFeatures())


def test_a_subset_string_is_honoured_not_read_past(qgis_app, tmp_path):
    layer = _sample_layer(tmp_path)
    layer.setSubsetString('"zahl" > 3')
    assert stored_layer(layer) is None
    joined, _computation, table = _join(layer, _table_csv(tmp_path, [("04", 1.0)]), tmp_path / "out.gpkg")
    assert table != "flaechen"
    assert _keys(joined) == ["04", "05", "06"]
    assert boundary_service._read_with_ogr(layer, ["key"]) is None
    level = boundary_service.read_level(boundary_service.LevelSource(layer, "key"), "spaces", "space", ETRS)
    assert sorted(level.keys) == ["04", "05", "06"]


def test_unsaved_edits_are_honoured_not_read_past(qgis_app, tmp_path):
    layer = _sample_layer(tmp_path)
    assert layer.startEditing()
    first = next(layer.getFeatures())
    assert layer.changeAttributeValue(first.id(), layer.fields().indexFromName("key"), "99")
    assert layer.deleteFeature(sorted(f.id() for f in layer.getFeatures())[-1])
    assert stored_layer(layer) is None
    joined, _computation, _table = _join(layer, _table_csv(tmp_path, [("99", 1.0)]), tmp_path / "out.gpkg")
    assert _keys(joined) == ["02", "03", "04", "05", "99"]
    assert [f["Anteil in %"] for f in joined.getFeatures() if f["key"] == "99"] == [1.0]
    level = boundary_service.read_level(boundary_service.LevelSource(layer, "key"), "spaces", "space", ETRS)
    assert sorted(level.keys) == ["02", "03", "04", "05", "99"]
    layer.rollBack()


def test_selected_features_only_are_honoured_not_read_past(qgis_app, tmp_path):
    layer = _sample_layer(tmp_path)
    layer.selectByIds([f.id() for f in layer.getFeatures() if f["key"] in ("02", "05")])
    # A selection alone changes nothing (the provider's writer also takes every feature) ...
    assert stored_layer(layer) is not None
    whole, _computation, table = _join(layer, _table_csv(tmp_path, []), tmp_path / "alle.gpkg")
    assert table == "flaechen" and len(_keys(whole)) == 6
    # ... asking for the selected features leaves the fast path.
    assert stored_layer(layer, selected_only=True) is None
    chosen, _computation, table = _join(
        layer, _table_csv(tmp_path, []), tmp_path / "auswahl.gpkg", selected_only=True
    )
    assert table != "flaechen" and _keys(chosen) == ["02", "05"]


def test_expression_fields_are_honoured_not_read_past(qgis_app, tmp_path):
    layer = _sample_layer(tmp_path)
    layer.addExpressionField("'K' || \"key\"", field_for_series("kennung", pd.Series(["text"])))
    assert stored_layer(layer) is None
    snapshot = snapshot_layer(layer, "kennung", work_dir=tmp_path)
    computation = compute_join(snapshot, JoinRequest(_table_csv(tmp_path, [("K03", 2.0)]), "Schlüssel"))
    write_join(computation, tmp_path / "out.gpkg")
    joined = open_gpkg_layer(tmp_path / "out.gpkg", "out")
    assert [f["Anteil in %"] for f in joined.getFeatures() if f["kennung"] == "K03"] == [2.0]
    assert boundary_service._read_with_ogr(layer, ["kennung"]) is None
    level = boundary_service.read_level(
        boundary_service.LevelSource(layer, "kennung"), "spaces", "space", ETRS
    )
    assert sorted(level.keys) == [f"K0{i}" for i in range(1, 7)]


# --- the boundary check's Arrow read ------------------------------------------------------------


def _plain_frame(frame, fields):
    rows = []
    for row in frame.sort_values("fid").itertuples(index=False):
        values = row._asdict()
        geometry = values["geometry"]
        rows.append(
            (
                int(values["fid"]),
                [values[f] for f in fields],
                None if geometry is None else shapely.to_wkb(geometry, hex=True),
            )
        )
    return rows


@pytest.mark.parametrize("kind", ["gpkg", "shp"])
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=layer_specs())
def test_the_arrow_read_gives_the_provider_result(qgis_app, kind, spec):
    rows, deleted, other_table, _table = spec
    fields = ["key", "zahl", "wert", "name"]
    with tempfile.TemporaryDirectory() as folder:
        if kind == "gpkg":
            layer = _source_gpkg(Path(folder), rows, deleted, other_table)
        else:
            layer = _source_shapefile(Path(folder), rows, deleted)
        fast = boundary_service._read_with_ogr(layer, fields)
        assert fast is not None  # the fast path was taken
        provider = layer_to_frame(layer, fields)
        assert _plain_frame(fast, fields) == _plain_frame(provider, fields)
        del layer


def test_a_trigger_needing_a_spatial_function_makes_the_join_fail_clearly(qgis_app, tmp_path):
    # The SQL update of the joined columns cannot run SpatiaLite functions; a trigger that would call
    # one on every update must stop the join with a message, not leave a half-filled layer.
    import sqlite3

    layer = _sample_layer(tmp_path)
    source = tmp_path / "quelle.gpkg"
    connection = sqlite3.connect(source)
    with connection:
        connection.execute(
            "CREATE TRIGGER pruefen AFTER UPDATE ON flaechen BEGIN SELECT ST_IsEmpty(NEW.geom); END"
        )
    connection.close()
    output = tmp_path / "out.gpkg"
    output.write_bytes(b"previous")
    snapshot = snapshot_layer(layer, "key", work_dir=tmp_path)
    assert snapshot.table == "flaechen"  # the fast copy, trigger included
    computation = compute_join(snapshot, JoinRequest(_table_csv(tmp_path, [("04", 1.0)]), "Schlüssel"))
    with pytest.raises(LayerError, match=r"Could not write the joined layer to .*out\.gpkg"):
        write_join(computation, output)
    assert output.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.gpkg", "quelle.gpkg", "tabelle.csv"]
