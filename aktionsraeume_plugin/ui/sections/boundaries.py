"""Boundary check: validity, tiling and nesting of the area levels, every finding listed and on the map."""

from __future__ import annotations

from dataclasses import replace

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from ...core.boundaries import DEFAULT_OPTIONS, INVALID_GEOMETRY, BoundaryReport
from ...services import boundary_service
from ...services.boundary_service import (
    AREAS_TABLE,
    POINTS_TABLE,
    BoundaryJob,
    LevelSource,
    style_findings_layer,
    summary_text,
    translated_message,
    type_labels,
)
from ...services.canvas_zoom import zoom_to
from ...services.layers import qgs_geometry
from ...services.result_storage import (
    KIND_PROPERTY,
    free_table_name,
    remove_from_project,
    result_layers_of_kind,
    results_group_name,
    results_path,
    store_layer,
)
from .base import Section

FINDING_ROLE = Qt.ItemDataRole.UserRole


class BoundariesSection(Section):
    """Run the boundary checks on the current levels and walk through the findings on the map."""

    def __init__(self, controller, parent=None):
        super().__init__(controller, "BoundariesSection", parent)
        self.setTitle(self.tr("Boundary check"))
        self.report: BoundaryReport | None = None
        self.crs = QgsCoordinateReferenceSystem()
        self.findings_layers: list[QgsVectorLayer] = []

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tolerance = QDoubleSpinBox()
        self.tolerance.setObjectName("toleranceSpin")
        self.tolerance.setRange(0.0, 1_000_000.0)
        self.tolerance.setDecimals(1)
        self.tolerance.setSuffix(" m²")
        self.tolerance.setValue(float(self.setting("boundaryTolerance", DEFAULT_OPTIONS.area_tolerance)))
        self.tolerance.setToolTip(self.tr("Overlaps, gaps and uncovered parts up to this area are ignored"))
        form.addRow(self.tr("Tolerance"), self.tolerance)
        self.body.addLayout(form)
        self.check_button = QPushButton(self.tr("Check boundaries"))
        self.check_button.setObjectName("checkBoundariesButton")
        self.check_button.setToolTip(
            self.tr(
                "Validity, overlaps and gaps, nesting of quarters in spaces and spaces in districts, keys"
            )
        )
        self.body.addWidget(self.check_button)
        self.summary = self.note()
        self.summary.setObjectName("boundarySummary")
        self.body.addWidget(self.summary)
        self.repair_button = QPushButton(self.tr("Repair into new layer"))
        self.repair_button.setObjectName("repairBoundariesButton")
        self.repair_button.setToolTip(
            self.tr(
                "Repair the invalid polygons with QGIS's Fix geometries into a new layer (the source stays "
                "unchanged), use it for the area level and check again"
            )
        )
        self.repair_button.setEnabled(False)
        self.body.addWidget(self.repair_button)
        self.repair_summary = self.note()
        self.repair_summary.setObjectName("repairSummary")
        self.body.addWidget(self.repair_summary)
        self.findings = QTreeWidget()
        self.findings.setObjectName("findingsList")
        self.findings.setColumnCount(3)
        self.findings.setHeaderLabels([self.tr("Type"), self.tr("Keys"), self.tr("Message")])
        self.findings.setRootIsDecorated(False)
        self.findings.setAlternatingRowColors(True)
        self.findings.setWordWrap(True)
        self.findings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findings.setMinimumHeight(140)
        self.findings.setToolTip(self.tr("Click a finding to show it on the map"))
        self.body.addWidget(self.findings)

        self.check_button.clicked.connect(self.check)
        self.repair_button.clicked.connect(self.repair)
        self.tolerance.valueChanged.connect(lambda value: self.remember("boundaryTolerance", value))
        self.findings.currentItemChanged.connect(lambda item, _previous: self.show_finding(item))
        controller.levelsChanged.connect(self._levels_changed)
        self._levels_changed()

    def _levels_changed(self) -> None:
        self.check_button.setEnabled(self.controller.levels is not None)
        self.repair_button.setEnabled(bool(self.levels_to_repair()))
        # the project's findings layers (a check again replaces them)
        self.findings_layers = result_layers_of_kind(self.controller.project, "boundary_findings")
        if not self.findings_layers and self.report is not None:  # another project: nothing stale stays
            self.report = None
            self.findings.clear()
            self.summary.clear()
        elif self.findings_layers and self.report is None:
            self.summary.setText(
                self.tr("The project holds the findings of an earlier check; check again to list them.")
            )

    # -- checking -------------------------------------------------------------------------------
    def sources(self) -> tuple[LevelSource, LevelSource | None, LevelSource | None]:
        """The current levels as the check's sources (a parent field only where the parent level exists)."""
        levels = self.controller.levels
        districts = levels.districts
        quarters = levels.quarters
        spaces = LevelSource(
            levels.spaces.layer,
            levels.spaces.key_field,
            levels.spaces.parent_field if districts is not None and levels.spaces.parent_field else None,
        )
        quarter_source = (
            LevelSource(quarters.layer, quarters.key_field, quarters.parent_field or None)
            if quarters is not None
            else None
        )
        district_source = LevelSource(districts.layer, districts.key_field) if districts is not None else None
        return spaces, quarter_source, district_source

    def check(self) -> None:
        """Read the levels (main thread), check them in the background, then list and map the findings."""
        title = self.tr("The boundaries could not be checked")
        if self.controller.levels is None:
            self.controller.show_error(title, self.tr("Choose the area layers first (Areas)."))
            return
        options = replace(DEFAULT_OPTIONS, area_tolerance=self.tolerance.value())
        try:
            job = boundary_service.prepare_job(
                *self.sources(), options=options, transform_context=self.controller.project.transformContext()
            )
        except Exception as error:
            self.controller.show_error(title, error)
            return

        def compute(task):
            return boundary_service.compute(
                job,
                progress=task.setProgress,
                is_cancelled=task.isCanceled,
            )

        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("Checking…"))
        self.controller.run_task(
            self.tr("Checking the boundaries"),
            compute,
            lambda report: self._checked(report, job),
            lambda _error: self._failed(),
            failure_title=title,
        )

    def _failed(self) -> None:
        self.summary.setText(self.tr("The check failed; see the message bar."))
        self._levels_changed()

    def _checked(self, report: BoundaryReport, job: BoundaryJob) -> None:
        self._levels_changed()
        result = boundary_service.apply(report, job)  # styled memory layers
        project = self.controller.project
        for layer in self.findings_layers:
            remove_from_project(project, layer)
        path = results_path(self.controller)
        layers = []
        for memory_layer, table in ((result.areas, AREAS_TABLE), (result.points, POINTS_TABLE)):
            layer = store_layer(memory_layer, path, table, memory_layer.name())
            style_findings_layer(layer)
            layer.setCustomProperty(KIND_PROPERTY, "boundary_findings")
            self.controller.add_layer(layer, results_group_name())
            layers.append(layer)
        self.findings_layers = layers
        self.report = report
        self.crs = QgsCoordinateReferenceSystem.fromWkt(job.crs_wkt)
        self.summary.setText(summary_text(report))
        self._fill(report)
        self.repair_button.setEnabled(bool(self.levels_to_repair()))

    def _fill(self, report: BoundaryReport) -> None:
        labels = type_labels()
        self.findings.clear()
        for number, finding in enumerate(report.findings):
            message = translated_message(finding)
            item = QTreeWidgetItem([labels.get(finding.type, finding.type), ", ".join(finding.keys), message])
            item.setData(0, FINDING_ROLE, number)
            item.setToolTip(2, message)
            self.findings.addTopLevelItem(item)
        for column in (0, 1):
            self.findings.resizeColumnToContents(column)

    # -- repairing ------------------------------------------------------------------------------
    def levels_to_repair(self) -> list[str]:
        """The levels ("spaces", "quarters", "districts") whose last check found invalid polygons."""
        levels = self.controller.levels
        if self.report is None or levels is None:
            return []
        invalid = {f.level for f in self.report.findings if f.type == INVALID_GEOMETRY}
        return [
            name for name in ("spaces", "quarters", "districts") if name in invalid and getattr(levels, name)
        ]

    def repair(self) -> None:
        """Repair each level with invalid polygons through QGIS's Fix geometries into a new layer of the
        results GeoPackage, use the new layers as the levels, say what changed, and check again."""
        names = self.levels_to_repair()
        if not names:
            return
        levels = self.controller.levels
        path = results_path(self.controller)
        replaced = {}
        texts = []
        try:
            for name in names:
                area_level = getattr(levels, name)
                result = boundary_service.repair_geometries(area_level.layer, area_level.key_field)
                layer = store_layer(
                    result.layer, path, free_table_name(path, f"repaired_{name}"), result.layer.name()
                )
                layer.setCustomProperty(KIND_PROPERTY, "repaired_boundaries")
                self.controller.add_layer(layer, results_group_name())
                replaced[name] = replace(area_level, layer=layer)
                texts.append(boundary_service.repair_summary(result, limit=10))
        except Exception as error:
            self.controller.show_error(self.tr("The boundaries could not be repaired"), error)
            return
        self.report = None  # its findings belong to the old layers
        self.findings.clear()
        self.controller.set_levels(replace(levels, **replaced))
        self.repair_summary.setText("\n".join(texts))
        self.check()

    # -- showing a finding ----------------------------------------------------------------------
    def finding_geometry(self, item: QTreeWidgetItem | None) -> QgsGeometry | None:
        """The finding's location in the canvas CRS, or None when it has none."""
        if item is None or self.report is None:
            return None
        finding = self.report.findings[item.data(0, FINDING_ROLE)]
        geometry = qgs_geometry(finding.location)
        if geometry.isNull() or geometry.isEmpty():
            return None
        canvas_crs = self.controller.iface.mapCanvas().mapSettings().destinationCrs()
        if canvas_crs.isValid() and self.crs.isValid() and canvas_crs != self.crs:
            geometry.transform(
                QgsCoordinateTransform(self.crs, canvas_crs, self.controller.project.transformContext())
            )
        return geometry

    def show_finding(self, item: QTreeWidgetItem | None) -> None:
        """Zoom to the finding (with some room around it) and flash it."""
        geometry = self.finding_geometry(item)
        if geometry is None:
            return
        canvas = self.controller.iface.mapCanvas()
        zoom_to(canvas, geometry.boundingBox())
        canvas.flashGeometries([geometry], canvas.mapSettings().destinationCrs())
