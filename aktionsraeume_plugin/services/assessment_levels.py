"""Assessing the panel's area levels (Sozialräume, Quartiere) and storing the results as layers.

Three steps, as for every long task (design.md §6): :func:`prepare_level` copies what a level needs
from its joined layer (main thread), :func:`compute_levels` assesses every prepared level (any thread,
no QGIS object), :func:`store_level` writes the result layer to the project's results GeoPackage and
replaces the level's previous one (main thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from qgis.core import QgsCoordinateReferenceSystem, QgsFields, QgsProject, QgsVectorLayer, QgsWkbTypes

from ..core.assessment import METHOD_AVERAGE, AssessmentResult
from ..core.catalogue import Catalogue, load_catalogue
from . import assessment_service
from .assessment_service import AssessmentJob, AssessmentOutcome
from .result_storage import (
    KIND_PROPERTY,
    LEVEL_PROPERTY,
    free_table_name,
    joined_tables,
    remove_from_project,
    result_layers_of_kind,
    set_joined_tables,
)

#: Custom layer properties of an assessed layer: the catalogue file and the method it was assessed
#: with, and the colouring last chosen for it; from them the panel rebuilds the assessment on reopening.
CATALOGUE_PROPERTY = "aktionsraeume/catalogue"
METHOD_PROPERTY = "aktionsraeume/method"
COLOURING_PROPERTY = "aktionsraeume/colouring"

#: GeoPackage table of each level's assessed layer (a free name is chosen when it is taken).
TABLE_NAMES = {"spaces": "sozialraeume_bewertung", "quarters": "quartiere_bewertung"}


class AssessmentCancelledError(Exception):
    """The assessment was cancelled before every level was assessed."""


@dataclass
class LevelPlan:
    """One level's job and what is needed to store its result (plain data: safe for a worker thread)."""

    job: AssessmentJob
    fields: QgsFields
    crs: QgsCoordinateReferenceSystem
    geometry: str
    name: str
    tables: list[dict]


def prepare_level(
    layer: QgsVectorLayer,
    key_field: str,
    catalogue: Catalogue,
    method: str,
    name: str,
    reference_table: str | Path | None = None,
) -> LevelPlan:
    """Copy a joined level layer for the assessment (main thread); the result layer will be ``name``.

    The city reference comes from the tables joined into the layer (recorded on it), else from
    ``reference_table`` (the table the panel joined last). Raises what
    :func:`~.assessment_service.prepare_job` raises (``CatalogueError``, ``LayerError``).
    """
    job = assessment_service.prepare_job(layer, catalogue, method, key_field)
    tables = joined_tables(layer)
    if not tables and reference_table is not None:
        tables = [{"path": str(reference_table)}]
    return LevelPlan(
        job=job,
        fields=layer.fields(),
        crs=layer.crs(),
        geometry=QgsWkbTypes.displayString(layer.wkbType()) or "MultiPolygon",
        name=name,
        tables=tables,
    )


def compute_levels(
    plans: dict[str, LevelPlan], catalogue: Catalogue, is_cancelled: Callable[[], bool] = lambda: False
) -> dict[str, AssessmentOutcome]:
    """Assess every planned level (any thread): city reference from its tables, then the assessment.

    Raises :class:`AssessmentCancelledError` once ``is_cancelled()`` is true between levels.
    """
    outcomes = {}
    for level, plan in plans.items():
        if is_cancelled():
            raise AssessmentCancelledError(level)
        plan.job.reference = assessment_service.reference_from_tables(plan.tables, catalogue)
        outcomes[level] = assessment_service.compute(plan.job)
    return outcomes


def store_level(
    project: QgsProject,
    level: str,
    plan: LevelPlan,
    outcome: AssessmentOutcome,
    gpkg_path: str | Path,
    previous: QgsVectorLayer | None = None,
    catalogue_path: str | Path = "",
) -> QgsVectorLayer:
    """Write a level's assessed layer to ``gpkg_path`` (a free table name) and mark it as the level's
    assessed layer, with the catalogue file, method and tables it was assessed with (see
    :func:`restore_level`); the ``previous`` one leaves the project. The caller adds the returned layer."""
    table = free_table_name(Path(gpkg_path), TABLE_NAMES[level])
    layer = assessment_service.apply(
        outcome, plan.fields, plan.crs, plan.name, plan.geometry, gpkg_path, table
    )
    layer.setCustomProperty(LEVEL_PROPERTY, level)
    layer.setCustomProperty(KIND_PROPERTY, "assessed")
    layer.setCustomProperty(CATALOGUE_PROPERTY, str(catalogue_path))
    layer.setCustomProperty(METHOD_PROPERTY, plan.job.method)
    set_joined_tables(layer, plan.tables)
    replace_result_layer(project, layer, previous)
    return layer


def replace_result_layer(project: QgsProject, layer: QgsVectorLayer, previous: QgsVectorLayer | None) -> None:
    """``layer`` takes over the colouring last chosen for ``previous`` (if any), which leaves ``project``."""
    if previous is not None and previous.customProperty(COLOURING_PROPERTY):
        layer.setCustomProperty(COLOURING_PROPERTY, previous.customProperty(COLOURING_PROPERTY))
    remove_from_project(project, previous)


def assessed_layers(project: QgsProject) -> dict[str, QgsVectorLayer]:
    """The assessed layer of each level in ``project`` (the topmost in the layer tree where there are
    several), by level ("spaces", "quarters")."""
    found: dict[str, QgsVectorLayer] = {}
    for layer in result_layers_of_kind(project, "assessed"):
        level = layer.customProperty(LEVEL_PROPERTY)
        if level in TABLE_NAMES and level not in found:
            found[level] = layer
    return found


def restore_level(layer: QgsVectorLayer, key_field: str) -> tuple[AssessmentResult, Catalogue, str]:
    """The assessment an assessed layer holds, computed again from its own columns with the catalogue,
    method and tables recorded on it (main thread; the layer is not changed). Returns the result, the
    catalogue and the catalogue's path. Raises ``CatalogueError``/``OSError`` for a catalogue that is
    gone or unreadable, ``LayerError`` when the layer lacks a column the catalogue names."""
    path = str(layer.customProperty(CATALOGUE_PROPERTY, "") or "")
    catalogue = load_catalogue(path)
    method = str(layer.customProperty(METHOD_PROPERTY, "") or METHOD_AVERAGE)
    plan = prepare_level(layer, key_field, catalogue, method, layer.name())
    return compute_levels({"level": plan}, catalogue)["level"].result, catalogue, path
