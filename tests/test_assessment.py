"""Assessment (comparison with the city reference; standardised index), candidates, proposed changes.

The small table is assessed by hand in the tests; the sample data must reproduce the press release of
22 Dec 2020 from the data alone.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from aktionsraeume_plugin.core.assessment import (
    REFERENCE_MEAN,
    REFERENCE_TOTAL_ROW,
    REFERENCE_WEIGHTED_MEAN,
    AssessmentError,
    assess,
    classify,
    reference_from_row,
    to_numbers,
)
from aktionsraeume_plugin.core.candidates import (
    Candidates,
    baseline_from_fields,
    find_candidates,
    propose_changes,
    read_baseline,
)
from aktionsraeume_plugin.core.catalogue import load_catalogue, parse_catalogue
from aktionsraeume_plugin.core.messages import Message
from aktionsraeume_plugin.core.scenario import Baseline, ChangeAction, Scenario, ScenarioError, read_scenario
from aktionsraeume_plugin.core.tables import read_table
from aktionsraeume_plugin.paths import SAMPLE_DIR

CATALOGUE = """\
[reference]
total_row = ["Stadt insgesamt"]
population_column = "Einwohner"

[rule]
min_worse = 2
thresholds = true

[index]
breaks = [-1.0, 1.0, 1.5]
classes = ["hoch", "mittel", "niedrig", "sehr_niedrig"]
min_population = 300

[[domain]]
id = "erwerb"
label_de = "Erwerb"

[[domain]]
id = "wohnen"
label_de = "Wohnen"

[[indicator]]
id = "a"
column = "Quote A in %"
label_de = "Quote A"
unit = "%"
domain = "erwerb"
direction = "higher_is_worse"
threshold = { op = ">", value = 20 }

[[indicator]]
id = "b"
column = "Fläche B"
label_de = "Fläche B"
unit = "m²"
domain = "wohnen"
direction = "higher_is_better"

[[indicator]]
id = "c"
column = "Veränderung C"
label_de = "Veränderung C"
domain = "erwerb"
direction = "higher_is_worse"
kind = "change"
"""


def table(with_total: bool = True) -> pd.DataFrame:
    rows = [
        ("01", "Nord", 1000, 10.0, 50.0, 1.0),
        ("02", "Ost", 2000, 30.0, 20.0, 2.0),
        ("03", "Süd", 1000, 20.0, 40.0, 0.0),
        ("04", "West", 100, 25.0, 30.0, "."),
    ]
    if with_total:
        rows.append(("", "Stadt insgesamt", 4100, 18.0, 35.0, 1.0))
    return pd.DataFrame(
        rows, columns=["Nr", "Name", "Einwohner", "Quote A in %", "Fläche B", "Veränderung C"]
    )


@pytest.fixture()
def catalogue():
    return parse_catalogue(CATALOGUE, "test.toml")


# -- method 1 ------------------------------------------------------------------------------------


def test_comparison_with_the_total_row(catalogue):
    result = assess(table(), catalogue, "Nr")
    fields = result.fields
    assert list(fields.index) == ["01", "02", "03", "04"]  # the total row is the reference, not an area
    assert result.report.reference_method == REFERENCE_TOTAL_ROW
    assert result.report.reference_label == "Stadt insgesamt"
    assert result.report.reference_values == {"a": 18.0, "b": 35.0, "c": 1.0}
    # a: higher is worse (ref 18); b: higher is better (ref 35)
    assert fields["w_a"].tolist() == [0, 1, 1, 1]
    assert fields["w_b"].tolist() == [0, 1, 0, 1]
    assert fields["n_worse"].tolist() == [0, 2, 1, 2]
    assert fields["n_valid"].tolist() == [2, 2, 2, 2]
    assert fields["n_worse_erwerb"].tolist() == [0, 1, 1, 1]
    assert fields["n_worse_wohnen"].tolist() == [0, 1, 0, 1]
    assert fields["thr_hit"].tolist() == [0, 1, 0, 1]  # 20 is not > 20
    assert fields["thr_ids"].tolist() == ["", "a", "", "a"]
    assert fields["bel_avg"].tolist() == [0, 1, 0, 1]
    assert result.below_average() == ["02", "04"]
    # the suppressed value is reported and never counted as worse
    assert result.report.missing == (("04", "c"),)
    assert pd.isna(fields.loc["04", "w_c"])


def test_missing_values_are_skipped_not_worse(catalogue):
    frame = table().astype({"Quote A in %": object})
    frame.loc[1, "Quote A in %"] = "."
    result = assess(frame, catalogue, "Nr")
    assert pd.isna(result.fields.loc["02", "w_a"])
    assert result.fields.loc["02", "n_worse"] == 1 and result.fields.loc["02", "n_valid"] == 1
    assert result.fields.loc["02", "bel_avg"] == 0  # 1 of 1 worse is below min_worse = 2, no threshold
    assert ("02", "a") in result.report.missing


def test_rule_thresholds_alone_and_count_alone(catalogue):
    only_threshold = parse_catalogue(CATALOGUE.replace("min_worse = 2\n", ""), "t.toml")
    assert assess(table(), only_threshold, "Nr").below_average() == ["02", "04"]
    only_count = parse_catalogue(
        CATALOGUE.replace("min_worse = 2", "min_worse = 1").replace(
            "thresholds = true", "thresholds = false"
        ),
        "t.toml",
    )
    assert assess(table(), only_count, "Nr").below_average() == ["02", "03", "04"]


def test_reference_falls_back_to_weighted_then_plain_mean(catalogue):
    result = assess(table(with_total=False), catalogue, "Nr")
    assert result.report.reference_method == REFERENCE_WEIGHTED_MEAN
    assert result.report.reference_label == "Einwohner"
    assert result.reference["a"] == pytest.approx((10 * 1000 + 30 * 2000 + 20 * 1000 + 25 * 100) / 4100)
    assert result.reference["c"] == pytest.approx((1 * 1000 + 2 * 2000 + 0 * 1000) / 4000)  # "." skipped
    plain = assess(table(with_total=False).drop(columns="Einwohner"), catalogue, "Nr")
    assert plain.report.reference_method == REFERENCE_MEAN
    assert plain.reference["a"] == pytest.approx(21.25)
    assert plain.report.messages()[0] == Message("assessment.reference_mean")


def test_reference_from_a_separate_total_row(catalogue):
    total = table().iloc[-1]
    reference = reference_from_row(total, catalogue, "Stadt insgesamt")
    result = assess(table(with_total=False), catalogue, "Nr", reference=reference)
    assert result.report.reference_method == REFERENCE_TOTAL_ROW
    assert result.fields["n_worse"].tolist() == [0, 2, 1, 2]


def test_german_numbers_and_bad_cells():
    keys = ["1", "2", "3", "4"]
    parsed = to_numbers(pd.Series(["21,4", "1.234,5", ".", "-"], dtype=object), "x", keys)
    assert parsed.iloc[0] == 21.4 and parsed.iloc[1] == 1234.5 and parsed.iloc[2:].isna().all()
    with pytest.raises(AssessmentError, match=r"Area '2', column 'Quote': 'k\.A\.' is not a number"):
        to_numbers(pd.Series(["1", "k.A."], dtype=object), "Quote", ["1", "2"])


def test_duplicate_and_missing_keys_are_named(catalogue):
    frame = table()
    frame.loc[2, "Nr"] = "01"
    with pytest.raises(AssessmentError, match="01"):
        assess(frame, catalogue, "Nr")


# -- method 2 ------------------------------------------------------------------------------------


def _z(values):
    values = np.asarray(values, dtype=float)
    return (values - values.mean()) / values.std()  # numpy's std is the population std (ddof=0)


def test_index_against_hand_computed_values(catalogue):
    result = assess(table(), catalogue, "Nr", method="index")
    fields = result.fields
    # West has 100 inhabitants (< 300): left out of the standardisation and unclassified
    assert result.report.unclassified == ("04",)
    assert pd.isna(fields.loc["04", "status_idx"]) and fields.loc["04", "status_cls"] is None
    assert Message(
        "assessment.below_min_population", {"area": "04", "population": 100.0, "minimum": 300}
    ) in (result.report.notes)
    # by hand over Nord, Ost, Süd: a = 10, 30, 20 (higher worse); b = 50, 20, 40 (higher better)
    z_a = (np.array([10, 30, 20]) - 20) / math.sqrt(200 / 3)
    mean_b = 110 / 3
    z_b = -(np.array([50, 20, 40]) - mean_b) / math.sqrt(
        ((50 - mean_b) ** 2 + (20 - mean_b) ** 2 + (40 - mean_b) ** 2) / 3
    )
    assert fields.loc[["01", "02", "03"], "z_a"].to_numpy() == pytest.approx(z_a)
    assert fields.loc[["01", "02", "03"], "z_b"].to_numpy() == pytest.approx(z_b)
    expected = _z(z_a + z_b)
    assert fields.loc[["01", "02", "03"], "status_idx"].to_numpy() == pytest.approx(expected)
    assert expected[1] > 1.0  # Ost: the worst; its class follows the edges
    assert fields["status_cls"].tolist()[:3] == [
        classify(v, (-1.0, 1.0, 1.5), catalogue.index.classes) for v in expected
    ]
    assert fields.loc["01", "status_cls"] == "hoch"  # Nord: -1.3 ≤ -1
    assert fields.loc["02", "status_cls"] == "niedrig"  # Ost: 1.0 < 1.33 ≤ 1.5
    assert fields["bel_avg"].tolist() == [0, 1, 0, 0]
    # Dynamik over c = 1, 2, 0 (higher worse): one indicator, so the index is its z-score
    assert fields.loc[["01", "02", "03"], "dyn_idx"].to_numpy() == pytest.approx(_z([1, 2, 0]))
    assert fields["dyn_cls"].tolist()[:3] == ["stabil", "negativ", "positiv"]


def test_index_direction_and_weights(catalogue):
    flipped = parse_catalogue(
        CATALOGUE.replace('direction = "higher_is_better"', 'direction = "higher_is_worse"'), "t.toml"
    )
    base = assess(table(), catalogue, "Nr", method="index").fields
    other = assess(table(), flipped, "Nr", method="index").fields
    assert other["z_b"].dropna().to_numpy() == pytest.approx(-base["z_b"].dropna().to_numpy())
    weighted = parse_catalogue(CATALOGUE.replace('unit = "m²"', 'unit = "m²"\nweight = 3'), "t.toml")
    fields = assess(table(), weighted, "Nr", method="index").fields
    expected = _z(fields.loc[["01", "02", "03"], "z_a"] + 3 * fields.loc[["01", "02", "03"], "z_b"])
    assert fields.loc[["01", "02", "03"], "status_idx"].to_numpy() == pytest.approx(expected)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (-1.5, "hoch"),
        (-1.0, "hoch"),
        (-0.999, "mittel"),
        (1.0, "mittel"),
        (1.0001, "niedrig"),
        (1.5, "niedrig"),
        (1.5001, "sehr_niedrig"),
        (float("nan"), None),
    ],
)
def test_class_edges_belong_to_the_better_class(value, code):
    assert classify(value, (-1.0, 1.0, 1.5), ("hoch", "mittel", "niedrig", "sehr_niedrig")) == code


# -- candidates and proposals --------------------------------------------------------------------


def test_propose_changes_on_a_small_case(catalogue, qgis_locale):
    from aktionsraeume_plugin.services.messages import rationale_text

    spaces = pd.DataFrame(
        [
            ("S1", 1000, 25.0, 20.0),
            ("S2", 1000, 19.0, 40.0),
            ("S3", 1000, 10.0, 50.0),
            ("S4", 1000, 15.0, 45.0),
        ],
        columns=["Nr", "Einwohner", "Quote A in %", "Fläche B"],
    ).assign(**{"Veränderung C": 0.0})
    quarters = pd.DataFrame(
        [
            ("Q1", 500, 25.0, 20.0),
            ("Q2", 500, 19.0, 40.0),
            ("Q3", 500, 21.5, 30.0),
            ("Q4", 500, 10.0, 50.0),
            ("Q5", 500, 22.0, 30.0),
        ],
        columns=["Nr", "Einwohner", "Quote A in %", "Fläche B"],
    ).assign(**{"Veränderung C": 0.0})
    parents = {"Q1": "S1", "Q2": "S2", "Q3": "S2", "Q4": "S3", "Q5": "S4"}
    names = {"S1": "Eins", "S2": "Zwei", "S3": "Drei", "S4": "Vier", "Q3": "Drei-Q"}
    reference = reference_from_row(
        pd.Series({"Quote A in %": 18.0, "Fläche B": 35.0, "Veränderung C": 0.0}), catalogue
    )
    space_result = assess(spaces, catalogue, "Nr", reference=reference)
    quarter_result = assess(quarters, catalogue, "Nr", reference=reference)
    assert find_candidates(space_result, quarter_result, parents) == Candidates(("S1",), ("Q3", "Q5"))
    baseline = Baseline(action_spaces=("S2", "S3"), action_quarters=("Q4",))
    changes = propose_changes(baseline, space_result, quarter_result, names, parents, catalogue)
    assert [(c.action, c.area) for c in changes] == [
        (ChangeAction.REMOVE_SPACE, "S2"),
        (ChangeAction.KEEP_QUARTER, "Q3"),
        (ChangeAction.REMOVE_SPACE, "S3"),
        (ChangeAction.ADD_SPACE, "S1"),
        (ChangeAction.ADD_QUARTER, "Q5"),
        (ChangeAction.REMOVE_QUARTER, "Q4"),
    ]
    by_area = {c.area: c for c in changes}
    assert by_area["Q3"].parent == "S2" and by_area["Q3"].area_name == "Drei-Q"
    assert all(c.reasons and not c.rationale for c in changes)  # rationales are data
    threshold = by_area["S1"].reasons[0]
    assert threshold.code == "rationale.threshold"
    assert threshold.params["indicator"] == "a" and threshold.params["value"] == 25.0
    assert (threshold.params["op"], threshold.params["limit"]) == (">", 20.0)
    qgis_locale("de_DE")
    rationale = {area: rationale_text(change) for area, change in by_area.items()}
    assert "Quote A 21,5 % (> 20 %)" in rationale["Q3"]
    assert rationale["Q3"].split("; ")[-1].startswith("Quartier weiterhin mit 2 von 2 Indikatoren")
    assert rationale["S1"].startswith("Quote A 25,0 % (> 20 %)")
    assert "Fläche B 20,0 m² (Stadt 35,0 m²)" in rationale["S1"]
    assert rationale["S2"].startswith("nur noch 1 von 2 Indikatoren unter dem städtischen Durchschnitt")
    assert rationale["S3"].startswith("nur noch 0 von 2 Indikatoren")
    assert all(c.id == f"{c.action.value}-{c.area}" and c.enabled for c in changes)


def test_baseline_from_fields():
    spaces = pd.DataFrame({"nr": ["1", "2", "3"], "ar": [1, 0, "ja"]})
    quarters = pd.DataFrame({"nr": ["11", "12"], "aq": [None, True]})
    baseline = baseline_from_fields(spaces, "nr", "ar", quarters, "nr", "aq")
    assert baseline == Baseline(("1", "3"), ("12",))


def test_baseline_from_files(tmp_path):
    plain = tmp_path / "basis.json"
    plain.write_text('{"aktionsraeume": ["0103", "0201"], "aktionsquartiere": ["050304"]}', encoding="utf-8")
    assert read_baseline(plain) == Baseline(("0103", "0201"), ("050304",))
    assert (
        read_baseline(SAMPLE_DIR / "szenario_2020.json")
        == read_scenario(SAMPLE_DIR / "szenario_2020.json").baseline
    )
    plain.write_text('{"aktionsraeume": ["0103", "0103"]}', encoding="utf-8")
    with pytest.raises(ScenarioError, match="0103 more than once"):
        read_baseline(plain)


# -- the sample: the press release from the data alone -------------------------------------------


@pytest.fixture(scope="module")
def sample():
    catalogue = load_catalogue(SAMPLE_DIR / "katalog.toml")
    labels = catalogue.reference.total_row
    spaces = read_table(
        SAMPLE_DIR / "indikatoren_sozialraeume_2018.csv", key_column="Sozialraum-Nr.", total_labels=labels
    )
    quarters = read_table(
        SAMPLE_DIR / "indikatoren_quartiere_2018.csv", key_column="Quartier-Nr.", total_labels=labels
    )
    space_result = assess(
        spaces.frame,
        catalogue,
        "Sozialraum-Nr.",
        reference=reference_from_row(spaces.total_row, catalogue, "Stadt"),
    )
    quarter_result = assess(
        quarters.frame,
        catalogue,
        "Quartier-Nr.",
        reference=reference_from_row(quarters.total_row, catalogue, "Stadt"),
    )
    space_names = dict(zip(spaces.frame["Sozialraum-Nr."], spaces.frame["Sozialraum"]))
    quarter_names = dict(zip(quarters.frame["Quartier-Nr."], quarters.frame["Quartier"]))
    parents = dict(zip(quarters.frame["Quartier-Nr."], quarters.frame["Sozialraum-Nr."]))
    return {
        "catalogue": catalogue,
        "spaces": space_result,
        "quarters": quarter_result,
        "names": {**space_names, **quarter_names},
        "key": {name: key for key, name in {**space_names, **quarter_names}.items()},
        "parents": parents,
        "scenario": read_scenario(SAMPLE_DIR / "szenario_2020.json"),
    }


def test_sample_reproduces_the_press_release(sample):
    key = sample["key"]
    spaces, quarters = sample["spaces"], sample["quarters"]
    baseline = sample["scenario"].baseline
    below = set(spaces.below_average())
    for name in ("Bövinghausen/Westrich", "Dorstfeld"):
        assert key[name] in below
        assert spaces.threshold_hits(key[name]) == ["tlq"]
        assert spaces.values.loc[key[name], "tlq"] > 20
    for name in ("Alt-Scharnhorst", "Wickede"):
        assert key[name] not in below
    # the other eleven Aktionsräume stay below average; nothing else is
    assert below == (set(baseline.action_spaces) - {key["Alt-Scharnhorst"], key["Wickede"]}) | {
        key["Bövinghausen/Westrich"],
        key["Dorstfeld"],
    }
    for space, quarter in (("Alt-Scharnhorst", "Wambeler Heide"), ("Wickede", "Meylantviertel")):
        inside = [q for q, p in sample["parents"].items() if p == key[space]]
        assert [q for q in inside if q in quarters.below_average()] == [key[quarter]]
    candidates = find_candidates(spaces, quarters, sample["parents"])
    assert set(candidates.spaces) == below


def test_sample_generated_changes_equal_the_2020_scenario(sample, qgis_locale):
    from aktionsraeume_plugin.services.messages import rationale_text

    scenario = sample["scenario"]
    changes = propose_changes(
        scenario.baseline,
        sample["spaces"],
        sample["quarters"],
        sample["names"],
        sample["parents"],
        sample["catalogue"],
    )
    assert sorted((c.action.value, c.area) for c in changes) == sorted(
        (c.action.value, c.area) for c in scenario.changes
    )
    assert len(changes) == 6
    by_name = {c.area_name: c for c in changes}
    tlq = sample["spaces"].values.loc[sample["key"]["Bövinghausen/Westrich"], "tlq"]
    qgis_locale("de_DE")
    rationale = {name: rationale_text(change) for name, change in by_name.items()}
    assert (
        f"Transferleistungsquote {tlq:.1f} % (> 20 %)".replace(".", ",") in rationale["Bövinghausen/Westrich"]
    )
    assert rationale["Alt-Scharnhorst"].startswith("nur noch ")
    assert "von 7 Indikatoren unter dem städtischen Durchschnitt" in rationale["Alt-Scharnhorst"]
    assert by_name["Wambeler Heide"].parent == sample["key"]["Alt-Scharnhorst"]
    applied = Scenario(name="generated", baseline=scenario.baseline, changes=tuple(changes))
    assert len(applied.action_spaces()) == 13 and len(applied.action_quarters()) == 2
