"""The scenario summary for the council paper: the list of areas and the before/after comparison.

Two tables: the list (area, level, status label, rationale) and the comparison (counts, population
covered, names, before and after). :func:`export_summary` writes them as CSV the way German offices
read it (``;``, decimal comma, UTF-8 with BOM so Excel detects the encoding) or as XLSX (two sheets),
chosen by the file name.

Core knows only codes; the caller passes the translated labels (``services.messages.summary_labels``).
Missing labels fall back to :data:`DEFAULT_LABELS` (English).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Mapping

import pandas as pd

from .atomic_write import replacing, write_text
from .scenario import Change, Scenario, ScenarioError, quarter_statuses, space_statuses, summarise
from .status import STATUS_ORDER, AreaStatus

DEFAULT_LABELS: dict[str, str] = {
    "sheet_list": "List",
    "sheet_summary": "Summary",
    "key": "Key",
    "name": "Name",
    "level": "Level",
    "status": "Status",
    "rationale": "Rationale",
    "level_space": "Sozialraum",
    "level_quarter": "Quartier",
    "measure": "Measure",
    "before": "Before",
    "after": "After",
    "difference": "Difference",
    "count_spaces": "Aktionsräume",
    "count_quarters": "Aktionsquartiere",
    "population": "Population covered",
    "names_spaces": "Aktionsräume (names)",
    "names_quarters": "Aktionsquartiere (names)",
    AreaStatus.REMAINS_ACTION_SPACE.value: "Remains Aktionsraum",
    AreaStatus.NEW_ACTION_SPACE.value: "New Aktionsraum",
    AreaStatus.NO_LONGER_ACTION_SPACE.value: "No longer Aktionsraum",
    AreaStatus.ACTION_QUARTER.value: "Aktionsquartier",
    AreaStatus.NONE.value: "None",
}


def _labeller(labels: Mapping[str, str] | None) -> Callable[[str], str]:
    merged = {**DEFAULT_LABELS, **(labels or {})}
    return lambda code: merged.get(code, code)


def summary_frames(
    scenario: Scenario,
    names: Mapping[str, str] | None = None,
    population: Mapping[str, float] | None = None,
    labels: Mapping[str, str] | None = None,
    rationale: Callable[[Change], str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(list, comparison) tables with translated headings and status labels.

    The list holds every Sozialraum and Quartier that is on the list before or after the scenario,
    ordered by status (new, remains, Aktionsquartier, no longer) and name; its rationale is that of the
    switched-on changes naming the area, worded by ``rationale`` (``services.messages.rationale_text``;
    without it only rationales written as text are shown).
    """
    worded = rationale or (lambda change: change.rationale)
    label = _labeller(labels)
    names = dict(names or {})
    summary = summarise(scenario, names, population)
    spaces = sorted(set(summary.spaces_before) | set(summary.spaces_after))
    quarters = sorted(set(summary.quarters_before) | set(summary.quarters_after))
    rationales: dict[str, list[str]] = {}
    for change in scenario.changes:
        text = worded(change) if change.enabled else ""
        if text:
            rationales.setdefault(change.area, []).append(text)
    order = {status.value: n for n, status in enumerate(STATUS_ORDER)}
    rows = []
    for level, keys, statuses in (
        ("level_space", spaces, space_statuses(scenario, spaces)),
        ("level_quarter", quarters, quarter_statuses(scenario, quarters)),
    ):
        for key in keys:
            code = statuses[key]
            rows.append(
                (
                    order[code],
                    names.get(key, key),
                    key,
                    label(level),
                    label(code),
                    "; ".join(rationales.get(key, [])),
                )
            )
    rows.sort(key=lambda r: (r[0], r[1].casefold(), r[2]))
    listing = pd.DataFrame(
        [r[1:] for r in rows],
        columns=[label("name"), label("key"), label("level"), label("status"), label("rationale")],
    )

    def joined(keys: tuple[str, ...]) -> str:
        return ", ".join(sorted((names.get(k, k) for k in keys), key=str.casefold))

    measures = [
        (label("count_spaces"), len(summary.spaces_before), len(summary.spaces_after)),
        (label("count_quarters"), len(summary.quarters_before), len(summary.quarters_after)),
    ]
    if summary.population_before is not None and summary.population_after is not None:
        measures.append(
            (label("population"), round(summary.population_before), round(summary.population_after))
        )
    comparison = pd.DataFrame(
        [(m, b, a, a - b) for m, b, a in measures],
        columns=[label("measure"), label("before"), label("after"), label("difference")],
    )
    name_rows = pd.DataFrame(
        [
            (label("names_spaces"), joined(summary.spaces_before), joined(summary.spaces_after), ""),
            (label("names_quarters"), joined(summary.quarters_before), joined(summary.quarters_after), ""),
        ],
        columns=comparison.columns,
    )
    comparison = pd.concat([comparison.astype(object), name_rows], ignore_index=True)
    return listing, comparison


def export_summary(
    path: str | Path,
    scenario: Scenario,
    names: Mapping[str, str] | None = None,
    population: Mapping[str, float] | None = None,
    labels: Mapping[str, str] | None = None,
    rationale: Callable[[Change], str] | None = None,
) -> Path:
    """Write the list and the comparison (:func:`summary_frames`) to ``path``; returns ``path``.

    A name ending in ``.csv`` (any case) gives German CSV: the list, a blank line, then the comparison
    (``;``, decimal comma, UTF-8 with BOM); any other name an XLSX workbook with the two as sheets.
    The file is complete or absent (:mod:`.atomic_write`). Raises :class:`ScenarioError` naming the
    file when it cannot be written.
    """
    path = Path(path)
    frames = summary_frames(scenario, names, population, labels, rationale)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix.lower() == ".csv":
            write_text(path, _csv_text(*frames), encoding="utf-8-sig", newline="")
        else:
            workbook = _workbook(*frames, _labeller(labels))
            with replacing(path) as temporary:
                workbook.save(temporary)
    except OSError as error:
        raise ScenarioError("file.unwritable", path=str(path), reason=error.strerror or str(error)) from None
    return path


def _csv_text(listing: pd.DataFrame, comparison: pd.DataFrame) -> str:
    """The list, a blank line, then the comparison, as German CSV (``;``, decimal comma, CRLF)."""
    return (
        listing.to_csv(sep=";", decimal=",", index=False, lineterminator="\r\n")
        + "\r\n"
        + comparison.to_csv(sep=";", decimal=",", index=False, lineterminator="\r\n")
    )


def _workbook(listing: pd.DataFrame, comparison: pd.DataFrame, label: Callable[[str], str]):
    """The list and the comparison as two sheets of an openpyxl workbook (bold, frozen headings)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheets = [(workbook.active, label("sheet_list"), listing), (None, label("sheet_summary"), comparison)]
    for sheet, title, frame in sheets:
        sheet = sheet if sheet is not None else workbook.create_sheet()
        sheet.title = _sheet_title(title)
        sheet.append(list(frame.columns))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in frame.itertuples(index=False, name=None):
            sheet.append([_cell(v) for v in row])
        for n, column in enumerate(frame.columns, 1):
            width = max([len(str(column)), *(len(str(v)) for v in frame.iloc[:, n - 1])])
            sheet.column_dimensions[sheet.cell(1, n).column_letter].width = min(max(width + 2, 10), 80)
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A2"
    return workbook


def _cell(value):
    if hasattr(value, "item"):
        return value.item()
    return value


def _sheet_title(title: str) -> str:
    for character in "[]:*?/\\":
        title = title.replace(character, " ")
    return title[:31] or "Sheet"
