"""The Aktionsräume dock: a QgsPanelWidget inside a QgsDockWidget, one collapsible section per step."""

from __future__ import annotations

from qgis.gui import QgsDockWidget, QgsPanelWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .controller import PanelController
from .sections.areas import AreasSection
from .sections.assessment import AssessmentSection
from .sections.boundaries import BoundariesSection
from .sections.export import ExportSection
from .sections.indicators import IndicatorsSection
from .sections.profiles import ProfilesSection
from .sections.proposals import ProposalsSection

#: The width the panel is laid out for (design: fits a dock of 350 px).
PANEL_WIDTH = 350


class AktionsraeumePanel(QgsPanelWidget):
    """From polygons and tables to a reviewed list and an exported map, top to bottom."""

    def __init__(self, iface, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AktionsraeumePanel")
        self.setPanelTitle(self.tr("Aktionsräume"))
        self.controller = PanelController(iface, parent=self)
        intro = QLabel(
            self.tr(
                "Join indicators to Sozialräume and Quartiere, review the list of Aktionsräume, export the map."
            )
        )
        intro.setWordWrap(True)
        self.areas = AreasSection(self.controller)
        self.indicators = IndicatorsSection(self.controller)
        self.assessment = AssessmentSection(self.controller)
        self.proposals = ProposalsSection(self.controller)
        self.boundaries = BoundariesSection(self.controller)
        self.export = ExportSection(self.controller)
        self.profiles = ProfilesSection(self.controller)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(intro)
        for section in self.sections():
            column.addWidget(section)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._fit_narrow_dock(content)
        self.controller.read_project()  # the project is the truth: show what it holds

    @staticmethod
    def _fit_narrow_dock(content: QWidget) -> None:
        """Let combo boxes and buttons shrink to the dock's width instead of to their longest entry."""
        for combo in content.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.setMinimumWidth(60)
        for button in content.findChildren(QPushButton):
            button.setSizePolicy(QSizePolicy.Policy.Ignored, button.sizePolicy().verticalPolicy())
            button.setMinimumWidth(40)
            button.setToolTip(button.toolTip() or button.text())
        for form in content.findChildren(QFormLayout):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def sections(self) -> list:
        return [
            self.areas,
            self.indicators,
            self.assessment,
            self.proposals,
            self.boundaries,
            self.export,
            self.profiles,
        ]

    @property
    def load_sample_button(self):
        return self.areas.load_sample_button

    @property
    def workspace(self):
        return self.controller.workspace


class AktionsraeumeDock(QgsDockWidget):
    """The dock that holds the panel; unique objectName so QGIS restores its place."""

    def __init__(self, iface, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AktionsraeumeDock")
        self.setWindowTitle(QCoreApplication.translate("AktionsraeumeDock", "Aktionsräume"))
        self.panel = AktionsraeumePanel(iface, self)
        self.setWidget(self.panel)
        self.setMinimumWidth(PANEL_WIDTH - 60)
        self.resize(PANEL_WIDTH, self.height())

    def close_panel(self) -> None:
        """Stop following the project and drop the state before the dock goes away."""
        self.panel.controller.disconnect_project()
        self.panel.controller.undo_stack.clear()
