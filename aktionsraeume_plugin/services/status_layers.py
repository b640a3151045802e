"""Result layers that carry each area's status under a scenario, styled with the status palette.

The source layers are only read: the status layers are copies (attributes and geometry) with two added
fields, ``status`` (stable code) and ``status_label`` (translated). Switching a change rewrites only the
features whose status changed, so the canvas follows a toggle at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from qgis.core import QgsFeatureRequest, QgsField, QgsFields, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core.keys import AreaKeys
from ..core.scenario import Scenario, quarter_statuses, require_known_areas, space_statuses
from ..core.status import AreaStatus
from .layers import (
    LayerError,
    append_layer_to_gpkg,
    feature_key,
    frame_to_memory_layer,
    layer_to_frame,
    open_gpkg_layer,
    write_layers_to_gpkg,
)
from .messages import status_label
from .qt_compat import FIELD_TEXT
from .result_storage import KIND_PROPERTY
from .styling import (
    STATUS_FIELD,
    apply_area_labels,
    apply_district_style,
    apply_status_renderer,
)

STATUS_LABEL_FIELD = "status_label"
LABELLED_SPACE_STATUSES = (
    AreaStatus.NEW_ACTION_SPACE,
    AreaStatus.REMAINS_ACTION_SPACE,
    AreaStatus.NO_LONGER_ACTION_SPACE,
)


@dataclass
class AreaLevel:
    """One level of areas: a polygon layer with its key, name and (optional) parent-key field."""

    layer: QgsVectorLayer
    key_field: str
    name_field: str
    parent_field: str = ""

    def area_keys(self, layer: QgsVectorLayer | None = None) -> AreaKeys:
        """The canonical keys of this level, read from ``layer`` (default: the level's own layer)."""
        layer = layer or self.layer
        index = layer.fields().indexFromName(self.key_field)
        request = _attributes_only(layer, [index])
        return AreaKeys(feature_key(f, index) for f in layer.getFeatures(request))

    def check_fields(self) -> None:
        for field in (self.key_field, self.name_field, self.parent_field):
            if field and self.layer.fields().indexFromName(field) < 0:
                raise LayerError(
                    QCoreApplication.translate(
                        "StatusLayers", "Layer '{layer}' has no field '{field}'."
                    ).format(layer=self.layer.name(), field=field)
                )


@dataclass
class AreaLevels:
    """The area levels of a city: Sozialräume (required), Quartiere and Stadtbezirke (optional)."""

    spaces: AreaLevel
    quarters: AreaLevel | None = None
    districts: AreaLevel | None = None


def _attributes_only(layer: QgsVectorLayer, indices: list[int]) -> QgsFeatureRequest:
    request = QgsFeatureRequest().setSubsetOfAttributes(indices)
    return request.setFlags(QgsFeatureRequest.Flag.NoGeometry)


SPACES_TABLE = "sozialraeume_status"
QUARTERS_TABLE = "quartiere_status"


class StatusLayers:
    """The styled status copies of the Sozialraum and Quartier layers (and the district outlines).

    Made by :meth:`create` from the source levels, or attached to result layers made earlier (for
    example the ones a saved project holds) by the constructor.
    """

    def __init__(
        self,
        levels: AreaLevels,
        spaces: QgsVectorLayer,
        quarters: QgsVectorLayer | None,
        scenario: Scenario,
        status_labels: Mapping[str, str] | None = None,
    ):
        for level in (levels.spaces, levels.quarters, levels.districts):
            if level is not None:
                level.check_fields()
        self.levels = levels
        self.spaces = spaces
        self.quarters = quarters
        for layer in (spaces, quarters):  # the plugin's own layers: never guessed as area levels
            if layer is not None:
                layer.setCustomProperty(KIND_PROPERTY, "status")
        self.districts = levels.districts.layer if levels.districts else None
        self._area_keys: tuple[AreaKeys, AreaKeys | None] | None = None
        #: status code → legend text replacing the standard one (a map of candidates, not of a list)
        self.status_labels = dict(status_labels or {})
        self.scenario = scenario
        self.update(scenario)

    @classmethod
    def create(
        cls,
        levels: AreaLevels,
        scenario: Scenario,
        storage: str | Path | None = None,
        status_labels: Mapping[str, str] | None = None,
    ) -> StatusLayers:
        """New status layers from the source levels, styled and labelled.

        With ``storage`` they are written to that GeoPackage (replaced only when complete) so they
        survive saving and reopening the project; without, they live in memory.
        """
        for level in (levels.spaces, levels.quarters, levels.districts):
            if level is not None:
                level.check_fields()
        spaces_name = QCoreApplication.translate("StatusLayers", "Sozialräume – status")
        quarters_name = QCoreApplication.translate("StatusLayers", "Quartiere – Aktionsquartiere")
        spaces = cls._status_copy(levels.spaces, spaces_name)
        quarters = cls._status_copy(levels.quarters, quarters_name) if levels.quarters else None
        if storage is not None:
            tables = [(spaces, SPACES_TABLE)] + ([(quarters, QUARTERS_TABLE)] if quarters else [])
            if Path(storage).exists():
                # Replace only our tables: other tables of the file may be open in the project.
                for layer, table in tables:
                    append_layer_to_gpkg(layer, storage, table)
            else:
                write_layers_to_gpkg(tables, storage)
            spaces = open_gpkg_layer(storage, SPACES_TABLE, spaces_name)
            quarters = open_gpkg_layer(storage, QUARTERS_TABLE, quarters_name) if quarters else None
        layers = cls(levels, spaces, quarters, scenario, status_labels)
        apply_area_labels(layers.spaces, levels.spaces.name_field, LABELLED_SPACE_STATUSES, 7.5)
        if layers.quarters is not None:
            apply_area_labels(layers.quarters, levels.quarters.name_field, (AreaStatus.ACTION_QUARTER,), 7.0)
        if levels.districts is not None:
            apply_district_style(levels.districts.layer, levels.districts.name_field)
        return layers

    @staticmethod
    def _status_copy(level: AreaLevel, name: str) -> QgsVectorLayer:
        frame = layer_to_frame(level.layer)
        frame[STATUS_FIELD] = AreaStatus.NONE.value
        frame[STATUS_LABEL_FIELD] = ""
        fields = QgsFields(level.layer.fields())
        for field_name in (STATUS_FIELD, STATUS_LABEL_FIELD):
            if fields.indexFromName(field_name) >= 0:
                raise LayerError(
                    QCoreApplication.translate(
                        "StatusLayers",
                        "Layer '{layer}' already has a field '{field}'; rename it before building statuses.",
                    ).format(layer=level.layer.name(), field=field_name)
                )
            fields.append(QgsField(field_name, FIELD_TEXT))
        frame = frame[[f.name() for f in fields if f.name() in frame.columns] + ["geometry"]]
        return frame_to_memory_layer(frame, level.layer.crs(), name, fields=fields)

    def update(self, scenario: Scenario) -> set[str]:
        """Apply ``scenario``: rewrite the statuses that changed, restyle; return the changed area keys.

        The scenario's keys are first made canonical for the layers' keys (``Scenario.with_keys``):
        a scenario naming "0503" applies to a layer whose key field holds the integer 503.
        """
        self.scenario = self.canonical(scenario)
        changed = self._write_statuses(self.spaces, self.levels.spaces, space_statuses)
        apply_status_renderer(self.spaces, labels=self.status_labels)
        if self.quarters is not None:
            changed |= self._write_statuses(self.quarters, self.levels.quarters, quarter_statuses)
            apply_status_renderer(self.quarters, include_none=False)
        return changed

    def canonical(self, scenario: Scenario) -> Scenario:
        """``scenario`` with its keys made canonical for the status layers' keys.

        Raises ``ScenarioError`` naming the keys when the scenario names areas the layers do not have
        (``core.scenario.require_known_areas``): every scenario that meets the status layers is checked
        here."""
        if self._area_keys is None:  # the status layers are our copies: their keys do not change
            self._area_keys = (
                self.levels.spaces.area_keys(self.spaces),
                self.levels.quarters.area_keys(self.quarters)
                if self.quarters is not None and self.levels.quarters is not None
                else None,
            )
        spaces, quarters = self._area_keys
        require_known_areas(scenario, spaces, quarters)
        return scenario.with_keys(spaces.canonical, quarters.canonical if quarters is not None else None)

    def _write_statuses(self, layer: QgsVectorLayer, level: AreaLevel, evaluate) -> set[str]:
        key_index = layer.fields().indexFromName(level.key_field)
        status_index = layer.fields().indexFromName(STATUS_FIELD)
        label_index = layer.fields().indexFromName(STATUS_LABEL_FIELD)
        features = [(f.id(), feature_key(f, key_index), f[status_index]) for f in layer.getFeatures()]
        statuses = evaluate(self.scenario, [key for _, key, _ in features])
        updates, changed = {}, set()
        for (fid, key, old), new in zip(features, statuses.to_list()):
            if old != new:
                updates[fid] = {status_index: new, label_index: status_label(new)}
                changed.add(key)
        if updates and not layer.dataProvider().changeAttributeValues(updates):
            raise LayerError(
                QCoreApplication.translate(
                    "StatusLayers", "Could not update the statuses of layer '{layer}'."
                ).format(layer=layer.name())
            )
        return changed

    def statuses(self, level: str = "spaces") -> dict[str, str]:
        """Current status code per area key of ``spaces`` or ``quarters``."""
        layer = self.spaces if level == "spaces" else self.quarters
        key_field = (self.levels.spaces if level == "spaces" else self.levels.quarters).key_field
        return {feature_key(f, key_field): f[STATUS_FIELD] for f in layer.getFeatures()}

    def layers(self) -> list[QgsVectorLayer]:
        """Layers from top to bottom, as drawn on the map."""
        return [layer for layer in (self.districts, self.quarters, self.spaces) if layer is not None]
