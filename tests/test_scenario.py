"""Scenario: switching (property tests over random scenarios), editing, files, summary export."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from aktionsraeume_plugin.core.scenario import (
    Baseline,
    Change,
    ChangeAction,
    Scenario,
    ScenarioError,
    quarter_statuses,
    read_scenario,
    space_statuses,
    summarise,
    write_scenario,
)
from aktionsraeume_plugin.core.status import AreaStatus
from aktionsraeume_plugin.core.summary_export import export_summary
from aktionsraeume_plugin.paths import SAMPLE_DIR

SPACES = [f"S{i}" for i in range(8)]
QUARTERS = {f"S{i}Q{j}": f"S{i}" for i in range(8) for j in range(3)}


@st.composite
def scenarios(draw) -> Scenario:
    """Random scenarios shaped like real ones: one change per area, each making sense for the baseline."""
    base_spaces = draw(st.sets(st.sampled_from(SPACES)))
    eligible = [q for q, p in QUARTERS.items() if p not in base_spaces]
    base_quarters = draw(st.sets(st.sampled_from(eligible))) if eligible else set()
    changes = []
    removed = set()
    for space in SPACES:
        if draw(st.booleans()):
            action = ChangeAction.REMOVE_SPACE if space in base_spaces else ChangeAction.ADD_SPACE
            changes.append(Change(f"c-{space}", action, space, enabled=draw(st.booleans())))
            if action is ChangeAction.REMOVE_SPACE:
                removed.add(space)
    for quarter, parent in QUARTERS.items():
        if not draw(st.booleans()):
            continue
        if parent in removed:
            action = ChangeAction.KEEP_QUARTER
        elif quarter in base_quarters:
            action = ChangeAction.REMOVE_QUARTER
        elif parent not in base_spaces:
            action = ChangeAction.ADD_QUARTER
        else:
            continue
        changes.append(Change(f"c-{quarter}", action, quarter, parent=parent, enabled=draw(st.booleans())))
    return Scenario(
        "random", Baseline(tuple(sorted(base_spaces)), tuple(sorted(base_quarters))), tuple(changes)
    )


def statuses(scenario: Scenario) -> dict[str, str]:
    return {**space_statuses(scenario, SPACES).to_dict(), **quarter_statuses(scenario, QUARTERS).to_dict()}


def baseline_statuses(scenario: Scenario) -> dict[str, str]:
    """Statuses straight from the baseline lists, without any change logic."""
    result = {
        s: (
            AreaStatus.REMAINS_ACTION_SPACE if s in scenario.baseline.action_spaces else AreaStatus.NONE
        ).value
        for s in SPACES
    }
    result.update(
        {
            q: (
                AreaStatus.ACTION_QUARTER if q in scenario.baseline.action_quarters else AreaStatus.NONE
            ).value
            for q in QUARTERS
        }
    )
    return result


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_all_changes_off_gives_exactly_the_baseline(scenario):
    off = scenario.with_all_enabled(False)
    assert off.action_spaces() == set(scenario.baseline.action_spaces)
    assert off.action_quarters() == set(scenario.baseline.action_quarters)
    assert statuses(off) == baseline_statuses(scenario)


@settings(max_examples=150, deadline=None)
@given(scenarios(), st.data())
def test_switching_one_change_changes_exactly_the_areas_it_names(scenario, data):
    if not scenario.changes:
        return
    change = data.draw(st.sampled_from(scenario.changes))
    off = scenario.with_enabled(change.id, False)
    on = scenario.with_enabled(change.id, True)
    before, after = statuses(off), statuses(on)
    differing = {key for key in before if before[key] != after[key]}
    if change.action is ChangeAction.KEEP_QUARTER:
        # keeping a quarter takes effect only while its space is removed under the scenario
        parent_removed = change.parent not in on.action_spaces()
        assert differing == ({change.area} if parent_removed else set())
    elif change.action is ChangeAction.REMOVE_SPACE:
        kept = {
            c.area
            for c in scenario.changes
            if c.action is ChangeAction.KEEP_QUARTER and c.parent == change.area and c.enabled
        }
        assert differing == {change.area} | kept
    else:
        assert differing == {change.area}
    if change.action is ChangeAction.ADD_SPACE:
        assert after[change.area] == AreaStatus.NEW_ACTION_SPACE.value
    if change.action is ChangeAction.REMOVE_SPACE:
        assert after[change.area] == AreaStatus.NO_LONGER_ACTION_SPACE.value


@settings(max_examples=50, deadline=None)
@given(scenarios())
def test_json_round_trip_keeps_everything(scenario):
    assert Scenario.from_json(scenario.to_json()) == scenario


def test_edit_api():
    scenario = Scenario("s", Baseline(("A",), ()), (Change("x", ChangeAction.REMOVE_SPACE, "A"),))
    added = scenario.with_change(Change("y", ChangeAction.ADD_SPACE, "B", rationale="neu"))
    assert [c.id for c in added.changes] == ["x", "y"] and added.action_spaces() == {"B"}
    replaced = added.with_change(Change("y", ChangeAction.ADD_SPACE, "C"))
    assert [c.area for c in replaced.changes] == ["A", "C"]
    edited = added.with_edited("y", rationale="geändert", enabled=False)
    assert edited.change("y").rationale == "geändert" and edited.action_spaces() == set()
    assert added.without_change("x").action_spaces() == {"A", "B"}
    with pytest.raises(ScenarioError, match="already has a change with id 'x'"):
        added.with_edited("y", id="x")
    with pytest.raises(ScenarioError, match="needs the key of its Sozialraum"):
        added.with_edited("y", action="keep_quarter")
    with pytest.raises(ScenarioError, match="no change with id 'z'"):
        added.without_change("z")
    assert scenario.changes[0].enabled  # the original is unchanged (immutable)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: Change("k", ChangeAction.KEEP_QUARTER, "Q1"),
            "'k' keeps a quarter and needs the key of its",
        ),
        (lambda: Change("k", ChangeAction.ADD_SPACE, "  "), "'k' needs an area key"),
        (lambda: Change("", ChangeAction.ADD_SPACE, "A"), "needs an id"),
        (lambda: Change("k", "move_space", "A"), "unknown action 'move_space'"),
        (lambda: Change("k", ChangeAction.ADD_SPACE, "A", enabled="yes"), '"enabled" must be true or false'),
    ],
)
def test_an_invalid_change_is_refused_when_it_is_made(make, message):
    with pytest.raises(ScenarioError, match=message):
        make()


def test_every_way_of_making_a_change_runs_the_same_checks():
    scenario = Scenario("s", Baseline(("A",), ()), (Change("x", ChangeAction.REMOVE_SPACE, "A"),))
    message = "needs the key of its Sozialraum as parent"
    with pytest.raises(ScenarioError, match=message):
        scenario.with_change(Change("k", "keep_quarter", "Q1"))
    with pytest.raises(ScenarioError, match=message):
        scenario.with_edited("x", action="keep_quarter")
    data = scenario.to_dict()
    data["changes"].append({"id": "k", "action": "keep_quarter", "area": "Q1"})
    with pytest.raises(ScenarioError, match=f"change 2: .*{message}"):
        Scenario.from_dict(data, "f.json")
    with pytest.raises(ScenarioError, match="two changes with the id 'x'"):
        Scenario("s", Baseline(), (scenario.changes[0], scenario.changes[0]))
    kept = Change(" k ", ChangeAction.KEEP_QUARTER, " Q1 ", parent=" A ")
    assert (kept.area, kept.parent) == ("Q1", "A")  # stripped as loading strips them
    assert Change("a", "add_space", "B").action is ChangeAction.ADD_SPACE


def test_file_round_trip_and_refusals(tmp_path):
    scenario = read_scenario(SAMPLE_DIR / "szenario_2020.json")
    path = tmp_path / "s.json"
    write_scenario(scenario, path)
    assert read_scenario(path) == scenario
    assert not list(tmp_path.glob(".*part"))
    future = json.loads(path.read_text(encoding="utf-8"))
    future["version"] = 99
    path.write_text(json.dumps(future), encoding="utf-8")
    with pytest.raises(ScenarioError, match="version 99 was written by a newer release"):
        read_scenario(path)
    path.write_text('{"format": "aktionsraeume-scenario", "version": 1,', encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"not valid JSON \(line 1"):
        read_scenario(path)


# -- summary export ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_scenario():
    return read_scenario(SAMPLE_DIR / "szenario_2020.json")


def sample_names_population():
    table = pd.read_csv(
        SAMPLE_DIR / "indikatoren_sozialraeume_2018.csv",
        sep=";",
        decimal=",",
        thousands=".",
        na_values=["."],
        dtype={"Sozialraum-Nr.": str},
        encoding="utf-8-sig",
    )
    quarters = pd.read_csv(
        SAMPLE_DIR / "indikatoren_quartiere_2018.csv",
        sep=";",
        decimal=",",
        thousands=".",
        na_values=["."],
        dtype={"Quartier-Nr.": str, "Sozialraum-Nr.": str},
        encoding="cp1252",
    )
    table = table.dropna(subset=["Sozialraum-Nr."])
    quarters = quarters.dropna(subset=["Quartier-Nr."])
    names = {
        **dict(zip(table["Sozialraum-Nr."], table["Sozialraum"])),
        **dict(zip(quarters["Quartier-Nr."], quarters["Quartier"])),
    }
    population = {
        **dict(zip(table["Sozialraum-Nr."], table["Einwohner"])),
        **dict(zip(quarters["Quartier-Nr."], quarters["Einwohner"])),
    }
    return names, population


def test_sample_summary_13_aktionsraeume_and_2_aktionsquartiere(sample_scenario):
    names, population = sample_names_population()
    summary = summarise(sample_scenario, names, population)
    assert len(summary.spaces_before) == 13 and len(summary.quarters_before) == 0
    assert len(summary.spaces_after) == 13 and len(summary.quarters_after) == 2
    assert {names[k] for k in summary.added_spaces} == {"Bövinghausen/Westrich", "Dorstfeld"}
    assert {names[k] for k in summary.removed_spaces} == {"Alt-Scharnhorst", "Wickede"}
    assert {names[k] for k in summary.quarters_after} == {"Wambeler Heide", "Meylantviertel"}
    off = summarise(sample_scenario.with_all_enabled(False), names, population)
    assert off.spaces_after == off.spaces_before and off.quarters_after == ()


def test_summary_csv_is_german_and_complete(tmp_path, sample_scenario):
    names, population = sample_names_population()
    labels = {
        "ar_new": "neuer Aktionsraum",
        "ar_removed": "kein Aktionsraum mehr",
        "aq": "Aktionsquartier",
        "status": "Status",
        "name": "Name",
        "rationale": "Begründung",
        "after": "nachher",
    }
    path = export_summary(tmp_path / "summary.csv", sample_scenario, names, population, labels)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel recognises UTF-8
    text = raw.decode("utf-8-sig")
    listing_text, comparison_text = text.split("\r\n\r\n")
    assert listing_text.splitlines()[0] == "Name;Key;Level;Status;Begründung"
    listing = pd.read_csv(io.StringIO(listing_text), sep=";", dtype=str)
    assert len(listing) == 17  # 11 remaining + 2 new + 2 removed + 2 Aktionsquartiere
    by_name = listing.set_index("Name")
    assert by_name.loc["Dorstfeld", "Status"] == "neuer Aktionsraum"
    assert by_name.loc["Wickede", "Status"] == "kein Aktionsraum mehr"
    assert by_name.loc["Meylantviertel", "Status"] == "Aktionsquartier"
    assert "Transferleistungsquote" in by_name.loc["Dorstfeld", "Begründung"]
    assert list(listing["Status"][:2]) == ["neuer Aktionsraum"] * 2  # ordered by status
    comparison = pd.read_csv(io.StringIO(comparison_text), sep=";", dtype=str)
    counts = comparison.set_index(comparison.columns[0])
    assert counts.loc["Aktionsräume", "nachher"] == "13"
    assert counts.loc["Aktionsquartiere", "nachher"] == "2"
    assert "Wambeler Heide" in counts.loc["Aktionsquartiere (names)", "nachher"]
    before_pop = round(sum(population[k] for k in sample_scenario.baseline.action_spaces))
    assert counts.loc["Population covered", "Before"] == str(before_pop)


def test_summary_xlsx_has_both_sheets(tmp_path, sample_scenario):
    names, population = sample_names_population()
    path = export_summary(
        tmp_path / "summary.xlsx",
        sample_scenario,
        names,
        population,
        {"sheet_list": "Liste", "sheet_summary": "Übersicht"},
    )
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Liste", "Übersicht"]
    rows = list(workbook["Liste"].iter_rows(values_only=True))
    assert rows[0] == ("Name", "Key", "Level", "Status", "Rationale")
    assert len(rows) == 18
    assert {r[0] for r in rows[1:3]} == {"Bövinghausen/Westrich", "Dorstfeld"}
    overview = {r[0]: r[1:] for r in workbook["Übersicht"].iter_rows(values_only=True)}
    assert overview["Aktionsräume"][:2] == (13, 13) and overview["Aktionsquartiere"][:3] == (0, 2, 2)
    assert not list(tmp_path.glob(".summary*"))  # no temporary file left behind


def test_summary_format_follows_the_file_name(tmp_path, sample_scenario):
    names, population = sample_names_population()
    csv = export_summary(tmp_path / "LISTE.CSV", sample_scenario, names, population)
    assert csv.read_bytes().startswith(b"\xef\xbb\xbfName;Key;Level;Status;Rationale\r\n")
    workbook = load_workbook(export_summary(tmp_path / "liste.xlsx", sample_scenario, names, population))
    assert workbook.sheetnames == ["List", "Summary"]
    blocked = tmp_path / "file"
    blocked.write_text("")
    with pytest.raises(ScenarioError, match=r"liste\.csv: cannot be written"):
        export_summary(blocked / "liste.csv", sample_scenario)
    with pytest.raises(ScenarioError, match=r"liste\.xlsx: cannot be written"):
        export_summary(blocked / "liste.xlsx", sample_scenario)


def test_keys_the_areas_do_not_have_are_named():
    from aktionsraeume_plugin.core.messages import Message
    from aktionsraeume_plugin.core.scenario import unknown_areas

    scenario = Scenario("s", Baseline(("A", "X"), ("Q9",)), (Change("c", ChangeAction.ADD_QUARTER, "Q8"),))
    assert unknown_areas(scenario, ["A"], ["Q1"]) == [
        Message("scenario.unknown_baseline_spaces", {"keys": ("X",), "count": 1}),
        Message("scenario.unknown_baseline_quarters", {"keys": ("Q9",), "count": 1}),
        Message("scenario.unknown_change_quarters", {"keys": ("Q8 (c)",), "count": 1}),
    ]
