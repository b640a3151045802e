"""Processing algorithm ``aktionsraeume:compareyears``: how did each area develop between two years?

Gathers the inputs and writes the sink; the rules are in ``core.development``, the reading of the
layers in ``services.development_service``.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.assessment import AssessmentError
from ..core.catalogue import CatalogueError, load_catalogue
from ..core.development import DEFAULT_BREAKS, IMPROVED, WORSENED
from ..services.assessment_service import result_features
from ..services.development_service import compare_features
from ..services.messages import error_text, render
from .algorithm import AktionsraeumeAlgorithm

# QGIS 3.22 names the flag on the class; 3.36 and later in Qgis.ProcessingFeatureSourceFlag
_SKIP_GEOMETRY_CHECKS = (
    Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
    if hasattr(Qgis, "ProcessingFeatureSourceFlag")
    else QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
)


class CompareYearsAlgorithm(AktionsraeumeAlgorithm):
    """Per area and indicator the change between an earlier and a later year; development index and class."""

    NAME = "compareyears"
    GROUP_ID = "assessment"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("CompareYearsAlgorithm", "Compare two years")
    HELP = QT_TRANSLATE_NOOP(
        "CompareYearsAlgorithm",
        "Compares the indicators of a later year (the input areas) with an earlier year (a layer or "
        "table matched by key; keys written differently, such as 1 and 001, match).\n\n"
        "Per area and indicator: the earlier value (e_<id>) and the change in the indicator's unit, "
        "percentage points for rates, signed so that positive means a worse development (d_<id>). "
        "The development index (dev_idx) standardises the changes the way the status index "
        "standardises the values; the development class (dev_cls: improved, stable, worsened) comes "
        "from its two break points. The status by the catalogue's rule in both years (bel_then, "
        "bel_now) gives st_chg: still_below, newly_below, no_longer_below or not_below.\n\n"
        "Only indicators present in both years are compared. Areas and indicators found in one year "
        "only are named in the log; areas of the input without a partner keep empty development "
        "fields. IMPROVED and WORSENED count the areas of those classes.",
    )

    INPUT = "INPUT"
    EARLIER = "EARLIER"
    KEY = "KEY"
    EARLIER_KEY = "EARLIER_KEY"
    NAME_FIELD = "NAME"
    IMPROVED_BREAK = "IMPROVED_BREAK"
    WORSENED_BREAK = "WORSENED_BREAK"
    OUTPUT = "OUTPUT"
    IMPROVED = "IMPROVED"
    WORSENED = "WORSENED"

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                self.tr("Areas with the later year's indicators"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.EARLIER,
                self.tr("Areas or table with the earlier year's indicators"),
                [QgsProcessing.SourceType.TypeVector],
            )
        )
        self.add_catalogue_parameter()
        self.addParameter(
            QgsProcessingParameterField(
                self.KEY, self.tr("Area key field"), parentLayerParameterName=self.INPUT, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.EARLIER_KEY,
                self.tr("Area key field of the earlier year"),
                parentLayerParameterName=self.EARLIER,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.NAME_FIELD,
                self.tr("Area name field (names areas in the log)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.add_method_parameter(self.tr("Status method"))
        for name, label, default in (
            (
                self.IMPROVED_BREAK,
                self.tr("Development index at or below which an area improved"),
                DEFAULT_BREAKS[0],
            ),
            (
                self.WORSENED_BREAK,
                self.tr("Development index above which an area worsened"),
                DEFAULT_BREAKS[1],
            ),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    name, label, QgsProcessingParameterNumber.Type.Double, defaultValue=default
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Areas with their development"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.IMPROVED, self.tr("Areas improved")))
        self.addOutput(QgsProcessingOutputNumber(self.WORSENED, self.tr("Areas worsened")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        earlier = self.parameterAsSource(parameters, self.EARLIER, context)
        if earlier is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.EARLIER))
        breaks = (
            self.parameterAsDouble(parameters, self.IMPROVED_BREAK, context),
            self.parameterAsDouble(parameters, self.WORSENED_BREAK, context),
        )
        # attributes are compared and geometries copied unchanged: invalid polygons (as published) pass
        skip = _SKIP_GEOMETRY_CHECKS
        features = list(source.getFeatures(QgsFeatureRequest(), skip))
        try:
            catalogue = load_catalogue(self.parameterAsFile(parameters, self.CATALOGUE, context))
            outcome = compare_features(
                source.fields(),
                features,
                earlier.fields(),
                earlier.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry), skip),
                catalogue,
                self.parameterAsString(parameters, self.KEY, context) or None,
                self.parameterAsString(parameters, self.EARLIER_KEY, context) or None,
                breaks=breaks,
                method=self.method_parameter(parameters, context),
                name_field=self.parameterAsString(parameters, self.NAME_FIELD, context) or None,
                later_label=self.tr("the input layer"),
                earlier_label=self.tr("the earlier table"),
            )
        except (CatalogueError, AssessmentError) as error:
            raise QgsProcessingException(error_text(error)) from None
        feedback.pushInfo(
            self.tr("Areas matched by '{later}' and '{earlier}'.").format(
                later=outcome.later_key, earlier=outcome.earlier_key
            )
        )
        for line in outcome.result.report.messages():
            feedback.pushInfo(render(line))
        feedback.setProgress(50)

        fields = outcome.fields(source.fields())
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for out in result_features(outcome, fields, features):
            if feedback.isCanceled():
                break
            if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        improved = len(outcome.result.keys_in_class(IMPROVED))
        worsened = len(outcome.result.keys_in_class(WORSENED))
        feedback.pushInfo(
            self.tr("{improved} areas improved, {worsened} worsened.").format(
                improved=improved, worsened=worsened
            )
        )
        return {self.OUTPUT: dest_id, self.IMPROVED: improved, self.WORSENED: worsened}
