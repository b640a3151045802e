"""Reading indicator tables as statistics offices publish them: CSV in every flavour, XLSX and ODS.

:func:`read_table` finds out how a file is written (encoding, delimiter, decimal comma, thousands
separator, title lines above the header, footnotes below the data), reads it, turns the
placeholders of official statistics into missing values, takes out the city total row, and reports
every cell of a numeric column it could not read. Everything it decided is in the returned
:class:`TableRead`, so the join report can show it and the user can override it.

CSV files are sniffed on a sample from the start and the end of the file and then read once with
pandas' C parser, so a large table costs little more than a bare ``pandas.read_csv``.

Row numbers reported anywhere (unreadable cells, duplicates, the total row) are the line numbers
of the file as a text editor or spreadsheet shows them, starting at 1 (records that span several
lines inside quotes shift them; statistics tables do not have those).
"""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd

from .cells import (
    DEFAULT_TOTAL_LABELS,
    PLACEHOLDERS,
    UNIVERSAL_PLACEHOLDERS,
    ParsedNumbers,
    all_text,
    cell_text,
    detect_number_format,
    find_total_rows,
    is_missing,
    looks_numeric,
    missing_code_mask,
    parse_numbers,
)
from .encodings import detect_encoding, misdecoding
from .messages import Message, MessageError, quoted

__all__ = [
    "DEFAULT_TOTAL_LABELS",
    "PLACEHOLDERS",
    "ReadOptions",
    "TableError",
    "TableRead",
    "UnreadableCell",
    "read_rows",
    "read_table",
]

DELIMITERS: tuple[str, ...] = (";", "\t", "|", ",")
_SAMPLE_BYTES = 64 * 1024
_TEXT_EXTENSIONS = {".csv", ".txt", ".tsv", ".tab", ".dat", ""}
_EXCEL_EXTENSIONS = {".xlsx", ".xlsm"}
_ODS_EXTENSIONS = {".ods"}
# Placeholders the C parser turns into NaN for every column (see cells.UNIVERSAL_PLACEHOLDERS).
_PARSER_NA = list(UNIVERSAL_PLACEHOLDERS)
_LEADING_ZERO = re.compile(r"^0\d+$")


class TableError(MessageError, ValueError):
    """A table that cannot be read; the message names the file and, where it applies, row and column."""


@dataclass(frozen=True)
class UnreadableCell:
    """A cell of a numeric column whose text is not a number (and not a placeholder)."""

    row: int  # line number in the file (1-based)
    column: str
    value: str


@dataclass(frozen=True)
class ReadOptions:
    """How the file was read: detected, or given by the user."""

    format: str  # "csv", "xlsx" or "ods"
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    thousands: str | None = None
    sheet: str | None = None
    header_row: int = 1  # line number of the header in the file (1-based)

    def describe(self) -> dict[str, str]:
        """The options as short texts for a report (tab shown as "tab")."""
        shown = {
            "format": self.format,
            "encoding": self.encoding,
            "delimiter": {"\t": "tab", " ": "space"}.get(self.delimiter or "", self.delimiter),
            "decimal": self.decimal,
            "thousands": self.thousands,
            "sheet": self.sheet,
            "header_row": str(self.header_row),
        }
        if self.header_row <= 0:  # no header line: the attributes of a layer
            del shown["header_row"]
        return {k: v for k, v in shown.items() if v}


@dataclass
class TableRead:
    """A table as read from a file, with everything the reader noticed.

    ``frame`` holds the data rows (the city total row and footnotes removed) indexed by their line
    number in the file. Key-like columns (the ``key_column`` asked for, and columns whose values
    have leading zeros) are text; other columns are numbers where they are mostly numbers.
    """

    path: Path
    frame: pd.DataFrame
    options: ReadOptions
    total_row: pd.Series | None = None
    total_row_number: int | None = None
    placeholders: dict[str, int] = field(default_factory=dict)
    unreadable: list[UnreadableCell] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)  # worded by services.messages
    text_columns: list[str] = field(default_factory=list)
    units: dict[str, str] = field(default_factory=dict)  # column → unit found in its cells ("%", "€")
    missing_codes: list[UnreadableCell] = field(default_factory=list)  # cells read as missing (-9999)

    @property
    def name(self) -> str:
        return self.path.name


def read_table(
    path: str | Path,
    *,
    sheet: str | int | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    decimal: str | None = None,
    thousands: str | None = None,
    total_labels: Sequence[str] = DEFAULT_TOTAL_LABELS,
    key_column: str | None = None,
    missing_values: Sequence[float] | None = None,
) -> TableRead:
    """Read an indicator table (CSV, XLSX or ODS) and report what was found.

    Every option left at ``None`` is detected; ``decimal`` and ``thousands`` apply to numbers stored
    as text in workbooks too. ``sheet`` is a sheet name or 0-based index of a workbook (default: the
    first sheet). ``key_column`` names the column that holds the area keys: it is read as text
    (leading zeros kept) and must exist. ``missing_values``: codes that mean "no value" in number
    columns wherever they occur; None recognises :data:`.cells.MISSING_VALUE_CODES` where they stand
    apart from a column's values (see :func:`.cells.missing_code_mask`). Raises :class:`TableError` with a
    message naming the file (and row/column where it applies) when the table cannot be read.
    """
    path = Path(path)
    if not path.exists():
        raise TableError("table.not_found", path=str(path))
    if path.is_dir():
        raise TableError("table.is_folder", path=str(path))
    suffix = path.suffix.lower()
    with path.open("rb") as handle:
        head = handle.read(8)
    if path.stat().st_size == 0:
        raise TableError("table.empty", file=path.name)
    if suffix in _EXCEL_EXTENSIONS or suffix in _ODS_EXTENSIONS:
        reader = _excel_rows if suffix in _EXCEL_EXTENSIONS else _ods_rows
        sheets = reader(path, sheet)
        first_error = None
        # Without a sheet named, take the first sheet that has the key column (a workbook often
        # opens with a sheet of notes).
        for rows, options in sheets:
            try:
                options = replace(options, decimal=decimal, thousands=thousands)
                return _from_rows(path, rows, options, total_labels, key_column, missing_values)
            except TableError as error:
                first_error = first_error or error
        raise first_error
    if suffix == ".xls":
        raise TableError("table.xls", file=path.name)
    if head.startswith(b"PK\x03\x04"):
        raise TableError("table.zip", file=path.name)
    return _read_csv(path, encoding, delimiter, decimal, thousands, total_labels, key_column, missing_values)


# --- CSV -------------------------------------------------------------------------------------


def _read_csv(
    path, encoding, delimiter, decimal, thousands, total_labels, key_column, missing_values=None
) -> TableRead:
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(_SAMPLE_BYTES)
        if size > 2 * _SAMPLE_BYTES:
            handle.seek(size - _SAMPLE_BYTES)
            tail = handle.read()
        else:
            tail = b""
    warnings: list[Message] = []
    if encoding is None:
        encoding = detect_encoding(head, tail).encoding
    else:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise TableError("table.unknown_encoding", file=path.name, encoding=encoding) from None
    _check_binary(path, head, encoding)
    text = head.decode(encoding, errors="replace")
    if not text.strip():
        raise TableError("table.empty", file=path.name)
    # Line ends kept, so that a quoted header cell with a line break stays one cell.
    sample_lines = text.splitlines(keepends=True)
    if size > _SAMPLE_BYTES and len(sample_lines) > 1:
        sample_lines = sample_lines[:-1]  # the last line of a cut sample is incomplete
    if delimiter is None:
        delimiter = _detect_delimiter(sample_lines)
    rows, first_lines = _split_records(sample_lines, delimiter)
    header_index = _header_index(rows)
    header = rows[header_index]
    body = rows[header_index + 1 :]
    if tail:
        tail_text = tail.decode(_tail_encoding(encoding, head), errors="replace").splitlines(keepends=True)
        body_for_detection = body + _split_lines(tail_text[1:], delimiter)
    else:
        body_for_detection = body
    if decimal is None or thousands is None:
        detected_decimal, detected_thousands = _detect_number_format(body_for_detection, delimiter)
        decimal = decimal or detected_decimal
        thousands = thousands if thousands is not None else detected_thousands
    if thousands == decimal:
        thousands = None
    names = [_clean_header(h, i) for i, h in enumerate(header)]
    key_like = set(_key_like_columns(names, body_for_detection))
    key_name = None
    if key_column is not None:
        key_name = _find_column(path, names, key_column)
        key_like.add(key_name)
    options = ReadOptions(
        format="csv",
        encoding=encoding,
        delimiter=delimiter,
        decimal=decimal,
        thousands=thousands,
        header_row=first_lines[header_index],
    )
    first_data_line = first_lines[header_index + 1] if header_index + 1 < len(first_lines) else None
    frame = _parse_csv(path, options, header_index, key_like, names, warnings, first_data_line)
    return _finish(path, frame, options, total_labels, key_name, key_like, warnings, missing_values)


def _tail_encoding(encoding: str, head: bytes) -> str:
    """The codec for the last bytes of a file: UTF-16 without its BOM needs the byte order named."""
    if codecs.lookup(encoding).name == "utf-16":
        return "utf-16-be" if head.startswith(codecs.BOM_UTF16_BE) else "utf-16-le"
    return encoding


def _parse_csv(path, options, header_index, key_like, names, warnings, first_row=None) -> pd.DataFrame:
    kwargs = {
        "sep": options.delimiter,
        "decimal": options.decimal or ".",
        # Thousands separators are not given to the parser: it would drop them wherever they stand
        # ("2.41" → 241). Grouped numbers stay text and cells.parse_numbers checks their grouping.
        "thousands": None,
        "skiprows": header_index,
        "header": 0,
        "dtype": {i: str for i, n in enumerate(names) if n in key_like},
        "na_values": _PARSER_NA,
        "keep_default_na": False,
        "skip_blank_lines": False,
        "quotechar": '"',
        "engine": "c",
    }
    encodings = [options.encoding]
    if options.encoding in ("utf-8", "utf-8-sig"):
        encodings.append("cp1252")  # the sample was UTF-8 but a later line is not
    for attempt, encoding in enumerate(encodings):
        try:
            frame = pd.read_csv(path, encoding=encoding, **kwargs)
        except UnicodeDecodeError:
            if attempt + 1 < len(encodings):
                continue
            raise TableError("table.undecodable", file=path.name, encoding=encoding) from None
        except pd.errors.ParserError as error:
            raise TableError(_parser_message(path, error, header_index)) from None
        except pd.errors.EmptyDataError:
            raise TableError("table.no_header", file=path.name) from None
        if attempt:
            warnings.append(Message("table.encoding_fallback", {"encoding": encoding}))
            object.__setattr__(options, "encoding", encoding)
        break
    frame.columns = names[: len(frame.columns)] + [
        _clean_header("", i) for i in range(len(names), len(frame.columns))
    ]
    if first_row is None:
        first_row = options.header_row + 1  # line number of the first data row
    frame.index = pd.RangeIndex(first_row, first_row + len(frame))
    return frame


def _parser_message(path: Path, error: Exception, header_index: int) -> Message:
    match = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(error))
    if match:
        expected, line, saw = match.groups()
        return Message(
            "table.field_count",
            {
                "file": path.name,
                "row": int(line) + header_index,
                "saw": int(saw),
                "header_row": header_index + 1,
                "expected": int(expected),
            },
        )
    return Message("table.not_csv", {"file": path.name, "error": str(error)})


def _check_binary(path: Path, head: bytes, encoding: str) -> None:
    if codecs.lookup(encoding).name.startswith("utf-16"):
        return  # zero bytes are part of the encoding
    sample = head[:4096]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 13, 12))
    if b"\x00" in sample or (sample and control / len(sample) > 0.05):
        raise TableError("table.binary", file=path.name)


def _split_records(lines: list[str], delimiter: str) -> tuple[list[list[str]], list[int]]:
    """Records of the sample lines and the line number (1-based) each record starts on.

    A quoted cell may span lines (a header cell with a line break): its record counts all its lines.
    """
    try:
        reader = csv.reader(lines, delimiter=delimiter, quotechar='"')
        rows, starts, line = [], [], 1
        for row in reader:
            rows.append(row)
            starts.append(line)
            line = reader.line_num + 1
        return rows, starts
    except csv.Error:
        rows = _split_lines(lines, delimiter)
        return rows, list(range(1, len(rows) + 1))


def _split_lines(lines: list[str], delimiter: str) -> list[list[str]]:
    try:
        return list(csv.reader(lines, delimiter=delimiter, quotechar='"'))
    except csv.Error:
        return [line.split(delimiter) for line in lines]


def _detect_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the most lines into the same number (≥ 2) of fields."""
    best, best_score = ";", (-1, -1, 0)
    for order, candidate in enumerate(DELIMITERS):
        counts = Counter(len(row) for row in _split_lines(lines, candidate) if any(c.strip() for c in row))
        counts = Counter({n: c for n, c in counts.items() if n >= 2})
        if not counts:
            continue
        fields, rows = max(counts.items(), key=lambda item: (item[1], item[0]))
        score = (rows, fields, -order)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _non_empty(row: Sequence) -> int:
    return sum(1 for cell in row if cell is not None and str(cell).strip() != "")


def _header_index(rows: list[Sequence]) -> int:
    """Index of the header: the first row filled about as fully as the fullest rows below it.

    Title lines above the header ("Bevölkerung 2018", "Stand: 31.12.") fill one or two cells, even
    when a spreadsheet export pads them with delimiters.
    """
    filled = [_non_empty(row) for row in rows[:200]]
    if not any(filled):
        return 0
    # the usual width of the table: the most frequent count of filled cells (≥ 2), ties to the wider
    counts = Counter(c for c in filled if c >= 2)
    usual = max(counts.items(), key=lambda item: (item[1], item[0]))[0] if counts else 1
    for index, count in enumerate(filled):
        if count >= max(2, 0.75 * usual) or (usual == 1 and count == 1):
            return index
    return 0


def _clean_header(value, position: int) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.replace("\ufeff", "").split())
    return text or f"column_{position + 1}"


def _detect_number_format(rows: list[list[str]], delimiter: str) -> tuple[str, str | None]:
    """Decimal and thousands separator from the numbers in the sample rows (see cells.detect_number_format)."""
    return detect_number_format((cell for row in rows for cell in row), delimiter)


def _key_like_columns(names: list[str], rows: list[list]) -> list[str]:
    """Columns whose sample values have leading zeros ("01100101"): read them as text."""
    result = []
    for position, name in enumerate(names):
        values = [
            str(row[position]).strip() for row in rows if position < len(row) and row[position] is not None
        ]
        if any(_LEADING_ZERO.match(v) for v in values):
            result.append(name)
    return result


def _find_column(path: Path, names: Sequence[str], wanted: str) -> str:
    if wanted in names:
        return wanted
    folded = {" ".join(str(n).split()).casefold(): n for n in names}
    key = " ".join(str(wanted).split()).casefold()
    if key in folded:
        return folded[key]
    raise TableError("table.no_key_column", file=path.name, column=wanted, columns=quoted(names))


# --- Workbooks --------------------------------------------------------------------------------


def _excel_rows(path: Path, sheet) -> tuple[list[list], ReadOptions]:
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - openpyxl is a stated requirement
        raise TableError("table.needs_package", file=path.name, package="openpyxl") from None
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError) as error:
        raise TableError("table.damaged_xlsx", file=path.name, error=str(error)) from None
    try:
        names = _sheet_candidates(path, list(workbook.sheetnames), sheet)
        result = []
        for sheet_name in names:
            try:
                rows = [list(r) for r in workbook[sheet_name].iter_rows(values_only=True)]
            except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError) as error:
                raise TableError(
                    "table.damaged_sheet", file=path.name, sheet=sheet_name, error=str(error)
                ) from None
            result.append((rows, ReadOptions(format="xlsx", sheet=sheet_name)))
    finally:
        workbook.close()
    return result


def _ods_rows(path: Path, sheet) -> tuple[list[list], ReadOptions]:
    try:
        sheets = pd.read_excel(path, engine="odf", sheet_name=None, header=None, dtype=object)
    except ImportError:  # pragma: no cover - odfpy is a stated requirement
        raise TableError("table.needs_package", file=path.name, package="odfpy") from None
    except Exception as error:  # odfpy raises many kinds for damaged files
        raise TableError("table.damaged_ods", file=path.name, error=str(error)) from None
    result = []
    for sheet_name in _sheet_candidates(path, list(sheets), sheet):
        frame = sheets[sheet_name]
        rows = [
            [None if is_missing(v) else v for v in row] for row in frame.itertuples(index=False, name=None)
        ]
        result.append((rows, ReadOptions(format="ods", sheet=sheet_name)))
    return result


def _sheet_candidates(path: Path, names: list[str], sheet) -> list[str]:
    """The chosen sheet, or (none chosen) all sheets in order, the first being the default."""
    if sheet is None or sheet == "":
        if not names:
            raise TableError("table.no_sheets", file=path.name)
        return names
    return [_choose_sheet(path, names, sheet)]


def _choose_sheet(path: Path, names: list[str], sheet) -> str:
    if not names:
        raise TableError("table.no_sheets", file=path.name)
    if sheet is None or sheet == "":
        return names[0]
    if isinstance(sheet, int) or (isinstance(sheet, str) and sheet.isdigit() and sheet not in names):
        index = int(sheet)
        if 0 <= index < len(names):
            return names[index]
    elif sheet in names:
        return sheet
    else:
        folded = {n.strip().casefold(): n for n in names}
        if str(sheet).strip().casefold() in folded:
            return folded[str(sheet).strip().casefold()]
    raise TableError("table.no_sheet", file=path.name, sheet=str(sheet), sheets=quoted(names))


def _from_rows(path, rows, options, total_labels, key_column, missing_values=None) -> TableRead:
    # drop fully empty trailing columns and rows
    rows = [list(r) for r in rows]
    while rows and not _non_empty(rows[-1]):
        rows.pop()
    if not rows:
        raise TableError("table.sheet_empty", where=_where(path, options))
    header_index = _header_index(rows)
    width = max(len(r) for r in rows)
    header = rows[header_index] + [None] * (width - len(rows[header_index]))
    while (
        width > 1 and header[width - 1] is None and all(len(r) < width or r[width - 1] is None for r in rows)
    ):
        width -= 1
    names = [_clean_header(h, i) for i, h in enumerate(header[:width])]
    body = [(r + [None] * width)[:width] for r in rows[header_index + 1 :]]
    key_like = set(_key_like_columns(names, body))
    key_name = _find_column(path, names, key_column) if key_column is not None else None
    if key_name is not None:
        key_like.add(key_name)
    frame = pd.DataFrame(body, columns=_unique(names), dtype=object)
    first_row = header_index + 2
    frame.index = pd.RangeIndex(first_row, first_row + len(frame))
    _blank_placeholders(frame)
    options = replace(options, header_row=header_index + 1)
    return _finish(path, frame, options, total_labels, key_name, key_like, [], missing_values)


def read_rows(
    name: str,
    header: Sequence[str],
    rows: Sequence[Sequence],
    *,
    row_numbers: Sequence[int] | None = None,
    total_labels: Sequence[str] = DEFAULT_TOTAL_LABELS,
    key_column: str | None = None,
    source: str = "layer",
    missing_values: Sequence[float] | None = None,
) -> TableRead:
    """Read a table given as rows of values (the attributes of a layer), by the same rules as a file.

    ``header`` holds the column names, ``rows`` one sequence of values (text, numbers or None) per
    record; ``row_numbers`` the number each record is named by in messages (for a layer its feature
    id; default: 1, 2, ...). Numbers stored as text, placeholders, the city total row and the key
    column, missing-value codes are handled as in :func:`read_table`. Raises :class:`TableError` (message naming ``name``)
    for an empty table or a missing key column.
    """
    path = Path(name)
    names = _unique([_clean_header(h, i) for i, h in enumerate(header)])
    if not names:
        raise TableError("table.no_columns", where=str(name))
    body = [list(r) for r in rows]
    key_like = set(_key_like_columns(names, body[:1000]))
    key_name = _find_column(path, names, key_column) if key_column is not None else None
    if key_name is not None:
        key_like.add(key_name)
    frame = pd.DataFrame(body, columns=names, dtype=object)
    if row_numbers is None:
        frame.index = pd.RangeIndex(1, 1 + len(frame))
    else:
        frame.index = pd.Index([int(r) for r in row_numbers])
    if frame.empty:
        raise TableError("table.no_rows", where=str(name))
    _blank_placeholders(frame)
    options = ReadOptions(format=source, header_row=0)
    return _finish(path, frame, options, total_labels, key_name, key_like, [], missing_values)


def _blank_placeholders(frame: pd.DataFrame) -> None:
    """Text placeholders and blank strings become missing, as the CSV parser does (in place)."""
    for column in frame.columns:
        series = frame[column]
        text = series.map(lambda v: v.strip() if isinstance(v, str) else v)
        frame[column] = text.mask(text.isin(_PARSER_NA))


def _where(path: Path, options: ReadOptions) -> Message | str:
    """The file (and sheet) a message is about."""
    if options.sheet:
        return Message("table.file_sheet", {"file": path.name, "sheet": options.sheet})
    return path.name


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for name in names:
        if name in seen:
            seen[name] += 1
            result.append(f"{name}_{seen[name]}")
        else:
            seen[name] = 1
            result.append(name)
    return result


# --- Common finishing ------------------------------------------------------------------------


def _finish(
    path, frame, options, total_labels, key_name, key_like, warnings, missing_values=None
) -> TableRead:
    where = _where(path, options)
    frame.columns = _unique([str(c) for c in frame.columns])
    # Columns without a header and without any value: trailing delimiters of spreadsheet exports.
    for column in list(frame.columns):
        if column.startswith("column_") and frame[column].isna().all():
            frame = frame.drop(columns=column)
    if frame.shape[1] == 0:
        raise TableError("table.no_columns", where=where)
    # Blank lines: only rows whose first cell is empty can be entirely empty (cheap pre-check).
    first_empty = frame.iloc[:, 0].isna().to_numpy()
    if first_empty.any():
        blank = np.zeros(len(frame), dtype=bool)
        blank[first_empty] = frame.iloc[first_empty].isna().all(axis=1).to_numpy()
        if blank.any():
            frame = frame.iloc[~blank]
    frame = frame.copy(deep=False)
    frame = _drop_footnotes(frame)
    if frame.empty:
        raise TableError("table.no_data_rows", where=where, row=options.header_row)
    if options.format != "csv" and (options.decimal is None or options.thousands is None):
        # numbers stored as text in a workbook or layer: one decimal mark for the whole sheet
        decimal, thousands = _text_number_format(frame, key_like)
        options = replace(
            options,
            decimal=options.decimal or decimal,
            thousands=options.thousands if options.thousands is not None else thousands,
        )
        if options.thousands == options.decimal:
            options = replace(options, thousands=None)
    result = TableRead(path=path, frame=frame, options=options, warnings=warnings)
    text_columns: list[str] = []
    unreadable: list[UnreadableCell] = []
    for column in frame.columns:
        series = frame[column]
        if column in key_like:
            frame[column] = _as_key_text(series)
            text_columns.append(column)
            continue
        if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
            continue  # already numbers: nothing to convert
        parsed = _to_numbers(series, options)
        if parsed is None:
            frame[column] = pd.Series(
                [
                    v if v is None or isinstance(v, str) else (None if is_missing(v) else cell_text(v))
                    for v in series
                ],
                index=series.index,
                dtype=object,
            )
            text_columns.append(column)
        else:
            frame[column] = parsed.values
            unreadable.extend(
                UnreadableCell(int(row), column, str(value)) for row, value in parsed.bad.items()
            )
            if parsed.units:
                result.units[column] = next(iter(parsed.units))
                if len(parsed.units) > 1:
                    shown = [
                        Message("table.unit_count", {"symbol": u, "count": n})
                        for u, n in parsed.units.items()
                    ]
                    result.warnings.append(
                        Message("table.mixed_units", {"where": where, "column": column, "units": shown})
                    )
    result.frame = frame
    result.text_columns = text_columns
    for column in text_columns:
        found = misdecoding(frame[column].head(5000))
        if found:
            result.warnings.append(_misdecoding_message(where, column, *found))
    _take_total_row(result, total_labels, key_name)
    frame = result.frame
    if frame.empty:
        raise TableError("table.only_total_row", where=where)
    result.unreadable = sorted(
        (u for u in unreadable if u.row != result.total_row_number), key=lambda u: (u.row, u.column)
    )
    frame = _take_missing_codes(result, frame, key_like, missing_values)
    # Integer columns that held missing values came back as floats: make them integers again.
    for column in frame.columns:
        series = frame[column]
        if pd.api.types.is_float_dtype(series):
            present = series.dropna()
            if len(present) and _whole_numbers(present.head(1000)) and _whole_numbers(present):
                frame[column] = series.astype("Int64")
    result.frame = frame
    result.placeholders = {c: int(n) for c, n in frame.isna().sum().items() if n}
    for cell in [*result.unreadable, *result.missing_codes]:
        result.placeholders[cell.column] = (
            result.placeholders.get(cell.column, 0) - 1
        )  # counted as unreadable or as a missing-value code
    result.placeholders = {c: n for c, n in result.placeholders.items() if n > 0}
    if key_name is not None:
        missing = frame.index[frame[key_name].isna()]
        if len(missing):
            result.warnings.append(
                Message(
                    "table.rows_without_key",
                    {"count": len(missing), "column": key_name, "rows": [int(r) for r in missing]},
                )
            )
    return result


def _take_missing_codes(result: TableRead, frame: pd.DataFrame, key_like, missing_values) -> pd.DataFrame:
    """Number cells holding a missing-value code become missing; they are listed in ``missing_codes``."""
    found: list[UnreadableCell] = []
    for column in frame.columns:
        series = frame[column]
        if (
            column in key_like
            or not pd.api.types.is_numeric_dtype(series)
            or pd.api.types.is_bool_dtype(series)
        ):
            continue
        mask = missing_code_mask(series, missing_values)
        if mask.any():
            found.extend(
                UnreadableCell(int(row), column, cell_text(value)) for row, value in series[mask].items()
            )
            frame[column] = series.astype("float64").mask(mask)
    result.missing_codes = sorted(found, key=lambda u: (u.row, u.column))
    return frame


def _text_number_format(frame: pd.DataFrame, key_like) -> tuple[str | None, str | None]:
    """Decimal and thousands separator of the numbers stored as text in ``frame`` (all columns but
    the key-like ones, up to 500 cells each), decided once for the whole sheet; (None, None) when no
    cell holds a number as text."""
    cells = [
        value
        for column in frame.columns
        if column not in key_like
        for value in frame[column].head(500)
        if isinstance(value, str) and value.strip()[-1:].isdigit()
    ]
    if not cells:
        return None, None
    return detect_number_format(cells)


def _misdecoding_message(where: Message | str, column: str, kind: str, example: str) -> Message:
    """Text that looks wrongly decoded: characters that could not be decoded ("replacement"), or UTF-8
    read in a single-byte encoding."""
    code = "table.misdecoded_replacement" if kind == "replacement" else "table.misdecoded_utf8"
    return Message(code, {"where": where, "column": column, "example": example})


def _whole_numbers(values: pd.Series) -> bool:
    array = values.to_numpy(dtype="float64")
    return bool(np.all(np.floor(array) == array) and np.abs(array).max() < 2**53)


def _as_key_text(series: pd.Series) -> pd.Series:
    """Key column as text: whole floats from spreadsheets lose their ".0"; missing stays missing."""
    if all_text(series, sample=1000):
        # CSV keys arrive as text; surrounding spaces are removed when keys are normalised
        text = series.astype(object)
        return text.where(text.notna(), None)
    return pd.Series(
        [None if is_missing(v) else cell_text(v).strip() for v in series], index=series.index, dtype=object
    )


def _to_numbers(series: pd.Series, options: ReadOptions) -> ParsedNumbers | None:
    """A text column read as numbers when more than half of its values are numbers, else None.

    The result holds the numbers and the cells (row → text) that are neither numbers nor placeholders.
    The reading itself is :func:`.cells.parse_numbers`, with the file's notation where it is known
    (CSV) and the column's own where it is not (workbooks).
    """
    present = series.dropna()
    if present.empty or not present.head(200).map(looks_numeric).any():
        return None  # plainly a text column: skip the costly conversion
    parsed = parse_numbers(series, options.decimal, options.thousands)
    return parsed if parsed.mostly_numbers else None


def _drop_footnotes(frame: pd.DataFrame) -> pd.DataFrame:
    """Remove footnote lines after the data: rows with at most one filled cell holding prose."""
    if frame.empty:
        return frame
    tail = frame.tail(50)
    filled = tail.notna().sum(axis=1)
    cut = len(frame)
    for position in range(len(tail) - 1, -1, -1):
        if filled.iloc[position] > 1:
            break
        values = tail.iloc[position].dropna()
        text = str(values.iloc[0]).strip() if len(values) else ""
        if not _looks_like_footnote(text):
            break
        cut = len(frame) - (len(tail) - position)
    return frame.iloc[:cut]


def _looks_like_footnote(text: str) -> bool:
    if not text:
        return True
    if re.match(r"^(\*|¹|²|³|\(?\d+\)|Quelle|Anm|Hinweis|Stand|Fußnote|Source|Note)", text, re.IGNORECASE):
        return True
    return bool(re.search(r"\s", text)) and len(text) > 12


def _take_total_row(result: TableRead, labels: Sequence[str], key_name: str | None) -> None:
    """Find the city total row, keep it as ``total_row`` and remove it (and subtotals) from the data."""
    frame = result.frame
    found = find_total_rows(frame, labels, key_name)
    if found.city is None:
        return
    city = found.city
    result.total_row = frame.loc[city].copy()
    result.total_row_number = int(city)
    if found.subtotals:
        result.warnings.append(Message("table.subtotals", {"rows": [int(r) for r in found.subtotals]}))
    result.warnings.insert(0, Message("table.city_total_row", {"label": found.label, "row": int(city)}))
    rows = found.rows
    positions = sorted(frame.index.get_indexer(rows))
    if positions == list(range(len(frame) - len(positions), len(frame))):
        result.frame = frame.iloc[: len(frame) - len(positions)]  # total rows at the end: no copy
    elif positions == list(range(len(positions))):
        result.frame = frame.iloc[len(positions) :]
    else:
        result.frame = frame.drop(index=rows)
