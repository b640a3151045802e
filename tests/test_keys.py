"""The canonical area key (core only): one spelling per key value, made canonical where keys enter."""

from __future__ import annotations

import pandas as pd

from aktionsraeume_plugin.core.assessment import assess
from aktionsraeume_plugin.core.candidates import baseline_from_fields
from aktionsraeume_plugin.core.catalogue import parse_catalogue
from aktionsraeume_plugin.core.keys import AreaKeys, area_key, match_key
from aktionsraeume_plugin.core.scenario import Baseline, Change, ChangeAction, Scenario, space_statuses
from aktionsraeume_plugin.core.status import AreaStatus

from .test_cells import CATALOGUE  # one indicator "v" in column "Wert"


def test_area_key_is_one_spelling_per_value():
    values = (503, 503.0, 1100101.0, " 0503 ", None, float("nan"), pd.NA, " ", "Bo\u0308vinghausen")
    assert [area_key(v) for v in values] == [
        "503",
        "503",
        "1100101",
        "0503",
        None,
        None,
        None,
        None,
        "Bövinghausen",
    ]
    assert match_key("0503") == match_key(503) == match_key(503.0) == "503"


def test_area_keys_map_other_spellings_onto_the_levels_keys():
    numbers = AreaKeys([503, 1100101.0, None])
    assert numbers.keys == ("503", "1100101")
    assert [numbers.canonical(k) for k in ("0503", "01100101", "0999", None)] == [
        "503",
        "1100101",
        "0999",
        None,
    ]
    text = AreaKeys(["0503"])
    assert text.canonical(503.0) == "0503" and 503 in text and "0999" not in text


def test_scenario_keys_become_the_layers_keys():
    scenario = Scenario(
        name="s",
        baseline=Baseline(("0503", "0103"), ("050301",)),
        changes=(
            Change("remove-0503", ChangeAction.REMOVE_SPACE, "0503"),
            Change("keep-050304", ChangeAction.KEEP_QUARTER, "050304", parent="0503"),
        ),
    )
    spaces, quarters = AreaKeys([503, 103, 102]), AreaKeys([50301, 50304])
    canonical = scenario.with_keys(spaces.canonical, quarters.canonical)
    assert canonical.baseline == Baseline(("503", "103"), ("50301",))
    assert [(c.id, c.area, c.parent) for c in canonical.changes] == [
        ("remove-0503", "503", ""),
        ("keep-050304", "50304", "503"),
    ]
    statuses = space_statuses(canonical, spaces.keys)
    assert statuses["503"] == AreaStatus.NO_LONGER_ACTION_SPACE.value
    assert statuses["103"] == AreaStatus.REMAINS_ACTION_SPACE.value
    assert canonical.action_quarters() == {"50301", "50304"}
    # already canonical: the same object (a text layer leaves the scenario as it is)
    assert scenario.with_keys(AreaKeys(["0503", "0103"]).canonical) is scenario


def test_scenario_file_keys_are_trimmed_on_load():
    data = {
        "format": "aktionsraeume-scenario",
        "version": 1,
        "baseline": {"aktionsraeume": [" 0503 "]},
        "changes": [{"action": "keep_quarter", "area": "050304 ", "parent": " 0503"}],
    }
    scenario = Scenario.from_dict(data)
    assert scenario.baseline.action_spaces == ("0503",)
    assert (scenario.changes[0].area, scenario.changes[0].parent) == ("050304", "0503")


def test_numeric_key_columns_give_canonical_keys_in_assessment_and_baseline():
    frame = pd.DataFrame(
        {"Nr": [1100101.0, 1100102.0, 503.0], "Wert": [1.0, 5.0, 2.0], "AR": ["ja", "", "x"]}
    )
    result = assess(frame, parse_catalogue(CATALOGUE), "Nr")
    assert result.keys == ["1100101", "1100102", "503"]
    assert result.below_average() == ["1100102"]
    assert baseline_from_fields(frame, "Nr", "AR").action_spaces == ("1100101", "503")
