"""``aktionsraeume:compareyears`` on Dortmund's real 2018 and 2024 indicators (raw files, as published)."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import NULL, QgsFeatureRequest, QgsProcessingException, QgsVectorLayer

RAW = Path(__file__).parent / "data" / "dortmund-statistikatlas"

CATALOGUE = """
format = "aktionsraeume-katalog"
version = 1
name = "Dortmund, raw column names"
[rule]
min_worse = 4
thresholds = true
[[domain]]
id = "erwerb"
label_de = "Erwerb und Transferleistungen"
[[domain]]
id = "wohnen"
label_de = "Wohnen"
[[domain]]
id = "bildung"
label_de = "Bildung"
[[indicator]]
id = "tlq"
column = "transfer_payment_pct"
label_de = "Transferleistungsquote"
domain = "erwerb"
unit = "%"
direction = "higher_is_worse"
threshold = { op = ">", value = 25.0 }
[[indicator]]
id = "alq"
column = "unemployed_pct"
label_de = "Arbeitslosenquote"
domain = "erwerb"
unit = "%"
direction = "higher_is_worse"
[[indicator]]
id = "kinder_sgb2"
column = "children_under_15_SGB_II_pct"
label_de = "Kinder unter 15 mit SGB II"
domain = "erwerb"
unit = "%"
direction = "higher_is_worse"
[[indicator]]
id = "wfl"
column = "living_space_per_inhabitant_sq_abs"
label_de = "Wohnfläche je Einwohner"
domain = "wohnen"
unit = "m²"
direction = "higher_is_better"
[[indicator]]
id = "gym"
column = "secondary_school_recommendation_pct"
label_de = "Gymnasialempfehlung"
domain = "bildung"
unit = "%"
direction = "higher_is_better"
"""


def open_raw(year: int) -> QgsVectorLayer:
    """A raw indicator file as a layer, opened in the test itself: a GeoJSON layer kept by a fixture
    outlives QGIS's processing objects and crashes the interpreter."""
    layer = QgsVectorLayer(str(RAW / f"do_data{year}.geojson"), str(year), "ogr")
    assert layer.isValid() and layer.featureCount() == 170
    return layer


@pytest.fixture()
def catalogue(tmp_path):
    path = tmp_path / "katalog.toml"
    path.write_text(CATALOGUE, encoding="utf-8")
    return str(path)


def run(parameters):
    import processing

    return processing.run("aktionsraeume:compareyears", {"OUTPUT": "memory:", **parameters})


def test_three_named_areas_by_hand(aktionsraeume_provider, catalogue):
    later, earlier = open_raw(2024), open_raw(2018)
    result = run(
        {
            "INPUT": later,
            "EARLIER": earlier,
            "CATALOGUE": catalogue,
            "KEY": "Schlüssel",
            "EARLIER_KEY": "Nummer",  # the integer key: 710 matches "710", 33 matches "033"
            "NAME": "Namen",
        }
    )
    layer = result["OUTPUT"]
    assert layer.featureCount() == 170
    rows = {f["Namen"]: f for f in layer.getFeatures()}
    # figures from the raw files (2018 → 2024); changes in percentage points / m², positive = worse
    by_hand = {
        "Bövinghausen": {
            "tlq": 24.1 - 25.6,
            "alq": 16.4 - 14.0,
            "kinder_sgb2": 43.6 - 42.0,
            "wfl": -(37 - 35.8),
        },
        "Kaiserbrunnen": {
            "tlq": 11.0 - 11.1,
            "alq": 8.9 - 6.9,
            "kinder_sgb2": 21.0 - 19.2,
            "wfl": -(42.3 - 44.4),
        },
        "Oberdorstfeld": {
            "tlq": 11.2 - 11.1,
            "alq": 9.6 - 8.1,
            "kinder_sgb2": 15.6 - 15.8,
            "wfl": -(39.9 - 37.9),
        },
    }
    for name, changes in by_hand.items():
        for indicator, change in changes.items():
            assert rows[name][f"d_{indicator}"] == pytest.approx(change, abs=1e-9), (name, indicator)
    assert rows["Bövinghausen"]["e_tlq"] == pytest.approx(25.6)
    # Bövinghausen: above the 25 % threshold in 2018, not in 2024 (24.1), and worse than the city in
    # unemployment, children on SGB II and living space in 2024 (3 of 4, the rule wants 4)
    assert rows["Bövinghausen"]["bel_then"] == 1
    assert rows["Bövinghausen"]["st_chg"] in ("no_longer_below", "still_below")
    assert {f["dev_cls"] for f in layer.getFeatures()} <= {"improved", "stable", "worsened"}
    values = [f["dev_idx"] for f in layer.getFeatures()]
    assert abs(sum(values) / len(values)) < 1e-9  # standardised like the status index
    assert result["IMPROVED"] == sum(1 for f in layer.getFeatures() if f["dev_cls"] == "improved") > 0
    assert result["WORSENED"] == sum(1 for f in layer.getFeatures() if f["dev_cls"] == "worsened") > 0
    # Clarenberg, the highest 2018 Transferleistungsquote (46.9 %), is below average in both years
    assert rows["Clarenberg"]["e_tlq"] == pytest.approx(46.9)
    assert rows["Clarenberg"]["st_chg"] == "still_below"


def test_keys_found_and_one_year_only_named(aktionsraeume_provider, catalogue):
    later, earlier = open_raw(2024), open_raw(2018)
    # an earlier year without Bövinghausen (as when a city splits or merges areas between reports)
    earlier_subset = earlier.materialize(QgsFeatureRequest().setFilterExpression('"Nummer" <> 710'))
    assert earlier_subset.featureCount() == 169
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    messages = []

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):
            messages.append(info)

    result = processing.run(
        "aktionsraeume:compareyears",
        {
            "INPUT": later,
            "EARLIER": earlier_subset,
            "CATALOGUE": catalogue,
            "NAME": "Namen",
            "OUTPUT": "memory:",
        },
        context=QgsProcessingContext(),
        feedback=Feedback(),
    )
    text = "\n".join(messages)
    assert "Areas matched by 'unbeznr' and 'unbeznr'." in text  # the key codes, not the names
    assert "Areas only in the input layer (1): 710 Bövinghausen." in text
    assert "secondary_school_recommendation_pct" in text  # the 2018-only indicator is named
    rows = {f["Namen"]: f for f in result["OUTPUT"].getFeatures()}
    assert len(rows) == 170  # kept, not dropped
    assert rows["Bövinghausen"]["dev_cls"] in (None, NULL) and rows["Bövinghausen"]["st_chg"] in (None, NULL)
    assert rows["Kaiserbrunnen"]["d_tlq"] == pytest.approx(11.0 - 11.1)


def test_bad_breaks_are_a_processing_error(aktionsraeume_provider, catalogue):
    # memory copies: a caught exception's frames keep its layers to the end of the session
    later, earlier = (open_raw(year).materialize(QgsFeatureRequest()) for year in (2024, 2018))
    parameters = {"CATALOGUE": catalogue, "IMPROVED_BREAK": 2, "WORSENED_BREAK": 1}
    with pytest.raises(QgsProcessingException, match="two ascending"):
        run({"INPUT": later, "EARLIER": earlier, **parameters})
