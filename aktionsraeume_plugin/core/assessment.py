"""Assessment of areas against the city: where does the social situation lie below the city average?

Two methods a city can choose between, both at any level (Sozialraum, Quartier):

``average`` — comparison with the city reference (the Dortmund report's way). The reference is the
table's total row, else the population-weighted mean (when the catalogue names a population column),
else the plain mean; the report says which. Per area and indicator: worse or not (by direction); counts
per domain and overall; threshold rules; "below average" by the catalogue's rule.

``index`` — standardised index (Berlin's and Hamburg's monitoring). Each indicator is z-standardised over
the assessed areas (unweighted mean, population standard deviation, ddof=0), signed so that positive means
worse, combined with the indicator weights, and the combination standardised again into the status index;
classes come from the catalogue's break points. Areas under the minimum population are left out of the
standardisation and unclassified. A Dynamik index of the same form is built from ``kind = "change"``
indicators when the catalogue has them.

Missing values (suppressed, "." in the tables) are skipped and reported, never counted as worse.

Result fields (short names, fit for GeoPackage; documented in :data:`FIELD_DOCS`):

====================  ==========================================================================
``w_<id>``            1 = worse than the city reference, 0 = not worse, NULL = value missing
``n_worse``           number of status indicators worse than the city reference
``n_valid``           number of status indicators with a value
``n_worse_<domain>``  the same count per domain
``thr_hit``           1 when any threshold rule holds (e.g. tlq > 20), else 0
``thr_ids``           ids of the indicators whose threshold rule holds, comma-separated
``bel_avg``           1 = below average by the method's rule, else 0
``z_<id>``            signed z-score (positive = worse) of an indicator, index method
``status_idx``        status index (standardised; positive = worse), NULL when unclassified
``status_cls``        class code of the status index (catalogue ``[index] classes``), NULL = unclassified
``dyn_idx``           Dynamik index over change indicators (positive = worse development)
``dyn_cls``           class code of the Dynamik index
====================  ==========================================================================
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .catalogue import Catalogue, Indicator
from .cells import cell_text, missing_code_mask, parse_numbers
from .cells import find_total_rows as _find_total_rows
from .keys import area_key
from .messages import Message, MessageError

METHOD_AVERAGE = "average"
METHOD_INDEX = "index"
METHODS = (METHOD_AVERAGE, METHOD_INDEX)

REFERENCE_TOTAL_ROW = "total_row"
REFERENCE_WEIGHTED_MEAN = "population_weighted_mean"
REFERENCE_MEAN = "mean"

FIELD_DOCS: dict[str, str] = {
    "w_<id>": "1 = worse than the city reference, 0 = not worse, NULL = value missing",
    "n_worse": "number of status indicators worse than the city reference",
    "n_valid": "number of status indicators with a value",
    "n_worse_<domain>": "number of status indicators of the domain worse than the city reference",
    "thr_hit": "1 when any threshold rule holds, else 0",
    "thr_ids": "ids of the indicators whose threshold rule holds, comma-separated",
    "bel_avg": "1 = below average by the method's rule, else 0",
    "z_<id>": "signed z-score of the indicator (positive = worse); index method",
    "status_idx": "status index, standardised, positive = worse; NULL when unclassified",
    "status_cls": "class code of the status index; NULL when unclassified",
    "dyn_idx": "Dynamik index over change indicators, positive = worse development",
    "dyn_cls": "class code of the Dynamik index",
}


class AssessmentError(MessageError, ValueError):
    """Input the assessment cannot use; the message names the area, column or value."""


@dataclass(frozen=True)
class Reference:
    """City reference value per indicator id, and how it was obtained."""

    values: pd.Series
    method: str
    label: str = ""


@dataclass(frozen=True)
class AssessmentReport:
    """What the user must know about an assessment besides its fields."""

    method: str
    reference_method: str
    reference_label: str
    reference_values: Mapping[str, float]
    missing: tuple[tuple[str, str], ...] = ()  # (area key, indicator id)
    unclassified: tuple[str, ...] = ()  # area keys
    notes: tuple[Message, ...] = ()

    def messages(self) -> list[Message]:
        """What the log says about the assessment (worded by ``services.messages.render``): the city
        reference, skipped missing values, unclassified areas, then the notes."""
        if self.reference_method == REFERENCE_TOTAL_ROW:
            lines = [Message("assessment.reference_total_row", {"label": self.reference_label})]
        elif self.reference_method == REFERENCE_WEIGHTED_MEAN:
            lines = [Message("assessment.reference_weighted_mean", {"column": self.reference_label})]
        else:
            lines = [Message("assessment.reference_mean")]
        if self.missing:
            pairs = [
                Message("assessment.area_indicator", {"area": k, "indicator": i}) for k, i in self.missing
            ]
            lines.append(Message("assessment.missing_values", {"count": len(self.missing), "pairs": pairs}))
        if self.unclassified:
            lines.append(
                Message(
                    "assessment.unclassified", {"count": len(self.unclassified), "areas": self.unclassified}
                )
            )
        lines.extend(self.notes)
        return lines


@dataclass(frozen=True)
class AssessmentResult:
    """Result fields (indexed by area key) plus the numbers behind them, for rationales and reports."""

    fields: pd.DataFrame
    values: pd.DataFrame  # indicator values, columns = indicator ids, index = area key
    reference: pd.Series  # city reference per indicator id
    worse: pd.DataFrame  # per area and indicator id: True worse, False not, <NA> missing
    catalogue: Catalogue
    report: AssessmentReport
    method: str = METHOD_AVERAGE
    extra: Mapping[str, pd.Series] = field(default_factory=dict)

    @property
    def keys(self) -> list[str]:
        return list(self.fields.index)

    def below_average(self) -> list[str]:
        """Keys of the areas below average, in table order."""
        return [k for k, flag in self.fields["bel_avg"].items() if flag == 1]

    def worse_indicators(self, key: str) -> list[str]:
        """Ids of the status indicators in which the area is worse than the city reference."""
        row = self.worse.loc[key]
        return [i.id for i in self.catalogue.status_indicators if not pd.isna(row[i.id]) and bool(row[i.id])]

    def valid_indicators(self, key: str) -> list[str]:
        row = self.values.loc[key]
        return [i.id for i in self.catalogue.status_indicators if not pd.isna(row.get(i.id))]

    def threshold_hits(self, key: str) -> list[str]:
        """Ids of the indicators whose threshold rule holds for the area."""
        row = self.values.loc[key]
        return [
            i.id
            for i in self.catalogue.indicators
            if i.threshold is not None and i.threshold.holds(row[i.id])
        ]


# -- numbers -------------------------------------------------------------------------------------


def to_numbers(series: pd.Series, column: str, keys: Sequence[str]) -> pd.Series:
    """A column as floats (NaN for placeholders and missing values), read by :func:`.cells.parse_numbers`.

    Numbers stay; text in German or English notation is read as the table reader reads it (the
    notation detected from the column's text). Raises :class:`AssessmentError` naming the area
    (``keys``, one per row) and column for the first cell that is not a number.
    """
    parsed = parse_numbers(series)
    if len(parsed.bad):
        position = series.index.get_indexer_for(parsed.bad.index[:1])[0]
        value = parsed.bad.iloc[0]
        key = list(keys)[position] if position >= 0 else ""
        if isinstance(value, str):
            raise AssessmentError("assessment.text_not_number", area=str(key), column=column, value=value)
        raise AssessmentError("assessment.not_number", area=str(key), column=column, value=repr(value))
    return parsed.values


# -- reference -----------------------------------------------------------------------------------


def find_total_rows(frame: pd.DataFrame, labels: Sequence[str], key_column: str | None = None) -> list:
    """Index labels of the total rows of ``frame`` (city row and subtotals): :func:`.cells.find_total_rows`."""
    return _find_total_rows(frame, labels, key_column).rows


def split_total_row(
    frame: pd.DataFrame, catalogue: Catalogue, key_column: str | None = None
) -> tuple[pd.DataFrame, pd.Series | None, str]:
    """The area rows and the city total row (or None) of a table, with the matched label.

    The total rows are found by :func:`.cells.find_total_rows` with the catalogue's labels; subtotals
    are dropped with the city row.
    """
    found = _find_total_rows(frame, catalogue.reference.total_row, key_column)
    if found.city is None:
        return frame, None, ""
    return frame.drop(index=found.rows), frame.loc[found.city], found.label.strip()


def reference_from_row(row: pd.Series, catalogue: Catalogue, label: str = "") -> Reference:
    """The city reference taken from a total row (a row of the indicator table)."""
    values = {}
    for indicator in catalogue.indicators:
        if indicator.column not in row.index:
            raise AssessmentError("assessment.total_row_column", label=label, column=indicator.column)
        number = to_numbers(
            pd.Series([row[indicator.column]]), indicator.column, [label or "total row"]
        ).iloc[0]
        values[indicator.id] = number
    return Reference(pd.Series(values, dtype=float), REFERENCE_TOTAL_ROW, label)


def computed_reference(
    values: pd.DataFrame, population: pd.Series | None, population_column: str = ""
) -> Reference:
    """Population-weighted mean when population is known, else the plain mean, per indicator id."""
    if population is not None and population.notna().any():
        result = {}
        for indicator_id in values.columns:
            mask = values[indicator_id].notna() & population.notna() & (population > 0)
            weights = population[mask]
            result[indicator_id] = (
                float((values[indicator_id][mask] * weights).sum() / weights.sum())
                if weights.sum() > 0
                else math.nan
            )
        return Reference(pd.Series(result, dtype=float), REFERENCE_WEIGHTED_MEAN, population_column)
    return Reference(values.mean(skipna=True).astype(float), REFERENCE_MEAN, "")


# -- preparing the table -------------------------------------------------------------------------


#: A value further than this many interquartile ranges outside the middle half of an indicator's
#: values is taken for a code, not a measurement (left out, with a note).
FAR_OUTLIER_IQRS = 20.0
_MIN_VALUES_FOR_OUTLIERS = 8


def far_outliers(values: pd.Series) -> pd.Series:
    """True for values that lie absurdly far from the others: more than :data:`FAR_OUTLIER_IQRS`
    interquartile ranges below the first or above the third quartile (the range taken as at least a
    tenth of the median's size, so a column of equal values still has a scale). Judged only with at
    least eight values; returns a boolean Series with the index of ``values``."""
    present = values.dropna()
    mask = pd.Series(False, index=values.index)
    if len(present) < _MIN_VALUES_FOR_OUTLIERS:
        return mask
    q1, q3 = float(present.quantile(0.25)), float(present.quantile(0.75))
    scale = max(q3 - q1, 0.1 * abs(float(present.median())), 1e-9)
    return (values < q1 - FAR_OUTLIER_IQRS * scale) | (values > q3 + FAR_OUTLIER_IQRS * scale)


def _leave_out_codes(values: pd.DataFrame, catalogue: Catalogue) -> tuple[pd.DataFrame, list[Message]]:
    """Missing-value codes and absurdly far values become missing; one note per area and column."""
    notes: list[Message] = []
    values = values.copy()
    for indicator in catalogue.indicators:
        column = values[indicator.id]
        coded = missing_code_mask(column, catalogue.missing_values)
        for key, value in column[coded].items():
            notes.append(
                Message(
                    "assessment.missing_value_code",
                    {"area": key, "column": indicator.column, "value": cell_text(value)},
                )
            )
        column = column.mask(coded)
        far = far_outliers(column)
        for key, value in column[far].items():
            notes.append(
                Message(
                    "assessment.far_outlier",
                    {"area": key, "column": indicator.column, "value": cell_text(value)},
                )
            )
        values[indicator.id] = column.mask(far)
    return values, notes


def _prepare(
    frame: pd.DataFrame, catalogue: Catalogue, key_column: str | None
) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series | None, pd.Series | None, str, list[Message]]:
    """Area rows (total row removed), indicator values by id, population, total row, total label and
    notes on values left out (missing-value codes, values far outside the others)."""
    catalogue.validate_against(frame.columns)
    areas, total_row, total_label = split_total_row(frame, catalogue, key_column)
    if key_column:
        if key_column not in areas.columns:
            raise AssessmentError("assessment.no_key_column", column=key_column)
        keys = [area_key(k) for k in areas[key_column]]
    else:
        keys = [area_key(k) for k in areas.index]
    empty = [n for n, k in enumerate(keys, 1) if k is None]
    if empty:
        raise AssessmentError("assessment.row_without_key", row=empty[0], column=key_column)
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise AssessmentError("assessment.duplicate_keys", keys=tuple(duplicates), column=key_column)
    index = pd.Index(keys, name="key")
    values = pd.DataFrame(
        {i.id: to_numbers(areas[i.column], i.column, keys).to_numpy() for i in catalogue.indicators},
        index=index,
    )
    population = None
    population_column = catalogue.reference.population_column
    if population_column and population_column in areas.columns:
        population = pd.Series(
            to_numbers(areas[population_column], population_column, keys).to_numpy(), index=index, dtype=float
        )
    values, notes = _leave_out_codes(values, catalogue)
    return areas, values, population, total_row, total_label, notes


def _resolve_reference(
    values: pd.DataFrame,
    population: pd.Series | None,
    catalogue: Catalogue,
    total_row: pd.Series | None,
    total_label: str,
    reference: Reference | None,
) -> Reference:
    if reference is not None:
        return reference
    if total_row is not None:
        return reference_from_row(total_row, catalogue, total_label)
    return computed_reference(values, population, catalogue.reference.population_column)


def _worse_table(values: pd.DataFrame, reference: pd.Series, catalogue: Catalogue) -> pd.DataFrame:
    """Per area and indicator: True worse than the reference, False not, <NA> missing."""
    columns = {}
    for indicator in catalogue.indicators:
        column = values[indicator.id]
        ref = reference.get(indicator.id, math.nan)
        worse = column > ref if indicator.worse_sign > 0 else column < ref
        result = pd.Series(worse.to_numpy(), index=values.index, dtype="boolean")
        result[column.isna() | (pd.isna(ref))] = pd.NA
        columns[indicator.id] = result
    return pd.DataFrame(columns, index=values.index)


def _missing_pairs(values: pd.DataFrame) -> tuple[tuple[str, str], ...]:
    return tuple(
        (key, indicator_id) for key, row in values.iterrows() for indicator_id in row.index[row.isna()]
    )


# -- the assessment: shared steps, then one of the two methods ------------------------------------


def assess(
    frame: pd.DataFrame,
    catalogue: Catalogue,
    key_column: str | None = None,
    method: str = METHOD_AVERAGE,
    reference: Reference | None = None,
) -> AssessmentResult:
    """Assess every area row of ``frame`` (a total row, if present, is used as reference and dropped).

    ``method``: :data:`METHOD_AVERAGE` (comparison with the city reference and the catalogue's "below
    average" rule) or :data:`METHOD_INDEX` (standardised status index and Dynamik index, classes,
    below average by class). ``reference`` overrides the reference (e.g. the total row of a separate
    table, when ``frame`` is a joined area layer without one). Both methods share the first steps (area
    values, population, the city reference, which values are worse than it) and the report.
    """
    if method not in (METHOD_AVERAGE, METHOD_INDEX):
        raise AssessmentError(
            "assessment.unknown_method", method=str(method), average=METHOD_AVERAGE, index=METHOD_INDEX
        )
    _areas, values, population, total_row, total_label, value_notes = _prepare(frame, catalogue, key_column)
    ref = _resolve_reference(values, population, catalogue, total_row, total_label, reference)
    worse = _worse_table(values, ref.values, catalogue)
    if method == METHOD_AVERAGE:
        fields, notes, unclassified = _average_fields(values, ref.values, worse, catalogue)
    else:
        fields, notes, unclassified = _index_fields(values, population, catalogue)
    report = AssessmentReport(
        method=method,
        reference_method=ref.method,
        reference_label=ref.label,
        reference_values={k: float(v) for k, v in ref.values.items()},
        missing=_missing_pairs(values),
        unclassified=tuple(unclassified),
        notes=(*value_notes, *notes),
    )
    return AssessmentResult(fields, values, ref.values, worse, catalogue, report, method)


# -- method 1: comparison with the city reference ------------------------------------------------


def _average_fields(
    values: pd.DataFrame, reference: pd.Series, worse: pd.DataFrame, catalogue: Catalogue
) -> tuple[pd.DataFrame, list[Message], list[str]]:
    """Method 1: the fields, the notes and (none) unclassified areas of the comparison with the city
    reference and the catalogue's "below average" rule."""
    status_ids = [i.id for i in catalogue.status_indicators]

    fields = pd.DataFrame(index=values.index)
    for indicator in catalogue.indicators:
        fields[f"w_{indicator.id}"] = worse[indicator.id].astype("Int64")
    status_worse = worse[status_ids].fillna(False).astype(bool)
    fields["n_worse"] = status_worse.sum(axis=1).astype("int64")
    fields["n_valid"] = values[status_ids].notna().sum(axis=1).astype("int64")
    for domain in catalogue.domains:
        ids = [i.id for i in catalogue.status_indicators if i.domain == domain.id]
        if ids:
            fields[f"n_worse_{domain.id}"] = status_worse[ids].sum(axis=1).astype("int64")
    hits = _threshold_hits(values, catalogue)
    fields["thr_hit"] = hits.map(bool).astype("int64")
    fields["thr_ids"] = hits.map(lambda ids: ",".join(ids)).astype(object)
    flagged = pd.Series(False, index=values.index)
    if catalogue.rule.min_worse is not None:
        flagged |= fields["n_worse"] >= catalogue.rule.min_worse
    if catalogue.rule.thresholds:
        flagged |= fields["thr_hit"] == 1
    fields["bel_avg"] = flagged.astype("int64")
    missing = list(reference.index[reference.isna()])
    notes = [Message("assessment.no_reference", {"indicators": missing})] if missing else []
    return fields, notes, []


def _threshold_hits(values: pd.DataFrame, catalogue: Catalogue) -> pd.Series:
    rules = [(i.id, i.threshold) for i in catalogue.indicators if i.threshold is not None]
    hits = [
        [indicator_id for indicator_id, rule in rules if rule.holds(row[indicator_id])]
        for _, row in values.iterrows()
    ]
    return pd.Series(hits, index=values.index, dtype=object)


# -- method 2: standardised index ----------------------------------------------------------------


def classify(value: float, breaks: Sequence[float], classes: Sequence[str]) -> str | None:
    """Class code of a value; a value exactly on an edge belongs to the lower (better) class."""
    if value is None or math.isnan(value):
        return None
    return classes[int(np.searchsorted(np.asarray(breaks, dtype=float), value, side="left"))]


def _standardise(series: pd.Series, mask: pd.Series) -> tuple[pd.Series, bool]:
    """z-scores over the masked areas (unweighted mean, population std); (zeros, False) if no spread."""
    base = series[mask & series.notna()]
    mean = base.mean()
    std = base.std(ddof=0)
    if not len(base) or pd.isna(std) or std == 0:
        return pd.Series(np.where(series.notna() & mask, 0.0, np.nan), index=series.index), False
    z = (series - mean) / std
    z[~mask] = np.nan
    return z, True


def composite_index(
    values: pd.DataFrame, indicators: Sequence[Indicator], assessed: pd.Series
) -> tuple[pd.Series, pd.DataFrame, list[Message]]:
    """Standardised composite index over ``indicators`` (positive = worse), signed z-scores, notes.

    Each area combines the signed z-scores it has, weighted; with all values present this is the
    weighted sum divided by the sum of the weights, which the second standardisation makes identical
    to standardising the weighted sum, and it keeps areas with a missing value comparable.
    """
    notes: list[Message] = []
    z_scores = {}
    for indicator in indicators:
        z, spread = _standardise(values[indicator.id], assessed)
        if not spread:
            notes.append(Message("assessment.no_spread", {"indicator": indicator.id}))
        z_scores[indicator.id] = z * indicator.worse_sign
    signed = pd.DataFrame(z_scores, index=values.index)
    weights = pd.Series({i.id: i.weight for i in indicators}, dtype=float)
    present = signed.notna()
    weighted_sum = (signed.fillna(0.0) * weights).sum(axis=1)
    weight_total = (present * weights).sum(axis=1)
    combined = (weighted_sum / weight_total.replace(0.0, np.nan)).where(present.any(axis=1))
    index, spread = _standardise(combined, assessed & combined.notna())
    if not spread:
        notes.append(Message("assessment.index_no_spread"))
    return index, signed, notes


def _index_fields(
    values: pd.DataFrame, population: pd.Series | None, catalogue: Catalogue
) -> tuple[pd.DataFrame, list[Message], list[str]]:
    """Method 2: the fields, the notes and the unclassified areas of the standardised status index
    (and Dynamik index), its classes and below average by class."""
    settings = catalogue.index
    notes: list[Message] = []

    assessed = pd.Series(True, index=values.index)
    if settings.min_population > 0:
        if population is None:
            notes.append(
                Message(
                    "assessment.min_population_not_applied",
                    {"minimum": settings.min_population, "column": catalogue.reference.population_column},
                )
            )
        else:
            small = population.notna() & (population < settings.min_population)
            assessed &= ~small
    status_ids = [i.id for i in catalogue.status_indicators]
    no_values = values[status_ids].isna().all(axis=1)
    unclassified = [k for k in values.index if not assessed[k] or no_values[k]]
    if population is not None and settings.min_population > 0:
        for key in values.index[~assessed]:
            notes.append(
                Message(
                    "assessment.below_min_population",
                    {"area": key, "population": population[key], "minimum": settings.min_population},
                )
            )
    for key in values.index[assessed & no_values]:
        notes.append(Message("assessment.no_status_value", {"area": key}))

    status_idx, signed, index_notes = composite_index(values, catalogue.status_indicators, assessed)
    notes.extend(index_notes)
    fields = pd.DataFrame(index=values.index)
    for indicator_id in signed.columns:
        fields[f"z_{indicator_id}"] = signed[indicator_id].astype(float)
    fields["status_idx"] = status_idx.astype(float)
    fields["status_cls"] = pd.Series(
        [classify(v, settings.breaks, settings.classes) for v in status_idx], index=values.index, dtype=object
    )
    if catalogue.change_indicators:
        dyn_idx, dyn_signed, dyn_notes = composite_index(values, catalogue.change_indicators, assessed)
        notes.extend(Message("assessment.dynamic", {"note": n}) for n in dyn_notes)
        for indicator_id in dyn_signed.columns:
            fields[f"z_{indicator_id}"] = dyn_signed[indicator_id].astype(float)
        fields["dyn_idx"] = dyn_idx.astype(float)
        fields["dyn_cls"] = pd.Series(
            [classify(v, settings.dynamic_breaks, settings.dynamic_classes) for v in dyn_idx],
            index=values.index,
            dtype=object,
        )
    flagged = set(settings.flagged_classes())
    fields["bel_avg"] = fields["status_cls"].map(lambda c: int(c in flagged)).astype("int64")
    return fields, notes, unclassified
