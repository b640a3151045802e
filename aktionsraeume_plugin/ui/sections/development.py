"""Comparing two years: the later and the earlier year's values, the map coloured by development or by
status then → now, and the before/after table of one indicator.

Only gathers inputs and shows results: the comparison runs in ``services.development_layers`` (rules in
``core.development``), in the background with Cancel.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsMapLayerProxyModel, QgsVectorLayer
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.catalogue import load_catalogue
from ...services.assessment_levels import COLOURING_PROPERTY
from ...services.development_layers import (
    COLOUR_DEVELOPMENT,
    COLOUR_STATUS_CHANGE,
    StoredComparison,
    apply_comparison_colouring,
    comparison_layer,
    comparison_table,
    compute_comparison,
    prepare_comparison,
    report_lines,
    store_comparison,
    stored_report,
    table_caption,
)
from ...services.messages import render
from ...services.result_storage import results_group_name, results_path
from ...services.sample_project import STATISTIKATLAS_CATALOGUE, STATISTIKATLAS_GPKG, STATISTIKATLAS_TABLES
from ..area_table_model import FID_ROLE, SORT_ROLE, AreaTableModel
from .base import Section

#: Width of the area-name column of the table (pixels; the dock is about 350 wide).
AREA_COLUMN_WIDTH = 90
TABLE_FILTER = "*.csv *.txt *.xlsx *.xls *.ods"


class YearSource(QWidget):
    """One year's values: a layer of the project (areas or table), or a table file."""

    def __init__(self, name: str, tooltip: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.layer = QgsMapLayerComboBox()
        self.layer.setObjectName(f"{name}Layer")
        self.layer.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.layer.setAllowEmptyLayer(True)
        self.layer.setLayer(None)
        self.layer.setToolTip(tooltip)
        self.file = QgsFileWidget()
        self.file.setObjectName(f"{name}File")
        self.file.setFilter(self.tr("Indicator table ({patterns})").format(patterns=TABLE_FILTER))
        self.file.setToolTip(self.tr("Or a table file (CSV, XLSX, ODS); a file is used before a layer"))
        self.file.lineEdit().setPlaceholderText(self.tr("or a table file …"))
        layout.addWidget(self.layer)
        layout.addWidget(self.file)
        # one source at a time: choosing a layer empties the file, choosing a file empties the layer
        self.layer.layerChanged.connect(lambda layer: self.file.setFilePath("") if layer else None)
        self.file.fileChanged.connect(lambda path: self.layer.setLayer(None) if path else None)

    def source(self) -> QgsVectorLayer | str | None:
        """The chosen table file (path), else the chosen layer, else None."""
        path = self.file.filePath().strip()
        return path or self.layer.currentLayer()

    def set_source(self, source) -> None:
        if isinstance(source, QgsVectorLayer):
            self.layer.setLayer(source)
        else:
            self.file.setFilePath(str(source))


class DevelopmentSection(Section):
    """Compare the later year with an earlier one; map and table of how each area developed."""

    def __init__(self, controller, parent=None):
        super().__init__(controller, "DevelopmentSection", parent)
        self.setTitle(self.tr("Compare two years"))
        self.layer: QgsVectorLayer | None = None
        self.stored: StoredComparison | None = None
        self._plan = None
        intro = self.note(
            self.tr(
                "How did each area develop since an earlier year? The years are matched by area key; "
                "the map shows the areas of the first step."
            )
        )
        self.body.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.later = YearSource(
            "later", self.tr("The later year's values: the areas with joined indicators, or a table")
        )
        self.earlier = YearSource(
            "earlier", self.tr("The earlier year's values for the same areas: a layer or a table")
        )
        for source in (self.later, self.earlier):
            self.follow_start_folder(source.file, "lastTableFolder")
        self.catalogue_file = QgsFileWidget()
        self.catalogue_file.setObjectName("developmentCatalogueFile")
        self.follow_start_folder(self.catalogue_file, "lastCatalogueFolder")
        self.catalogue_file.setFilter(self.tr("Indicator catalogue (*.toml *.json)"))
        self.catalogue_file.setToolTip(
            self.tr("The indicators, their direction and units, the rule for 'below average'")
        )
        form.addRow(self.tr("Later year"), self.later)
        form.addRow(self.tr("Earlier year"), self.earlier)
        form.addRow(self.tr("Catalogue"), self.catalogue_file)
        self.body.addLayout(form)
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setObjectName("compareYearsButton")
        self.compare_button.setToolTip(
            self.tr(
                "Per area the change of every indicator, the development class and the status then and now"
            )
        )
        self.body.addWidget(self.compare_button)
        self.message = self.note()
        self.message.setObjectName("developmentMessage")
        self.body.addWidget(self.message)
        self.report = self.note()
        self.report.setObjectName("developmentReport")
        self.body.addWidget(self.report)

        view_form = QFormLayout()
        view_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.colour_by = QComboBox()
        self.colour_by.setObjectName("developmentColourCombo")
        self.colour_by.addItem(self.tr("Development"), COLOUR_DEVELOPMENT)
        self.colour_by.setItemData(
            0, self.tr("Improved, stable or worsened, by the development index"), Qt.ItemDataRole.ToolTipRole
        )
        self.colour_by.addItem(self.tr("Status then → now"), COLOUR_STATUS_CHANGE)
        self.colour_by.setItemData(
            1,
            self.tr("Still, newly, no longer or never below the city average"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.indicator = QComboBox()
        self.indicator.setObjectName("developmentIndicatorCombo")
        self.indicator.setToolTip(self.tr("The indicator the table shows then and now"))
        view_form.addRow(self.tr("Colour map by"), self.colour_by)
        view_form.addRow(self.tr("Indicator"), self.indicator)
        self.body.addLayout(view_form)
        self.caption = self.note()
        self.caption.setObjectName("developmentCaption")
        self.body.addWidget(self.caption)

        self.model = AreaTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("developmentTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumHeight(8 * (self.fontMetrics().height() + 6))
        self.body.addWidget(self.table, 1)

        self.compare_button.clicked.connect(self.compare)
        self.colour_by.currentIndexChanged.connect(lambda _index: self.show_result())
        self.indicator.currentIndexChanged.connect(lambda _index: self._fill_table())
        self.table.selectionModel().selectionChanged.connect(self._rows_selected)
        controller.levelsChanged.connect(self._levels_changed)
        controller.joinedChanged.connect(self._joined_changed)
        controller.workspaceChanged.connect(self.restore)
        self._levels_changed()

    # -- inputs ---------------------------------------------------------------------------------
    def _levels_changed(self) -> None:
        """New areas: the sample "Dortmund Statistikatlas" brings both years and its catalogue."""
        levels = self.controller.levels
        source = levels.spaces.layer.source().split("|")[0] if levels is not None else ""
        if source and Path(source).resolve() == STATISTIKATLAS_GPKG.resolve():
            self.later.set_source(STATISTIKATLAS_TABLES[2024])
            self.earlier.set_source(STATISTIKATLAS_TABLES[2018])
            self.catalogue_file.setFilePath(str(STATISTIKATLAS_CATALOGUE))
            return self._finish_levels_changed()
        # other areas: the real sample's tables and catalogue do not belong to them
        for year in (self.later, self.earlier):
            if year.file.filePath() in {str(path) for path in STATISTIKATLAS_TABLES.values()}:
                year.file.setFilePath("")
        if self.catalogue_file.filePath() == str(STATISTIKATLAS_CATALOGUE):
            self.catalogue_file.setFilePath("")
        if not self.catalogue_file.filePath() and self.controller.catalogue_path:
            self.catalogue_file.setFilePath(self.controller.catalogue_path)
        self._finish_levels_changed()

    def _finish_levels_changed(self) -> None:
        self.compare_button.setEnabled(self.controller.levels is not None)
        self.restore()

    def _joined_changed(self, level: str) -> None:
        """Indicators joined to the areas are the later year, unless a source is chosen already."""
        layer = self.controller.joined.get(level)
        if level == "spaces" and layer is not None and self.later.source() is None:
            self.later.set_source(layer)
        if not self.catalogue_file.filePath() and self.controller.catalogue_path:
            self.catalogue_file.setFilePath(self.controller.catalogue_path)

    # -- comparing ------------------------------------------------------------------------------
    def compare(self) -> None:
        """Compare the two years in the background; the result becomes a layer of the project."""
        title = self.tr("The years could not be compared")
        levels = self.controller.levels
        later, earlier = self.later.source(), self.earlier.source()
        path = self.catalogue_file.filePath().strip()
        if levels is None:
            self.report_error(title, self.tr("Choose the areas in the first step."))
            return
        if later is None or earlier is None:
            self.report_error(title, self.tr("Choose the later and the earlier year's values."))
            return
        if not path:
            self.report_error(title, self.tr("Choose an indicator catalogue."))
            return
        try:
            catalogue = load_catalogue(path)
            plan = prepare_comparison(
                levels.spaces,
                later,
                earlier,
                catalogue,
                self.tr("Development {earlier} → {later}").format(
                    earlier=_short(earlier), later=_short(later)
                ),
            )
        except Exception as error:  # a message in the bar, never a traceback
            self.report_error(title, error)
            return
        self._plan = (plan, path)
        self.compare_button.setEnabled(False)
        self.message.setText(self.tr("Comparing…"))
        self.controller.run_task(
            self.tr("Comparing two years"),
            lambda task: compute_comparison(plan, task.isCanceled),
            self._compared,
            lambda _error: self._failed(),
            failure_title=title,
        )

    def _failed(self) -> None:
        self.message.setText(self.tr("The comparison did not finish; see the message bar."))
        self.compare_button.setEnabled(self.controller.levels is not None)

    def _compared(self, computed) -> None:
        plan, catalogue_path = self._plan
        layer = store_comparison(
            self.controller.project, plan, computed, results_path(self.controller), self.layer, catalogue_path
        )
        self.controller.add_layer(layer, results_group_name())
        self.compare_button.setEnabled(True)
        self.show_layer(layer)

    # -- showing --------------------------------------------------------------------------------
    def restore(self) -> None:
        """Show the comparison the project holds (after reopening it), or nothing."""
        layer = comparison_layer(self.controller.project)
        if layer is None or layer is not self.layer:
            self.show_layer(layer)

    def show_layer(self, layer: QgsVectorLayer | None) -> None:
        """Show a comparison layer: its report, the map's colouring and the table."""
        self.layer, self.stored = layer, None
        if layer is not None:
            try:
                self.stored = stored_report(layer)
            except ValueError as error:
                self.controller.show_error(self.tr("The comparison cannot be shown"), error)
                self.layer = None
        if self.stored is None:
            self.model.clear()
            self.indicator.clear()
            self.report.clear()
            self.message.clear()
            return
        report = self.stored.report
        self.message.setText(
            self.tr("{earlier} → {later}: {count} areas compared.").format(
                earlier=render(report.earlier_label),
                later=render(report.later_label),
                count=layer.featureCount(),
            )
        )
        self.report.setText("\n".join(report_lines(self.stored)))
        current = self.indicator.currentData()
        self.indicator.blockSignals(True)
        self.indicator.clear()
        for indicator in self.stored.indicators:
            self.indicator.addItem(indicator.label, indicator.id)
        self.indicator.setCurrentIndex(max(self.indicator.findData(current), 0))
        self.indicator.blockSignals(False)
        self.colour_by.blockSignals(True)
        stored = layer.customProperty(COLOURING_PROPERTY)
        self.colour_by.setCurrentIndex(max(self.colour_by.findData(stored), 0))
        self.colour_by.blockSignals(False)
        self.show_result()

    def _layer_gone(self) -> bool:
        """True (and the page cleared) when the shown comparison layer has left the project."""
        try:
            gone = self.layer is None or self.controller.project.mapLayer(self.layer.id()) is None
        except RuntimeError:  # deleted with the project or by the user
            gone = True
        if gone and self.layer is not None:
            self.show_layer(None)
        return gone

    def show_result(self) -> None:
        """Colour the comparison layer as chosen and fill the table."""
        if self._layer_gone():
            return
        apply_comparison_colouring(self.layer, self.colour_by.currentData())
        node = self.controller.project.layerTreeRoot().findLayer(self.layer.id())
        if node is not None:
            node.setItemVisibilityChecked(True)
        self.controller.iface.mapCanvas().refresh()
        self._fill_table()

    def _fill_table(self) -> None:
        if self._layer_gone() or self.stored is None or self.indicator.currentData() is None:
            self.model.clear()
            self.caption.clear()
            return
        self.caption.setText(table_caption(self.stored, self.indicator.currentData()))
        table = comparison_table(
            self.layer, self.stored, self.indicator.currentData(), self.colour_by.currentData()
        )
        self.model.set_areas(table.columns, table.keys, table.fids, table.flagged, table.tooltips)
        # the name column takes the width the numbers leave (never less than AREA_COLUMN_WIDTH)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(28)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        others = sum(header.sectionSizeHint(c) for c in range(1, self.proxy.columnCount()))
        if self.table.viewport().width() - others < AREA_COLUMN_WIDTH:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, AREA_COLUMN_WIDTH)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # the worst development first

    def row_of_area(self, name: str) -> int:
        """The (sorted) table row showing the area ``name``; -1 when there is none."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data() == name:
                return row
        return -1

    def _rows_selected(self, *_args) -> None:
        if self._layer_gone():
            return
        fids = [self.proxy.data(index, FID_ROLE) for index in self.table.selectionModel().selectedRows()]
        self.layer.selectByIds([fid for fid in fids if fid is not None])


def _short(source) -> str:
    """A year's source in a layer name: the layer's name or the file's stem."""
    return source.name() if isinstance(source, QgsVectorLayer) else Path(source).stem
