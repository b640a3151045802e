"""Processing algorithm ``aktionsraeume:exportprofiles``: the area profiles of the current project.

One A4 page per area through the project's profile layout (made from the template when missing, used as
the cartographer left it otherwise): the Aktionsräume and Aktionsquartiere of the scenario, or every area
of a level. A SCENARIO file is shown for this export only. Layouts are not thread-safe, so the algorithm
runs on the main thread.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProject,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..services.i18n import qgis_language
from ..services.map_export import scenario_applied
from ..services.map_service import workspace_for_export
from ..services.profile_export import export_profiles, prepare_profiles, project_source
from .algorithm import AktionsraeumeAlgorithm

#: LEVEL options: both levels of the scenario's list, Sozialräume, Quartiere.
LEVELS = (None, "spaces", "quarters")
#: SELECTION options.
SELECTIONS = ("scenario", "all")


class ExportProfilesAlgorithm(AktionsraeumeAlgorithm):
    """Export the area profiles (Gebietsprofile) of the project as PDF."""

    NAME = "exportprofiles"
    GROUP_ID = "map"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ExportProfilesAlgorithm", "Export the area profiles")
    MAIN_THREAD = True
    HELP = QT_TRANSLATE_NOOP(
        "ExportProfilesAlgorithm",
        "Exports one A4 page per area (Gebietsprofil) as PDF: name, type and Stadtbezirk, the status under the scenario and why it changes, an overview and a detail map, every catalogue indicator against the city with a bar chart, source line.\n\nThe pages come from the project's profile layout (Project ▸ Layout Manager), made from the template when missing and used as adjusted in the layout designer otherwise. The file is written completely or not at all.",
    )

    LEVEL = "LEVEL"
    SELECTION = "SELECTION"
    SEPARATE_FILES = "SEPARATE_FILES"

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LEVEL,
                self.tr("Areas"),
                options=[
                    self.tr("Sozialräume and Quartiere"),
                    self.tr("Sozialräume"),
                    self.tr("Quartiere"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.SELECTION,
                self.tr("Which areas"),
                options=[
                    self.tr("The Aktionsräume and Aktionsquartiere of the scenario"),
                    self.tr("All areas of the level"),
                ],
                defaultValue=0,
            )
        )
        self.add_scenario_parameter()
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.SEPARATE_FILES, self.tr("One PDF per area"), defaultValue=False
            )
        )
        self.add_reset_layout_parameter()
        self.add_strict_fonts_parameter()
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Profile PDF"), fileFilter="PDF (*.pdf)"
            )
        )
        self.addOutput(QgsProcessingOutputFile(self.OUTPUT, self.tr("Profile PDF")))

    def processAlgorithm(self, parameters, context, feedback):
        project = context.project() or QgsProject.instance()
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(".pdf"):
            output = f"{output}.pdf"
        level = LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        selection = SELECTIONS[self.parameterAsEnum(parameters, self.SELECTION, context)]
        if selection == "all" and level is None:
            level = "spaces"
        separate = self.parameterAsBoolean(parameters, self.SEPARATE_FILES, context)
        reset = self.parameterAsBoolean(parameters, self.RESET_LAYOUT, context)
        with self.export_errors():
            scenario = self.scenario_parameter(parameters, context)
            workspace = workspace_for_export(project, scenario, feedback.reportError)
            source = project_source(project, workspace)
            with scenario_applied(workspace.status_layers, scenario):
                layout = prepare_profiles(
                    project, workspace, source, qgis_language(), level, selection, reset=reset
                )
                self.check_fonts(layout, parameters, context, feedback)
                pages = layout.atlas().coverageLayer().featureCount()
                feedback.pushInfo(self.tr("Exporting {count} pages.").format(count=pages))
                written = export_profiles(layout, output, separate, overwrite=True, feedback=feedback)
        for path in written:
            feedback.pushInfo(self.tr("Written: {path}").format(path=path))
        return {self.OUTPUT: str(written[0]) if len(written) == 1 else output}
