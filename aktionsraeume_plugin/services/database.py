"""PostgreSQL/PostGIS as source and destination (Processing's ``postgis:`` and ``postgres://`` outputs).

A result is written to a new table under a temporary name, given a spatial index, and only then, in one
transaction, renamed to the chosen name (replacing a previous result of that name): a failed write
leaves no half-written table, and the previous result stays until the new one is complete. A
destination that names a source layer's own table is refused: writing never touches the source.

Connections are the layer's or destination's own (a libpq service or a QGIS authentication
configuration). Data sources keep that reference; only the ``PG:`` string handed to GDAL for the
fast copies (:func:`gdal_connection`) has it expanded, in memory. Messages pass through
:func:`safe_source`, so no password reaches a report, a log or a project.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from pathlib import Path

from qgis.core import (
    QgsDataSourceUri,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from .gdal_scope import gdal_calls
from .layers import LayerError, shows_stored_table

PROVIDER = "postgres"
#: The destination prefixes Processing accepts for PostgreSQL (QgsProcessingUtils::parseDestinationString).
_PREFIXES = ("postgis:", "postgres://")


def database_destination(output: str) -> QgsDataSourceUri | None:
    """The data source of a Processing ``postgis:…``/``postgres://…`` destination, or None for a file.

    :raises LayerError: a database destination that names no table.
    """
    text = str(output)
    prefix = next((p for p in _PREFIXES if text.startswith(p)), None)
    if prefix is None:
        return None
    uri = QgsDataSourceUri(text[len(prefix) :])
    if not uri.table():
        raise LayerError(
            QCoreApplication.translate(
                "Database",
                'The database destination \'{destination}\' names no table (table="schema"."name").',
            ).format(destination=safe_source(text))
        )
    if not uri.schema():
        uri.setSchema("public")
    return uri


def safe_source(source: str) -> str:
    """``source`` with any password in it replaced by ``***`` (for messages, reports and logs).

    Covers data sources (``password='…'``, also inside an error text) and URLs
    (``postgresql://user:secret@host…``, as project storage URIs are written).
    """
    text = re.sub(r"(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", r"\1'***'", str(source))
    return re.sub(r"(://[^:/@\s]+:)[^@\s]*@", r"\1***@", text)


def table_label(uri: QgsDataSourceUri) -> str:
    """``"schema"."table"`` of a database data source, as messages name it."""
    return f'"{uri.schema()}"."{uri.table()}"'


def _same_table(uri: QgsDataSourceUri, source: str, provider: str) -> bool:
    if provider != PROVIDER:
        return False
    other = QgsDataSourceUri(source)
    same_database = all(
        getattr(uri, part)() == getattr(other, part)() for part in ("service", "host", "port", "database")
    )
    return same_database and (other.schema() or "public") == uri.schema() and other.table() == uri.table()


def refuse_source_table(destination: QgsDataSourceUri | None, sources: list[tuple[str, str]]) -> None:
    """Raise when the database ``destination`` names the table of one of ``sources`` (``(source,
    provider)`` of the layers a result is made from): writing never touches a source.

    :raises LayerError: naming the table.
    """
    if destination is None:
        return
    for source, provider in sources:
        if _same_table(destination, source, provider):
            raise LayerError(
                QCoreApplication.translate(
                    "Database", "The result would replace its own source table {table}; choose another table."
                ).format(table=table_label(destination))
            )


def open_destination_layer(output: str, name: str) -> QgsVectorLayer:
    """The layer a Processing algorithm wrote to ``output``: a database destination (``postgis:…``,
    ``postgres://…``) through the PostgreSQL provider, anything else as a file through OGR. The caller
    checks ``isValid()``."""
    destination = database_destination(output)
    if destination is not None:
        return QgsVectorLayer(destination.uri(False), name, PROVIDER)
    return QgsVectorLayer(output, name, "ogr")


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def gdal_connection(uri: QgsDataSourceUri) -> str:
    """The ``PG:`` connection string GDAL opens for ``uri``'s database (kept in memory only: a QGIS
    authentication configuration is expanded into it, as QGIS's own provider does)."""
    return "PG:" + uri.connectionInfo(True)


def database_table(layer: QgsVectorLayer, selected_only: bool = False) -> QgsDataSourceUri | None:
    """The PostGIS table ``layer`` shows as a whole (:func:`.layers.shows_stored_table`), else None.

    None also for a layer of an SQL query; such layers are read through QGIS's provider.
    """
    if layer is None or layer.providerType() != PROVIDER or not shows_stored_table(layer, selected_only):
        return None
    uri = QgsDataSourceUri(layer.source())
    if not uri.table() or uri.table().lstrip().startswith("(") or uri.sql():
        return None
    if not uri.schema():
        uri.setSchema("public")
    return uri


def copy_table_to_gpkg(uri: QgsDataSourceUri, path: Path, name: str, spatial_index: bool = True) -> bool:
    """Copy the PostGIS table of ``uri`` into a new GeoPackage ``path`` as layer ``name`` with GDAL
    (binary cursor: many times faster than QGIS's feature iterator), with an R-tree unless
    ``spatial_index`` is false. False if GDAL could not; the caller then copies through QGIS."""
    from osgeo import gdal

    qualified = f"{uri.schema()}.{uri.table()}"
    tables = f"{qualified}({uri.geometryColumn()})" if uri.geometryColumn() else qualified
    with gdal_calls():
        source = gdal.OpenEx(gdal_connection(uri), gdal.OF_VECTOR, open_options=[f"TABLES={tables}"])
        if source is None or source.GetLayerByName(qualified) is None:
            return False
        options = gdal.VectorTranslateOptions(
            format="GPKG",
            layers=[qualified],
            layerName=name,
            layerCreationOptions=["FID=fid", f"SPATIAL_INDEX={'YES' if spatial_index else 'NO'}"],
        )
        gdal.ErrorReset()
        result = gdal.VectorTranslate(str(path), source, options=options)
        ok = result is not None
        result = source = None
    return ok


def write_to_database(
    path: Path,
    table: str,
    destination: QgsDataSourceUri,
    sources: list[tuple[str, str]] = (),
) -> QgsDataSourceUri:
    """Write the GeoPackage layer ``table`` of ``path`` to the table ``destination`` names (complete
    or not at all).

    ``sources``: ``(source, provider)`` of the layers the result was made from; a destination naming
    one of their tables is refused. The table gets the layer's fields (integers, doubles, text), its
    geometry type and CRS, the primary key ``fid`` and a GiST spatial index; a table of that name is
    replaced only once the new one is complete. Returns the data source of the written table.

    :raises LayerError: the destination is a source table, or the database refused a step (message
        names the table, never a password).
    """
    from osgeo import gdal

    label = table_label(destination)
    refuse_source_table(destination, sources)
    metadata = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
    connection_uri = QgsDataSourceUri(destination.uri(False))
    connection_uri.setDataSource("", "", "")
    try:
        connection = metadata.createConnection(connection_uri.uri(False), {})
    except Exception as error:  # QgsProviderConnectionException
        raise _error(label, error) from None
    schema, name = destination.schema(), destination.table()
    geometry = destination.geometryColumn() or "geom"
    temporary = f"{name[:40]}_tmp_{uuid.uuid4().hex[:12]}"
    qualified_temporary = f"{_quote(schema)}.{_quote(temporary)}"
    created = True  # from here on the temporary table may exist
    try:
        with gdal_calls():
            gdal.ErrorReset()
            result = gdal.VectorTranslate(
                gdal_connection(destination),
                str(path),
                options=gdal.VectorTranslateOptions(
                    format="PostgreSQL",
                    accessMode="update",
                    layers=[table],
                    layerName=temporary,
                    options=["-preserve_fid"],
                    layerCreationOptions=[
                        f"SCHEMA={schema}",
                        f"GEOMETRY_NAME={geometry}",
                        "FID=fid",
                        "LAUNDER=NO",
                        "SPATIAL_INDEX=NONE",
                    ],
                ),
            )
            if result is None:
                raise LayerError(gdal.GetLastErrorMsg())
            spatial = result.GetLayerByName(f"{schema}.{temporary}").GetGeomType() != 0
            result = None  # closes the dataset: the rows are committed
        index = temporary + "_geom_idx"
        statements = (
            [f"CREATE INDEX {_quote(index)} ON {qualified_temporary} USING GIST ({_quote(geometry)})"]
            if spatial
            else []
        )
        statements += [
            f"DROP TABLE IF EXISTS {_quote(schema)}.{_quote(name)}",
            f"ALTER TABLE {qualified_temporary} RENAME TO {_quote(name)}",
        ]
        if spatial:  # the previous table's index is gone with it: its name is free now
            statements.append(
                f"ALTER INDEX {_quote(schema)}.{_quote(index)} RENAME TO {_quote(name[:50] + '_geom_idx')}"
            )
        connection.executeSql("BEGIN; " + "; ".join(statements) + "; COMMIT;")
        created = False
    except LayerError as error:
        raise _error(label, error) from None
    except Exception as error:  # QgsProviderConnectionException from executeSql
        raise _error(label, error) from None
    finally:
        if created:
            # a failed statement leaves the transaction aborted: end it, then drop the partial table;
            # the error to report is the original one
            with contextlib.suppress(Exception):
                connection.executeSql("ROLLBACK")
            with contextlib.suppress(Exception):
                connection.executeSql(f"DROP TABLE IF EXISTS {qualified_temporary}")
    written = QgsDataSourceUri(destination.uri(False))
    written.setDataSource(schema, name, geometry if spatial else "", "", "fid")
    return written


def _error(label: str, error: Exception) -> LayerError:
    return LayerError(
        QCoreApplication.translate("Database", "Could not write the table {table}: {error}").format(
            table=label, error=safe_source(str(error)).strip()
        )
    )
