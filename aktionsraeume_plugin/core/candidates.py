"""From the assessment to the action list: candidates, baseline, and generated proposed changes.

- Candidate Aktionsräume: Sozialräume below average.
- Candidate Aktionsquartiere: Quartiere below average inside Sozialräume that are not candidates.
- :func:`propose_changes` turns the difference between the baseline and the candidates into switchable
  :class:`~.scenario.Change` objects, each with a German rationale naming the indicators that drove it
  (the rationale goes into the council paper as it is; planners may edit it).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

import pandas as pd

from .assessment import METHOD_INDEX, AssessmentResult
from .catalogue import Catalogue, Indicator
from .keys import area_key
from .scenario import Baseline, Change, ChangeAction, Scenario, ScenarioError

_TRUE_MARKS = {"1", "true", "ja", "j", "yes", "y", "x", "wahr"}


@dataclass(frozen=True)
class Candidates:
    """Keys of candidate Aktionsräume and Aktionsquartiere, in table order."""

    spaces: tuple[str, ...]
    quarters: tuple[str, ...]


def find_candidates(
    space_assessment: AssessmentResult,
    quarter_assessment: AssessmentResult | None = None,
    parents: Mapping[str, str] | None = None,
) -> Candidates:
    """Spaces below average; quarters below average whose space is not a candidate.

    ``parents`` maps each quarter key to its Sozialraum key.
    """
    spaces = tuple(space_assessment.below_average())
    quarters: tuple[str, ...] = ()
    if quarter_assessment is not None:
        parents = parents or {}
        chosen = set(spaces)
        quarters = tuple(q for q in quarter_assessment.below_average() if parents.get(q) not in chosen)
    return Candidates(spaces=spaces, quarters=quarters)


# -- baseline ------------------------------------------------------------------------------------


def baseline_from_fields(
    spaces: pd.DataFrame | None = None,
    space_key: str = "",
    space_field: str = "",
    quarters: pd.DataFrame | None = None,
    quarter_key: str = "",
    quarter_field: str = "",
) -> Baseline:
    """The baseline from flag fields of the area tables (1/true/ja/x mark a listed area)."""

    def listed(frame: pd.DataFrame | None, key: str, flag: str) -> tuple[str, ...]:
        if frame is None or not flag:
            return ()
        for column in (key, flag):
            if column not in frame.columns:
                raise ScenarioError(f"The area table has no field '{column}' for the baseline.")
        keys = (area_key(k) for k, v in zip(frame[key], frame[flag]) if _is_true(v))
        return tuple(dict.fromkeys(k for k in keys if k is not None))

    return Baseline(
        action_spaces=listed(spaces, space_key, space_field),
        action_quarters=listed(quarters, quarter_key, quarter_field),
    )


def _is_true(value: Any) -> bool:
    if value is None or value is pd.NA:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return not math.isnan(value) and value != 0
    return str(value).strip().casefold() in _TRUE_MARKS


def read_baseline(path: str | Path) -> Baseline:
    """The baseline from a file: a scenario file (its baseline) or JSON with the two key lists.

    The plain form is ``{"aktionsraeume": [...], "aktionsquartiere": [...]}``.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ScenarioError(f"{path}: baseline file not found.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ScenarioError(f"{path}: not a JSON baseline or scenario file ({error}).") from None
    except OSError as error:
        raise ScenarioError(f"{path}: cannot be read ({error.strerror}).") from None
    if isinstance(data, dict) and "format" in data:
        return Scenario.from_dict(data, str(path)).baseline
    wrapped = {"format": "aktionsraeume-scenario", "version": 1, "baseline": data, "changes": []}
    return Scenario.from_dict(wrapped, str(path)).baseline


# -- German number format ------------------------------------------------------------------------


def format_de(value: float, decimals: int = 1, trim: bool = False) -> str:
    """German notation: decimal comma, thousands dot ("1.234,5"); ``trim`` drops a ",0" ending."""
    text = f"{value:,.{decimals}f}".replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")
    if trim and decimals > 0:
        text = text.rstrip("0").rstrip(",")
    return text


def _with_unit(number: str, unit: str) -> str:
    return f"{number} {unit}" if unit else number


def describe_value(indicator: Indicator, value: float) -> str:
    """E.g. "Transferleistungsquote 21,4 %"."""
    return f"{indicator.label_de} {_with_unit(format_de(value), indicator.unit)}"


def describe_threshold(indicator: Indicator, value: float) -> str:
    """E.g. "Transferleistungsquote 21,4 % (> 20 %)"."""
    assert indicator.threshold is not None
    limit = _with_unit(format_de(indicator.threshold.value, 1, trim=True), indicator.unit)
    return f"{describe_value(indicator, value)} ({indicator.threshold.op} {limit})"


def describe_worse(indicator: Indicator, value: float, reference: float) -> str:
    """E.g. "Arbeitslosenquote 14,2 % (Stadt 10,1 %)"."""
    return f"{describe_value(indicator, value)} (Stadt {_with_unit(format_de(reference), indicator.unit)})"


# -- rationales ----------------------------------------------------------------------------------


def _deviation(indicator: Indicator, value: float, reference: float) -> float:
    """How far an indicator is worse than the reference, relative to the reference (for ordering)."""
    if not reference:
        return abs(value - reference)
    return (value - reference) / abs(reference) * indicator.worse_sign


def _status_index_text(result: AssessmentResult, key: str) -> str | None:
    """E.g. "Statusindex 1,62 (sehr niedrig)" for index assessments, else None."""
    if result.method != METHOD_INDEX or pd.isna(result.fields.loc[key].get("status_idx", math.nan)):
        return None
    code = str(result.fields.loc[key, "status_cls"]).replace("_", " ")
    return f"Statusindex {format_de(result.fields.loc[key, 'status_idx'], 2)} ({code})"


def _german_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} und {items[-1]}"


def below_rationale(result: AssessmentResult, key: str, max_listed: int = 3, lead: str = "") -> str:
    """Why an area is below average: threshold rules that hold, then the indicators worse than the city.

    E.g. "Transferleistungsquote 21,4 % (> 20 %); 3 von 7 Indikatoren unter dem städtischen Durchschnitt:
    Kinder ... 41,8 % (Stadt 30,8 %) und Arbeitslosenquote 12,6 % (Stadt 11,9 %)". ``lead`` goes before
    the count (e.g. "weiterhin"). At most ``max_listed`` indicators are named, the furthest off first.
    """
    catalogue = result.catalogue
    values = result.values.loc[key]
    hits = result.threshold_hits(key)
    parts = [describe_threshold(catalogue.indicator(i), values[i]) for i in hits]
    index_text = _status_index_text(result, key)
    if index_text:
        parts.append(index_text)
    n_worse = len(result.worse_indicators(key))
    n_valid = len(result.valid_indicators(key))
    count = f"{lead} " if lead else ""
    count += f"{n_worse} von {n_valid} Indikatoren unter dem städtischen Durchschnitt"
    worse = [i for i in result.worse_indicators(key) if i not in hits]
    if worse:
        ranked = sorted(
            worse, key=lambda i: -_deviation(catalogue.indicator(i), values[i], result.reference[i])
        )
        listed = [
            describe_worse(catalogue.indicator(i), values[i], result.reference[i])
            for i in ranked[:max_listed]
        ]
        joiner = ", darunter " if len(ranked) > max_listed else ": "
        count += joiner + _german_list(listed)
    parts.append(count)
    return "; ".join(parts)


def not_below_rationale(result: AssessmentResult, key: str) -> str:
    """Why an area is not (or no longer) below average.

    E.g. "nur noch 2 von 7 Indikatoren unter dem städtischen Durchschnitt, kein Schwellenwert
    überschritten"; for index assessments the status index comes first.
    """
    n_worse = len(result.worse_indicators(key))
    n_valid = len(result.valid_indicators(key))
    index_text = _status_index_text(result, key)
    if index_text:
        return f"{index_text}; {n_worse} von {n_valid} Indikatoren unter dem städtischen Durchschnitt"
    text = f"nur noch {n_worse} von {n_valid} Indikatoren unter dem städtischen Durchschnitt"
    if result.catalogue.rule.thresholds and any(i.threshold is not None for i in result.catalogue.indicators):
        text += ", kein Schwellenwert überschritten"
    return text


# -- proposed changes ----------------------------------------------------------------------------


def change_id(action: ChangeAction, area: str) -> str:
    """The stable id of a generated change (the same default the scenario format uses)."""
    return f"{action.value}-{area}"


def propose_changes(
    baseline: Baseline,
    space_assessment: AssessmentResult,
    quarter_assessment: AssessmentResult | None,
    names: Mapping[str, str],
    parents: Mapping[str, str],
    catalogue: Catalogue | None = None,
) -> list[Change]:
    """Proposed changes from the difference between baseline and candidates, each with a rationale.

    - a baseline Aktionsraum that is no longer below average → ``remove_space``, followed by
      ``keep_quarter`` for each of its quarters still below average;
    - a below-average space that is not in the baseline → ``add_space``;
    - a below-average quarter outside every candidate and baseline space → ``add_quarter``;
    - a baseline Aktionsquartier no longer below average → ``remove_quarter``.

    ``names`` maps area keys (spaces and quarters) to names; ``parents`` maps quarter keys to space keys.
    ``catalogue`` is accepted for explicit call sites; the assessments carry (and use) their own.
    """
    below_spaces = set(space_assessment.below_average())
    below_quarters = set(quarter_assessment.below_average()) if quarter_assessment is not None else set()
    quarter_order = quarter_assessment.keys if quarter_assessment is not None else []
    baseline_spaces = set(baseline.action_spaces)
    baseline_quarters = set(baseline.action_quarters)
    known_spaces = set(space_assessment.keys)
    changes: list[Change] = []

    def make(action: ChangeAction, area: str, rationale: str, parent: str = "") -> Change:
        return Change(
            id=change_id(action, area),
            action=action,
            area=area,
            area_name=names.get(area, ""),
            parent=parent,
            rationale=rationale,
        )

    for space in [k for k in baseline.action_spaces if k in known_spaces and k not in below_spaces]:
        changes.append(make(ChangeAction.REMOVE_SPACE, space, not_below_rationale(space_assessment, space)))
        for quarter in quarter_order:
            if (
                parents.get(quarter) == space
                and quarter in below_quarters
                and quarter not in baseline_quarters
            ):
                assert quarter_assessment is not None
                rationale = below_rationale(quarter_assessment, quarter, lead="Quartier weiterhin mit")
                changes.append(make(ChangeAction.KEEP_QUARTER, quarter, rationale, parent=space))
    for space in space_assessment.keys:
        if space in below_spaces and space not in baseline_spaces:
            changes.append(make(ChangeAction.ADD_SPACE, space, below_rationale(space_assessment, space)))
    if quarter_assessment is not None:
        covered = below_spaces | baseline_spaces
        for quarter in quarter_order:
            parent = parents.get(quarter, "")
            if quarter in below_quarters and quarter not in baseline_quarters and parent not in covered:
                changes.append(
                    make(
                        ChangeAction.ADD_QUARTER,
                        quarter,
                        below_rationale(quarter_assessment, quarter),
                        parent=parent,
                    )
                )
        for quarter in baseline.action_quarters:
            if quarter in quarter_assessment.keys and quarter not in below_quarters:
                changes.append(
                    make(
                        ChangeAction.REMOVE_QUARTER,
                        quarter,
                        not_below_rationale(quarter_assessment, quarter),
                        parent=parents.get(quarter, ""),
                    )
                )
    return changes


def proposed_scenario(
    name: str,
    baseline: Baseline,
    changes: Iterable[Change],
    catalogue_path: str = "",
    description: str = "",
) -> Scenario:
    """A scenario holding generated changes (all switched on)."""
    return Scenario(
        name=name,
        baseline=baseline,
        changes=tuple(changes),
        catalogue=catalogue_path,
        description=description,
    )
