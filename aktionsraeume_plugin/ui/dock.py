"""The Aktionsräume dock: a QgsPanelWidget inside a QgsDockWidget, one collapsible section per step."""

from __future__ import annotations

from qgis.gui import QgsDockWidget, QgsPanelWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .controller import PanelController
from .sections.areas import AreasSection
from .sections.assessment import AssessmentSection
from .sections.boundaries import BoundariesSection
from .sections.development import DevelopmentSection
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
        self.development = DevelopmentSection(self.controller)
        self.proposals = ProposalsSection(self.controller)
        self.boundaries = BoundariesSection(self.controller)
        self.export = ExportSection(self.controller)
        self.profiles = ProfilesSection(self.controller)

        # One page per step with a compact navigator, instead of one long column of every step.
        self.steps = QComboBox()
        self.steps.setObjectName("stepCombo")
        self.steps.setToolTip(self.tr("Step of the work"))
        self.previous_button = QToolButton()
        self.previous_button.setObjectName("previousStepButton")
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(self.tr("Previous step"))
        self.next_button = QToolButton()
        self.next_button.setObjectName("nextStepButton")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next step"))
        navigator = QHBoxLayout()
        navigator.setContentsMargins(4, 4, 4, 0)
        navigator.addWidget(self.previous_button)
        navigator.addWidget(self.steps, 1)
        navigator.addWidget(self.next_button)
        self.pages = QStackedWidget()
        self.pages.setObjectName("stepPages")
        for number, section in enumerate(self.sections(), start=1):
            page = QWidget()
            column = QVBoxLayout(page)
            column.setContentsMargins(4, 4, 4, 4)
            if number == 1:
                column.addWidget(intro)
            if section in (self.assessment, self.development, self.proposals, self.boundaries):
                column.addWidget(section, 1)  # its table takes the height the dock has
            else:
                column.addWidget(section)
                column.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(page)
            self.pages.addWidget(scroll)
            self.steps.addItem(f"{number}  {section.title()}")
            section.setCollapsed(False)  # a page shows its step whole: no collapse button
            for child in section.children():
                if child.metaObject().className() == "QgsGroupBoxCollapseButton":
                    child.hide()
        # What runs in the background, with Cancel (also in QGIS's task list).
        self.busy_label = QLabel()
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.setWordWrap(True)
        self.busy_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelTasksButton")
        self.cancel_button.setToolTip(
            self.tr("Stop the work running in the background; nothing of it is applied")
        )
        busy = QHBoxLayout()
        busy.setContentsMargins(4, 0, 4, 0)
        busy.addWidget(self.busy_label, 1)
        busy.addWidget(self.cancel_button)
        self.busy_row = QWidget()
        self.busy_row.setLayout(busy)
        self.busy_row.setVisible(False)
        self.cancel_button.clicked.connect(self.controller.cancel_tasks)
        self.controller.busyChanged.connect(self._busy_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(navigator)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.pages, 1)
        self.steps.currentIndexChanged.connect(self._step_changed)
        self.previous_button.clicked.connect(
            lambda: self.steps.setCurrentIndex(self.steps.currentIndex() - 1)
        )
        self.next_button.clicked.connect(lambda: self.steps.setCurrentIndex(self.steps.currentIndex() + 1))
        self._step_changed(0)
        for page in range(self.pages.count()):
            self._fit_narrow_dock(self.pages.widget(page).widget())
        self.controller.read_project()  # the project is the truth: show what it holds

    def _busy_changed(self, busy: bool) -> None:
        running = [task.description() for task in self.controller.running_tasks()]
        self.busy_label.setText("; ".join(f"{name} …" for name in running))
        self.busy_row.setVisible(busy and bool(running))

    def _step_changed(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.steps.count() - 1)

    def show_step(self, section) -> None:
        """Turn to the page of ``section`` (as a choice in the step navigator does)."""
        self.steps.setCurrentIndex(self.sections().index(section))

    def page_contents(self) -> list[QWidget]:
        """The content widget of every step's page (inside its scroll area)."""
        return [self.pages.widget(page).widget() for page in range(self.pages.count())]

    @staticmethod
    def _fit_narrow_dock(content: QWidget) -> None:
        """Let combo boxes and buttons shrink to the dock's width instead of to their longest entry."""
        for combo in content.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.setMinimumWidth(60)
        for button in content.findChildren(QPushButton):
            button.setToolTip(button.toolTip() or button.text())
        for form in content.findChildren(QFormLayout):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def sections(self) -> list:
        return [
            self.areas,
            self.indicators,
            self.assessment,
            self.development,
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
