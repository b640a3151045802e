"""Comparing two years in the panel: the areas coloured by their development, stored in the project.

Three steps, as for every long task: :func:`prepare_comparison` copies what the comparison needs from
the layers (main thread), :func:`compute_comparison` reads table files and compares the years (any
thread, no QGIS object; the rules are in :mod:`..core.development`, reached through
:func:`.development_service.compute`), :func:`store_comparison` writes the result layer to the project's
results GeoPackage (main thread).

The result layer holds everything the panel shows, so that it comes back from a saved project without
its sources: the area layer's fields, then per compared indicator ``e_<id>`` (earlier value), ``n_<id>``
(later value), ``c_<id>`` (change later − earlier in the indicator's unit, percentage points for rates)
and ``d_<id>`` (the same change signed by direction, positive = worse), then ``dev_idx``, ``dev_cls``,
``bel_then``, ``bel_now``, ``st_chg`` (:data:`..core.development.FIELD_DOCS`). What exists in one year
only, and the compared indicators' labels and units, are kept as a custom property
(:data:`REPORT_PROPERTY`, JSON).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import pandas as pd
from qgis.core import (
    NULL,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFields,
    QgsProject,
    QgsRendererCategory,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.assessment import METHOD_AVERAGE
from ..core.catalogue import Catalogue
from ..core.development import (
    DEVELOPMENT_CLASSES,
    IMPROVED,
    NEWLY_BELOW,
    NO_LONGER_BELOW,
    NOT_BELOW,
    STABLE,
    STATUS_CHANGES,
    STILL_BELOW,
    WORSENED,
    ComparisonError,
    ComparisonReport,
)
from ..core.keys import normalise_key_series, suggest_key_pair
from ..core.status import STATUS_COLOURS, AreaStatus
from ..core.tables import DEFAULT_TOTAL_LABELS, TableError, read_table
from .assessment_levels import CATALOGUE_PROPERTY, COLOURING_PROPERTY, replace_result_layer
from .assessment_service import frame_from_features
from .development_service import ComparisonJob, choose_keys, compute
from .indicator_styling import DIVERGING_BETTER_TO_WORSE, _fill
from .layers import FID_COLUMN, GEOMETRY_COLUMN, LayerError, frame_to_memory_layer, layer_to_frame
from .messages import catalogue_label, error_text, render
from .result_storage import (
    KIND_PROPERTY,
    LEVEL_PROPERTY,
    free_table_name,
    result_layers_of_kind,
    store_layer,
)
from .status_layers import AreaLevel

#: ``KIND_PROPERTY`` of the panel's comparison layer.
KIND = "development"
#: Custom layer property: the comparison's report and compared indicators (JSON, see :func:`stored_report`).
REPORT_PROPERTY = "aktionsraeume/comparison"
#: Custom layer properties: the area level's key and name fields the layer was made with.
KEY_PROPERTY = "aktionsraeume/key_field"
NAME_PROPERTY = "aktionsraeume/name_field"
TABLE_NAME = "entwicklung"

#: What the map can be coloured by (stored in ``COLOURING_PROPERTY``).
COLOUR_DEVELOPMENT = "dev_cls"
COLOUR_STATUS_CHANGE = "st_chg"

#: Fill colours: the development from better (blue) to worse (red), as the assessment's colours; the
#: status then → now in the colours the development map of the command line uses for the same meaning.
DEVELOPMENT_COLOURS = {
    IMPROVED: DIVERGING_BETTER_TO_WORSE[1],
    STABLE: DIVERGING_BETTER_TO_WORSE[3],
    WORSENED: DIVERGING_BETTER_TO_WORSE[5],
}
STATUS_CHANGE_COLOURS = {
    NEWLY_BELOW: STATUS_COLOURS[AreaStatus.NEW_ACTION_SPACE],
    STILL_BELOW: STATUS_COLOURS[AreaStatus.REMAINS_ACTION_SPACE],
    NO_LONGER_BELOW: STATUS_COLOURS[AreaStatus.NO_LONGER_ACTION_SPACE],
    NOT_BELOW: STATUS_COLOURS[AreaStatus.NONE],
}
NO_PARTNER_COLOUR = "#bdbdbd"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DevelopmentLayers", text)


def _class_labels() -> dict[str, tuple[str, str]]:
    """Code → (label, one short word for the narrow table) of every development and status-change class.

    The texts are marked for translation here and translated in :func:`_tr` (pylupdate reads the marks).
    """
    return {
        IMPROVED: (
            QT_TRANSLATE_NOOP("DevelopmentLayers", "Improved"),
            QT_TRANSLATE_NOOP("DevelopmentLayers", "better"),
        ),
        STABLE: (
            QT_TRANSLATE_NOOP("DevelopmentLayers", "Stable"),
            QT_TRANSLATE_NOOP("DevelopmentLayers", "stable"),
        ),
        WORSENED: (
            QT_TRANSLATE_NOOP("DevelopmentLayers", "Worsened"),
            QT_TRANSLATE_NOOP("DevelopmentLayers", "worse"),
        ),
        STILL_BELOW: (
            QT_TRANSLATE_NOOP("DevelopmentLayers", "Still below average"),
            QT_TRANSLATE_NOOP("DevelopmentLayers", "still"),
        ),
        NEWLY_BELOW: (
            QT_TRANSLATE_NOOP("DevelopmentLayers", "Newly below average"),
            QT_TRANSLATE_NOOP("DevelopmentLayers", "newly"),
        ),
        NO_LONGER_BELOW: (
            QT_TRANSLATE_NOOP("DevelopmentLayers", "No longer below average"),
            QT_TRANSLATE_NOOP("DevelopmentLayers", "no longer"),
        ),
        NOT_BELOW: (
            QT_TRANSLATE_NOOP("DevelopmentLayers", "Never below average"),
            QT_TRANSLATE_NOOP("DevelopmentLayers", "never"),
        ),
    }


def class_label(code: str | None, short: bool = False) -> str:
    """The label of a development class (``improved`` …) or status-change code (``still_below`` …); with
    ``short`` one word for the narrow table ("better", "still"). None (an area without an earlier value):
    "No earlier value", short "–"."""
    label, word = _class_labels().get(
        code or "", (QT_TRANSLATE_NOOP("DevelopmentLayers", "No earlier value"), "–")
    )
    text = word if short else label
    return text if text == "–" else _tr(text)


@dataclass(frozen=True)
class ComparedIndicator:
    """What the panel shows of a compared indicator without its catalogue: id, labels, unit."""

    id: str
    label_de: str
    label_en: str
    unit: str

    @property
    def label(self) -> str:
        """The label in the language QGIS runs in."""
        return catalogue_label(self.label_de, self.label_en)


@dataclass
class ComparisonPlan:
    """Everything the comparison needs, as plain data (safe for a worker thread).

    ``later``/``earlier`` are a table file's path or a layer's rows (a frame); ``areas`` the area
    layer's rows with geometry.
    """

    areas: pd.DataFrame
    area_level_key: str
    area_level_name: str
    later: str | pd.DataFrame
    earlier: str | pd.DataFrame
    later_label: str
    earlier_label: str
    catalogue: Catalogue
    fields: QgsFields
    crs: QgsCoordinateReferenceSystem
    geometry: str
    name: str
    breaks: Sequence[float] | None = None
    method: str = METHOD_AVERAGE


@dataclass
class ComparisonComputed:
    """The output rows (area fields + comparison fields), the report and the compared indicators."""

    frame: pd.DataFrame
    report: ComparisonReport
    indicators: list[ComparedIndicator]
    layer_only_areas: list[str] = field(default_factory=list)


def _source_rows(source) -> str | pd.DataFrame:
    """A table file's path as it is (read in the worker), or a layer's attributes (read here)."""
    if isinstance(source, QgsVectorLayer):
        if not source.isValid():
            raise LayerError(
                QCoreApplication.translate("DevelopmentLayers", "Layer '{name}' is not valid.").format(
                    name=source.name()
                )
            )
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        return frame_from_features(source.fields(), source.getFeatures(request)).drop(columns=[FID_COLUMN])
    return str(source)


def _source_label(source) -> str:
    return source.name() if isinstance(source, QgsVectorLayer) else Path(str(source)).name


def prepare_comparison(
    area_level: AreaLevel,
    later,
    earlier,
    catalogue: Catalogue,
    name: str,
    breaks: Sequence[float] | None = None,
    method: str = METHOD_AVERAGE,
) -> ComparisonPlan:
    """Copy what the comparison needs (main thread). ``later``/``earlier``: a table file (path: CSV,
    XLSX, ODS as offices write them) or a layer (any vector layer or table with one row per area); the
    result layer ``name`` gets the polygons and fields of ``area_level``'s layer. Raises
    :class:`.layers.LayerError` for an invalid layer."""
    layer = area_level.layer
    return ComparisonPlan(
        areas=layer_to_frame(layer),
        area_level_key=area_level.key_field,
        area_level_name=area_level.name_field,
        later=_source_rows(later),
        earlier=_source_rows(earlier),
        later_label=_source_label(later),
        earlier_label=_source_label(earlier),
        catalogue=catalogue,
        fields=layer.fields(),
        crs=layer.crs(),
        geometry=QgsWkbTypes.displayString(layer.wkbType()) or "MultiPolygon",
        name=name,
        breaks=breaks,
        method=method,
    )


def _read(source: str | pd.DataFrame, catalogue: Catalogue) -> pd.DataFrame:
    if isinstance(source, pd.DataFrame):
        return source
    labels = catalogue.reference.total_row or DEFAULT_TOTAL_LABELS
    try:
        table = read_table(source, total_labels=labels)
    except TableError as error:
        raise LayerError(error_text(error)) from None
    if table.total_row is None:
        return table.frame
    # the city total row takes part as each year's reference (core.assessment finds it again)
    return pd.concat([table.frame, table.total_row.to_frame().T], ignore_index=True)


def _name_column(frame: pd.DataFrame, key: str, preferred: str) -> str | None:
    """The column naming the areas: ``preferred`` when the table has it, else the first text column
    other than the key whose values are not numbers."""
    if preferred and preferred in frame.columns:
        return preferred
    for column in frame.columns:
        if column == key:
            continue
        values = [v for v in frame[column].tolist() if v is not None and not pd.isna(v)]
        texts = values and all(isinstance(v, str) for v in values)
        if texts and pd.to_numeric(pd.Series(values), errors="coerce").isna().all():
            return column
    return None


def compute_comparison(
    plan: ComparisonPlan, is_cancelled: Callable[[], bool] = lambda: False
) -> ComparisonComputed | None:
    """Read the tables and compare the years (any thread); None once ``is_cancelled()``.

    Raises :class:`.layers.LayerError` for a table that cannot be read,
    :class:`..core.development.ComparisonError`/``AssessmentError`` as the comparison does.
    """
    later = _read(plan.later, plan.catalogue)
    if is_cancelled():
        return None
    earlier = _read(plan.earlier, plan.catalogue)
    if is_cancelled():
        return None
    # keys first, so that the columns naming the areas can be found beside them: the later year's key is
    # the column matching the areas' keys, the earlier year's the column matching that one
    _field, later_key, matches = suggest_key_pair(
        {plan.area_level_key: plan.areas[plan.area_level_key]}, later
    )
    if not matches:
        raise ComparisonError(
            QCoreApplication.translate(
                "DevelopmentLayers", "No column of {source} holds the keys of the areas ('{field}')."
            ).format(source=plan.later_label, field=plan.area_level_key)
        )
    later_key, earlier_key = choose_keys(later, earlier, later_key, None)
    job = ComparisonJob(
        later,
        earlier,
        plan.catalogue,
        later_key,
        earlier_key,
        plan.breaks,
        plan.method,
        _name_column(later, later_key, plan.area_level_name),
        _name_column(earlier, earlier_key, plan.area_level_name),
        plan.later_label,
        plan.earlier_label,
    )
    outcome = compute(job)
    if is_cancelled():
        return None
    result = outcome.result

    # the result rows (later table's keys) onto the area polygons, matched as keys are matched anywhere
    area_match = normalise_key_series(pd.Series(plan.areas[plan.area_level_key].tolist(), dtype=object))
    result_match = normalise_key_series(pd.Series(list(result.fields.index), dtype=object))
    position = {m: k for m, k in zip(result_match, result.fields.index) if m is not None}
    keys = [position.get(m) for m in area_match]
    columns = {}
    for indicator in result.indicators:
        columns[f"e_{indicator.id}"] = result.fields[f"e_{indicator.id}"]
        columns[f"n_{indicator.id}"] = result.later.values[indicator.id].astype(float)
        columns[f"c_{indicator.id}"] = result.changes[indicator.id].astype(float)
        columns[f"d_{indicator.id}"] = result.fields[f"d_{indicator.id}"]
    for name in ("dev_idx", "dev_cls", "bel_then", "bel_now", "st_chg"):
        columns[name] = result.fields[name]
    values = pd.DataFrame(columns).reindex(pd.Index(keys, dtype=object))
    values.index = plan.areas.index
    for name in ("bel_then", "bel_now"):
        values[name] = values[name].astype("Int64")
    areas = plan.areas.drop(columns=[c for c in values.columns if c in plan.areas.columns])
    geometry = areas.pop(GEOMETRY_COLUMN)
    frame = pd.concat([areas, values], axis=1)
    frame[GEOMETRY_COLUMN] = geometry
    names = plan.areas[plan.area_level_name] if plan.area_level_name else plan.areas[plan.area_level_key]
    layer_only = [
        f"{key} {name}".strip()
        for key, name, found in zip(plan.areas[plan.area_level_key], names, keys)
        if found is None and key is not None
    ]
    indicators = [ComparedIndicator(i.id, i.label_de, i.label_en or "", i.unit) for i in result.indicators]
    return ComparisonComputed(frame, result.report, indicators, layer_only)


def store_comparison(
    project: QgsProject,
    plan: ComparisonPlan,
    computed: ComparisonComputed,
    gpkg_path: str | Path,
    previous: QgsVectorLayer | None = None,
    catalogue_path: str | Path = "",
) -> QgsVectorLayer:
    """Write the comparison layer to ``gpkg_path`` (a free table name), record its report, and take the
    ``previous`` comparison layer out of the project. The caller adds the returned layer."""
    from .layers import field_for_series

    fields = QgsFields()
    for source_field in plan.fields:
        if source_field.name() in computed.frame.columns:
            fields.append(source_field)
    added = [c for c in computed.frame.columns if c not in (GEOMETRY_COLUMN, FID_COLUMN)]
    for column in added:
        if fields.indexFromName(column) < 0:
            fields.append(field_for_series(column, computed.frame[column]))
    memory = frame_to_memory_layer(computed.frame, plan.crs, plan.name, plan.geometry, fields=fields)
    path = Path(gpkg_path)
    layer = store_layer(memory, path, free_table_name(path, TABLE_NAME), plan.name)
    layer.setCustomProperty(KIND_PROPERTY, KIND)
    layer.setCustomProperty(LEVEL_PROPERTY, "spaces")
    layer.setCustomProperty(KEY_PROPERTY, plan.area_level_key)
    layer.setCustomProperty(NAME_PROPERTY, plan.area_level_name)
    layer.setCustomProperty(CATALOGUE_PROPERTY, str(catalogue_path))
    layer.setCustomProperty(
        REPORT_PROPERTY,
        json.dumps(
            {
                "report": dataclasses.asdict(computed.report),
                "indicators": [dataclasses.asdict(i) for i in computed.indicators],
                "layer_only_areas": computed.layer_only_areas,
            },
            ensure_ascii=False,
        ),
    )
    replace_result_layer(project, layer, previous)
    return layer


@dataclass
class StoredComparison:
    """What a comparison layer records besides its fields."""

    report: ComparisonReport
    indicators: list[ComparedIndicator]
    layer_only_areas: list[str]


def stored_report(layer: QgsVectorLayer) -> StoredComparison:
    """The report a comparison layer records. Raises ValueError when it has none or it is unreadable."""
    try:
        data = json.loads(layer.customProperty(REPORT_PROPERTY, "") or "")
        report = data["report"]
        tuples = {k: tuple(v) if isinstance(v, list) else v for k, v in report.items()}
        return StoredComparison(
            ComparisonReport(**tuples),
            [ComparedIndicator(**i) for i in data["indicators"]],
            list(data.get("layer_only_areas", [])),
        )
    except (TypeError, ValueError, KeyError) as error:
        raise ValueError(
            QCoreApplication.translate(
                "DevelopmentLayers", "Layer '{name}' holds no readable comparison of two years."
            ).format(name=layer.name())
        ) from error


def report_lines(stored: StoredComparison) -> list[str]:
    """What the user must know besides the map: the compared indicators, and what exists in one year
    only (indicators, areas) or has no values (areas of the map), each named."""
    report = stored.report
    lines = [
        QCoreApplication.translate("DevelopmentLayers", "{count} indicators compared: {labels}.").format(
            count=len(stored.indicators), labels=", ".join(i.label for i in stored.indicators)
        )
    ]
    indicators = QT_TRANSLATE_NOOP(
        "DevelopmentLayers", "Indicators only in {source} ({count}), not compared: {items}."
    )
    areas = QT_TRANSLATE_NOOP("DevelopmentLayers", "Areas only in {source} ({count}): {items}.")
    no_values = QT_TRANSLATE_NOOP(
        "DevelopmentLayers", "Areas of the map without values in {source} ({count}): {items}."
    )
    for template, source, items in (
        (indicators, report.later_label, report.later_only_indicators),
        (indicators, report.earlier_label, report.earlier_only_indicators),
        (areas, report.later_label, report.later_only_areas),
        (areas, report.earlier_label, report.earlier_only_areas),
        (no_values, report.later_label, stored.layer_only_areas),
    ):
        if items:
            lines.append(
                _tr(template).format(source=render(source), count=len(items), items=", ".join(items))
            )
    if len(lines) == 1:
        lines.append(
            QCoreApplication.translate(
                "DevelopmentLayers", "Every area and every compared indicator is in both years."
            )
        )
    return lines


def comparison_layer(project: QgsProject) -> QgsVectorLayer | None:
    """The panel's comparison layer in ``project`` (the topmost where there are several), else None."""
    layers = result_layers_of_kind(project, KIND)
    return layers[0] if layers else None


def apply_comparison_colouring(layer: QgsVectorLayer, colouring: str) -> None:
    """Colour the comparison layer by development class (:data:`COLOUR_DEVELOPMENT`) or by status then →
    now (:data:`COLOUR_STATUS_CHANGE`); the legend names each class with its count, areas without an
    earlier value last. Raises ValueError for another ``colouring``."""
    if colouring == COLOUR_DEVELOPMENT:
        codes, colours = DEVELOPMENT_CLASSES, DEVELOPMENT_COLOURS
    elif colouring == COLOUR_STATUS_CHANGE:
        order = (NEWLY_BELOW, STILL_BELOW, NO_LONGER_BELOW, NOT_BELOW)
        assert set(order) == set(STATUS_CHANGES)
        codes, colours = order, STATUS_CHANGE_COLOURS
    else:
        raise ValueError(f"not a colouring of the comparison layer: {colouring}")
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([colouring], layer.fields())
    values = [f[colouring] for f in layer.getFeatures(request)]
    counts = {code: sum(1 for v in values if v == code) for code in codes}
    missing = sum(1 for v in values if v not in codes)
    categories = [
        QgsRendererCategory(code, _fill(colours[code]), f"{class_label(code)} ({counts[code]})")
        for code in codes
        if counts[code]
    ]
    if missing:
        categories.append(
            QgsRendererCategory(None, _fill(NO_PARTNER_COLOUR), f"{class_label(None)} ({missing})")
        )
    layer.setRenderer(QgsCategorizedSymbolRenderer(colouring, categories))
    layer.setCustomProperty(COLOURING_PROPERTY, colouring)
    layer.triggerRepaint()


def comparison_table(layer: QgsVectorLayer, stored: StoredComparison, indicator_id: str, colouring: str):
    """The before/after table of a comparison layer (``assessment_view.AreaTable``): per area its name,
    the development class or, for :data:`COLOUR_STATUS_CHANGE`, the status then → now (as the map is
    coloured), the indicator's value then and now and the change in its unit (percentage points for
    rates; :func:`table_caption` says which). Areas that got
    worse (class worsened, or newly below average) are flagged (bold)."""
    from .assessment_view import AreaColumn, AreaTable
    from .messages import difference_unit, number_text

    indicator = next(i for i in stored.indicators if i.id == indicator_id)
    key_field = str(layer.customProperty(KEY_PROPERTY, "") or "")
    name_field = str(layer.customProperty(NAME_PROPERTY, "") or "") or key_field
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    rows = []
    for feature in layer.getFeatures(request):
        values = [feature[f"{prefix}_{indicator_id}"] for prefix in ("e", "n", "c")]
        values = [None if v is None or v == NULL or pd.isna(v) else float(v) for v in values]
        codes = {name: _code(feature[name]) for name in ("dev_cls", "st_chg")}
        rows.append((feature.id(), str(feature[key_field]), str(feature[name_field] or ""), values, codes))

    def numbers(position: int, signed: bool = False) -> tuple[list[str], list[float]]:
        texts = ["" if r[3][position] is None else number_text(r[3][position], signed=signed) for r in rows]
        sort = [float("-inf") if r[3][position] is None else r[3][position] for r in rows]
        return texts, sort

    unit = indicator.unit
    change_unit = difference_unit(unit)
    then_texts, then_sort = numbers(0)
    now_texts, now_sort = numbers(1)
    change_texts, change_sort = numbers(2, True)
    if colouring == COLOUR_STATUS_CHANGE:
        order = (NEWLY_BELOW, STILL_BELOW, NO_LONGER_BELOW, NOT_BELOW)
        class_title, class_tip = (
            QCoreApplication.translate("DevelopmentLayers", "Below"),
            QCoreApplication.translate(
                "DevelopmentLayers", "Below the city average: still, newly, no longer or never"
            ),
        )
        flagged = [r[4]["st_chg"] in (NEWLY_BELOW, STILL_BELOW) for r in rows]
    else:
        order = (WORSENED, STABLE, IMPROVED)
        class_title, class_tip = (
            QCoreApplication.translate("DevelopmentLayers", "Trend"),
            QCoreApplication.translate(
                "DevelopmentLayers", "Development class from the development index: better, stable or worse"
            ),
        )
        flagged = [r[4]["dev_cls"] == WORSENED for r in rows]
    rank = {code: len(order) - n for n, code in enumerate(order)}
    unit_note = f" ({unit})" if unit else ""
    columns = [
        AreaColumn(
            QCoreApplication.translate("DevelopmentLayers", "Area"),
            QCoreApplication.translate("DevelopmentLayers", "Name of the area"),
            [r[2] or r[1] for r in rows],
            [(r[2] or r[1]).casefold() for r in rows],
        ),
        AreaColumn(
            class_title,
            class_tip,
            [class_label(r[4][colouring], short=True) for r in rows],
            [rank.get(r[4][colouring], 0) for r in rows],
        ),
        AreaColumn(
            QCoreApplication.translate("DevelopmentLayers", "Then"),
            QCoreApplication.translate("DevelopmentLayers", "Value in the earlier year") + unit_note,
            then_texts,
            then_sort,
        ),
        AreaColumn(
            QCoreApplication.translate("DevelopmentLayers", "Now"),
            QCoreApplication.translate("DevelopmentLayers", "Value in the later year") + unit_note,
            now_texts,
            now_sort,
        ),
        AreaColumn(
            "Δ",
            QCoreApplication.translate("DevelopmentLayers", "Change: now minus then, in {unit}").format(
                unit=change_unit or QCoreApplication.translate("DevelopmentLayers", "the indicator's unit")
            ),
            change_texts,
            change_sort,
        ),
    ]
    tooltips = [
        f"{r[2] or r[1]}: {class_label(r[4]['dev_cls'])}; {class_label(r[4]['st_chg'])}" for r in rows
    ]
    return AreaTable(columns, [r[1] for r in rows], [r[0] for r in rows], flagged, tooltips)


def table_caption(stored: StoredComparison, indicator_id: str) -> str:
    """The line above the table: which indicator it shows, in which unit, and what Δ is."""
    from .messages import difference_unit, unit_text

    indicator = next(i for i in stored.indicators if i.id == indicator_id)
    if not indicator.unit:
        return QCoreApplication.translate(
            "DevelopmentLayers", "{indicator}: then, now and the change Δ (now minus then)."
        ).format(indicator=indicator.label)
    return QCoreApplication.translate(
        "DevelopmentLayers",
        "{indicator} in {unit}: then, now and the change Δ (now minus then), unit {change_unit}.",
    ).format(
        indicator=indicator.label, unit=unit_text(indicator.unit), change_unit=difference_unit(indicator.unit)
    )


def _code(value) -> str | None:
    return None if value is None or value == NULL else str(value)
