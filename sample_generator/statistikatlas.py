"""Build the sample "Dortmund Statistikatlas" from the raw published files, through the plugin's pipeline.

``python -m sample_generator statistikatlas`` (``make sample-statistikatlas``) reads
``tests/data/dortmund-statistikatlas/`` (the city's files as published, see its README), and writes
``resources/sample/statistikatlas/``:

1. the Unterbezirke are read with QGIS from the raw GeoJSON, checked with the plugin's boundary check
   (``services.boundary_service.check_layers``) and repaired with QGIS's Fix geometries
   (``services.boundary_service.repair_geometries``), then reprojected to ETRS89 / UTM 32N;
2. names in normal case and the indicators are read with QGIS from the 2018 and 2024 files; keys
   (``1``, ``"001"``) are matched as the plugin matches them (``core.keys``) and written as 3-digit text;
3. the 12 Stadtbezirke are dissolved from the Unterbezirke by key (first digit; 0 is split by the
   second digit into Innenstadt-West, -Nord and -Ost);
4. the indicator tables are written as a statistics office writes them (semicolon, decimal comma,
   ``.`` for a missing value), with the catalogue and README beside them.

No value is changed by hand. The output is the same, byte for byte, on every run.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsField,
    QgsFields,
    QgsLayerMetadata,
    QgsProject,
    QgsVectorLayer,
)

from aktionsraeume_plugin.core.atomic_write import replacing, write_bytes
from aktionsraeume_plugin.core.keys import normalise_key_series
from aktionsraeume_plugin.services import boundary_service
from aktionsraeume_plugin.services.boundary_service import LevelSource
from aktionsraeume_plugin.services.layers import frame_to_memory_layer, layer_to_frame, write_layers_to_gpkg
from aktionsraeume_plugin.services.qt_compat import FIELD_TEXT

from .writer import _environment, _tidy_gpkg

ROOT = Path(__file__).resolve().parent.parent
RAW_DIR = ROOT / "tests" / "data" / "dortmund-statistikatlas"
OUT_DIR = ROOT / "resources" / "sample" / "statistikatlas"
BOUNDARIES = "Statist_UnterbezirkePolygon.geojson"
RAW_TABLES = {2018: ("do_data2018.geojson", "Nummer"), 2024: ("do_data2024.geojson", "Schlüssel")}
RAW_KEY = "unbeznr"
CRS_AUTHID = "EPSG:25832"
GPKG_FILE = "dortmund_statistikatlas.gpkg"
TABLE_FILES = {2018: "indikatoren_unterbezirke_2018.csv", 2024: "indikatoren_unterbezirke_2024.csv"}
# the date the city's portal gives for its upload of the boundaries (field upload_am)
FIXED_GPKG_DATE = "2026-05-06T00:00:00Z"

SOURCE_BOUNDARIES = "Stadt Dortmund, Open-Data-Portal (statistische Unterbezirke)"
SOURCE_FIGURES = "Stadt Dortmund, Dortmunder Statistik: Statistikatlas 2019 und Statistikportal 2024"
LICENCE = "Datenlizenz Deutschland – Namensnennung – Version 2.0 (https://www.govdata.de/dl-de/by-2-0)"
ATTRIBUTION = f"Grenzen: {SOURCE_BOUNDARIES}; Daten: {SOURCE_FIGURES}; Lizenz: dl-de/by-2-0"

#: Stadtbezirk key → name. Keys: the first digit of the Unterbezirk key; 0 split by the second digit.
STADTBEZIRKE = {
    "0W": "Innenstadt-West",
    "0N": "Innenstadt-Nord",
    "0O": "Innenstadt-Ost",
    "1": "Eving",
    "2": "Scharnhorst",
    "3": "Brackel",
    "4": "Aplerbeck",
    "5": "Hörde",
    "6": "Hombruch",
    "7": "Lütgendortmund",
    "8": "Huckarde",
    "9": "Mengede",
}

#: raw column → column of the published table (German, with unit), in table order
COLUMNS = {
    "transfer_payment_pct": "Transferleistungsquote in %",
    "unemployed_pct": "Arbeitslosenquote in %",
    "unemployed_under_25_pct": "Arbeitslose unter 25 J. in %",
    "children_under_15_SGB_II_pct": "Kinder unter 15 J. mit SGB-II-Bezug in %",
    "over_65_SGB_XII_pct": "Ab 65 J. mit Grundsicherung (SGB XII) in %",
    "secondary_school_recommendation_pct": "Gymnasialempfehlung in %",
    "living_space_per_inhabitant_sq_abs": "Wohnfläche je Einwohner in m²",
    "households_with_children_pct": "Haushalte mit Kindern in %",
    "single_households_over_65_pct": "Einpersonenhaushalte ab 65 J. in %",
    "share_0_6_pct": "Anteil unter 6 J. in %",
    "share_6_18_pct": "Anteil 6 bis unter 18 J. in %",
    "share_18_30_pct": "Anteil 18 bis unter 30 J. in %",
    "share_65_80_pct": "Anteil 65 bis unter 80 J. in %",
    "share_80plus_pct": "Anteil ab 80 J. in %",
    "average_age_years": "Durchschnittsalter in Jahren",
    "female_population_pct": "Frauenanteil in %",
    "population_density_ha_abs": "Einwohner je ha",
    "building_density_pct": "Bebauungsdichte in %",
    "new_flats_1999_2016_pct": "Neubauwohnungen 1999–2016 in %",
    "births_per_1000_abs": "Geburten je 1.000 Einwohner",
    "deaths_per_1000_abs": "Sterbefälle je 1.000 Einwohner",
    "saldo_births_deaths_pct": "Saldo aus Geburten und Sterbefällen in %",
}
KEY_COLUMN = "Unterbezirk-Nr."
NAME_COLUMN = "Unterbezirk"


def stadtbezirk_key(key: str) -> str:
    """The Stadtbezirk of a 3-digit Unterbezirk key (``"535"`` → ``"5"``, ``"041"`` → ``"0N"``)."""
    if key[0] != "0":
        return key[0]
    return "0W" if key[1] in "0123" else "0N" if key[1] in "456" else "0O"


def _open(path: Path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(str(path), name, "ogr")
    if not layer.isValid():
        raise OSError(f"{path}: QGIS cannot open the file.")
    return layer


def _keys(values) -> list[str]:
    """Keys as the plugin compares them, written with three digits as the city writes them."""
    return normalise_key_series(pd.Series(list(values), dtype=object), pad_width=3).tolist()


def read_indicators(raw_dir: Path, year: int) -> pd.DataFrame:
    """A year's raw file read with QGIS: key (3-digit text), name, indicators (German headers)."""
    file, key = RAW_TABLES[year]
    frame = layer_to_frame(_open(raw_dir / file, str(year)), geometry=False)
    names = "Name" if "Name" in frame.columns else "Namen"
    table = pd.DataFrame({KEY_COLUMN: _keys(frame[key]), NAME_COLUMN: frame[names].astype(str).to_numpy()})
    for raw, column in COLUMNS.items():
        if raw in frame.columns:
            table[column] = pd.to_numeric(frame[raw]).astype(float).to_numpy()
    return table.sort_values(KEY_COLUMN, kind="stable").reset_index(drop=True)


def table_csv(table: pd.DataFrame) -> bytes:
    """The table as a statistics office writes it: UTF-8 with BOM, semicolons, decimal comma, "." missing."""
    lines = [";".join(table.columns)]
    for row in table.itertuples(index=False):
        cells = [row[0], row[1]]
        cells += ["." if pd.isna(v) else f"{v:.1f}".replace(".", ",") for v in row[2:]]
        lines.append(";".join(cells))
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def build_levels(raw_dir: Path):
    """Checked and repaired Unterbezirke and the dissolved Stadtbezirke (frames in EPSG:25832), and the
    boundary check's and repair's summaries."""
    raw = _open(raw_dir / BOUNDARIES, "Unterbezirke")
    check = boundary_service.check_layers(LevelSource(raw, RAW_KEY)).report
    repair = boundary_service.repair_geometries(raw, RAW_KEY)
    frame = layer_to_frame(repair.layer, [RAW_KEY], geometry=False)
    transform = QgsCoordinateTransform(
        repair.layer.crs(), QgsCoordinateReferenceSystem(CRS_AUTHID), QgsProject.instance()
    )
    projected = []
    for feature in repair.layer.getFeatures():
        geometry = feature.geometry()
        geometry.transform(transform)
        projected.append(shapely.from_wkb(bytes(geometry.asWkb())))
    names = read_indicators(raw_dir, 2024).set_index(KEY_COLUMN)[NAME_COLUMN]
    keys = _keys(frame[RAW_KEY])
    # coordinates to the millimetre (as the GeoPackage stores them); set_precision keeps polygons valid
    geometries = shapely.set_precision(shapely.from_wkb(shapely.to_wkb(projected)), 0.001)
    unterbezirke = (
        pd.DataFrame(
            {
                "ubz_nr": keys,
                "ubz_name": [names.get(k) for k in keys],
                "bezirk_nr": [stadtbezirk_key(k) for k in keys],
                "geometry": geometries,
            }
        )
        .sort_values("ubz_nr", kind="stable")
        .reset_index(drop=True)
    )
    districts = []
    for key, name in STADTBEZIRKE.items():
        parts = unterbezirke.loc[unterbezirke["bezirk_nr"] == key, "geometry"].to_numpy()
        districts.append(
            {"bezirk_nr": key, "bezirk_name": name, "geometry": shapely.union_all(parts, grid_size=0.001)}
        )
    summaries = (boundary_service.summary_text(check), boundary_service.repair_summary(repair))
    return unterbezirke, pd.DataFrame(districts), summaries


TABLES = {
    "stadtbezirke": ("Stadtbezirke", (("bezirk_nr", FIELD_TEXT), ("bezirk_name", FIELD_TEXT))),
    "unterbezirke": (
        "Statistische Unterbezirke",
        (("ubz_nr", FIELD_TEXT), ("ubz_name", FIELD_TEXT), ("bezirk_nr", FIELD_TEXT)),
    ),
}


def _metadata(title: str, abstract: str, crs: QgsCoordinateReferenceSystem) -> QgsLayerMetadata:
    metadata = QgsLayerMetadata()
    metadata.setIdentifier(title)
    metadata.setTitle(title)
    metadata.setAbstract(abstract)
    metadata.setLanguage("de")
    metadata.setType("dataset")
    metadata.setKeywords({"gmd:topicCategory": ["society", "planningCadastre"]})
    metadata.setRights([f"Quelle: {SOURCE_BOUNDARIES}; {SOURCE_FIGURES}"])
    metadata.setLicenses([LICENCE])
    metadata.setCrs(crs)
    return metadata


def write_gpkg(unterbezirke: pd.DataFrame, districts: pd.DataFrame, path: Path) -> Path:
    crs = QgsCoordinateReferenceSystem(CRS_AUTHID)
    frames = {"stadtbezirke": districts, "unterbezirke": unterbezirke}
    layers, descriptions, metadata = [], {}, {}
    for table, (title, field_types) in TABLES.items():
        fields = QgsFields()
        for name, field_type in field_types:
            fields.append(QgsField(name, field_type))
        frame = frames[table]
        frame = frame.assign(
            geometry=[shapely.MultiPolygon([g]) if g.geom_type == "Polygon" else g for g in frame["geometry"]]
        )
        layers.append((frame_to_memory_layer(frame, crs, table, "MultiPolygon", fields), table))
        description = (
            f"{title} der Stadt Dortmund. Quelle: {SOURCE_BOUNDARIES}; Lizenz: {LICENCE}. Mit „Geometrien "
            "reparieren“ von QGIS repariert (Aktionsräume-Plugin)."
        )
        descriptions[table] = description
        metadata[table] = _metadata(f"{title} (Dortmund Statistikatlas)", description, crs)
    with replacing(path, create=False) as temporary:
        with _environment("OGR_CURRENT_DATE", FIXED_GPKG_DATE):
            write_layers_to_gpkg(layers, temporary, descriptions=descriptions, metadata=metadata)
        _tidy_gpkg(temporary, FIXED_GPKG_DATE)
    return path


def write_statistikatlas(out_dir: Path = OUT_DIR, raw_dir: Path = RAW_DIR) -> list[Path]:
    """Build the sample from ``raw_dir`` into ``out_dir``; returns the paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    unterbezirke, districts, _summaries = build_levels(Path(raw_dir))
    written = [write_gpkg(unterbezirke, districts, out_dir / GPKG_FILE)]
    for year, name in TABLE_FILES.items():
        written.append(write_bytes(out_dir / name, table_csv(read_indicators(Path(raw_dir), year))))
    return written
