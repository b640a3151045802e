"""Processing algorithm ``aktionsraeume:exportmap``: the press-release map of the current project.

Works on the project's Aktionsräume set-up (``load_workspace``): the map layout as the cartographer
left it in the layout manager (made from the template when missing), or any print layout named in
LAYOUT. A SCENARIO file is shown for this export only; the project's statuses are restored afterwards.
Layouts are not thread-safe, so the algorithm runs on the main thread.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterLayout,
    QgsProcessingParameterNumber,
    QgsProject,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..services.map_export import DEFAULT_DPI, FORMATS, VARIANTS
from ..services.map_service import MAX_DPI, MIN_DPI, MapRequest, export_map, workspace_for_export
from .algorithm import AktionsraeumeAlgorithm


class ExportMapAlgorithm(AktionsraeumeAlgorithm):
    """Export the map of Aktionsräume and Aktionsquartiere (or another print layout) to PDF, PNG or SVG."""

    NAME = "exportmap"
    GROUP_ID = "map"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ExportMapAlgorithm", "Export the map")
    MAIN_THREAD = True
    HELP = QT_TRANSLATE_NOOP(
        "ExportMapAlgorithm",
        "Exports the map of Aktionsräume and Aktionsquartiere of the current project as PDF (vector, fonts embedded), PNG or SVG.\n\nWithout a layout, the project's map layout is used as it was adjusted in the layout designer; it is made from the template (A4 landscape, A4 portrait, or the comparison of the current list with the scenario) when it is missing or when 'Reset the layout' is ticked. A scenario file is shown for this export only; the project keeps its own. The file is written completely or not at all.",
    )

    LAYOUT = "LAYOUT"
    VARIANT = "VARIANT"
    FORMAT = "FORMAT"
    DPI = "DPI"

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterLayout(
                self.LAYOUT,
                self.tr("Print layout (empty: the Aktionsräume map of the project)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.VARIANT,
                self.tr("Template, when the map layout is made"),
                options=[
                    self.tr("A4 landscape"),
                    self.tr("A4 portrait"),
                    self.tr("Comparison: current list and scenario side by side"),
                ],
                defaultValue=0,
            )
        )
        self.add_reset_layout_parameter()
        self.add_scenario_parameter()
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FORMAT, self.tr("Format"), options=["PDF", "PNG", "SVG"], defaultValue=0
            )
        )
        dpi = QgsProcessingParameterNumber(
            self.DPI,
            self.tr("Resolution (dpi; 300 for print, 150 for the web)"),
            type=QgsProcessingParameterNumber.Type.Integer,
            defaultValue=DEFAULT_DPI["png"],
            minValue=MIN_DPI,
            maxValue=MAX_DPI,
        )
        self.addParameter(dpi)
        self.add_strict_fonts_parameter()
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Map file"), fileFilter="PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"
            )
        )
        self.addOutput(QgsProcessingOutputFile(self.OUTPUT, self.tr("Map file")))

    def processAlgorithm(self, parameters, context, feedback):
        project = context.project() or QgsProject.instance()
        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(f".{fmt}"):
            output = f"{output}.{fmt}"
        request = MapRequest(
            out=Path(output),
            formats=[fmt],
            dpi=self.parameterAsInt(parameters, self.DPI, context),
            variant=VARIANTS[self.parameterAsEnum(parameters, self.VARIANT, context)],
            reset=self.parameterAsBoolean(parameters, self.RESET_LAYOUT, context),
            layout_name=self.parameterAsString(parameters, self.LAYOUT, context),
            overwrite=True,
        )

        def exporting(layout) -> None:
            feedback.pushInfo(self.tr("Exporting the layout '{name}'.").format(name=layout.name()))
            feedback.setProgress(30)
            self.check_fonts(layout, parameters, context, feedback)

        with self.export_errors():
            request.scenario = self.scenario_parameter(parameters, context)
            # Any print layout of the project is exported as it is, without the Aktionsräume set-up.
            workspace = None
            if not request.layout_name or request.scenario is not None:
                workspace = workspace_for_export(project, request.scenario, feedback.reportError)
            feedback.setProgress(10)
            export_map(project, workspace, request, feedback, exporting)
        feedback.pushInfo(self.tr("Written: {path}").format(path=output))
        return {self.OUTPUT: output}
