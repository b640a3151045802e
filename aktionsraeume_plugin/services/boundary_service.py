"""Boundary checks on QGIS layers: area levels in, findings layers (points and areas) out.

Three steps, so that the long part can run in a ``QgsTask`` or a Processing thread (design.md §6):

1. :func:`prepare_job` reads the levels into plain data (shapely geometries and keys). GeoPackages
   and other OGR files without a filter are read straight through GDAL's Arrow interface, which is
   many times faster than iterating QGIS features; every other source goes through
   ``layers.layer_to_frame``. Layers are only read, never changed.
2. :func:`compute` (any thread) runs the core checks; it touches no QGIS object.
3. :func:`apply` (main thread) builds the findings layers — in memory or as a GeoPackage — and styles them.

Coordinate systems: every level is checked in one *working CRS*, the CRS of the spaces layer. Levels in
another CRS are reprojected to it (reported as ``crs_reprojected``, information only). When the spaces
layer has a geographic CRS (degrees), areas and tolerances in m² would be meaningless, so instead of
refusing the check we reproject everything to the UTM zone of the spaces' centre and report
``geographic_crs`` (a warning): staff still get every finding, in metres, and learn that their layer
should be projected. The findings layers are in the working CRS; QGIS draws them on the fly over the
source layers.

Findings layers: a point layer with one (multi)point per finding (what staff click through and zoom
to; duplicated keys get one point per feature) and an area layer with the polygon of every finding
that has one (overlap, gap, sliver, far part, the part of a quarter outside its space, the uncovered
part of a space) — the shape to fix. Both carry type, translated type label, severity, level, keys,
area_m2 and the translated message, and are styled by type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsRendererCategory,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ..core.boundaries import (
    CRS_REPROJECTED,
    DEFAULT_OPTIONS,
    FINDING_TYPES,
    GEOGRAPHIC_CRS,
    TRANSLATION_CONTEXT,
    BoundaryOptions,
    BoundaryReport,
    Finding,
    KeyTable,
    Level,
    check_boundaries,
    make_finding,
)
from .layers import (
    GEOMETRY_COLUMN,
    LayerError,
    frame_to_memory_layer,
    layer_to_frame,
    open_gpkg_layer,
    qgs_geometry,
    stored_layer,
    write_layers_to_gpkg,
)

POINTS_TABLE = "boundary_findings"
AREAS_TABLE = "boundary_finding_areas"


class BoundaryCheckError(RuntimeError):
    """Input that cannot be checked; the message names the layer and field."""


def type_labels() -> dict[str, str]:
    """Translated label of every finding type code."""
    return {
        "invalid_geometry": QCoreApplication.translate("BoundaryService", "Invalid geometry"),
        "null_geometry": QCoreApplication.translate("BoundaryService", "Missing geometry"),
        "empty_geometry": QCoreApplication.translate("BoundaryService", "Empty geometry"),
        "overlap": QCoreApplication.translate("BoundaryService", "Overlap"),
        "gap": QCoreApplication.translate("BoundaryService", "Gap"),
        "not_nested": QCoreApplication.translate("BoundaryService", "Not inside one parent area"),
        "parent_mismatch": QCoreApplication.translate(
            "BoundaryService", "Parent key disagrees with geometry"
        ),
        "parent_not_covered": QCoreApplication.translate("BoundaryService", "Parent area not covered"),
        "duplicate_key": QCoreApplication.translate("BoundaryService", "Duplicate key"),
        "missing_key": QCoreApplication.translate("BoundaryService", "Missing key"),
        "far_part": QCoreApplication.translate("BoundaryService", "Far-away part"),
        "sliver": QCoreApplication.translate("BoundaryService", "Sliver"),
        "key_without_polygon": QCoreApplication.translate("BoundaryService", "Key without polygon"),
        "polygon_without_key": QCoreApplication.translate("BoundaryService", "Polygon without key in table"),
        "geographic_crs": QCoreApplication.translate("BoundaryService", "Geographic CRS"),
        "crs_reprojected": QCoreApplication.translate("BoundaryService", "Reprojected layer"),
    }


def translated_message(finding: Finding) -> str:
    """The finding's message in the user's language (English if no translation fits its fields)."""
    template = QCoreApplication.translate(TRANSLATION_CONTEXT, finding.template)
    try:
        return template.format(**_translated_params(finding.params))
    except (KeyError, IndexError, ValueError):
        return finding.message


def _translated_params(params: dict) -> dict:
    """Translate the English words core puts into message parameters ("spaces", "key", "every …")."""
    plural = {
        "spaces": QCoreApplication.translate("BoundaryService", "Sozialräume"),
        "quarters": QCoreApplication.translate("BoundaryService", "Quartiere"),
        "districts": QCoreApplication.translate("BoundaryService", "Stadtbezirke"),
    }
    result = dict(params)
    if result.get("levels") in plural:
        result["levels"] = plural[result["levels"]]
    what = result.get("what")
    if what == "key":
        result["what"] = QCoreApplication.translate("BoundaryService", "key")
    elif isinstance(what, str) and what.endswith(" key"):
        result["what"] = QCoreApplication.translate("BoundaryService", "{level} key").format(level=what[:-4])
    best = result.get("best")
    if isinstance(best, str) and best.startswith("every "):
        result["best"] = QCoreApplication.translate("BoundaryService", "every {level}").format(level=best[6:])
    return result


@dataclass(frozen=True)
class LevelSource:
    """A layer and its fields for one area level."""

    layer: QgsVectorLayer
    key_field: str
    parent_field: str | None = None


@dataclass
class BoundaryJob:
    """Plain data for one check: safe to hand to a worker thread."""

    spaces: Level
    quarters: Level | None = None
    districts: Level | None = None
    tables: list[KeyTable] = field(default_factory=list)
    options: BoundaryOptions = field(default_factory=BoundaryOptions)
    crs_wkt: str = ""  # the working CRS
    crs_findings: list[Finding] = field(default_factory=list)


@dataclass
class BoundaryResult:
    """What :func:`apply` made: the two findings layers, the report and (if written) the GeoPackage."""

    points: QgsVectorLayer
    areas: QgsVectorLayer
    report: BoundaryReport
    path: Path | None = None


# --------------------------------------------------------------------------------------------------
# 1. prepare


def working_crs(
    layer: QgsVectorLayer, transform_context: QgsCoordinateTransformContext | None = None
) -> QgsCoordinateReferenceSystem:
    """The layer's CRS if projected, else the WGS 84 UTM zone of the layer's centre.

    ``transform_context``: the project's or Processing context's datum transformations (None: PROJ's
    default operations).
    """
    crs = layer.crs()
    if crs.isValid() and not crs.isGeographic():
        return crs
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    centre = layer.extent().center()
    if crs.isValid() and crs != wgs84:
        centre = QgsCoordinateTransform(crs, wgs84, _context(transform_context)).transform(QgsPointXY(centre))
    zone = min(max(int((centre.x() + 180) // 6) + 1, 1), 60)
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if centre.y() >= 0 else 32700) + zone}")


def prepare_job(
    spaces: LevelSource,
    quarters: LevelSource | None = None,
    districts: LevelSource | None = None,
    options: BoundaryOptions = DEFAULT_OPTIONS,
    tables: Sequence[tuple[QgsVectorLayer, str, str]] = (),
    transform_context: QgsCoordinateTransformContext | None = None,
) -> BoundaryJob:
    """Read the levels (and key tables: layer, key field, level name) into plain data for :func:`compute`.

    ``quarters.parent_field`` names each quarter's space, ``spaces.parent_field`` each space's district.
    ``transform_context`` decides how levels in other CRSs are reprojected: pass the project's
    (``project.transformContext()``) or, in Processing, ``context.transformContext()``; None uses
    PROJ's default operations.
    """
    target = working_crs(spaces.layer, transform_context)
    crs_findings: list[Finding] = []
    levels: dict[str, Level] = {}
    for name, label, source in (
        ("spaces", QCoreApplication.translate("BoundaryService", "space"), spaces),
        ("quarters", QCoreApplication.translate("BoundaryService", "quarter"), quarters),
        ("districts", QCoreApplication.translate("BoundaryService", "district"), districts),
    ):
        if source is None:
            continue
        source_crs = source.layer.crs()
        if source_crs.isGeographic():
            crs_findings.append(
                make_finding(
                    GEOGRAPHIC_CRS, name, [], None, None,
                    Level=label.capitalize(), source=source_crs.authid() or source_crs.description(),
                    target=target.authid(),
                )
            )  # fmt: skip
        elif source_crs != target:
            crs_findings.append(
                make_finding(
                    CRS_REPROJECTED, name, [], None, None,
                    Level=label.capitalize(), source=source_crs.authid() or source_crs.description(),
                    target=target.authid(),
                )
            )  # fmt: skip
        levels[name] = read_level(source, name, label, target, transform_context)
    key_tables = []
    for layer, key_field, level_name in tables:
        frame = layer_to_frame(layer, [key_field], geometry=False)
        key_tables.append(KeyTable(layer.name(), level_name, frame[key_field].tolist()))
    return BoundaryJob(
        spaces=levels["spaces"],
        quarters=levels.get("quarters"),
        districts=levels.get("districts"),
        tables=key_tables,
        options=options,
        crs_wkt=target.toWkt(),
        crs_findings=crs_findings,
    )


def read_level(
    source: LevelSource,
    name: str,
    label: str,
    target: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext | None = None,
) -> Level:
    """One level as plain data, reprojected to ``target`` (with ``transform_context``) if needed."""
    layer = source.layer
    if layer is None or not layer.isValid():
        raise BoundaryCheckError(
            QCoreApplication.translate(
                "BoundaryService", "The {level} layer is not valid or could not be opened."
            ).format(level=label)
        )
    fields = [source.key_field] + ([source.parent_field] if source.parent_field else [])
    for field_name in fields:
        if layer.fields().indexFromName(field_name) < 0:
            raise BoundaryCheckError(
                QCoreApplication.translate(
                    "BoundaryService", "Layer '{layer}' has no field '{field}'."
                ).format(layer=layer.name(), field=field_name)
            )
    transform = (
        None
        if layer.crs() == target
        else QgsCoordinateTransform(layer.crs(), target, _context(transform_context))
    )
    frame = _read_with_ogr(layer, fields) if transform is None else None
    if frame is None:
        try:
            frame = layer_to_frame(layer, fields)
        except LayerError as error:
            raise BoundaryCheckError(str(error)) from error
        if transform is not None:
            frame[GEOMETRY_COLUMN] = _transformed(frame[GEOMETRY_COLUMN].to_numpy(), transform)
    return Level(
        name=name,
        label=label,
        geometries=frame[GEOMETRY_COLUMN].to_numpy(),
        keys=frame[source.key_field].tolist(),
        parent_keys=frame[source.parent_field].tolist() if source.parent_field else None,
        fids=frame["fid"].to_numpy(),
    )


def _context(transform_context: QgsCoordinateTransformContext | None) -> QgsCoordinateTransformContext:
    return transform_context if transform_context is not None else QgsCoordinateTransformContext()


def _transformed(geoms: np.ndarray, transform: QgsCoordinateTransform) -> np.ndarray:
    """shapely geometries through a QGIS coordinate transform (None stays None)."""
    result = np.full(len(geoms), None, dtype=object)
    for index, geom in enumerate(geoms):
        if geom is None:
            continue
        qgs = qgs_geometry(geom)
        if qgs.isNull():
            result[index] = geom
            continue
        qgs.transform(transform)
        result[index] = shapely.from_wkb(bytes(qgs.asWkb()))
    return result


def _read_with_ogr(layer: QgsVectorLayer, fields: list[str]) -> pd.DataFrame | None:
    """Fids, the named fields and geometries of an unfiltered OGR layer through GDAL's Arrow stream.

    Returns None (the caller then reads through QGIS) when the stored table is not exactly what the
    layer shows (:func:`.layers.stored_layer`: other providers, filters, edits, expression fields),
    or for anything GDAL cannot give this way.
    """
    stored = stored_layer(layer)
    if stored is None:
        return None
    try:
        from osgeo import gdal

        # No gdal.UseExceptions(): that would change GDAL's behaviour for all of QGIS's Python.
        dataset = gdal.OpenEx(str(stored.path), gdal.OF_VECTOR | gdal.OF_READONLY)
        if dataset is None:
            return None
        if stored.layer_name:
            ogr_layer = dataset.GetLayerByName(stored.layer_name)
        else:
            ogr_layer = dataset.GetLayer(stored.layer_id or 0)
        if ogr_layer is None or not hasattr(ogr_layer, "GetArrowStreamAsNumPy"):
            return None
        definition = ogr_layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        if any(f not in names for f in fields):
            return None
        ogr_layer.SetIgnoredFields([n for n in names if n not in fields] + ["OGR_STYLE"])
        fid_column = ogr_layer.GetFIDColumn() or "OGC_FID"
        geometry_column = ogr_layer.GetGeometryColumn() or "wkb_geometry"
        columns: dict[str, list] = {"fid": [], GEOMETRY_COLUMN: [], **{f: [] for f in fields}}
        # Masked arrays mark NULL; without them GDAL fills NULL with '', 0 or 0.0.
        stream = ogr_layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=YES"])
        if stream is None:
            return None
        for batch in stream:
            columns["fid"].append(np.asarray(batch[fid_column], dtype=np.int64))
            columns[GEOMETRY_COLUMN].append(_with_nulls(batch[geometry_column]))
            for f in fields:
                columns[f].append(_with_nulls(batch[f]))
        del stream, ogr_layer, dataset
    except Exception:  # any GDAL hiccup: the QGIS path reads every source
        return None
    frame = pd.DataFrame({"fid": np.concatenate(columns["fid"]) if columns["fid"] else np.zeros(0, np.int64)})
    for f in fields:
        values = np.concatenate(columns[f]) if columns[f] else np.zeros(0, dtype=object)
        frame[f] = pd.Series([_plain(v) for v in values], dtype=object)
    wkbs = np.concatenate(columns[GEOMETRY_COLUMN]) if columns[GEOMETRY_COLUMN] else np.zeros(0, dtype=object)
    geometries = shapely.from_wkb(wkbs, on_invalid="ignore")
    if QgsWkbTypes.isMultiType(layer.wkbType()):
        geometries = _as_multi(geometries)
    frame[GEOMETRY_COLUMN] = geometries
    return frame


def _as_multi(geometries: np.ndarray) -> np.ndarray:
    """Single-part geometries as one-part multi-geometries, as QGIS gives them for a multi-type layer
    (a Shapefile's polygons are Polygon or MultiPolygon per feature; QGIS promotes them all)."""
    result = geometries.copy()
    for single, make in ((1, shapely.multipoints), (2, shapely.multilinestrings), (3, shapely.multipolygons)):
        where = np.flatnonzero(shapely.get_type_id(geometries) == single)
        if len(where):
            result[where] = make(geometries[where], indices=np.arange(len(where)))
    return result


def _with_nulls(values) -> np.ndarray:
    """An Arrow column (masked where NULL) as an object array with None for NULL."""
    result = np.ma.getdata(values).astype(object)
    result[np.ma.getmaskarray(values)] = None
    return result


def _plain(value):
    """An Arrow/numpy value as a plain Python value (bytes as text, NaN as None)."""
    if value is None:
        return None
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


# --------------------------------------------------------------------------------------------------
# 2. compute


def compute(
    job: BoundaryJob,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> BoundaryReport:
    """Run every check on the job's plain data (thread-safe: touches no QGIS object)."""
    report = check_boundaries(
        job.spaces,
        quarters=job.quarters,
        districts=job.districts,
        options=job.options,
        tables=job.tables,
        progress=progress,
        is_cancelled=is_cancelled,
    )
    report.findings[:0] = job.crs_findings
    return report


# --------------------------------------------------------------------------------------------------
# 3. apply


def output_fields() -> QgsFields:
    """Fields of both findings layers."""
    fields = QgsFields()
    for name, kind in (
        ("type", QVariant.String),
        ("type_label", QVariant.String),
        ("severity", QVariant.String),
        ("level", QVariant.String),
        ("keys", QVariant.String),
        ("area_m2", QVariant.Double),
        ("message", QVariant.String),
    ):
        fields.append(QgsField(name, kind))
    return fields


def findings_frames(report: BoundaryReport) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(points, areas): one row per finding with a point (or none), one per finding with a polygon."""
    labels = type_labels()
    rows = []
    for finding in report.findings:
        rows.append(
            {
                "type": finding.type,
                "type_label": labels.get(finding.type, finding.type),
                "severity": finding.severity,
                "level": finding.level,
                "keys": ", ".join(finding.keys),
                "area_m2": finding.area_m2,
                "message": translated_message(finding),
            }
        )
    frame = pd.DataFrame(rows, columns=[f.name() for f in output_fields()])
    frame["area_m2"] = frame["area_m2"].astype("float64")
    locations = np.array([f.location for f in report.findings] or [], dtype=object)
    points = frame.copy()
    points[GEOMETRY_COLUMN] = pd.Series([_as_multipoint(g) for g in locations], dtype=object)
    polygonal = np.array([_is_polygonal(g) for g in locations], dtype=bool)
    areas = frame[polygonal].copy()
    areas[GEOMETRY_COLUMN] = pd.Series(
        [shapely.multipolygons(shapely.get_parts(g)) for g in locations[polygonal]],
        index=areas.index,
        dtype=object,
    )
    return points, areas.reset_index(drop=True)


def _is_polygonal(geom) -> bool:
    return geom is not None and not shapely.is_empty(geom) and shapely.get_type_id(geom) in (3, 6)


def _as_multipoint(geom):
    if geom is None or shapely.is_empty(geom):
        return None
    type_id = shapely.get_type_id(geom)
    if type_id == 4:
        return geom
    if type_id == 0:
        return shapely.multipoints([geom])
    return shapely.multipoints([shapely.point_on_surface(geom)])


def features_for_sink(frame: pd.DataFrame, fields: QgsFields) -> list[QgsFeature]:
    """QgsFeatures of a findings frame (for a Processing sink)."""
    features = []
    columns = [f.name() for f in fields]
    for values, geom in zip(frame[columns].itertuples(index=False, name=None), frame[GEOMETRY_COLUMN]):
        feature = QgsFeature(fields)
        feature.setAttributes([None if isinstance(v, float) and v != v else v for v in values])
        feature.setGeometry(qgs_geometry(geom))
        features.append(feature)
    return features


def apply(
    report: BoundaryReport,
    job: BoundaryJob,
    path: str | Path | None = None,
) -> BoundaryResult:
    """Findings layers (memory, or tables of a new GeoPackage at ``path``), styled by type."""
    crs = QgsCoordinateReferenceSystem.fromWkt(job.crs_wkt)
    points_frame, areas_frame = findings_frames(report)
    points = frame_to_memory_layer(
        points_frame,
        crs,
        QCoreApplication.translate("BoundaryService", "Boundary findings"),
        "MultiPoint",
        output_fields(),
    )
    areas = frame_to_memory_layer(
        areas_frame,
        crs,
        QCoreApplication.translate("BoundaryService", "Boundary finding areas"),
        "MultiPolygon",
        output_fields(),
    )
    written = None
    if path is not None:
        written = write_layers_to_gpkg([(points, POINTS_TABLE), (areas, AREAS_TABLE)], path)
        points = open_gpkg_layer(
            written, POINTS_TABLE, QCoreApplication.translate("BoundaryService", "Boundary findings")
        )
        areas = open_gpkg_layer(
            written, AREAS_TABLE, QCoreApplication.translate("BoundaryService", "Boundary finding areas")
        )
    style_findings_layer(points)
    style_findings_layer(areas)
    return BoundaryResult(points=points, areas=areas, report=report, path=written)


def check_layers(
    spaces: LevelSource,
    quarters: LevelSource | None = None,
    districts: LevelSource | None = None,
    options: BoundaryOptions = DEFAULT_OPTIONS,
    tables: Sequence[tuple[QgsVectorLayer, str, str]] = (),
    path: str | Path | None = None,
    transform_context: QgsCoordinateTransformContext | None = None,
) -> BoundaryResult:
    """Prepare, compute and apply in a row (main thread); ``transform_context`` as for :func:`prepare_job`."""
    job = prepare_job(spaces, quarters, districts, options, tables, transform_context)
    return apply(compute(job), job, path)


def summary_text(report: BoundaryReport) -> str:
    """One line per finding type with its count, translated; or a line saying all is well."""
    if not report.findings:
        return QCoreApplication.translate("BoundaryService", "No problems found.")
    labels = type_labels()
    lines = [
        QCoreApplication.translate("BoundaryService", "{count} findings:").format(count=len(report.findings))
    ]
    lines += [f"  {labels.get(code, code)}: {count}" for code, count in report.summary.items()]
    return "\n".join(lines)


# Colour by severity, shape by the family of check, so that both read at a glance.
_SEVERITY_COLOURS = {"error": "215,25,28", "warning": "253,174,97", "info": "43,131,186"}
_TYPE_SHAPES = {
    "invalid_geometry": "cross_fill",
    "null_geometry": "cross_fill",
    "empty_geometry": "cross_fill",
    "far_part": "triangle",
    "sliver": "triangle",
    "overlap": "circle",
    "gap": "circle",
    "not_nested": "square",
    "parent_mismatch": "square",
    "parent_not_covered": "square",
    "duplicate_key": "diamond",
    "missing_key": "diamond",
    "key_without_polygon": "diamond",
    "polygon_without_key": "diamond",
    "geographic_crs": "star",
    "crs_reprojected": "star",
}


def _symbol(layer: QgsVectorLayer, code: str):
    colour = _SEVERITY_COLOURS[FINDING_TYPES[code]]
    if QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry:
        return QgsMarkerSymbol.createSimple(
            {"name": _TYPE_SHAPES[code], "color": colour, "size": "3.5", "outline_color": "0,0,0"}
        )
    return QgsFillSymbol.createSimple(
        {
            "color": colour + ",90",
            "outline_color": colour,
            "outline_width": "0.6",
            "outline_width_unit": "MM",
        }
    )


def style_findings_layer(layer: QgsVectorLayer) -> None:
    """A categorised renderer on ``type``: one translated, counted category per type present."""
    counts = pd.Series([f["type"] for f in layer.getFeatures()], dtype=object).value_counts().to_dict()
    labels = type_labels()
    categories = []
    for code in FINDING_TYPES:
        if counts.get(code, 0):
            label = f"{labels[code]} ({counts[code]})"
            categories.append(QgsRendererCategory(code, _symbol(layer, code), label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("type", categories))
    layer.triggerRepaint()
