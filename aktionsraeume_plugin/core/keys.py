"""Area keys as comparable text: the same key written differently compares equal.

Statistics offices and GIS layers write the same area key in many ways: ``"01100101"`` in a table and
the integer ``1100101`` in a layer, ``"12.0"`` after a round trip through a spreadsheet, ``" 12 "``
with stray spaces, ``"Bövinghausen"`` in composed and decomposed Unicode, upper or lower case. The
functions here turn every such spelling into one canonical text, so that keys are compared by what
they mean and not by how they were typed.

The rules, in order:

1. missing values (None, NaN, pandas NA, empty or blank text) become ``None``;
2. the value is turned into text and surrounding whitespace (including non-breaking spaces) removed;
   the text is brought into Unicode normal form NFC;
3. a whole number, possibly written as a float (``12.0``, ``"12.0"``, ``"12,00"``), loses its
   fractional zeros and its leading zeros (``"007"`` → ``"7"``, ``"0"`` stays ``"0"``); with
   ``pad_width`` it is then padded with zeros to that width instead (``7`` → ``"007"`` for width 3),
   which gives the same comparison but a key as the statistics office writes it;
4. with ``names=True`` other text is compared case-insensitively (``str.casefold``) and runs of
   inner whitespace become a single space — for keys that are area names.

Keys that are neither whole numbers nor names (``"A-12"``) keep their spelling apart from rule 2.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

# A whole number, optionally followed by a decimal point or comma and one or two zeros ("12.0",
# "12,00"). Longer zero runs are left alone: "1.000" is more likely a thousands-grouped 1000.
_WHOLE_NUMBER = re.compile(r"^\+?\d+(?:[.,]0{1,2})?$")


def normalise_keys(
    values: Iterable | pd.Series,
    pad_width: int | None = None,
    names: bool = False,
) -> list[str | None]:
    """Canonical text for each key in ``values`` (see the module documentation for the rules).

    ``values`` may be any iterable or a pandas Series of ints, floats, text or missing values; the
    work is vectorised on a pandas Series. Returns a list of the same length with ``None`` for
    missing keys. Two keys match exactly when their canonical texts are equal.

    >>> normalise_keys(["01100101", 1100101, " 12.0 ", None, "Bövinghausen"], names=True)
    ['1100101', '1100101', '12', None, 'bövinghausen']
    >>> normalise_keys([7, "07"], pad_width=3)
    ['007', '007']
    """
    return normalise_key_series(values, pad_width=pad_width, names=names).tolist()


def normalise_key_series(
    values: Iterable | pd.Series,
    pad_width: int | None = None,
    names: bool = False,
) -> pd.Series:
    """Like :func:`normalise_keys` but returns an object Series (missing keys as ``None``).

    The result keeps the index of ``values`` when it is a Series. Each distinct value is
    normalised once (tables and layers repeat few keys, and hashing is cheaper than text work).
    """
    series = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    width = int(pad_width) if pad_width else 0
    canonical = np.array([_normalise_one(v, width, names) for v in uniques] + [None], dtype=object)
    # code -1 (missing) picks the trailing None
    return pd.Series(canonical[codes], index=series.index, dtype=object)


def _normalise_one(value, pad_width: int, names: bool) -> str | None:
    """Canonical text of one key (see the module documentation)."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, (bool, np.bool_, int, np.integer)):
        text = str(int(value))
    elif isinstance(value, (float, np.floating)):
        if value != value:  # NaN
            return None
        text = str(int(value)) if float(value).is_integer() else repr(float(value))
    elif isinstance(value, bytes):
        text = value.decode("utf-8", errors="replace").strip()
    else:
        text = str(value).strip()
    if not text:
        return None
    if text.isascii():
        if text.isdigit() or _WHOLE_NUMBER.match(text):
            digits = text.lstrip("+")
            if not digits.isdigit():
                digits = re.sub(r"[.,]0+$", "", digits)
            digits = digits.lstrip("0") or "0"
            return digits.zfill(pad_width) if pad_width else digits
    else:
        text = unicodedata.normalize("NFC", text)
    if names:
        return " ".join(text.casefold().split())
    return text


def suggest_key_pair(
    layer_values: Mapping[str, Iterable],
    table: pd.DataFrame,
    pad_width: int | None = None,
) -> tuple[str | None, str | None, int]:
    """The (layer field, table column) pair whose keys match most often, and that number of matches.

    ``layer_values`` maps each candidate field of the polygon layer to its values. Every field is
    compared with every column of ``table`` after normalisation (names compared case-insensitively);
    the pair with the most distinct matching keys wins, ties going to the earlier field and column.
    Returns ``(None, None, 0)`` when no pair shares a single key.
    """
    layer_sets = {
        field: {k for k in normalise_keys(values, pad_width=pad_width, names=True) if k is not None}
        for field, values in layer_values.items()
    }
    best: tuple[str | None, str | None, int] = (None, None, 0)
    for column in table.columns:
        series = table[column]
        if pd.api.types.is_float_dtype(series) and not (series.dropna() % 1 == 0).all():
            continue  # measured values, not keys
        column_keys = {k for k in normalise_keys(series, pad_width=pad_width, names=True) if k is not None}
        if not column_keys:
            continue
        for field, keys in layer_sets.items():
            matches = len(keys & column_keys)
            if matches > best[2]:
                best = (field, str(column), matches)
    return best


# -- the canonical area key ----------------------------------------------------------------------


def area_key(value) -> str | None:
    """The canonical key of one value as it enters the plugin (see the module documentation).

    ``value`` may be text, an integer, a float, bytes or a missing value (None, NaN, pandas NA).
    Returns None for missing or blank values. Whole numbers lose a float's ``.0`` but text keeps its
    leading zeros: ``area_key(503) == "503"``, ``area_key(1100101.0) == "1100101"``,
    ``area_key(" 0503 ") == "0503"``.

    >>> [area_key(v) for v in (503, 1100101.0, " 0503 ", None, float("nan"), "")]
    ['503', '1100101', '0503', None, None, None]
    """
    if value is None or value is pd.NA:
        return None
    if isinstance(value, (bool, np.bool_)):
        return str(int(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        if value != value:
            return None
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    text = str(value).strip()
    if not text:
        return None
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def match_key(value, pad_width: int | None = None) -> str | None:
    """The form in which two keys are compared: equal exactly when they name the same area.

    The rules of :func:`normalise_keys` with ``names=True`` (leading zeros and ``.0`` dropped, names
    case-insensitive): ``match_key("0503") == match_key(503) == "503"``.
    """
    return _normalise_one(value, int(pad_width) if pad_width else 0, True)


class AreaKeys:
    """The canonical keys of one area level, and the canonical form of keys from other sources.

    ``keys``: the key values of the level's features (any types; see :func:`area_key`), in feature
    order; missing keys are left out. ``pad_width`` as in :func:`normalise_keys`. When two features'
    keys match each other (``"05"`` and ``5``), the first one's spelling is canonical.
    """

    def __init__(self, keys: Iterable, pad_width: int | None = None):
        self.pad_width = pad_width
        canonical = [k for k in (area_key(v) for v in keys) if k is not None]
        self.keys: tuple[str, ...] = tuple(canonical)
        self._by_match: dict[str, str] = {}
        for key in canonical:
            self._by_match.setdefault(match_key(key, pad_width), key)

    def canonical(self, value) -> str | None:
        """The level's own key for ``value`` when the level has a key that matches it, else its area_key."""
        key = area_key(value)
        if key is None:
            return None
        return self._by_match.get(match_key(key, self.pad_width), key)

    def canonical_all(self, values: Iterable) -> tuple[str, ...]:
        """:meth:`canonical` of each value, missing ones left out, order kept."""
        return tuple(k for k in (self.canonical(v) for v in values) if k is not None)

    def __contains__(self, value) -> bool:
        key = area_key(value)
        return key is not None and match_key(key, self.pad_width) in self._by_match

    def __len__(self) -> int:
        return len(self.keys)
