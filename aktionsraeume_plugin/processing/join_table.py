"""Processing algorithm ``aktionsraeume:jointable``: join an indicator table (CSV/XLSX/ODS) by key.

The same service as the dock panel does the work (services/join_service.py): the layer is copied in
``prepareAlgorithm`` (main thread, the only step that touches the layer), the table is read, joined
and written in ``processAlgorithm`` (worker thread, files only). The join report goes to the log.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.cells import parse_missing_values
from ..core.join import AGGREGATIONS, JoinError
from ..core.tables import TableError
from ..services.database import database_destination
from ..services.join_service import (
    JoinRequest,
    compute_join,
    report_lines,
    snapshot_layer,
    write_join,
)
from ..services.layers import LayerError
from ..services.messages import error_text
from ..services.table_layers import LAYER_FILE_PATTERNS, find_table_layer, layer_table
from .algorithm import AktionsraeumeAlgorithm

_DELIMITER_WORDS = {"tab": "\t", "\\t": "\t", "semicolon": ";", "comma": ",", "pipe": "|", "space": " "}


class JoinTableAlgorithm(AktionsraeumeAlgorithm):
    """Join a statistics table to polygons by key, with normalised keys and a report in the log."""

    NAME = "jointable"
    GROUP_ID = "tables"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("JoinTableAlgorithm", "Join indicator table")
    HELP = QT_TRANSLATE_NOOP(
        "JoinTableAlgorithm",
        "Joins an indicator table (CSV, XLSX or ODS, as statistics offices publish them) to a polygon "
        "layer by key and writes a new layer; the input layer and the table are not changed. The table "
        "may also be any layer QGIS opens whose attributes are the table: a GeoPackage table, a "
        "GeoJSON or DBF file, a PostGIS table or a layer of the project (by name or id).\n\n"
        "Keys are compared after normalising: spaces, '12.0' and '12', numbers and text, leading zeros "
        "('01100101' and 1100101), case and Unicode form of names. Encoding, delimiter, decimal mark, "
        "title lines above the header and footnotes below the data are detected; placeholders such as "
        "'.', '-', 'x' become empty values, and so do missing-value codes (-9999, -999, -99999, 99999 "
        "where they stand apart from a column's values, or the codes given in MISSING_VALUES); units in "
        "cells ('21,4 %', '1.234 €') are taken off and named; a cell whose thousands grouping does not "
        "fit ('2.41' among '24.118') is reported, never rescaled; the city total row is recognised and not joined. A key found "
        "in several rows is an error unless an aggregation is chosen.\n\n"
        "The log lists rows read, matched features, features without a row and rows without a feature "
        "(with their keys), values that could not be read (row and column) and the city row.",
    )

    INPUT = "INPUT"
    INPUT_KEY = "INPUT_KEY"
    TABLE = "TABLE"
    TABLE_KEY = "TABLE_KEY"
    SHEET = "SHEET"
    ENCODING = "ENCODING"
    DELIMITER = "DELIMITER"
    DECIMAL = "DECIMAL"
    AGGREGATE = "AGGREGATE"
    KEY_WIDTH = "KEY_WIDTH"
    MISSING_VALUES = "MISSING_VALUES"
    OUTPUT = "OUTPUT"
    MATCHED = "MATCHED"
    UNMATCHED_FEATURES = "UNMATCHED_FEATURES"
    UNMATCHED_ROWS = "UNMATCHED_ROWS"

    def __init__(self) -> None:
        super().__init__()
        self._snapshot = None
        self._table_layer = None

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.INPUT, self.tr("Area layer (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.INPUT_KEY, self.tr("Key field of the areas"), parentLayerParameterName=self.INPUT
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.TABLE,
                self.tr("Indicator table (file, or a layer of the project by name or id)"),
                behavior=QgsProcessingParameterFile.Behavior.File,
                fileFilter=self.tr("Tables ({patterns});;All files (*)").format(
                    patterns=f"*.csv *.txt *.tsv *.xlsx *.ods {LAYER_FILE_PATTERNS}"
                ),
            )
        )
        self.addParameter(QgsProcessingParameterString(self.TABLE_KEY, self.tr("Key column of the table")))
        optional = [
            QgsProcessingParameterString(
                self.SHEET, self.tr("Sheet (workbooks; empty: first sheet)"), optional=True
            ),
            QgsProcessingParameterString(
                self.ENCODING, self.tr("Encoding (empty: automatic)"), optional=True
            ),
            QgsProcessingParameterString(
                self.DELIMITER, self.tr("Delimiter (; , tab | — empty: automatic)"), optional=True
            ),
            QgsProcessingParameterString(
                self.DECIMAL, self.tr("Decimal mark (, or . — empty: automatic)"), optional=True
            ),
            QgsProcessingParameterEnum(
                self.AGGREGATE,
                self.tr("Keys in several rows"),
                options=[
                    self.tr("Error (list them)"),
                    self.tr("Take the first row"),
                    self.tr("Sum"),
                    self.tr("Mean"),
                ],
                defaultValue=0,
                optional=True,
            ),
            QgsProcessingParameterNumber(
                self.KEY_WIDTH,
                self.tr("Pad numeric keys with leading zeros to this width (0: compare as they are)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=0,
                optional=True,
                minValue=0,
                maxValue=30,
            ),
            QgsProcessingParameterString(
                self.MISSING_VALUES,
                self.tr(
                    "Missing-value codes, e.g. -9999; -999 (empty: -9999, -999, -99999, 99999 where they stand "
                    "apart from a column's values; 'none': no codes)"
                ),
                optional=True,
            ),
        ]
        for parameter in optional:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterVectorDestination(
                self.OUTPUT, self.tr("Joined layer"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.MATCHED, self.tr("Features with a table row")))
        self.addOutput(
            QgsProcessingOutputNumber(self.UNMATCHED_FEATURES, self.tr("Features without a table row"))
        )
        self.addOutput(
            QgsProcessingOutputNumber(self.UNMATCHED_ROWS, self.tr("Table rows without a feature"))
        )

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        """Main thread: copy the layer's features (the only step that touches the layer)."""
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.tr("The area layer could not be opened."))
        key_field = self.parameterAsString(parameters, self.INPUT_KEY, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        try:
            on_disk = (
                bool(output) and not output.startswith("memory:") and database_destination(output) is None
            )
        except LayerError as error:
            raise QgsProcessingException(error_text(error)) from None
        work_dir = Path(output).parent if on_disk else None
        table = self.parameterAsString(parameters, self.TABLE, context)
        try:
            table_layer = find_table_layer(table, context.project())
            self._table_layer = None if table_layer is None else layer_table(table_layer)
            self._snapshot = snapshot_layer(layer, key_field, work_dir=work_dir, spatial_index=on_disk)
        except LayerError as error:
            raise QgsProcessingException(error_text(error)) from None
        return True

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        snapshot, self._snapshot = self._snapshot, None
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if output.startswith("memory:"):
            snapshot.discard()
            raise QgsProcessingException(
                self.tr("Write the joined layer to a file (GeoPackage) or a database table, not to memory.")
            )
        aggregate_index = self.parameterAsEnum(parameters, self.AGGREGATE, context)
        delimiter = self.parameterAsString(parameters, self.DELIMITER, context) or None
        if delimiter is not None:
            delimiter = _DELIMITER_WORDS.get(delimiter.strip().lower(), delimiter)
        try:
            missing_values = parse_missing_values(
                self.parameterAsString(parameters, self.MISSING_VALUES, context)
            )
        except ValueError as error:
            snapshot.discard()
            raise QgsProcessingException(
                self.tr("MISSING_VALUES: {error}").format(error=error_text(error))
            ) from None
        request = JoinRequest(
            table_path=self.parameterAsFile(parameters, self.TABLE, context),
            table_key=self.parameterAsString(parameters, self.TABLE_KEY, context),
            sheet=self.parameterAsString(parameters, self.SHEET, context) or None,
            encoding=self.parameterAsString(parameters, self.ENCODING, context).strip() or None,
            delimiter=delimiter,
            decimal=self.parameterAsString(parameters, self.DECIMAL, context).strip() or None,
            aggregate=(None, *AGGREGATIONS)[aggregate_index] if aggregate_index else None,
            pad_width=self.parameterAsInt(parameters, self.KEY_WIDTH, context) or None,
            table_layer=self._table_layer,
            missing_values=missing_values,
        )
        self._table_layer = None
        if request.decimal not in (None, ",", "."):
            snapshot.discard()
            raise QgsProcessingException(self.tr("The decimal mark must be ',' or '.'."))
        feedback.setProgress(10)
        try:
            computation = compute_join(snapshot, request)
        except (TableError, JoinError) as error:
            snapshot.discard()
            raise QgsProcessingException(error_text(error)) from None
        if feedback.isCanceled():
            snapshot.discard()
            return {}
        feedback.setProgress(60)
        try:
            write_join(computation, output)
        except LayerError as error:
            raise QgsProcessingException(error_text(error)) from None
        feedback.setProgress(100)
        report = computation.report
        for level, text in report_lines(report):
            if level == "problem":
                feedback.reportError(text, False)
            else:
                feedback.pushInfo(text)
        return {
            self.OUTPUT: output,
            self.MATCHED: report.matched_features,
            self.UNMATCHED_FEATURES: report.unmatched_features,
            self.UNMATCHED_ROWS: report.unmatched_rows,
        }
