"""Processing algorithm ``aktionsraeume:repairboundaries``: QGIS's Fix geometries with a per-feature report.

Thin: ``services.boundary_service.repair_geometries`` runs ``native:fixgeometries`` as a child algorithm
into OUTPUT and compares each feature's ground area before and after; the report goes to the log.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterField,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..services.boundary_service import BoundaryCheckError, repair_geometries, repair_summary
from ..services.messages import error_text
from .algorithm import AktionsraeumeAlgorithm


class RepairBoundariesAlgorithm(AktionsraeumeAlgorithm):
    """Repair invalid area polygons with QGIS's Fix geometries and report the area change per feature."""

    NAME = "repairboundaries"
    GROUP_ID = "boundaries"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("RepairBoundariesAlgorithm", "Repair boundaries")
    HELP = QT_TRANSLATE_NOOP(
        "RepairBoundariesAlgorithm",
        "Repairs the polygons of an area layer with QGIS's own Fix geometries (native:fixgeometries) "
        "into a new layer and reports, feature by feature, what changed: the area before and after in "
        "true ground m² (measured like the boundary check). The input layer is not changed.\n\n"
        "Outputs: the repaired layer (OUTPUT), the number of changed features (CHANGED) and of polygons "
        "still invalid afterwards (INVALID_AFTER).",
    )

    INPUT = "INPUT"
    INPUT_KEY = "INPUT_KEY"
    OUTPUT = "OUTPUT"
    CHANGED = "CHANGED"
    INVALID_AFTER = "INVALID_AFTER"

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.INPUT, self.tr("Area layer"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(QgsProcessingParameterField(self.INPUT_KEY, self.tr("Key field"), None, self.INPUT))
        self.addParameter(
            QgsProcessingParameterVectorDestination(
                self.OUTPUT, self.tr("Repaired areas"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.CHANGED, self.tr("Changed features")))
        self.addOutput(QgsProcessingOutputNumber(self.INVALID_AFTER, self.tr("Invalid polygons afterwards")))

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        key = self.parameterAsString(parameters, self.INPUT_KEY, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        try:
            result = repair_geometries(layer, key, output, context, feedback)
        except BoundaryCheckError as error:
            raise QgsProcessingException(error_text(error)) from error
        feedback.pushInfo(repair_summary(result, limit=len(result.changes)))
        feedback.pushInfo(result.measurement)
        return {
            self.OUTPUT: output,
            self.CHANGED: len(result.changes),
            self.INVALID_AFTER: result.invalid_after,
        }
