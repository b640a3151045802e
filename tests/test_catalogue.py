"""The indicator catalogue: loading, validation, and errors that name line and problem."""

from __future__ import annotations

import pytest

from aktionsraeume_plugin.core.catalogue import (
    HIGHER_IS_BETTER,
    HIGHER_IS_WORSE,
    CatalogueError,
    Threshold,
    load_catalogue,
    parse_catalogue,
)
from aktionsraeume_plugin.paths import SAMPLE_DIR
from aktionsraeume_plugin.services.messages import english

VALID = """\
# Beispielkatalog
format = "aktionsraeume-katalog"
version = 1
name = "Test"

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
label_de = "Erwerbstätigkeit und Transferleistungen"
label_en = "Employment and benefits"

[[domain]]
id = "wohnen"
label_de = "Wohnen"
label_en = "Housing"

[[indicator]]
id = "tlq"
column = "Transferleistungsquote in %"
label_de = "Transferleistungsquote"
label_en = "Benefit receipt rate"
domain = "erwerb"
unit = "%"
direction = "higher_is_worse"
threshold = { op = ">", value = 20.0 }

[[indicator]]
id = "wohnflaeche"
column = "Wohnfläche je Einwohner in m²"
label_de = "Wohnfläche je Einwohner"
domain = "wohnen"
unit = "m²"
direction = "higher_is_better"
weight = 0.5

[[indicator]]
id = "d_tlq"
column = "Veränderung Transferleistungsquote"
label_de = "Veränderung der Transferleistungsquote"
domain = "erwerb"
direction = "higher_is_worse"
kind = "change"
"""


def line_of(text: str, fragment: str, occurrence: int = 0) -> int:
    """1-based line number of the n-th line containing ``fragment``."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if fragment in line]
    return hits[occurrence]


def error_for(text: str) -> CatalogueError:
    with pytest.raises(CatalogueError) as info:
        parse_catalogue(text, "katalog.toml")
    return info.value


def test_valid_catalogue_is_read_completely():
    catalogue = parse_catalogue(VALID, "katalog.toml")
    assert [i.id for i in catalogue.indicators] == ["tlq", "wohnflaeche", "d_tlq"]
    tlq = catalogue.indicator("tlq")
    assert tlq.direction == HIGHER_IS_WORSE and tlq.worse_sign == 1
    assert tlq.threshold == Threshold(">", 20.0)
    assert (
        tlq.threshold.holds(20.1) and not tlq.threshold.holds(20.0) and not tlq.threshold.holds(float("nan"))
    )
    assert catalogue.indicator("wohnflaeche").direction == HIGHER_IS_BETTER
    assert catalogue.indicator("wohnflaeche").worse_sign == -1
    assert catalogue.indicator("wohnflaeche").weight == 0.5
    assert [i.id for i in catalogue.status_indicators] == ["tlq", "wohnflaeche"]
    assert [i.id for i in catalogue.change_indicators] == ["d_tlq"]
    assert catalogue.rule.min_worse == 2 and catalogue.rule.thresholds
    assert catalogue.reference.total_row == ("Stadt insgesamt",)
    assert catalogue.reference.population_column == "Einwohner"
    assert catalogue.index.min_population == 300
    assert catalogue.index.flagged_classes() == ("niedrig", "sehr_niedrig")
    assert catalogue.domain("wohnen").label_en == "Housing"
    assert catalogue.indicator_lines["wohnflaeche"] == line_of(VALID, 'id = "wohnflaeche"')


def test_duplicate_indicator_id_names_its_line():
    text = VALID.replace('id = "wohnflaeche"', 'id = "tlq"')
    error = error_for(text)
    assert error.line == line_of(text, 'id = "tlq"', 1)
    assert "duplicate indicator id 'tlq'" in str(error)
    assert str(error).startswith(f"katalog.toml, line {error.line}:")


def test_bad_direction_names_its_line():
    text = VALID.replace('direction = "higher_is_better"', 'direction = "lower_is_better"')
    error = error_for(text)
    assert error.line == line_of(text, "lower_is_better")
    assert "'wohnflaeche'" in english(error.problem) and "higher_is_worse" in english(error.problem)


def test_unknown_domain_names_its_line():
    text = VALID.replace('domain = "wohnen"', 'domain = "wohnungen"')
    error = error_for(text)
    assert error.line == line_of(text, 'domain = "wohnungen"')
    assert "unknown domain 'wohnungen'" in english(error.problem) and "erwerb, wohnen" in english(
        error.problem
    )


def test_bad_threshold_operator_names_its_line():
    text = VALID.replace('{ op = ">", value = 20.0 }', '{ op = "=>", value = 20.0 }')
    error = error_for(text)
    assert error.line == line_of(text, "threshold = ")
    assert "threshold operator '=>'" in english(error.problem)


def test_syntax_error_carries_the_toml_line():
    text = VALID.replace('unit = "m²"', 'unit = "m²')
    error = error_for(text)
    assert error.line == line_of(text, 'unit = "m²')
    assert "not valid TOML" in english(error.problem)


def test_unknown_column_is_found_against_a_table_and_names_the_line():
    catalogue = parse_catalogue(VALID, "katalog.toml")
    catalogue.validate_against(
        ["Transferleistungsquote in %", "Wohnfläche je Einwohner in m²", "Veränderung Transferleistungsquote"]
    )
    with pytest.raises(CatalogueError) as info:
        catalogue.validate_against(
            ["Transferleistungsquote in %", "Veränderung Transferleistungsquote"], "tabelle.csv"
        )
    assert info.value.line == line_of(VALID, 'id = "wohnflaeche"')
    assert "tabelle.csv has no column 'Wohnfläche je Einwohner in m²'" in str(info.value)


@pytest.mark.parametrize(
    ("old", "new", "fragment", "problem"),
    [
        ("min_worse = 2", "min_worse = 5", "min_worse", "from 1 to 2"),
        (
            'classes = ["hoch", "mittel", "niedrig", "sehr_niedrig"]',
            'classes = ["hoch", "mittel"]',
            "classes =",
            "needs 4 codes",
        ),
        ("breaks = [-1.0, 1.0, 1.5]", "breaks = [1.0, -1.0, 1.5]", "breaks =", "strictly increasing"),
        ('id = "erwerb"', 'id = "Erwerb Arbeit"', 'id = "Erwerb Arbeit"', "not valid"),
        ("weight = 0.5", "weight = -1", "weight = -1", "above 0"),
        ('kind = "change"', 'kind = "trend"', 'kind = "trend"', "kind 'trend'"),
        ("version = 1", "version = 7", "version = 7", "newer release"),
    ],
)
def test_other_errors_name_line_and_problem(old, new, fragment, problem):
    text = VALID.replace(old, new, 1)
    error = error_for(text)
    assert error.line == line_of(text, fragment)
    assert problem in english(error.problem)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CatalogueError, match="catalogue file not found"):
        load_catalogue(tmp_path / "fehlt.toml")


def test_sample_catalogue_loads_and_fits_the_sample_tables():
    catalogue = load_catalogue(SAMPLE_DIR / "katalog.toml")
    assert {i.id for i in catalogue.status_indicators} == {
        "tlq",
        "alq",
        "kinder_sgb2",
        "gymnasium",
        "sprachfoerderung",
        "normalgewicht",
        "wohnflaeche",
    }
    assert {i.id for i in catalogue.change_indicators} == {"d_tlq", "d_bev"}
    assert catalogue.rule.min_worse == 4 and catalogue.rule.thresholds
    assert catalogue.indicator("tlq").threshold == Threshold(">", 20.0)
    header = (
        (SAMPLE_DIR / "indikatoren_sozialraeume_2018.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    )
    catalogue.validate_against(header.split(";"))
