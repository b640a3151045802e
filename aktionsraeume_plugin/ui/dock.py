"""The Aktionsräume dock: a QgsPanelWidget inside a QgsDockWidget."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsProject, QgsSettings
from qgis.gui import QgsDockWidget, QgsPanelWidget
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

SETTINGS_PREFIX = "aktionsraeume/"


class AktionsraeumePanel(QgsPanelWidget):
    """Load the sample and export the map (the first, thin version of the workflow)."""

    def __init__(self, iface, parent: QWidget | None = None):
        super().__init__(parent)
        self.iface = iface
        self.workspace = None
        self.setObjectName("AktionsraeumePanel")
        self.setPanelTitle(self.tr("Aktionsräume"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "Join indicators to Sozialräume and Quartiere, review the list of Aktionsräume, "
                "export the map."
            )
        )
        self.intro.setWordWrap(True)
        self.load_sample_button = QPushButton(self.tr("Load sample data"))
        self.load_sample_button.setObjectName("loadSampleButton")
        self.export_button = QPushButton(self.tr("Export map…"))
        self.export_button.setObjectName("exportMapButton")
        self.export_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        for widget in (self.intro, self.load_sample_button, self.export_button, self.status):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.load_sample_button.clicked.connect(self.load_sample)
        self.export_button.clicked.connect(self.ask_and_export)

    def load_sample(self) -> None:
        from ..services.sample_project import load_sample

        try:
            self.workspace = load_sample(QgsProject.instance())
        except Exception as error:  # shown to the user, never a traceback dialog
            self._error(self.tr("The sample data could not be loaded"), error)
            return
        canvas = self.iface.mapCanvas()
        canvas.setDestinationCrs(self.workspace.status_layers.spaces.crs())
        canvas.setExtent(self.workspace.status_layers.spaces.extent())
        canvas.refresh()
        self.export_button.setEnabled(True)
        self.status.setText(
            self.tr("Sample 'Dortmund 2020' loaded with the scenario '{name}'.").format(
                name=self.workspace.scenario.name
            )
        )

    def ask_and_export(self) -> None:
        settings = QgsSettings()
        folder = settings.value(SETTINGS_PREFIX + "lastExportFolder", str(Path.home()), type=str)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export map"),
            str(Path(folder) / "aktionsraeume-karte.pdf"),
            self.tr("PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)"),
        )
        if path:
            settings.setValue(SETTINGS_PREFIX + "lastExportFolder", str(Path(path).parent))
            self.export_map(Path(path), overwrite=True)  # the file dialog has asked about overwriting

    def export_map(self, path: Path, overwrite: bool = False) -> Path | None:
        from ..services.map_export import ensure_layout, export_layout

        if self.workspace is None:
            return None
        try:
            layout = ensure_layout(QgsProject.instance(), self.workspace.status_layers, self.workspace.texts)
            written = export_layout(layout, path, overwrite=overwrite)
        except Exception as error:
            self._error(self.tr("The map could not be exported"), error)
            return None
        self.iface.messageBar().pushMessage(
            self.tr("Aktionsräume"),
            self.tr("Map exported to {path}").format(path=written),
            Qgis.MessageLevel.Success,
            8,
        )
        return written

    def _error(self, title: str, error: Exception) -> None:
        self.iface.messageBar().pushMessage(title, str(error), Qgis.MessageLevel.Critical, 0)
        self.status.setText(f"{title}: {error}")


class AktionsraeumeDock(QgsDockWidget):
    """The dock that holds the panel; unique objectName so QGIS restores its place."""

    def __init__(self, iface, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AktionsraeumeDock")
        self.setWindowTitle(QCoreApplication.translate("AktionsraeumeDock", "Aktionsräume"))
        self.panel = AktionsraeumePanel(iface, self)
        self.setWidget(self.panel)

    def close_panel(self) -> None:
        """Release what the panel holds before the dock goes away."""
        self.panel.workspace = None
