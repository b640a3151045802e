"""Processing algorithm ``aktionsraeume:exportmap``: the press-release map of the current project.

Works on the project's Aktionsräume set-up (``load_workspace``): the map layout as the cartographer
left it in the layout manager (made from the template when missing), or any print layout named in
LAYOUT. A SCENARIO file is shown for this export only; the project's statuses are restored afterwards.
Layouts are not thread-safe, so the algorithm runs on the main thread.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterLayout,
    QgsProcessingParameterNumber,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.scenario import ScenarioError, read_scenario
from ..services.fonts import layout_fonts, missing_fonts, missing_fonts_message
from ..services.layers import LayerError
from ..services.map_export import (
    DEFAULT_DPI,
    FORMATS,
    VARIANTS,
    ExportError,
    export_layout,
    find_layout,
    prepare_layout,
    refresh_legend,
    scenario_applied,
)
from ..services.project_state import ScenarioRefusedError
from ..services.workspace import WorkspaceError, load_workspace


def _no_threading_flag():
    """'Run on the main thread' in the enum of this QGIS release (3.22 and 3.40 differ)."""
    from qgis.core import Qgis

    if hasattr(Qgis, "ProcessingAlgorithmFlag"):
        return Qgis.ProcessingAlgorithmFlag.NoThreading
    return QgsProcessingAlgorithm.Flag.FlagNoThreading


class ExportMapAlgorithm(QgsProcessingAlgorithm):
    """Export the map of Aktionsräume and Aktionsquartiere (or another print layout) to PDF, PNG or SVG."""

    LAYOUT = "LAYOUT"
    VARIANT = "VARIANT"
    RESET_LAYOUT = "RESET_LAYOUT"
    SCENARIO = "SCENARIO"
    FORMAT = "FORMAT"
    DPI = "DPI"
    STRICT_FONTS = "STRICT_FONTS"
    OUTPUT = "OUTPUT"

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ExportMapAlgorithm", text)

    def createInstance(self) -> ExportMapAlgorithm:
        return ExportMapAlgorithm()

    def name(self) -> str:
        return "exportmap"

    def displayName(self) -> str:
        return self.tr("Export the map")

    def group(self) -> str:
        return self.tr("Map")

    def groupId(self) -> str:
        return "map"

    def flags(self):
        return super().flags() | _no_threading_flag()

    def shortHelpString(self) -> str:
        return self.tr(
            "Exports the map of Aktionsräume and Aktionsquartiere of the current project as PDF (vector, fonts embedded), PNG or SVG.\n\nWithout a layout, the project's map layout is used as it was adjusted in the layout designer; it is made from the template (A4 landscape, A4 portrait, or the comparison of the current list with the scenario) when it is missing or when 'Reset the layout' is ticked. A scenario file is shown for this export only; the project keeps its own. The file is written completely or not at all."
        )

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
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.RESET_LAYOUT, self.tr("Reset the layout to the template"), defaultValue=False
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.SCENARIO,
                self.tr("Scenario file (empty: the scenario of the project)"),
                extension="json",
                optional=True,
            )
        )
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
            minValue=30,
            maxValue=1200,
        )
        self.addParameter(dpi)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.STRICT_FONTS,
                self.tr("Stop when the layout names a font that is not installed"),
                defaultValue=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Map file"), fileFilter="PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"
            )
        )
        self.addOutput(QgsProcessingOutputFile(self.OUTPUT, self.tr("Map file")))

    def processAlgorithm(self, parameters, context, feedback):
        project = context.project() or QgsProject.instance()
        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(f".{fmt}"):
            output = f"{output}.{fmt}"
        layout_name = self.parameterAsString(parameters, self.LAYOUT, context)
        variant = VARIANTS[self.parameterAsEnum(parameters, self.VARIANT, context)]
        reset = self.parameterAsBoolean(parameters, self.RESET_LAYOUT, context)
        scenario_path = self.parameterAsFile(parameters, self.SCENARIO, context)
        try:
            scenario = read_scenario(scenario_path) if scenario_path else None
            if layout_name and scenario is None:
                # Any print layout of the project, exported as it is.
                layout = find_layout(project, layout_name)
                if layout is None:
                    raise QgsProcessingException(
                        self.tr("The project has no print layout called '{name}'.").format(name=layout_name)
                    )
                feedback.pushInfo(self.tr("Exporting the layout '{name}'.").format(name=layout_name))
                refresh_legend(layout)
                self._check_fonts(layout, parameters, context, feedback)
                export_layout(layout, output, fmt, dpi, overwrite=True, feedback=feedback)
                return {self.OUTPUT: output}
            workspace = self._workspace(project, scenario, feedback)
            feedback.setProgress(10)
            with scenario_applied(workspace.status_layers, scenario):
                if layout_name:
                    layout = find_layout(project, layout_name)
                    if layout is None:
                        raise QgsProcessingException(
                            self.tr("The project has no print layout called '{name}'.").format(
                                name=layout_name
                            )
                        )
                else:
                    layout = prepare_layout(project, workspace.status_layers, workspace.texts, variant, reset)
                feedback.pushInfo(self.tr("Exporting the layout '{name}'.").format(name=layout.name()))
                feedback.setProgress(30)
                self._check_fonts(layout, parameters, context, feedback)
                if feedback.isCanceled():
                    return {}
                export_layout(layout, output, fmt, dpi, overwrite=True, feedback=feedback)
        except (ScenarioError, ScenarioRefusedError, WorkspaceError, ExportError, LayerError) as error:
            raise QgsProcessingException(str(error)) from None
        feedback.pushInfo(self.tr("Written: {path}").format(path=output))
        return {self.OUTPUT: output}

    def _check_fonts(self, layout, parameters, context, feedback) -> None:
        """Warn about fonts the layout names that are not installed; stop with STRICT_FONTS."""
        message = missing_fonts_message(missing_fonts(layout_fonts(layout)))
        if message and self.parameterAsBoolean(parameters, self.STRICT_FONTS, context):
            raise QgsProcessingException(message)
        if message:
            feedback.reportError(message, False)

    def _workspace(self, project, scenario, feedback):
        try:
            return load_workspace(project)
        except ScenarioRefusedError as error:
            if scenario is None:
                raise
            # The stored scenario is unusable but a file was given: show that one.
            feedback.reportError(str(error))
            return load_workspace(project, scenario)
