"""Boundary checks on QGIS layers: area levels in, findings layers (points and areas) out.

Three steps, so that the long part can run in a ``QgsTask`` or a Processing thread (design.md §6):

1. :func:`prepare_job` reads the levels into plain data (shapely geometries and keys). GeoPackages
   and other OGR files without a filter are read straight through GDAL's Arrow interface, which is
   many times faster than iterating QGIS features; every other source goes through
   ``layers.layer_to_frame``. Layers are only read, never changed.
2. :func:`compute` (any thread) runs the core checks; it touches no QGIS object.
3. :func:`apply` (main thread) builds the findings layers — in memory or as a GeoPackage — and styles them.

Coordinate systems: areas, lengths and tolerances are true ground values whatever the layers' CRS.
Every level is checked in one *working CRS*: the CRS of the spaces layer when it measures true ground
areas where the data lie (within 0.5 %: UTM, Gauss-Krüger, any national grid), else the UTM zone of
the spaces' centre. A geographic CRS (degrees) is reported as ``geographic_crs``, a projected one
that distorts areas (Web Mercator: 2.5 m² per ground m² in Dortmund) as ``distorted_crs``, both
warnings; the distortion is measured with :class:`QgsDistanceArea` on the CRS's ellipsoid at the
layer's centre and corners. Levels in another CRS are reprojected to the working CRS with the
project's (or Processing context's) transform context (``crs_reprojected``, information). The report's
``measurement`` says which CRS the numbers come from. A layer with a filter (subset string, e.g. a
PostGIS layer restricted to one year) is checked as it shows itself, and the report says so
(``layer_filtered``, information only). The findings layers are in the working CRS; QGIS
draws them on the fly over the source layers.

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
    QgsCsException,
    QgsDistanceArea,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsRectangle,
    QgsRendererCategory,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.boundaries import (
    CRS_REPROJECTED,
    DEFAULT_OPTIONS,
    DISTORTED_CRS,
    FINDING_TYPES,
    GEOGRAPHIC_CRS,
    LAYER_FILTERED,
    BoundaryOptions,
    BoundaryReport,
    Finding,
    KeyTable,
    Level,
    check_boundaries,
    make_finding,
)
from .database import database_destination, open_destination_layer, refuse_source_table
from .gdal_scope import gdal_calls
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
from .messages import error_text, render, worded
from .qt_compat import FIELD_DOUBLE, FIELD_TEXT

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
        "hole": QCoreApplication.translate("BoundaryService", "Hole in one area"),
        "overlay_failed": QCoreApplication.translate("BoundaryService", "Geometry could not be processed"),
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
        "distorted_crs": QCoreApplication.translate("BoundaryService", "CRS distorts areas"),
        "crs_reprojected": QCoreApplication.translate("BoundaryService", "Reprojected layer"),
        "layer_filtered": QCoreApplication.translate("BoundaryService", "Filtered layer"),
    }


def translated_message(finding: Finding) -> str:
    """The finding's message in the user's language (``services.messages``)."""
    return render(finding.message)


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
    measurement: str = ""  # translated: which CRS the areas and lengths are measured in


@dataclass
class BoundaryResult:
    """What :func:`apply` made: the two findings layers, the report and (if written) the GeoPackage."""

    points: QgsVectorLayer
    areas: QgsVectorLayer
    report: BoundaryReport
    path: Path | None = None


# --------------------------------------------------------------------------------------------------
# 1. prepare


#: A CRS whose planar areas differ from true ground areas by more than this share is not measured in.
MAX_AREA_DISTORTION = 0.005

WGS84 = "EPSG:4326"
WGS84_ELLIPSOID = "EPSG:7030"


def area_factor(
    crs: QgsCoordinateReferenceSystem,
    extent: QgsRectangle,
    transform_context: QgsCoordinateTransformContext | None = None,
) -> float:
    """Planar m² in ``crs`` per true m² on the ellipsoid, at the extent's centre and corners (the worst).

    ``extent`` is in ``crs``. 1.0 for UTM near its central meridian, about 2.5 for Web Mercator at 51° N.
    Returns 1.0 when it cannot be measured (unknown CRS or ellipsoid, empty extent).
    """
    if not crs.isValid() or crs.isGeographic() or extent.isNull() or extent.isEmpty():
        return 1.0
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, _context(transform_context))
    # the CRS's own ellipsoid, else WGS 84's (EPSG:7030)
    if not measure.setEllipsoid(crs.ellipsoidAcronym() or WGS84_ELLIPSOID) and not measure.setEllipsoid(
        WGS84_ELLIPSOID
    ):
        return 1.0
    side = max(extent.width(), extent.height()) / 100.0 or 1.0
    worst = 1.0
    inset = 0.05
    xs = (
        extent.xMinimum() + inset * extent.width(),
        extent.center().x(),
        extent.xMaximum() - inset * extent.width(),
    )
    ys = (
        extent.yMinimum() + inset * extent.height(),
        extent.center().y(),
        extent.yMaximum() - inset * extent.height(),
    )
    for x, y in ((xs[1], ys[1]), (xs[0], ys[0]), (xs[0], ys[2]), (xs[2], ys[0]), (xs[2], ys[2])):
        square = QgsGeometry.fromRect(QgsRectangle(x - side / 2, y - side / 2, x + side / 2, y + side / 2))
        try:
            ground = measure.measureArea(square)
        except QgsCsException:
            continue
        if ground > 0:
            factor = side * side / ground
            if abs(factor - 1.0) > abs(worst - 1.0):
                worst = factor
    return worst


def utm_zone(
    layer: QgsVectorLayer, transform_context: QgsCoordinateTransformContext | None = None
) -> QgsCoordinateReferenceSystem:
    """The WGS 84 UTM zone of the layer's centre."""
    crs = layer.crs()
    wgs84 = QgsCoordinateReferenceSystem(WGS84)
    centre = layer.extent().center()
    if crs.isValid() and crs != wgs84:
        try:
            centre = QgsCoordinateTransform(crs, wgs84, _context(transform_context)).transform(
                QgsPointXY(centre)
            )
        except QgsCsException:
            centre = QgsPointXY(0.0, 0.0)
    zone = min(max(int((centre.x() + 180) // 6) + 1, 1), 60)
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if centre.y() >= 0 else 32700) + zone}")


def working_crs(
    layer: QgsVectorLayer, transform_context: QgsCoordinateTransformContext | None = None
) -> QgsCoordinateReferenceSystem:
    """The layer's CRS if it measures true ground areas (within 0.5 %), else the UTM zone of its centre.

    A layer without a valid CRS is checked in its own coordinates (assumed metres).
    """
    crs = layer.crs()
    if not crs.isValid():
        return crs
    if (
        not crs.isGeographic()
        and abs(area_factor(crs, layer.extent(), transform_context) - 1.0) <= MAX_AREA_DISTORTION
    ):
        return crs
    return utm_zone(layer, transform_context)


def _crs_name(crs: QgsCoordinateReferenceSystem) -> str:
    return crs.authid() or crs.description() or QCoreApplication.translate("BoundaryService", "custom CRS")


def measurement_text(layer: QgsVectorLayer, target: QgsCoordinateReferenceSystem, factor: float) -> str:
    """A translated sentence saying where the check's areas and lengths come from."""
    source = layer.crs()
    if not source.isValid():
        return QCoreApplication.translate(
            "BoundaryService",
            "The layer has no known CRS: areas and lengths are in its coordinate units, taken as metres.",
        )
    if source == target:
        return worded(
            "boundary.measured_in_layer_crs", crs=_crs_name(target), deviation=100 * abs(factor - 1.0)
        )
    return QCoreApplication.translate(
        "BoundaryService",
        "Areas and lengths in ground metres, measured in {target} (the UTM zone of the area), not in the "
        "layer's CRS {source}.",
    ).format(target=_crs_name(target), source=_crs_name(source))


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
    Raises :class:`BoundaryCheckError` for a layer that cannot be read or a missing field.
    """
    context = transform_context
    if spaces.layer is None or not spaces.layer.isValid():
        raise BoundaryCheckError(
            QCoreApplication.translate(
                "BoundaryService", "The {level} layer is not valid or could not be opened."
            ).format(level=QCoreApplication.translate("BoundaryService", "space"))
        )
    target = working_crs(spaces.layer, context)
    crs_findings: list[Finding] = []
    levels: dict[str, Level] = {}
    measurement = ""
    for name, label, source in (
        ("spaces", QCoreApplication.translate("BoundaryService", "space"), spaces),
        ("quarters", QCoreApplication.translate("BoundaryService", "quarter"), quarters),
        ("districts", QCoreApplication.translate("BoundaryService", "district"), districts),
    ):
        if source is None:
            continue
        source_crs = source.layer.crs() if source.layer is not None else QgsCoordinateReferenceSystem()
        factor = (
            area_factor(source_crs, source.layer.extent(), context)
            if source_crs.isValid() and target.isValid()
            else 1.0
        )
        if name == "spaces":
            measurement = measurement_text(source.layer, target, factor)
        if source_crs.isGeographic():
            crs_findings.append(
                make_finding(
                    GEOGRAPHIC_CRS, name, [], None, None,
                    source=_crs_name(source_crs), target=_crs_name(target),
                )
            )  # fmt: skip
        elif name == "spaces" and source_crs != target and abs(factor - 1.0) > MAX_AREA_DISTORTION:
            # the working CRS is the spaces' own unless it distorts; other levels are just reprojected
            crs_findings.append(
                make_finding(
                    DISTORTED_CRS, name, [], None, None,
                    source=_crs_name(source_crs), target=_crs_name(target), factor=factor,
                )
            )  # fmt: skip
        elif source_crs.isValid() and target.isValid() and source_crs != target:
            crs_findings.append(
                make_finding(
                    CRS_REPROJECTED, name, [], None, None,
                    source=_crs_name(source_crs), target=_crs_name(target),
                )
            )  # fmt: skip
        levels[name] = read_level(source, name, label, target, transform_context)
        if source.layer.subsetString():
            crs_findings.append(
                make_finding(
                    LAYER_FILTERED, name, [], None, None,
                    filter=source.layer.subsetString(),
                    count=len(levels[name].keys),
                )
            )  # fmt: skip
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
        measurement=measurement,
    )


def read_level(
    source: LevelSource,
    name: str,
    label: str,
    target: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext | None = None,
) -> Level:
    """One level as plain data, reprojected to ``target`` (with ``transform_context``) if needed.

    Raises :class:`BoundaryCheckError` for a layer that cannot be read or a missing field.
    """
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
        if layer.crs() == target or not layer.crs().isValid() or not target.isValid()
        else QgsCoordinateTransform(layer.crs(), target, _context(transform_context))
    )
    frame = _read_with_ogr(layer, fields) if transform is None else None
    if frame is None:
        try:
            frame = layer_to_frame(layer, fields)
        except LayerError as error:
            raise BoundaryCheckError(error_text(error)) from error
        if transform is not None:
            frame[GEOMETRY_COLUMN] = _transformed(
                frame[GEOMETRY_COLUMN].to_numpy(), transform, frame["fid"].to_numpy(), layer.name()
            )
    return Level(
        name=name,
        geometries=frame[GEOMETRY_COLUMN].to_numpy(),
        keys=frame[source.key_field].tolist(),
        parent_keys=frame[source.parent_field].tolist() if source.parent_field else None,
        fids=frame["fid"].to_numpy(),
    )


def _context(transform_context: QgsCoordinateTransformContext | None) -> QgsCoordinateTransformContext:
    return transform_context if transform_context is not None else QgsCoordinateTransformContext()


def _transformed(
    geoms: np.ndarray, transform: QgsCoordinateTransform, fids: Sequence[int] = (), layer_name: str = ""
) -> np.ndarray:
    """shapely geometries through a QGIS coordinate transform (None stays None).

    Raises :class:`BoundaryCheckError` naming the feature that cannot be transformed.
    """
    result = np.full(len(geoms), None, dtype=object)
    for index, geom in enumerate(geoms):
        if geom is None:
            continue
        qgs = qgs_geometry(geom)
        if qgs.isNull():
            result[index] = geom
            continue
        try:
            qgs.transform(transform)
        except QgsCsException as error:
            raise BoundaryCheckError(
                QCoreApplication.translate(
                    "BoundaryService",
                    "Feature {fid} of layer '{layer}' cannot be transformed from {source} to {target}: {error}",
                ).format(
                    fid=int(fids[index]) if len(fids) else index,
                    layer=layer_name,
                    source=_crs_name(transform.sourceCrs()),
                    target=_crs_name(transform.destinationCrs()),
                    error=str(error),
                )
            ) from error
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

        with gdal_calls():  # never gdal.UseExceptions(): see gdal_scope
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
        try:
            frame[f] = pd.Series([_plain(v) for v in values], dtype=object)
        except UnicodeDecodeError:  # text not in UTF-8: QGIS reads it with the layer's encoding
            return None
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
    report.measurement = job.measurement
    return report


# --------------------------------------------------------------------------------------------------
# 3. apply


def output_fields() -> QgsFields:
    """Fields of both findings layers."""
    fields = QgsFields()
    for name, kind in (
        ("type", FIELD_TEXT),
        ("type_label", FIELD_TEXT),
        ("severity", FIELD_TEXT),
        ("level", FIELD_TEXT),
        ("keys", FIELD_TEXT),
        ("area_m2", FIELD_DOUBLE),
        ("message", FIELD_TEXT),
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
        lines = [QCoreApplication.translate("BoundaryService", "No problems found.")]
    else:
        labels = type_labels()
        lines = [
            QCoreApplication.translate("BoundaryService", "{count} findings:").format(
                count=len(report.findings)
            )
        ]
        lines += [f"  {labels.get(code, code)}: {count}" for code, count in report.summary.items()]
    if report.measurement:
        lines.append(report.measurement)
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
    "hole": "circle",
    "overlay_failed": "cross_fill",
    "not_nested": "square",
    "parent_mismatch": "square",
    "parent_not_covered": "square",
    "duplicate_key": "diamond",
    "missing_key": "diamond",
    "key_without_polygon": "diamond",
    "polygon_without_key": "diamond",
    "geographic_crs": "star",
    "distorted_crs": "star",
    "crs_reprojected": "star",
    "layer_filtered": "star",
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


# --------------------------------------------------------------------------------------------------
# Repair with QGIS's own Fix geometries

FIX_GEOMETRIES = "native:fixgeometries"
#: Area changes below this (m²) count as unchanged: below the precision the log shows (0.1 m²), they are
#: floating-point noise of the reprojection or crumbs of a repair, not changes a person could see.
UNCHANGED_AREA = 0.05


@dataclass
class RepairResult:
    """What ``native:fixgeometries`` made of a layer, feature by feature.

    ``layer`` is the repaired copy (the source is unchanged). ``changes`` has one row per feature that
    was invalid or whose geometry changed: ``key``, ``fid`` (of the source), ``valid_before`` (bool),
    ``reason`` (GEOS's reason it was invalid, else empty), ``area_before_m2`` (as published; a
    self-intersecting ring's area is GEOS's planar area of it), ``area_after_m2`` (NaN if the feature was
    dropped), ``difference_m2`` (after − before). Areas in true ground m² (see ``measurement``).
    ``invalid_after`` counts invalid geometries in the repaired layer.
    """

    layer: QgsVectorLayer
    changes: pd.DataFrame
    measurement: str
    feature_count: int
    invalid_after: int


def repair_geometries(
    layer: QgsVectorLayer,
    key_field: str,
    output: str = "TEMPORARY_OUTPUT",
    context=None,
    feedback=None,
) -> RepairResult:
    """Repair ``layer`` with QGIS's Fix geometries (``native:fixgeometries``) into a new layer and compare.

    ``output``: a Processing destination (a file path, or ``TEMPORARY_OUTPUT`` for a memory layer).
    ``context``/``feedback``: a ``QgsProcessingContext``/``QgsProcessingFeedback`` when called from a
    Processing algorithm (the repair then runs as its child algorithm). Areas before and after are
    measured in true ground m², in the same CRS the boundary check would use. Raises
    :class:`BoundaryCheckError` when the layer cannot be read, has no ``key_field``, or QGIS's algorithm
    fails. The source layer is not changed.
    """
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    if layer is None or not layer.isValid():
        raise BoundaryCheckError(
            QCoreApplication.translate(
                "BoundaryService", "The layer to repair is not valid or could not be opened."
            )
        )
    if layer.fields().indexFromName(key_field) < 0:
        raise BoundaryCheckError(
            QCoreApplication.translate("BoundaryService", "Layer '{layer}' has no field '{field}'.").format(
                layer=layer.name(), field=key_field
            )
        )
    registry = QgsApplication.processingRegistry()
    if registry.algorithmById(FIX_GEOMETRIES) is None:  # Processing plugin not loaded: QGIS's own algorithms
        from qgis.analysis import QgsNativeAlgorithms

        registry.addProvider(QgsNativeAlgorithms(registry))
    algorithm = registry.createAlgorithmById(FIX_GEOMETRIES)
    if context is None:
        context = QgsProcessingContext()
    feedback = feedback if feedback is not None else QgsProcessingFeedback()
    failure = ""
    try:
        refuse_source_table(database_destination(str(output)), [(layer.source(), layer.providerType())])
    except LayerError as error:
        raise BoundaryCheckError(error_text(error)) from None
    try:
        outcome, ok = algorithm.run({"INPUT": layer, "OUTPUT": output}, context, feedback)
    except QgsProcessingException as error:
        outcome, ok, failure = {}, False, str(error)
    if not ok or not outcome.get("OUTPUT"):
        raise BoundaryCheckError(
            QCoreApplication.translate(
                "BoundaryService", "QGIS's Fix geometries failed on layer '{layer}': {error}"
            ).format(layer=layer.name(), error=failure or "-")
        )
    repaired = context.takeResultLayer(outcome["OUTPUT"])
    if repaired is None:  # written to a file or a database table
        repaired = open_destination_layer(outcome["OUTPUT"], layer.name())
    repaired.setName(
        QCoreApplication.translate("BoundaryService", "{layer} (repaired)").format(layer=layer.name())
    )
    target = working_crs(layer, context.transformContext())
    before = read_level(LevelSource(layer, key_field), "spaces", "", target, context.transformContext())
    after = read_level(LevelSource(repaired, key_field), "spaces", "", target, context.transformContext())
    changes = repair_changes(before, after)
    measurement = measurement_text(
        layer, target, area_factor(layer.crs(), layer.extent(), context.transformContext())
    )
    invalid_after = int((~after.validity()[1] & after.validity()[0]).sum())
    return RepairResult(repaired, changes, measurement, len(before.geometries), invalid_after)


def repair_changes(before: Level, after: Level) -> pd.DataFrame:
    """Per-feature comparison of a level before and after a repair (see :class:`RepairResult`).

    Features are matched by key, the n-th feature with a key before to the n-th one after (Fix
    geometries keeps the order and attributes of the features it keeps).
    """

    def frame(level: Level) -> pd.DataFrame:
        keys = pd.Series([None if k is None else str(k) for k in level.keys], dtype=object).fillna("")
        geoms = level.geometries
        usable, valid = level.validity()
        areas = np.full(len(geoms), np.nan)
        areas[usable] = shapely.area(geoms[usable])
        reasons = [shapely.is_valid_reason(g) if u and not v else "" for g, u, v in zip(geoms, usable, valid)]
        return pd.DataFrame(
            {
                "key": keys,
                "nth": keys.groupby(keys).cumcount(),
                "fid": np.asarray(level.fids),
                "valid": valid,
                "reason": pd.Series(reasons, dtype=object),
                "area": areas,
            }
        )

    old, new = frame(before), frame(after)
    merged = old.merge(new, on=["key", "nth"], how="left", suffixes=("_before", "_after"))
    differences = merged["area_after"] - merged["area_before"]
    changed = (
        ~merged["valid_before"].astype(bool)
        | merged["area_after"].isna()
        | (differences.abs() >= UNCHANGED_AREA)
    )
    rows = merged[changed]
    return pd.DataFrame(
        {
            "key": pd.Series(rows["key"].tolist(), dtype=object),
            "fid": rows["fid_before"].astype("int64").to_numpy(),
            "valid_before": rows["valid_before"].astype(bool).to_numpy(),
            "reason": pd.Series(rows["reason_before"].tolist(), dtype=object),
            "area_before_m2": rows["area_before"].astype("float64").to_numpy(),
            "area_after_m2": rows["area_after"].astype("float64").to_numpy(),
            "difference_m2": (rows["area_after"] - rows["area_before"]).astype("float64").to_numpy(),
        }
    )


def repair_summary(result: RepairResult, limit: int = 20) -> str:
    """Translated lines: how many features QGIS's Fix geometries changed and each one's area difference."""
    changes = result.changes
    lines = [
        QCoreApplication.translate(
            "BoundaryService",
            "Fix geometries (QGIS) wrote '{layer}': {changed} of {count} features changed, {invalid} invalid "
            "afterwards.",
        ).format(
            layer=result.layer.name(),
            changed=len(changes),
            count=result.feature_count,
            invalid=result.invalid_after,
        )
    ]
    known = changes["difference_m2"].dropna()
    if len(known):
        largest = known.abs().idxmax()
        lines.append(
            worded(
                "repair.area_change",
                total=float(known.sum()),
                largest=float(known[largest]),
                key=str(changes["key"][largest]),
            )
        )
    order = changes.reindex(changes["difference_m2"].abs().sort_values(ascending=False).index)
    for row in order.head(limit).itertuples(index=False):
        if row.area_after_m2 != row.area_after_m2:
            lines.append(
                QCoreApplication.translate("BoundaryService", "  {key}: removed (no polygon left)").format(
                    key=row.key
                )
            )
        else:
            lines.append(
                worded(
                    "repair.feature",
                    key=str(row.key),
                    before=float(row.area_before_m2),
                    after=float(row.area_after_m2),
                    difference=round(float(row.difference_m2), 1) + 0.0,  # no "-0.0 m²"
                )
            )
    if len(changes) > limit:
        lines.append(
            QCoreApplication.translate("BoundaryService", "  … and {count} more").format(
                count=len(changes) - limit
            )
        )
    return "\n".join(lines)
