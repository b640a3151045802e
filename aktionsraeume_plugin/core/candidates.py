"""From the assessment to the action list: candidates, baseline, and generated proposed changes.

- Candidate Aktionsräume: Sozialräume below average.
- Candidate Aktionsquartiere: Quartiere below average inside Sozialräume that are not candidates.
- :func:`propose_changes` turns the difference between the baseline and the candidates into switchable
  :class:`~.scenario.Change` objects, each with its rationale as data (messages naming the indicators,
  values, city references and rules that drove it), worded in the reader's language by
  ``services.messages``; planners may replace it by their own text.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import pandas as pd

from .assessment import METHOD_INDEX, AssessmentResult
from .catalogue import Catalogue, Indicator
from .keys import area_key
from .messages import Message, localised
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
                raise ScenarioError("scenario.baseline_field_missing", field=column)
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

    The plain form is ``{"aktionsraeume": [...], "aktionsquartiere": [...]}``; a bare list of keys
    (``["0503", "0710"]``) lists Aktionsräume only. Raises :class:`~.scenario.ScenarioError` naming the
    file for a missing or unreadable file or a malformed list. The keys are not checked against the
    areas here: that is :func:`~.scenario.unknown_areas`, where the list meets the area layers.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ScenarioError("scenario.baseline_not_found", path=str(path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ScenarioError("scenario.baseline_not_json", path=str(path), error=str(error)) from None
    except OSError as error:
        raise ScenarioError("file.unreadable", path=str(path), reason=error.strerror or str(error)) from None
    if isinstance(data, dict) and "format" in data:
        return Scenario.from_dict(data, str(path)).baseline
    if isinstance(data, list):
        data = {"aktionsraeume": data}
    wrapped = {"format": "aktionsraeume-scenario", "version": 1, "baseline": data, "changes": []}
    return Scenario.from_dict(wrapped, str(path)).baseline


# -- rationales (as data: worded by services.messages in the reader's language) -------------------


def _indicator(indicator: Indicator, value: float) -> dict[str, Any]:
    """The values naming an indicator in a rationale: id, label in German and English, value, unit."""
    return {
        "indicator": indicator.id,
        "label": localised(indicator.label_de, indicator.label_en),
        "value": float(value),
        "unit": indicator.unit,
    }


def threshold_reason(indicator: Indicator, value: float) -> Message:
    """The threshold rule that holds, e.g. "Transferleistungsquote 21,4 % (> 20 %)" when worded."""
    assert indicator.threshold is not None
    return Message(
        "rationale.threshold",
        {
            **_indicator(indicator, value),
            "op": indicator.threshold.op,
            "limit": float(indicator.threshold.value),
        },
    )


def worse_reason(indicator: Indicator, value: float, reference: float) -> Message:
    """An indicator worse than the city, e.g. "Arbeitslosenquote 14,2 % (Stadt 10,1 %)" when worded."""
    return Message(
        "rationale.worse_than_city", {**_indicator(indicator, value), "reference": float(reference)}
    )


def _deviation(indicator: Indicator, value: float, reference: float) -> float:
    """How far an indicator is worse than the reference, relative to the reference (for ordering)."""
    if not reference:
        return abs(value - reference)
    return (value - reference) / abs(reference) * indicator.worse_sign


def _status_index_reason(result: AssessmentResult, key: str) -> Message | None:
    """The status index and its class code for index assessments, else None."""
    if result.method != METHOD_INDEX or pd.isna(result.fields.loc[key].get("status_idx", math.nan)):
        return None
    return Message(
        "rationale.status_index",
        {
            "value": float(result.fields.loc[key, "status_idx"]),
            "class": str(result.fields.loc[key, "status_cls"]),
        },
    )


def below_rationale(
    result: AssessmentResult, key: str, max_listed: int = 3, quarter_kept: bool = False
) -> tuple[Message, ...]:
    """Why an area is below average: threshold rules that hold, then the indicators worse than the city.

    Worded in German: "Transferleistungsquote 21,4 % (> 20 %); 3 von 7 Indikatoren unter dem städtischen
    Durchschnitt: Kinder ... 41,8 % (Stadt 30,8 %) und Arbeitslosenquote 12,6 % (Stadt 11,9 %)".
    ``quarter_kept`` words the count for a quarter kept as Aktionsquartier ("Quartier weiterhin mit …").
    At most ``max_listed`` indicators are named, the furthest off first.
    """
    catalogue = result.catalogue
    values = result.values.loc[key]
    hits = result.threshold_hits(key)
    parts = [threshold_reason(catalogue.indicator(i), values[i]) for i in hits]
    index_reason = _status_index_reason(result, key)
    if index_reason:
        parts.append(index_reason)
    counts = {"worse": len(result.worse_indicators(key)), "valid": len(result.valid_indicators(key))}
    count = Message(
        "rationale.quarter_still_below_count" if quarter_kept else "rationale.below_count", counts
    )
    worse = [i for i in result.worse_indicators(key) if i not in hits]
    if worse:
        ranked = sorted(
            worse, key=lambda i: -_deviation(catalogue.indicator(i), values[i], result.reference[i])
        )
        listed = [
            worse_reason(catalogue.indicator(i), values[i], result.reference[i]) for i in ranked[:max_listed]
        ]
        code = "rationale.including" if len(ranked) > max_listed else "rationale.listing"
        count = Message(code, {"count": count, "indicators": Message("list.and", {"items": listed})})
    parts.append(count)
    return tuple(parts)


def not_below_rationale(result: AssessmentResult, key: str) -> tuple[Message, ...]:
    """Why an area is not (or no longer) below average.

    Worded in German: "nur noch 2 von 7 Indikatoren unter dem städtischen Durchschnitt, kein Schwellenwert
    überschritten"; for index assessments the status index comes first.
    """
    counts = {"worse": len(result.worse_indicators(key)), "valid": len(result.valid_indicators(key))}
    index_reason = _status_index_reason(result, key)
    if index_reason:
        return (index_reason, Message("rationale.below_count", counts))
    count = Message("rationale.only_below_count", counts)
    if result.catalogue.rule.thresholds and any(i.threshold is not None for i in result.catalogue.indicators):
        count = Message("rationale.no_threshold_exceeded", {"count": count})
    return (count,)


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

    def make(action: ChangeAction, area: str, reasons: tuple[Message, ...], parent: str = "") -> Change:
        return Change(
            id=change_id(action, area),
            action=action,
            area=area,
            area_name=names.get(area, ""),
            parent=parent,
            reasons=reasons,
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
                rationale = below_rationale(quarter_assessment, quarter, quarter_kept=True)
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
