"""Processing algorithm ``aktionsraeume:assess``: assessment fields for a joined area layer.

The city reference comes, in this order, from REFERENCE_TABLE (an indicator table with a city total
row, e.g. the CSV that was joined to the layer), from a total row inside the input (a table layer
that still has it), or is computed: population-weighted when the catalogue's population column is a
field of the input, else the plain mean. The log says which was used.
"""

from __future__ import annotations

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.assessment import AssessmentError
from ..core.catalogue import CatalogueError, load_catalogue
from ..services.assessment_service import (
    AssessmentJob,
    compute,
    frame_from_features,
    output_fields,
    reference_from_table,
    result_features,
)
from ..services.messages import error_text, render
from .algorithm import AktionsraeumeAlgorithm


class AssessAlgorithm(AktionsraeumeAlgorithm):
    """Compare areas with the city average or build the standardised index; add the result fields."""

    NAME = "assess"
    GROUP_ID = "assessment"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("AssessAlgorithm", "Assess areas")
    HELP = QT_TRANSLATE_NOOP(
        "AssessAlgorithm",
        "Assesses every area of a joined area layer with the indicators of a catalogue (TOML).\n\n"
        "Method 'Comparison with the city average': per indicator worse or not than the city "
        "reference (fields w_<id>), counts overall (n_worse) and per domain (n_worse_<domain>), "
        "threshold rules (thr_hit, thr_ids) and the catalogue's rule (bel_avg = 1: below average).\n"
        "Method 'Standardised index': z-scores signed so that positive is worse (z_<id>), status "
        "index and class (status_idx, status_cls), Dynamik index over change indicators (dyn_idx, "
        "dyn_cls); areas under the minimum population stay unclassified; bel_avg = 1 for the "
        "catalogue's flagged classes.\n\n"
        "City reference: the total row of the reference table if one is given (e.g. the indicator "
        "CSV that was joined), else a total row in the input, else the population-weighted mean "
        "(if the catalogue's population column is a field), else the plain mean.\n"
        "The input is not changed. BELOW_AVERAGE is the number of areas with bel_avg = 1.",
    )

    INPUT = "INPUT"
    KEY = "KEY"
    REFERENCE_TABLE = "REFERENCE_TABLE"
    OUTPUT = "OUTPUT"
    BELOW_AVERAGE = "BELOW_AVERAGE"

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                self.tr("Joined area layer"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
            )
        )
        self.add_catalogue_parameter()
        self.add_method_parameter(self.tr("Method"))
        self.addParameter(
            QgsProcessingParameterField(
                self.KEY,
                self.tr("Area key field (names areas in messages)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.REFERENCE_TABLE,
                self.tr("Indicator table with the city total row (reference values)"),
                behavior=QgsProcessingParameterFile.Behavior.File,
                fileFilter=self.tr("Tables (*.csv *.txt *.xlsx *.ods)"),
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Assessed areas")))
        self.addOutput(QgsProcessingOutputNumber(self.BELOW_AVERAGE, self.tr("Areas below average")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        catalogue_path = self.parameterAsFile(parameters, self.CATALOGUE, context)
        method = self.method_parameter(parameters, context)
        key_field = self.parameterAsString(parameters, self.KEY, context) or None
        reference_path = self.parameterAsFile(parameters, self.REFERENCE_TABLE, context)

        try:
            catalogue = load_catalogue(catalogue_path)
            catalogue.validate_against(source.fields().names(), self.tr("The input layer"))
            reference = reference_from_table(reference_path, catalogue) if reference_path else None
        except (CatalogueError, AssessmentError) as error:
            raise QgsProcessingException(error_text(error)) from None

        features = list(source.getFeatures())
        frame = frame_from_features(source.fields(), features)
        feedback.setProgress(20)
        try:
            outcome = compute(AssessmentJob(frame, catalogue, method, key_field, reference))
        except (CatalogueError, AssessmentError) as error:
            raise QgsProcessingException(error_text(error)) from None
        for message in outcome.result.report.messages():
            feedback.pushInfo(render(message))
        feedback.setProgress(60)

        fields = output_fields(source.fields(), outcome)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for n, out in enumerate(result_features(outcome, fields, features)):
            if feedback.isCanceled():
                break
            if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
            feedback.setProgress(60 + 40 * (n + 1) / max(len(features), 1))
        below = int(outcome.frame["bel_avg"].fillna(0).astype(int).sum())
        feedback.pushInfo(self.tr("{count} areas below average.").format(count=below))
        return {self.OUTPUT: dest_id, self.BELOW_AVERAGE: below}
