"""Comparing two years: how did each area develop, and where is it below average now and then?

Planners ask "where did things get better or worse since the last report?" (Berlin's monitoring calls
it Dynamik). :func:`compare_years` takes the indicator tables of an earlier and a later year (areas
matched by key, however the key is written: ``1``, ``"001"``), a catalogue, and gives per area:

- the change of each status indicator in the indicator's own unit (a rate in percentage points),
  signed by the indicator's direction so that positive means a worse development;
- a development index of the same standardised form as the status index (the changes are
  z-standardised and combined by :func:`.assessment.composite_index`, the one home of that rule);
- a development class from the index (improved / stable / worsened; break points configurable, a value
  exactly on an edge belongs to the better class, as for every class in the plugin);
- the status in both years by the catalogue's rule (:func:`.assessment.assess`, method "average" or
  "index"), and what became of it: still below average, newly below, no longer below, not below.

Only indicators present in both tables are compared and standardised; the status of both years is
assessed with the same indicators, so the two years are comparable. Areas, keys or indicators present in
one year only are named in the report, never dropped silently: an area of the later year without a
partner keeps its row with empty development fields.

Result fields (short names, fit for GeoPackage; :data:`FIELD_DOCS`):

=============  ==========================================================================================
``e_<id>``     the indicator's value in the earlier year (unit of the indicator)
``d_<id>``     change later − earlier in the indicator's unit, signed by direction: positive = worse
``dev_idx``    development index (standardised; positive = worse development), NULL without a partner
``dev_cls``    ``improved``, ``stable`` or ``worsened``; NULL without a partner or without values
``bel_then``   1 = below average in the earlier year, 0 = not, NULL without a partner
``bel_now``    1 = below average in the later year, else 0
``st_chg``     ``still_below``, ``newly_below``, ``no_longer_below``, ``not_below``; NULL without a partner
=============  ==========================================================================================
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd

from .assessment import METHOD_AVERAGE, AssessmentError, AssessmentResult, assess, classify, composite_index
from .catalogue import Catalogue, Indicator
from .keys import area_key, normalise_key_series
from .messages import Message

IMPROVED = "improved"
STABLE = "stable"
WORSENED = "worsened"
DEVELOPMENT_CLASSES = (IMPROVED, STABLE, WORSENED)
DEFAULT_BREAKS = (-1.0, 1.0)

STILL_BELOW = "still_below"
NEWLY_BELOW = "newly_below"
NO_LONGER_BELOW = "no_longer_below"
NOT_BELOW = "not_below"
STATUS_CHANGES = (STILL_BELOW, NEWLY_BELOW, NO_LONGER_BELOW, NOT_BELOW)

FIELD_DOCS: dict[str, str] = {
    "e_<id>": "value of the indicator in the earlier year (the indicator's unit)",
    "d_<id>": "change later - earlier in the indicator's unit (percentage points for rates); positive = worse",
    "dev_idx": "development index, standardised, positive = worse development; NULL without a partner",
    "dev_cls": "development class: improved, stable or worsened",
    "bel_then": "1 = below average in the earlier year, 0 = not; NULL without a partner",
    "bel_now": "1 = below average in the later year, 0 = not",
    "st_chg": "still_below, newly_below, no_longer_below or not_below",
}


#: how messages name the two tables unless the caller names them
LATER_TABLE = Message("comparison.later_table")
EARLIER_TABLE = Message("comparison.earlier_table")


class ComparisonError(AssessmentError):
    """Two tables that cannot be compared; the message names the table, column or area."""


@dataclass(frozen=True)
class ComparisonReport:
    """What the user must know besides the fields: what exists in one year only, what was compared."""

    later_label: str | Message
    earlier_label: str | Message
    compared: tuple[str, ...]  # indicator ids compared
    later_only_areas: tuple[str, ...] = ()  # "key name" texts
    earlier_only_areas: tuple[str, ...] = ()
    later_only_indicators: tuple[str, ...] = ()  # "id (column)" texts
    earlier_only_indicators: tuple[str, ...] = ()
    neither_indicators: tuple[str, ...] = ()
    notes: tuple[Message, ...] = ()

    def messages(self) -> list[Message]:
        """What the comparison tells the user (logs, Processing feedback), one message a line."""
        lines = [Message("comparison.compared", {"count": len(self.compared), "ids": self.compared})]
        for code, label, items in (
            ("comparison.areas_only_in", self.later_label, self.later_only_areas),
            ("comparison.areas_only_in", self.earlier_label, self.earlier_only_areas),
            ("comparison.indicators_only_in", self.later_label, self.later_only_indicators),
            ("comparison.indicators_only_in", self.earlier_label, self.earlier_only_indicators),
        ):
            if items:
                lines.append(Message(code, {"table": label, "count": len(items), "items": items}))
        if self.neither_indicators:
            lines.append(Message("comparison.indicators_in_neither", {"items": self.neither_indicators}))
        lines.extend(self.notes)
        return lines


@dataclass(frozen=True)
class ComparisonResult:
    """Result fields (index: the later table's area keys, in its order) and the numbers behind them."""

    fields: pd.DataFrame
    changes: pd.DataFrame  # later − earlier per indicator id, unsigned, NaN without a partner
    later: AssessmentResult
    earlier: AssessmentResult
    indicators: tuple[Indicator, ...]
    report: ComparisonReport

    def keys_in_class(self, code: str) -> list[str]:
        """Keys of the areas of a development class, in table order."""
        return [k for k, c in self.fields["dev_cls"].items() if c == code]

    @property
    def improved(self) -> list[str]:
        return self.keys_in_class(IMPROVED)

    @property
    def worsened(self) -> list[str]:
        return self.keys_in_class(WORSENED)


def _breaks(breaks: Sequence[float] | None, catalogue: Catalogue) -> tuple[float, float]:
    """Two ascending break points: given, else the catalogue's Dynamik breaks when two, else ±1."""
    if breaks is None:
        dynamic = tuple(catalogue.index.dynamic_breaks)
        breaks = dynamic if len(dynamic) == 2 else DEFAULT_BREAKS
    values = tuple(float(b) for b in breaks)
    if len(values) != 2 or any(math.isnan(v) for v in values) or values[0] > values[1]:
        raise ComparisonError("comparison.breaks", breaks=tuple(str(b) for b in breaks))
    return values


def _named(keys: Sequence[str], names: dict[str, str]) -> tuple[str, ...]:
    return tuple(f"{k} {names[k]}".strip() if names.get(k) else str(k) for k in keys)


def _names(frame: pd.DataFrame, key_column: str, name_column: str | None) -> dict[str, str]:
    if not name_column or name_column not in frame.columns:
        return {}
    return {
        area_key(k): str(v)
        for k, v in zip(frame[key_column], frame[name_column])
        if area_key(k) and v is not None
    }


def compare_years(
    later: pd.DataFrame,
    earlier: pd.DataFrame,
    catalogue: Catalogue,
    later_key: str,
    earlier_key: str | None = None,
    breaks: Sequence[float] | None = None,
    method: str = METHOD_AVERAGE,
    later_name: str | None = None,
    earlier_name: str | None = None,
    later_label: str | Message = LATER_TABLE,
    earlier_label: str | Message = EARLIER_TABLE,
) -> ComparisonResult:
    """Compare the later year's table with the earlier year's, area by area (see the module doc).

    ``later``/``earlier``: one row per area (a city total row is found and used as each year's
    reference, as in :func:`.assessment.assess`); ``later_key``/``earlier_key`` (default: the same
    name) are the key columns, compared as :func:`.keys.normalise_key_series` makes them (``1`` matches
    ``"001"``). ``later_name``/``earlier_name`` (optional) name areas in the report. ``breaks``: the two
    edges of the development index between improved, stable and worsened (default: the catalogue's
    ``[index] dynamic_breaks`` when it has two, else -1 and 1). ``method``: how the status of each year
    is judged ("average" or "index").

    Raises :class:`ComparisonError` when no indicator of the catalogue is in both tables, a key column
    is missing or the breaks are not two ascending numbers; :class:`.assessment.AssessmentError` for
    cells that are not numbers or duplicate keys (naming area and column).
    """
    earlier_key = earlier_key or later_key
    for frame, key, label in ((later, later_key, later_label), (earlier, earlier_key, earlier_label)):
        if key not in frame.columns:
            raise ComparisonError("comparison.no_key_column", table=label, column=key)
    edges = _breaks(breaks, catalogue)

    def describe(indicator: Indicator) -> str:
        return f"{indicator.id} ('{indicator.column}')"

    status = catalogue.status_indicators
    in_later = [i for i in status if i.column in later.columns]
    in_earlier = [i for i in status if i.column in earlier.columns]
    common = tuple(i for i in in_later if i in in_earlier)
    if not common:
        raise ComparisonError("comparison.no_common_indicator", later=later_label, earlier=earlier_label)
    sub_catalogue = dataclasses.replace(catalogue, indicators=common)
    later_result = assess(later, sub_catalogue, later_key, method)
    earlier_result = assess(earlier, sub_catalogue, earlier_key, method)

    later_keys = later_result.fields.index
    earlier_keys = earlier_result.fields.index
    later_match = pd.Series(
        normalise_key_series(pd.Series(list(later_keys), dtype=object)).to_numpy(), index=later_keys
    )
    earlier_match = pd.Series(
        list(earlier_keys), index=normalise_key_series(pd.Series(list(earlier_keys), dtype=object)).to_numpy()
    )
    partner = later_match.map(lambda m: earlier_match.get(m)).astype(object)
    matched = partner.notna()
    matched_earlier = set(partner[matched])
    later_only = [k for k in later_keys if not matched[k]]
    earlier_only = [k for k in earlier_keys if k not in matched_earlier]

    ids = [i.id for i in common]
    earlier_values = earlier_result.values[ids].reindex(
        pd.Index(partner.where(matched, None).tolist(), dtype=object)
    )
    earlier_values.index = later_keys
    changes = later_result.values[ids] - earlier_values

    development, _signed, index_notes = composite_index(changes, common, matched)
    fields = pd.DataFrame(index=later_keys)
    for indicator in common:
        fields[f"e_{indicator.id}"] = earlier_values[indicator.id].astype(float)
    for indicator in common:
        fields[f"d_{indicator.id}"] = (changes[indicator.id] * indicator.worse_sign).astype(float)
    fields["dev_idx"] = development.astype(float)
    fields["dev_cls"] = pd.Series(
        [classify(v, edges, DEVELOPMENT_CLASSES) for v in development], index=later_keys, dtype=object
    )
    now = later_result.fields["bel_avg"].astype("int64")
    then = pd.Series(
        [earlier_result.fields["bel_avg"].get(p) if isinstance(p, str) else None for p in partner],
        index=later_keys,
        dtype="Int64",
    )
    fields["bel_then"] = then
    fields["bel_now"] = now
    fields["st_chg"] = pd.Series(
        [_status_change(t, n) for t, n in zip(then, now)], index=later_keys, dtype=object
    )

    later_names = _names(later, later_key, later_name)
    earlier_names = _names(earlier, earlier_key, earlier_name)
    notes = [Message("comparison.development", {"note": n}) for n in index_notes]
    report = ComparisonReport(
        later_label=later_label,
        earlier_label=earlier_label,
        compared=tuple(ids),
        later_only_areas=_named(later_only, later_names),
        earlier_only_areas=_named(earlier_only, earlier_names),
        later_only_indicators=tuple(describe(i) for i in in_later if i not in common),
        earlier_only_indicators=tuple(describe(i) for i in in_earlier if i not in common),
        neither_indicators=tuple(describe(i) for i in status if i not in in_later and i not in in_earlier),
        notes=tuple(notes),
    )
    return ComparisonResult(fields, changes, later_result, earlier_result, common, report)


def _status_change(then, now) -> str | None:
    """What became of "below average" between the years; None when the earlier year is unknown."""
    if then is None or then is pd.NA or (isinstance(then, float) and np.isnan(then)):
        return None
    if then and now:
        return STILL_BELOW
    if now:
        return NEWLY_BELOW
    if then:
        return NO_LONGER_BELOW
    return NOT_BELOW
