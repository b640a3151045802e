"""Areas: the Sozialraum, Quartier and Stadtbezirk layers with their key, name and parent-key fields."""

from __future__ import annotations

from qgis.core import QgsFieldProxyModel, QgsMapLayerProxyModel, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QPushButton

from ...core.level_guess import LevelFields
from ...services.field_guess import guess_level_fields, guess_project_levels
from ...services.status_layers import AreaLevel, AreaLevels
from .base import Section


class LevelRow:
    """Layer and field pickers for one level.

    The panel fills them with guesses until the user picks a layer or a field; a picked one is the user's
    choice and no later guess replaces it (:attr:`layer_chosen`, :attr:`chosen_fields`; picking a field
    keeps the layer it belongs to, too).
    """

    def __init__(self, section: AreasSection, level: str, optional: bool, with_parent: bool):
        self.section = section
        self.level = level
        self.layer = QgsMapLayerComboBox(section)
        self.layer.setObjectName(f"{level}LayerCombo")
        self.layer.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.layer.setAllowEmptyLayer(optional)
        self.key = QgsFieldComboBox(section)
        self.key.setObjectName(f"{level}KeyCombo")
        self.name = QgsFieldComboBox(section)
        self.name.setObjectName(f"{level}NameCombo")
        self.name.setFilters(QgsFieldProxyModel.Filter.String)
        self.parent = QgsFieldComboBox(section) if with_parent else None
        if self.parent is not None:
            self.parent.setObjectName(f"{level}ParentCombo")
            self.parent.setAllowEmptyFieldName(True)
        #: whether the user picked this level's layer (then guesses leave it alone)
        self.layer_chosen = False
        #: the field pickers ("key", "name", "parent") the user set for the current layer
        self.chosen_fields: set[str] = set()
        self.layer.layerChanged.connect(self._layer_changed)
        self.layer.activated.connect(self._layer_picked)
        for role, combo in self.field_combos().items():
            combo.activated.connect(lambda _index, role=role: self._field_picked(role))
        self._layer_changed(self.layer.currentLayer())  # the combo may have picked a layer already

    def field_combos(self) -> dict[str, QgsFieldComboBox]:
        combos = {"key": self.key, "name": self.name}
        if self.parent is not None:
            combos["parent"] = self.parent
        return combos

    def fill(self, form: QFormLayout, title: str, key_title: str, name_title: str, parent_title: str) -> None:
        form.addRow(title, self.layer)
        form.addRow(key_title, self.key)
        form.addRow(name_title, self.name)
        if self.parent is not None:
            form.addRow(parent_title, self.parent)

    def set_guess(self, layer: QgsVectorLayer | None, fields: LevelFields | None) -> None:
        """Show a guessed layer and its guessed fields (a layer the user picked stays, and so do the
        fields the user picked)."""
        if not self.layer_chosen and layer is not self.layer.currentLayer():
            if layer is None and not self.layer.allowEmptyLayer():
                return  # the Sozialraum picker always shows a layer
            self.layer.blockSignals(True)
            self.layer.setLayer(layer)
            self.layer.blockSignals(False)
            self.chosen_fields.clear()
            for combo in self.field_combos().values():
                combo.setLayer(layer)
        if fields is not None and isinstance(self.layer.currentLayer(), QgsVectorLayer):
            for role, combo in self.field_combos().items():
                if role not in self.chosen_fields:
                    combo.setField(getattr(fields, role))

    def _layer_picked(self, _index: int) -> None:
        """The user picked a layer: it is theirs; the other levels' guesses follow it."""
        self.layer_chosen = True
        self.section.guess_layers()

    def _field_picked(self, role: str) -> None:
        """The user picked a field: it is theirs, and so is the layer it belongs to."""
        self.chosen_fields.add(role)
        self.layer_chosen = True

    def _layer_changed(self, layer) -> None:
        self.chosen_fields.clear()
        for combo in self.field_combos().values():
            combo.setLayer(layer)
        if not isinstance(layer, QgsVectorLayer):
            return
        key, name, parent = guess_level_fields(layer, self.level)
        self.key.setField(key)
        self.name.setField(name)
        if self.parent is not None:
            self.parent.setField(parent)

    def forget_choices(self) -> None:
        """Back to guessing (another project)."""
        self.layer_chosen = False
        self.chosen_fields.clear()

    def area_level(self) -> AreaLevel | None:
        layer = self.layer.currentLayer()
        if not isinstance(layer, QgsVectorLayer):
            return None
        parent = self.parent.currentField() if self.parent is not None else ""
        return AreaLevel(layer, self.key.currentField(), self.name.currentField(), parent)

    def show(self, level: AreaLevel | None) -> None:
        self.layer.blockSignals(True)
        self.layer.setLayer(level.layer if level else None)
        self.layer.blockSignals(False)
        for combo in self.field_combos().values():
            combo.setLayer(level.layer if level else None)
        if level is not None:
            self.key.setField(level.key_field)
            self.name.setField(level.name_field)
            if self.parent is not None:
                self.parent.setField(level.parent_field)


class AreasSection(Section):
    """Choose the area levels, or load the embedded sample in one click."""

    def __init__(self, controller, parent=None):
        super().__init__(controller, "AreasSection", parent)
        self.setTitle(self.tr("Areas"))
        self.load_sample_button = QPushButton(self.tr("Load sample data"))
        self.load_sample_button.setObjectName("loadSampleButton")
        self.load_sample_button.setToolTip(
            self.tr("Synthetic city with 39 Sozialräume, indicator tables and the 2020 scenario")
        )
        self.sample_choice = QComboBox()
        self.sample_choice.setObjectName("sampleChoice")
        self.sample_choice.addItem(self.tr("Dortmund 2020 (synthetic, press release)"), "dortmund2020")
        self.sample_choice.addItem(
            self.tr("Dortmund Statistikatlas (real data 2018 and 2024)"), "statistikatlas"
        )
        self.body.addWidget(self.sample_choice)
        self.body.addWidget(self.load_sample_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.spaces = LevelRow(self, "spaces", optional=False, with_parent=True)
        self.quarters = LevelRow(self, "quarters", optional=True, with_parent=True)
        self.districts = LevelRow(self, "districts", optional=True, with_parent=False)
        key, name = self.tr("Key"), self.tr("Name")
        self.spaces.fill(form, self.tr("Sozialräume"), key, name, self.tr("Stadtbezirk key"))
        self.quarters.fill(form, self.tr("Quartiere"), key, name, self.tr("Sozialraum key"))
        self.districts.fill(form, self.tr("Stadtbezirke"), key, name, "")
        self.body.addLayout(form)
        self.apply_button = QPushButton(self.tr("Use these layers"))
        self.apply_button.setObjectName("useLayersButton")
        self.body.addWidget(self.apply_button)
        self.message = self.note()
        self.body.addWidget(self.message)

        self.load_sample_button.clicked.connect(self.load_sample)
        self.apply_button.clicked.connect(self.use_layers)
        controller.levelsChanged.connect(self.show_levels)
        # guessed once the project has finished adding (reading layers inside its signal could let Qt
        # delete objects that are still to receive it)
        controller.layersAdded.connect(lambda: QTimer.singleShot(0, self._layers_added))
        self.guess_layers()

    def rows(self) -> tuple[LevelRow, LevelRow, LevelRow]:
        return (self.spaces, self.quarters, self.districts)

    def guess_layers(self) -> None:
        """Fill the pickers the user has not set with the best guesses among the project's layers (by
        geometry nesting, key matches and names; the plugin's own result layers never)."""
        fixed = {row.level: row.layer.currentLayer() for row in self.rows() if row.layer_chosen}
        try:
            layers, fields = guess_project_levels(list(self.controller.project.mapLayers().values()), fixed)
        except Exception as error:  # a guess never stops the panel: the pickers stay as they are
            self.controller.log_error(self.tr("Guessing the area layers failed"), error)
            return
        if self._closed():  # reading the layers may let Qt delete a panel that was closed meanwhile
            return
        for row in self.rows():
            row.set_guess(layers.get(row.level), fields.get(row.level))

    def _closed(self) -> bool:
        """Whether the panel was closed and Qt deleted its widgets."""
        return sip.isdeleted(self) or any(sip.isdeleted(row.layer) for row in self.rows())

    def _layers_added(self) -> None:
        """Layers added to a project without levels yet: the pickers the user has not set are guessed again."""
        if self._closed():
            return
        if self.controller.levels is None:
            self.guess_layers()

    def load_sample(self) -> None:
        sample = self.sample_choice.currentData()
        try:
            workspace = self.controller.load_sample(sample)
        except Exception as error:  # shown in the message bar, never as a traceback dialog
            self.report_error(self.tr("The sample data could not be loaded"), error)
            return
        canvas = self.controller.iface.mapCanvas()
        canvas.setDestinationCrs(workspace.status_layers.spaces.crs())
        extent = workspace.status_layers.spaces.extent()
        extent.scale(1.05)
        canvas.setExtent(extent)
        canvas.refresh()
        if sample == "statistikatlas":
            text = self.tr(
                "Sample 'Dortmund Statistikatlas' loaded: {count} Unterbezirke below the city average."
            )
            self.message.setText(text.format(count=len(workspace.scenario.action_spaces())))
        else:
            self.message.setText(
                self.tr("Sample 'Dortmund 2020' loaded with the scenario '{name}'.").format(
                    name=workspace.scenario.name
                )
            )

    def use_layers(self) -> None:
        spaces = self.spaces.area_level()
        if spaces is None or not spaces.key_field:
            self.report_error(self.tr("Areas"), self.tr("Choose the Sozialraum layer and its key field."))
            return
        levels = AreaLevels(spaces, self.quarters.area_level(), self.districts.area_level())
        try:
            self.controller.set_levels(levels)
        except Exception as error:
            self.report_error(self.tr("These layers cannot be used"), error)
            return
        count = spaces.layer.featureCount()
        self.message.setText(self.tr("{count} Sozialräume ready.").format(count=count))

    def show_levels(self) -> None:
        """The project's levels; in a project without any, the best guesses among its layers."""
        levels = self.controller.levels
        self.spaces.show(levels.spaces if levels else None)
        self.quarters.show(levels.quarters if levels else None)
        self.districts.show(levels.districts if levels else None)
        if levels is None:
            for row in self.rows():
                row.forget_choices()
            self.guess_layers()
