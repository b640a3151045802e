"""Gebietsprofile: one A4 page per area through the project's profile print layout."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsFeedback, QgsPrintLayout
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from ...services.i18n import qgis_language
from ...services.layers import feature_key
from ...services.messages import error_text
from ...services.profile_export import export_profiles, prepare_profiles, project_source
from .base import Section, button_rows


class ProfilesSection(Section):
    """Choose the areas and the file; export one page per area (one PDF, or one PDF per area)."""

    def __init__(self, controller, parent=None):
        super().__init__(controller, "ProfilesSection", parent)
        self.setTitle(self.tr("Area profiles"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.selection = QComboBox()
        self.selection.setObjectName("profileSelection")
        self.selection.addItem(self.tr("Aktionsräume and Aktionsquartiere of the scenario"), "scenario")
        self.selection.addItem(self.tr("Selected areas"), "selected")
        self.selection.addItem(self.tr("All areas of the level"), "all")
        self.level = QComboBox()
        self.level.setObjectName("profileLevel")
        self.level.addItem(self.tr("Sozialräume"), "spaces")
        self.level.addItem(self.tr("Quartiere"), "quarters")
        self.separate = QCheckBox(self.tr("One PDF per area"))
        self.path = QgsFileWidget()
        self.path.setObjectName("profilePath")
        self.path.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.path.setFilter("PDF (*.pdf)")
        self.path.setConfirmOverwrite(False)  # asked once, in export()
        self.follow_start_folder(self.path, "lastExportFolder", "gebietsprofile.pdf")
        form.addRow(self.tr("Areas"), self.selection)
        form.addRow(self.tr("Level"), self.level)
        form.addRow("", self.separate)
        form.addRow(self.tr("File"), self.path)
        self.body.addLayout(form)
        self.designer_button = QPushButton(self.tr("Open in layout designer"))
        self.export_button = QPushButton(self.tr("Export area profiles"))
        self.export_button.setObjectName("exportProfilesButton")
        self.body.addLayout(button_rows([self.designer_button, self.export_button]))  # wraps when narrow
        self.message = self.note()
        self.body.addWidget(self.message)

        self.selection.currentIndexChanged.connect(self._selection_changed)
        self.export_button.clicked.connect(lambda: self.export())
        self.designer_button.clicked.connect(self.open_designer)
        controller.workspaceChanged.connect(self.refresh)
        self._selection_changed()
        self.refresh()

    def refresh(self) -> None:
        enabled = self.controller.workspace is not None
        for widget in (self.export_button, self.designer_button):
            widget.setEnabled(enabled)

    def _selection_changed(self) -> None:
        # The scenario's list holds both levels; the level matters for the other choices.
        self.level.setEnabled(self.selection.currentData() != "scenario")

    def _selected_keys(self) -> list[str]:
        status_layers = self.controller.workspace.status_layers
        level = self.level.currentData()
        layer = status_layers.spaces if level == "spaces" else status_layers.quarters
        area_level = status_layers.levels.spaces if level == "spaces" else status_layers.levels.quarters
        if layer is None or area_level is None:
            return []
        index = layer.fields().indexFromName(area_level.key_field)
        return [key for key in (feature_key(f, index) for f in layer.selectedFeatures()) if key is not None]

    def layout(self) -> QgsPrintLayout:
        """The profile layout, its pages set to the chosen areas under the current scenario."""
        workspace = self.controller.workspace
        project = self.controller.project
        selection = self.selection.currentData()
        level = None if selection == "scenario" else self.level.currentData()
        selected = self._selected_keys() if selection == "selected" else None
        return prepare_profiles(
            project,
            workspace,
            project_source(project, workspace),
            qgis_language(),
            level,
            selection,
            selected,
        )

    def open_designer(self) -> None:
        try:
            self.controller.iface.openLayoutDesigner(self.layout())
        except Exception as error:
            self.controller.show_error(self.tr("The layout could not be opened"), error)

    def export(self, path: Path | None = None, ask: bool = True) -> list[Path] | None:
        """Export to ``path`` (default: the file field); with ``ask``, existing files are replaced only
        after the user agreed. Shows progress per page with Cancel."""
        path = Path(path or self.path.filePath())
        title = self.tr("Export area profiles")
        if not path.name:
            self.report_error(title, self.tr("Choose a file to export to."))
            return None
        try:
            layout = self.layout()
        except Exception as error:
            self.controller.show_error(self.tr("The area profiles could not be made"), error)
            self.message.setText(error_text(error))
            return None
        if not self.fonts_accepted(layout, title):
            return None
        separate = self.separate.isChecked()
        overwrite = False
        if path.exists() and not separate:
            if not ask:
                return None
            answer = QMessageBox.question(
                self,
                title,
                self.tr("{path} exists already. Replace it?").format(path=path),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            overwrite = True
        elif separate:
            overwrite = ask  # files per area: the user chose the folder and the name
        pages = layout.atlas().coverageLayer().featureCount()
        progress = QProgressDialog(
            self.tr("Exporting {count} pages …").format(count=pages), self.tr("Cancel"), 0, 100, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        feedback = QgsFeedback()
        progress.canceled.connect(feedback.cancel)

        def advance(value: float) -> None:
            progress.setValue(int(value))
            QCoreApplication.processEvents()

        feedback.progressChanged.connect(advance)
        try:
            written = export_profiles(layout, path, separate, overwrite, feedback)
        except Exception as error:
            self.controller.show_error(self.tr("The area profiles could not be exported"), error)
            self.message.setText(error_text(error))
            return None
        finally:
            progress.close()
        self.remember("lastExportFolder", str(path.parent))
        text = self.tr("{count} area profiles exported to {path}").format(
            count=pages, path=written[0] if len(written) == 1 else path.parent
        )
        self.message.setText(text)
        self.controller.show_success(text)
        return written
