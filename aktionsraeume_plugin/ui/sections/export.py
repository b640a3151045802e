"""Export: the press-release map through the project's print layout, as PDF, PNG or SVG.

The section gathers a :class:`~...services.map_service.MapRequest`; which layout is used, refusing an
orientation the project's map layout does not have, the comparison and the resolution are decided by
``services.map_service``, exactly as for the Processing algorithm and the command line.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsFeedback, QgsPrintLayout, QgsProxyProgressTask
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QMessageBox, QPushButton, QSpinBox

from ...services.map_export import COMPARISON_LAYOUT_NAME, LAYOUT_NAME
from ...services.map_service import (
    MAX_DPI,
    MIN_DPI,
    MapRequest,
    default_dpi,
    export_map,
    map_layout,
    supported_variants,
)
from ...services.messages import error_text
from .base import Section, button_rows


class ExportDeclinedError(Exception):
    """The user declined to export (replacement fonts); nothing was written."""


class ExportSection(Section):
    """Choose layout, format and file; export. The layout is a normal QGIS print layout."""

    def __init__(self, controller, parent=None):
        super().__init__(controller, "ExportSection", parent)
        self.setTitle(self.tr("Export map"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_combo = QComboBox()
        self.layout_combo.setObjectName("layoutCombo")
        self.variant = QComboBox()
        self.variant.setObjectName("variantCombo")
        self.variant.addItem(self.tr("As in the project (A4 landscape when new)"), None)
        self.variant.addItem(self.tr("A4 landscape"), "landscape")
        self.variant.addItem(self.tr("A4 portrait"), "portrait")
        self.variant.addItem(self.tr("Comparison: current list and scenario side by side"), "comparison")
        self.variant.setToolTip(
            self.tr("The project's map layout is used as it was adjusted; reset it to change its orientation")
        )
        self.format = QComboBox()
        self.format.setObjectName("formatCombo")
        for label, fmt in ((self.tr("PDF (print)"), "pdf"), (self.tr("PNG (image)"), "png"), ("SVG", "svg")):
            self.format.addItem(label, fmt)
        self.dpi = QSpinBox()
        self.dpi.setObjectName("dpiSpin")
        self.dpi.setRange(MIN_DPI, MAX_DPI)
        self.dpi.setSuffix(" dpi")
        self.dpi.setValue(default_dpi("pdf"))
        self.path = QgsFileWidget()
        self.path.setObjectName("exportPath")
        self.path.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.path.setConfirmOverwrite(False)  # asked once, in export(), for every way a path gets here
        self.follow_start_folder(self.path, "lastExportFolder", "aktionsraeume-karte.pdf")
        form.addRow(self.tr("Layout"), self.layout_combo)
        form.addRow(self.tr("Map"), self.variant)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Resolution"), self.dpi)
        form.addRow(self.tr("File"), self.path)
        self.body.addLayout(form)
        self.designer_button = QPushButton(self.tr("Open in layout designer"))
        self.reset_button = QPushButton(self.tr("Reset to template"))
        self.body.addLayout(button_rows([self.designer_button, self.reset_button]))
        self.export_button = QPushButton(self.tr("Export map"))
        self.export_button.setObjectName("exportMapButton")
        self.body.addWidget(self.export_button)
        self.message = self.note()
        self.body.addWidget(self.message)

        self.format.currentIndexChanged.connect(self._format_changed)
        self.export_button.clicked.connect(lambda: self.export())
        self.designer_button.clicked.connect(self.open_designer)
        self.reset_button.clicked.connect(lambda: self.reset_layout())
        manager = controller.project.layoutManager()
        manager.layoutAdded.connect(self.refresh_layouts)
        manager.layoutRemoved.connect(self.refresh_layouts)
        manager.layoutRenamed.connect(self.refresh_layouts)
        controller.workspaceChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.refresh_layouts()
        workspace = self.controller.workspace
        enabled = workspace is not None
        for widget in (self.export_button, self.designer_button, self.reset_button):
            widget.setEnabled(enabled)
        # The comparison only where the set-up has a current list (the service's rule).
        comparison = self.variant.findData("comparison")
        offered = enabled and "comparison" in supported_variants(workspace)
        self.variant.model().item(comparison).setEnabled(offered)
        if not offered and self.variant.currentIndex() == comparison:
            self.variant.setCurrentIndex(0)

    def refresh_layouts(self, *_args) -> None:
        """The Aktionsräume map (made as "Map" says) and every other print layout of the project."""
        current = self.layout_combo.currentData()
        self.layout_combo.clear()
        self.layout_combo.addItem(self.tr("Aktionsräume map"), "")
        for layout in self.controller.project.layoutManager().printLayouts():
            if layout.name() not in (LAYOUT_NAME, COMPARISON_LAYOUT_NAME):
                self.layout_combo.addItem(layout.name(), layout.name())
        self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(current or ""), 0))

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        self.dpi.setValue(default_dpi(fmt))
        path = self.path.filePath()
        if path:
            self.path.setFilePath(str(Path(path).with_suffix(f".{fmt}")))

    def request(self, path: Path | None = None, reset: bool = False) -> MapRequest:
        """What the widgets ask for, as the services take it."""
        path = Path(path or self.path.filePath())
        return MapRequest(
            out=path,
            formats=[path.suffix.lstrip(".").lower() or self.format.currentData()],
            dpi=self.dpi.value(),
            variant=self.variant.currentData(),
            reset=reset,
            layout_name=self.layout_combo.currentData() or "",
        )

    def layout(self, reset: bool = False) -> QgsPrintLayout:
        """The chosen layout; the map layout is made from the template when missing (or on reset)."""
        request = self.request(Path("unused"), reset)
        if reset:
            request.layout_name = ""
        return map_layout(self.controller.project, self.controller.workspace, request)

    def open_designer(self) -> None:
        try:
            self.controller.iface.openLayoutDesigner(self.layout())
        except Exception as error:
            self.controller.show_error(self.tr("The layout could not be opened"), error)

    def reset_layout(self, ask: bool = True) -> None:
        """Rebuild the map layout from the template; with ``ask``, only after the user agreed (changes
        made in the layout designer are lost)."""
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Reset to template"),
                self.tr(
                    "Rebuild the map layout from the template? Changes made in the layout designer are lost."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.layout(reset=True)
        except Exception as error:
            self.controller.show_error(self.tr("The layout could not be reset"), error)
            return
        self.message.setText(self.tr("The layout was rebuilt from the template."))

    def _ask_fonts(self, layout: QgsPrintLayout) -> None:
        """Before the export: missing fonts are exported with replacements only if the user agrees."""
        if not self.fonts_accepted(layout, self.tr("Export map")):
            raise ExportDeclinedError

    def export(self, path: Path | None = None, ask: bool = True) -> Path | None:
        """Export to ``path`` (default: the file field). With ``ask``, an existing file is replaced only
        after the user agreed."""
        path = Path(path or self.path.filePath())
        if not path.name:
            self.report_error(self.tr("Export map"), self.tr("Choose a file to export to."))
            return None
        fmt = self.format.currentData()
        if path.suffix.lower() != f".{fmt}":  # the chosen format wins; the file name says what it holds
            path = path.with_suffix(f".{fmt}")
        overwrite = False
        if path.exists():
            if not ask:
                return None
            answer = QMessageBox.question(
                self,
                self.tr("Export map"),
                self.tr("{path} exists already. Replace it?").format(path=path),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            overwrite = True
        request = self.request(path)
        request.overwrite = overwrite
        # Layouts must be exported on the main thread; the proxy task shows progress in QGIS's task bar.
        task = QgsProxyProgressTask(self.tr("Exporting the Aktionsräume map"))
        QgsApplication.taskManager().addTask(task)
        feedback = QgsFeedback()
        feedback.progressChanged.connect(task.setProxyProgress)
        try:
            (written,) = export_map(
                self.controller.project, self.controller.workspace, request, feedback, self._ask_fonts
            )
        except ExportDeclinedError:  # the user declined the replacement fonts
            return None
        except Exception as error:
            self.controller.show_error(self.tr("The map could not be exported"), error)
            self.message.setText(error_text(error))
            return None
        finally:
            task.finalize(True)
        self.remember("lastExportFolder", str(path.parent))
        self.message.setText(self.tr("Map exported to {path}").format(path=written))
        self.controller.show_success(self.tr("Map exported to {path}").format(path=written))
        return written
