"""Gebietsprofile (area profiles): which areas get a page, and the numbers on each page.

Plain data only; the services turn an :class:`AreaProfile` into a page of the profile print layout and
word it in the user's language. Codes, not sentences, leave this module: the area kind
(:data:`KIND_ACTION_SPACE` ...), the status code (:class:`~.status.AreaStatus`), the ids of the
indicators whose threshold rule holds, and the scenario's changes that concern the area.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

import pandas as pd

from .assessment import AssessmentResult
from .catalogue import Catalogue, Indicator
from .development import ComparisonResult
from .messages import MessageError
from .scenario import Change, Scenario
from .status import AreaStatus

LEVEL_SPACES = "spaces"
LEVEL_QUARTERS = "quarters"
LEVELS = (LEVEL_SPACES, LEVEL_QUARTERS)

#: Which areas get a page: the scenario's Aktionsräume and Aktionsquartiere, every area of a level,
#: or the areas the user selected.
SELECTION_SCENARIO = "scenario"
SELECTION_ALL = "all"
SELECTION_SELECTED = "selected"
SELECTIONS = (SELECTION_SCENARIO, SELECTION_ALL, SELECTION_SELECTED)

#: The kind of area a page is about (the services translate these codes).
KIND_ACTION_SPACE = "action_space"
KIND_ACTION_QUARTER = "action_quarter"
KIND_CANDIDATE = "candidate"
KIND_SPACE = "space"
KIND_QUARTER = "quarter"


class ProfileError(MessageError, ValueError):
    """A profile request that cannot be met; the message names the level, selection or area."""


@dataclass(frozen=True)
class ProfileArea:
    """One area a profile page is made for: its level (``spaces``/``quarters``) and canonical key."""

    level: str
    key: str


@dataclass(frozen=True)
class ProfileRow:
    """One indicator of one area.

    ``value`` and ``reference`` are in the indicator's unit; ``difference`` is ``value - reference`` in
    the same unit (percentage points for a % indicator); ``worse`` is True when the area is worse than
    the city by the indicator's direction, False when not, None when a value is missing. ``z`` is the
    signed standardised score (positive = worse) where the index was computed; ``earlier`` (the
    earlier year's value) and ``change`` (later − earlier in the indicator's unit, unsigned, as
    :func:`.development.compare_years` computes it) are None when no earlier year is available.
    """

    indicator: Indicator
    value: float | None
    reference: float | None
    difference: float | None
    worse: bool | None
    z: float | None = None
    earlier: float | None = None
    change: float | None = None


@dataclass(frozen=True)
class AreaProfile:
    """Everything one page shows about one area (codes and numbers; no wording)."""

    area: ProfileArea
    name: str
    district: str
    kind: str
    status: str
    changes: tuple[Change, ...]
    threshold_hits: tuple[str, ...]
    n_worse: int
    n_valid: int
    index: float | None
    index_class: str | None
    rows: tuple[ProfileRow, ...]

    @property
    def key(self) -> str:
        return self.area.key


def select_areas(
    scenario: Scenario,
    level: str | None,
    selection: str,
    space_keys: Sequence[str],
    quarter_keys: Sequence[str] = (),
    selected: Iterable[str] = (),
) -> list[ProfileArea]:
    """The areas that get a page, in page order.

    - ``scenario``: the scenario's Aktionsräume, then its Aktionsquartiere (each in layer order);
      ``level`` limits it to one of the two (None: both);
    - ``all``: every area of ``level`` in layer order;
    - ``selected``: the ``selected`` keys of ``level`` in layer order.

    ``space_keys``/``quarter_keys`` are the canonical keys of the levels in layer order. Raises
    :class:`ProfileError` for an unknown level or selection, or when no area is left.
    """
    if selection not in SELECTIONS:
        raise ProfileError("profiles.unknown_selection", selection=str(selection), known=SELECTIONS)
    if level is not None and level not in LEVELS:
        raise ProfileError("profiles.unknown_level", level=str(level), known=LEVELS)
    keys = {LEVEL_SPACES: list(space_keys), LEVEL_QUARTERS: list(quarter_keys)}
    if selection == SELECTION_SCENARIO:
        chosen = {LEVEL_SPACES: scenario.action_spaces(), LEVEL_QUARTERS: scenario.action_quarters()}
        levels = LEVELS if level is None else (level,)
        areas = [ProfileArea(lv, k) for lv in levels for k in keys[lv] if k in chosen[lv]]
    else:
        level = level or LEVEL_SPACES
        wanted = set(selected)
        areas = [ProfileArea(level, k) for k in keys[level] if selection == SELECTION_ALL or k in wanted]
    if not areas:
        raise ProfileError("profiles.no_area", level=str(level), selection=str(selection))
    return areas


def area_changes(scenario: Scenario, key: str) -> tuple[Change, ...]:
    """The scenario's switched-on changes that concern the area ``key``."""
    return tuple(change for change in scenario.changes if change.enabled and change.area == key)


def area_kind(level: str, status: str, below_average: bool) -> str:
    """The kind code of an area: funded (Aktionsraum/Aktionsquartier) by its status under the scenario,
    else a candidate when the assessment finds it below average, else a plain Sozialraum/Quartier."""
    if status in (AreaStatus.REMAINS_ACTION_SPACE.value, AreaStatus.NEW_ACTION_SPACE.value):
        return KIND_ACTION_SPACE
    if status == AreaStatus.ACTION_QUARTER.value:
        return KIND_ACTION_QUARTER
    if below_average:
        return KIND_CANDIDATE
    return KIND_SPACE if level == LEVEL_SPACES else KIND_QUARTER


def _number(value) -> float | None:
    if value is None or pd.isna(value):
        return None
    value = float(value)
    return None if math.isnan(value) else value


def profile_rows(
    catalogue: Catalogue,
    result: AssessmentResult,
    key: str,
    index_result: AssessmentResult | None = None,
    comparison: ComparisonResult | None = None,
) -> tuple[ProfileRow, ...]:
    """Every catalogue indicator of area ``key``, grouped by domain in catalogue order.

    ``result`` is an assessment against the city reference holding ``key``; ``index_result`` (optional)
    an index assessment of the same areas (for z-scores); ``comparison`` (optional) the comparison of the
    same table with an earlier year (:func:`.development.compare_years`), which gives each compared
    indicator's earlier value and change. Missing values give None fields.
    """
    values = result.values.loc[key] if key in result.values.index else pd.Series(dtype=float)
    worse = result.worse.loc[key] if key in result.worse.index else pd.Series(dtype=object)
    z_row = None
    if index_result is not None and key in index_result.fields.index:
        z_row = index_result.fields.loc[key]
    rows = []
    order = {domain.id: n for n, domain in enumerate(catalogue.domains)}
    for indicator in sorted(catalogue.indicators, key=lambda i: order.get(i.domain, len(order))):
        value = _number(values.get(indicator.id))
        reference = _number(result.reference.get(indicator.id))
        flag = worse.get(indicator.id)
        earlier_value, change = _earlier_and_change(comparison, key, indicator.id)
        rows.append(
            ProfileRow(
                indicator=indicator,
                value=value,
                reference=reference,
                difference=None if value is None or reference is None else value - reference,
                worse=None if flag is None or pd.isna(flag) else bool(flag),
                z=_number(z_row.get(f"z_{indicator.id}")) if z_row is not None else None,
                earlier=earlier_value,
                change=change,
            )
        )
    return tuple(rows)


def _earlier_and_change(
    comparison: ComparisonResult | None, key: str, indicator_id: str
) -> tuple[float | None, float | None]:
    """The earlier value and the change of one indicator of area ``key`` from ``comparison`` (None, None
    where the indicator was not compared or the area has no earlier partner)."""
    if comparison is None or indicator_id not in comparison.changes.columns:
        return None, None
    if key not in comparison.changes.index:
        return None, None
    return (
        _number(comparison.fields.at[key, f"e_{indicator_id}"]),
        _number(comparison.changes.at[key, indicator_id]),
    )


def build_profile(
    area: ProfileArea,
    name: str,
    district: str,
    status: str,
    scenario: Scenario,
    result: AssessmentResult | None,
    index_result: AssessmentResult | None = None,
    comparison: ComparisonResult | None = None,
) -> AreaProfile:
    """The profile of one area. ``result`` None (no indicator values for the level) gives no rows;
    ``comparison`` (optional) adds the earlier year (:func:`profile_rows`)."""
    key = area.key
    has_values = result is not None and key in result.fields.index
    if has_values:
        rows = profile_rows(result.catalogue, result, key, index_result, comparison)
        hits = tuple(result.threshold_hits(key))
        n_worse = len(result.worse_indicators(key))
        n_valid = len(result.valid_indicators(key))
        below = bool(result.fields.loc[key, "bel_avg"] == 1)
    else:
        rows, hits, n_worse, n_valid, below = (), (), 0, 0, False
    index = index_class = None
    if index_result is not None and key in index_result.fields.index:
        index = _number(index_result.fields.loc[key].get("status_idx"))
        code = index_result.fields.loc[key].get("status_cls")
        index_class = None if code is None or pd.isna(code) else str(code)
    return AreaProfile(
        area=area,
        name=name,
        district=district,
        kind=area_kind(area.level, status, below),
        status=status,
        changes=area_changes(scenario, key),
        threshold_hits=hits,
        n_worse=n_worse,
        n_valid=n_valid,
        index=index,
        index_class=index_class,
        rows=rows,
    )


def chart_scale(rows: Sequence[ProfileRow]) -> Mapping[str, float]:
    """Per indicator id, the bar length that stands for 100 % of the chart width: the larger of the
    area's and the city's absolute value (so the longer bar fills the width), 1 when both are 0/None."""
    scale = {}
    for row in rows:
        largest = max(abs(row.value or 0.0), abs(row.reference or 0.0))
        scale[row.indicator.id] = largest or 1.0
    return scale
