"""The one way every front end exports the map: the panel, the Processing algorithm and the command line.

Each front end gathers a :class:`MapRequest` and calls :func:`export_map`; every decision lives here:
which layout (the project's map as the cartographer left it, made from the template when missing or on
reset, the comparison, or any print layout named), refusing an orientation the project's map layout
does not have, showing a scenario for this export only, the resolution per format, and replacing files.
:func:`workspace_for_export` is the one fallback for a project whose stored scenario is refused while a
scenario file names one to show instead.

Layouts are not thread-safe: call these on the main thread.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from qgis.core import QgsFeedback, QgsPrintLayout, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from ..core.catalogue import CatalogueError
from ..core.profiles import ProfileError
from ..core.scenario import Scenario, ScenarioError
from .layers import LayerError
from .map_export import (
    DEFAULT_DPI,
    FORMATS,
    ExportError,
    export_formats,
    find_layout,
    prepare_layout,
    refresh_legend,
    scenario_applied,
)
from .messages import error_text
from .project_state import ScenarioRefusedError
from .workspace import Workspace, WorkspaceError, load_workspace

#: The errors of bad input an export (map or profiles) reports as its one message, never as a
#: traceback: every front end (command line, Processing) catches these.
EXPORT_ERRORS = (
    CatalogueError,
    ProfileError,
    ScenarioError,
    ScenarioRefusedError,
    WorkspaceError,
    LayerError,
    ExportError,
)

#: The resolutions a user may ask for (dpi), in every front end.
MIN_DPI = 30
MAX_DPI = 1200


@dataclass
class MapRequest:
    """What a front end asks for.

    ``variant``: ``landscape``/``portrait`` (the map; None: as the project's map layout is, landscape when
    it is made) or ``comparison``; ``reset`` rebuilds that layout from its template. ``layout_name`` names
    any print layout of the project instead (exported as it is). ``formats`` default to the suffix of
    ``out``; ``dpi`` None means :data:`DEFAULT_DPI` of each format. ``scenario`` is shown for this export
    only (None: the workspace's own).
    """

    out: Path
    formats: list[str] = field(default_factory=list)
    dpi: int | None = None
    variant: str | None = None
    reset: bool = False
    scenario: Scenario | None = None
    layout_name: str = ""
    overwrite: bool = False


def default_dpi(fmt: str) -> int:
    """The resolution (dpi) an export of format ``fmt`` (pdf, png, svg) uses unless asked otherwise."""
    return DEFAULT_DPI[fmt]


def request_formats(request: MapRequest) -> list[str]:
    """The formats of ``request``: the ones asked for, else the suffix of ``out``, without repeats.

    Raises :class:`ExportError` naming the file when the format cannot be told.
    """
    formats = list(
        dict.fromkeys(f.lower() for f in (request.formats or [Path(request.out).suffix.lstrip(".")]))
    )
    if not formats or any(f not in FORMATS for f in formats):
        raise ExportError(
            QCoreApplication.translate(
                "MapExport", "{path}: unknown export format '{fmt}' (pdf, png or svg)."
            ).format(path=request.out, fmt=", ".join(f for f in formats if f not in FORMATS))
        )
    return formats


def check_dpi(dpi: int | None) -> None:
    """Raise :class:`ExportError` unless ``dpi`` is None or lies in [:data:`MIN_DPI`, :data:`MAX_DPI`]."""
    if dpi is not None and not MIN_DPI <= dpi <= MAX_DPI:
        raise ExportError(
            QCoreApplication.translate(
                "MapExport", "The resolution must lie between {low} and {high} dpi."
            ).format(low=MIN_DPI, high=MAX_DPI)
        )


#: What a map can show: the list under the scenario (``map``, in either orientation), the current list
#: and the scenario side by side (``comparison``), the development between two years (``development``).
MAP_KINDS = ("map", "comparison", "development")


def supported_variants(workspace: Workspace, scenario: Scenario | None = None) -> tuple[str, ...]:
    """The map kinds of :data:`MAP_KINDS` that ``workspace`` can show (with ``scenario`` for this
    export, if given). The one rule every front end asks: the comparison needs a current list
    (a set-up whose areas are derived from the data has none, unless a scenario file brings one);
    the development map needs a set-up showing two years."""
    kinds = ["map"]
    if workspace.has_list or scenario is not None:
        kinds.append("comparison")
    if workspace.development:
        kinds.append("development")
    return tuple(kinds)


def check_variant(workspace: Workspace, variant: str | None, scenario: Scenario | None = None) -> None:
    """Raise :class:`ExportError` saying why when ``workspace`` cannot show ``variant`` (a kind of
    :data:`MAP_KINDS`, or ``landscape``/``portrait``/None for the map) — see :func:`supported_variants`."""
    kind = "map" if variant in (None, "landscape", "portrait") else variant
    if kind in supported_variants(workspace, scenario):
        return
    if kind == "comparison":
        raise ExportError(
            QCoreApplication.translate(
                "MapExport",
                "There is no current list of Aktionsräume to compare with: the areas of this set-up are "
                "derived from the data. Export the map instead, or give a scenario file with a list.",
            )
        )
    if kind == "development":
        raise ExportError(
            QCoreApplication.translate(
                "MapExport",
                "The development map needs indicator tables of two years; of the samples, only "
                "'Dortmund Statistikatlas' has them.",
            )
        )
    raise ExportError(
        QCoreApplication.translate(
            "MapExport", "Unknown map variant '{value}' (landscape, portrait or comparison)."
        ).format(value=variant)
    )


def workspace_for_export(
    project: QgsProject,
    scenario: Scenario | None = None,
    report: Callable[[str], None] | None = None,
    require_scenario: bool = True,
) -> Workspace:
    """The project's set-up for an export of ``scenario`` (None: the stored one).

    A scenario given is used: where the project holds none (set up, nothing proposed yet) or a stored
    one the project refuses (then ``report``, if any, receives the refusal as a message). An export
    that needs no list passes ``require_scenario`` False and gets an empty scenario where there is none
    (see :func:`.workspace.load_workspace`). Raises ``WorkspaceError`` or :class:`ScenarioRefusedError`
    otherwise.
    """
    try:
        return load_workspace(project, require_scenario=require_scenario and scenario is None)
    except ScenarioRefusedError as error:
        if scenario is None:
            raise
        if report is not None:
            report(error_text(error))
        return load_workspace(project, scenario)


def map_layout(project: QgsProject, workspace: Workspace | None, request: MapRequest) -> QgsPrintLayout:
    """The layout ``request`` asks for (see :class:`MapRequest`); the workspace's status layers must
    already show the scenario to export. Raises :class:`ExportError` for a missing named layout, an
    unknown variant, a variant the workspace cannot show (:func:`check_variant`), or an orientation the
    project's map layout does not have (unless reset)."""
    if request.layout_name:
        layout = find_layout(project, request.layout_name)
        if layout is None:
            raise ExportError(
                QCoreApplication.translate(
                    "MapExport", "The project has no print layout called '{name}'."
                ).format(name=request.layout_name)
            )
        refresh_legend(layout)
        return layout
    if workspace is None:
        raise ExportError(
            QCoreApplication.translate("MapExport", "There is no Aktionsräume set-up to make the map from.")
        )
    check_variant(workspace, request.variant, request.scenario)
    return prepare_layout(project, workspace.status_layers, workspace.texts, request.variant, request.reset)


def export_map(
    project: QgsProject,
    workspace: Workspace | None,
    request: MapRequest,
    feedback: QgsFeedback | None = None,
    on_layout: Callable[[QgsPrintLayout], None] | None = None,
) -> list[Path]:
    """Export the map ``request`` asks for; returns the files written (one per format).

    ``workspace`` may be None only for a named layout without a scenario. The scenario is shown for
    this export only; the project's statuses are restored afterwards. Every target is checked before the
    first is written; a file is complete or absent. ``on_layout`` is told the layout before the export
    (for a log line). Raises :class:`ExportError` with the reason.
    """
    formats = request_formats(request)
    check_dpi(request.dpi)
    shown = (
        nullcontext() if workspace is None else scenario_applied(workspace.status_layers, request.scenario)
    )
    with shown:
        layout = map_layout(project, workspace, request)
        if on_layout is not None:
            on_layout(layout)
        return export_formats(layout, request.out, formats, request.dpi, request.overwrite, feedback)
