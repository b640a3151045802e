"""core.development: comparing two years, by hand on small tables."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from aktionsraeume_plugin.core.catalogue import parse_catalogue
from aktionsraeume_plugin.core.development import (
    IMPROVED,
    NEWLY_BELOW,
    NO_LONGER_BELOW,
    NOT_BELOW,
    STABLE,
    STILL_BELOW,
    WORSENED,
    ComparisonError,
    compare_years,
)
from aktionsraeume_plugin.services.messages import english

CATALOGUE = """
format = "aktionsraeume-katalog"
version = 1
name = "test"
[rule]
min_worse = 2
thresholds = true
[[domain]]
id = "erwerb"
label_de = "Erwerb"
[[domain]]
id = "wohnen"
label_de = "Wohnen"
[[indicator]]
id = "tlq"
column = "TLQ"
label_de = "Transferleistungsquote"
domain = "erwerb"
unit = "%"
direction = "higher_is_worse"
threshold = { op = ">", value = 20.0 }
[[indicator]]
id = "wfl"
column = "Wohnfläche"
label_de = "Wohnfläche je Einwohner"
domain = "wohnen"
unit = "m²"
direction = "higher_is_better"
[[indicator]]
id = "gym"
column = "Gymnasium"
label_de = "Gymnasialempfehlung"
domain = "erwerb"
unit = "%"
direction = "higher_is_better"
"""


@pytest.fixture
def catalogue():
    return parse_catalogue(CATALOGUE, "test.toml")


def tables():
    earlier = pd.DataFrame(
        {
            "Nr": [1, 2, 3, 4, 9],
            "Name": ["Nordmarkt", "Hafen", "Syburg", "Eving", "Alt"],
            "TLQ": [30.0, 18.0, 5.0, 22.0, 10.0],
            "Wohnfläche": [30.0, 40.0, 50.0, 33.0, 40.0],
            "Gymnasium": [20.0, 30.0, 60.0, 25.0, 40.0],
        }
    )
    later = pd.DataFrame(
        {
            "Schlüssel": ["001", "002", "003", "004", "005"],
            "Namen": ["Nordmarkt", "Hafen", "Syburg", "Eving", "Neu"],
            "TLQ": ["28,0", "21,5", "5,5", "16,0", "12,0"],  # German notation, read as numbers
            "Wohnfläche": [31.0, 39.0, 50.0, 33.5, 38.0],
        }
    )
    return later, earlier


def test_changes_index_classes_and_status_by_hand(catalogue):
    later, earlier = tables()
    result = compare_years(
        later, earlier, catalogue, "Schlüssel", "Nr", later_name="Namen", earlier_name="Name"
    )
    fields = result.fields
    assert list(fields.index) == ["001", "002", "003", "004", "005"]
    # change in the unit, signed by direction (positive = worse): TLQ in percentage points
    assert fields.loc["001", "d_tlq"] == pytest.approx(-2.0)  # Nordmarkt 30.0 → 28.0
    assert fields.loc["002", "d_tlq"] == pytest.approx(3.5)  # Hafen 18.0 → 21.5
    assert fields.loc["003", "d_tlq"] == pytest.approx(0.5)  # Syburg 5.0 → 5.5
    # living space: higher is better, so more m² is a negative (better) signed change
    assert fields.loc["001", "d_wfl"] == pytest.approx(-1.0)
    assert fields.loc["002", "d_wfl"] == pytest.approx(1.0)
    assert fields.loc["003", "d_wfl"] == pytest.approx(0.0)
    assert fields.loc["001", "e_tlq"] == 30.0
    # development index by hand: z-standardise the signed changes over the 4 matched areas
    # (population std), average per area, standardise again
    d_tlq = [-2.0, 3.5, 0.5, -6.0]
    d_wfl = [-1.0, 1.0, 0.0, -0.5]

    def z(values):
        mean = sum(values) / len(values)
        std = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
        return [(v - mean) / std for v in values]

    combined = [(a + b) / 2 for a, b in zip(z(d_tlq), z(d_wfl))]
    expected = z(combined)
    for key, value in zip(["001", "002", "003", "004"], expected):
        assert fields.loc[key, "dev_idx"] == pytest.approx(value)
    assert math.isnan(fields.loc["005", "dev_idx"]) and fields.loc["005", "dev_cls"] is None
    # classes at the default edges -1 and 1
    assert fields.loc["002", "dev_cls"] == WORSENED and expected[1] > 1
    assert [fields.loc[k, "dev_cls"] for k in ("001", "003", "004")] == [
        IMPROVED if v < -1 else STABLE for v in (expected[0], expected[2], expected[3])
    ]
    # status in both years (threshold TLQ > 20, or both indicators worse than the mean)
    assert fields.loc["001", "st_chg"] == STILL_BELOW  # 30 → 28 stays above 20
    assert fields.loc["002", "st_chg"] == NEWLY_BELOW  # 18 → 21.5
    assert fields.loc["004", "st_chg"] == NO_LONGER_BELOW  # 22 → 16, under the mean again
    assert fields.loc["003", "st_chg"] == NOT_BELOW
    assert pd.isna(fields.loc["005", "bel_then"]) and fields.loc["005", "st_chg"] is None
    assert result.worsened == ["002"]


def test_what_exists_in_one_year_only_is_named(catalogue):
    later, earlier = tables()
    report = compare_years(
        later, earlier, catalogue, "Schlüssel", "Nr", later_name="Namen", earlier_name="Name"
    ).report
    assert report.compared == ("tlq", "wfl")
    assert report.later_only_areas == ("005 Neu",)
    assert report.earlier_only_areas == ("9 Alt",)
    assert report.earlier_only_indicators == ("gym ('Gymnasium')",)
    text = "\n".join(english(m) for m in report.messages())
    assert "005 Neu" in text and "9 Alt" in text and "Gymnasium" in text


def test_configurable_breaks_and_bad_input(catalogue):
    later, earlier = tables()
    wide = compare_years(later, earlier, catalogue, "Schlüssel", "Nr", breaks=(-5, 5)).fields
    assert set(wide["dev_cls"].dropna()) == {STABLE}
    with pytest.raises(ComparisonError, match="two ascending"):
        compare_years(later, earlier, catalogue, "Schlüssel", "Nr", breaks=(1, -1))
    with pytest.raises(ComparisonError, match="no key column 'Nummer'"):
        compare_years(later, earlier, catalogue, "Schlüssel", "Nummer")
    with pytest.raises(ComparisonError, match="No status indicator"):
        compare_years(later[["Schlüssel"]], earlier, catalogue, "Schlüssel", "Nr")
