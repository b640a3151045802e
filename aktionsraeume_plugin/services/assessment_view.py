"""What the panel shows of an assessment: the table of areas, the method text, the colouring choices.

The panel's Assessment section only puts these into widgets. Column texts, sort values and which result
fields a column reads are decided here, once; so is which measures the map can be coloured by and how
each is drawn (:func:`colouring_choices`, :func:`apply_colouring`). Labels of domains and indicators
follow the language QGIS runs in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Sequence

import pandas as pd
from qgis.core import QgsFeatureRequest, QgsVectorLayer

from ..core.assessment import (
    METHOD_INDEX,
    REFERENCE_MEAN,
    REFERENCE_TOTAL_ROW,
    REFERENCE_WEIGHTED_MEAN,
    AssessmentResult,
)
from ..core.catalogue import Catalogue
from .indicator_styling import apply_count_renderer, apply_diverging_renderer
from .layers import feature_key
from .messages import catalogue_label, index_class_label, number_text, worded
from .status_layers import AreaLevel

#: Colouring kinds (:attr:`ColouringChoice.kind`).
COLOUR_INDEX = "index"
COLOUR_COUNT = "count"
COLOUR_INDICATOR = "indicator"
COLOUR_STATUS = "status"


@dataclass
class AreaColumn:
    """A column: header, tooltip, and per row the text shown and the value sorted by."""

    title: str
    tooltip: str
    texts: Sequence[str]
    sort_values: Sequence[Any]


@dataclass
class AreaTable:
    """The rows of the table (one per assessed area, in result order) and its columns."""

    columns: list[AreaColumn]
    keys: list[str]
    fids: list[int | None]
    flagged: list[bool]
    tooltips: list[str]


@dataclass(frozen=True)
class ColouringChoice:
    """A measure the map can be coloured by; ``id`` is stable across refreshes of the choices."""

    id: str
    label: str
    kind: str
    field: str = ""
    classes: int = 0
    indicator_id: str = ""


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def domain_label(domain) -> str:
    """A catalogue domain's label in the language QGIS runs in (German where no English is given)."""
    return catalogue_label(domain.label_de, domain.label_en)


def indicator_label(catalogue: Catalogue, indicator_id: str) -> str:
    """An indicator's label in the language QGIS runs in; its id when the catalogue lacks it."""
    try:
        indicator = catalogue.indicator(indicator_id)
    except Exception:
        return indicator_id
    return catalogue_label(indicator.label_de, indicator.label_en)


def method_text(result: AssessmentResult) -> str:
    """The method, the city reference and the rule of ``result``, as shown to the user."""
    report = result.report
    reference = {
        REFERENCE_TOTAL_ROW: "view.reference.total_row",
        REFERENCE_WEIGHTED_MEAN: "view.reference.weighted_mean",
        REFERENCE_MEAN: "view.reference.mean",
    }.get(report.reference_method)
    reference_text = worded(reference, label=report.reference_label) if reference else report.reference_method
    catalogue = result.catalogue
    if result.method == METHOD_INDEX:
        return worded(
            "view.method_index",
            breaks=tuple(float(b) for b in catalogue.index.breaks),
            classes=tuple(index_class_label(c) for c in catalogue.index.flagged_classes()),
        )
    rules = []
    if catalogue.rule.min_worse is not None:
        rules.append(
            worded("view.rule_min_worse", k=catalogue.rule.min_worse, n=len(catalogue.status_indicators))
        )
    if catalogue.rule.thresholds:
        rules.append(worded("view.rule_threshold"))
    rule = (
        worded("view.either", first=rules[0], second=rules[1]) if len(rules) == 2 else "".join(rules) or "–"
    )
    return worded("view.method_average", reference=reference_text, rule=rule)


def area_table(result: AssessmentResult, layer: QgsVectorLayer, area_level: AreaLevel) -> AreaTable:
    """The table of ``result``'s areas; feature ids and names come from ``layer`` (the assessed layer of
    the level), matched by the level's key field."""
    fids: dict[str, int] = {}
    names: dict[str, str] = {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for feature in layer.getFeatures(request):
        key = feature_key(feature, area_level.key_field)
        fids[key] = feature.id()
        names[key] = str(feature[area_level.name_field]) if area_level.name_field else key
    keys = list(result.keys)
    return AreaTable(
        columns=area_columns(result, keys, names),
        keys=keys,
        fids=[fids.get(k) for k in keys],
        flagged=[result.fields.at[k, "bel_avg"] == 1 for k in keys],
        tooltips=[row_tooltip(result, k) for k in keys],
    )


def area_columns(result: AssessmentResult, keys: list[str], names: dict[str, str]) -> list[AreaColumn]:
    """The columns for ``keys``: area name, then per method the measures, then "below average"."""
    fields = result.fields
    catalogue = result.catalogue
    columns = [
        AreaColumn(
            worded("view.area"),
            worded("view.area_tip"),
            [names.get(k, k) for k in keys],
            [names.get(k, k).casefold() for k in keys],
        )
    ]
    if result.method == METHOD_INDEX:
        index = [fields.at[k, "status_idx"] for k in keys]
        classes = [fields.at[k, "status_cls"] for k in keys]
        order = {code: n for n, code in enumerate(catalogue.index.classes)}
        columns += [
            AreaColumn(
                worded("view.index"),
                worded("view.index_tip"),
                ["" if _missing(v) else number_text(v, 2, signed=True) for v in index],
                [-math.inf if _missing(v) else float(v) for v in index],
            ),
            AreaColumn(
                worded("view.class"),
                worded("view.class_tip"),
                [index_class_label(None if _missing(c) else str(c)) for c in classes],
                [order.get(c, -1) for c in classes],
            ),
        ]
    else:
        worse = [int(fields.at[k, "n_worse"]) for k in keys]
        valid = [int(fields.at[k, "n_valid"]) for k in keys]
        columns.append(
            AreaColumn(
                worded("view.worse"),
                worded("view.worse_tip"),
                [f"{w}/{v}" for w, v in zip(worse, valid)],
                [w + (w / v if v else 0) / 100 for w, v in zip(worse, valid)],
            )
        )
        for domain in catalogue.domains:
            name = f"n_worse_{domain.id}"
            if name not in fields.columns:
                continue
            counts = [int(fields.at[k, name]) for k in keys]
            label = domain_label(domain)
            columns.append(AreaColumn(label.split()[0][:10], label, [str(c) for c in counts], counts))
        hits = [str(fields.at[k, "thr_ids"] or "") for k in keys]
        columns.append(
            AreaColumn(
                worded("view.threshold"),
                worded("view.threshold_tip"),
                [", ".join(indicator_label(catalogue, i) for i in h.split(",") if i) for h in hits],
                [len([i for i in h.split(",") if i]) for h in hits],
            )
        )
    below = [int(fields.at[k, "bel_avg"]) for k in keys]
    yes = worded("view.yes")
    columns.append(
        AreaColumn(
            worded("view.below"),
            worded("view.below_tip"),
            [yes if b else "" for b in below],
            below,
        )
    )
    return columns


def row_tooltip(result: AssessmentResult, key: str) -> str:
    """The indicators in which the area ``key`` is worse than the city."""
    worse = [indicator_label(result.catalogue, i) for i in result.worse_indicators(key)]
    return worded("view.row_tooltip", indicators=tuple(worse))


def colouring_choices(result: AssessmentResult | None, with_status: bool) -> list[ColouringChoice]:
    """The measures of ``result`` the map can be coloured by (index, counts overall and per domain, each
    indicator), then the Aktionsräume statuses when ``with_status``."""
    choices: list[ColouringChoice] = []
    if result is not None:
        catalogue = result.catalogue
        if result.method == METHOD_INDEX:
            choices.append(
                ColouringChoice("index:status_idx", worded("view.status_index"), COLOUR_INDEX, "status_idx")
            )
        total = len(catalogue.status_indicators)
        choices.append(
            ColouringChoice(
                f"count:n_worse:{total}",
                worded("view.count_all"),
                COLOUR_COUNT,
                "n_worse",
                total,
            )
        )
        for domain in catalogue.domains:
            ids = [i for i in catalogue.status_indicators if i.domain == domain.id]
            name = f"n_worse_{domain.id}"
            if ids and name in result.fields.columns:
                choices.append(
                    ColouringChoice(
                        f"count:{name}:{len(ids)}",
                        worded("view.worse_in", domain=domain_label(domain)),
                        COLOUR_COUNT,
                        name,
                        len(ids),
                    )
                )
        for indicator in catalogue.indicators:
            choices.append(
                ColouringChoice(
                    f"indicator:{indicator.id}",
                    indicator_label(catalogue, indicator.id),
                    COLOUR_INDICATOR,
                    indicator.column,
                    indicator_id=indicator.id,
                )
            )
    if with_status:
        choices.append(ColouringChoice("status", worded("view.status"), COLOUR_STATUS))
    return choices


def apply_colouring(layer: QgsVectorLayer, result: AssessmentResult, choice: ColouringChoice) -> None:
    """Colour the assessed ``layer`` by ``choice`` (not for :data:`COLOUR_STATUS`, which shows the
    status layers instead). Raises ValueError when an indicator has no city value."""
    if choice.kind == COLOUR_INDICATOR:
        indicator = result.catalogue.indicator(choice.indicator_id)
        reference = result.reference.get(indicator.id, math.nan)
        if _missing(reference):
            raise ValueError(worded("view.no_city_value", indicator=indicator.id))
        apply_diverging_renderer(
            layer,
            indicator.column,
            float(reference),
            indicator.worse_sign > 0,
            label=choice.label,
            unit=indicator.unit,
        )
    elif choice.kind == COLOUR_INDEX:
        apply_diverging_renderer(
            layer, choice.field, 0.0, True, label=worded("view.status_index"), decimals=2
        )
    elif choice.kind == COLOUR_COUNT:
        apply_count_renderer(layer, choice.field, choice.classes, label=choice.label)
    else:
        raise ValueError(f"not a colouring of the assessed layer: {choice.kind}")
