"""The shipped sample "Dortmund 2020": geometry tiles and nests exactly, the press release's findings
come out of the indicator tables, and regenerating it gives the same files.

The findings are computed here directly from the CSV with the catalogue's comparison rule (at least 4
of 7 status indicators worse than the city total row, or Transferleistungsquote > 20 %), so that the
sample is checked independently of the plugin's assessment code.
"""

from __future__ import annotations

import io
import math
import sqlite3
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely

from aktionsraeume_plugin.core.scenario import ChangeAction, read_scenario, unknown_areas
from aktionsraeume_plugin.paths import SAMPLE_DIR
from sample_generator import data as sample_data

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

GPKG = SAMPLE_DIR / sample_data.GPKG_FILE
LEVEL_FIELDS = {
    "stadtbezirke": ["bezirk_nr", "bezirk_name"],
    "sozialraeume": ["sozialraum_nr", "sozialraum_name", "bezirk_nr", "aktionsraum_basis"],
    "quartiere": ["quartier_nr", "quartier_name", "sozialraum_nr", "aktionsquartier_basis"],
}
SPACE_KEY, QUARTER_KEY = "Sozialraum-Nr.", "Quartier-Nr."
TOTAL = "Stadt Dortmund insgesamt"
# The sample catalogue's indicators: column -> +1 higher is worse, -1 higher is better (status only).
STATUS = {
    "Transferleistungsquote in %": +1,
    "Arbeitslosenquote in %": +1,
    "Kinder unter 15 J. mit SGB-II-Bezug in %": +1,
    "Übergangsquote Gymnasium in %": -1,
    "Kinder mit Sprachförderbedarf in %": +1,
    "Kinder mit Normalgewicht in %": -1,
    "Wohnfläche je Einwohner in m²": -1,
}
TLQ = "Transferleistungsquote in %"
D_TLQ = "Veränderung Transferleistungsquote 2013–2018 in %-Punkten"
D_BEV = "Bevölkerungsentwicklung 2013–2018 in %"
NORMALGEWICHT = "Kinder mit Normalgewicht in %"
# Rough compass direction (degrees, counter-clockwise from east) of each outer Stadtbezirk's centroid
# seen from the city centre; each must lie within 50° of it.
DIRECTIONS = {
    "Mengede": 135,
    "Eving": 90,
    "Scharnhorst": 45,
    "Brackel": 0,
    "Aplerbeck": -45,
    "Hörde": -90,
    "Hombruch": -120,
    "Lütgendortmund": 180,
    "Huckarde": 150,
}


# -- fixtures ----------------------------------------------------------------------------------------


def _read_gpkg(path: Path) -> dict[str, pd.DataFrame]:
    from aktionsraeume_plugin.services.layers import layer_to_frame, open_gpkg_layer

    return {
        table: layer_to_frame(open_gpkg_layer(path, table), fields).drop(columns="fid")
        for table, fields in LEVEL_FIELDS.items()
    }


@pytest.fixture(scope="module")
def levels(qgis_app) -> dict[str, pd.DataFrame]:
    return _read_gpkg(GPKG)


@pytest.fixture(scope="module")
def districts(levels):
    return levels["stadtbezirke"]


@pytest.fixture(scope="module")
def spaces(levels):
    return levels["sozialraeume"]


@pytest.fixture(scope="module")
def quarters(levels):
    return levels["quartiere"]


def read_table(path: Path, encoding: str, keys: list[str]) -> pd.DataFrame:
    """A table as a planner would read it with pandas."""
    return pd.read_csv(
        path,
        sep=";",
        decimal=",",
        thousands=".",
        na_values=["."],
        keep_default_na=False,
        encoding=encoding,
        dtype=dict.fromkeys(keys, str),
    )


@pytest.fixture(scope="module")
def space_table() -> pd.DataFrame:
    return read_table(SAMPLE_DIR / sample_data.SPACE_TABLE_FILE, "utf-8-sig", [SPACE_KEY])


@pytest.fixture(scope="module")
def quarter_table() -> pd.DataFrame:
    return read_table(SAMPLE_DIR / sample_data.QUARTER_TABLE_FILE, "cp1252", [QUARTER_KEY, SPACE_KEY])


def split_total(table: pd.DataFrame, key: str) -> tuple[pd.DataFrame, pd.Series]:
    """Area rows indexed by key, and the city total row."""
    is_total = table.iloc[:, 1] == TOTAL
    assert is_total.sum() == 1 and is_total.iloc[-1], "the city total row must be the last row"
    return table[~is_total].set_index(key), table[is_total].iloc[0]


def worse_counts(rows: pd.DataFrame, total: pd.Series) -> pd.Series:
    """How many status indicators are worse than the city (a missing value is never worse)."""
    return sum(((rows[column] - total[column]) * sign > 0).astype(int) for column, sign in STATUS.items())


def below_average(rows: pd.DataFrame, total: pd.Series) -> pd.Series:
    return (worse_counts(rows, total) >= 4) | (rows[TLQ] > 20)


@pytest.fixture(scope="module")
def scenario():
    return read_scenario(SAMPLE_DIR / sample_data.SCENARIO_FILE)


@pytest.fixture(scope="module")
def space_keys(spaces) -> dict[str, str]:
    return dict(zip(spaces["sozialraum_name"], spaces["sozialraum_nr"]))


@pytest.fixture(scope="module")
def roles(spaces, space_keys, scenario) -> dict[str, set[str]]:
    baseline = set(scenario.baseline.action_spaces)
    removed = {space_keys["Alt-Scharnhorst"], space_keys["Wickede"]}
    candidates = {space_keys["Bövinghausen/Westrich"], space_keys["Dorstfeld"]}
    return {
        "remaining": baseline - removed,
        "removed": removed,
        "candidates": candidates,
        "ordinary": set(spaces["sozialraum_nr"]) - baseline - candidates,
    }


# -- layers ------------------------------------------------------------------------------------------


def test_layers_have_the_expected_counts_fields_and_crs(qgis_app, districts, spaces, quarters):
    from qgis.core import QgsWkbTypes

    from aktionsraeume_plugin.services.layers import open_gpkg_layer

    assert len(districts) == 12
    assert len(spaces) == 39
    assert 160 <= len(quarters) <= 180
    for table, fields in LEVEL_FIELDS.items():
        layer = open_gpkg_layer(GPKG, table)
        assert layer.crs().authid() == "EPSG:25832"
        assert QgsWkbTypes.flatType(layer.wkbType()) == QgsWkbTypes.Type.MultiPolygon
        assert [f.name() for f in layer.fields() if f.name() != "fid"] == fields
    assert districts["bezirk_nr"].tolist() == [f"{n:02d}" for n in range(1, 13)]
    assert districts["bezirk_name"].tolist() == [d.name for d in sample_data.DISTRICTS]


def test_layers_are_marked_as_synthetic(qgis_app):
    from aktionsraeume_plugin.services.layers import open_gpkg_layer

    for table in LEVEL_FIELDS:
        layer = open_gpkg_layer(GPKG, table)
        assert "Synthetische Geometrie – keine amtlichen Grenzen" in layer.metadata().abstract(), table
    connection = sqlite3.connect(f"file:{GPKG}?mode=ro", uri=True)
    try:
        descriptions = dict(connection.execute("SELECT table_name, description FROM gpkg_contents"))
    finally:
        connection.close()
    assert set(descriptions) == set(LEVEL_FIELDS)
    assert all("Synthetische Geometrie" in text for text in descriptions.values())


def test_keys_are_text_with_leading_zeros_and_nest(districts, spaces, quarters):
    assert spaces["sozialraum_nr"].str.fullmatch(r"\d{4}").all()
    assert quarters["quartier_nr"].str.fullmatch(r"\d{6}").all()
    assert (spaces["sozialraum_nr"].str[:2] == spaces["bezirk_nr"]).all()
    assert (quarters["quartier_nr"].str[:4] == quarters["sozialraum_nr"]).all()
    assert set(spaces["bezirk_nr"]) == set(districts["bezirk_nr"])
    assert set(quarters["sozialraum_nr"]) == set(spaces["sozialraum_nr"])
    counts = spaces.groupby("bezirk_nr").size()
    expected = {d.key: d.space_count for d in sample_data.DISTRICTS}
    assert counts.to_dict() == expected
    assert quarters.groupby("sozialraum_nr").size().min() >= 3


# -- geometry ------------------------------------------------------------------------------------------


def _geoms(frame: pd.DataFrame) -> np.ndarray:
    return frame["geometry"].to_numpy()


def test_every_area_is_one_valid_polygon_without_holes(levels):
    for table, frame in levels.items():
        geoms = _geoms(frame)
        assert shapely.is_valid(geoms).all(), table
        for geom in geoms:
            assert len(geom.geoms) == 1, table
            assert len(geom.geoms[0].interiors) == 0, table


def test_levels_cover_the_same_city_without_gaps(districts, spaces, quarters):
    city = [shapely.union_all(_geoms(frame)) for frame in (districts, spaces, quarters)]
    assert shapely.symmetric_difference(city[0], city[1]).area < 1.0
    assert shapely.symmetric_difference(city[1], city[2]).area < 1.0
    assert 260e6 <= city[0].area <= 300e6
    # No gaps: the city is one polygon without holes, and the areas' sum is the city's area.
    assert city[0].geom_type == "Polygon" and len(city[0].interiors) == 0
    for frame in (districts, spaces, quarters):
        assert abs(shapely.area(_geoms(frame)).sum() - city[0].area) < 1.0


@pytest.mark.parametrize("table", list(LEVEL_FIELDS))
def test_areas_of_a_level_do_not_overlap(levels, table):
    geoms = _geoms(levels[table])
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms, predicate="intersects")
    pairs = left < right
    overlap = shapely.area(shapely.intersection(geoms[left[pairs]], geoms[right[pairs]]))
    assert overlap.max(initial=0.0) < 1.0
    assert overlap.sum() < 1.0


@pytest.mark.parametrize(
    ("child", "parent", "child_key", "parent_key"),
    [
        ("quartiere", "sozialraeume", "sozialraum_nr", "sozialraum_nr"),
        ("sozialraeume", "stadtbezirke", "bezirk_nr", "bezirk_nr"),
    ],
)
def test_each_area_lies_inside_its_stated_parent(levels, child, parent, child_key, parent_key):
    parents = dict(zip(levels[parent][parent_key], levels[parent]["geometry"]))
    for key, geom in zip(levels[child][child_key], levels[child]["geometry"]):
        inside = shapely.intersection(geom, parents[key]).area
        assert inside >= 0.9999 * geom.area


def test_named_areas_lie_in_the_right_stadtbezirk(districts, spaces, quarters, space_keys):
    bezirk_of = dict(zip(spaces["sozialraum_nr"], spaces["bezirk_nr"]))
    bezirk_name = dict(zip(districts["bezirk_nr"], districts["bezirk_name"]))
    for space, bezirk in (
        ("Alt-Scharnhorst", "Scharnhorst"),
        ("Wickede", "Brackel"),
        ("Bövinghausen/Westrich", "Lütgendortmund"),
        ("Dorstfeld", "Innenstadt-West"),
    ):
        assert bezirk_name[bezirk_of[space_keys[space]]] == bezirk
    space_of = dict(zip(quarters["quartier_name"], quarters["sozialraum_nr"]))
    assert space_of["Wambeler Heide"] == space_keys["Alt-Scharnhorst"]
    assert space_of["Meylantviertel"] == space_keys["Wickede"]
    assert spaces["sozialraum_name"].is_unique and quarters["quartier_name"].is_unique

    def x_of(name: str) -> float:
        return spaces.loc[spaces["sozialraum_name"] == name, "geometry"].iloc[0].centroid.x

    # Wickede on Brackel's east edge, Bövinghausen/Westrich on Lütgendortmund's west edge.
    brackel = spaces[spaces["bezirk_nr"] == "06"]
    assert x_of("Wickede") == max(g.centroid.x for g in brackel["geometry"])
    luetgendortmund = spaces[spaces["bezirk_nr"] == "10"]
    assert x_of("Bövinghausen/Westrich") == min(g.centroid.x for g in luetgendortmund["geometry"])


def test_stadtbezirke_lie_roughly_where_they_are_in_dortmund(districts):
    centre_x, centre_y = sample_data.CENTRE
    centroids = {n: g.centroid for n, g in zip(districts["bezirk_name"], districts["geometry"])}
    for name, direction in DIRECTIONS.items():
        point = centroids[name]
        angle = math.degrees(math.atan2(point.y - centre_y, point.x - centre_x))
        difference = (angle - direction + 180) % 360 - 180
        assert abs(difference) <= 50, (name, angle)
    assert centroids["Mengede"].x < centre_x and centroids["Mengede"].y > centre_y
    for name in ("Innenstadt-West", "Innenstadt-Nord", "Innenstadt-Ost"):
        assert math.hypot(centroids[name].x - centre_x, centroids[name].y - centre_y) < 4_000
    # The centre itself lies in one of the Innenstadt districts.
    centre = shapely.Point(centre_x, centre_y)
    inner = districts[districts["geometry"].map(lambda g: g.intersects(centre))]
    assert set(inner["bezirk_name"]) <= {"Innenstadt-West", "Innenstadt-Nord", "Innenstadt-Ost"}


def test_baseline_flags_match_the_scenario(spaces, quarters, scenario):
    flagged = set(spaces.loc[spaces["aktionsraum_basis"] == 1, "sozialraum_nr"])
    assert flagged == set(scenario.baseline.action_spaces)
    assert len(flagged) == 13
    assert (quarters["aktionsquartier_basis"] == 0).all()
    assert set(spaces["aktionsraum_basis"]) == {0, 1}


# -- indicator tables ------------------------------------------------------------------------------------


def test_tables_are_written_as_german_statistics_offices_do():
    space_bytes = (SAMPLE_DIR / sample_data.SPACE_TABLE_FILE).read_bytes()
    quarter_bytes = (SAMPLE_DIR / sample_data.QUARTER_TABLE_FILE).read_bytes()
    assert space_bytes.startswith(b"\xef\xbb\xbfSozialraum-Nr.;Sozialraum;Einwohner;")
    assert quarter_bytes.startswith(b"Quartier-Nr.;Quartier;Sozialraum-Nr.;Einwohner;")
    with pytest.raises(UnicodeDecodeError):
        quarter_bytes.decode("utf-8")  # Windows-1252, as Excel writes plain CSV on German Windows
    quarter_text = quarter_bytes.decode("cp1252")
    assert "\r\n" in quarter_text and "Hörde" in quarter_text
    assert ";.;" in quarter_text  # suppressed values
    assert ";588." in space_bytes.decode("utf-8-sig")  # thousands separator in Einwohner
    assert ";21,4;" in space_bytes.decode("utf-8-sig")  # decimal comma


def test_populations_add_up(space_table, quarter_table):
    spaces, space_total = split_total(space_table, SPACE_KEY)
    quarters, quarter_total = split_total(quarter_table, QUARTER_KEY)
    assert 580_000 <= space_total["Einwohner"] <= 600_000
    assert spaces["Einwohner"].sum() == space_total["Einwohner"] == quarter_total["Einwohner"]
    by_space = quarters.groupby(SPACE_KEY)["Einwohner"].sum()
    assert (by_space.reindex(spaces.index) == spaces["Einwohner"]).all()
    for column in [*STATUS, D_TLQ, D_BEV]:
        assert space_total[column] == quarter_total[column]


def test_quarter_values_aggregate_to_their_space(space_table, quarter_table):
    spaces, _ = split_total(space_table, SPACE_KEY)
    quarters, _ = split_total(quarter_table, QUARTER_KEY)
    for column in [*STATUS, D_TLQ, D_BEV]:
        for key, rows in quarters.groupby(SPACE_KEY):
            if rows[column].isna().any():
                continue  # a suppressed value: the published quarters no longer add up exactly
            mean = np.average(rows[column], weights=rows["Einwohner"])
            assert abs(mean - spaces.loc[key, column]) <= 0.1, (key, column)


def test_city_row_is_the_population_weighted_mean(space_table):
    spaces, total = split_total(space_table, SPACE_KEY)
    for column in [*STATUS, D_TLQ, D_BEV]:
        mean = np.average(spaces[column], weights=spaces["Einwohner"])
        assert abs(mean - total[column]) <= 0.1, column


def test_transferleistungsquote_above_20_outside_the_aktionsraeume_only_in_the_two_candidates(
    space_table, roles, space_keys
):
    spaces, _ = split_total(space_table, SPACE_KEY)
    outside = spaces.drop(index=sorted(roles["remaining"] | roles["removed"]))
    assert set(outside.index[outside[TLQ] > 20]) == roles["candidates"]
    assert spaces.loc[space_keys["Bövinghausen/Westrich"], TLQ] == 21.4
    assert spaces.loc[space_keys["Dorstfeld"], TLQ] == 22.7


def test_remaining_aktionsraeume_lie_below_average(space_table, roles):
    spaces, total = split_total(space_table, SPACE_KEY)
    remaining = spaces.loc[sorted(roles["remaining"])]
    assert below_average(remaining, total).all()
    counts = worse_counts(remaining, total)
    assert (counts >= 5).sum() >= 8
    assert (remaining[TLQ] > 20).sum() >= 3


def test_alt_scharnhorst_and_wickede_are_no_longer_below_average(space_table, roles):
    spaces, total = split_total(space_table, SPACE_KEY)
    removed = spaces.loc[sorted(roles["removed"])]
    assert not below_average(removed, total).any()
    assert (worse_counts(removed, total) <= 3).all()
    assert (removed[TLQ] <= 20).all()


def test_exactly_one_quarter_below_average_in_alt_scharnhorst_and_wickede(quarter_table, space_keys):
    quarters, total = split_total(quarter_table, QUARTER_KEY)
    below = below_average(quarters, total)
    for space, quarter in (("Alt-Scharnhorst", "Wambeler Heide"), ("Wickede", "Meylantviertel")):
        in_space = quarters[SPACE_KEY] == space_keys[space]
        assert quarters.loc[in_space & below, "Quartier"].tolist() == [quarter]


def test_no_other_quarter_below_average_outside_aktionsraeume_and_candidates(quarter_table, roles):
    quarters, total = split_total(quarter_table, QUARTER_KEY)
    ordinary = quarters[quarters[SPACE_KEY].isin(roles["ordinary"])]
    assert len(ordinary) > 90
    assert not below_average(ordinary, total).any()


def test_suppressed_values_change_no_outcome(quarter_table):
    quarters, total = split_total(quarter_table, QUARTER_KEY)
    suppressed = quarters.isna().any(axis=1)
    assert 1 <= suppressed.sum() <= 10
    assert (quarters.loc[suppressed, "Einwohner"] < 500).all()
    # Even if every suppressed value were worse than the city, no quarter's finding would change.
    worst = quarters.copy()
    for column, sign in STATUS.items():
        worst[column] = worst[column].fillna(total[column] + sign * 100)
    assert below_average(worst, total).equals(below_average(quarters, total))


def test_candidates_show_the_press_release_trends(space_table, roles, space_keys):
    spaces, total = split_total(space_table, SPACE_KEY)
    dorstfeld = spaces.loc[space_keys["Dorstfeld"]]
    others = spaces.drop(index=sorted(roles["candidates"]))
    for key in roles["candidates"]:
        # more people, and especially more children, on benefits
        assert spaces.loc[key, D_TLQ] > total[D_TLQ] + 1.5
        assert spaces.loc[key, D_TLQ] > others[D_TLQ].max()
        assert (
            spaces.loc[key, "Kinder unter 15 J. mit SGB-II-Bezug in %"]
            > total["Kinder unter 15 J. mit SGB-II-Bezug in %"]
        )
    assert dorstfeld[NORMALGEWICHT] < total[NORMALGEWICHT]
    assert dorstfeld[D_BEV] < 0
    assert (others[D_BEV] > 0).all()  # Dorstfeld's decline is atypical


def test_ordinary_spaces_are_mostly_better_than_the_city(space_table, roles):
    spaces, total = split_total(space_table, SPACE_KEY)
    ordinary = spaces.loc[sorted(roles["ordinary"])]
    counts = worse_counts(ordinary, total)
    assert len(ordinary) == 24
    assert (counts <= 3).all()
    assert (counts <= 2).mean() >= 0.75


# -- catalogue and scenario ---------------------------------------------------------------------------


def test_catalogue_names_the_table_columns(space_table, quarter_table):
    catalogue = tomllib.loads((SAMPLE_DIR / sample_data.CATALOGUE_FILE).read_text(encoding="utf-8"))
    assert catalogue["format"] == "aktionsraeume-katalog"
    assert catalogue["rule"]["min_worse"] == 4
    assert TOTAL in catalogue["reference"]["total_row"]
    columns = {i["column"]: i for i in catalogue["indicator"]}
    assert set(columns) == {*STATUS, D_TLQ, D_BEV}
    for column, sign in STATUS.items():
        assert columns[column]["direction"] == ("higher_is_worse" if sign > 0 else "higher_is_better")
        assert columns[column].get("kind", "status") == "status"
    assert columns[TLQ]["threshold"] == {"op": ">", "value": 20.0}
    assert set(columns) <= set(space_table.columns) and set(columns) <= set(quarter_table.columns)


def test_scenario_has_the_six_changes_of_the_press_release(scenario, spaces, quarters, space_keys):
    assert scenario.name == "Fortschreibung der Aktionsräume 2020"
    assert scenario.catalogue == sample_data.CATALOGUE_FILE
    assert unknown_areas(scenario, spaces["sozialraum_nr"], quarters["quartier_nr"]) == []
    by_action = {}
    for change in scenario.changes:
        by_action.setdefault(change.action, []).append(change.area_name)
        assert change.rationale and change.enabled
    assert by_action == {
        ChangeAction.REMOVE_SPACE: ["Alt-Scharnhorst", "Wickede"],
        ChangeAction.KEEP_QUARTER: ["Wambeler Heide", "Meylantviertel"],
        ChangeAction.ADD_SPACE: ["Bövinghausen/Westrich", "Dorstfeld"],
    }
    quarter_parent = dict(zip(quarters["quartier_nr"], quarters["sozialraum_nr"]))
    for change in scenario.changes:
        if change.action is ChangeAction.KEEP_QUARTER:
            assert change.parent == quarter_parent[change.area]
    assert "über 20 %" in scenario.change(f"add-{space_keys['Dorstfeld']}").rationale
    after = scenario.action_spaces()
    assert len(after) == 13
    assert space_keys["Dorstfeld"] in after and space_keys["Alt-Scharnhorst"] not in after
    quarter_names = dict(zip(quarters["quartier_nr"], quarters["quartier_name"]))
    assert {quarter_names[k] for k in scenario.action_quarters()} == {"Wambeler Heide", "Meylantviertel"}


# -- determinism ----------------------------------------------------------------------------------------


def test_build_sample_is_deterministic():
    first, second = sample_data.build_sample(), sample_data.build_sample()
    for name in ("districts", "spaces", "quarters"):
        a, b = getattr(first, name), getattr(second, name)
        pd.testing.assert_frame_equal(a.drop(columns="geometry"), b.drop(columns="geometry"))
        assert [g.wkb for g in a["geometry"]] == [g.wkb for g in b["geometry"]]
    assert first.space_table_csv() == second.space_table_csv()
    assert first.quarter_table_csv() == second.quarter_table_csv()
    assert first.scenario == second.scenario
    # Every coordinate lies on the 1 cm grid.
    coordinates = shapely.get_coordinates(first.quarters["geometry"].to_numpy())
    assert np.abs(coordinates * 100 - np.round(coordinates * 100)).max() < 1e-4


def test_regenerating_gives_the_shipped_files(qgis_app, tmp_path, levels):
    from sample_generator.writer import write_sample

    written = write_sample(tmp_path)
    names = {p.name for p in written}
    assert names <= {p.name for p in SAMPLE_DIR.iterdir()}
    for name in names - {sample_data.GPKG_FILE}:
        assert (tmp_path / name).read_bytes() == (SAMPLE_DIR / name).read_bytes(), name
    regenerated = _read_gpkg(tmp_path / sample_data.GPKG_FILE)
    for table, frame in levels.items():
        other = regenerated[table]
        pd.testing.assert_frame_equal(frame.drop(columns="geometry"), other.drop(columns="geometry"))
        assert [g.wkb for g in frame["geometry"]] == [g.wkb for g in other["geometry"]], table


def test_shipped_csv_reads_back_to_the_built_tables():
    built = sample_data.build_sample()
    table = read_table(io.BytesIO(built.space_table_csv()), "utf-8-sig", [SPACE_KEY])
    expected = built.space_table
    assert table[SPACE_KEY].fillna("").tolist() == expected[SPACE_KEY].tolist()
    assert np.allclose(table[TLQ], expected["Transferleistungsquote in %"])
