"""Tables that QGIS opens as layers: a GeoPackage table, a GeoJSON or DBF file, a PostGIS table, a
layer of the project. Their attributes are the table; core/tables.py reads them by the same rules
as a CSV file (:func:`~aktionsraeume_plugin.core.tables.read_rows`).

:func:`layer_table` copies a layer's attributes into plain data on the main thread, so that reading
and joining can run in a worker thread without touching the layer. :func:`text_encoding_hint`
explains, for a layer whose text looks mis-decoded, which encoding its source is probably in and
how to set it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsFeatureRequest,
    QgsMapLayer,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.encodings import detect_encoding, label
from ..core.messages import Message
from ..core.tables import DEFAULT_TOTAL_LABELS, TableRead, read_rows
from .database import safe_source
from .layers import LayerError, _python_value

#: File types read by core/tables.py itself; every other source is opened as a layer.
TABLE_FILE_SUFFIXES = {".csv", ".txt", ".tsv", ".tab", ".dat", ".xlsx", ".xlsm", ".xls", ".ods", ""}
#: File types offered in the file dialogs besides the table files.
LAYER_FILE_PATTERNS = "*.gpkg *.geojson *.json *.dbf *.shp *.sqlite *.fgb"


@dataclass
class LayerTable:
    """The attributes of a layer as plain data (no QGIS object): names, rows and feature ids."""

    name: str  # the layer's name, used in messages
    header: list[str]
    rows: list[list]
    fids: list[int]
    encoding_hint: str = ""  # how to fix mis-decoded text, when the layer's text looks so
    source: str = "layer"
    notes: list[str] = field(default_factory=list)

    def read(
        self, key_column: str | None, total_labels=DEFAULT_TOTAL_LABELS, missing_values=None
    ) -> TableRead:
        """The table read by the rules of core/tables.py (any thread). Raises ``TableError``."""
        table = read_rows(
            self.name,
            self.header,
            self.rows,
            row_numbers=self.fids,
            total_labels=total_labels,
            key_column=key_column,
            source=self.source,
            missing_values=missing_values,
        )
        if self.encoding_hint and any(
            isinstance(w, Message) and w.code.startswith("table.misdecoded") for w in table.warnings
        ):
            table.warnings.append(self.encoding_hint)
        return table


def is_table_file(source: str) -> bool:
    """True when ``source`` is an existing file that core/tables.py reads itself (CSV, XLSX, ODS)."""
    path = Path(source)
    return path.is_file() and path.suffix.lower() in TABLE_FILE_SUFFIXES


def find_table_layer(source: str, project: QgsProject | None = None) -> QgsVectorLayer | None:
    """The layer ``source`` names: a project layer (by id or unique name), a vector file or a URI.

    Returns None when ``source`` is a table file for core/tables.py, or names nothing that opens
    (the file reader then gives its own message, "file not found" for example).
    """
    source = (source or "").strip()
    if not source or is_table_file(source):
        return None
    project = project or QgsProject.instance()
    layer = project.mapLayer(source)
    if layer is None:
        named = project.mapLayersByName(source)
        layer = named[0] if len(named) == 1 else None
    if layer is not None:
        if layer.type() != QgsMapLayer.LayerType.VectorLayer:
            raise LayerError(
                QCoreApplication.translate(
                    "TableLayers", "The layer '{name}' is not a vector layer or table."
                ).format(name=layer.name())
            )
        return layer
    path = Path(source.split("|")[0])
    if path.exists():
        candidate = QgsVectorLayer(source, path.stem, "ogr")
    elif "dbname=" in source or "service=" in source:
        candidate = QgsVectorLayer(source, safe_source(source), "postgres")  # its name reaches the report
    else:
        return None
    if not candidate.isValid():
        raise LayerError(
            QCoreApplication.translate("TableLayers", "{source}: cannot be opened as a table.").format(
                source=safe_source(source)
            )
        )
    return candidate


def layer_table(layer: QgsVectorLayer) -> LayerTable:
    """Copy the attributes of ``layer`` (its subset filter and unsaved edits included) as plain data.

    Main thread. Dates and other values that are neither text nor numbers become text; NULL becomes
    None. Raises :class:`LayerError` for an invalid layer.
    """
    if layer is None or not layer.isValid():
        raise LayerError(
            QCoreApplication.translate("TableLayers", "The table layer '{name}' is not valid.").format(
                name=layer.name() if layer else "?"
            )
        )
    header = [f.name() for f in layer.fields()]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    rows, fids = [], []
    for feature in layer.getFeatures(request):
        rows.append([_plain(v) for v in feature.attributes()])
        fids.append(int(feature.id()))
    table = LayerTable(name=layer.name(), header=header, rows=rows, fids=fids)
    table.encoding_hint = text_encoding_hint(layer)
    return table


def text_encoding_hint(layer: QgsVectorLayer) -> str:
    """How to read ``layer``'s text right: its source's likely encoding and where to set it.

    Looks at the bytes of a local Shapefile/DBF or GeoJSON source; returns "" for other sources.
    """
    path = _source_path(layer)
    if path is None:
        return ""
    suffix = path.suffix.lower()
    if suffix == ".shp":
        path = path.with_suffix(".dbf")
        if not path.exists():
            path = path.with_suffix(".DBF")
        suffix = ".dbf"
    if not path.is_file():
        return ""
    with path.open("rb") as handle:
        data = handle.read(2 * 1024 * 1024)
    if suffix == ".dbf" and len(data) > 10:
        data = data[int.from_bytes(data[8:10], "little") :]  # records only, not the binary header
    likely = detect_encoding(data).encoding if any(b >= 0x80 for b in data) else ""
    shown = label(likely)
    if likely == "cp1252" and not any(0x80 <= b < 0xA0 for b in data):
        shown = "ISO-8859-1 (Latin-1) / Windows-1252"  # the two agree on every byte found
    if suffix == ".dbf":
        return QCoreApplication.translate(
            "TableLayers",
            "{file} is probably encoded in {encoding}: set it under Layer Properties › Source › Data "
            "source encoding, or put a file {cpg} containing '{codepage}' next to it.",
        ).format(
            file=path.name,
            encoding=shown or "Windows-1252",
            cpg=path.with_suffix(".cpg").name,
            codepage=_cpg_name(likely),
        )
    if suffix in (".geojson", ".json"):
        return QCoreApplication.translate(
            "TableLayers",
            "{file} is probably encoded in {encoding}, but GeoJSON is read as UTF-8: save it as UTF-8 "
            "(for example with a text editor) and load it again.",
        ).format(file=path.name, encoding=shown or "ISO-8859-1")
    return ""


def _source_path(layer: QgsVectorLayer) -> Path | None:
    if layer is None or layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    return Path(path) if path else None


def _cpg_name(encoding: str) -> str:
    return {"cp1252": "1252", "latin-1": "ISO-8859-1", "cp850": "850", "mac_roman": "MacRoman"}.get(
        encoding or "cp1252", encoding or "1252"
    )


def _plain(value):
    """A QGIS attribute value as plain Python: None, text, a number or a bool (dates as ISO text)."""
    value = _python_value(value)
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    for method in ("toPyDateTime", "toPyDate", "toPyTime"):
        if hasattr(value, method):
            return str(getattr(value, method)())
    return str(value)
