"""Write the sample "Dortmund 2020" (:mod:`.data`) as files: GeoPackage, CSV, TOML, JSON.

Used by ``python -m sample_generator --out DIR`` (``make sample``). Needs nothing but a running
QgsApplication. Every file is written completely or not at all (``core.atomic_write``), so a failed
run never leaves a half-written sample behind a good one.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from qgis.core import QgsCoordinateReferenceSystem, QgsField, QgsFields, QgsLayerMetadata

from aktionsraeume_plugin.core.atomic_write import replacing, write_bytes
from aktionsraeume_plugin.services.layers import frame_to_memory_layer, write_layers_to_gpkg
from aktionsraeume_plugin.services.qt_compat import FIELD_INT, FIELD_TEXT

from . import data as sample_data

# GDAL stamps "last_change" in gpkg_contents with the current time unless this is set; a fixed
# date (that of the press release) keeps the GeoPackage the same on every run.
FIXED_GPKG_DATE = "2020-12-22T00:00:00Z"

#: table -> (title, field definitions as (name, type)); field order is the GeoPackage's.
SAMPLE_TABLES = {
    "stadtbezirke": (
        "Stadtbezirke",
        (("bezirk_nr", FIELD_TEXT), ("bezirk_name", FIELD_TEXT)),
    ),
    "sozialraeume": (
        "Sozialräume",
        (
            ("sozialraum_nr", FIELD_TEXT),
            ("sozialraum_name", FIELD_TEXT),
            ("bezirk_nr", FIELD_TEXT),
            ("aktionsraum_basis", FIELD_INT),
        ),
    ),
    "quartiere": (
        "Quartiere",
        (
            ("quartier_nr", FIELD_TEXT),
            ("quartier_name", FIELD_TEXT),
            ("sozialraum_nr", FIELD_TEXT),
            ("aktionsquartier_basis", FIELD_INT),
        ),
    ),
}


def write_sample(out_dir: Path) -> list[Path]:
    """Build the sample and write all its files into ``out_dir``; returns the paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sample = sample_data.build_sample()
    written = [write_sample_gpkg(sample, out_dir / sample_data.GPKG_FILE)]
    files = {
        sample_data.SPACE_TABLE_FILE: sample.space_table_csv(),
        sample_data.QUARTER_TABLE_FILE: sample.quarter_table_csv(),
        sample_data.CATALOGUE_FILE: sample.catalogue_toml.encode("utf-8"),
        sample_data.SCENARIO_FILE: sample.scenario.to_json().encode("utf-8"),
        sample_data.README_FILE: sample.readme.encode("utf-8"),
    }
    for name, content in files.items():
        written.append(write_bytes(out_dir / name, content))
    return written


def write_sample_gpkg(sample: sample_data.SampleData, path: Path) -> Path:
    """The three area levels as one GeoPackage (MultiPolygon, EPSG:25832), marked as synthetic."""
    crs = QgsCoordinateReferenceSystem(sample_data.CRS_AUTHID)
    frames = {"stadtbezirke": sample.districts, "sozialraeume": sample.spaces, "quartiere": sample.quarters}
    layers, descriptions, metadata = [], {}, {}
    for table, (title, field_types) in SAMPLE_TABLES.items():
        fields = QgsFields()
        for name, field_type in field_types:
            fields.append(QgsField(name, field_type))
        layers.append((frame_to_memory_layer(frames[table], crs, table, "MultiPolygon", fields), table))
        description = f"{title} der Beispieldaten „Dortmund 2020“. {sample_data.SYNTHETIC_NOTE}."
        descriptions[table] = description
        metadata[table] = _metadata(f"{title} (Beispieldaten Dortmund 2020)", description, crs)
    with replacing(path, create=False) as temporary:
        with _environment("OGR_CURRENT_DATE", FIXED_GPKG_DATE):
            write_layers_to_gpkg(layers, temporary, descriptions=descriptions, metadata=metadata)
        _tidy_gpkg(temporary)
    return path


def _tidy_gpkg(path: Path, date: str = FIXED_GPKG_DATE) -> None:
    """Make the GeoPackage the same on every run and drop GDAL's duplicate metadata.

    QGIS stamps its metadata references with the current time, and when GDAL reopens the file to
    add the next table it copies the earlier tables' QGIS metadata once more into its own
    "GDALMultiDomainMetadata" items. Both are set right here; VACUUM then drops stale page contents
    (old rows that still carry the current time).
    """
    connection = sqlite3.connect(str(path))
    try:
        with connection:
            gdal_items = "SELECT id FROM gpkg_metadata WHERE md_standard_uri = 'http://gdal.org'"
            connection.execute(f"DELETE FROM gpkg_metadata_reference WHERE md_file_id IN ({gdal_items})")
            connection.execute("DELETE FROM gpkg_metadata WHERE md_standard_uri = 'http://gdal.org'")
            connection.execute("UPDATE gpkg_metadata_reference SET timestamp = ?", (date,))
            connection.execute("UPDATE gpkg_contents SET last_change = ?", (date,))
        connection.execute("VACUUM")
    finally:
        connection.close()


def _metadata(title: str, abstract: str, crs: QgsCoordinateReferenceSystem) -> QgsLayerMetadata:
    """Layer metadata QGIS shows in the layer properties; no dates, so the file stays the same."""
    metadata = QgsLayerMetadata()
    metadata.setIdentifier(title)
    metadata.setTitle(title)
    metadata.setAbstract(
        abstract + " Die Gebiete sind synthetisch erzeugt und nur grob dort platziert, wo die Dortmunder "
        "Stadtbezirke liegen; sie dürfen nicht als amtliche Grenzen verwendet werden."
    )
    metadata.setLanguage("de")
    metadata.setType("dataset")
    metadata.setKeywords({"gmd:topicCategory": ["society", "planningCadastre"]})
    metadata.setCrs(crs)
    return metadata


@contextmanager
def _environment(name: str, value: str) -> Iterator[None]:
    """Set an environment variable (GDAL reads its config options from there) for a block."""
    previous = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = previous
