"""Translation between QGIS vector layers and core values (DataFrames, shapely geometries).

Reading never changes the source layer. Writing always creates new layers: in memory, or in a
GeoPackage written under a temporary name first and renamed into place (``core.atomic_write``), so a
failed write never replaces a good file.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pandas as pd
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLayerMetadata,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ..core.atomic_write import FileInUseError, replacing
from ..core.geos_runtime import wkb_output_dimension
from ..core.keys import area_key
from ..core.messages import quoted
from .messages import worded
from .qt_compat import FIELD_DOUBLE, FIELD_INT, FIELD_INT64, FIELD_TEXT

GEOMETRY_COLUMN = "geometry"
FID_COLUMN = "fid"


class LayerError(RuntimeError):
    """A layer that cannot be read or written; the message names the layer or file."""


def file_error(path: str | Path, error: OSError) -> LayerError:
    """A :class:`LayerError` naming ``path`` for an ``OSError`` of writing it (in use, disk full, …)."""
    if isinstance(error, FileInUseError):
        text = QCoreApplication.translate(
            "Layers", "{path} is open for editing (in QGIS or another program); close it there and try again."
        )
    else:
        text = QCoreApplication.translate("Layers", "{path} could not be written: {reason}")
    return LayerError(text.format(path=path, reason=error.strerror or error))


@dataclass(frozen=True)
class StoredLayer:
    """The file and table that hold exactly the features a layer shows (see :func:`stored_layer`)."""

    path: Path
    layer_name: str | None  # the table, when the layer's source names it
    layer_id: int | None  # otherwise its index in the file, when the source gives one


def shows_stored_table(layer: QgsVectorLayer, selected_only: bool = False) -> bool:
    """Whether ``layer`` shows exactly the table its provider stores (the condition for every fast path
    that reads the table past the provider): valid, no subset string (filter), not read for its
    ``selected_only`` features, no edit session or unsaved edits, no expression or joined fields."""
    if layer is None or not layer.isValid():
        return False
    if layer.subsetString() or selected_only or layer.isEditable() or layer.isModified():
        return False
    return layer.fields().names() == layer.dataProvider().fields().names()


def stored_layer(layer: QgsVectorLayer, selected_only: bool = False) -> StoredLayer | None:
    """Where ``layer``'s features can be read past QGIS's data provider, straight from their file.

    The fast paths (GDAL Arrow reads, SQLite copies of a GeoPackage) read the stored table as a
    whole, so they may only be taken when that table is exactly what the layer shows. Returns None
    (the caller must then read through the provider, which honours all of these) when the layer is
    not a local file of the OGR provider, has a subset string (filter), is to be read for its
    ``selected_only`` features, is in an edit session or has unsaved edits, or has fields that are
    not stored in the file (expression fields, joined fields).
    """
    if layer is None or layer.providerType() != "ogr" or not shows_stored_table(layer, selected_only):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path or parts.get("subset") or not Path(path).is_file():
        return None
    layer_id = parts.get("layerId")
    return StoredLayer(
        path=Path(path),
        layer_name=parts.get("layerName") or None,
        layer_id=int(layer_id) if layer_id not in (None, "") else None,
    )


def layer_to_frame(
    layer: QgsVectorLayer,
    fields: Sequence[str] | None = None,
    geometry: bool = True,
) -> pd.DataFrame:
    """Attributes (all, or the named fields) of every feature, one row each, in feature order.

    Adds ``fid`` (the feature id) and, when ``geometry`` is true, ``geometry`` as shapely objects
    (None for null geometries). Field values keep their Python types; NULL becomes None.
    """
    if layer is None or not layer.isValid():
        raise LayerError(worded("layers.invalid", layer=layer.name() if layer else "?"))
    names = list(fields) if fields is not None else [f.name() for f in layer.fields()]
    missing = [n for n in names if layer.fields().indexFromName(n) < 0]
    if missing:
        raise LayerError(worded("layers.missing_fields", layer=layer.name(), fields=quoted(missing)))
    indices = [layer.fields().indexFromName(n) for n in names]
    request = QgsFeatureRequest().setSubsetOfAttributes(indices)
    if not geometry:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    fids: list[int] = []
    columns: list[list] = [[] for _ in names]
    wkbs: list[bytes | None] = []
    for feature in layer.getFeatures(request):
        fids.append(feature.id())
        attributes = feature.attributes()
        for column, index in zip(columns, indices):
            column.append(_python_value(attributes[index]))
        if geometry:
            geom = feature.geometry()
            wkbs.append(None if geom.isNull() else bytes(geom.asWkb()))
    frame = pd.DataFrame({name: pd.Series(values, dtype=object) for name, values in zip(names, columns)})
    if FID_COLUMN not in frame.columns:  # a GeoPackage's own "fid" field already holds the ids
        frame.insert(0, FID_COLUMN, pd.Series(fids, dtype="int64"))
    if geometry:
        frame[GEOMETRY_COLUMN] = shapely.from_wkb(
            pd.Series(wkbs, dtype=object).to_numpy(), on_invalid="ignore"
        )
    return frame


def _python_value(value):
    """QGIS NULL (a null QVariant) to None; everything else unchanged."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def feature_key(feature, field: str | int) -> str | None:
    """The canonical area key (``core.keys.area_key``) of a feature's key field; None for NULL.

    ``field`` is the field's name or index. Every key read from a layer feature goes through here,
    so an integer 503 reads "503" and a Real 1100101.0 reads "1100101", never "1100101.0".
    """
    return area_key(_python_value(feature[field]))


def qgs_geometry(geom) -> QgsGeometry:
    """shapely geometry (or None) to QgsGeometry."""
    if geom is None or shapely.is_empty(geom):
        return QgsGeometry()
    result = QgsGeometry()
    result.fromWkb(shapely.to_wkb(geom, output_dimension=wkb_output_dimension()))
    return result


def field_for_series(name: str, series: pd.Series) -> QgsField:
    """A QgsField whose type fits the pandas column: integers, reals, booleans as integers, else text."""
    if pd.api.types.is_bool_dtype(series):
        return QgsField(name, FIELD_INT)
    if pd.api.types.is_integer_dtype(series):
        return QgsField(name, FIELD_INT64)
    if pd.api.types.is_float_dtype(series):
        return QgsField(name, FIELD_DOUBLE)
    return QgsField(name, FIELD_TEXT)


def _attribute(value):
    """A pandas/numpy value as something QgsFeature.setAttributes accepts (None for missing)."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
        if isinstance(value, float) and math.isnan(value):
            return None
    return value


def frame_to_memory_layer(
    frame: pd.DataFrame,
    crs: QgsCoordinateReferenceSystem,
    name: str,
    geometry_type: str = "MultiPolygon",
    fields: QgsFields | None = None,
) -> QgsVectorLayer:
    """A new memory layer from a frame with a ``geometry`` column of shapely objects.

    ``fields`` fixes the field definitions (for example to keep the source layer's types); otherwise
    they are derived from the column dtypes, and the ``fid`` column, if any, is not written.
    """
    if fields is not None:
        columns = [f.name() for f in fields]
    else:
        columns = [c for c in frame.columns if c not in (GEOMETRY_COLUMN, FID_COLUMN)]
    layer = QgsVectorLayer(f"{geometry_type}?crs={crs.authid() or 'EPSG:4326'}", name, "memory")
    if not crs.authid():
        layer.setCrs(crs)
    provider = layer.dataProvider()
    if fields is None:
        fields = QgsFields()
        for column in columns:
            fields.append(field_for_series(column, frame[column]))
    provider.addAttributes(fields.toList())
    layer.updateFields()
    features = []
    geometries = frame[GEOMETRY_COLUMN] if GEOMETRY_COLUMN in frame else [None] * len(frame)
    for values, geom in zip(frame[columns].itertuples(index=False, name=None), geometries):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([_attribute(v) for v in values])
        feature.setGeometry(qgs_geometry(geom))
        features.append(feature)
    if not provider.addFeatures(features):
        raise LayerError(worded("layers.create_failed", name=name, errors="; ".join(provider.errors())))
    layer.updateExtents()
    return layer


def write_layers_to_gpkg(
    layers: Iterable[tuple[QgsVectorLayer, str]],
    path: str | Path,
    descriptions: Mapping[str, str] | None = None,
    metadata: Mapping[str, QgsLayerMetadata] | None = None,
) -> Path:
    """Write layers as named tables of a new GeoPackage, replacing ``path`` only when all succeeded.

    The GeoPackage is assembled under a temporary name beside ``path`` and renamed into place
    (``core.atomic_write.replacing``), so an error leaves an existing file at ``path`` untouched.
    Raises :class:`LayerError` (also when ``path`` is open for editing elsewhere, see :func:`file_error`).
    ``descriptions`` and ``metadata`` (by table name) are passed on to :func:`append_layer_to_gpkg`.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path, create=False) as temporary:
            for layer, table in layers:
                _write_table(
                    layer,
                    temporary,
                    table,
                    description=(descriptions or {}).get(table, ""),
                    metadata=(metadata or {}).get(table),
                )
    except OSError as error:
        raise file_error(path, error) from None
    return path


def append_layer_to_gpkg(
    layer: QgsVectorLayer,
    path: str | Path,
    table: str,
    description: str = "",
    metadata: QgsLayerMetadata | None = None,
) -> None:
    """Write ``layer`` into GeoPackage ``path`` as table ``table`` (created or replaced).

    A missing file is created completely or not at all (:func:`write_layers_to_gpkg`); a table is
    added to an existing file in place (SQLite keeps the file consistent when a write fails), so that
    layers already open from that file stay valid.

    ``description`` goes into the table's ``gpkg_contents`` row (what GDAL and other GIS show);
    ``metadata`` is stored in the GeoPackage metadata tables, where QGIS reads it as the layer's
    metadata (abstract, title, ...).
    """
    path = Path(path)
    if not path.exists():
        write_layers_to_gpkg(
            [(layer, table)],
            path,
            descriptions={table: description},
            metadata={table: metadata} if metadata is not None else None,
        )
        return
    _write_table(layer, path, table, description, metadata)


def _write_table(
    layer: QgsVectorLayer,
    path: Path,
    table: str,
    description: str = "",
    metadata: QgsLayerMetadata | None = None,
) -> None:
    """One table into GeoPackage ``path`` (created if missing) with QGIS's writer, in place."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.fileEncoding = "UTF-8"
    if description:
        options.layerOptions = [f"DESCRIPTION={description}"]
    if metadata is not None:
        options.layerMetadata = metadata
        options.saveMetadata = True
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        if Path(path).exists()
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    )
    result = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    error, message = result[0], result[1]
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise LayerError(
            worded("layers.write_failed", table=table, path=str(path), error=str(message or error))
        )


def open_gpkg_layer(path: str | Path, table: str, name: str | None = None) -> QgsVectorLayer:
    """Open one table of a GeoPackage as a layer, with a clear error if it is missing."""
    layer = QgsVectorLayer(f"{path}|layername={table}", name or table, "ogr")
    if not layer.isValid():
        raise LayerError(worded("layers.no_readable_layer", path=str(path), table=table))
    return layer
