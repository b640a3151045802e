"""Where the panel keeps joined and assessed layers and boundary findings: one GeoPackage beside the
project's status GeoPackage, written table by table in place.

The status GeoPackage (``PanelController.storage_path()``) is rewritten as a whole whenever a new
workspace starts; results kept there would disappear from under the project. This file is only ever
extended (a new table per result), so layers opened from it stay valid and survive saving and
reopening the project.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

from qgis.core import QgsDataProvider, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core.atomic_write import replacing
from ..core.join import unique_name
from .layers import append_layer_to_gpkg, open_gpkg_layer

#: Custom layer property: the indicator tables joined into a layer (JSON list of read settings).
TABLES_PROPERTY = "aktionsraeume/tables"
#: Custom layer property: which level ("spaces"/"quarters") and which kind of result a layer is.
LEVEL_PROPERTY = "aktionsraeume/level"
KIND_PROPERTY = "aktionsraeume/result"
#: Custom layer property: the join report of a joined layer, as the panel showed it.
REPORT_PROPERTY = "aktionsraeume/report"


def results_group_name() -> str:
    return QCoreApplication.translate("ResultStorage", "Aktionsräume – results")


def results_file(status_path: str | Path) -> Path:
    """The results GeoPackage that belongs to the status GeoPackage ``status_path``."""
    storage = Path(status_path)
    return storage.with_name(f"{storage.stem}_ergebnisse.gpkg")


def results_path(controller) -> Path:
    """The results GeoPackage beside ``controller.storage_path()`` (the status GeoPackage)."""
    return results_file(controller.storage_path())


def layer_file(layer) -> Path | None:
    """The file a file-based layer reads (the part of its source before ``|``), else None."""
    source = layer.source().split("|")[0]
    return Path(source) if source and Path(source).is_file() else None


def move_results(project: QgsProject, old_status: Path, new_status: Path, keep_old: bool) -> int:
    """Copy the status and results GeoPackages of ``old_status`` to ``new_status`` (and its results
    file) and point every layer of ``project`` that read the old files at the new ones (styles and
    properties kept). The old files are deleted unless ``keep_old`` (another saved project may still
    use them). Returns the number of layers moved; raises ``OSError``/``sqlite3.Error`` when a copy
    cannot be written (nothing is moved then)."""
    pairs = [
        (Path(old), Path(new))
        for old, new in ((old_status, new_status), (results_file(old_status), results_file(new_status)))
        if Path(old).is_file() and Path(old).resolve() != Path(new).resolve()
    ]
    for old, new in pairs:
        _copy_sqlite(old, new)
    moved = 0
    targets = {old.resolve(): new for old, new in pairs}
    for layer in project.mapLayers().values():
        path = layer_file(layer)
        if path is None or path.resolve() not in targets:
            continue
        rest = layer.source()[len(layer.source().split("|")[0]) :]
        layer.setDataSource(
            f"{targets[path.resolve()]}{rest}",
            layer.name(),
            layer.providerType(),
            QgsDataProvider.ProviderOptions(),
        )
        moved += 1
    if not keep_old:
        for old, _new in pairs:
            for leftover in (old, old.with_name(old.name + "-wal"), old.with_name(old.name + "-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        with contextlib.suppress(OSError):
            Path(old_status).parent.rmdir()  # the temporary folder, once empty
    return moved


def _copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a GeoPackage that may be open (SQLite's backup: pending WAL content too),
    complete or absent (:func:`core.atomic_write.replacing`)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with replacing(target, create=False) as partial:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()


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


def result_layers_of_kind(project: QgsProject, kind: str) -> list[QgsVectorLayer]:
    """The panel's result layers of one kind ("joined", "assessed", "boundary_findings") in
    ``project``, top of the layer tree first."""
    layers = []
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if isinstance(layer, QgsVectorLayer) and layer.customProperty(KIND_PROPERTY) == kind:
            layers.append(layer)
    return layers


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
