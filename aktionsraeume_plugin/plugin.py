"""The plugin object QGIS creates: menu entry, toolbar button, dock panel, Processing provider."""

from __future__ import annotations

import contextlib

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon

from .paths import ICON_FILE
from .services.i18n import install_translator, qgis_language, remove_translators
from .services.qt_compat import QAction

MENU = "&Aktionsräume"


class AktionsraeumePlugin:
    """Adds the Aktionsräume panel and Processing algorithms; ``unload`` removes all of it again."""

    def __init__(self, iface):
        self.iface = iface
        self.action: QAction | None = None
        self.dock = None
        self.provider = None

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("AktionsraeumePlugin", text)

    def initProcessing(self) -> None:
        """Called by QGIS before initGui (and in qgis_process), so algorithms exist without the GUI."""
        from .processing.provider import AktionsraeumeProvider

        if self.provider is None:
            provider = AktionsraeumeProvider()
            # addProvider refuses a second provider with our id (and then owns nothing to remove later).
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self) -> None:
        install_translator(qgis_language())
        self.initProcessing()
        self.action = QAction(QIcon(str(ICON_FILE)), self.tr("Aktionsräume panel"), self.iface.mainWindow())
        self.action.setObjectName("AktionsraeumeShowPanel")
        self.action.setCheckable(True)
        self.action.setToolTip(self.tr("Show or hide the Aktionsräume panel"))
        self.action.toggled.connect(self._toggle_dock)
        self.iface.addPluginToMenu(MENU, self.action)
        self.iface.addToolBarIcon(self.action)
        QgsProject.instance().readProject.connect(self._project_read)

    def _project_read(self, *_args) -> None:
        """A project that uses the panel opens it (it reads the project itself)."""
        from .services.workspace import load_levels

        if self.action is not None and not self.action.isChecked() and load_levels(QgsProject.instance()):
            self.action.setChecked(True)

    def _toggle_dock(self, visible: bool) -> None:
        if self.dock is None:
            if not visible:
                return
            from .ui.dock import PANEL_WIDTH, AktionsraeumeDock

            self.dock = AktionsraeumeDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            main_window = self.iface.mainWindow()
            if hasattr(main_window, "resizeDocks"):  # the panel is laid out for 350 px
                main_window.resizeDocks([self.dock], [PANEL_WIDTH], Qt.Orientation.Horizontal)
            self.dock.setToggleVisibilityAction(self.action)
        self.dock.setUserVisible(visible)

    def unload(self) -> None:
        if self.dock is not None:
            self.dock.close_panel()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            with contextlib.suppress(TypeError):
                QgsProject.instance().readProject.disconnect(self._project_read)
            self.action.toggled.disconnect(self._toggle_dock)
            self.iface.removePluginMenu(MENU, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translators()
