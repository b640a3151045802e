"""Where the panel keeps joined and assessed layers and boundary findings: one GeoPackage beside the
project's status GeoPackage, written table by table in place.

The status GeoPackage (``PanelController.storage_path()``) is rewritten as a whole whenever a new
workspace starts; results kept there would disappear from under the project. This file is only ever
extended (a new table per result), so layers opened from it stay valid and survive saving and
reopening the project.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core.join import unique_name
from .layers import append_layer_to_gpkg, open_gpkg_layer

#: Custom layer property: the indicator tables joined into a layer (JSON list of read settings).
TABLES_PROPERTY = "aktionsraeume/tables"
#: Custom layer property: which level ("spaces"/"quarters") and which kind of result a layer is.
LEVEL_PROPERTY = "aktionsraeume/level"
KIND_PROPERTY = "aktionsraeume/result"


def results_group_name() -> str:
    return QCoreApplication.translate("ResultStorage", "Aktionsräume – results")


def results_path(controller) -> Path:
    """The results GeoPackage beside ``controller.storage_path()`` (the status GeoPackage)."""
    storage = Path(controller.storage_path())
    return storage.with_name(f"{storage.stem}_ergebnisse.gpkg")


def table_names(path: Path) -> set[str]:
    """Tables of a GeoPackage (empty when it does not exist yet)."""
    if not path.exists():
        return set()
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")}
    except sqlite3.Error:
        return set()
    finally:
        connection.close()


def free_table_name(path: Path, base: str) -> str:
    """``base``, or ``base_2``, ``base_3`` … — the first name not yet taken in the GeoPackage."""
    return unique_name(base, table_names(path))


def store_layer(layer: QgsVectorLayer, path: Path, table: str, name: str) -> QgsVectorLayer:
    """Write ``layer`` as ``table`` into the results GeoPackage (other tables kept) and open it."""
    append_layer_to_gpkg(layer, path, table)
    return open_gpkg_layer(path, table, name)


def remove_from_project(project: QgsProject, layer: QgsVectorLayer | None) -> None:
    """Take one of the panel's own result layers out of the project (its table stays in the file)."""
    if layer is not None and project.mapLayer(layer.id()) is not None:
        project.removeMapLayer(layer.id())


def joined_tables(layer: QgsVectorLayer | None) -> list[dict]:
    """The read settings of every table joined into ``layer`` (oldest first)."""
    if layer is None:
        return []
    try:
        tables = json.loads(layer.customProperty(TABLES_PROPERTY, "[]") or "[]")
    except (TypeError, ValueError):
        return []
    return [t for t in tables if isinstance(t, dict) and t.get("path")]


def set_joined_tables(layer: QgsVectorLayer, tables: list[dict]) -> None:
    layer.setCustomProperty(TABLES_PROPERTY, json.dumps(tables, ensure_ascii=False))


def store_joined(
    layer: QgsVectorLayer, path: Path, base_table: str, level: str, tables: list[dict]
) -> tuple[QgsVectorLayer, str]:
    """Write a joined layer into the results GeoPackage ``path`` under a free table name starting with
    ``base_table`` and mark it as the joined layer of ``level`` with the read settings of every table
    joined into it (``tables``, oldest first). Returns the stored layer and its table name.
    Raises ``LayerError`` when the GeoPackage cannot be written."""
    table = free_table_name(path, base_table)
    stored = store_layer(layer, path, table, layer.name())
    set_joined_tables(stored, tables)
    stored.setCustomProperty(LEVEL_PROPERTY, level)
    stored.setCustomProperty(KIND_PROPERTY, "joined")
    return stored, table
