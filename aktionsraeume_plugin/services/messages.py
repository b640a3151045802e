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
"""

from __future__ import annotations

import string
from typing import Any, Callable, Iterable, Sequence

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.messages import Message
from ..core.scenario import Change
from .i18n import language, number_locale
from .labels import index_class_label

LIST_LIMIT = 20  # list items shown before "… and N more"

_MESSAGES = {
    "list.and": QT_TRANSLATE_NOOP("Messages", "{items} and {last}"),
}

_JOIN_REPORT = {
    "join.header": QT_TRANSLATE_NOOP(
        "JoinReport", "Join of table {table} (column '{table_key}') to field '{area_key}'"
    ),
    "join.options": QT_TRANSLATE_NOOP("JoinReport", "Read with: {options}"),
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
    "join.column_count": QT_TRANSLATE_NOOP("JoinReport", "'{column}': {count}"),
    "join.column_codes": QT_TRANSLATE_NOOP("JoinReport", "'{column}': {codes}"),
    "join.column_unit": QT_TRANSLATE_NOOP("JoinReport", "'{column}': {symbol}"),
    "join.renamed_column": QT_TRANSLATE_NOOP("JoinReport", "'{old}' → '{new}'"),
    "join.aggregate_first": QT_TRANSLATE_NOOP("JoinReport", "first row"),
    "join.aggregate_sum": QT_TRANSLATE_NOOP("JoinReport", "sum"),
    "join.aggregate_mean": QT_TRANSLATE_NOOP("JoinReport", "mean"),
    "list.more": QT_TRANSLATE_NOOP("JoinReport", "… and {count} more"),
}

_TABLE = {
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

_SCENARIO = {
    "scenario.unknown_baseline_space": QT_TRANSLATE_NOOP(
        "Scenario", "Baseline Aktionsraum '{key}' is not a Sozialraum key."
    ),
    "scenario.unknown_baseline_quarter": QT_TRANSLATE_NOOP(
        "Scenario", "Baseline Aktionsquartier '{key}' is not a Quartier key."
    ),
    "scenario.unknown_change_space": QT_TRANSLATE_NOOP(
        "Scenario", "Change '{change}' names '{key}', which is not a Sozialraum key."
    ),
    "scenario.unknown_change_quarter": QT_TRANSLATE_NOOP(
        "Scenario", "Change '{change}' names '{key}', which is not a Quartier key."
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

#: code → (translation context, English source template)
TEMPLATES: dict[str, tuple[str, str]] = {
    code: (context, text)
    for context, group in (
        ("Messages", _MESSAGES),
        ("JoinReport", _JOIN_REPORT),
        ("TableRead", _TABLE),
        ("Assessment", _ASSESSMENT),
        ("Rationale", _RATIONALE),
        ("Scenario", _SCENARIO),
        ("BoundaryCheck", _BOUNDARY),
    )
    for code, text in group.items()
}


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
    for template in (QCoreApplication.translate(context, source), source):
        try:
            return _Formatter().format(template, **values)
        except (KeyError, IndexError, ValueError):  # a translation (or a message) lacking a field
            continue
    return f"{source} {dict(message.params)}"


def render_all(messages: Iterable[Message | str], separator: str = "\n") -> str:
    """Several messages rendered and joined (e.g. the parts of a rationale with "; ")."""
    return separator.join(render(m) for m in messages)


def rationale_text(change: Change) -> str:
    """The rationale of a change as people read it: the planner's text, else its reasons in the
    user's language ("; " between the parts)."""
    return change.rationale or render_all(change.reasons, "; ")


# -- values ----------------------------------------------------------------------------------------


def catalogue_label(label_de: str, label_en: str = "") -> str:
    """The label of a catalogue entry (indicator, domain) in the user's language: English where the
    user does not read German and the catalogue has an English label, else German."""
    return label_en if label_en and language() != "de" else label_de


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
    """Items comma-separated ("; " when an item has a comma itself), "–" for none, long lists shortened."""
    shown = [_text(_shown(item)) for item in items[:LIST_LIMIT]]  # only what is shown is worded
    if not shown:
        return "–"
    separator = "; " if any(", " in text for text in shown) else ", "
    text = separator.join(shown)
    if len(items) > LIST_LIMIT:
        more = render(Message("list.more", {"count": len(items) - LIST_LIMIT}))
        text = f"{text}{separator}{more}"
    return text


def _and_list(items: Sequence[Any]) -> str:
    shown = [_text(_shown(item)) for item in items]
    if len(shown) < 2:
        return "".join(shown)
    template = QCoreApplication.translate("Messages", _MESSAGES["list.and"])
    return template.format(items=", ".join(shown[:-1]), last=shown[-1])


class _Formatter(string.Formatter):
    """``str.format`` with numbers in the user's locale: ``{x:.1f}``, ``{x:.0f}``, ``{x:g}``."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return super().format_field(value, format_spec)
        if isinstance(value, int) and not format_spec:
            return str(value)  # counts, row numbers, feature ids
        locale = number_locale()
        spec = format_spec or "g"
        if spec.startswith(".") and spec.endswith("f") and spec[1:-1].isdigit():
            return locale.toString(float(value), "f", int(spec[1:-1]))
        if spec == "g":
            return locale.toString(float(value), "g", 6)
        return super().format_field(value, format_spec)


# -- words for codes -----------------------------------------------------------------------------


def _level_words(code: str) -> tuple[str, str]:
    """(singular, plural) of an area level code ("spaces" → "Sozialraum", "Sozialräume")."""
    words = {
        "spaces": (
            QCoreApplication.translate("BoundaryService", "space"),
            QCoreApplication.translate("BoundaryService", "Sozialräume"),
        ),
        "quarters": (
            QCoreApplication.translate("BoundaryService", "quarter"),
            QCoreApplication.translate("BoundaryService", "Quartiere"),
        ),
        "districts": (
            QCoreApplication.translate("BoundaryService", "district"),
            QCoreApplication.translate("BoundaryService", "Stadtbezirke"),
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
        words["what"] = QCoreApplication.translate("BoundaryService", "{level} key").format(
            level=parent_singular
        )
        best = params.get("best")
        words["best"] = (
            f"{parent_singular} {best}"
            if best is not None
            else QCoreApplication.translate("BoundaryService", "every {level}").format(level=parent_singular)
        )
    else:
        words["what"] = QCoreApplication.translate("BoundaryService", "key")
    operations = {
        "intersection": QCoreApplication.translate("BoundaryService", "intersection"),
        "difference": QCoreApplication.translate("BoundaryService", "difference"),
        "union": QCoreApplication.translate("BoundaryService", "union"),
    }
    if params.get("operation") in operations:
        words["operation"] = operations[params["operation"]]
    return words


def _index_class_words(params: dict) -> dict:
    return {"class_name": index_class_label(params.get("class"))}


#: code (or the part before its first dot) → functions adding words for the codes among its values
_DERIVED: dict[str, tuple[Callable[[dict], dict], ...]] = {
    "boundary": (_boundary_words,),
    "rationale.status_index": (_index_class_words,),
}
