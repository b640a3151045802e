"""Cells of statistics tables: placeholders, cell → number, and the city total row.

This module is the one home of three rules that the table reader (:mod:`.tables`), the join and the
assessment (:mod:`.assessment`) all need, so that a cell means the same wherever it is read:

- **Placeholders** (:data:`PLACEHOLDERS`): the signs official statistics put where a value is missing
  ("." unknown or confidential, "-" nothing, "x" not applicable, "…" not yet available, "/" too
  uncertain, empty). They become missing values (NaN), never zero, and are never reported as bad.
- **Cell → number** (:func:`parse_numbers`, :func:`parse_number`, :func:`detect_number_format`):
  numbers may be stored as numbers or as text in German ("1.234,5") or English ("1,234.5") notation,
  with a percent sign or a typographic minus. The decimal mark and thousands separator are those of
  the file when known, else detected from the cells of the column (:func:`detect_number_format`): a
  text such as ``"1.234"`` is then 1234 in a column of German numbers and 1.234 in a column of English
  ones, the same through the join and the assessment.
- **Units and grouping**: a unit may follow a number ("21,4 %", "1.234 €", "12 ‰", "3,5 km²") or a
  currency precede it; it is taken off and kept (:attr:`ParsedNumbers.units`). A cell whose thousands
  grouping does not fit the column's notation ("2.41" among "24.118") is a bad cell, never rescaled.
- **Missing-value codes** (:data:`MISSING_VALUE_CODES`, :func:`missing_code_mask`): -9999 and the like,
  which many offices write for "no valid value"; missing where they stand apart from the column's
  real values, or always when the user names them.
- **Total rows** (:func:`find_total_rows`): the city total row ("Stadt Dortmund insgesamt") and
  subtotals, found by their labels in the key column and the first text columns.

Text is recognised by content (a cell is text when it is a Python ``str``), never by column dtype:
pandas 2 keeps text in ``object`` columns, pandas 3 in ``str`` columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Hashable, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .messages import MessageError

#: Cells meaning "no value" in official statistics: "." unknown or confidential, "-" nothing,
#: "x" not applicable, "…"/"..." not yet available, "/" too uncertain; and empty cells.
PLACEHOLDERS: tuple[str, ...] = (".", "-", "x", "X", "…", "...", "/", "–", "—", "")

#: The placeholders that mean "missing" in any column, also a text column. "x" is left out: in a
#: text column it can be a real value; it is a placeholder only among numbers.
UNIVERSAL_PLACEHOLDERS: tuple[str, ...] = tuple(p for p in PLACEHOLDERS if p not in ("x", "X"))

#: Labels of the city total row; compared case-insensitively with the cells of the key column and
#: the first text columns. A one-word label also matches a cell that starts or ends with that word
#: ("Stadt Dortmund insgesamt") in the first five or last ten rows.
DEFAULT_TOTAL_LABELS: tuple[str, ...] = (
    "Stadt Dortmund insgesamt",
    "Stadt Dortmund",
    "Dortmund insgesamt",
    "Stadt insgesamt",
    "Gesamtstadt",
    "insgesamt",
    "gesamt",
    "Summe",
    "Total",
)

#: Codes written into number columns for "no valid value" (recognised where they stand apart).
MISSING_VALUE_CODES: tuple[float, ...] = (-9999.0, -999.0, -99999.0, 99999.0)

#: Units that may follow a number in a cell (currencies may also precede it).
UNITS: tuple[str, ...] = ("%", "‰", "€", "EUR", "$", "km²", "km2", "m²", "m2", "qm", "ha", "km", "m", "Jahre")
_CURRENCIES = ("€", "EUR", "$")
_UNIT_ALTERNATIVES = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_WITH_UNIT = re.compile(
    rf"^(?P<pre>{'|'.join(re.escape(c) for c in _CURRENCIES)})?\s*"
    rf"(?P<number>[+\-\u2212]?(?:\d[\d.,'\s]*\d|\d))\s*(?P<unit>{_UNIT_ALTERNATIVES})?$"
)
_SPACES = "[ \u00a0\u202f]"
_NUMBER_START = re.compile(r"^\s*(?:€|EUR|\$)?\s*[+\-\u2212]?[\d.,]*\d")
_PERCENT = re.compile(r"\s*%$")
_GERMAN_GROUPED = r"[+-]?\d{1,3}(\.\d{3})+(,\d+)?"


# -- what a cell is ------------------------------------------------------------------------------


def is_missing(value) -> bool:
    """True for None, NaN and pandas' NA (not for placeholder text; see :func:`is_placeholder`)."""
    if value is None or value is pd.NA:
        return True
    return isinstance(value, (float, np.floating)) and value != value


def is_placeholder(value) -> bool:
    """True for a missing value or a text placeholder of official statistics (surrounding spaces ignored)."""
    return is_missing(value) or (isinstance(value, str) and value.strip() in PLACEHOLDERS)


def has_text(series: pd.Series, sample: int | None = None) -> bool:
    """True when any present cell of ``series`` is text (``str``), judged by content, not by dtype.

    ``sample`` limits the check to the first that many present cells. Numeric and boolean columns
    hold no text and are answered without looking at the cells.
    """
    if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
        return False
    if sample is None:  # missing cells are never str: no need to drop them; the scan stops at the first text
        return any(isinstance(v, str) for v in series)
    return any(isinstance(v, str) for v in _present_head(series, sample))


def all_text(series: pd.Series, sample: int | None = None) -> bool:
    """True when every present cell of ``series`` (or of its first ``sample`` present cells) is text."""
    return all(isinstance(v, str) for v in _present_head(series, sample))


def _present_head(series: pd.Series, sample: int | None) -> pd.Series:
    """The first ``sample`` present cells (all present cells without ``sample``), looking at as few
    cells as possible: a large column is not scanned whole for a sample of its head."""
    if sample is None:
        return series.dropna()
    head = series.head(4 * sample).dropna()
    if len(head) >= sample or len(series) <= 4 * sample:
        return head.head(sample)
    return series.dropna().head(sample)


def looks_numeric(value) -> bool:
    """A number, or text that starts like one ("12", "-3,5", "1.234", "12 %"): worth converting."""
    if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, (bool, np.bool_)):
        return True
    return isinstance(value, str) and bool(_NUMBER_START.match(value))


# -- number format -------------------------------------------------------------------------------


# The notations detect_number_format tells apart (compiled once: it looks at thousands of cells).
_COMMA_THREE = re.compile(r"[+-]?\d{1,3},\d{3}")
_COMMA_DECIMAL = re.compile(r"[+-]?\d+,\d+")
_WHOLE_AS_FLOAT = re.compile(r"[+-]?\d{4,}\.0")
_POINT_DECIMAL = re.compile(r"[+-]?\d+\.\d+")
_POINT_THREE = re.compile(r"[+-]?\d{1,3}\.\d{3}")
_DOT_GROUPED = re.compile(r"[+-]?\d{1,3}(\.\d{3})+(,\d+)?")
_COMMA_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")
_SPACE_GROUPED = re.compile(r"[+-]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?")


def detect_number_format(cells: Iterable, delimiter: str | None = None) -> tuple[str, str | None]:
    """Decimal mark and thousands separator, ``(decimal, thousands)``, from how numbers are written.

    ``cells`` are the texts of a file's cells or of one column (other values are ignored);
    ``delimiter`` is the CSV delimiter, when the cells come from a CSV file (a comma delimiter rules
    out an unquoted decimal comma). Ambiguous texts decide only when nothing else does: ``"1.234"``
    counts as a German thousands group, ``"1,234"`` as a German decimal unless the other numbers are
    English. Returns ``","`` or ``"."`` for the decimal mark and ``"."``, ``","``, ``" "`` or None.
    """
    german = english = ambiguous_comma = 0
    thousands_dot = thousands_comma = thousands_space = 0
    plain_comma = 0
    for cell in cells:
        if not isinstance(cell, str):
            continue
        value = _number_part(cell.strip().replace("\u2212", "-"))
        if not value or not value[-1].isdigit():
            continue
        if _COMMA_THREE.fullmatch(value):
            ambiguous_comma += 1  # 1,234: German decimal or English thousands
            plain_comma += 1
        elif _COMMA_DECIMAL.fullmatch(value):
            german += 1
            plain_comma += 1
        elif _WHOLE_AS_FLOAT.fullmatch(value):
            continue  # a whole number printed as float ("1100101.0"): says nothing
        elif _POINT_DECIMAL.fullmatch(value):
            # "1.234" alone is ambiguous; a decimal point with other than 3 digits is English
            if not _POINT_THREE.fullmatch(value):
                english += 1
            else:
                thousands_dot += 1
        elif _DOT_GROUPED.fullmatch(value):
            thousands_dot += 2
            german += "," in value
        elif _COMMA_GROUPED.fullmatch(value):
            thousands_comma += 2
            english += "." in value
        elif _SPACE_GROUPED.fullmatch(value):
            thousands_space += 1
    if delimiter == ",":
        german = plain_comma  # only quoted cells can hold a decimal comma
    if english and not german:
        thousands_comma += ambiguous_comma
    else:
        german += ambiguous_comma
    decimal = "," if german > english or (german == english and thousands_dot > thousands_comma) else "."
    thousands = None
    if decimal == "," and thousands_dot:
        thousands = "."
    elif decimal == "." and thousands_comma and delimiter != ",":
        thousands = ","
    elif thousands_space:
        thousands = " "
    return decimal, thousands


def _number_part(text: str) -> str:
    """The number of a cell text without a unit before or after it ("21,4 %" → "21,4")."""
    if text[-1:].isdigit() and (text[:1].isdigit() or text[:1] in "+-"):
        return text  # no unit: the common case, without a regular expression
    match = _WITH_UNIT.match(text)
    return match.group("number").strip() if match else _PERCENT.sub("", text)


# -- cell → number -------------------------------------------------------------------------------


class NumberError(MessageError, ValueError):
    """A text that should be a number (a missing-value code, a cell); the message names it."""


@dataclass(frozen=True)
class ParsedNumbers:
    """A column read as numbers.

    ``values``: float64 Series with the index of the input, NaN for missing, placeholder and bad
    cells. ``bad``: the cells (index → original value) that are neither numbers nor placeholders.
    ``numeric``: how many cells were read as numbers; ``considered``: how many cells were neither
    missing nor placeholders. ``decimal`` and ``thousands``: the notation used for text cells.
    """

    values: pd.Series
    bad: pd.Series
    numeric: int
    considered: int
    decimal: str = "."
    thousands: str | None = None
    units: Mapping[str, int] = field(default_factory=dict)  # unit → cells, most frequent first

    @property
    def mostly_numbers(self) -> bool:
        """More than half of the considered cells are numbers: the column is a column of numbers."""
        return self.numeric > 0 and self.numeric * 2 > self.considered


def parse_numbers(
    series: pd.Series, decimal: str | None = None, thousands: str | None = None
) -> ParsedNumbers:
    """Read every cell of ``series`` as a number (the one cell → number rule of the plugin).

    Numbers stay numbers (booleans are bad cells); text is read with the decimal mark ``decimal``
    and thousands separator ``thousands`` (both detected from the column's own text cells by
    :func:`detect_number_format` when ``decimal`` is None). Surrounding spaces, a trailing percent
    sign and the typographic minus (U+2212) are allowed; with a decimal comma, dots grouping
    thousands ("1.234,5") are allowed even when no thousands separator was given. Placeholders
    (:data:`PLACEHOLDERS`) and missing cells become NaN. Never raises for a cell; see ``bad``.
    """
    index = series.index
    if (pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)) or len(series) == 0:
        values = pd.Series(pd.to_numeric(series, errors="coerce"), index=index).astype("float64")
        count = int(values.notna().sum())
        return ParsedNumbers(values, pd.Series(dtype=object), count, count, decimal or ".", thousands)
    # positions instead of labels: the index may repeat
    cells = pd.Series(series.to_numpy(dtype=object), dtype=object)
    present = cells[cells.notna().to_numpy()]
    is_text = present.map(lambda v: isinstance(v, str)).astype(bool)
    is_bool = present.map(lambda v: isinstance(v, (bool, np.bool_))).astype(bool)
    values = pd.Series(np.nan, index=present.index, dtype="float64")
    plain = present[~is_text & ~is_bool]
    if len(plain):
        values[plain.index] = pd.to_numeric(plain, errors="coerce").astype("float64")
    text = present[is_text].astype(object).map(str.strip)
    placeholder = pd.Series(False, index=present.index)
    units: dict[str, int] = {}
    if len(text):
        marks = text.isin(PLACEHOLDERS)
        placeholder[text.index] = marks.to_numpy()
        text = text[~marks]
        text = text.str.replace("\u2212", "-", regex=False)
        parts = text.str.extract(_WITH_UNIT)
        matched = parts["number"].notna()
        if matched.any():
            unit = parts["pre"].fillna("").where(parts["pre"].notna(), parts["unit"].fillna(""))
            counts = unit[matched & (unit != "")].value_counts()
            units = {str(u): int(n) for u, n in counts.items()}
            text = text.where(~matched, parts["number"].str.strip())
    if decimal is None:
        decimal, detected_thousands = detect_number_format(text)
        thousands = thousands if thousands is not None else detected_thousands
    if thousands == decimal:
        thousands = None
    if len(text):
        cleaned = text
        # A separator that is not the decimal mark may only group thousands, in threes: a cell that
        # does not fit ("2.41" among "24.118") stays a bad cell instead of becoming 241.
        separators = [thousands] if thousands else []
        if decimal == "," and "." not in separators:
            separators.append(".")  # "1.234,5" is read in a German column even without a named separator
        if " " not in separators:
            separators.append(" ")  # spaces, NBSP and narrow NBSP group digits in any notation
        for separator in separators:
            pattern = _SPACES if separator == " " else re.escape(separator)
            has = cleaned.str.contains(pattern, regex=True).astype(bool)
            if not has.any():
                continue
            fraction = rf"({re.escape(decimal)}\d+)?"
            grouped = cleaned.str.fullmatch(rf"[+-]?\d{{1,3}}({pattern}\d{{3}})+{fraction}").astype(bool)
            cleaned = cleaned.where(~has | grouped, "misgrouped")
            cleaned = cleaned.where(~grouped, cleaned.str.replace(pattern, "", regex=True))
        if decimal == ",":
            cleaned = cleaned.str.replace(",", ".", regex=False)
        # plain decimal numbers only: no "1e5", "inf" or "nan" slipping through to_numeric
        numeric_text = cleaned.str.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)").astype(bool)
        if numeric_text.any():
            values[cleaned.index[numeric_text]] = pd.to_numeric(cleaned[numeric_text]).astype("float64")
    numeric = values.notna()
    bad_positions = present.index[(~numeric & ~placeholder).to_numpy()]
    bad = pd.Series(cells.iloc[bad_positions].to_numpy(), index=index[bad_positions], dtype=object)
    result = np.full(len(cells), np.nan)
    result[values.index[numeric.to_numpy()]] = values[numeric].to_numpy()
    return ParsedNumbers(
        values=pd.Series(result, index=index, dtype="float64"),
        bad=bad,
        numeric=int(numeric.sum()),
        considered=int((~placeholder).sum()),
        decimal=decimal,
        thousands=thousands,
        units=units,
    )


def missing_code_mask(values: pd.Series, codes: Sequence[float] | None = None) -> pd.Series:
    """True where a number column holds a missing-value code.

    ``codes`` None: the :data:`MISSING_VALUE_CODES`, each only where it stands apart from the
    column's other values — below their minimum or above their maximum by more than their whole
    range, or of the other sign than all of them (-9999 among rates of 0–60 or among areas in m²,
    99999 among counts up to 5,000; not 99999 among counts up to 600,000). ``codes`` given (the user named them): those values wherever they occur. ``values``
    holds numbers (NaN for missing); returns a boolean Series with its index.
    """
    numbers = pd.to_numeric(values, errors="coerce").astype("float64")
    mask = pd.Series(False, index=values.index)
    wanted = MISSING_VALUE_CODES if codes is None else tuple(float(c) for c in codes)
    array = numbers.to_numpy()
    present = array[~np.isnan(array)]
    if not len(wanted) or not len(present):
        return mask
    low, high = present.min(), present.max()
    wanted = tuple(c for c in wanted if low <= c <= high)  # cheap: most columns hold no code at all
    if not wanted:
        return mask
    if codes is not None:
        return numbers.isin(wanted).astype(bool)
    candidates = numbers.isin(wanted)
    if not candidates.any():
        return mask
    others = numbers[~candidates & numbers.notna()]
    for code in numbers[candidates].unique():
        if others.empty:
            apart = True
        else:
            low, high = float(others.min()), float(others.max())
            span = max(high - low, abs(high), abs(low), 1.0) if high == low else high - low
            apart = code < low - span or code > high + span or (code < 0 <= low) or (code > 0 >= high)
        if apart:
            mask |= numbers == code
    return mask


def parse_missing_values(text: str | None) -> tuple[float, ...] | None:
    """The missing-value codes a user typed: ``"-9999; -999"`` → ``(-9999.0, -999.0)``.

    Codes may be separated by semicolons, commas between spaces, or spaces. Empty text means
    "automatic" (None: :data:`MISSING_VALUE_CODES` where they stand apart); ``"none"`` or ``"keine"``
    means no codes at all (an empty tuple). Raises ValueError naming the first entry that is not a
    number.
    """
    if text is None or not str(text).strip():
        return None
    if str(text).strip().casefold() in ("none", "keine", "no", "nein"):
        return ()
    codes = []
    for part in re.split(r"[;\s]+|,\s+", str(text).strip()):
        if not part:
            continue
        try:
            codes.append(float(part.replace("\u2212", "-")))
        except ValueError:
            raise NumberError("cells.missing_code", text=part) from None
    return tuple(codes)


def parse_number(value, decimal: str | None = None, thousands: str | None = None) -> float:
    """One cell as a number: NaN for a placeholder or missing value.

    The notation is detected from the cell itself when ``decimal`` is None (as :func:`parse_numbers`
    does for a column). Raises ValueError for a cell that is neither a number nor a placeholder.
    """
    parsed = parse_numbers(pd.Series([value], dtype=object), decimal, thousands)
    if len(parsed.bad):
        raise NumberError("cells.not_a_number", value=repr(value))
    return float(parsed.values.iloc[0])


def cell_text(value) -> str:
    """A cell as text, whole floats without ".0" (``1100101.0`` → ``"1100101"``)."""
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    return str(value)


# -- total rows ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TotalRows:
    """The total rows of a table: the city total row and subtotals (index labels of the frame).

    ``city`` is the city total row (None when the table has none) and ``label`` the text that named
    it; ``subtotals`` are further total rows, left out of the data but not used as the reference.
    """

    city: Hashable | None = None
    label: str = ""
    subtotals: tuple = ()

    @property
    def rows(self) -> list:
        """All total rows (city and subtotals), in frame order of their index labels."""
        return sorted([*self.subtotals, *([] if self.city is None else [self.city])])


def find_total_rows(
    frame: pd.DataFrame,
    labels: Sequence[str] = DEFAULT_TOTAL_LABELS,
    key_column: str | None = None,
) -> TotalRows:
    """The city total row and subtotals of ``frame``, found by their labels.

    Looked at: the key column (when named) and the first two other columns holding text (by content).
    A cell matches when it equals a label (case and runs of spaces ignored), or, in the first five
    and last ten rows, when its first or last word is a one-word label ("Bezirk Mengede gesamt").
    The city row is the last exact match, else the last match; the other matches are subtotals.
    The frame's index labels must be sortable (row numbers).
    """
    if not labels or frame.empty:
        return TotalRows()
    text_columns = [c for c in frame.columns if c != key_column and has_text(frame[c])]
    candidates = (
        [key_column] if key_column is not None and key_column in frame.columns else []
    ) + text_columns[:2]
    exact = {" ".join(str(label).split()).casefold() for label in labels}
    words = {label for label in exact if " " not in label}
    edge = list(dict.fromkeys([*frame.index[:5], *frame.index[-10:]]))
    matches: list[tuple[Hashable, bool, str]] = []
    for column in candidates:
        series = frame[column]
        if not has_text(series):
            continue
        variants = set()
        for label in labels:
            variants.update({label, label.upper(), label.lower(), label.title()})
        for row in series.index[series.isin(variants)]:
            matches.append((row, True, str(series[row])))
        for row in edge:
            value = series.get(row)
            if not isinstance(value, str):
                continue
            folded = " ".join(value.split()).casefold()
            tokens = folded.split(" ")
            if folded in exact:
                matches.append((row, True, value))
            elif tokens[0] in words or tokens[-1] in words:
                matches.append((row, False, value))
    if not matches:
        return TotalRows()
    rows = sorted({row for row, _, _ in matches})
    exact_rows = [row for row, is_exact, _ in matches if is_exact]
    city = max(exact_rows) if exact_rows else rows[-1]
    label = next(text for row, _, text in matches if row == city)
    return TotalRows(city=city, label=label, subtotals=tuple(r for r in rows if r != city))
