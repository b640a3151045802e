"""Assessment on QGIS layers: a joined area layer plus a catalogue → a new layer with result fields.

Three steps, so that the long part can run in a ``QgsTask`` (design.md §6):

1. :func:`prepare_job` (main thread) copies the layer's attributes and geometries into plain data;
2. :func:`compute` (any thread) runs the core assessment and builds the output table — it touches
   no QGIS object;
3. :func:`apply` (main thread) creates the result layer, in memory or as a GeoPackage table.

The source layer is never changed. :func:`assess_layer` does all three in a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsFields, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ..core.assessment import AssessmentError, AssessmentResult, Reference, assess, reference_from_row
from ..core.catalogue import Catalogue
from ..core.keys import AreaKeys, area_key
from ..core.messages import quoted
from ..core.tables import DEFAULT_TOTAL_LABELS, TableError, read_table
from .layers import (
    FID_COLUMN,
    GEOMETRY_COLUMN,
    LayerError,
    append_layer_to_gpkg,
    field_for_series,
    frame_to_memory_layer,
    layer_to_frame,
    open_gpkg_layer,
    write_layers_to_gpkg,
)


@dataclass
class AssessmentJob:
    """Plain data for one assessment: safe to hand to a worker thread."""

    frame: pd.DataFrame  # the layer's attributes (+ fid, + geometry)
    catalogue: Catalogue
    method: str
    key_field: str | None = None
    reference: Reference | None = None


@dataclass
class AssessmentOutcome:
    """The output table (source attributes + result fields, row for row) and the assessment itself."""

    frame: pd.DataFrame
    result: AssessmentResult
    result_columns: list[str]


def _total_row_name(table, path: str | Path) -> str:
    """How a total row is named in reports: its label and the file, e.g. 'Stadt Dortmund insgesamt (x.csv)'."""
    label = next((str(v).strip() for v in table.total_row.to_numpy() if isinstance(v, str) and v.strip()), "")
    return f"{label} ({Path(path).name})" if label else Path(path).name


def reference_from_table(path: str | Path, catalogue: Catalogue) -> Reference:
    """The city reference from the total row of an indicator table (CSV/XLSX/ODS as offices write them).

    Raises :class:`AssessmentError` naming the file when it cannot be read or has no total row.
    """
    labels = catalogue.reference.total_row or DEFAULT_TOTAL_LABELS
    try:
        table = read_table(path, total_labels=labels)
    except TableError as error:
        raise AssessmentError(error.message) from None
    return reference_from_read_table(table, path, catalogue)


def reference_from_read_table(table, path: str | Path, catalogue: Catalogue) -> Reference:
    """The city reference from the total row of a table already read (``core.tables.TableRead``) from
    ``path``; raises :class:`AssessmentError` naming the file when it has none or lacks a column."""
    labels = catalogue.reference.total_row or DEFAULT_TOTAL_LABELS
    if table.total_row is None:
        raise AssessmentError("assessment.no_total_row", file=Path(path).name, labels=quoted(labels))
    catalogue.validate_against(list(table.frame.columns), Path(path).name)
    return reference_from_row(table.total_row, catalogue, _total_row_name(table, path))


def reference_from_tables(tables: list[dict], catalogue: Catalogue) -> Reference | None:
    """The city reference from the total rows of the tables joined into a layer (any thread).

    ``tables`` are read settings (``path`` and optional ``sheet``, ``encoding``, ``delimiter``,
    ``decimal``). With several tables their total rows are combined (the first table wins where columns
    repeat). None when no table has a total row or a catalogue column is missing there: the assessment
    then computes the reference from the areas and says so.
    """
    labels = catalogue.reference.total_row or DEFAULT_TOTAL_LABELS
    rows, names = [], []
    for settings in tables:
        if settings.get("format") == "layer":
            continue  # a layer's attributes: no file to read here (worker thread); areas give the reference
        options = {k: settings.get(k) for k in ("sheet", "encoding", "delimiter", "decimal")}
        table = read_table(
            settings["path"], total_labels=labels, missing_values=settings.get("missing_values"), **options
        )
        if table.total_row is not None:
            rows.append(table.total_row)
            names.append(_total_row_name(table, settings["path"]))
    if not rows:
        return None
    merged = pd.concat(rows)
    merged = merged[~merged.index.duplicated(keep="first")]
    if any(i.column not in merged.index for i in catalogue.indicators):
        return None
    return reference_from_row(merged, catalogue, "; ".join(names))


def frame_from_features(fields: QgsFields, features: Iterable) -> pd.DataFrame:
    """Attributes of features (any iterable of QgsFeature) as a frame; NULL becomes None.

    Like :func:`~.layers.layer_to_frame`, adds ``fid`` (the feature ids) unless a field of that name
    holds them already: :func:`compute` names areas by it when no key field is given.
    """
    from .layers import _python_value  # the one NULL conversion of the services

    features = list(features)
    names = [f.name() for f in fields]
    rows = [[_python_value(v) for v in feature.attributes()] for feature in features]
    frame = (
        pd.DataFrame(rows, columns=names, dtype=object) if rows else pd.DataFrame(columns=names, dtype=object)
    )
    if FID_COLUMN not in frame.columns:
        frame.insert(0, FID_COLUMN, pd.Series([f.id() for f in features], dtype="int64"))
    return frame


def result_features(outcome: AssessmentOutcome, fields: QgsFields, features: list) -> Iterator[QgsFeature]:
    """The output features for a sink: ``fields`` (from :func:`output_fields`) filled row by row from
    the outcome, each with the geometry of the matching input feature (same order as the frame)."""
    from .layers import _attribute  # the one pandas → QGIS value conversion of the services

    rows = outcome.frame[fields.names()].itertuples(index=False, name=None)
    for feature, values in zip(features, rows):
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        out.setAttributes([_attribute(v) for v in values])
        yield out


def prepare_job(
    layer: QgsVectorLayer,
    catalogue: Catalogue,
    method: str,
    key_field: str | None = None,
    reference: Reference | None = None,
) -> AssessmentJob:
    """Copy what the assessment needs from the layer (main thread). Validates the catalogue columns."""
    frame = layer_to_frame(layer)
    catalogue.validate_against(
        [f.name() for f in layer.fields()],
        QCoreApplication.translate("AssessmentService", "Layer '{name}'").format(name=layer.name()),
    )
    doubled = catalogue.doubled_columns(f.name() for f in layer.fields())
    if doubled:
        raise LayerError(
            QCoreApplication.translate(
                "AssessmentService",
                "Layer '{name}' holds columns of the catalogue twice ({columns}): a table was joined on top of "
                "an earlier one. Remove the earlier joins and join the right table again.",
            ).format(
                name=layer.name(),
                columns="; ".join(f"{c}: {', '.join([c, *copies])}" for c, copies in doubled.items()),
            )
        )
    if key_field and layer.fields().indexFromName(key_field) < 0:
        raise LayerError(
            QCoreApplication.translate("AssessmentService", "Layer '{name}' has no field '{field}'.").format(
                name=layer.name(), field=key_field
            )
        )
    return AssessmentJob(
        frame=frame, catalogue=catalogue, method=method, key_field=key_field, reference=reference
    )


def compute(job: AssessmentJob) -> AssessmentOutcome:
    """Run the assessment on plain data (any thread): the output frame has one row per input row."""
    frame = job.frame
    key = job.key_field
    attributes = frame.drop(columns=[c for c in (GEOMETRY_COLUMN,) if c in frame.columns])
    if not key:
        # without a key field the feature id names the area in messages
        attributes = attributes.assign(**{FID_COLUMN: attributes[FID_COLUMN].astype(str)})
        key = FID_COLUMN
    result = assess(attributes, job.catalogue, key, job.method, job.reference)
    return AssessmentOutcome(
        frame=merge_result(frame, result, key), result=result, result_columns=list(result.fields)
    )


def merge_result(frame: pd.DataFrame, result: AssessmentResult, key_column: str) -> pd.DataFrame:
    """The source rows with the result fields appended (source fields of the same name are replaced).

    Rows the assessment did not assess (a total row inside the layer) get NULL results.
    """
    keys = [area_key(k) for k in frame[key_column]]
    fields = result.fields.reindex(pd.Index(keys, dtype=object))
    fields.index = frame.index
    kept = frame.drop(columns=[c for c in result.fields.columns if c in frame.columns])
    geometry = kept.pop(GEOMETRY_COLUMN) if GEOMETRY_COLUMN in kept.columns else None
    merged = pd.concat([kept, fields], axis=1)
    if geometry is not None:
        merged[GEOMETRY_COLUMN] = geometry
    return merged


def output_fields(source_fields: QgsFields, outcome: AssessmentOutcome) -> QgsFields:
    """Source field definitions (types kept) without replaced names, then the result fields."""
    fields = QgsFields()
    for source_field in source_fields:
        if source_field.name() not in outcome.result_columns:
            fields.append(source_field)
    for column in outcome.result_columns:
        fields.append(field_for_series(column, outcome.frame[column]))
    return fields


def apply(
    outcome: AssessmentOutcome,
    source_fields: QgsFields,
    crs: QgsCoordinateReferenceSystem,
    name: str,
    geometry_type: str = "MultiPolygon",
    gpkg_path: str | Path | None = None,
    table: str | None = None,
) -> QgsVectorLayer:
    """Create the result layer (main thread): in memory, or as table ``table`` of ``gpkg_path``.

    An existing GeoPackage keeps its other tables; a new one is written to a temporary file first.
    """
    fields = output_fields(source_fields, outcome)
    columns = [f.name() for f in fields]
    frame = (
        outcome.frame[[*columns, GEOMETRY_COLUMN]]
        if GEOMETRY_COLUMN in outcome.frame
        else outcome.frame[columns]
    )
    layer = frame_to_memory_layer(frame, crs, name, geometry_type, fields=fields)
    if gpkg_path is None:
        return layer
    table = table or name
    if Path(gpkg_path).exists():
        append_layer_to_gpkg(layer, gpkg_path, table)
    else:
        write_layers_to_gpkg([(layer, table)], gpkg_path)
    return open_gpkg_layer(gpkg_path, table, name)


def assess_layer(
    layer: QgsVectorLayer,
    catalogue: Catalogue,
    method: str,
    key_field: str | None = None,
    reference: Reference | None = None,
    gpkg_path: str | Path | None = None,
    table: str | None = None,
    name: str | None = None,
) -> tuple[QgsVectorLayer, AssessmentResult]:
    """Prepare, compute and apply in one go (main thread); returns the new layer and the assessment."""
    job = prepare_job(layer, catalogue, method, key_field, reference)
    outcome = compute(job)
    geometry_type = QgsWkbTypes.displayString(layer.wkbType()) or "MultiPolygon"
    result_layer = apply(
        outcome,
        layer.fields(),
        layer.crs(),
        name
        or QCoreApplication.translate("AssessmentService", "{name} (assessed)").format(name=layer.name()),
        geometry_type,
        gpkg_path,
        table,
    )
    return result_layer, outcome.result


def names_and_parents(
    frame: pd.DataFrame,
    key: str,
    name: str | None = None,
    parent: str | None = None,
    parent_keys: AreaKeys | None = None,
) -> tuple[dict[str, str], dict[str, str]]:
    """Key → name and key → parent key mappings from an area table (for rationales and candidates).

    Keys are canonical (:func:`~..core.keys.area_key`); parent keys are made canonical for the parent
    level with ``parent_keys`` when given (a quarter layer's parent field 503 → the space key "0503").
    Rows without a key are left out.
    """
    keys = [area_key(k) for k in frame[key]]
    names = {k: str(v) for k, v in zip(keys, frame[name]) if k is not None} if name else {}
    canonical_parent = parent_keys.canonical if parent_keys is not None else area_key
    parents = (
        {k: canonical_parent(v) or "" for k, v in zip(keys, frame[parent]) if k is not None} if parent else {}
    )
    return names, parents
