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
from ..core.status import AreaStatus
from ..paths import SAMPLE_DIR
from .layers import open_gpkg_layer
from .map_export import MapTexts, map_crs
from .status_layers import AreaLevel, AreaLevels, StatusLayers
from .workspace import Workspace

SAMPLE_GPKG = SAMPLE_DIR / "dortmund2020.gpkg"
SAMPLE_SCENARIO = SAMPLE_DIR / "szenario_2020.json"
SAMPLE_SPACE_TABLE = SAMPLE_DIR / "indikatoren_sozialraeume_2018.csv"
SAMPLE_QUARTER_TABLE = SAMPLE_DIR / "indikatoren_quartiere_2018.csv"
SAMPLE_CATALOGUE = SAMPLE_DIR / "katalog.toml"


def _read_only_layers(gpkg: Path, names: dict[str, str]) -> dict[str, QgsVectorLayer]:
    """The tables of a sample GeoPackage (table → layer name), opened read-only."""
    layers = {}
    for table, name in names.items():
        layer = open_gpkg_layer(gpkg, table, name)
        layer.setReadOnly(True)
        layers[table] = layer
    return layers


def sample_levels() -> AreaLevels:
    """The three levels of the sample GeoPackage, opened read-only."""
    layers = _read_only_layers(
        SAMPLE_GPKG,
        {
            "stadtbezirke": QCoreApplication.translate("SampleProject", "Stadtbezirke"),
            "sozialraeume": QCoreApplication.translate("SampleProject", "Sozialräume"),
            "quartiere": QCoreApplication.translate("SampleProject", "Quartiere"),
        },
    )
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
    """Put the status layers (and the district outlines) into a group at the top of the layer tree.

    A project without a CRS yet (a new project outside QGIS's desktop, e.g. on the command line) gets
    the maps' CRS, as QGIS gives a new project the CRS of its first layer: print layouts evaluate their
    maps in the project's CRS, and an invalid one makes PROJ complain on stderr ("proj_create:
    unrecognized format")."""
    if not project.crs().isValid():
        project.setCrs(map_crs(status_layers.spaces, project.transformContext()))
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


# -- the sample "Dortmund Statistikatlas": real boundaries and figures ---------------------------

STATISTIKATLAS_DIR = SAMPLE_DIR / "statistikatlas"
STATISTIKATLAS_GPKG = STATISTIKATLAS_DIR / "dortmund_statistikatlas.gpkg"
STATISTIKATLAS_CATALOGUE = STATISTIKATLAS_DIR / "katalog.toml"
STATISTIKATLAS_TABLES = {
    2018: STATISTIKATLAS_DIR / "indikatoren_unterbezirke_2018.csv",
    2024: STATISTIKATLAS_DIR / "indikatoren_unterbezirke_2024.csv",
}
STATISTIKATLAS_KEY_COLUMN = "Unterbezirk-Nr."
STATISTIKATLAS_YEAR = 2024


def statistikatlas_attribution() -> str:
    """The city's attribution, as its licence (dl-de/by-2-0) asks, in the user's language; shown in every
    map and profile of the sample (the German is the city's own wording)."""
    return QCoreApplication.translate(
        "SampleProject",
        "Boundaries: City of Dortmund, open data portal (statistische Unterbezirke); data: City of Dortmund, "
        "Dortmunder Statistik: Statistikatlas 2019 and Statistikportal 2024; licence: dl-de/by-2-0",
    )


def statistikatlas_levels() -> AreaLevels:
    """Unterbezirke and Stadtbezirke of the sample GeoPackage, opened read-only."""
    layers = _read_only_layers(
        STATISTIKATLAS_GPKG,
        {
            "stadtbezirke": QCoreApplication.translate("SampleProject", "Stadtbezirke"),
            "unterbezirke": QCoreApplication.translate("SampleProject", "Statistical Unterbezirke"),
        },
    )
    return AreaLevels(
        spaces=AreaLevel(layers["unterbezirke"], "ubz_nr", "ubz_name", "bezirk_nr"),
        districts=AreaLevel(layers["stadtbezirke"], "bezirk_nr", "bezirk_name"),
    )


def statistikatlas_candidates(year: int = STATISTIKATLAS_YEAR) -> list[str]:
    """Keys of the Unterbezirke below average in ``year`` under the sample catalogue's rule.

    Derived from the data (``core.assessment``), never from a list: indicators the year's table lacks
    are left out of the assessment.
    """
    from ..core.assessment import assess
    from ..core.catalogue import load_catalogue
    from ..core.tables import read_table

    frame = read_table(STATISTIKATLAS_TABLES[year], key_column=STATISTIKATLAS_KEY_COLUMN).frame
    catalogue, _missing = load_catalogue(STATISTIKATLAS_CATALOGUE).restricted_to(frame.columns)
    return assess(frame, catalogue, STATISTIKATLAS_KEY_COLUMN).below_average()


def statistikatlas_tables():
    """The 2024 and the 2018 indicator table of the sample (``core.tables.TableRead``), in that order."""
    from ..core.tables import read_table

    return tuple(
        read_table(STATISTIKATLAS_TABLES[year], key_column=STATISTIKATLAS_KEY_COLUMN) for year in (2024, 2018)
    )


def statistikatlas_comparison():
    """2024 compared with 2018 under the sample catalogue (``core.development.ComparisonResult``)."""
    from ..core.catalogue import load_catalogue
    from ..core.development import compare_years

    later, earlier = (table.frame for table in statistikatlas_tables())
    return compare_years(
        later,
        earlier,
        load_catalogue(STATISTIKATLAS_CATALOGUE),
        STATISTIKATLAS_KEY_COLUMN,
        later_name="Unterbezirk",
        earlier_name="Unterbezirk",
        later_label="2024",
        earlier_label="2018",
    )


def statistikatlas_profile_source():
    """The values of the real sample for the area profiles: the 2024 table (city reference: the mean of
    the Unterbezirke, the tables have no total row), the catalogue's indicators that table has, the
    change since 2018 and the city's attribution."""
    from ..core.catalogue import load_catalogue
    from .profile_export import LevelValues, ProfileSource

    later = statistikatlas_tables()[0].frame
    catalogue, _missing = load_catalogue(STATISTIKATLAS_CATALOGUE).restricted_to(later.columns)
    return ProfileSource(
        catalogue,
        {"spaces": LevelValues(later, STATISTIKATLAS_KEY_COLUMN)},
        statistikatlas_attribution(),
        {"spaces": statistikatlas_comparison()},
    )


def statistikatlas_map_texts(year: int = STATISTIKATLAS_YEAR) -> MapTexts:
    """Title, rule and the city's attribution for the map of the real sample."""
    return MapTexts(
        title=QCoreApplication.translate("SampleProject", "Social situation in Dortmund {year}").format(
            year=year
        ),
        subtitle=QCoreApplication.translate(
            "SampleProject", "Statistical Unterbezirke below the city average"
        ),
        date=MapTexts.today(),
        source=statistikatlas_attribution(),
        note=QCoreApplication.translate(
            "SampleProject",
            "Below average: all five indicators of the social situation worse than the mean of the "
            "Unterbezirke, or a benefit receipt rate above 25 %.",
        ),
    )


def statistikatlas_development() -> tuple[list[str], list[str]]:
    """Keys below average in 2018 and in 2024, judged with the indicators both years have
    (``core.development.compare_years``), so that the two years are comparable."""
    fields = statistikatlas_comparison().fields
    then = [k for k, flag in fields["bel_then"].items() if flag == 1]
    now = [k for k, flag in fields["bel_now"].items() if flag == 1]
    return then, now


def _development_scenario(name: str):
    """2018's areas below average as the baseline, changes that lead to 2024's: the map then shows
    still / newly / no longer below average."""
    from ..core.scenario import Baseline, Change, ChangeAction, Scenario

    then, now = statistikatlas_development()
    changes = [Change(f"neu_{k}", ChangeAction.ADD_SPACE, k) for k in now if k not in then]
    changes += [Change(f"nicht_mehr_{k}", ChangeAction.REMOVE_SPACE, k) for k in then if k not in now]
    return Scenario(name=name, baseline=Baseline(action_spaces=tuple(then)), changes=tuple(changes))


def load_statistikatlas(
    project: QgsProject, add_to_project: bool = True, storage: Path | None = None, development: bool = False
) -> Workspace:
    """Open the real sample; the candidate Unterbezirke (from the data) are the list shown on the map.

    With ``development`` the map shows the status then → now: still, newly and no longer below the
    city average between 2018 and 2024.
    """
    from ..core.scenario import Baseline, Scenario

    levels = statistikatlas_levels()
    if development:
        scenario = _development_scenario(QCoreApplication.translate("SampleProject", "2018 → 2024"))
        labels = {
            AreaStatus.REMAINS_ACTION_SPACE.value: QCoreApplication.translate(
                "SampleProject", "Still below the city average"
            ),
            AreaStatus.NEW_ACTION_SPACE.value: QCoreApplication.translate(
                "SampleProject", "Newly below the city average"
            ),
            AreaStatus.NO_LONGER_ACTION_SPACE.value: QCoreApplication.translate(
                "SampleProject", "No longer below the city average"
            ),
            AreaStatus.NONE.value: QCoreApplication.translate("SampleProject", "Other Unterbezirke"),
        }
    else:
        scenario = Scenario(
            name=QCoreApplication.translate("SampleProject", "Candidates {year}").format(
                year=STATISTIKATLAS_YEAR
            ),
            baseline=Baseline(action_spaces=tuple(statistikatlas_candidates())),
            catalogue=str(STATISTIKATLAS_CATALOGUE),
        )
        labels = {
            AreaStatus.REMAINS_ACTION_SPACE.value: QCoreApplication.translate(
                "SampleProject", "Below the city average"
            ),
            AreaStatus.NONE.value: QCoreApplication.translate("SampleProject", "Other Unterbezirke"),
        }
    status_layers = StatusLayers.create(levels, scenario, storage, labels)
    if add_to_project:
        group = add_status_group(
            project,
            status_layers,
            QCoreApplication.translate("SampleProject", "Aktionsräume – sample Dortmund Statistikatlas"),
        )
        group.setExpanded(True)
    texts = statistikatlas_map_texts()
    if development:
        texts = MapTexts(
            title=QCoreApplication.translate("SampleProject", "Social situation in Dortmund 2018 → 2024"),
            subtitle=QCoreApplication.translate(
                "SampleProject", "Statistical Unterbezirke below the city average: then and now"
            ),
            date=texts.date,
            source=texts.source,
            note=texts.note,
        )
    # The sample has no list of Aktionsräume: its "baseline" is the areas below average.
    return Workspace(levels, status_layers, texts, has_list=False, development=development)
