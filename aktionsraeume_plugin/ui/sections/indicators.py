"""Indicators: join one or more statistics tables (CSV/XLSX/ODS) to the Sozialräume or Quartiere.

The table is read in the background to list its columns and suggest the key pair; "Join" copies the
level's layer on the main thread, joins in a ``QgsTask`` and shows the join report. Only "Accept" puts
the result into the project (as a table of the results GeoPackage); "Discard" forgets it.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsFieldProxyModel, QgsMapLayerProxyModel, QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from ...core.cells import parse_missing_values
from ...core.join import JoinReport
from ...core.tables import read_table
from ...services.join_service import (
    JoinRequest,
    compute_join,
    load_joined_layer,
    report_text,
    save_report,
    sheet_names,
    snapshot_layer,
    suggest_keys,
    write_join,
)
from ...services.result_storage import (
    REPORT_PROPERTY,
    joined_tables,
    results_group_name,
    results_path,
    store_joined,
)
from ...services.table_layers import LAYER_FILE_PATTERNS, LayerTable, find_table_layer, layer_table
from ..controller import raise_if_cancelled
from .base import Section, button_rows, read_when_finished

TABLE_FILTER = f"*.csv *.txt *.tsv *.xlsx *.ods {LAYER_FILE_PATTERNS}"
TABLE_BASE_NAMES = {"spaces": "sozialraeume_indikatoren", "quarters": "quartiere_indikatoren"}


#: Below this share of matched areas a join needs confirmation.
FEW_MATCHES = 0.5


@dataclass
class PendingJoin:
    """A join that has been computed and written to a temporary GeoPackage, waiting for Accept."""

    level: str
    layer: QgsVectorLayer
    folder: Path
    table: Path
    read_settings: dict
    report: JoinReport
    source_tables: list = field(default_factory=list)


class IndicatorsSection(Section):
    """Join indicator tables to an area level, check the report, accept or discard."""

    def __init__(self, controller, parent=None):
        super().__init__(controller, "IndicatorsSection", parent)
        self.setTitle(self.tr("Indicators"))
        self.pending: PendingJoin | None = None
        self.result_layer: QgsVectorLayer | None = None
        self.table_read = None  # core TableRead of the chosen file (for the key suggestion)
        self._last_report: JoinReport | None = None
        self._read_generation = 0
        self._table_layer_id: str | None = None

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.file = QgsFileWidget()
        self.file.setObjectName("indicatorTableFile")
        self.file.setFilter(self.tr("Tables ({patterns});;All files (*)").format(patterns=TABLE_FILTER))
        self.file.setDialogTitle(self.tr("Indicator table"))
        self.follow_start_folder(self.file, "lastTableFolder")
        self.file.setToolTip(
            self.tr(
                "CSV, XLSX or ODS as the statistics office publishes it, or a GeoPackage, GeoJSON or DBF file"
            )
        )
        self.table_layer = QgsMapLayerComboBox()
        self.table_layer.setObjectName("indicatorTableLayer")
        self.table_layer.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.table_layer.setAllowEmptyLayer(True)
        self.table_layer.setLayer(None)
        self.table_layer.setToolTip(
            self.tr("A layer of the project whose attributes are the table (instead of a file)")
        )
        self.level = QComboBox()
        self.level.setObjectName("indicatorLevelCombo")
        self.level.addItem(self.tr("Sozialräume"), "spaces")
        self.level.addItem(self.tr("Quartiere"), "quarters")
        self.level.setCurrentIndex(max(self.level.findData(self.setting("lastJoinLevel", "spaces")), 0))
        self.layer_key = QgsFieldComboBox()
        self.layer_key.setObjectName("layerKeyCombo")
        self.layer_key.setFilters(QgsFieldProxyModel.Filter.String | QgsFieldProxyModel.Filter.Numeric)
        self.layer_key.setToolTip(self.tr("Key field of the area layer"))
        self.table_key = QComboBox()
        self.table_key.setObjectName("tableKeyCombo")
        self.table_key.setEditable(True)
        self.table_key.setToolTip(self.tr("Key column of the table"))
        form.addRow(self.tr("Table"), self.file)
        form.addRow(self.tr("or layer"), self.table_layer)
        form.addRow(self.tr("Join to"), self.level)
        form.addRow(self.tr("Layer key"), self.layer_key)
        form.addRow(self.tr("Table key"), self.table_key)
        self.body.addLayout(form)
        self.suggestion = self.note()
        self.suggestion.setObjectName("keySuggestionLabel")
        self.body.addWidget(self.suggestion)

        self.options = QgsCollapsibleGroupBox(self.tr("Reading options"))
        self.options.setObjectName("tableOptionsBox")
        self.options.setCollapsed(True)
        options_form = QFormLayout(self.options)
        options_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        automatic = self.tr("Automatic")
        self.encoding = self._option_combo(
            [
                (automatic, None),
                ("UTF-8", "utf-8"),
                ("UTF-16", "utf-16"),
                ("Windows-1252", "cp1252"),
                ("ISO-8859-1", "latin-1"),
                ("Mac Roman", "mac_roman"),
                ("CP850 (DOS)", "cp850"),
            ],
            editable=True,
        )
        self.delimiter = self._option_combo(
            [
                (automatic, None),
                (self.tr("Semicolon ;"), ";"),
                (self.tr("Comma ,"), ","),
                (self.tr("Tab"), "\t"),
                (self.tr("Pipe |"), "|"),
            ]
        )
        self.decimal = self._option_combo(
            [(automatic, None), (self.tr("Comma ,"), ","), (self.tr("Point ."), ".")]
        )
        self.missing_values = self._option_combo(
            [
                (self.tr("Automatic (-9999, -999, -99999, 99999 where they stand apart)"), None),
                (self.tr("None"), "none"),
            ],
            editable=True,
        )
        self.missing_values.setObjectName("missingValuesCombo")
        self.missing_values.setToolTip(
            self.tr("Codes that mean 'no value' in number columns, e.g. -9999; -999")
        )
        self.sheet = self._option_combo([(self.tr("First with the key"), None)], editable=True)
        self.sheet.setToolTip(self.tr("Sheet of a workbook (XLSX, ODS)"))
        options_form.addRow(self.tr("Encoding"), self.encoding)
        options_form.addRow(self.tr("Delimiter"), self.delimiter)
        options_form.addRow(self.tr("Decimal mark"), self.decimal)
        options_form.addRow(self.tr("Sheet"), self.sheet)
        options_form.addRow(self.tr("Missing-value codes"), self.missing_values)
        self.body.addWidget(self.options)

        self.join_button = QPushButton(self.tr("Join"))
        self.join_button.setObjectName("joinButton")
        self.join_button.setToolTip(self.tr("Join the table; the result is shown before it is added"))
        self.body.addWidget(self.join_button)

        self.report = QPlainTextEdit()
        self.report.setObjectName("joinReport")
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(150)
        self.report.setPlaceholderText(self.tr("The join report appears here."))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.body.addWidget(self.report)
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setObjectName("acceptJoinButton")
        self.accept_button.setToolTip(self.tr("Add the joined layer to the project"))
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName("discardJoinButton")
        self.body.addLayout(button_rows([self.accept_button, self.discard_button]))
        self.attribute_table_button = QPushButton(self.tr("Attribute table"))
        self.attribute_table_button.setObjectName("openAttributeTableButton")
        self.attribute_table_button.setToolTip(self.tr("Open the attribute table of the joined layer"))
        self.save_report_button = QPushButton(self.tr("Save report…"))
        self.save_report_button.setObjectName("saveReportButton")
        self.body.addLayout(button_rows([self.attribute_table_button, self.save_report_button]))
        self.joined_label = self.note()
        self.joined_label.setObjectName("joinedTablesLabel")
        self.body.addWidget(self.joined_label)
        self.remove_join_button = QPushButton(self.tr("Remove joins"))
        self.remove_join_button.setObjectName("removeJoinButton")
        self.remove_join_button.setToolTip(
            self.tr("Take this level's joined tables out again; the next join starts from the area layer")
        )
        self.body.addWidget(self.remove_join_button)
        self.message = self.note()
        self.message.setObjectName("indicatorsMessage")
        self.body.addWidget(self.message)

        read_when_finished(self.file, self._file_chosen)
        self.table_layer.layerChanged.connect(self._layer_chosen)
        self.level.currentIndexChanged.connect(self._level_changed)
        for combo in (self.encoding, self.delimiter, self.decimal, self.sheet, self.missing_values):
            combo.activated.connect(lambda _index: self.read_table_file())
        self.join_button.clicked.connect(self.join)
        self.accept_button.clicked.connect(self.accept_join)
        self.discard_button.clicked.connect(self.discard_join)
        self.remove_join_button.clicked.connect(self.remove_joins)
        self.attribute_table_button.clicked.connect(self.open_attribute_table)
        self.save_report_button.clicked.connect(self.ask_save_report)
        controller.levelsChanged.connect(self._levels_changed)
        controller.joinedChanged.connect(self._joined_changed)
        self._levels_changed()

    # -- widgets --------------------------------------------------------------------------------
    @staticmethod
    def _option_combo(items, editable: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(editable)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    @staticmethod
    def _option_value(combo: QComboBox):
        """The chosen option: the item's value, or the typed text of an editable combo."""
        index = combo.findText(combo.currentText())
        if index >= 0:
            return combo.itemData(index)
        return combo.currentText().strip() or None

    def current_level(self) -> str:
        return self.level.currentData()

    def _levels_changed(self) -> None:
        self.discard_join()
        self.result_layer = None
        self._level_changed()

    def _joined_changed(self, level: str) -> None:
        """A joined layer (also one read from the project): its report is shown again."""
        layer = self.controller.joined.get(level)
        if self.pending is None and layer is not None and level == self.current_level():
            self.result_layer = layer
            self.report.setPlainText(str(layer.customProperty(REPORT_PROPERTY, "") or ""))
        self._level_changed()

    def _level_changed(self, *_args) -> None:
        level = self.current_level()
        layer = self.controller.level_layer(level)
        area_level = None if self.controller.levels is None else getattr(self.controller.levels, level)
        self.layer_key.setLayer(layer)
        if area_level is not None and layer is not None:
            self.layer_key.setField(area_level.key_field)
        self.join_button.setEnabled(layer is not None)
        self._update_buttons()
        self._suggest_keys()

    def _update_buttons(self) -> None:
        joined = self.controller.joined.get(self.current_level())
        names = [Path(str(t["path"])).name for t in joined_tables(joined)]
        self.joined_label.setText(
            self.tr("Joined: {tables}").format(tables=", ".join(names))
            if names
            else self.tr("No table joined yet.")
        )
        self.remove_join_button.setEnabled(joined is not None and self.pending is None)
        has_pending = self.pending is not None
        self.accept_button.setEnabled(has_pending)
        self.discard_button.setEnabled(has_pending)
        self.save_report_button.setEnabled(has_pending or self._last_report is not None)
        self.attribute_table_button.setEnabled(has_pending or self.result_layer is not None)

    # -- reading the table ----------------------------------------------------------------------
    def read_options(self) -> dict:
        """The reading options as chosen (None = detect). Raises ValueError for codes that are not numbers."""
        sheet = self._option_value(self.sheet)
        codes = parse_missing_values(self._option_value(self.missing_values))
        return {
            "sheet": sheet,
            "encoding": self._option_value(self.encoding),
            "delimiter": self._option_value(self.delimiter),
            "decimal": self._option_value(self.decimal),
            "missing_values": None if codes is None else list(codes),
        }

    def _file_chosen(self, *_args) -> None:
        if self.file.filePath().strip() and self.table_layer.currentLayer() is not None:
            self.table_layer.setLayer(None)  # a file chosen: it is the table
        self.read_table_file()

    def _layer_chosen(self, layer) -> None:
        chosen = layer.id() if layer is not None else None
        if chosen == self._table_layer_id:
            return  # the project's layers changed, not the choice
        self._table_layer_id = chosen
        if layer is None:
            if not self.file.filePath().strip():
                self.table_read = None
            return  # the layer was removed (or "none" chosen): a chosen file stays the table
        if self.file.filePath().strip():
            self.file.blockSignals(True)
            self.file.setFilePath("")  # a layer chosen: it is the table
            self.file.blockSignals(False)
        self.read_table_file()

    def chosen_table_layer(self) -> QgsVectorLayer | None:
        """The layer that is the table: the project layer chosen, or a vector file chosen (GeoPackage,
        GeoJSON, DBF, ...); None when a table file (CSV, XLSX, ODS) is chosen. Raises ``LayerError``
        for a file that does not open."""
        layer = self.table_layer.currentLayer()
        if isinstance(layer, QgsVectorLayer):
            return layer
        path = self.file.filePath().strip()
        return find_table_layer(path) if path else None

    def read_table_file(self, *_args) -> None:
        """Read the chosen table in the background: list its columns and suggest the key pair."""
        path = self.file.filePath().strip()
        self.table_read = None
        self._read_generation += 1
        try:
            source_layer = self.chosen_table_layer()
            attributes: LayerTable | None = None if source_layer is None else layer_table(source_layer)
        except Exception as error:
            self.controller.show_error(self.tr("The table could not be read"), error)
            return
        if not path and source_layer is None:
            return
        if source_layer is not None:
            path = source_layer.name()
        else:
            attributes = None
            self.remember("lastTableFolder", str(Path(path).parent))
        generation = self._read_generation
        try:
            options = self.read_options()
        except ValueError as error:
            self.controller.show_error(self.tr("The table could not be read"), error)
            return

        def compute(_task):
            if attributes is not None:
                return attributes.read(None, missing_values=options["missing_values"]), []
            return read_table(path, **options), sheet_names(path)

        def done(result) -> None:
            if generation != self._read_generation:
                return  # a newer file or option was chosen meanwhile
            self.table_read, sheets = result
            current = self.table_key.currentText()
            self.table_key.clear()
            self.table_key.addItems([str(c) for c in self.table_read.frame.columns])
            if current:
                self.table_key.setCurrentText(current)
            chosen = self.sheet.currentText()
            for name in sheets:
                if self.sheet.findText(name) < 0:
                    self.sheet.addItem(name, name)
            self.sheet.setCurrentText(chosen)
            self._suggest_keys()

        def failed(_error) -> None:
            self.suggestion.setText(self.tr("The table could not be read."))

        self.suggestion.setText(self.tr("Reading {name}…").format(name=Path(path).name))
        self.controller.run_task(
            self.tr("Reading the table {name}").format(name=Path(path).name),
            compute,
            done,
            failed,
            failure_title=self.tr("The table {name} could not be read").format(name=Path(path).name),
        )

    def _suggest_keys(self) -> None:
        """Pre-fill the key pair with the fields whose values match most often."""
        layer = self.controller.level_layer(self.current_level())
        if self.table_read is None or layer is None:
            return
        layer_field, column, matches = suggest_keys(layer, self.table_read.frame)
        if layer_field is None:
            self.suggestion.setText(self.tr("No column of the table shares keys with the layer."))
            return
        self.layer_key.setField(layer_field)
        self.table_key.setCurrentText(column)
        self.suggestion.setText(
            self.tr("Suggested: '{field}' ↔ '{column}' ({matches} keys match).").format(
                field=layer_field, column=column, matches=matches
            )
        )

    # -- joining --------------------------------------------------------------------------------
    def join(self) -> None:
        """Join the chosen table to the level's newest layer (in the background)."""
        path = self.file.filePath().strip()
        level = self.current_level()
        layer = self.controller.level_layer(level)
        key = self.layer_key.currentField()
        table_key = self.table_key.currentText().strip()
        title = self.tr("The table could not be joined")
        try:
            source_layer = self.chosen_table_layer()
        except Exception as error:
            self.report_error(title, error)
            return
        if not path and source_layer is None:
            self.report_error(title, self.tr("Choose a table file or layer."))
            return
        if layer is None:
            self.report_error(title, self.tr("Choose the area layers first (Areas)."))
            return
        if not key or not table_key:
            self.report_error(title, self.tr("Choose the key field and the key column."))
            return
        self.discard_join()
        self.remember("lastJoinLevel", level)
        attributes = None
        if source_layer is not None:
            try:
                attributes = layer_table(source_layer)
            except Exception as error:
                self.report_error(title, error)
                return
            path = source_layer.name()
            try:
                codes = self.read_options()["missing_values"]
            except ValueError as error:
                self.report_error(title, error)
                return
            settings = {
                "path": source_layer.source(),
                "format": "layer",
                "layer": source_layer.name(),
                "missing_values": codes,
            }
        else:
            try:
                settings = {"path": path, **self.read_options()}
            except ValueError as error:
                self.report_error(title, error)
                return
        request = JoinRequest(
            table_path=path,
            table_key=table_key,
            sheet=settings.get("sheet"),
            encoding=settings.get("encoding"),
            delimiter=settings.get("delimiter"),
            decimal=settings.get("decimal"),
            table_layer=attributes,
            missing_values=settings.get("missing_values"),
        )
        work_dir = results_path(self.controller).parent
        try:
            snapshot = snapshot_layer(layer, key, work_dir=work_dir)
        except Exception as error:
            self.report_error(title, error)
            return
        folder = Path(tempfile.mkdtemp(prefix=".aktionsraeume-pending-", dir=work_dir))
        output = folder / f"{TABLE_BASE_NAMES[level]}.gpkg"
        source_tables = joined_tables(layer)

        def compute(task):
            try:
                computation = compute_join(snapshot, request)
                raise_if_cancelled(task)
            except BaseException:
                snapshot.discard()
                raise
            write_join(computation, output)
            return computation.report

        def done(report: JoinReport) -> None:
            joined = load_joined_layer(output, output.stem, self._result_name(layer, path))
            self.pending = PendingJoin(level, joined, folder, Path(path), settings, report, source_tables)
            self._show_report(report)
            self.message.setText(self.tr("Check the report, then accept the joined layer or discard it."))
            self._update_buttons()

        def failed(_error) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self.message.setText(self.tr("The join failed; see the message bar."))
            self._set_busy(False)

        self._set_busy(True)
        self.message.setText(self.tr("Joining {name}…").format(name=Path(path).name))
        self.controller.run_task(
            self.tr("Joining the table {name}").format(name=Path(path).name),
            compute,
            lambda report: (self._set_busy(False), done(report)),
            failed,
            failure_title=self.tr("The table {name} could not be joined").format(name=Path(path).name),
        )

    def _set_busy(self, busy: bool) -> None:
        self.join_button.setEnabled(
            not busy and self.controller.level_layer(self.current_level()) is not None
        )

    def _result_name(self, layer: QgsVectorLayer, table_path: str) -> str:
        return self.tr("{layer} + {table}").format(layer=layer.name(), table=Path(table_path).stem)

    def _show_report(self, report: JoinReport) -> None:
        self._last_report = report
        self.report.setPlainText(report_text(report))

    def accept_join(self) -> QgsVectorLayer | None:
        """Store the pending result in the results GeoPackage, add it to the project, use it."""
        pending = self.pending
        if pending is None:
            return None
        doubt = self.doubt(pending.report)
        if doubt and not self.confirm(doubt):
            return None
        path = results_path(self.controller)
        try:
            layer, table = store_joined(
                pending.layer,
                path,
                TABLE_BASE_NAMES[pending.level],
                pending.level,
                [*pending.source_tables, pending.read_settings],
            )
        except Exception as error:
            self.controller.show_error(self.tr("The joined layer could not be stored"), error)
            return None
        previous = self.controller.joined.get(pending.level)
        self.controller.add_layer(layer, results_group_name())
        if previous is not None:  # superseded by the new layer, which holds its columns too
            node = self.controller.project.layerTreeRoot().findLayer(previous.id())
            if node is not None:
                node.setItemVisibilityChecked(False)
        layer.setCustomProperty(REPORT_PROPERTY, self.report.toPlainText())  # shown again on reopening
        self._drop_pending()
        self.result_layer = layer
        self.controller.set_joined(pending.level, layer, pending.table)
        self.message.setText(
            self.tr("'{layer}' added ({path}, table {table}).").format(
                layer=layer.name(), path=path.name, table=table
            )
        )
        self._update_buttons()
        return layer

    def doubt(self, report: JoinReport) -> str:
        """Why a join should not be accepted without a second look ('' when it looks sound): no or few
        matches, or columns already joined (the new ones would get '_2' and the catalogue would read the old)."""
        reasons = []
        if report.matched_features == 0:
            reasons.append(self.tr("No area found a row of the table: the keys do not match."))
        elif report.matched_features < report.features * FEW_MATCHES:
            reasons.append(
                self.tr("Only {matched} of {count} areas found a row of the table.").format(
                    matched=report.matched_features, count=report.features
                )
            )
        if report.renamed_columns:
            reasons.append(
                self.tr(
                    "Columns joined before come again ({columns}); the assessment would read the earlier ones. "
                    "Remove the earlier joins first to replace them."
                ).format(columns=", ".join(sorted(report.renamed_columns)))
            )
        return "\n\n".join(reasons)

    def confirm(self, doubt: str) -> bool:
        """Ask whether to accept a doubtful join anyway (default: no)."""
        answer = QMessageBox.question(
            self,
            self.tr("Accept this join?"),
            doubt + "\n\n" + self.tr("Accept it anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_joins(self) -> None:
        """Take the current level's joined layer (and its assessment) out; the area layer is used again."""
        level = self.current_level()
        self.controller.remove_joins(level)
        self.result_layer = None
        self.report.clear()
        self._last_report = None
        self.message.setText(self.tr("The joins were removed; the next join starts from the area layer."))
        self._level_changed()

    def discard_join(self) -> None:
        """Forget the pending result (its temporary file is deleted)."""
        if self.pending is not None:
            self._drop_pending()
            self.report.clear()
            self._last_report = None
            self.message.setText(self.tr("The join was discarded."))
        self._update_buttons()

    def _drop_pending(self) -> None:
        pending, self.pending = self.pending, None
        if pending is None:
            return
        folder = pending.folder
        pending.layer = None  # close the temporary GeoPackage before deleting it
        shutil.rmtree(folder, ignore_errors=True)

    def open_attribute_table(self) -> None:
        layer = self.pending.layer if self.pending is not None else self.result_layer
        if layer is not None:
            self.controller.iface.showAttributeTable(layer)

    def ask_save_report(self) -> None:
        folder = self.start_folder("lastReportFolder")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save join report"),
            str(Path(folder) / "join-report.txt"),
            self.tr("Text (*.txt);;CSV (*.csv);;JSON (*.json)"),
        )
        if path:
            self.remember("lastReportFolder", str(Path(path).parent))
            self.save_report(Path(path))

    def save_report(self, path: Path) -> Path | None:
        """Write the last join report as text, CSV or JSON (by the file's extension)."""
        if self._last_report is None:
            return None
        try:
            written = save_report(self._last_report, path)
        except OSError as error:
            self.controller.show_error(self.tr("The report could not be saved"), error)
            return None
        self.controller.show_success(self.tr("Join report saved to {path}").format(path=written))
        return written
