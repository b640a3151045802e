"""Comparing two years on QGIS layers: the later year's area layer, the earlier year's layer or table.

:func:`compare_features` copies the attributes of both sources into plain frames, runs
:func:`..core.development.compare_years` (the rules live there) and returns the later layer's rows with
the development fields appended, ready for a sink or :func:`..services.assessment_service.apply`.
Sources are never changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import pandas as pd
from qgis.core import QgsFields

from ..core.assessment import METHOD_AVERAGE
from ..core.catalogue import Catalogue
from ..core.development import EARLIER_TABLE, ComparisonError, ComparisonResult, compare_years
from ..core.keys import normalise_keys, suggest_key_pair
from ..core.messages import Message
from .assessment_service import AssessmentOutcome, frame_from_features, merge_result, output_fields
from .layers import FID_COLUMN


@dataclass
class ComparisonOutcome:
    """The output rows (later attributes + development fields), the comparison, the keys used."""

    frame: pd.DataFrame
    result: ComparisonResult
    result_columns: list[str]
    later_key: str
    earlier_key: str

    def fields(self, source_fields: QgsFields) -> QgsFields:
        """Field definitions of the output: the later source's (types kept), then the result fields."""
        return output_fields(source_fields, AssessmentOutcome(self.frame, self.result, self.result_columns))


def choose_keys(later: pd.DataFrame, earlier: pd.DataFrame, later_key: str | None, earlier_key: str | None):
    """The key columns to match by: as given, else the pair whose keys match most often.

    With only ``later_key`` given the earlier column is the one whose keys match it most often (and the
    reverse). Columns of numeric codes (``001``, ``710``) are tried before names, which match too but
    are no keys. Raises :class:`ComparisonError` when no pair of columns shares a key.
    """
    if later_key and earlier_key:
        return later_key, earlier_key
    # feature ids number any two layers alike: never a key to match years by
    later = later.drop(columns=[FID_COLUMN], errors="ignore") if later_key != FID_COLUMN else later
    earlier = earlier.drop(columns=[FID_COLUMN], errors="ignore") if earlier_key != FID_COLUMN else earlier
    candidates = {later_key: later[later_key]} if later_key else {c: later[c] for c in later.columns}
    table = earlier[[earlier_key]] if earlier_key else earlier
    codes = {name: values for name, values in candidates.items() if _numeric_codes(values)}
    code_table = table[[c for c in table.columns if _numeric_codes(table[c])]]
    found_later, found_earlier, matches = suggest_key_pair(codes, code_table) if codes else (None, None, 0)
    if not matches:
        found_later, found_earlier, matches = suggest_key_pair(candidates, table)
    if not matches:
        raise ComparisonError("comparison.no_key_match")
    return found_later, found_earlier


def _numeric_codes(values: pd.Series) -> bool:
    """True when every key in the column is a whole number (written as text or number)."""
    keys = [k for k in normalise_keys(values) if k is not None]
    return bool(keys) and all(k.isdigit() for k in keys)


LATER_LAYER = Message("comparison.later_layer")


@dataclass
class ComparisonJob:
    """Plain data for one comparison: safe to hand to a worker thread (see :func:`compute`).

    ``later``/``earlier`` are the two years' rows (one per area); keys default to the best-matching pair
    (:func:`choose_keys`); ``later_name``/``earlier_name`` (optional) are columns naming the areas in the
    report; ``breaks`` and ``method`` as for :func:`..core.development.compare_years`.
    """

    later: pd.DataFrame
    earlier: pd.DataFrame
    catalogue: Catalogue
    later_key: str | None = None
    earlier_key: str | None = None
    breaks: Sequence[float] | None = None
    method: str = METHOD_AVERAGE
    later_name: str | None = None
    earlier_name: str | None = None
    later_label: str | Message = LATER_LAYER
    earlier_label: str | Message = EARLIER_TABLE


def compute(job: ComparisonJob) -> ComparisonOutcome:
    """Compare the two years of ``job`` (any thread; no QGIS object is created): the later rows with the
    development fields appended. Raises :class:`..core.development.ComparisonError` or
    :class:`..core.assessment.AssessmentError` with a message for the user."""
    later_key, earlier_key = choose_keys(job.later, job.earlier, job.later_key, job.earlier_key)
    result = compare_years(
        job.later,
        job.earlier,
        job.catalogue,
        later_key,
        earlier_key,
        breaks=job.breaks,
        method=job.method,
        later_name=job.later_name,
        earlier_name=job.earlier_name,
        later_label=job.later_label,
        earlier_label=job.earlier_label,
    )
    frame = merge_result(job.later, result, later_key)
    return ComparisonOutcome(frame, result, list(result.fields.columns), later_key, earlier_key)


def compare_features(
    later_fields: QgsFields,
    later_features: Iterable,
    earlier_fields: QgsFields,
    earlier_features: Iterable,
    catalogue: Catalogue,
    later_key: str | None = None,
    earlier_key: str | None = None,
    breaks: Sequence[float] | None = None,
    method: str = METHOD_AVERAGE,
    name_field: str | None = None,
    later_label: str | Message = LATER_LAYER,
    earlier_label: str | Message = EARLIER_TABLE,
) -> ComparisonOutcome:
    """Compare the later features with the earlier ones (any thread; no QGIS object is created).

    Key fields default to the best-matching pair (:func:`choose_keys`); ``name_field`` names the areas in
    the report (the earlier source's field of the same name, if any, names areas found only there).
    Raises :class:`..core.development.ComparisonError` or
    :class:`..core.assessment.AssessmentError` with a message for the user.
    """
    job = ComparisonJob(
        frame_from_features(later_fields, later_features),
        frame_from_features(earlier_fields, earlier_features),
        catalogue,
        later_key,
        earlier_key,
        breaks,
        method,
        name_field,
        name_field,
        later_label,
        earlier_label,
    )
    return compute(job)
