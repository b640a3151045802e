"""Assessment: catalogue and method, the assessed areas as a sortable table linked to the canvas,
colouring the map, and proposing changes to the list of Aktionsräume from the result."""

from __future__ import annotations

import contextlib
import datetime
from pathlib import Path

from qgis.core import QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget
from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QFontMetrics
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ...core.assessment import METHOD_AVERAGE, METHOD_INDEX
from ...core.candidates import read_baseline
from ...core.catalogue import Catalogue, load_catalogue
from ...core.scenario import Baseline
from ...services import assessment_levels, proposals
from ...services.assessment_levels import COLOURING_PROPERTY
from ...services.assessment_view import (
    COLOUR_STATUS,
    apply_colouring,
    area_table,
    colouring_choices,
    method_text,
)
from ...services.canvas_zoom import zoom_to
from ...services.field_guess import guess_baseline_field
from ...services.messages import date_text, error_text
from ...services.result_storage import results_group_name, results_path
from ...services.sample_project import SAMPLE_CATALOGUE, SAMPLE_GPKG
from ..area_table_model import FID_ROLE, SORT_ROLE, AreaTableModel
from .base import Section, read_when_finished

LEVELS = ("spaces", "quarters")
#: Width of the area-name column of the table (pixels; the dock is about 350 wide).
AREA_COLUMN_WIDTH = 120


class AssessmentSection(Section):
    """Assess the joined areas, review them in a table linked to the map, propose changes."""

    def __init__(self, controller, parent=None):
        super().__init__(controller, "AssessmentSection", parent)
        self.setTitle(self.tr("Assessment"))
        self._syncing = False
        self._watched_layer: QgsVectorLayer | None = None
        self._plans: dict = {}
        self._colour_choices: dict = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.catalogue_file = QgsFileWidget()
        self.catalogue_file.setObjectName("catalogueFile")
        self.catalogue_file.setFilter(self.tr("Indicator catalogue (*.toml *.json)"))
        self.catalogue_file.setDialogTitle(self.tr("Indicator catalogue"))
        self.follow_start_folder(self.catalogue_file, "lastCatalogueFolder")
        self.catalogue_file.setToolTip(
            self.tr("Which columns are indicators, their domain and direction, the rule for 'below average'")
        )
        self.method = QComboBox()
        self.method.setObjectName("methodCombo")
        self.method.addItem(self.tr("City average"), METHOD_AVERAGE)
        self.method.setItemData(
            0,
            self.tr(
                "Comparison with the city average: per indicator better or worse than the city value; counts per domain"
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.method.addItem(self.tr("Status index"), METHOD_INDEX)
        self.method.setItemData(
            1,
            self.tr(
                "Standardised status index: z-scores signed by direction and summed, standardised again, in classes"
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.method.setCurrentIndex(max(self.method.findData(self.setting("lastMethod", METHOD_AVERAGE)), 0))
        form.addRow(self.tr("Catalogue"), self.catalogue_file)
        form.addRow(self.tr("Method"), self.method)
        self.body.addLayout(form)
        self.catalogue_info = self.note()
        self.catalogue_info.setObjectName("catalogueInfo")
        self.body.addWidget(self.catalogue_info)
        self.assess_button = QPushButton(self.tr("Assess"))
        self.assess_button.setObjectName("assessButton")
        self.assess_button.setToolTip(self.tr("Assess every level with joined indicators"))
        self.body.addWidget(self.assess_button)
        self.method_label = self.note()
        self.method_label.setObjectName("methodLabel")
        self.body.addWidget(self.method_label)

        view_form = QFormLayout()
        view_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.shown_level = QComboBox()
        self.shown_level.setObjectName("shownLevelCombo")
        self.shown_level.addItem(self.tr("Sozialräume"), "spaces")
        self.shown_level.addItem(self.tr("Quartiere"), "quarters")
        self.colour_by = QComboBox()
        self.colour_by.setObjectName("colourByCombo")
        self.colour_by.setToolTip(
            self.tr("Red: worse than the city, blue: better; the middle class holds the city value")
        )
        view_form.addRow(self.tr("Show"), self.shown_level)
        view_form.addRow(self.tr("Colour map by"), self.colour_by)
        self.body.addLayout(view_form)

        self.model = AreaTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("areaTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(28)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumHeight(8 * (self.fontMetrics().height() + 6))
        self.body.addWidget(self.table, 1)
        self.window_button = QPushButton(self.tr("Table in its own window"))
        self.window_button.setObjectName("tableWindowButton")
        self.window_button.setToolTip(self.tr("The area table in a window of its own, as wide as you like"))
        self.body.addWidget(self.window_button)
        self.table_window: QDialog | None = None

        self.proposal_box = QgsCollapsibleGroupBox(self.tr("Propose changes"))
        self.proposal_box.setObjectName("proposalBox")
        proposal_form = QFormLayout(self.proposal_box)
        proposal_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.baseline_source = QComboBox()
        self.baseline_source.setObjectName("baselineSourceCombo")
        self.baseline_source.addItem(self.tr("Layer fields"), "fields")
        self.baseline_source.addItem(self.tr("File"), "file")
        # A city drawing up its first list: every candidate becomes a proposed new Aktionsraum.
        self.baseline_source.addItem(self.tr("None yet (first list)"), "none")
        self.space_baseline = QgsFieldComboBox()
        self.space_baseline.setObjectName("spaceBaselineCombo")
        self.space_baseline.setAllowEmptyFieldName(True)
        self.space_baseline.setToolTip(self.tr("Field marking today's Aktionsräume (1, ja, x)"))
        self.quarter_baseline = QgsFieldComboBox()
        self.quarter_baseline.setObjectName("quarterBaselineCombo")
        self.quarter_baseline.setAllowEmptyFieldName(True)
        self.quarter_baseline.setToolTip(self.tr("Field marking today's Aktionsquartiere (1, ja, x)"))
        self.baseline_file = QgsFileWidget()
        self.baseline_file.setObjectName("baselineFile")
        self.baseline_file.setFilter(self.tr("Scenario or list (*.json)"))
        self.follow_start_folder(self.baseline_file, "lastScenarioFolder")
        proposal_form.addRow(self.tr("Current list"), self.baseline_source)
        proposal_form.addRow(self.tr("Aktionsräume"), self.space_baseline)
        proposal_form.addRow(self.tr("Aktionsquartiere"), self.quarter_baseline)
        proposal_form.addRow(self.tr("File"), self.baseline_file)
        self.propose_button = QPushButton(self.tr("Propose changes"))
        self.propose_button.setObjectName("proposeChangesButton")
        self.propose_button.setToolTip(
            self.tr("Compare the current list with the assessment; the changes appear as switches below")
        )
        proposal_form.addRow(self.propose_button)
        self.body.addWidget(self.proposal_box)
        self.message = self.note()
        self.message.setObjectName("assessmentMessage")
        self.body.addWidget(self.message)

        read_when_finished(self.catalogue_file, self.load_catalogue)
        self.method.currentIndexChanged.connect(
            lambda _index: self.remember("lastMethod", self.method.currentData())
        )
        self.assess_button.clicked.connect(self.assess)
        self.window_button.clicked.connect(self.open_table_window)
        self.shown_level.currentIndexChanged.connect(lambda _index: self.show_level())
        self.colour_by.currentIndexChanged.connect(lambda _index: self.apply_colouring())
        self.table.selectionModel().selectionChanged.connect(self._rows_selected)
        self.baseline_source.currentIndexChanged.connect(lambda _index: self._baseline_source_changed())
        self.propose_button.clicked.connect(self.propose)
        controller.levelsChanged.connect(self._levels_changed)
        controller.joinedChanged.connect(lambda _level: self._update_buttons())
        controller.assessmentChanged.connect(self._assessment_changed)
        controller.workspaceChanged.connect(self._fill_colour_choices)
        self._baseline_source_changed()
        self._levels_changed()

    # -- catalogue ------------------------------------------------------------------------------
    def load_catalogue(self) -> Catalogue | None:
        """Read and validate the chosen catalogue; errors in the message bar and below the field."""
        path = self.catalogue_file.filePath().strip()
        if not path:
            self.catalogue_info.setText(self.tr("Choose an indicator catalogue (TOML)."))
            return None
        try:
            catalogue = load_catalogue(path)
        except Exception as error:
            self.controller.catalogue = None
            self.catalogue_info.setText(self.tr("Not usable: {error}").format(error=error_text(error)))
            self.controller.show_error(self.tr("The catalogue could not be read"), error)
            return None
        self.controller.catalogue = catalogue
        self.controller.catalogue_path = path
        self.remember("lastCatalogue", path)
        self.remember("lastCatalogueFolder", str(Path(path).parent))
        self._show_catalogue(catalogue)
        return catalogue

    def _show_catalogue(self, catalogue: Catalogue | None) -> None:
        if catalogue is not None:
            self.catalogue_info.setText(
                self.tr("'{name}': {indicators} indicators in {domains} domains.").format(
                    name=catalogue.name,
                    indicators=len(catalogue.indicators),
                    domains=len({i.domain for i in catalogue.indicators}),  # domains in use only
                )
            )

    def _levels_changed(self) -> None:
        levels = self.controller.levels
        if not self.catalogue_file.filePath():
            remembered = self.setting("lastCatalogue", "")
            is_sample = levels is not None and Path(levels.spaces.layer.source().split("|")[0]) == Path(
                SAMPLE_GPKG
            )
            default = str(SAMPLE_CATALOGUE) if is_sample else remembered
            if default and Path(default).is_file():
                self.catalogue_file.setFilePath(default)
        for combo, level in ((self.space_baseline, "spaces"), (self.quarter_baseline, "quarters")):
            area_level = None if levels is None else getattr(levels, level)
            layer = area_level.layer if area_level is not None else None
            combo.setLayer(layer)
            combo.setField(guess_baseline_field(layer, level))
        if self.baseline_source.currentData() != "file" and layer_has_no_list(self.space_baseline):
            self.baseline_source.setCurrentIndex(self.baseline_source.findData("none"))
        self._set_watched_layer(None)
        self.model.clear()
        self.method_label.clear()
        self._fill_colour_choices()
        self._update_buttons()

    def _baseline_source_changed(self) -> None:
        source = self.baseline_source.currentData()
        self.baseline_file.setEnabled(source == "file")
        self.space_baseline.setEnabled(source == "fields")
        self.quarter_baseline.setEnabled(source == "fields")

    def _update_buttons(self) -> None:
        self.assess_button.setEnabled("spaces" in self.controller.joined)
        self.propose_button.setEnabled("spaces" in self.controller.assessments)

    # -- assessing ------------------------------------------------------------------------------
    def assess(self) -> None:
        """Assess every level with joined indicators, in the background; results become layers."""
        title = self.tr("The areas could not be assessed")
        catalogue = self.load_catalogue()
        if catalogue is None:
            if not self.catalogue_file.filePath().strip():
                self.report_error(title, self.tr("Choose an indicator catalogue."))
            return
        if "spaces" not in self.controller.joined or self.controller.levels is None:
            self.report_error(title, self.tr("Join an indicator table to the Sozialräume first."))
            return
        method = self.method.currentData()
        plans = {}
        for level in LEVELS:
            layer = self.controller.joined.get(level)
            area_level = getattr(self.controller.levels, level)
            if layer is None or area_level is None:
                continue
            try:
                plans[level] = assessment_levels.prepare_level(
                    layer,
                    area_level.key_field,
                    catalogue,
                    method,
                    self.tr("{layer} – assessed").format(layer=layer.name()),
                    self.controller.reference_tables.get(level),
                )
            except Exception as error:
                self.controller.show_error(
                    self.tr("Layer '{layer}' could not be assessed").format(layer=layer.name()), error
                )
                return

        def compute(task):
            return assessment_levels.compute_levels(plans, catalogue, task.isCanceled)

        self.assess_button.setEnabled(False)
        self.message.setText(self.tr("Assessing…"))
        self._plans = plans
        self.controller.run_task(
            self.tr("Assessing the areas"),
            compute,
            self._assessed,
            lambda _error: self._assess_failed(),
            failure_title=title,
        )

    def _assess_failed(self) -> None:
        self.message.setText(self.tr("The assessment failed; see the message bar."))
        self._update_buttons()

    def _assessed(self, outcomes: dict) -> None:
        path = results_path(self.controller)
        for level, outcome in outcomes.items():
            layer = assessment_levels.store_level(
                self.controller.project,
                level,
                self._plans[level],
                outcome,
                path,
                self.controller.assessed_layers.get(level),
                self.controller.catalogue_path,
            )
            self.controller.add_layer(layer, results_group_name())
            self._set_visible(self.controller.joined.get(level), False)
            self.controller.set_assessment(level, outcome.result, layer)
        result = self.controller.assessments["spaces"]
        self.method_label.setText(method_text(result))
        count = len(result.below_average())
        self.message.setText(
            self.tr("{below} of {count} Sozialräume below average.").format(
                below=count, count=len(result.keys)
            )
        )
        self._update_buttons()
        self.show_level(reset_colouring=True)

    # -- the table ------------------------------------------------------------------------------
    def _assessment_changed(self, level: str) -> None:
        path = self.controller.catalogue_path
        if path and not self.catalogue_file.filePath().strip():  # an assessment read from the project
            self.catalogue_file.blockSignals(True)
            self.catalogue_file.setFilePath(path)
            self.catalogue_file.blockSignals(False)
            self._show_catalogue(self.controller.catalogue)
        result = self.controller.assessments.get(level)
        if level == "spaces" and result is not None:
            self.method_label.setText(method_text(result))
        if level == self.shown_level.currentData():
            self.show_level()
        self._update_buttons()

    def current_layer(self) -> QgsVectorLayer | None:
        return self.controller.assessed_layers.get(self.shown_level.currentData())

    def show_level(self, reset_colouring: bool = False) -> None:
        """Fill the table with the assessed areas of the chosen level and colour its layer."""
        level = self.shown_level.currentData()
        result = self.controller.assessments.get(level)
        layer = self.controller.assessed_layers.get(level)
        area_level = None if self.controller.levels is None else getattr(self.controller.levels, level)
        self._set_watched_layer(layer)
        if result is None or layer is None or area_level is None:
            self.model.clear()
            self._fill_colour_choices()
            return
        table = area_table(result, layer, area_level)
        self.model.set_areas(table.columns, table.keys, table.fids, table.flagged, table.tooltips)
        # the name column takes the width the counts leave (never less than AREA_COLUMN_WIDTH)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(28)
        others = sum(header.sectionSizeHint(c) for c in range(1, self.proxy.columnCount()))
        if self.table.viewport().width() - others < AREA_COLUMN_WIDTH:  # too many columns: scroll sideways
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, AREA_COLUMN_WIDTH)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self._fill_colour_choices(reset_colouring)

    def open_table_window(self) -> QDialog:
        """Show the area table (the same rows, sorting and selection) in a resizable window of its own."""
        if self.table_window is None:
            self.table_window = QDialog(self)
            self.table_window.setObjectName("areaTableWindow")
            self.table_window.setWindowTitle(self.tr("Assessed areas"))
            view = QTableView(self.table_window)
            view.setObjectName("areaTableWindowView")
            view.setModel(self.proxy)
            view.setSelectionModel(self.table.selectionModel())
            view.setSortingEnabled(True)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setAlternatingRowColors(True)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            layout = QVBoxLayout(self.table_window)
            layout.addWidget(view)
            header = view.horizontalHeader()
            wide = sum(
                max(header.sectionSizeHint(c), view.sizeHintForColumn(c))
                for c in range(1, self.proxy.columnCount())
            )
            bold = view.font()
            bold.setBold(True)  # flagged areas are shown in bold
            names = [str(self.proxy.index(row, 0).data() or "") for row in range(self.proxy.rowCount())]
            wide += max((QFontMetrics(bold).horizontalAdvance(name) for name in names), default=100)
            wide += 100  # cell padding, scroll bar and the window's frame: every name whole
            self.table_window.resize(max(600, wide), 600)
        self.table_window.show()
        self.table_window.raise_()
        return self.table_window

    # -- table ↔ canvas -------------------------------------------------------------------------
    def _set_watched_layer(self, layer: QgsVectorLayer | None) -> None:
        if self._watched_layer is not None:
            # already disconnected, or the layer is gone
            with contextlib.suppress(TypeError, RuntimeError):
                self._watched_layer.selectionChanged.disconnect(self._layer_selection_changed)
        self._watched_layer = layer
        if layer is not None:
            layer.selectionChanged.connect(self._layer_selection_changed)

    def select_row(self, row: int) -> None:
        """Select a row of the (sorted) table as a click does."""
        self.table.selectRow(row)

    def _rows_selected(self, *_args) -> None:
        if self._syncing:
            return
        layer = self.current_layer()
        if layer is None:
            return
        rows = self.table.selectionModel().selectedRows()
        fids = [self.proxy.data(index, FID_ROLE) for index in rows]
        fids = [fid for fid in fids if fid is not None]
        self._syncing = True
        try:
            layer.selectByIds(fids)
        finally:
            self._syncing = False
        if fids:
            self.zoom_to_selection(layer)

    def zoom_to_selection(self, layer: QgsVectorLayer) -> None:
        """Show the selected areas of ``layer`` with room around them."""
        canvas = self.controller.iface.mapCanvas()
        zoom_to(canvas, canvas.mapSettings().layerExtentToOutputExtent(layer, layer.boundingBoxOfSelected()))

    def _layer_selection_changed(self, *_args) -> None:
        if self._syncing or self._watched_layer is None:
            return
        selected = set(self._watched_layer.selectedFeatureIds())
        selection = QItemSelection()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, FID_ROLE) in selected:
                selection.select(index, self.proxy.index(row, self.proxy.columnCount() - 1))
        self._syncing = True
        try:
            self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if selection.indexes():
                self.table.scrollTo(selection.indexes()[0])
        finally:
            self._syncing = False

    # -- colouring ------------------------------------------------------------------------------
    def _fill_colour_choices(self, reset: bool = False) -> None:
        """The measures of the shown level's assessment; the current choice is kept unless ``reset``."""
        level = self.shown_level.currentData()
        result = self.controller.assessments.get(level)
        layer = self.controller.assessed_layers.get(level)
        # each assessed layer remembers its colouring (also in the saved project)
        stored = layer.customProperty(COLOURING_PROPERTY) if layer is not None else None
        current = None if reset else (stored or self.colour_by.currentData())
        self._colour_choices = {
            choice.id: choice
            for choice in colouring_choices(result, with_status=self.controller.workspace is not None)
        }
        self.colour_by.blockSignals(True)
        self.colour_by.clear()
        for choice in self._colour_choices.values():
            self.colour_by.addItem(choice.label, choice.id)
        index = self.colour_by.findData(current) if current is not None else -1
        self.colour_by.setCurrentIndex(max(index, 0))
        self.colour_by.blockSignals(False)
        if result is not None:
            self.apply_colouring()

    def colour_by_indicator(self, indicator_id: str) -> None:
        """Choose an indicator in "Colour map by" (as a user does)."""
        index = self.colour_by.findData(f"indicator:{indicator_id}")
        if index < 0:
            raise KeyError(indicator_id)
        self.colour_by.setCurrentIndex(index)

    def apply_colouring(self) -> None:
        """Colour the shown level's assessed layer by the chosen measure, or show the status layers."""
        choice = self._colour_choices.get(self.colour_by.currentData())
        if choice is None:
            return
        level = self.shown_level.currentData()
        layer = self.controller.assessed_layers.get(level)
        result = self.controller.assessments.get(level)
        workspace = self.controller.workspace
        if layer is not None:
            layer.setCustomProperty(COLOURING_PROPERTY, choice.id)
        status_layers = workspace.status_layers.layers() if workspace is not None else []
        if choice.kind == COLOUR_STATUS:
            for assessed in self.controller.assessed_layers.values():
                self._set_visible(assessed, False)
            for status_layer in status_layers:
                self._set_visible(status_layer, True)
            self.controller.iface.mapCanvas().refresh()
            return
        if layer is None or result is None:
            return
        try:
            apply_colouring(layer, result, choice)
        except Exception as error:
            self.controller.show_error(self.tr("The map could not be coloured"), error)
            return
        for other in self.controller.assessed_layers.values():
            self._set_visible(other, other is layer)
        for status_layer in status_layers:  # they lie above: the chosen measure would stay hidden
            if status_layer is not workspace.status_layers.districts:  # the outlines stay
                self._set_visible(status_layer, False)
        self.controller.iface.mapCanvas().refresh()

    def _set_visible(self, layer: QgsVectorLayer | None, visible: bool) -> None:
        if layer is None:
            return
        node = self.controller.project.layerTreeRoot().findLayer(layer.id())
        if node is not None:
            node.setItemVisibilityChecked(visible)

    # -- proposing changes ----------------------------------------------------------------------
    def propose(self) -> None:
        """Proposed changes from the current list and the assessment → a new scenario (workspace)."""
        title = self.tr("No changes could be proposed")
        spaces_result = self.controller.assessments.get("spaces")
        levels = self.controller.levels
        if spaces_result is None or levels is None:
            self.report_error(title, self.tr("Assess the Sozialräume first."))
            return
        quarters_result = self.controller.assessments.get("quarters")
        try:
            scenario = proposals.propose_scenario(
                levels,
                self._baseline(),
                spaces_result,
                quarters_result,
                self.tr("Proposals from the assessment of {date}").format(
                    date=date_text(datetime.date.today())
                ),
                self.controller.catalogue_path,
                method_text(spaces_result),
            )
            changes = scenario.changes
            self.controller.start_workspace(scenario)
        except Exception as error:
            self.report_error(title, error)
            return
        self.message.setText(
            self.tr("{count} changes proposed; switch them on and off under 'List and proposals'.").format(
                count=len(changes)
            )
        )

    def _baseline(self):
        levels = self.controller.levels
        if self.baseline_source.currentData() == "none":
            return Baseline()
        if self.baseline_source.currentData() == "file":
            path = self.baseline_file.filePath().strip()
            if not path:
                raise ValueError(self.tr("Choose the file with the current list."))
            return read_baseline(path)
        if not self.space_baseline.currentField():
            raise ValueError(self.tr("Choose the field that marks today's Aktionsräume."))
        return proposals.baseline_from_levels(
            levels, self.space_baseline.currentField(), self.quarter_baseline.currentField()
        )


def layer_has_no_list(combo: QgsFieldComboBox) -> bool:
    """Whether the Sozialraum layer offers no field marking today's Aktionsräume (nothing guessed)."""
    return combo.layer() is not None and not combo.currentField()
