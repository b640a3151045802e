"""Gebietsprofile: one A4 page per area, a normal QGIS print layout with an Atlas.

The layout ("Aktionsräume – Gebietsprofile") is made from ``resources/layouts/aktionsraeume_a4_profil.qpt``
and lives in the project's layout manager, so a cartographer can move and restyle its items in the layout
designer; every later export reuses it as it was left. Its items read the page's texts from the Atlas
coverage layer (``[% "p_title" %]`` ...), the indicator table is an attribute table filtered to the Atlas
feature, the bar chart a picture whose SVG path comes from the coverage layer.

The data behind the pages are rebuilt on every export (:func:`prepare_profiles`): a memory coverage
layer (one feature per page, with its translated texts), a memory table of indicator rows, private copies
of the status layers for the two maps and one SVG chart per page in a temporary folder. Only the
references of the layout's items to these are replaced; positions, sizes and styles stay.

Exports are atomic (:func:`export_profiles`): the PDF (or all PDFs of a "one file per area" export) are
written beside the target and moved into place only when every page was written.
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeedback,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutTableColumn,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.assessment import (
    METHOD_AVERAGE,
    METHOD_INDEX,
    AssessmentError,
    AssessmentResult,
    Reference,
    assess,
)
from ..core.atomic_write import replacing, temporary_name
from ..core.catalogue import Catalogue, Indicator, load_catalogue
from ..core.development import ComparisonResult
from ..core.keys import area_key
from ..core.profiles import (
    KIND_ACTION_QUARTER,
    KIND_ACTION_SPACE,
    KIND_CANDIDATE,
    KIND_QUARTER,
    KIND_SPACE,
    LEVEL_QUARTERS,
    LEVEL_SPACES,
    AreaProfile,
    ProfileError,
    build_profile,
    chart_scale,
    select_areas,
)
from ..core.scenario import ChangeAction
from ..core.status import STATUS_COLOURS, AreaStatus
from ..core.tables import DEFAULT_TOTAL_LABELS, TableError, read_table
from . import project_state
from .assessment_service import reference_from_read_table, reference_from_tables
from .layers import feature_key, layer_to_frame
from .map_export import (
    ExportError,
    MapTexts,
    _export_failure_message,
    _fit_aspect,
    _is_complete,
    _item,
    _raise_if_cancelled,
    _unwritable_message,
    check_folder,
    extent_in,
    fill_status_legend,
    keep_layers_with,
    layout_in_project,
    map_crs,
    pdf_settings,
    refuse_existing,
    round_scale,
    write_error,
)
from .messages import (
    TEMPLATES,
    change_action_label,
    difference_unit,
    index_class_label,
    number_text,
    rationale_text,
    status_label,
    unit_text,
    worded,
)
from .qt_compat import FIELD_TEXT
from .result_storage import KIND_PROPERTY, LEVEL_PROPERTY, joined_tables
from .status_layers import StatusLayers
from .styling import STATUS_FIELD, apply_district_style, text_format

PROFILE_LAYOUT_NAME = "Aktionsräume – Gebietsprofile"
DEFAULT_DPI = 300
#: Highlight of the page's area on both maps.
HIGHLIGHT_COLOUR = "#d7191c"
#: Bar colours of the chart: the area and the city.
AREA_BAR_COLOUR = "#c2410c"
CITY_BAR_COLOUR = "#9a9a9a"
#: Columns of the indicator table: (attribute, width in mm).
TABLE_COLUMNS = (
    ("domain", 30.0),
    ("indicator", 58.0),
    ("value", 19.0),
    ("city", 19.0),
    ("diff", 19.0),
    ("mark", 20.0),
    ("z", 11.0),
)
CHANGE_COLUMN = ("change", 16.0)
#: Space around the page's area on the detail map, as a share of the area's extent on each side.
DETAIL_MARGIN = 0.12


# -- indicator values ------------------------------------------------------------------------------


@dataclass
class LevelValues:
    """The indicator values of one level: a table (one row per area, key column ``key_column``) and
    the city reference (None: the assessment takes it from a total row in ``frame`` or computes it)."""

    frame: pd.DataFrame
    key_column: str
    reference: Reference | None = None


@dataclass
class ProfileSource:
    """What the pages are made from besides the areas: the catalogue, values per level (``spaces``,
    ``quarters``), optionally per level the comparison of its values with an earlier year
    (:func:`..core.development.compare_years`: earlier value and change per indicator) and the source line."""

    catalogue: Catalogue
    levels: dict[str, LevelValues]
    source: str = ""
    comparisons: dict[str, ComparisonResult] = field(default_factory=dict)


def table_values(path: str | Path, key_column: str, catalogue: Catalogue) -> LevelValues:
    """The values of an indicator table file, with its total row as the city reference.

    Raises :class:`ProfileError` naming the file when it cannot be read.
    """
    try:
        table = read_table(
            path, key_column=key_column, total_labels=catalogue.reference.total_row or DEFAULT_TOTAL_LABELS
        )
        reference = reference_from_read_table(table, path, catalogue)
    except (TableError, AssessmentError) as error:
        raise ProfileError(error.message) from None
    return LevelValues(table.frame, key_column, reference)


def project_source(project: QgsProject, workspace) -> ProfileSource:
    """The indicator values the panel joined in ``project`` (the newest joined layer per level) and the
    catalogue stored there. Raises :class:`ProfileError` saying what to do when either is missing."""
    path = project_state.load_catalogue_path(project)
    sample = _sample_source(workspace)
    if sample is not None and not _joined_layers(project):
        # A sample loaded in the panel and not joined yet: its own tables and catalogue.
        return sample()
    if not path or not Path(path).is_file():
        raise ProfileError("profiles.no_catalogue")
    catalogue = load_catalogue(path)
    levels: dict[str, LevelValues] = {}
    key_fields = {LEVEL_SPACES: workspace.levels.spaces.key_field}
    if workspace.levels.quarters is not None:
        key_fields[LEVEL_QUARTERS] = workspace.levels.quarters.key_field
    for layer in _joined_layers(project):
        level = layer.customProperty(LEVEL_PROPERTY)
        if level not in key_fields or layer.fields().indexFromName(key_fields[level]) < 0:
            continue
        if catalogue.missing_columns([f.name() for f in layer.fields()]):
            continue
        frame = layer_to_frame(layer, geometry=False)
        levels[level] = LevelValues(
            frame, key_fields[level], reference_from_tables(joined_tables(layer), catalogue)
        )
    if LEVEL_SPACES not in levels:
        raise ProfileError("profiles.no_joined_layer")
    return ProfileSource(catalogue, levels)


def _joined_layers(project: QgsProject) -> list[QgsVectorLayer]:
    return [
        layer
        for layer in project.mapLayers().values()
        if isinstance(layer, QgsVectorLayer) and layer.customProperty(KIND_PROPERTY) == "joined"
    ]


def _sample_source(workspace):
    """The function that gives the profile source of the embedded sample ``workspace`` shows, else None."""
    from .sample_project import (
        SAMPLE_GPKG,
        STATISTIKATLAS_GPKG,
        sample_profile_source,
        statistikatlas_profile_source,
    )

    source = Path(workspace.levels.spaces.layer.source().split("|")[0]).resolve()
    sources = {
        SAMPLE_GPKG.resolve(): sample_profile_source,
        STATISTIKATLAS_GPKG.resolve(): statistikatlas_profile_source,
    }
    return sources.get(source)


def _assess(values: LevelValues, catalogue: Catalogue, method: str) -> AssessmentResult:
    try:
        return assess(values.frame, catalogue, values.key_column, method, values.reference)
    except AssessmentError as error:
        raise ProfileError(error.message) from None


# -- profiles --------------------------------------------------------------------------------------


def _names_and_parents(status_layers: StatusLayers, level: str) -> tuple[list[str], dict, dict]:
    """Keys in layer order, names and parent keys of a level's status layer."""
    layer = status_layers.spaces if level == LEVEL_SPACES else status_layers.quarters
    area_level = status_layers.levels.spaces if level == LEVEL_SPACES else status_layers.levels.quarters
    if layer is None or area_level is None:
        return [], {}, {}
    fields = layer.fields()
    key_index = fields.indexFromName(area_level.key_field)
    name_index = fields.indexFromName(area_level.name_field)
    parent_index = fields.indexFromName(area_level.parent_field) if area_level.parent_field else -1
    keys, names, parents = [], {}, {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for feature in layer.getFeatures(request):
        key = feature_key(feature, key_index)
        if key is None:
            continue
        keys.append(key)
        names[key] = str(feature[name_index]) if name_index >= 0 and feature[name_index] is not None else key
        if parent_index >= 0:
            parents[key] = feature_key(feature, parent_index) or ""
    return keys, names, parents


def _district_names(status_layers: StatusLayers) -> dict[str, str]:
    districts = status_layers.levels.districts
    if districts is None:
        return {}
    key_index = districts.layer.fields().indexFromName(districts.key_field)
    name_index = districts.layer.fields().indexFromName(districts.name_field)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return {
        feature_key(f, key_index): str(f[name_index])
        for f in districts.layer.getFeatures(request)
        if name_index >= 0
    }


def build_profiles(
    status_layers: StatusLayers,
    source: ProfileSource,
    level: str | None = None,
    selection: str = "scenario",
    selected: list[str] | None = None,
) -> list[AreaProfile]:
    """The profiles of the chosen areas under the scenario shown by ``status_layers``.

    ``level`` (``spaces``/``quarters``, None for both with the scenario selection), ``selection``
    (``scenario``, ``all``, ``selected`` with ``selected`` keys). Raises :class:`ProfileError`.
    """
    space_keys, space_names, _ = _names_and_parents(status_layers, LEVEL_SPACES)
    quarter_keys, quarter_names, quarter_parents = _names_and_parents(status_layers, LEVEL_QUARTERS)
    scenario = status_layers.scenario
    areas = select_areas(
        scenario, level, selection, space_keys, quarter_keys, [area_key(k) for k in selected or []]
    )
    statuses = {LEVEL_SPACES: status_layers.statuses("spaces")}
    if status_layers.quarters is not None:
        statuses[LEVEL_QUARTERS] = status_layers.statuses("quarters")
    districts = _district_names(status_layers)
    space_parents = _space_districts(status_layers)
    results: dict[str, tuple[AssessmentResult | None, AssessmentResult | None]] = {}
    for name in {area.level for area in areas}:
        values = source.levels.get(name)
        if values is None:
            results[name] = (None, None)
        else:
            results[name] = (
                _assess(values, source.catalogue, METHOD_AVERAGE),
                _assess(values, source.catalogue, METHOD_INDEX),
            )
    profiles = []
    for area in areas:
        names = space_names if area.level == LEVEL_SPACES else quarter_names
        space = area.key if area.level == LEVEL_SPACES else quarter_parents.get(area.key, "")
        district = districts.get(space_parents.get(space, ""), "")
        result, index_result = results[area.level]
        profiles.append(
            build_profile(
                area,
                names.get(area.key, area.key),
                district,
                statuses.get(area.level, {}).get(area.key, AreaStatus.NONE.value),
                scenario,
                result,
                index_result,
                source.comparisons.get(area.level),
            )
        )
    return profiles


def _space_districts(status_layers: StatusLayers) -> dict[str, str]:
    spaces = status_layers.levels.spaces
    if not spaces.parent_field:
        return {}
    layer = status_layers.spaces
    key_index = layer.fields().indexFromName(spaces.key_field)
    parent_index = layer.fields().indexFromName(spaces.parent_field)
    if parent_index < 0:
        return {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return {feature_key(f, key_index): feature_key(f, parent_index) or "" for f in layer.getFeatures(request)}


# -- wording ---------------------------------------------------------------------------------------


def _unit(number: str, unit: str) -> str:
    return f"{number} {unit_text(unit)}" if unit else number


def indicator_label(indicator: Indicator, language: str) -> str:
    return indicator.label_en if not language.startswith("de") and indicator.label_en else indicator.label_de


def kind_label(kind: str) -> str:
    """The label of an area kind code (core.profiles)."""
    return {
        KIND_ACTION_SPACE: QCoreApplication.translate("Profiles", "Aktionsraum"),
        KIND_ACTION_QUARTER: QCoreApplication.translate("Profiles", "Aktionsquartier"),
        KIND_CANDIDATE: QCoreApplication.translate("Profiles", "Candidate"),
        KIND_SPACE: QCoreApplication.translate("Profiles", "Sozialraum"),
        KIND_QUARTER: QCoreApplication.translate("Profiles", "Quartier"),
    }[kind]


def threshold_text(indicator: Indicator, value: float, language: str) -> str:
    """E.g. 'Transferleistungsquote 23,5 % above the threshold of 20 %'."""
    assert indicator.threshold is not None
    op = indicator.threshold.op
    return worded(
        "profile.above_threshold" if op in (">", ">=") else "profile.below_threshold",
        label=indicator_label(indicator, language),
        value=_unit(number_text(value, language=language), indicator.unit),
        limit=_unit(
            number_text(
                indicator.threshold.value,
                0 if float(indicator.threshold.value).is_integer() else 1,
                language=language,
            ),
            indicator.unit,
        ),
    )


def reason_text(profile: AreaProfile, catalogue: Catalogue, language: str) -> str:
    """Why the area has its status, from the assessment, in the user's language ('' when nothing to say)."""
    values = {row.indicator.id: row.value for row in profile.rows}
    facts = [
        threshold_text(catalogue.indicator(i), values[i], language)
        for i in profile.threshold_hits
        if values.get(i) is not None
    ]
    if profile.n_valid:
        facts.append(worded("profile.worse_count", worse=profile.n_worse, valid=profile.n_valid))
    if not facts:
        return ""
    lead = f"profile.lead.{profile.status}"
    return worded(lead if lead in TEMPLATES else "profile.lead.assessment", facts="; ".join(facts))


def change_texts(profile: AreaProfile) -> list[str]:
    """The scenario's changes for the area with their rationale, e.g. 'Change: Add Aktionsraum – …'."""

    lines = []
    for change in profile.changes:
        line = worded("profile.change", action=change_action_label(ChangeAction(change.action)))
        rationale = rationale_text(change)
        if rationale:
            line += " – " + rationale
        lines.append(line)
    return lines


def status_text(profile: AreaProfile, scenario_name: str, labels: dict[str, str] | None = None) -> str:
    """E.g. 'Status under the scenario “Fortschreibung 2020”: New Aktionsraum'; ``labels`` (status code →
    label) are the labels the status layers show instead of the plugin's (e.g. "Below the city average"
    for a sample without a list of Aktionsräume)."""
    label = (labels or {}).get(profile.status) or status_label(profile.status)
    if scenario_name:
        return worded("profile.status_under", scenario=scenario_name, status=label)
    return worded("profile.status", status=label)


def index_text(profile: AreaProfile, language: str) -> str:
    if profile.index is None:
        return ""
    return worded(
        "profile.index",
        index=number_text(profile.index, 2, signed=True, language=language),
        cls=index_class_label(profile.index_class),
    )


def chart_svg(profile: AreaProfile, language: str, width_mm: float = 186.0) -> str:
    """A horizontal bar chart (SVG, sizes in mm) of area vs city per indicator, grouped like the table."""
    # Levels only: changes (kind "change") can be negative and are in the table.
    rows = [
        row
        for row in profile.rows
        if row.indicator.kind != "change" and (row.value is not None or row.reference is not None)
    ]
    scale = chart_scale(rows)
    bar_h, gap, label_w, value_w = 2.6, 2.0, 78.0, 18.0
    bars_w = width_mm - label_w - value_w
    height = 7.0 + len(rows) * (2 * bar_h + gap)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width_mm}mm" height="{height:.1f}mm" '
        f'viewBox="0 0 {width_mm} {height:.1f}" font-family="Open Sans" font-size="2.6">'
    ]
    legend_y = 3.0
    for x, colour, text in (
        (label_w, AREA_BAR_COLOUR, profile.name),
        (label_w + 55, CITY_BAR_COLOUR, QCoreApplication.translate("Profiles", "City")),
    ):
        parts.append(f'<rect x="{x}" y="{legend_y - 2}" width="3" height="2.2" fill="{colour}"/>')
        parts.append(f'<text x="{x + 4}" y="{legend_y}" fill="#333">{_xml(text)}</text>')
    y = 7.0
    for row in rows:
        centre = y + bar_h
        label = indicator_label(row.indicator, language)
        if len(label) > 56:
            label = label[:54] + "…"
        parts.append(
            f'<text x="{label_w - 1.5}" y="{centre + 0.9:.2f}" text-anchor="end" fill="#1a1a1a">{_xml(label)}</text>'
        )
        full = scale[row.indicator.id]
        for offset, value, colour in (
            (0.0, row.value, AREA_BAR_COLOUR),
            (bar_h, row.reference, CITY_BAR_COLOUR),
        ):
            if value is None:
                continue
            length = max(0.3, bars_w * abs(value) / full)
            parts.append(
                f'<rect x="{label_w}" y="{y + offset:.2f}" width="{length:.2f}" height="{bar_h - 0.3:.2f}" fill="{colour}"/>'
            )
            text = _unit(number_text(value, language=language), row.indicator.unit)
            parts.append(
                f'<text x="{label_w + length + 1:.2f}" y="{y + offset + bar_h - 0.6:.2f}" font-size="2.2" fill="#333">{_xml(text)}</text>'
            )
        y += 2 * bar_h + gap
    parts.append("</svg>")
    return "\n".join(parts)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def page_key(profile: AreaProfile) -> str:
    """The key that ties a page to its indicator rows; quarter keys could repeat Sozialraum keys."""
    return profile.key if profile.area.level == LEVEL_SPACES else f"q:{profile.key}"


def file_stem(profile: AreaProfile) -> str:
    """A safe file name part for an area: key and ASCII name, e.g. '0102_Dorstfeld'."""
    ascii_name = unicodedata.normalize("NFKD", profile.name).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "_", f"{profile.key}_{ascii_name}").strip("_")


# -- layers ----------------------------------------------------------------------------------------


@dataclass
class ProfileLayers:
    """The data of the profile pages: coverage (one feature per page), indicator rows, map layers."""

    coverage: QgsVectorLayer
    rows: QgsVectorLayer
    spaces: QgsVectorLayer
    quarters: QgsVectorLayer | None
    districts: QgsVectorLayer | None
    has_change: bool
    status_layers: StatusLayers

    def layers(self) -> list[QgsVectorLayer]:
        return [
            layer
            for layer in (self.coverage, self.rows, self.spaces, self.quarters, self.districts)
            if layer is not None
        ]


COVERAGE_FIELDS = (
    "p_key",
    "p_level",
    "p_name",
    "p_title",
    "p_subtitle",
    "p_status",
    "p_reason",
    "p_index",
    "p_chart",
    "p_file",
    "p_xmin",
    "p_ymin",
    "p_xmax",
    "p_ymax",
)


def _string_fields(names) -> QgsFields:
    fields = QgsFields()
    for name in names:
        fields.append(QgsField(name, FIELD_TEXT))
    return fields


def profile_layers(
    status_layers: StatusLayers,
    profiles: list[AreaProfile],
    source: ProfileSource,
    language: str,
    transform_context: QgsCoordinateTransformContext | None = None,
) -> ProfileLayers:
    """Memory layers and chart files for ``profiles`` (main thread). The pages' areas are in the maps'
    CRS (:func:`.map_export.map_crs`), transformed with ``transform_context`` (the project's)."""
    crs = map_crs(status_layers.spaces, transform_context)
    coverage = QgsVectorLayer(
        f"MultiPolygon?crs={crs.authid()}", QCoreApplication.translate("Profiles", "Profile areas"), "memory"
    )
    coverage.dataProvider().addAttributes(_string_fields(COVERAGE_FIELDS).toList())
    coverage.updateFields()
    row_names = ("area", "domain", "indicator", "value", "city", "diff", "mark", "z", "change")
    rows = QgsVectorLayer("None", QCoreApplication.translate("Profiles", "Profile indicators"), "memory")
    rows.dataProvider().addAttributes(_string_fields(row_names).toList())
    rows.updateFields()
    geometries = _geometries(status_layers, profiles, crs, transform_context)
    scenario_name = status_layers.scenario.name
    # Without a scenario (an empty one stands in: no list, no changes) a status line says nothing.
    scenario = status_layers.scenario
    has_status = bool(
        scenario.baseline.action_spaces or scenario.baseline.action_quarters or scenario.changes
    )
    features, row_features = [], []
    has_change = False
    for profile in profiles:
        # The chart travels in the coverage layer itself: no files to clean up.
        chart = "base64:" + base64.b64encode(chart_svg(profile, language).encode("utf-8")).decode("ascii")
        # status layers with labels of their own (a list that is no list of Aktionsräume) name the kind
        subtitle = status_layers.status_labels.get(profile.status) or kind_label(profile.kind)
        if profile.district:
            subtitle += " · " + QCoreApplication.translate("Profiles", "Stadtbezirk {name}").format(
                name=profile.district
            )
        reason = "\n".join(
            filter(None, [reason_text(profile, source.catalogue, language), *change_texts(profile)])
        )
        feature = QgsFeature(coverage.fields())
        feature.setAttributes(
            [
                page_key(profile),
                profile.area.level,
                profile.name,
                profile.name,
                subtitle,
                status_text(profile, scenario_name, status_layers.status_labels) if has_status else "",
                reason,
                index_text(profile, language),
                chart,
                file_stem(profile),
                "",
                "",
                "",
                "",
            ]
        )
        geometry = geometries.get((profile.area.level, profile.key))
        if geometry is not None:
            feature.setGeometry(geometry)
        features.append(feature)
        previous_domain = None
        for row in profile.rows:
            indicator = row.indicator
            domain = source.catalogue.domain(indicator.domain)
            domain_label = (
                domain.label_en if not language.startswith("de") and domain.label_en else domain.label_de
            )
            has_change = has_change or row.change is not None
            mark = ""
            if row.worse is True:
                mark = "▼ " + QCoreApplication.translate("Profiles", "worse")
            elif row.worse is False:
                mark = "▲ " + QCoreApplication.translate("Profiles", "better")
            unit = indicator.unit
            row_feature = QgsFeature(rows.fields())
            row_feature.setAttributes(
                [
                    page_key(profile),
                    domain_label if domain.id != previous_domain else "",
                    indicator_label(indicator, language),
                    _unit(number_text(row.value, language=language), unit) if row.value is not None else "–",
                    _unit(number_text(row.reference, language=language), unit)
                    if row.reference is not None
                    else "–",
                    _unit(
                        number_text(row.difference, signed=True, language=language),
                        difference_unit(indicator.unit),
                    )
                    if row.difference is not None
                    else "–",
                    mark,
                    number_text(row.z, 1, signed=True, language=language) if row.z is not None else "",
                    _unit(
                        number_text(row.change, signed=True, language=language),
                        difference_unit(indicator.unit),
                    )
                    if row.change is not None
                    else "",
                ]
            )
            row_features.append(row_feature)
            previous_domain = domain.id
    coverage.dataProvider().addFeatures(features)
    coverage.updateExtents()
    rows.dataProvider().addFeatures(row_features)
    _style_highlight(coverage)
    spaces, quarters, districts = _map_copies(status_layers)
    return ProfileLayers(coverage, rows, spaces, quarters, districts, has_change, status_layers)


def _geometries(
    status_layers: StatusLayers,
    profiles: list[AreaProfile],
    crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext | None,
) -> dict:
    """(level, key) → the area's geometry in ``crs``."""
    wanted = {(p.area.level, p.key) for p in profiles}
    context = transform_context if transform_context is not None else QgsCoordinateTransformContext()
    result = {}
    for level, layer, area_level in (
        (LEVEL_SPACES, status_layers.spaces, status_layers.levels.spaces),
        (LEVEL_QUARTERS, status_layers.quarters, status_layers.levels.quarters),
    ):
        if layer is None or area_level is None:
            continue
        index = layer.fields().indexFromName(area_level.key_field)
        to_map = QgsCoordinateTransform(layer.crs(), crs, context) if layer.crs() != crs else None
        for feature in layer.getFeatures():
            key = feature_key(feature, index)
            if (level, key) in wanted:
                geometry = feature.geometry()
                if to_map is not None:
                    geometry.transform(to_map)
                result[(level, key)] = geometry
    return result


def _style_highlight(coverage: QgsVectorLayer) -> None:
    """The page's area outlined in red on both maps; the other pages' areas not drawn."""
    symbol = QgsFillSymbol.createSimple(
        {
            "color": "0,0,0,0",
            "outline_color": HIGHLIGHT_COLOUR,
            "outline_width": "0.8",
            "outline_width_unit": "MM",
        }
    )
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            symbol, 0, 0, "$id = @atlas_featureid", QCoreApplication.translate("Profiles", "This area")
        )
    )
    coverage.setRenderer(QgsRuleBasedRenderer(root))


def _map_copies(status_layers: StatusLayers):
    """Private copies of the status layers for the two maps: statuses coloured, quarters named."""
    spaces = status_layers.spaces.materialize(QgsFeatureRequest())
    spaces.setName(status_layers.spaces.name())
    spaces.setRenderer(status_layers.spaces.renderer().clone())
    spaces.setLabelsEnabled(False)
    quarters = None
    if status_layers.quarters is not None and status_layers.levels.quarters is not None:
        quarters = status_layers.quarters.materialize(QgsFeatureRequest())
        quarters.setName(status_layers.quarters.name())
        quarters.setRenderer(status_layers.quarters.renderer().clone())
        settings = QgsPalLayerSettings()
        settings.fieldName = status_layers.levels.quarters.name_field
        text = text_format(6.5, bold=False)
        settings.setFormat(text)
        settings.placement = QgsPalLayerSettings.Placement.Horizontal
        settings.obstacleSettings().setIsObstacle(False)
        quarters.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        quarters.setLabelsEnabled(True)
        # Aktionsquartiere filled, every other quarter outlined (the Sozialraum's colour shows through).
        root = QgsRuleBasedRenderer.Rule(None)
        filled = QgsFillSymbol.createSimple(
            {
                "color": STATUS_COLOURS[AreaStatus.ACTION_QUARTER],
                "outline_color": "#ffffff",
                "outline_width": "0.3",
                "outline_width_unit": "MM",
            }
        )
        outline = QgsFillSymbol.createSimple(
            {
                "color": "0,0,0,0",
                "outline_color": "#5a5a5a",
                "outline_width": "0.15",
                "outline_width_unit": "MM",
            }
        )
        aq = AreaStatus.ACTION_QUARTER.value
        root.appendChild(
            QgsRuleBasedRenderer.Rule(filled, 0, 0, f"\"{STATUS_FIELD}\" = '{aq}'", status_label(aq))
        )
        root.appendChild(
            QgsRuleBasedRenderer.Rule(
                outline, 0, 0, "ELSE", QCoreApplication.translate("Profiles", "Quartier")
            )
        )
        quarters.setRenderer(QgsRuleBasedRenderer(root))
    districts = None
    if status_layers.levels.districts is not None:
        source = status_layers.levels.districts
        districts = source.layer.materialize(QgsFeatureRequest())
        districts.setName(source.layer.name())
        apply_district_style(districts, source.name_field)
        districts.setLabelsEnabled(False)
    return spaces, quarters, districts


# -- layout ----------------------------------------------------------------------------------------


def _columns(table, layers: ProfileLayers) -> None:
    """The indicator table's columns: attributes, translated headings; widths kept where the
    cartographer changed them."""
    headings = {
        "domain": QCoreApplication.translate("Profiles", "Domain"),
        "indicator": QCoreApplication.translate("Profiles", "Indicator"),
        "value": QCoreApplication.translate("Profiles", "Area"),
        "city": QCoreApplication.translate("Profiles", "City"),
        "diff": QCoreApplication.translate("Profiles", "Difference"),
        "mark": QCoreApplication.translate("Profiles", "Compared with the city"),
        "z": QCoreApplication.translate("Profiles", "z"),
        "change": QCoreApplication.translate("Profiles", "Change"),
    }
    previous = {column.attribute(): column.width() for column in table.columns()}
    wanted = list(TABLE_COLUMNS) + ([CHANGE_COLUMN] if layers.has_change else [])
    columns = []
    for attribute, width in wanted:
        column = QgsLayoutTableColumn(headings[attribute])
        column.setAttribute(attribute)
        column.setWidth(previous.get(attribute) or width)
        columns.append(column)
    table.setColumns(columns)


def _fill_profile(layout: QgsPrintLayout, layers: ProfileLayers, texts: MapTexts, new: bool) -> None:
    """Point the profile layout's Atlas, maps, legend, table, chart and texts at ``layers``; a ``new``
    layout (from the template) gets its overview extent too."""
    keep_layers_with(layout, layers.layers())
    atlas = layout.atlas()
    atlas.setCoverageLayer(layers.coverage)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression('"p_name"')
    atlas.setFilenameExpression('"p_file"')
    overview = _item(layout, "overview_map", QgsLayoutItemMap)
    detail = _item(layout, "detail_map", QgsLayoutItemMap)
    background = [layer for layer in (layers.districts, layers.spaces) if layer is not None]
    crs = layers.coverage.crs()  # the maps' CRS (see profile_layers)
    for map_item in (overview, detail):
        map_item.setCrs(crs)
    overview.setLayers([layers.coverage, *background])
    overview.setKeepLayerSet(True)
    detail.setLayers(
        [layers.coverage, *(layer for layer in (layers.quarters,) if layer is not None), *background]
    )
    detail.setKeepLayerSet(True)
    # The page's extent comes from the coverage layer (p_xmin ...: the area at a round scale, in the
    # item's shape), so the item keeps the size the cartographer gave it.
    detail.setAtlasDriven(False)
    from qgis.core import QgsLayoutObject, QgsProperty

    for prop, name in (
        (QgsLayoutObject.DataDefinedProperty.MapXMin, "p_xmin"),
        (QgsLayoutObject.DataDefinedProperty.MapYMin, "p_ymin"),
        (QgsLayoutObject.DataDefinedProperty.MapXMax, "p_xmax"),
        (QgsLayoutObject.DataDefinedProperty.MapYMax, "p_ymax"),
    ):
        detail.dataDefinedProperties().setProperty(prop, QgsProperty.fromExpression(f'to_real("{name}")'))
    _set_page_extents(layers.coverage, detail)
    city = extent_in(background, crs, layout.project().transformContext())
    city.scale(1.04)
    # A valid start extent: QGIS computes a data-defined extent from the current one.
    detail.setExtent(_fit_aspect(city, detail.rect().width() / detail.rect().height()))
    if new:
        overview.setExtent(_fit_aspect(city, overview.rect().width() / overview.rect().height()))
    legend = layout.itemById("legend")
    if isinstance(legend, QgsLayoutItemLegend):
        fill_status_legend(legend, detail, [layers.status_layers], layers.districts, plain=False)
    table = _table(layout)
    table.setVectorLayer(layers.rows)
    table.setFilterFeatures(True)
    table.setFeatureFilter("\"area\" = attribute(@atlas_feature, 'p_key')")
    table.setMaximumNumberOfFeatures(200)
    _columns(table, layers)
    chart = _item(layout, "chart", QgsLayoutItemPicture)
    from qgis.core import QgsLayoutObject, QgsProperty

    chart.setMode(QgsLayoutItemPicture.Format.FormatSVG)
    chart.dataDefinedProperties().setProperty(
        QgsLayoutObject.DataDefinedProperty.PictureSource, QgsProperty.fromExpression('"p_chart"')
    )
    kicker = QCoreApplication.translate("Profiles", "Area profile")
    if texts.title:
        kicker = f"{texts.title} · {kicker}"
    for item_id, text in (
        ("kicker", kicker),
        ("date", texts.date),
        ("source", texts.source),
        ("note", texts.note),
    ):
        label = layout.itemById(item_id)
        if isinstance(label, QgsLayoutItemLabel):
            label.setText(text)
            label.setVisibility(bool(text))
    for item_id, text in (
        ("heading_table", QCoreApplication.translate("Profiles", "Indicators compared with the city")),
        ("heading_chart", QCoreApplication.translate("Profiles", "Area and city per indicator")),
        ("heading_overview", QCoreApplication.translate("Profiles", "Location in the city")),
    ):
        label = layout.itemById(item_id)
        if isinstance(label, QgsLayoutItemLabel):
            label.setText(text)


def _set_page_extents(coverage: QgsVectorLayer, map_item: QgsLayoutItemMap) -> None:
    """Write each page's detail extent into the coverage layer: the area with a margin, in the shape of
    ``map_item``, at the smallest round scale (1:10 000, 1:12 500, ...) that holds it."""
    rect = map_item.rect()
    width_mm, height_mm = rect.width(), rect.height()
    if width_mm <= 0 or height_mm <= 0:
        return
    fields = coverage.fields()
    changes = {}
    for feature in coverage.getFeatures():
        box = feature.geometry().boundingBox()
        if box.isEmpty():
            continue
        box.scale(1 + 2 * DETAIL_MARGIN)
        fitted = _fit_aspect(box, width_mm / height_mm)
        scale = round_scale(fitted.width() / (width_mm / 1000.0))
        half_w = scale * width_mm / 1000.0 / 2
        half_h = scale * height_mm / 1000.0 / 2
        centre = fitted.center()
        values = (centre.x() - half_w, centre.y() - half_h, centre.x() + half_w, centre.y() + half_h)
        changes[feature.id()] = {
            fields.indexFromName(name): f"{value:.3f}"
            for name, value in zip(("p_xmin", "p_ymin", "p_xmax", "p_ymax"), values)
        }
    coverage.dataProvider().changeAttributeValues(changes)


def _table(layout: QgsPrintLayout):
    from qgis.core import QgsLayoutItemAttributeTable

    for multi in layout.multiFrames():
        if isinstance(multi, QgsLayoutItemAttributeTable):
            return multi
    raise ExportError(
        QCoreApplication.translate(
            "MapExport", "The layout '{layout}' has no item '{item}'; reset it to the template."
        ).format(layout=layout.name(), item="indicator table")
    )


# -- export ----------------------------------------------------------------------------------------


def export_profiles(
    layout: QgsPrintLayout,
    path: str | Path,
    separate: bool = False,
    overwrite: bool = False,
    feedback: QgsFeedback | None = None,
    dpi: int = DEFAULT_DPI,
) -> list[Path]:
    """Export every Atlas page of ``layout``: one multi-page PDF at ``path``, or with ``separate`` one
    PDF per area named ``<stem>_<key>_<name>.pdf`` beside ``path``. Returns the files written.

    All or nothing: the pages go to a temporary folder beside the target and are moved into place only
    when all were written; a failure or a cancelled ``feedback`` (progress per page) leaves nothing new
    and existing files as they were. Existing targets are replaced only with ``overwrite``. Raises
    :class:`ExportError` naming the file and the reason.
    """
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    check_folder(path.parent)
    atlas = layout.atlas()
    count = atlas.coverageLayer().featureCount() if atlas.coverageLayer() is not None else 0
    if not count:
        raise ExportError(
            QCoreApplication.translate("Profiles", "{path}: there is no area to make a profile of.").format(
                path=path
            )
        )
    targets = _targets(atlas, path, separate)
    refuse_existing(targets, overwrite)
    _raise_if_cancelled(feedback, path)
    settings = pdf_settings(dpi, georeference=False)
    try:
        if separate:
            _export_separate(atlas, path, targets, settings, feedback)
        else:
            with replacing(path, create=False) as temporary:
                result, _error = QgsLayoutExporter.exportToPdf(atlas, str(temporary), settings, feedback)
                _check_written(result, [temporary], path, feedback)
    except OSError as error:
        raise write_error(path, error) from None
    if feedback is not None:
        feedback.setProgress(100)
    return targets


def _check_written(result, files: list[Path], path: Path, feedback: QgsFeedback | None) -> None:
    """Raise :class:`ExportError` unless QGIS reported success and every file is complete."""
    _raise_if_cancelled(feedback, path)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise ExportError(_export_failure_message(path, result))
    if any(not file.exists() or not _is_complete(file, "pdf") for file in files):
        raise ExportError(_export_failure_message(path, QgsLayoutExporter.ExportResult.FileError))


def _export_separate(atlas, path: Path, targets: list[Path], settings, feedback: QgsFeedback | None) -> None:
    """One PDF per page into a private folder beside ``path``; moved into place (each with the atomic
    write helper) only when every page was written."""
    work = temporary_name(path.with_suffix(""))
    try:
        work.mkdir()
    except OSError:
        raise ExportError(_unwritable_message(path.parent)) from None
    try:
        stem = path.stem.replace("'", "''")
        atlas.setFilenameExpression(f"'{stem}_' || \"p_file\"")
        result, _error = QgsLayoutExporter.exportToPdfs(atlas, str(work / path.name), settings, feedback)
        written = [work / target.name for target in targets]
        _check_written(result, written, path, feedback)
        for file, target in zip(written, targets):
            with replacing(target, create=False) as temporary:
                os.replace(file, temporary)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _targets(atlas, path: Path, separate: bool) -> list[Path]:
    if not separate:
        return [path]
    layer = atlas.coverageLayer()
    return [path.with_name(f"{path.stem}_{feature['p_file']}.pdf") for feature in layer.getFeatures()]


def prepare_profiles(
    project: QgsProject,
    workspace,
    source: ProfileSource,
    language: str,
    level: str | None = None,
    selection: str = "scenario",
    selected: list[str] | None = None,
    reset: bool = False,
) -> QgsPrintLayout:
    """The profile layout of ``project``, its Atlas holding one page per chosen area under the scenario
    ``workspace`` shows (see :func:`build_profiles` for ``level``, ``selection``, ``selected``).

    The layout is used as the cartographer left it; made from the template when missing or on ``reset``
    (:func:`.map_export.layout_in_project`). Only its items' references to the fresh data change.

    Raises :class:`ProfileError` (nothing to show, values missing) or :class:`ExportError` (layout).
    """
    profiles = build_profiles(workspace.status_layers, source, level, selection, selected)
    texts = workspace.texts
    if source.source:
        texts = MapTexts(texts.title, texts.subtitle, texts.date, source.source, texts.note)
    layers = profile_layers(workspace.status_layers, profiles, source, language, project.transformContext())
    with layout_in_project(project, PROFILE_LAYOUT_NAME, "profile", reset) as (layout, new):
        _fill_profile(layout, layers, texts, new)
    return layout
