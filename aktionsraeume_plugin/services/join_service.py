"""Joining an indicator table to a QGIS layer: a new GeoPackage layer and a join report.

The work is split so that the dock panel can run the long part in a ``QgsTask`` (design.md §6):

1. :func:`snapshot_layer` (main thread) copies the layer's features — any provider, its subset
   filter and unsaved edits included — into a temporary GeoPackage with QGIS's own C++ writer,
   and returns plain data (the temporary file, the key values in feature order, the field names);
2. :func:`compute_join` (any thread, no QGIS object) reads the table and joins it in pandas;
3. :func:`write_join` (any thread, files only) adds the table's columns to the temporary
   GeoPackage in one SQLite transaction and moves it into place; an existing file at the output
   is replaced only when everything succeeded;
4. :func:`load_joined_layer` (main thread) opens the result as a layer.

:func:`join_layer_with_table` runs all four in a row. The output of one join is an ordinary layer,
so several tables are joined in turn by passing it as the input of the next join. The source layer
and the table file are only read.
"""

from __future__ import annotations

import math
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import pandas as pd
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.atomic_write import replacing
from ..core.encodings import misdecoding
from ..core.join import JoinReport, join_table
from ..core.keys import suggest_key_pair
from ..core.tables import DEFAULT_TOTAL_LABELS, TableError, read_table
from .database import (
    copy_table_to_gpkg,
    database_destination,
    database_table,
    open_destination_layer,
    table_label,
    write_to_database,
)
from .gdal_scope import gdal_calls
from .layers import LayerError, StoredLayer, file_error, layer_to_frame, open_gpkg_layer, stored_layer
from .messages import render
from .table_layers import LayerTable, text_encoding_hint


def report_lines(report: JoinReport) -> list[tuple[str, str]]:
    """The join report as (level, text) lines in the user's language; level is "info" or "problem"."""
    return [(level, render(message)) for level, message in report.messages()]


def report_text(report: JoinReport) -> str:
    """The join report as text in the user's language, one finding per line."""
    return "\n".join(text for _, text in report_lines(report))


def save_report(report: JoinReport, path: str | Path) -> Path:
    """Save the report as JSON (``.json``), CSV (``.csv``) or text in the user's language (else)."""
    return report.save(path, report_text(report))


@dataclass
class LayerSnapshot:
    """A copy of a layer's features in a temporary GeoPackage, and its keys as plain data."""

    path: Path  # the temporary GeoPackage (deleted by write_join or discard)
    table: str
    fid_column: str
    geometry_column: str | None
    field_names: list[str]
    key_field: str
    fids: list[int]
    keys: list
    source_name: str
    text_warning: str = ""  # the layer's own text looks mis-decoded: what and how to fix it
    #: ``(source, provider)`` of the layer copied: a database output must not replace it.
    source: tuple[str, str] = ("", "")

    def discard(self) -> None:
        """Delete the temporary copy (after a failure or cancellation)."""
        shutil.rmtree(self.path.parent, ignore_errors=True)


@dataclass
class JoinRequest:
    """What to join: the table file, its key column and how to read and combine it."""

    table_path: str | Path
    table_key: str
    sheet: str | int | None = None
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    thousands: str | None = None
    total_labels: Sequence[str] = DEFAULT_TOTAL_LABELS
    pad_width: int | None = None
    aggregate: str | None = None
    table_layer: LayerTable | None = None  # a layer's attributes as the table (table_path unused)
    missing_values: Sequence[float] | None = None  # codes for "no value"; None: the usual ones where apart

    def reading_options(self) -> dict[str, Any]:
        """The options of :func:`core.tables.read_table` this request carries, under its names."""
        return {name: getattr(self, name) for name in _READING_OPTIONS}


#: The fields of :class:`JoinRequest` that are options of ``read_table`` under the same name.
_READING_OPTIONS = (
    "sheet",
    "encoding",
    "delimiter",
    "decimal",
    "thousands",
    "total_labels",
    "missing_values",
)


@dataclass
class JoinComputation:
    """The joined columns (one row per snapshot feature, in fid order) and the report."""

    snapshot: LayerSnapshot
    columns: pd.DataFrame
    report: JoinReport


def snapshot_layer(
    layer: QgsVectorLayer,
    key_field: str,
    work_dir: str | Path | None = None,
    selected_only: bool = False,
    fast: bool = True,
    spatial_index: bool = True,
) -> LayerSnapshot:
    """Copy ``layer``'s features into a temporary GeoPackage under ``work_dir`` (main thread).

    ``spatial_index``: false when the result goes to a database (which gets its own index), so that
    the fast copy of a PostGIS table skips the GeoPackage's R-tree.

    Put ``work_dir`` on the file system of the output so the result can be renamed into place.
    ``selected_only`` copies only the selected features. A GeoPackage layer that shows exactly its
    stored table (:func:`.layers.stored_layer`) is copied as a database; every other layer, and any
    layer when ``fast`` is false, through QGIS's writer, which honours filters, selections, unsaved
    edits and expression or joined fields. Both give the same snapshot.
    Raises :class:`LayerError` when the layer is invalid, lacks ``key_field`` or cannot be copied.
    """
    if layer is None or not layer.isValid():
        raise LayerError(
            QCoreApplication.translate("JoinService", "The layer '{name}' is not valid.").format(
                name=layer.name() if layer else "?"
            )
        )
    if layer.fields().indexFromName(key_field) < 0:
        names = ", ".join(f"'{f.name()}'" for f in layer.fields())
        raise LayerError(
            QCoreApplication.translate(
                "JoinService", "The layer '{name}' has no field '{field}'; its fields are {names}."
            ).format(name=layer.name(), field=key_field, names=names)
        )
    if work_dir is not None:
        Path(work_dir).mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".aktionsraeume-join-", dir=work_dir))
    path = folder / "snapshot.gpkg"
    stored = stored_layer(layer, selected_only) if fast else None
    database = database_table(layer, selected_only) if fast else None
    if stored is not None and layer.dataProvider().storageType().upper() == "GPKG":
        table = _copy_geopackage_layer(stored, path)
    elif database is not None and copy_table_to_gpkg(database, path, "joined", spatial_index):
        table = "joined"
    else:
        table = None
    if table is None:
        table = "joined"
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table
        options.fileEncoding = "UTF-8"
        options.onlySelectedFeatures = selected_only
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        # V3 from QGIS 3.20 on (V2 is deprecated there); same first two results
        write = getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None) or (
            QgsVectorFileWriter.writeAsVectorFormatV2
        )
        result = write(layer, str(path), QgsCoordinateTransformContext(), options)
        if result[0] != QgsVectorFileWriter.WriterError.NoError:
            shutil.rmtree(folder, ignore_errors=True)
            raise LayerError(
                QCoreApplication.translate(
                    "JoinService", "Could not copy the layer '{name}': {message}"
                ).format(name=layer.name(), message=result[1])
            )
    try:
        with sqlite3.connect(str(path)) as connection:
            fid_column, columns = _table_columns(connection, table)
            geometry = connection.execute(
                "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (table,)
            ).fetchone()
            geometry_column = geometry[0] if geometry else None
            stored_key = next((c for c in columns if c == key_field), None) or next(
                (c for c in columns if c.casefold() == key_field.casefold()), None
            )
            if stored_key is None:
                raise LayerError(
                    QCoreApplication.translate(
                        "JoinService", "The key field '{field}' of layer '{name}' could not be copied."
                    ).format(field=key_field, name=layer.name())
                )
            rows = connection.execute(
                f"SELECT {_quote(fid_column)}, {_quote(stored_key)} FROM {_quote(table)} ORDER BY 1"
            ).fetchall()
            suspicious = _misdecoded_text(connection, table, stored_key)
        connection.close()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    text_warning = ""
    if suspicious:
        field_name, example = suspicious
        text_warning = (
            QCoreApplication.translate(
                "JoinService",
                "The layer '{name}', field '{field}': the text looks wrongly decoded ('{example}'). {hint}",
            )
            .format(name=layer.name(), field=field_name, example=example, hint=text_encoding_hint(layer))
            .strip()
        )
    return LayerSnapshot(
        text_warning=text_warning,
        path=path,
        table=table,
        fid_column=fid_column,
        geometry_column=geometry_column,
        field_names=[c for c in columns if c != geometry_column],
        key_field=stored_key,
        fids=[r[0] for r in rows],
        keys=[r[1] for r in rows],
        source_name=layer.name(),
        source=(layer.source(), layer.providerType()),
    )


def compute_join(snapshot: LayerSnapshot, request: JoinRequest) -> JoinComputation:
    """Read the table and join it to the snapshot's keys (any thread; touches no QGIS object).

    Raises ``TableError`` or ``JoinError`` (both ``ValueError``) with a message naming file, row,
    column or keys.
    """
    if request.table_layer is not None:
        table = request.table_layer.read(request.table_key, request.total_labels, request.missing_values)
    else:
        table = read_table(request.table_path, key_column=request.table_key, **request.reading_options())
    if snapshot.text_warning:
        table.warnings.append(snapshot.text_warning)
    table_key = _matching_column(table.frame.columns, request.table_key)
    areas = pd.DataFrame({snapshot.key_field: pd.Series(snapshot.keys, dtype=object)})
    reserved = [snapshot.fid_column, *([snapshot.geometry_column] if snapshot.geometry_column else [])]
    other_fields = pd.DataFrame(columns=[f for f in snapshot.field_names if f != snapshot.key_field])
    result = join_table(
        pd.concat([areas, other_fields], axis=1),
        snapshot.key_field,
        table,
        table_key,
        pad_width=request.pad_width,
        aggregate=request.aggregate,
        reserved=("fid", "geometry", "geom", *reserved),
    )
    return JoinComputation(
        snapshot=snapshot, columns=result.frame[result.added_columns], report=result.report
    )


def write_join(computation: JoinComputation, output: str | Path, layer_name: str | None = None) -> Path | str:
    """Add the joined columns to the snapshot and put the result at ``output`` (any thread).

    ``output`` ending in ``.gpkg``: without ``layer_name`` the file is replaced as a whole (the
    layer is named after the file); with ``layer_name`` the layer is added to (or replaced in) an
    existing GeoPackage, whose other layers are kept. Other extensions are converted with GDAL.
    A Processing database destination (``postgis:…``/``postgres://…``) becomes a table there
    (:func:`.database.write_to_database`); it is returned as given.
    The snapshot is deleted in every case. Raises :class:`LayerError` (also when ``output`` is open
    for editing elsewhere).
    """
    snapshot = computation.snapshot
    try:
        destination = database_destination(str(output))
    except LayerError:
        snapshot.discard()
        raise
    if destination is not None:
        try:
            _fill_columns(snapshot, computation.columns)
            write_to_database(snapshot.path, snapshot.table, destination, [snapshot.source])
        except sqlite3.Error as error:
            raise LayerError(
                QCoreApplication.translate(
                    "JoinService", "Could not write the joined layer to {path}: {error}"
                ).format(path=table_label(destination), error=error)
            ) from None
        finally:
            snapshot.discard()
        return str(output)
    output = Path(output)
    try:
        intended = [*snapshot.field_names, *map(str, computation.columns.columns)]
        _write_join(snapshot, computation.columns, output, layer_name)
        shortened = _shortened_names(output, intended)
        if shortened:
            computation.report.shortened_columns = shortened
            _keep_full_names_as_aliases(output, shortened)
    except OSError as error:
        raise file_error(output, error) from None
    except sqlite3.Error as error:
        raise LayerError(
            QCoreApplication.translate(
                "JoinService", "Could not write the joined layer to {path}: {error}"
            ).format(path=output, error=error)
        ) from None
    finally:
        snapshot.discard()
    return output


def _write_join(snapshot: LayerSnapshot, columns: pd.DataFrame, output: Path, layer_name: str | None) -> None:
    """Fill the columns, then move, add or convert the snapshot to ``output`` (see :func:`write_join`)."""
    _fill_columns(snapshot, columns)
    name = layer_name or output.stem
    if output.suffix.lower() == ".gpkg":
        if layer_name is None or not output.exists():
            _rename_table(snapshot, name)
            output.parent.mkdir(parents=True, exist_ok=True)
            with replacing(output, create=False) as temporary:
                shutil.move(str(snapshot.path), str(temporary))
        else:
            _copy_into_gpkg(snapshot, output, name)
    else:
        _convert(snapshot, output, name)


def load_joined_layer(
    path: str | Path, layer_name: str | None = None, name: str | None = None
) -> QgsVectorLayer:
    """Open the joined result (main thread): a file, or a database destination as given to :func:`write_join`."""
    destination = database_destination(str(path))
    if destination is not None:
        layer = open_destination_layer(str(path), name or destination.table())
        if not layer.isValid():
            raise LayerError(
                QCoreApplication.translate(
                    "JoinService", "{path}: the joined layer cannot be opened."
                ).format(path=table_label(destination))
            )
        return layer
    path = Path(path)
    if path.suffix.lower() == ".gpkg":
        return open_gpkg_layer(path, layer_name or path.stem, name)
    layer = QgsVectorLayer(str(path), name or path.stem, "ogr")
    if not layer.isValid():
        raise LayerError(
            QCoreApplication.translate("JoinService", "{path}: the joined layer cannot be opened.").format(
                path=path
            )
        )
    return layer


def join_layer_with_table(
    layer: QgsVectorLayer,
    key_field: str,
    request: JoinRequest,
    output: str | Path,
    layer_name: str | None = None,
) -> tuple[QgsVectorLayer, JoinReport]:
    """Snapshot, compute, write and load in a row; returns the new layer and the report."""
    on_disk = database_destination(str(output)) is None
    snapshot = snapshot_layer(
        layer, key_field, work_dir=Path(output).parent if on_disk else None, spatial_index=on_disk
    )
    try:
        computation = compute_join(snapshot, request)
    except BaseException:
        snapshot.discard()
        raise
    path = write_join(computation, output, layer_name)
    joined = load_joined_layer(
        path, layer_name or (Path(output).stem if on_disk and Path(output).suffix == ".gpkg" else None)
    )
    return joined, computation.report


# --- GeoPackage internals --------------------------------------------------------------------


def _copy_geopackage_layer(stored: StoredLayer, path: Path) -> str | None:
    """Fast copy of a stored GeoPackage table: the database pages, then every other table dropped.

    Returns the table name, or None when the general (QGIS writer) path has to be taken (table not
    found, file not readable as a GeoPackage). The source is opened read-only through SQLite's backup API, which
    also sees changes still in its write-ahead log.
    """
    source = stored.path
    try:
        reader = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = [
                r[0]
                for r in reader.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")
            ]
            name = stored.layer_name
            if name is None:
                if stored.layer_id is not None and stored.layer_id < len(tables):
                    name = tables[stored.layer_id]
                elif len(tables) == 1:
                    name = tables[0]
            if name not in tables:
                return None
            writer = sqlite3.connect(str(path))
            try:
                reader.backup(writer)
                writer.execute("PRAGMA journal_mode=DELETE")
            finally:
                writer.close()
        finally:
            reader.close()
    except (sqlite3.Error, ValueError, OSError):
        Path(path).unlink(missing_ok=True)
        return None
    _drop_other_layers(path, name)
    return name


def _drop_other_layers(path: Path, keep: str) -> None:
    """Delete every layer but ``keep`` with GDAL (which also removes their metadata and indexes)."""
    from osgeo import gdal

    with gdal_calls():
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        if dataset is None:
            raise LayerError(
                QCoreApplication.translate("JoinService", "Could not open the copy {path}.").format(path=path)
            )
        dropped = False
        for index in reversed(range(dataset.GetLayerCount())):
            if dataset.GetLayer(index).GetName() != keep:
                dataset.DeleteLayer(index)
                dropped = True
        if dropped:
            dataset.ExecuteSQL("VACUUM")
        dataset = None


def _misdecoded_text(connection: sqlite3.Connection, table: str, key_field: str) -> tuple[str, str] | None:
    """(field, example) of the first text field whose values look mis-decoded, the key field first."""
    info = connection.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    text_fields = [row[1] for row in info if str(row[2]).upper().startswith(("TEXT", "VARCHAR"))]
    text_fields.sort(key=lambda name: name != key_field)
    for name in text_fields:
        column = _quote(name)
        values = connection.execute(
            f"SELECT {column} FROM {_quote(table)} WHERE instr({column}, char(65533)) > 0 "
            f"OR instr({column}, 'Ã') > 0 OR instr({column}, 'â€') > 0 LIMIT 20"
        ).fetchall()
        found = misdecoding(v[0] for v in values)
        if found:
            return name, found[1]
    return None


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _table_columns(connection: sqlite3.Connection, table: str) -> tuple[str, list[str]]:
    info = connection.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    fid = next((row[1] for row in info if row[5]), "fid")
    return fid, [row[1] for row in info if row[1] != fid]


def _matching_column(columns, wanted: str) -> str:
    if wanted in columns:
        return wanted
    folded = {" ".join(str(c).split()).casefold(): c for c in columns}
    return folded.get(" ".join(wanted.split()).casefold(), wanted)


def _sqlite_type(series: pd.Series) -> str:
    # GDAL reads INTEGER as 64-bit integer, REAL as double, BOOLEAN as boolean, TEXT as string.
    if pd.api.types.is_bool_dtype(series):
        return "BOOLEAN"
    if pd.api.types.is_integer_dtype(series):
        return "INTEGER"
    if pd.api.types.is_float_dtype(series):
        return "REAL"
    return "TEXT"


def _column_values(series: pd.Series) -> list:
    values = series.tolist()
    if pd.api.types.is_float_dtype(series):
        return [None if v is None or (isinstance(v, float) and math.isnan(v)) else v for v in values]
    if pd.api.types.is_integer_dtype(series) or pd.api.types.is_bool_dtype(series):
        return [None if v is pd.NA or v is None else int(v) for v in values]
    return [
        None if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) else str(v)
        for v in values
    ]


def _fill_columns(snapshot: LayerSnapshot, columns: pd.DataFrame) -> None:
    """ALTER TABLE ADD COLUMN for each joined column and set all values in one transaction."""
    if columns.empty and not len(columns.columns):
        return
    table = _quote(snapshot.table)
    connection = sqlite3.connect(str(snapshot.path))
    try:
        _register_trigger_functions(connection)
        with connection:
            names = [str(c) for c in columns.columns]
            for name in names:
                connection.execute(
                    f"ALTER TABLE {table} ADD COLUMN {_quote(name)} {_sqlite_type(columns[name])}"
                )
            if len(columns):
                connection.execute(
                    "CREATE TEMP TABLE joined_values (fid INTEGER PRIMARY KEY, "
                    + ", ".join(f"{_quote(n)}" for n in names)
                    + ")"
                )
                rows = zip(snapshot.fids, *(_column_values(columns[n]) for n in names))
                placeholders = ", ".join("?" for _ in range(len(names) + 1))
                connection.executemany(f"INSERT INTO joined_values VALUES ({placeholders})", rows)
                targets = ", ".join(_quote(n) for n in names)
                sources = ", ".join(f"joined_values.{_quote(n)}" for n in names)
                connection.execute(
                    f"UPDATE {table} SET ({targets}) = (SELECT {sources} FROM joined_values "
                    f"WHERE joined_values.fid = {table}.{_quote(snapshot.fid_column)})"
                )
                connection.execute("DROP TABLE joined_values")
    finally:
        connection.close()


def _register_trigger_functions(connection: sqlite3.Connection) -> None:
    """Make the spatial functions named in GDAL's R-tree triggers known to this connection.

    The triggers that keep the spatial index current fire only when a geometry or a feature id
    changes; the UPDATE here changes neither, but SQLite still has to know every function a trigger
    names. Should one ever be called, it raises, and the transaction is rolled back.
    """
    sql = " ".join(
        row[0] or "" for row in connection.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")
    )
    for name in set(re.findall(r"\b((?:ST|GPKG)_\w+)\s*\(", sql, flags=re.IGNORECASE)):
        connection.create_function(name, -1, _trigger_function_stub)


def _trigger_function_stub(*_args):
    raise sqlite3.OperationalError("spatial function called while only attributes were being updated")


def _rename_table(snapshot: LayerSnapshot, name: str) -> None:
    """Rename the snapshot's table with GDAL, which also renames its spatial index and metadata."""
    if name == snapshot.table:
        return
    from osgeo import gdal

    with gdal_calls():
        dataset = gdal.OpenEx(str(snapshot.path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        if dataset is None:
            raise LayerError(
                QCoreApplication.translate("JoinService", "Could not open the joined result {path}.").format(
                    path=snapshot.path
                )
            )
        try:
            dataset.ExecuteSQL(f"ALTER TABLE {_quote(snapshot.table)} RENAME TO {_quote(name)}")
        finally:
            dataset = None
    snapshot.table = name


def _copy_into_gpkg(snapshot: LayerSnapshot, output: Path, name: str) -> None:
    """Add the joined layer to an existing GeoPackage, via a copy renamed into place on success."""
    from osgeo import gdal

    with replacing(output, create=False) as part:
        shutil.copyfile(output, part)
        _vector_translate(
            str(part),
            str(snapshot.path),
            gdal.VectorTranslateOptions(
                format="GPKG",
                accessMode="overwrite",
                layerName=name,
                layers=[snapshot.table],
                # the source's identifier may be taken already (gpkg_contents.identifier is unique)
                layerCreationOptions=[f"IDENTIFIER={name}"],
            ),
            output,
        )


#: Output formats that cut field names to this many bytes (GDAL then makes them unique).
_SHORT_NAME_FORMATS = {".shp": 10, ".dbf": 10}


def _shortened_names(output: Path, intended: Sequence[str]) -> dict[str, str]:
    """The field names the output's format cut, as {full name: name in the file}, in field order."""
    limit = _SHORT_NAME_FORMATS.get(output.suffix.lower())
    if limit is None or all(len(n.encode("utf-8")) <= limit for n in intended):
        return {}
    from osgeo import gdal

    with gdal_calls():
        dataset = gdal.OpenEx(str(output), gdal.OF_VECTOR)
        if dataset is None:
            return {}
        definition = dataset.GetLayer(0).GetLayerDefn()
        written = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        dataset = None
    if len(written) != len(intended):
        return {}
    return {full: short for full, short in zip(intended, written) if full != short}


def _keep_full_names_as_aliases(output: Path, shortened: dict[str, str]) -> None:
    """Keep the full field names as aliases in the output's default style (``<name>.qml`` beside it),
    which QGIS applies whenever the file is loaded: the attribute table and labels show full names."""
    from qgis.core import QgsMapLayer, QgsVectorLayer

    layer = QgsVectorLayer(str(output), output.stem, "ogr")
    for full, short in shortened.items():
        index = layer.fields().indexFromName(short)
        if index >= 0:
            layer.setFieldAlias(index, full)
    style = output.with_suffix(".qml")
    message, saved = layer.saveNamedStyle(str(style), QgsMapLayer.StyleCategory.Fields)
    if not saved:
        raise OSError(0, message, str(style))


def _convert(snapshot: LayerSnapshot, output: Path, name: str) -> None:
    """Write the joined layer in another format (Shapefile, GeoJSON, ...) with GDAL.

    The file (and a Shapefile's side files) appears complete or not at all.
    """
    from osgeo import gdal

    output.parent.mkdir(parents=True, exist_ok=True)
    with replacing(output, create=False) as temporary:
        _vector_translate(
            str(temporary),
            str(snapshot.path),
            gdal.VectorTranslateOptions(layers=[snapshot.table], layerName=name),
            output,
        )


def _vector_translate(destination: str, source: str, options, shown: Path | None = None) -> None:
    """gdal.VectorTranslate without touching GDAL's global exception setting (shared with QGIS).

    ``shown``: the file to name in the error message (the output, not its temporary name).
    """
    from osgeo import gdal

    with gdal_calls():
        gdal.ErrorReset()
        result = gdal.VectorTranslate(destination, source, options=options)
        if result is None:
            raise LayerError(
                QCoreApplication.translate(
                    "JoinService", "Could not write the joined layer to {path}: {error}"
                ).format(path=shown or destination, error=gdal.GetLastErrorMsg())
            )
        result = None  # closes and flushes the dataset


def sheet_names(path: str | Path) -> list[str]:
    """The sheets of a workbook (XLSX/XLSM/ODS) in file order; [] for text tables (any thread).

    Raises ``TableError`` naming the file when the workbook cannot be opened.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            from openpyxl import load_workbook

            workbook = load_workbook(path, read_only=True)
            try:
                return list(workbook.sheetnames)
            finally:
                workbook.close()
        if suffix == ".ods":
            with pd.ExcelFile(path, engine="odf") as workbook:
                return [str(name) for name in workbook.sheet_names]
    except Exception as error:
        raise TableError("table.sheets_unlisted", name=path.name, error=str(error)) from None
    return []


#: Rows of the layer and the table compared when suggesting the key pair.
SUGGESTION_SAMPLE = 5000


def suggest_keys(layer: QgsVectorLayer, table: pd.DataFrame) -> tuple[str | None, str | None, int]:
    """The (layer field, table column) pair whose keys match most often, and that number of matches
    (main thread: reads the layer). Text and number fields only (dates and the like are never keys);
    the first :data:`SUGGESTION_SAMPLE` rows of each are compared. ``(None, None, 0)`` when none match."""
    names = [f.name() for f in layer.fields() if f.name().lower() != "fid"]
    frame = layer_to_frame(layer, names, geometry=False).head(SUGGESTION_SAMPLE)
    values = {
        name: frame[name].tolist()
        for name in names
        if all(v is None or isinstance(v, (str, int, float)) for v in frame[name])
    }
    return suggest_key_pair(values, table.head(SUGGESTION_SAMPLE))
