"""The embedded sample "Dortmund 2020": its layers loaded into a project, styled, with the 2020 scenario.

The sample files under ``resources/sample/`` are opened read-only, so nothing a user does in QGIS can
change them.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core.keys import area_key
from ..core.scenario import read_scenario
from ..paths import SAMPLE_DIR
from .layers import open_gpkg_layer
from .map_export import MapTexts
from .status_layers import AreaLevel, AreaLevels, StatusLayers
from .workspace import Workspace

SAMPLE_GPKG = SAMPLE_DIR / "dortmund2020.gpkg"
SAMPLE_SCENARIO = SAMPLE_DIR / "szenario_2020.json"
SAMPLE_SPACE_TABLE = SAMPLE_DIR / "indikatoren_sozialraeume_2018.csv"
SAMPLE_QUARTER_TABLE = SAMPLE_DIR / "indikatoren_quartiere_2018.csv"
SAMPLE_CATALOGUE = SAMPLE_DIR / "katalog.toml"


def sample_levels() -> AreaLevels:
    """The three levels of the sample GeoPackage, opened read-only."""
    layers = {}
    for table, name in (
        ("stadtbezirke", QCoreApplication.translate("SampleProject", "Stadtbezirke")),
        ("sozialraeume", QCoreApplication.translate("SampleProject", "Sozialräume")),
        ("quartiere", QCoreApplication.translate("SampleProject", "Quartiere")),
    ):
        layer = open_gpkg_layer(SAMPLE_GPKG, table, name)
        layer.setReadOnly(True)
        layers[table] = layer
    return AreaLevels(
        spaces=AreaLevel(layers["sozialraeume"], "sozialraum_nr", "sozialraum_name", "bezirk_nr"),
        quarters=AreaLevel(layers["quartiere"], "quartier_nr", "quartier_name", "sozialraum_nr"),
        districts=AreaLevel(layers["stadtbezirke"], "bezirk_nr", "bezirk_name"),
    )


def sample_map_texts() -> MapTexts:
    """Title, source line and the note that the sample's geometry is synthetic."""
    return MapTexts(
        title=QCoreApplication.translate("SampleProject", "Aktionsplan Soziale Stadt Dortmund"),
        subtitle=QCoreApplication.translate(
            "SampleProject", "Aktionsräume and Aktionsquartiere – revision 2020"
        ),
        date=MapTexts.today(),
        source=QCoreApplication.translate(
            "SampleProject",
            "Data: Bericht zur sozialen Lage in Dortmund 2018 (synthetic sample values). Map: Aktionsräume for QGIS",
        ),
        note=QCoreApplication.translate(
            "SampleProject", "Sample data: synthetic geometry, not the official boundaries."
        ),
    )


def sample_population() -> dict[str, float]:
    """Inhabitants per Sozialraum and Quartier key, from the sample's indicator tables."""
    from ..core.tables import read_table

    population: dict[str, float] = {}
    for path, key in ((SAMPLE_SPACE_TABLE, "Sozialraum-Nr."), (SAMPLE_QUARTER_TABLE, "Quartier-Nr.")):
        table = read_table(path, key_column=key).frame
        population.update(zip((area_key(k) for k in table[key]), table["Einwohner"].astype(float)))
    return population


def load_sample(project: QgsProject, add_to_project: bool = True, storage: Path | None = None) -> Workspace:
    """Open the sample, evaluate the 2020 scenario and (optionally) add the styled layers to ``project``.

    ``storage`` is the GeoPackage for the status layers (in memory without).
    """
    levels = sample_levels()
    status_layers = StatusLayers.create(levels, read_scenario(SAMPLE_SCENARIO), storage)
    if add_to_project:
        _add_group(project, status_layers, levels)
    return Workspace(levels, status_layers, sample_map_texts())


def add_status_group(
    project: QgsProject, status_layers: StatusLayers, title: str | None = None
) -> QgsLayerTreeGroup:
    """Put the status layers (and the district outlines) into a group at the top of the layer tree."""
    root = project.layerTreeRoot()
    group = root.insertGroup(
        0,
        title
        or QCoreApplication.translate("SampleProject", "Aktionsräume – Aktionsräume and Aktionsquartiere"),
    )
    for layer in status_layers.layers():
        existing = root.findLayer(layer.id())
        if existing is None:
            project.addMapLayer(layer, False)
            group.addLayer(layer)
        else:  # e.g. the district outlines of an earlier set-up: move, never show a layer twice
            group.addChildNode(existing.clone())
            existing.parent().removeChildNode(existing)
    return group


def _add_group(project: QgsProject, status_layers: StatusLayers, levels: AreaLevels) -> QgsLayerTreeGroup:
    group = add_status_group(
        project,
        status_layers,
        QCoreApplication.translate("SampleProject", "Aktionsräume – sample Dortmund 2020"),
    )
    sources = group.addGroup(QCoreApplication.translate("SampleProject", "Source layers (read-only)"))
    for level in (levels.spaces, levels.quarters):
        layer: QgsVectorLayer = level.layer
        project.addMapLayer(layer, False)
        sources.addLayer(layer).setItemVisibilityChecked(False)
    sources.setExpanded(False)
    return group


def sample_profile_source():
    """The indicator values of the sample for the area profiles: both tables, the catalogue, the source."""
    from ..core.catalogue import load_catalogue
    from .profile_export import ProfileSource, table_values

    catalogue = load_catalogue(SAMPLE_CATALOGUE)
    return ProfileSource(
        catalogue,
        {
            "spaces": table_values(SAMPLE_SPACE_TABLE, "Sozialraum-Nr.", catalogue),
            "quarters": table_values(SAMPLE_QUARTER_TABLE, "Quartier-Nr.", catalogue),
        },
        sample_map_texts().source,
    )
