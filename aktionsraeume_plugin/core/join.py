"""Joining an indicator table to areas by key, with a report of everything that did or did not match.

:func:`join_table` is a left join that keeps the areas exactly as they are: one output row per input
area, in the input order, none lost and none duplicated. Keys are compared after
:func:`~aktionsraeume_plugin.core.keys.normalise_keys` (spaces, "12.0", integer vs text, leading
zeros, case and Unicode form of names). A key that occurs in more than one table row is an error
listing those keys and rows, unless an aggregation ("first", "sum", "mean") is chosen.

Column names: the table's key column is not added (the areas already have the key). A table
column whose name is already taken by the areas (compared case-insensitively, as GeoPackage
does) gets the suffix ``_2`` (``_3``, ... if that is taken too): ``Einwohner`` → ``Einwohner_2``.
The report lists every renamed column.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

from .atomic_write import write_text
from .keys import area_key as canonical_key
from .keys import normalise_key_series
from .messages import Message, MessageError, quoted
from .tables import ReadOptions, TableRead, UnreadableCell

AGGREGATIONS = ("first", "sum", "mean")
#: Column names the areas always own: the feature id and geometry columns of layers and GeoPackages.
RESERVED_COLUMNS = ("fid", "geometry", "geom")


class JoinError(MessageError, ValueError):
    """A join that cannot be made as asked; the message names the table, keys and rows."""


@dataclass(frozen=True)
class Duplicate:
    """A key that occurs in several table rows (row numbers as in the file)."""

    key: str
    rows: tuple[int, ...]


@dataclass
class JoinReport:
    """What a join did: counts, and the keys and rows behind every count."""

    table: str
    area_key: str
    table_key: str
    rows_read: int = 0
    features: int = 0
    matched_features: int = 0
    matched_rows: int = 0
    features_without_row: list[str | None] = field(default_factory=list)
    features_without_key: int = 0
    rows_without_feature: list[tuple[int, str]] = field(default_factory=list)
    rows_without_key: list[int] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    aggregate: str | None = None
    unreadable: list[UnreadableCell] = field(default_factory=list)
    placeholders: dict[str, int] = field(default_factory=dict)
    #: column → area keys of the rows counted in ``placeholders`` (as the table writes them, table order)
    placeholder_keys: dict[str, list[str]] = field(default_factory=dict)
    missing_codes: list[UnreadableCell] = field(default_factory=list)
    units: dict[str, str] = field(default_factory=dict)
    city_row: dict[str, object] | None = None
    city_row_number: int | None = None
    read_options: dict[str, str] = field(default_factory=dict)
    added_columns: list[str] = field(default_factory=list)
    renamed_columns: dict[str, str] = field(default_factory=dict)
    shortened_columns: dict[str, str] = field(default_factory=dict)  # by the output format (Shapefile)
    warnings: list[Message] = field(default_factory=list)

    @property
    def unmatched_features(self) -> int:
        return len(self.features_without_row) + self.features_without_key

    @property
    def unmatched_rows(self) -> int:
        return len(self.rows_without_feature)

    @property
    def has_problems(self) -> bool:
        return bool(
            self.unmatched_features or self.unmatched_rows or self.unreadable or self.rows_without_key
        )

    # --- rendering ---------------------------------------------------------------------------

    def messages(self) -> list[tuple[str, Message]]:
        """The report as (level, message) lines; level is "info" or "problem".

        The messages are worded by ``services.messages.render`` (``services.join_service.report_text``).
        """
        lines: list[tuple[str, Message]] = []

        def add(level: str, code: str, **values) -> None:
            lines.append((level, Message(code, values)))

        add("info", "join.header", table=self.table, table_key=self.table_key, area_key=self.area_key)
        if self.read_options:
            add("info", "join.options", options=[_read_option(k, v) for k, v in self.read_options.items()])
        add("info", "join.rows_read", rows=self.rows_read)
        add("info", "join.matched", matched=self.matched_features, features=self.features)
        if self.city_row is not None:
            add("info", "join.city_row", row=self.city_row_number, label=_city_label(self.city_row))
        else:
            add("info", "join.no_city_row")
        if self.features_without_row:
            keys = self.features_without_row
            add("problem", "join.features_without_row", count=len(keys), keys=keys)
        if self.features_without_key:
            add("problem", "join.features_without_key", count=self.features_without_key)
        if self.rows_without_feature:
            shown = [
                Message("join.key_row", {"key": key, "row": row}) for row, key in self.rows_without_feature
            ]
            add("problem", "join.rows_without_feature", count=len(shown), keys=shown)
        if self.rows_without_key:
            add(
                "problem",
                "join.rows_without_key",
                count=len(self.rows_without_key),
                rows=self.rows_without_key,
            )
        if self.duplicates:
            shown = [Message("join.key_rows", {"key": d.key, "rows": d.rows}) for d in self.duplicates]
            how = (
                Message(f"join.aggregate_{self.aggregate}")
                if self.aggregate in AGGREGATIONS
                else self.aggregate
            )
            add("info", "join.duplicates", count=len(shown), keys=shown, how=how)
        if self.unreadable:
            shown = [
                Message("join.cell", {"row": u.row, "column": u.column, "value": u.value})
                for u in self.unreadable
            ]
            add("problem", "join.unreadable", count=len(shown), cells=shown)
        if self.placeholders:
            counts = [
                Message(
                    "join.column_missing",
                    {"column": c, "count": n, "keys": _first_keys(self.placeholder_keys.get(c, []))},
                )
                for c, n in self.placeholders.items()
            ]
            add("info", "join.placeholders", counts=counts)
        if self.missing_codes:
            rows = sorted({c.row for c in self.missing_codes})
            per_column: dict[str, set] = {}
            for cell in self.missing_codes:
                per_column.setdefault(cell.column, set()).add(cell.value)
            codes = [
                Message("join.column_codes", {"column": c, "codes": " ".join(sorted(v))})
                for c, v in per_column.items()
            ]
            add(
                "problem",
                "join.missing_codes",
                count=len(self.missing_codes),
                row_count=len(rows),
                rows=rows,
                codes=codes,
            )
        if self.units:
            units = [Message("join.column_unit", {"column": c, "symbol": u}) for c, u in self.units.items()]
            add("info", "join.units", units=units)
        if self.renamed_columns:
            renamed = [
                Message("join.renamed_column", {"old": a, "new": b}) for a, b in self.renamed_columns.items()
            ]
            add("info", "join.renamed", renamed=renamed)
        if self.shortened_columns:
            shortened = [
                Message("join.renamed_column", {"old": a, "new": b})
                for a, b in self.shortened_columns.items()
            ]
            add("problem", "join.shortened", shortened=shortened)
        for warning in self.warnings:
            add("info", "join.note", text=warning)
        return lines

    def to_dict(self) -> dict:
        """Plain data (JSON-serialisable) with every list in full."""
        data = asdict(self)
        data["unmatched_features"] = self.unmatched_features
        data["unmatched_rows"] = self.unmatched_rows
        data["rows_without_feature"] = [{"row": r, "key": k} for r, k in self.rows_without_feature]
        data["city_row"] = None if self.city_row is None else {k: _plain(v) for k, v in self.city_row.items()}
        return data

    def to_csv(self) -> str:
        """One line per finding: category, key, row, column, value."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["category", "key", "row", "column", "value"])
        for name, value in (
            ("rows_read", self.rows_read),
            ("features", self.features),
            ("matched_features", self.matched_features),
            ("unmatched_features", self.unmatched_features),
            ("unmatched_rows", self.unmatched_rows),
        ):
            writer.writerow(["count", name, "", "", value])
        for key in self.features_without_row:
            writer.writerow(["feature_without_row", key, "", "", ""])
        for row, key in self.rows_without_feature:
            writer.writerow(["row_without_feature", key, row, "", ""])
        for row in self.rows_without_key:
            writer.writerow(["row_without_key", "", row, "", ""])
        for duplicate in self.duplicates:
            for row in duplicate.rows:
                writer.writerow(["duplicate", duplicate.key, row, "", ""])
        for cell in self.unreadable:
            writer.writerow(["unreadable", "", cell.row, cell.column, cell.value])
        for cell in self.missing_codes:
            writer.writerow(["missing_code", "", cell.row, cell.column, cell.value])
        if self.city_row is not None:
            for column, value in self.city_row.items():
                writer.writerow(["city_row", "", self.city_row_number, column, _plain(value)])
        return buffer.getvalue()

    def save(self, path: str | Path, text: str | None = None) -> Path:
        """Save as JSON (``.json``), CSV (``.csv``) or, for any other extension, ``text``: the report
        worded for people (``services.join_service.report_text``), completely or not at all.

        Raises ``OSError`` when the file cannot be written (an existing file is then unchanged) and
        ``ValueError`` when a text file is asked for without ``text``.
        """
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix == ".json":
            content = json.dumps(self.to_dict(), ensure_ascii=False, indent=2)
        elif suffix == ".csv":
            content = self.to_csv()
        elif text is None:
            raise ValueError(f"{path.name}: a text report needs the worded report.")
        else:
            content = text + "\n"
        return write_text(path, content, encoding="utf-8")


@dataclass
class JoinResult:
    """The joined frame (areas in their order, table columns added) and its report."""

    frame: pd.DataFrame
    report: JoinReport
    added_columns: list[str]


def join_table(
    areas: pd.DataFrame,
    area_key: str,
    table: TableRead | pd.DataFrame,
    table_key: str,
    *,
    pad_width: int | None = None,
    aggregate: str | None = None,
    reserved: Iterable[str] = RESERVED_COLUMNS,
) -> JoinResult:
    """Left-join ``table`` to ``areas`` on ``area_key`` = ``table_key`` (after key normalisation).

    ``areas`` is any frame (for example from ``layer_to_frame``); its rows and columns come back
    unchanged and in order, with the table's columns (except its key) appended. ``table`` is a
    :class:`TableRead` or a plain frame (row numbers then count the header as row 1). Raises
    :class:`JoinError` for a missing column, an unknown aggregation, or keys occurring in several
    rows when ``aggregate`` is None.
    """
    if aggregate is not None and aggregate not in AGGREGATIONS:
        raise JoinError("join.unknown_aggregation", aggregate=aggregate, known=quoted(AGGREGATIONS))
    read = table if isinstance(table, TableRead) else _wrap_frame(table)
    frame = read.frame
    name = read.name
    if area_key not in areas.columns:
        raise JoinError("join.no_area_field", field=area_key)
    if table_key not in frame.columns:
        raise JoinError("table.no_key_column", file=name, column=table_key, columns=quoted(frame.columns))
    report = JoinReport(
        table=name,
        area_key=area_key,
        table_key=table_key,
        rows_read=len(frame),
        features=len(areas),
        aggregate=aggregate,
        unreadable=list(read.unreadable),
        placeholders=dict(read.placeholders),
        missing_codes=list(read.missing_codes),
        units=dict(read.units),
        read_options=read.options.describe(),
        warnings=list(read.warnings),
    )
    report.placeholder_keys = _placeholder_keys(read, table_key)
    if read.total_row is not None:
        report.city_row = read.total_row.to_dict()
        report.city_row_number = read.total_row_number

    table_keys = normalise_key_series(frame[table_key], pad_width=pad_width, names=True)
    keyed = table_keys.notna()
    report.rows_without_key = [int(r) for r in frame.index[~keyed]]
    values = frame.loc[keyed].drop(columns=[table_key])
    table_keys = table_keys[keyed]

    duplicated = table_keys.duplicated(keep=False)
    if duplicated.any():
        groups = pd.Series(table_keys.index[duplicated], index=table_keys[duplicated].to_numpy())
        # shown as the file writes the key (its first occurrence), not in its compared form
        report.duplicates = [
            Duplicate(canonical_key(frame.at[rows.iloc[0], table_key]), tuple(int(r) for r in rows))
            for _, rows in groups.groupby(level=0, sort=False)
        ]
        if aggregate is None:
            shown = [
                Message("join.key_rows", {"key": quoted([d.key])[0], "rows": d.rows})
                for d in report.duplicates
            ]
            raise JoinError("join.duplicate_keys", table=name, column=table_key, count=len(shown), keys=shown)
        values = _aggregate(values, table_keys, aggregate, read.text_columns)
        row_numbers = pd.Series(table_keys.index, index=table_keys.to_numpy())
        row_numbers = row_numbers[~row_numbers.index.duplicated()]
    else:
        values = values.set_axis(table_keys.to_numpy(), axis=0)
        row_numbers = pd.Series(table_keys.index, index=table_keys.to_numpy())

    area_keys = normalise_key_series(areas[area_key], pad_width=pad_width, names=True)
    report.features_without_key = int(area_keys.isna().sum())
    joined = values.reindex(area_keys.to_numpy())
    joined.index = areas.index
    matched = area_keys.notna() & area_keys.isin(values.index)
    report.matched_features = int(matched.sum())
    report.features_without_row = [canonical_key(v) for v in areas[area_key][area_keys.notna() & ~matched]]
    used = set(area_keys[matched])
    report.matched_rows = len(used)
    report.rows_without_feature = [
        (int(row), str(frame.at[row, table_key])) for key, row in row_numbers.items() if key not in used
    ]
    report.rows_without_feature.sort()
    counts = area_keys[matched].value_counts()
    shared = counts[counts > 1]
    if len(shared):
        in_shared = area_keys.isin(shared.index)
        written = areas[area_key][in_shared].groupby(area_keys[in_shared].to_numpy()).first()
        report.warnings.append(
            Message(
                "join.shared_keys",
                {"count": len(shared), "keys": [canonical_key(written[k]) for k in shared.index]},
            )
        )

    # restore integer columns that reindexing turned into floats
    for column in joined.columns:
        original = values[column]
        if pd.api.types.is_integer_dtype(original) and not pd.api.types.is_integer_dtype(joined[column]):
            joined[column] = joined[column].astype("Int64")

    taken = {str(c).casefold() for c in areas.columns} | {c.casefold() for c in reserved}
    renamed: dict[str, str] = {}
    names = []
    for column in joined.columns:
        new = unique_name(str(column), taken)
        taken.add(new.casefold())
        names.append(new)
        if new != column:
            renamed[str(column)] = new
    joined.columns = names
    report.added_columns = names
    report.renamed_columns = renamed
    result = pd.concat([areas, joined], axis=1)
    return JoinResult(frame=result, report=report, added_columns=names)


def unique_name(name: str, taken: Iterable[str]) -> str:
    """``name``, or ``name_2``, ``name_3``, ... — the first not in ``taken`` (compared case-insensitively)."""
    folded = {t.casefold() for t in taken}
    if name.casefold() not in folded:
        return name
    number = 2
    while f"{name}_{number}".casefold() in folded:
        number += 1
    return f"{name}_{number}"


#: the reading options a join report words (``ReadOptions.describe``); others are shown as key=value
_READ_OPTIONS = ("format", "encoding", "delimiter", "decimal", "thousands", "sheet", "header_row")


def _read_option(key: str, value: str) -> Message | str:
    """One reading option as the report words it ("delimiter ';'", "header in row 1")."""
    if key == "delimiter" and value in ("tab", "space"):
        return Message(f"join.option.delimiter_{value}")
    if key in _READ_OPTIONS:
        return Message(f"join.option.{key}", {"value": value})
    return f"{key}={value}"


def _aggregate(values: pd.DataFrame, keys: pd.Series, how: str, text_columns: Sequence[str]) -> pd.DataFrame:
    grouped = values.groupby(keys.to_numpy(), sort=False)
    if how == "first":
        return grouped.first()
    numeric = [c for c in values.columns if pd.api.types.is_numeric_dtype(values[c])]
    other = [c for c in values.columns if c not in numeric]
    parts = []
    if numeric:
        # min_count keeps "all missing" missing instead of 0
        parts.append(grouped[numeric].sum(min_count=1) if how == "sum" else grouped[numeric].mean())
    if other:
        parts.append(grouped[other].first())
    return pd.concat(parts, axis=1)[list(values.columns)]


def _wrap_frame(frame: pd.DataFrame) -> TableRead:
    frame = frame.copy()
    frame.index = pd.RangeIndex(2, 2 + len(frame))
    text = [c for c in frame.columns if not pd.api.types.is_numeric_dtype(frame[c])]
    return TableRead(path=Path("table"), frame=frame, options=ReadOptions(format="frame"), text_columns=text)


def _city_label(row: dict) -> str:
    for value in row.values():
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _plain(value):
    if value is None or value is pd.NA:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


#: How many area keys a report line names before "… and N more".
SHOWN_KEYS = 5


def _first_keys(keys: Sequence[str]) -> tuple:
    """The first :data:`SHOWN_KEYS` keys, then "… and N more" (a message) when there are more."""
    shown: tuple = tuple(keys[:SHOWN_KEYS])
    if len(keys) > SHOWN_KEYS:
        shown += (Message("list.more", {"count": len(keys) - SHOWN_KEYS}),)
    return shown


def _placeholder_keys(read: TableRead, table_key: str) -> dict[str, list[str]]:
    """For each column of ``read.placeholders``, the keys (as the table writes them) of its rows with a
    missing value, cells reported as unreadable or as a missing-value code left out (they are named
    with their rows), as are rows without a key (reported as such)."""
    frame = read.frame
    if table_key not in frame.columns:
        return {}
    elsewhere = {(cell.column, cell.row) for cell in [*read.unreadable, *read.missing_codes]}
    keys = {}
    for column in read.placeholders:
        if column not in frame.columns or column == table_key:
            continue
        rows = frame.index[frame[column].isna().to_numpy()]
        found = (canonical_key(frame.at[row, table_key]) for row in rows if (column, row) not in elsewhere)
        keys[column] = [key for key in found if key is not None]
    return keys
