"""The wording of every message core returns, rendered in the user's language and number format.

Core says things as :class:`~aktionsraeume_plugin.core.messages.Message` objects (a stable code and
its values). This module is the one place that words them: :data:`TEMPLATES` maps each code to its
English source text, marked for Qt translation (``make translations`` extracts them; German and English
entries live in ``i18n/*.ts``), and :func:`render` fills the translated template:

- numbers in the user's locale (:func:`.i18n.number_locale`; ``{value:.1f}`` → "21,4" in German);
  whole numbers without a format (counts, row numbers, feature ids) are written as they are;
- nested messages are rendered in turn, lists comma-separated (long ones shortened: "… and 5 more"),
  texts in several languages (``{"de": ..., "en": ...}``) in the user's language;
- a value named ``unit`` gets a leading space when it is not empty ("21,4 %", but "3,0" without unit);
- codes whose wording needs words for codes get them here: area level codes ("spaces") become "space",
  "Sozialräume" …; index class codes become their labels.

Text that a person wrote (a planner's rationale, or one from a scenario file of an older release) is
passed through :func:`render` unchanged.

The same templates word what the services say themselves (:func:`worded`): labels of status, change
action, index class and summary columns, the assessment table's headers and method text, legend
labels, profile sentences. Errors core raises carry a message: :func:`error_text` is how every front
end shows an error, :func:`english` the wording of ``str(error)`` for logs. :func:`number_text` is the
one way numbers are written in text ("20.172,5" / "20,172.5"), :func:`date_text` the one for dates.
"""

from __future__ import annotations

import datetime
import string
from contextvars import ContextVar
from typing import Any, Callable, Iterable, Sequence

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from ..core.catalogue import is_percentage_points
from ..core.messages import Message, MessageError, set_english_wording
from ..core.scenario import Change, ChangeAction
from ..core.status import AreaStatus
from .i18n import language, number_locale

LIST_LIMIT = 20  # list items shown before "… and N more"

#: True while :func:`english` words a message (per thread: workers may word errors for the log)
_ENGLISH: ContextVar[bool] = ContextVar("english", default=False)


class _Words:
    """Translation as ``QCoreApplication.translate`` (``make translations`` finds ``….translate`` calls),
    except while :func:`english` words a message."""

    @staticmethod
    def translate(context: str, text: str) -> str:
        """``text`` translated for the user, or as it is while :func:`english` words a message."""
        return text if _ENGLISH.get() else QCoreApplication.translate(context, text)


def _locale() -> QLocale:
    """The locale numbers are written in: the user's (:func:`.i18n.number_locale`), plain (C) in English
    wording for logs."""
    return QLocale.c() if _ENGLISH.get() else number_locale()


_MESSAGES = {
    "list.and": QT_TRANSLATE_NOOP("Messages", "{items} and {last}"),
    "quoted": QT_TRANSLATE_NOOP("Messages", "'{text}'"),
    "date": QT_TRANSLATE_NOOP("Messages", "d MMMM yyyy"),
    "located": QT_TRANSLATE_NOOP("Messages", "{where}: {problem}"),
    "file.unreadable": QT_TRANSLATE_NOOP("Messages", "{path}: cannot be read ({reason})."),
    "file.unwritable": QT_TRANSLATE_NOOP("Messages", "{path}: cannot be written ({reason})."),
    "cells.missing_code": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' is not a number (missing-value codes such as -9999; -999)."
    ),
    "cells.not_a_number": QT_TRANSLATE_NOOP("Messages", "{value} is not a number."),
}

_JOIN_REPORT = {
    "join.header": QT_TRANSLATE_NOOP(
        "JoinReport", "Join of table {table} (column '{table_key}') to field '{area_key}'"
    ),
    "join.options": QT_TRANSLATE_NOOP("JoinReport", "Read with: {options}"),
    "join.option.format": QT_TRANSLATE_NOOP("JoinReport", "format {value}"),
    "join.option.encoding": QT_TRANSLATE_NOOP("JoinReport", "encoding {value}"),
    "join.option.delimiter": QT_TRANSLATE_NOOP("JoinReport", "delimiter '{value}'"),
    "join.option.delimiter_tab": QT_TRANSLATE_NOOP("JoinReport", "delimiter tab"),
    "join.option.delimiter_space": QT_TRANSLATE_NOOP("JoinReport", "delimiter space"),
    "join.option.decimal": QT_TRANSLATE_NOOP("JoinReport", "decimal mark '{value}'"),
    "join.option.thousands": QT_TRANSLATE_NOOP("JoinReport", "thousands separator '{value}'"),
    "join.option.sheet": QT_TRANSLATE_NOOP("JoinReport", "sheet '{value}'"),
    "join.option.header_row": QT_TRANSLATE_NOOP("JoinReport", "header in row {value}"),
    "join.rows_read": QT_TRANSLATE_NOOP("JoinReport", "Rows read: {rows}"),
    "join.matched": QT_TRANSLATE_NOOP("JoinReport", "Features with a table row: {matched} of {features}"),
    "join.city_row": QT_TRANSLATE_NOOP("JoinReport", "City reference row (row {row}): {label}"),
    "join.no_city_row": QT_TRANSLATE_NOOP("JoinReport", "No city total row found."),
    "join.features_without_row": QT_TRANSLATE_NOOP(
        "JoinReport", "Features without a table row ({count}): {keys}"
    ),
    "join.features_without_key": QT_TRANSLATE_NOOP("JoinReport", "Features without a key value: {count}"),
    "join.rows_without_feature": QT_TRANSLATE_NOOP(
        "JoinReport", "Table rows without a feature ({count}): {keys}"
    ),
    "join.rows_without_key": QT_TRANSLATE_NOOP(
        "JoinReport", "Table rows without a key ({count}): rows {rows}"
    ),
    "join.duplicates": QT_TRANSLATE_NOOP(
        "JoinReport", "Keys in several rows ({count}), combined by '{how}': {keys}"
    ),
    "join.unreadable": QT_TRANSLATE_NOOP("JoinReport", "Values that could not be read ({count}): {cells}"),
    "join.placeholders": QT_TRANSLATE_NOOP(
        "JoinReport", "Missing values (placeholders or empty) per column: {counts}"
    ),
    "join.missing_codes": QT_TRANSLATE_NOOP(
        "JoinReport",
        "Missing-value codes read as missing ({count} cells in {row_count} rows): rows {rows}; codes {codes}",
    ),
    "join.units": QT_TRANSLATE_NOOP(
        "JoinReport", "Units found in the cells (the columns hold the numbers): {units}"
    ),
    "join.shortened": QT_TRANSLATE_NOOP(
        "JoinReport", "Field names cut by the output format (write a GeoPackage to keep them): {shortened}"
    ),
    "join.renamed": QT_TRANSLATE_NOOP("JoinReport", "Columns renamed because the name was taken: {renamed}"),
    "join.note": QT_TRANSLATE_NOOP("JoinReport", "Note: {text}"),
    "join.shared_keys": QT_TRANSLATE_NOOP(
        "JoinReport", "{count} key(s) belong to several features, which all get the same row: {keys}."
    ),
    "join.key_row": QT_TRANSLATE_NOOP("JoinReport", "{key} (row {row})"),
    "join.key_rows": QT_TRANSLATE_NOOP("JoinReport", "{key} (rows {rows})"),
    "join.cell": QT_TRANSLATE_NOOP("JoinReport", "row {row}, column '{column}': '{value}'"),
    "join.column_missing": QT_TRANSLATE_NOOP("JoinReport", "'{column}': {count} ({keys})"),
    "join.column_codes": QT_TRANSLATE_NOOP("JoinReport", "'{column}': {codes}"),
    "join.column_unit": QT_TRANSLATE_NOOP("JoinReport", "'{column}': {symbol}"),
    "join.renamed_column": QT_TRANSLATE_NOOP("JoinReport", "'{old}' → '{new}'"),
    "join.aggregate_first": QT_TRANSLATE_NOOP("JoinReport", "first row"),
    "join.aggregate_sum": QT_TRANSLATE_NOOP("JoinReport", "sum"),
    "join.aggregate_mean": QT_TRANSLATE_NOOP("JoinReport", "mean"),
    "list.more": QT_TRANSLATE_NOOP("JoinReport", "… and {count} more"),
    "join.unknown_aggregation": QT_TRANSLATE_NOOP(
        "JoinReport", "Unknown aggregation '{aggregate}'; choose one of {known}."
    ),
    "join.no_area_field": QT_TRANSLATE_NOOP("JoinReport", "The areas have no field '{field}'."),
    "join.duplicate_keys": QT_TRANSLATE_NOOP(
        "JoinReport",
        "{table}, column '{column}': {count} key(s) occur in more than one row: {keys}. "
        "Remove the duplicates or choose an aggregation (first, sum, mean).",
    ),
}

_TABLE = {
    "table.file_sheet": QT_TRANSLATE_NOOP("TableRead", "{file}, sheet '{sheet}'"),
    "table.not_found": QT_TRANSLATE_NOOP("TableRead", "{path}: file not found."),
    "table.is_folder": QT_TRANSLATE_NOOP("TableRead", "{path}: is a folder, not a table file."),
    "table.empty": QT_TRANSLATE_NOOP("TableRead", "{file}: the file is empty."),
    "table.xls": QT_TRANSLATE_NOOP(
        "TableRead", "{file}: old Excel format (.xls) is not supported; save it as .xlsx or CSV."
    ),
    "table.zip": QT_TRANSLATE_NOOP(
        "TableRead",
        "{file}: the file is a ZIP archive (perhaps an Excel or ODS workbook), not a text table; "
        "give it the extension .xlsx or .ods, or export it as CSV.",
    ),
    "table.unknown_encoding": QT_TRANSLATE_NOOP("TableRead", "{file}: unknown encoding '{encoding}'."),
    "table.undecodable": QT_TRANSLATE_NOOP(
        "TableRead", "{file}: cannot be decoded as {encoding}; choose the encoding."
    ),
    "table.field_count": QT_TRANSLATE_NOOP(
        "TableRead",
        "{file}, row {row}: {saw} fields where the header (row {header_row}) has {expected}; "
        "check the delimiter and quotes in that row.",
    ),
    "table.not_csv": QT_TRANSLATE_NOOP("TableRead", "{file}: cannot be read as CSV ({error})."),
    "table.no_header": QT_TRANSLATE_NOOP("TableRead", "{file}: the file has no header row."),
    "table.binary": QT_TRANSLATE_NOOP("TableRead", "{file}: the file is binary, not a text table (CSV)."),
    "table.no_key_column": QT_TRANSLATE_NOOP(
        "TableRead", "{file}: no column '{column}' (key column); the columns are {columns}."
    ),
    "table.needs_package": QT_TRANSLATE_NOOP(
        "TableRead", "{file}: reading this format needs the Python package {package}."
    ),
    "table.damaged_xlsx": QT_TRANSLATE_NOOP(
        "TableRead",
        "{file}: cannot be opened as an Excel workbook; the file is damaged or truncated ({error}).",
    ),
    "table.damaged_sheet": QT_TRANSLATE_NOOP(
        "TableRead", "{file}, sheet '{sheet}': cannot be read; the file is damaged or truncated ({error})."
    ),
    "table.damaged_ods": QT_TRANSLATE_NOOP(
        "TableRead", "{file}: cannot be opened as an ODS spreadsheet; the file is damaged ({error})."
    ),
    "table.no_sheets": QT_TRANSLATE_NOOP("TableRead", "{file}: the workbook has no sheets."),
    "table.no_sheet": QT_TRANSLATE_NOOP("TableRead", "{file}: no sheet '{sheet}'; the sheets are {sheets}."),
    "table.sheet_empty": QT_TRANSLATE_NOOP("TableRead", "{where}: the sheet is empty."),
    "table.no_columns": QT_TRANSLATE_NOOP("TableRead", "{where}: the table has no columns."),
    "table.no_rows": QT_TRANSLATE_NOOP("TableRead", "{where}: the table has no rows."),
    "table.no_data_rows": QT_TRANSLATE_NOOP(
        "TableRead", "{where}: the table has a header (row {row}) but no data rows."
    ),
    "table.only_total_row": QT_TRANSLATE_NOOP(
        "TableRead", "{where}: the table has no data rows besides the total row."
    ),
    "table.encoding_fallback": QT_TRANSLATE_NOOP(
        "TableRead", "The file is not UTF-8 throughout; it was read as {encoding}."
    ),
    "table.rows_without_key": QT_TRANSLATE_NOOP(
        "TableRead", "{count} row(s) without a key in column '{column}': rows {rows}."
    ),
    "table.subtotals": QT_TRANSLATE_NOOP(
        "TableRead", "Further total rows (subtotals) were left out: rows {rows}."
    ),
    "table.city_total_row": QT_TRANSLATE_NOOP(
        "TableRead", "City total row '{label}' found in row {row}; it is not joined to any area."
    ),
    "table.mixed_units": QT_TRANSLATE_NOOP(
        "TableRead", "{where}, column '{column}': cells with different units: {units}."
    ),
    "table.unit_count": QT_TRANSLATE_NOOP("TableRead", "'{symbol}' ({count})"),
    "table.misdecoded_replacement": QT_TRANSLATE_NOOP(
        "TableRead",
        "{where}, column '{column}': the text looks wrongly decoded ('{example}'); some characters could not "
        "be decoded; the source is probably in a single-byte encoding such as Windows-1252 (cp1252) or "
        "ISO-8859-1, not UTF-8: choose its encoding.",
    ),
    "table.misdecoded_utf8": QT_TRANSLATE_NOOP(
        "TableRead",
        "{where}, column '{column}': the text looks wrongly decoded ('{example}'); the source is probably "
        "UTF-8 but was read in a single-byte encoding: choose UTF-8.",
    ),
}

_ASSESSMENT = {
    "assessment.text_not_number": QT_TRANSLATE_NOOP(
        "Assessment",
        "Area '{area}', column '{column}': '{value}' is not a number "
        "(allowed placeholders for suppressed values: '.', '-').",
    ),
    "assessment.not_number": QT_TRANSLATE_NOOP(
        "Assessment", "Area '{area}', column '{column}': {value} is not a number."
    ),
    "assessment.total_row_column": QT_TRANSLATE_NOOP(
        "Assessment", "The total row '{label}' has no column '{column}'."
    ),
    "assessment.no_key_column": QT_TRANSLATE_NOOP("Assessment", "The table has no key column '{column}'."),
    "assessment.row_without_key": QT_TRANSLATE_NOOP(
        "Assessment", "Row {row} has no area key in column '{column}'."
    ),
    "assessment.duplicate_keys": QT_TRANSLATE_NOOP(
        "Assessment", "Area key(s) {keys} occur more than once in column '{column}'."
    ),
    "assessment.unknown_method": QT_TRANSLATE_NOOP(
        "Assessment", "Unknown assessment method '{method}' (use '{average}' or '{index}')."
    ),
    "comparison.breaks": QT_TRANSLATE_NOOP(
        "Assessment", "The development classes need two ascending break points (e.g. -1, 1), not {breaks}."
    ),
    "comparison.no_key_column": QT_TRANSLATE_NOOP("Assessment", "{table}: no key column '{column}'."),
    "comparison.no_common_indicator": QT_TRANSLATE_NOOP(
        "Assessment", "No status indicator of the catalogue is a column of both {later} and {earlier}."
    ),
    "comparison.later_table": QT_TRANSLATE_NOOP("Assessment", "the later table"),
    "comparison.earlier_table": QT_TRANSLATE_NOOP("Assessment", "the earlier table"),
    "comparison.later_layer": QT_TRANSLATE_NOOP("Assessment", "the later layer"),
    "comparison.compared": QT_TRANSLATE_NOOP("Assessment", "{count} indicators compared: {ids}."),
    "comparison.areas_only_in": QT_TRANSLATE_NOOP("Assessment", "Areas only in {table} ({count}): {items}."),
    "comparison.indicators_only_in": QT_TRANSLATE_NOOP(
        "Assessment", "Indicators only in {table} ({count}): {items}."
    ),
    "comparison.indicators_in_neither": QT_TRANSLATE_NOOP(
        "Assessment", "Indicators in neither table: {items}."
    ),
    "comparison.development": QT_TRANSLATE_NOOP("Assessment", "Development: {note}"),
    "assessment.no_total_row": QT_TRANSLATE_NOOP(
        "Assessment", "{file}: no city total row found (looked for {labels})."
    ),
    "comparison.no_key_match": QT_TRANSLATE_NOOP(
        "Assessment",
        "No key field of the later layer matches a column of the earlier table; choose the key fields.",
    ),
    "profiles.unknown_selection": QT_TRANSLATE_NOOP(
        "Assessment", "Unknown selection '{selection}' (use {known})."
    ),
    "profiles.unknown_level": QT_TRANSLATE_NOOP("Assessment", "Unknown area level '{level}' (use {known})."),
    "profiles.no_area": QT_TRANSLATE_NOOP(
        "Assessment", "No area to make a profile of (level '{level}', selection '{selection}')."
    ),
    "assessment.reference_total_row": QT_TRANSLATE_NOOP(
        "Assessment", "City reference: the table's total row '{label}'."
    ),
    "assessment.reference_weighted_mean": QT_TRANSLATE_NOOP(
        "Assessment", "City reference: the mean weighted by '{column}'."
    ),
    "assessment.reference_mean": QT_TRANSLATE_NOOP(
        "Assessment", "City reference: the plain mean of the areas."
    ),
    "assessment.missing_values": QT_TRANSLATE_NOOP(
        "Assessment", "{count} missing values skipped (area/indicator): {pairs}."
    ),
    "assessment.area_indicator": QT_TRANSLATE_NOOP("Assessment", "{area}/{indicator}"),
    "assessment.unclassified": QT_TRANSLATE_NOOP("Assessment", "{count} areas unclassified: {areas}."),
    "assessment.no_reference": QT_TRANSLATE_NOOP(
        "Assessment", "No city reference for indicator(s) {indicators}; they are not compared."
    ),
    "assessment.no_spread": QT_TRANSLATE_NOOP(
        "Assessment", "Indicator '{indicator}' has the same value in every assessed area; its z-score is 0."
    ),
    "assessment.index_no_spread": QT_TRANSLATE_NOOP(
        "Assessment", "The composite index has no spread over the assessed areas; every index is 0."
    ),
    "assessment.dynamic": QT_TRANSLATE_NOOP("Assessment", "Dynamik: {note}"),
    "assessment.min_population_not_applied": QT_TRANSLATE_NOOP(
        "Assessment",
        "Minimum population {minimum:g} not applied: the table has no population column '{column}'.",
    ),
    "assessment.below_min_population": QT_TRANSLATE_NOOP(
        "Assessment",
        "Area '{area}': population {population:g} below the minimum {minimum:g}; left unclassified.",
    ),
    "assessment.missing_value_code": QT_TRANSLATE_NOOP(
        "Assessment", "Area '{area}', column '{column}': {value} is a missing-value code; left out."
    ),
    "assessment.far_outlier": QT_TRANSLATE_NOOP(
        "Assessment",
        "Area '{area}', column '{column}': {value} lies far outside the other values; it looks like a code, "
        "not a measurement, and is left out of the assessment.",
    ),
    "assessment.no_status_value": QT_TRANSLATE_NOOP(
        "Assessment", "Area '{area}': no status indicator has a value; left unclassified."
    ),
}

_RATIONALE = {
    "rationale.threshold": QT_TRANSLATE_NOOP("Rationale", "{label} {value:.1f}{unit} ({op} {limit:g}{unit})"),
    "rationale.worse_than_city": QT_TRANSLATE_NOOP(
        "Rationale", "{label} {value:.1f}{unit} (city {reference:.1f}{unit})"
    ),
    "rationale.status_index": QT_TRANSLATE_NOOP("Rationale", "status index {value:.2f} ({class_name})"),
    "rationale.below_count": QT_TRANSLATE_NOOP(
        "Rationale", "{worse} of {valid} indicators below the city average"
    ),
    "rationale.quarter_still_below_count": QT_TRANSLATE_NOOP(
        "Rationale", "quarter still with {worse} of {valid} indicators below the city average"
    ),
    "rationale.only_below_count": QT_TRANSLATE_NOOP(
        "Rationale", "only {worse} of {valid} indicators still below the city average"
    ),
    "rationale.listing": QT_TRANSLATE_NOOP("Rationale", "{count}: {indicators}"),
    "rationale.including": QT_TRANSLATE_NOOP("Rationale", "{count}, including {indicators}"),
    "rationale.no_threshold_exceeded": QT_TRANSLATE_NOOP("Rationale", "{count}, no threshold exceeded"),
}

_CATALOGUE = {
    "catalogue.error": QT_TRANSLATE_NOOP("Catalogue", "{where}: {problem}"),
    "catalogue.file_line": QT_TRANSLATE_NOOP("Catalogue", "{file}, line {line}"),
    "catalogue.the_table": QT_TRANSLATE_NOOP("Catalogue", "the table"),
    "catalogue.column_of": QT_TRANSLATE_NOOP("Catalogue", "'{column}' (indicator '{indicator}')"),
    "catalogue.missing_columns": QT_TRANSLATE_NOOP(
        "Catalogue", "{table} has no column {columns}. Column names must match the table header exactly."
    ),
    "catalogue.not_found": QT_TRANSLATE_NOOP("Catalogue", "catalogue file not found."),
    "catalogue.not_utf8": QT_TRANSLATE_NOOP("Catalogue", "not a UTF-8 text file; catalogues are UTF-8 TOML."),
    "catalogue.unreadable": QT_TRANSLATE_NOOP("Catalogue", "cannot be read ({reason})."),
    "catalogue.not_toml": QT_TRANSLATE_NOOP("Catalogue", "not valid TOML: {problem}."),
    "catalogue.format": QT_TRANSLATE_NOOP(
        "Catalogue", "\"format\" is '{format}'; an indicator catalogue has '{expected}'."
    ),
    "catalogue.version_number": QT_TRANSLATE_NOOP("Catalogue", '"version" must be a whole number ≥ 1.'),
    "catalogue.version_newer": QT_TRANSLATE_NOOP(
        "Catalogue",
        "catalogue version {version} was written for a newer release of the plugin; "
        "this release reads up to version {supported}.",
    ),
    "catalogue.missing_values": QT_TRANSLATE_NOOP(
        "Catalogue", '"missing_values" must be a list of numbers, e.g. missing_values = [-9999, -999].'
    ),
    "catalogue.domain_tables": QT_TRANSLATE_NOOP(
        "Catalogue", '"domain" must be written as [[domain]] tables.'
    ),
    "catalogue.domain_table": QT_TRANSLATE_NOOP("Catalogue", "each domain must be a [[domain]] table."),
    "catalogue.duplicate_domain": QT_TRANSLATE_NOOP(
        "Catalogue", "duplicate domain id '{id}'; every domain needs its own id."
    ),
    "catalogue.no_indicators": QT_TRANSLATE_NOOP(
        "Catalogue", "the catalogue lists no indicators; add at least one [[indicator]] table."
    ),
    "catalogue.indicator_table": QT_TRANSLATE_NOOP(
        "Catalogue", "each indicator must be an [[indicator]] table."
    ),
    "catalogue.duplicate_indicator": QT_TRANSLATE_NOOP(
        "Catalogue",
        "duplicate indicator id '{id}' (first used on line {first_line}); every indicator needs its own id.",
    ),
    "catalogue.no_column": QT_TRANSLATE_NOOP(
        "Catalogue", "indicator '{indicator}' needs \"column\", the table column name."
    ),
    "catalogue.shared_column": QT_TRANSLATE_NOOP(
        "Catalogue", "indicators '{first}' and '{second}' both use column '{column}'."
    ),
    "catalogue.domain": QT_TRANSLATE_NOOP(
        "Catalogue",
        "indicator '{indicator}' has unknown domain '{domain}' (known domains: {known}); "
        "define it as a [[domain]] table or correct the id.",
    ),
    "catalogue.direction": QT_TRANSLATE_NOOP(
        "Catalogue", "indicator '{indicator}' has direction '{direction}'; use \"{worse}\" or \"{better}\"."
    ),
    "catalogue.kind": QT_TRANSLATE_NOOP(
        "Catalogue", "indicator '{indicator}' has kind '{kind}'; use \"status\" or \"change\"."
    ),
    "catalogue.weight": QT_TRANSLATE_NOOP(
        "Catalogue", "indicator '{indicator}': \"weight\" must be a number above 0."
    ),
    "catalogue.threshold_table": QT_TRANSLATE_NOOP(
        "Catalogue", "indicator '{indicator}': write the threshold as {{ op = \">\", value = 20.0 }}."
    ),
    "catalogue.threshold_operator": QT_TRANSLATE_NOOP(
        "Catalogue", "indicator '{indicator}' has threshold operator '{op}'; use one of {known}."
    ),
    "catalogue.threshold_value": QT_TRANSLATE_NOOP(
        "Catalogue", "indicator '{indicator}': the threshold \"value\" must be a number."
    ),
    "catalogue.not_table": QT_TRANSLATE_NOOP("Catalogue", '"{key}" must be a table.'),
    "catalogue.min_worse": QT_TRANSLATE_NOOP(
        "Catalogue", '"min_worse" must be a whole number from 1 to {count} (the number of status indicators).'
    ),
    "catalogue.thresholds_flag": QT_TRANSLATE_NOOP("Catalogue", '"thresholds" must be true or false.'),
    "catalogue.rule_flags_nothing": QT_TRANSLATE_NOOP(
        "Catalogue", 'the rule flags no area: set "min_worse" or "thresholds = true".'
    ),
    "catalogue.total_row": QT_TRANSLATE_NOOP("Catalogue", '"total_row" must be a list of texts.'),
    "catalogue.flag_classes": QT_TRANSLATE_NOOP(
        "Catalogue", '"flag_classes" names {classes}, which are not in "classes".'
    ),
    "catalogue.min_population": QT_TRANSLATE_NOOP("Catalogue", '"min_population" must be a number ≥ 0.'),
    "catalogue.breaks_numbers": QT_TRANSLATE_NOOP(
        "Catalogue", '"{key}" must be a list of numbers, e.g. [-1.0, 1.0, 1.5].'
    ),
    "catalogue.breaks_increasing": QT_TRANSLATE_NOOP("Catalogue", '"{key}" must be strictly increasing.'),
    "catalogue.codes_texts": QT_TRANSLATE_NOOP("Catalogue", '"{key}" must be a list of class codes (texts).'),
    "catalogue.codes_count": QT_TRANSLATE_NOOP(
        "Catalogue", '"{key}" needs {expected} codes, one more than "{edges}" has edges; it has {count}.'
    ),
    "catalogue.codes_repeated": QT_TRANSLATE_NOOP("Catalogue", '"{key}" lists a code more than once.'),
    "catalogue.identifier": QT_TRANSLATE_NOOP(
        "Catalogue",
        "[[{what}]] id '{id}' is not valid: use lower-case letters, digits and '_', starting with a letter "
        "(ids become field names).",
    ),
    "catalogue.not_text": QT_TRANSLATE_NOOP("Catalogue", '"{key}" must be text (in quotes).'),
}

_SCENARIO = {
    "scenario.change_id": QT_TRANSLATE_NOOP("Scenario", "A change needs an id (text), not {id}."),
    "scenario.unknown_action": QT_TRANSLATE_NOOP(
        "Scenario", "Change '{change}': unknown action '{action}' (allowed: {allowed})."
    ),
    "scenario.change_text": QT_TRANSLATE_NOOP("Scenario", "Change '{change}': \"{field}\" must be text."),
    "scenario.change_area": QT_TRANSLATE_NOOP(
        "Scenario", "Change '{change}' needs an area key (a Sozialraum or Quartier key)."
    ),
    "scenario.change_parent": QT_TRANSLATE_NOOP(
        "Scenario", "Change '{change}' keeps a quarter and needs the key of its Sozialraum as parent."
    ),
    "scenario.change_enabled": QT_TRANSLATE_NOOP(
        "Scenario", "Change '{change}': \"enabled\" must be true or false."
    ),
    "scenario.change_reasons": QT_TRANSLATE_NOOP(
        "Scenario", "Change '{change}': \"reasons\" must be a list of messages ({error})."
    ),
    "scenario.not_a_change": QT_TRANSLATE_NOOP("Scenario", "Scenario '{scenario}': {value} is not a change."),
    "scenario.two_changes": QT_TRANSLATE_NOOP(
        "Scenario", "Scenario '{scenario}' has two changes with the id '{id}'."
    ),
    "scenario.no_change": QT_TRANSLATE_NOOP(
        "Scenario", "Scenario '{scenario}' has no change with id '{id}'."
    ),
    "scenario.no_field": QT_TRANSLATE_NOOP("Scenario", "A change has no field {fields}."),
    "scenario.id_taken": QT_TRANSLATE_NOOP(
        "Scenario", "Scenario '{scenario}' already has a change with id '{id}'."
    ),
    "scenario.not_json": QT_TRANSLATE_NOOP(
        "Scenario", "{source}: not valid JSON (line {line}, column {column}: {error})."
    ),
    "scenario.not_object": QT_TRANSLATE_NOOP("Scenario", "{source}: a scenario must be a JSON object."),
    "scenario.format": QT_TRANSLATE_NOOP(
        "Scenario", "{source}: not an Aktionsräume scenario (\"format\" is not '{format}')."
    ),
    "scenario.version_number": QT_TRANSLATE_NOOP("Scenario", '{source}: "version" must be a whole number.'),
    "scenario.version_newer": QT_TRANSLATE_NOOP(
        "Scenario",
        "{source}: scenario version {version} was written by a newer release of the plugin; "
        "this release reads up to version {supported}. Please update the plugin.",
    ),
    "scenario.version_unknown": QT_TRANSLATE_NOOP(
        "Scenario", "{source}: unknown scenario version {version}."
    ),
    "scenario.baseline": QT_TRANSLATE_NOOP("Scenario", '{source}: "baseline" is missing or not an object.'),
    "scenario.changes": QT_TRANSLATE_NOOP("Scenario", '{source}: "changes" must be a list.'),
    "scenario.change_n": QT_TRANSLATE_NOOP("Scenario", "{source}: change {n}"),
    "scenario.field": QT_TRANSLATE_NOOP("Scenario", '{source}: "{field}"'),
    "scenario.baseline_field": QT_TRANSLATE_NOOP("Scenario", '{source}: baseline "{field}"'),
    "scenario.not_text": QT_TRANSLATE_NOOP("Scenario", "{where} must be text."),
    "scenario.not_key_list": QT_TRANSLATE_NOOP("Scenario", "{where} must be a list of area keys."),
    "scenario.not_key": QT_TRANSLATE_NOOP(
        "Scenario", "{where}: {value} is not an area key (keys are non-empty text)."
    ),
    "scenario.repeated_keys": QT_TRANSLATE_NOOP("Scenario", "{where} lists {keys} more than once."),
    "scenario.change_object": QT_TRANSLATE_NOOP("Scenario", "{where} must be an object."),
    "scenario.reasons_list": QT_TRANSLATE_NOOP("Scenario", '"reasons" must be a list.'),
    "scenario.not_found": QT_TRANSLATE_NOOP("Scenario", "{path}: scenario file not found."),
    "scenario.not_utf8": QT_TRANSLATE_NOOP(
        "Scenario", "{path}: not a UTF-8 text file; scenario files are UTF-8 JSON."
    ),
    "scenario.baseline_field_missing": QT_TRANSLATE_NOOP(
        "Scenario", "The area table has no field '{field}' for the baseline."
    ),
    "scenario.baseline_not_found": QT_TRANSLATE_NOOP("Scenario", "{path}: baseline file not found."),
    "scenario.baseline_not_json": QT_TRANSLATE_NOOP(
        "Scenario", "{path}: not a JSON baseline or scenario file ({error})."
    ),
    "scenario.unknown_areas": QT_TRANSLATE_NOOP("Scenario", "{problems}"),
    "scenario.unknown_baseline_spaces": QT_TRANSLATE_NOOP(
        "Scenario",
        "The current list names {count} Aktionsräume that are not Sozialraum keys of the layer: {keys}.",
    ),
    "scenario.unknown_baseline_quarters": QT_TRANSLATE_NOOP(
        "Scenario",
        "The current list names {count} Aktionsquartiere that are not Quartier keys of the layer: {keys}.",
    ),
    "scenario.unknown_change_spaces": QT_TRANSLATE_NOOP(
        "Scenario", "{count} changes name areas that are not Sozialraum keys of the layer: {keys}."
    ),
    "scenario.unknown_change_quarters": QT_TRANSLATE_NOOP(
        "Scenario", "{count} changes name areas that are not Quartier keys of the layer: {keys}."
    ),
}

_PROFILES = {
    "profile.above_threshold": QT_TRANSLATE_NOOP(
        "Profiles", "{label} {value} above the threshold of {limit}"
    ),
    "profile.below_threshold": QT_TRANSLATE_NOOP(
        "Profiles", "{label} {value} below the threshold of {limit}"
    ),
    "profile.worse_count": QT_TRANSLATE_NOOP(
        "Profiles", "{worse} of {valid} status indicators worse than the city"
    ),
    "profile.lead.ar_new": QT_TRANSLATE_NOOP("Profiles", "Added because: {facts}."),
    "profile.lead.assessment": QT_TRANSLATE_NOOP("Profiles", "Assessment: {facts}."),
    "profile.lead.ar_removed": QT_TRANSLATE_NOOP("Profiles", "Removed because: {facts}."),
    "profile.lead.aq": QT_TRANSLATE_NOOP("Profiles", "Aktionsquartier because: {facts}."),
    "profile.change": QT_TRANSLATE_NOOP("Profiles", "Change in the scenario: {action}"),
    "profile.status_under": QT_TRANSLATE_NOOP("Profiles", "Status under the scenario “{scenario}”: {status}"),
    "profile.status": QT_TRANSLATE_NOOP("Profiles", "Status: {status}"),
    "profile.index": QT_TRANSLATE_NOOP(
        "Profiles", "Status index {index} ({cls}); positive = worse than the average area"
    ),
    "profiles.no_catalogue": QT_TRANSLATE_NOOP(
        "Profiles", "The project names no indicator catalogue; choose one in the panel's assessment section."
    ),
    "profiles.no_joined_layer": QT_TRANSLATE_NOOP(
        "Profiles",
        "The project has no Sozialraum layer with the catalogue's indicators joined; join the indicator table in the panel first.",
    ),
}

_JOIN_SERVICE = {
    "table.sheets_unlisted": QT_TRANSLATE_NOOP(
        "JoinService", "{name}: the sheets cannot be listed ({error})."
    ),
}

_BOUNDARY = {
    "boundary.invalid_geometry": QT_TRANSLATE_NOOP(
        "BoundaryCheck", "{Level} {key} is not a valid polygon: {reason}."
    ),
    "boundary.null_geometry": QT_TRANSLATE_NOOP("BoundaryCheck", "{Level} {key} has no geometry."),
    "boundary.empty_geometry": QT_TRANSLATE_NOOP("BoundaryCheck", "{Level} {key} has an empty geometry."),
    "boundary.far_part": QT_TRANSLATE_NOOP(
        "BoundaryCheck",
        "A part of {level} {key} ({area:.1f} m²) lies {distance:.0f} m away from its main part.",
    ),
    "boundary.sliver": QT_TRANSLATE_NOOP(
        "BoundaryCheck", "{Level} {key} has a sliver of {area:.1f} m² (below {threshold:g} m²)."
    ),
    "boundary.overlap": QT_TRANSLATE_NOOP(
        "BoundaryCheck", "{Level} {key_a} and {level} {key_b} overlap by {area:.1f} m²."
    ),
    "boundary.gap": QT_TRANSLATE_NOOP("BoundaryCheck", "Gap of {area:.1f} m² between {levels} {neighbours}."),
    "boundary.hole": QT_TRANSLATE_NOOP(
        "BoundaryCheck", "{Level} {key} has a hole of {area:.1f} m² that no other {level} fills."
    ),
    "boundary.overlay_failed": QT_TRANSLATE_NOOP(
        "BoundaryCheck",
        "The {operation} of {level} {keys} could not be computed, even with snap rounding to {grid:g} m "
        "({error}); check and repair these features' geometry.",
    ),
    "boundary.not_nested": QT_TRANSLATE_NOOP(
        "BoundaryCheck",
        "{Level} {key} does not lie inside one {parent_level}: {shares}; {area:.1f} m² lie outside {best}.",
    ),
    "boundary.parent_mismatch": QT_TRANSLATE_NOOP(
        "BoundaryCheck",
        "{Level} {key} gives {parent_level} {stated}, but lies in {parent_level} {geometric} ({share:.1f} %).",
    ),
    "boundary.parent_not_covered": QT_TRANSLATE_NOOP(
        "BoundaryCheck", "{area:.1f} m² of {parent_level} {key} are not covered by any {level}."
    ),
    "boundary.share": QT_TRANSLATE_NOOP("BoundaryCheck", "{key} {share:.1f} %"),
    "boundary.duplicate_key": QT_TRANSLATE_NOOP(
        "BoundaryCheck", "Key {key} is used by {count} {levels} (feature ids {fids})."
    ),
    "boundary.missing_key": QT_TRANSLATE_NOOP(
        "BoundaryCheck", "{Level} with feature id {fid} has no {what}."
    ),
    "boundary.key_without_polygon": QT_TRANSLATE_NOOP(
        "BoundaryCheck", "Key {key} in {table} has no {level} polygon."
    ),
    "boundary.polygon_without_key": QT_TRANSLATE_NOOP(
        "BoundaryCheck", "{Level} {key} has no row in {table}."
    ),
    "boundary.crs_reprojected": QT_TRANSLATE_NOOP(
        "BoundaryCheck", "{Level} layer ({source}) was reprojected to {target} for the check."
    ),
    "boundary.geographic_crs": QT_TRANSLATE_NOOP(
        "BoundaryCheck",
        "{Level} layer uses the geographic CRS {source} (degrees); the check ran in {target} "
        "so that areas and tolerances are in metres.",
    ),
    "boundary.distorted_crs": QT_TRANSLATE_NOOP(
        "BoundaryCheck",
        "{Level} layer's CRS {source} does not measure true ground areas here (1 m² on the ground is "
        "{factor:.2f} m² in it); the check ran in {target} so that areas, lengths and tolerances are "
        "true ground values.",
    ),
    "boundary.layer_filtered": QT_TRANSLATE_NOOP(
        "BoundaryCheck",
        "{Level} layer has the filter {filter}: the check saw the {count} areas it shows, not the whole table.",
    ),
}

_VIEW = {
    "view.reference.total_row": QT_TRANSLATE_NOOP("AssessmentView", "total row {label}"),
    "view.reference.weighted_mean": QT_TRANSLATE_NOOP("AssessmentView", "mean weighted by '{label}'"),
    "view.reference.mean": QT_TRANSLATE_NOOP("AssessmentView", "plain mean of the areas"),
    "view.method_index": QT_TRANSLATE_NOOP(
        "AssessmentView",
        "Method: standardised status index (z-scores, positive = worse); class edges {breaks}; "
        "flagged classes: {classes}.",
    ),
    "view.method_average": QT_TRANSLATE_NOOP(
        "AssessmentView",
        "Method: comparison with the city average; reference: {reference}. Below average: {rule}.",
    ),
    "view.rule_min_worse": QT_TRANSLATE_NOOP("AssessmentView", "at least {k} of {n} indicators worse"),
    "view.rule_threshold": QT_TRANSLATE_NOOP("AssessmentView", "a threshold rule holds"),
    "view.either": QT_TRANSLATE_NOOP("AssessmentView", "{first} or {second}"),
    "view.area": QT_TRANSLATE_NOOP("AssessmentView", "Area"),
    "view.area_tip": QT_TRANSLATE_NOOP("AssessmentView", "Name of the area"),
    "view.index": QT_TRANSLATE_NOOP("AssessmentView", "Index"),
    "view.index_tip": QT_TRANSLATE_NOOP("AssessmentView", "Status index (positive = worse than the city)"),
    "view.class": QT_TRANSLATE_NOOP("AssessmentView", "Class"),
    "view.class_tip": QT_TRANSLATE_NOOP("AssessmentView", "Class of the status index"),
    "view.worse": QT_TRANSLATE_NOOP("AssessmentView", "Worse"),
    "view.worse_tip": QT_TRANSLATE_NOOP(
        "AssessmentView", "Indicators worse than the city value / indicators with a value"
    ),
    "view.threshold": QT_TRANSLATE_NOOP("AssessmentView", "Threshold"),
    "view.threshold_tip": QT_TRANSLATE_NOOP("AssessmentView", "Indicators whose threshold rule holds"),
    "view.below": QT_TRANSLATE_NOOP("AssessmentView", "Below"),
    "view.below_tip": QT_TRANSLATE_NOOP("AssessmentView", "Below the city average by the method's rule"),
    "view.yes": QT_TRANSLATE_NOOP("AssessmentView", "yes"),
    "view.row_tooltip": QT_TRANSLATE_NOOP("AssessmentView", "Worse than the city: {indicators}"),
    "view.status_index": QT_TRANSLATE_NOOP("AssessmentView", "Status index"),
    "view.count_all": QT_TRANSLATE_NOOP("AssessmentView", "Indicators worse (all domains)"),
    "view.worse_in": QT_TRANSLATE_NOOP("AssessmentView", "Worse in: {domain}"),
    "view.status": QT_TRANSLATE_NOOP("AssessmentView", "Status (Aktionsräume)"),
    "view.no_city_value": QT_TRANSLATE_NOOP("AssessmentView", "There is no city value for '{indicator}'."),
}

_STYLING = {
    "styling.range": QT_TRANSLATE_NOOP("IndicatorStyling", "{lower} – {upper}{unit}"),
    "styling.city": QT_TRANSLATE_NOOP("IndicatorStyling", "{range} (city: {value}{unit})"),
    "styling.count_worse": QT_TRANSLATE_NOOP("IndicatorStyling", "{count} worse"),
    "styling.no_data": QT_TRANSLATE_NOOP("IndicatorStyling", "no data"),
    "styling.no_field": QT_TRANSLATE_NOOP("IndicatorStyling", "Layer '{layer}' has no field '{field}'."),
}

_BOUNDARY_SERVICE = {
    "boundary.measured_in_layer_crs": QT_TRANSLATE_NOOP(
        "BoundaryService",
        "Areas and lengths in ground metres, measured in the layer's CRS {crs} (it deviates from true "
        "ground areas by {deviation:.2f} % here).",
    ),
    "repair.area_change": QT_TRANSLATE_NOOP(
        "BoundaryService", "Area change in total {total:+.1f} m², largest {largest:+.1f} m² ({key})."
    ),
    "repair.feature": QT_TRANSLATE_NOOP(
        "BoundaryService", "  {key}: {before:.1f} m² → {after:.1f} m² ({difference:+.1f} m²)"
    ),
}

_LAYERS = {
    "layers.invalid": QT_TRANSLATE_NOOP("Layers", "Layer '{layer}' is not valid or could not be opened."),
    "layers.missing_fields": QT_TRANSLATE_NOOP("Layers", "Layer '{layer}' has no field {fields}."),
    "layers.no_readable_layer": QT_TRANSLATE_NOOP("Layers", "{path}: no readable layer '{table}'."),
    "layers.create_failed": QT_TRANSLATE_NOOP("Layers", "Could not create the layer '{name}': {errors}"),
    "layers.write_failed": QT_TRANSLATE_NOOP("Layers", "Could not write table '{table}' to {path}: {error}"),
}

_MAP_EXPORT = {
    "export.failed": QT_TRANSLATE_NOOP("MapExport", "{path}: export failed: {reason}."),
    "export.file_error": QT_TRANSLATE_NOOP(
        "MapExport", "the file could not be written (disk full or no permission?)"
    ),
    "export.memory_error": QT_TRANSLATE_NOOP("MapExport", "not enough memory for this resolution"),
    "export.print_error": QT_TRANSLATE_NOOP("MapExport", "the PDF could not be created"),
    "export.svg_layer_error": QT_TRANSLATE_NOOP("MapExport", "the SVG layers could not be created"),
    "export.iterator_error": QT_TRANSLATE_NOOP("MapExport", "the atlas could not be prepared"),
    "export.canceled": QT_TRANSLATE_NOOP("MapExport", "cancelled"),
}

_STATUS = {
    "status.ar_remains": QT_TRANSLATE_NOOP("Status", "Remains Aktionsraum"),
    "status.ar_new": QT_TRANSLATE_NOOP("Status", "New Aktionsraum"),
    "status.ar_removed": QT_TRANSLATE_NOOP("Status", "No longer Aktionsraum"),
    "status.aq": QT_TRANSLATE_NOOP("Status", "Aktionsquartier"),
    "status.none": QT_TRANSLATE_NOOP("Status", "Other areas"),
}

_CHANGE_ACTION = {
    "action.remove_space": QT_TRANSLATE_NOOP("ChangeAction", "Remove Aktionsraum"),
    "action.add_space": QT_TRANSLATE_NOOP("ChangeAction", "Add Aktionsraum"),
    "action.keep_quarter": QT_TRANSLATE_NOOP("ChangeAction", "Keep quarter as Aktionsquartier"),
    "action.add_quarter": QT_TRANSLATE_NOOP("ChangeAction", "Add Aktionsquartier"),
    "action.remove_quarter": QT_TRANSLATE_NOOP("ChangeAction", "Remove Aktionsquartier"),
    "action_short.remove_space": QT_TRANSLATE_NOOP("ChangeAction", "Remove"),
    "action_short.add_space": QT_TRANSLATE_NOOP("ChangeAction", "Add"),
    "action_short.keep_quarter": QT_TRANSLATE_NOOP("ChangeAction", "Keep quarter"),
    "action_short.add_quarter": QT_TRANSLATE_NOOP("ChangeAction", "Add quarter"),
    "action_short.remove_quarter": QT_TRANSLATE_NOOP("ChangeAction", "Remove quarter"),
}

_CHANGE_SWITCH = {
    "switch_on.remove_space": QT_TRANSLATE_NOOP("ChangeSwitch", "remove {name}"),
    "switch_on.add_space": QT_TRANSLATE_NOOP("ChangeSwitch", "add {name}"),
    "switch_on.keep_quarter": QT_TRANSLATE_NOOP("ChangeSwitch", "keep {name} as quarter"),
    "switch_on.add_quarter": QT_TRANSLATE_NOOP("ChangeSwitch", "add quarter {name}"),
    "switch_on.remove_quarter": QT_TRANSLATE_NOOP("ChangeSwitch", "remove quarter {name}"),
    "switch_off.remove_space": QT_TRANSLATE_NOOP("ChangeSwitch", "keep {name}"),
    "switch_off.add_space": QT_TRANSLATE_NOOP("ChangeSwitch", "leave out {name}"),
    "switch_off.keep_quarter": QT_TRANSLATE_NOOP("ChangeSwitch", "drop quarter {name}"),
    "switch_off.add_quarter": QT_TRANSLATE_NOOP("ChangeSwitch", "leave out quarter {name}"),
    "switch_off.remove_quarter": QT_TRANSLATE_NOOP("ChangeSwitch", "keep quarter {name}"),
}

_INDEX_CLASS = {
    "class.hoch": QT_TRANSLATE_NOOP("IndexClass", "High"),
    "class.mittel": QT_TRANSLATE_NOOP("IndexClass", "Medium"),
    "class.niedrig": QT_TRANSLATE_NOOP("IndexClass", "Low"),
    "class.sehr_niedrig": QT_TRANSLATE_NOOP("IndexClass", "Very low"),
    "class.positiv": QT_TRANSLATE_NOOP("IndexClass", "Positive"),
    "class.stabil": QT_TRANSLATE_NOOP("IndexClass", "Stable"),
    "class.negativ": QT_TRANSLATE_NOOP("IndexClass", "Negative"),
    "class.none": QT_TRANSLATE_NOOP("IndexClass", "Not classified"),
}

_SUMMARY = {
    "summary.sheet_list": QT_TRANSLATE_NOOP("Summary", "List"),
    "summary.sheet_summary": QT_TRANSLATE_NOOP("Summary", "Summary"),
    "summary.key": QT_TRANSLATE_NOOP("Summary", "Key"),
    "summary.name": QT_TRANSLATE_NOOP("Summary", "Name"),
    "summary.level": QT_TRANSLATE_NOOP("Summary", "Level"),
    "summary.status": QT_TRANSLATE_NOOP("Summary", "Status"),
    "summary.rationale": QT_TRANSLATE_NOOP("Summary", "Rationale"),
    "summary.level_space": QT_TRANSLATE_NOOP("Summary", "Sozialraum"),
    "summary.level_quarter": QT_TRANSLATE_NOOP("Summary", "Quartier"),
    "summary.measure": QT_TRANSLATE_NOOP("Summary", "Measure"),
    "summary.before": QT_TRANSLATE_NOOP("Summary", "Before"),
    "summary.after": QT_TRANSLATE_NOOP("Summary", "After"),
    "summary.difference": QT_TRANSLATE_NOOP("Summary", "Difference"),
    "summary.count_spaces": QT_TRANSLATE_NOOP("Summary", "Aktionsräume"),
    "summary.count_quarters": QT_TRANSLATE_NOOP("Summary", "Aktionsquartiere"),
    "summary.population": QT_TRANSLATE_NOOP("Summary", "Population covered"),
    "summary.names_spaces": QT_TRANSLATE_NOOP("Summary", "Aktionsräume (names)"),
    "summary.names_quarters": QT_TRANSLATE_NOOP("Summary", "Aktionsquartiere (names)"),
}

#: code → (translation context, English source template)
TEMPLATES: dict[str, tuple[str, str]] = {
    code: (context, text)
    for context, group in (
        ("Messages", _MESSAGES),
        ("JoinReport", _JOIN_REPORT),
        ("TableRead", _TABLE),
        ("Assessment", _ASSESSMENT),
        ("Rationale", _RATIONALE),
        ("Catalogue", _CATALOGUE),
        ("Profiles", _PROFILES),
        ("JoinService", _JOIN_SERVICE),
        ("Scenario", _SCENARIO),
        ("BoundaryCheck", _BOUNDARY),
        ("AssessmentView", _VIEW),
        ("IndicatorStyling", _STYLING),
        ("BoundaryService", _BOUNDARY_SERVICE),
        ("Layers", _LAYERS),
        ("MapExport", _MAP_EXPORT),
        ("Status", _STATUS),
        ("ChangeAction", _CHANGE_ACTION),
        ("ChangeSwitch", _CHANGE_SWITCH),
        ("IndexClass", _INDEX_CLASS),
        ("Summary", _SUMMARY),
    )
    for code, text in group.items()
}


def error_text(error: BaseException | str) -> str:
    """What an error says to people, in their language: the message of a core error
    (:class:`~aktionsraeume_plugin.core.messages.MessageError`) rendered, any other error's text as it
    is. Every front end shows errors through this function."""
    if isinstance(error, MessageError):
        return render(error.message)
    return str(error)


def english(message: Message | str) -> str:
    """``message`` in the English source wording with plain numbers ("20172.5"), whatever the user's
    language: ``str()`` of core errors, logs."""
    token = _ENGLISH.set(True)
    try:
        return render(message)
    finally:
        _ENGLISH.reset(token)


def render(message: Message | str) -> str:
    """``message`` worded in the user's language (a plain text is returned as it is).

    An unknown code (a message from a newer release) or a message without a value its wording needs is
    shown with its values rather than lost.
    """
    if isinstance(message, str):
        return message
    if message.code not in TEMPLATES:
        return f"{message.code} {dict(message.params)}"
    context, source = TEMPLATES[message.code]
    if message.code == "list.and":
        return _and_list(message.params.get("items", ()))
    values = {name: _shown(value) for name, value in message.params.items()}
    if values.get("unit"):
        values["unit"] = f" {values['unit']}"
    for derive in _DERIVED.get(message.code) or _DERIVED.get(message.code.split(".", 1)[0], ()):
        values.update(derive(message.params))
    for template in (_Words.translate(context, source), source):
        try:
            return _Formatter().format(template, **values)
        except (KeyError, IndexError, ValueError):  # a translation (or a message) lacking a field
            continue
    return f"{source} {dict(message.params)}"


def render_all(messages: Iterable[Message | str], separator: str = "\n") -> str:
    """Several messages rendered and joined (e.g. the parts of a rationale with "; ")."""
    return separator.join(render(m) for m in messages)


def worded(code: str, **params: Any) -> str:
    """The wording of ``code`` filled with ``params``, in the user's language (labels, headers, notes
    that services word themselves): ``render(Message(code, params))``."""
    return render(Message(code, params))


def status_label(code: str | AreaStatus) -> str:
    """The label of a status code, e.g. 'ar_new' → 'New Aktionsraum' / 'Neuer Aktionsraum'."""
    return worded(f"status.{AreaStatus(code).value}")


def change_action_label(code: str) -> str:
    """The label of a proposed change's action code, e.g. 'remove_space' → 'Remove Aktionsraum'."""
    return worded(f"action.{ChangeAction(code).value}")


def change_action_short_label(code: str) -> str:
    """A short label of a change's action for the narrow change table, e.g. 'remove_space' → 'Remove'."""
    return worded(f"action_short.{ChangeAction(code).value}")


def change_switch_text(code: str, name: str, enabled: bool) -> str:
    """What switching a change on (``enabled``) or off does, in the user's words, for Undo and Redo:
    e.g. ('remove_space', 'Alt-Scharnhorst', True) → 'remove Alt-Scharnhorst' / 'Alt-Scharnhorst entfernen'."""
    return worded(f"switch_{'on' if enabled else 'off'}.{ChangeAction(code).value}", name=name)


def index_class_label(code: str | None) -> str:
    """The label of an index class code (status or Dynamik index); unknown codes are shown as they are.

    Codes come from the catalogue; the sample's codes have translations, a city's own codes are shown
    with '_' as a space.
    """
    if not code:
        return worded("class.none")
    if f"class.{code}" in TEMPLATES:
        return worded(f"class.{code}")
    return code.replace("_", " ")


def summary_labels() -> dict[str, str]:
    """Translated headings and status labels for the summary export (core.summary_export)."""
    labels = {code.split(".", 1)[1]: worded(code) for code in _SUMMARY}
    labels.update({status.value: status_label(status) for status in AreaStatus})
    return labels


def rationale_text(change: Change) -> str:
    """The rationale of a change as people read it: the planner's text, else its reasons in the
    user's language ("; " between the parts)."""
    return change.rationale or render_all(change.reasons, "; ")


# -- values ----------------------------------------------------------------------------------------


def catalogue_label(label_de: str, label_en: str = "") -> str:
    """The label of a catalogue entry (indicator, domain) in the user's language: English where the
    user does not read German and the catalogue has an English label, else German."""
    return label_en if label_en and language() != "de" else label_de


def unit_text(unit: str) -> str:
    """A catalogue unit as the user reads it: percentage points in the user's words ("pp" /
    "%-Punkte") however the catalogue spells them, any other unit as written."""
    if is_percentage_points(unit):
        return QCoreApplication.translate("Profiles", "pp")
    return unit


def difference_unit(unit: str) -> str:
    """The unit of a difference of values in ``unit``: percentage points for "%" (and for percentage
    points themselves), else the unit, worded for the user (see :func:`unit_text`)."""
    return unit_text("pp" if unit == "%" else unit)


def _shown(value: Any) -> Any:
    """A parameter value ready for the template: numbers stay numbers (the formatter words them)."""
    if isinstance(value, Message):
        return render(value)
    if isinstance(value, tuple):
        return _shortened(value)
    if isinstance(value, dict):
        return catalogue_label(value.get("de", ""), value.get("en", ""))
    if value is None:
        return "–"
    return value


def _text(value: Any) -> str:
    return _Formatter().format_field(value, "")


def _shortened(items: Sequence[Any]) -> str:
    """Items comma-separated ("; " when an item has a comma itself, such as a German decimal number),
    "–" for none, long lists shortened."""
    shown = [_text(_shown(item)) for item in items[:LIST_LIMIT]]  # only what is shown is worded
    if not shown:
        return "–"
    separator = "; " if any("," in text for text in shown) else ", "  # "−1; 1; 1,5" in German
    text = separator.join(shown)
    if len(items) > LIST_LIMIT:
        more = render(Message("list.more", {"count": len(items) - LIST_LIMIT}))
        text = f"{text}{separator}{more}"
    return text


def _and_list(items: Sequence[Any]) -> str:
    shown = [_text(_shown(item)) for item in items]
    if len(shown) < 2:
        return "".join(shown)
    template = _Words.translate("Messages", _MESSAGES["list.and"])
    return template.format(items=", ".join(shown[:-1]), last=shown[-1])


def number_text(
    value: float | None, decimals: int | None = 1, signed: bool = False, language: str | None = None
) -> str:
    """A number as the reader writes it: the user's locale (:func:`.i18n.number_locale`; German
    "20.172,5", English "20,172.5"), or that of ``language`` ("de", "en") for a document made in a
    chosen language. ``decimals`` fixed decimals, None for as many as needed (up to 6 significant
    digits); ``signed`` writes "+" before positive numbers; negative numbers get the minus sign "−";
    "–" for None or NaN. Every number shown in text goes through this function."""
    if value is None or value != value:
        return "–"
    locale = QLocale(language) if language else _locale()
    number = float(value)
    text = locale.toString(number, "g", 6) if decimals is None else locale.toString(number, "f", decimals)
    if text.startswith("-"):
        text = "−" + text[1:]
    elif signed:
        text = "+" + text
    return text


def date_text(date: datetime.date) -> str:
    """A date as the reader writes it: "30. November 2026" in German, "30 November 2026" in English
    (the pattern is part of the translation, the month names come from the language's locale)."""
    pattern = _Words.translate("Messages", _MESSAGES["date"])
    locale = QLocale(QLocale.Language.English) if _ENGLISH.get() else QLocale(language())
    return locale.toString(QDate(date.year, date.month, date.day), pattern)


class _Formatter(string.Formatter):
    """``str.format`` with numbers in the user's locale (:func:`number_text`): ``{x:.1f}``,
    ``{x:+.1f}``, ``{x:g}``; whole numbers without a format are written as they are."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return super().format_field(value, format_spec)
        if isinstance(value, int) and not format_spec:
            return str(value)  # counts, row numbers, feature ids
        spec = format_spec or "g"
        signed = spec.startswith("+")
        spec = spec.lstrip("+")
        if spec.startswith(".") and spec.endswith("f") and spec[1:-1].isdigit():
            return number_text(value, int(spec[1:-1]), signed)
        if spec == "g":
            return number_text(value, None, signed)
        return super().format_field(value, format_spec)


# -- words for codes -----------------------------------------------------------------------------


def _level_words(code: str) -> tuple[str, str]:
    """(singular, plural) of an area level code ("spaces" → "Sozialraum", "Sozialräume")."""
    words = {
        "spaces": (
            _Words.translate("BoundaryService", "space"),
            _Words.translate("BoundaryService", "Sozialräume"),
        ),
        "quarters": (
            _Words.translate("BoundaryService", "quarter"),
            _Words.translate("BoundaryService", "Quartiere"),
        ),
        "districts": (
            _Words.translate("BoundaryService", "district"),
            _Words.translate("BoundaryService", "Stadtbezirke"),
        ),
    }
    return words.get(code, (code, code))


def _boundary_words(params: dict) -> dict:
    """Words for the codes in a boundary finding (``level``, ``parent_level``, ``best``, ``operation``)."""
    singular, plural = _level_words(str(params.get("level", "")))
    words = {"Level": singular[:1].upper() + singular[1:], "level": singular, "levels": plural}
    parent = params.get("parent_level")
    if parent is not None:
        parent_singular = _level_words(str(parent))[0]
        words["parent_level"] = parent_singular
        words["what"] = _Words.translate("BoundaryService", "{level} key").format(level=parent_singular)
        best = params.get("best")
        words["best"] = (
            f"{parent_singular} {best}"
            if best is not None
            else _Words.translate("BoundaryService", "every {level}").format(level=parent_singular)
        )
    else:
        words["what"] = _Words.translate("BoundaryService", "key")
    operations = {
        "intersection": _Words.translate("BoundaryService", "intersection"),
        "difference": _Words.translate("BoundaryService", "difference"),
        "union": _Words.translate("BoundaryService", "union"),
    }
    if params.get("operation") in operations:
        words["operation"] = operations[params["operation"]]
    return words


def _index_class_words(params: dict) -> dict:
    return {"class_name": index_class_label(params.get("class"))}


def _sentences(params: dict) -> dict:
    """``problems``, messages that are sentences each, rendered one after the other."""
    return {"problems": " ".join(render(m) for m in params.get("problems", ()))}


#: code (or the part before its first dot) → functions adding words for the codes among its values
_DERIVED: dict[str, tuple[Callable[[dict], dict], ...]] = {
    "boundary": (_boundary_words,),
    "scenario.unknown_areas": (_sentences,),
    "rationale.status_index": (_index_class_words,),
}

set_english_wording(english)
