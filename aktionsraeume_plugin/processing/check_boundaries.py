"""Processing algorithm ``aktionsraeume:checkboundaries``: validity, tiling, nesting and keys of area levels.

Thin: reads the parameters, lets ``services.boundary_service`` read the layers and run the core checks,
writes the findings to the two sinks and styles them when they are loaded.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.boundaries import BoundaryOptions
from ..services.boundary_service import (
    BoundaryCheckError,
    LevelSource,
    compute,
    features_for_sink,
    findings_frames,
    output_fields,
    prepare_job,
    style_findings_layer,
    summary_text,
    translated_message,
)
from ..services.messages import error_text
from .algorithm import AktionsraeumeAlgorithm

TABLE_LEVELS = ("spaces", "quarters")
MAX_LOGGED = 200  # findings written to the log one by one; the layers hold all


class _StyleFindings(QgsProcessingLayerPostProcessorInterface):
    """Applies the findings style to an output layer once QGIS has loaded it."""

    def postProcessLayer(self, layer, context, feedback) -> None:
        style_findings_layer(layer)


class CheckBoundariesAlgorithm(AktionsraeumeAlgorithm):
    """Check social spaces (and optionally quarters and districts) for geometry, tiling, nesting and key problems."""

    NAME = "checkboundaries"
    GROUP_ID = "boundaries"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("CheckBoundariesAlgorithm", "Check boundaries")
    HELP = QT_TRANSLATE_NOOP(
        "CheckBoundariesAlgorithm",
        "Checks the area levels before a report is published and writes every problem as a located, "
        "explained feature.\n\n"
        "Geometry: invalid polygons (with reason and location), missing or empty geometries, parts far "
        "from the main part, slivers. Tiling of each level: overlaps and gaps. Nesting: every quarter "
        "inside exactly one social space (and every space inside one district), the parent key agreeing "
        "with the geometry, the children covering their parent. Keys: missing or duplicated, and keys "
        "of an optional table without polygon and the reverse.\n\n"
        "A hole inside one polygon that no other area fills is reported as a hole, not as a gap between "
        "areas; an enclave that fills a hole is accepted.\n\n"
        "Areas, lengths and tolerances are true ground values: all levels are checked in the CRS of the "
        "social spaces if it measures true ground areas there, else (geographic CRS in degrees, Web "
        "Mercator and other distorting projections) in the UTM zone of the area; the log says which. "
        "Geometry that GEOS cannot overlay is retried with snap rounding and otherwise reported.\n\n"
        "Outputs: Boundary findings (OUTPUT), a point at every finding, and the optional Boundary "
        "finding areas (OUTPUT_AREAS), the polygons of overlaps, gaps, holes and similar findings; both "
        "with type, severity, keys, area in m² and message. FINDINGS is the number of findings. Input "
        "layers are not changed. Invalid polygons can be repaired with QGIS's Fix geometries "
        "(native:fixgeometries).",
    )

    SPACES = "SPACES"
    SPACES_KEY = "SPACES_KEY"
    SPACES_PARENT = "SPACES_PARENT"
    QUARTERS = "QUARTERS"
    QUARTERS_KEY = "QUARTERS_KEY"
    QUARTERS_PARENT = "QUARTERS_PARENT"
    DISTRICTS = "DISTRICTS"
    DISTRICTS_KEY = "DISTRICTS_KEY"
    KEY_TABLE = "KEY_TABLE"
    KEY_TABLE_FIELD = "KEY_TABLE_FIELD"
    KEY_TABLE_LEVEL = "KEY_TABLE_LEVEL"
    TOLERANCE = "TOLERANCE"
    NESTING_SHARE = "NESTING_SHARE"
    SLIVER_AREA = "SLIVER_AREA"
    FAR_DISTANCE = "FAR_DISTANCE"
    OUTPUT = "OUTPUT"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    FINDINGS = "FINDINGS"
    KEY_FIELDS = (
        (SPACES, SPACES_KEY),
        (QUARTERS, QUARTERS_KEY),
        (DISTRICTS, DISTRICTS_KEY),
        (KEY_TABLE, KEY_TABLE_FIELD),
    )

    def __init__(self) -> None:
        super().__init__()
        self._post_processors: list[_StyleFindings] = []  # QGIS keeps no Python reference to them

    def initAlgorithm(self, config=None) -> None:
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterVectorLayer(self.SPACES, self.tr("Social spaces"), polygons))
        self.addParameter(
            QgsProcessingParameterField(self.SPACES_KEY, self.tr("Social space key"), None, self.SPACES)
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.SPACES_PARENT,
                self.tr("District key of the social spaces"),
                None,
                self.SPACES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(self.QUARTERS, self.tr("Quarters"), polygons, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.QUARTERS_KEY, self.tr("Quarter key"), None, self.QUARTERS, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.QUARTERS_PARENT,
                self.tr("Social space key of the quarters"),
                None,
                self.QUARTERS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(self.DISTRICTS, self.tr("Districts"), polygons, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DISTRICTS_KEY, self.tr("District key"), None, self.DISTRICTS, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TOLERANCE,
                self.tr("Area tolerance (m²): smaller overlaps, gaps and uncovered parts are ignored"),
                QgsProcessingParameterNumber.Type.Double,
                1.0,
                minValue=0.0,
            )
        )
        advanced = [
            QgsProcessingParameterNumber(
                self.NESTING_SHARE,
                self.tr("Share of a quarter's area that must lie in one social space (%)"),
                QgsProcessingParameterNumber.Type.Double,
                99.9,
                minValue=0.0,
                maxValue=100.0,
            ),
            QgsProcessingParameterNumber(
                self.SLIVER_AREA,
                self.tr("Sliver area (m²): smaller polygons or parts are reported"),
                QgsProcessingParameterNumber.Type.Double,
                100.0,
                minValue=0.0,
            ),
            QgsProcessingParameterNumber(
                self.FAR_DISTANCE,
                self.tr("Distance (m) beyond which a part is far from its main part"),
                QgsProcessingParameterNumber.Type.Double,
                1000.0,
                minValue=0.0,
            ),
            QgsProcessingParameterVectorLayer(
                self.KEY_TABLE,
                self.tr("Table whose keys must match the polygons"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            ),
            QgsProcessingParameterField(
                self.KEY_TABLE_FIELD, self.tr("Key field of the table"), None, self.KEY_TABLE, optional=True
            ),
            QgsProcessingParameterEnum(
                self.KEY_TABLE_LEVEL,
                self.tr("Level of the table's keys"),
                [self.tr("Social spaces"), self.tr("Quarters")],
                defaultValue=0,
            ),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Boundary findings"), QgsProcessing.SourceType.TypeVectorPoint
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_AREAS,
                self.tr("Boundary finding areas"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.FINDINGS, self.tr("Number of findings")))

    def _level(self, parameters, context, layer_name, key_name, parent_name=None) -> LevelSource | None:
        layer = self.parameterAsVectorLayer(parameters, layer_name, context)
        if layer is None:
            return None
        key = self.parameterAsString(parameters, key_name, context)  # given: checkParameterValues
        parent = self.parameterAsString(parameters, parent_name, context) if parent_name else ""
        return LevelSource(layer, key, parent or None)

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        spaces = self._level(parameters, context, self.SPACES, self.SPACES_KEY, self.SPACES_PARENT)
        if spaces is None:
            raise QgsProcessingException(self.tr("The social spaces layer could not be opened."))
        quarters = self._level(parameters, context, self.QUARTERS, self.QUARTERS_KEY, self.QUARTERS_PARENT)
        districts = self._level(parameters, context, self.DISTRICTS, self.DISTRICTS_KEY)
        tables = []
        table = self.parameterAsVectorLayer(parameters, self.KEY_TABLE, context)
        if table is not None:
            table_field = self.parameterAsString(parameters, self.KEY_TABLE_FIELD, context)
            level = TABLE_LEVELS[self.parameterAsEnum(parameters, self.KEY_TABLE_LEVEL, context)]
            if level == "quarters" and quarters is None:
                raise QgsProcessingException(
                    self.tr("The table's keys are quarter keys, but no quarters are given.")
                )
            tables.append((table, table_field, level))
        options = BoundaryOptions(
            area_tolerance=self.parameterAsDouble(parameters, self.TOLERANCE, context),
            nesting_share=self.parameterAsDouble(parameters, self.NESTING_SHARE, context) / 100.0,
            sliver_area=self.parameterAsDouble(parameters, self.SLIVER_AREA, context),
            far_part_distance=self.parameterAsDouble(parameters, self.FAR_DISTANCE, context),
        )
        feedback.pushInfo(self.tr("Reading the layers…"))
        try:
            job = prepare_job(spaces, quarters, districts, options, tables, context.transformContext())
        except BoundaryCheckError as error:
            raise QgsProcessingException(error_text(error)) from error
        feedback.setProgress(10)
        report = compute(
            job,
            progress=lambda percent: feedback.setProgress(10 + 0.8 * percent),
            is_cancelled=feedback.isCanceled,
        )
        if feedback.isCanceled():
            feedback.reportError(self.tr("Cancelled: the findings are incomplete."))
        working = QgsCoordinateReferenceSystem.fromWkt(job.crs_wkt)
        points, areas = findings_frames(report)
        fields = output_fields()
        results = {self.FINDINGS: len(report.findings)}
        for name, frame, wkb_type in (
            (self.OUTPUT, points, QgsWkbTypes.Type.MultiPoint),
            (self.OUTPUT_AREAS, areas, QgsWkbTypes.Type.MultiPolygon),
        ):
            sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type, working)
            if sink is None:
                if name == self.OUTPUT_AREAS:  # optional: not wanted
                    continue
                raise QgsProcessingException(self.invalidSinkError(parameters, name))
            for feature in features_for_sink(frame, fields):
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            results[name] = dest_id
            if context.willLoadLayerOnCompletion(dest_id):
                post_processor = _StyleFindings()
                self._post_processors.append(post_processor)
                context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(post_processor)
        for finding in report.findings[:MAX_LOGGED]:
            if finding.severity == "error":
                feedback.reportError(translated_message(finding))
            else:
                feedback.pushInfo(translated_message(finding))
        if len(report.findings) > MAX_LOGGED:
            feedback.pushInfo(
                self.tr("… and {count} more (see the output layers).").format(
                    count=len(report.findings) - MAX_LOGGED
                )
            )
        feedback.pushInfo(summary_text(report))
        feedback.setProgress(100)
        return results
