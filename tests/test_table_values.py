"""Values as offices write them: missing-value codes, units inside cells, thousands grouping, numbers
stored as text in workbooks; through the reader, the join report and the assessment."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from aktionsraeume_plugin.core.assessment import assess
from aktionsraeume_plugin.core.catalogue import CatalogueError, parse_catalogue
from aktionsraeume_plugin.core.cells import missing_code_mask, parse_missing_values, parse_numbers
from aktionsraeume_plugin.core.join import join_table
from aktionsraeume_plugin.core.tables import UnreadableCell, read_table
from aktionsraeume_plugin.services.join_service import report_text
from aktionsraeume_plugin.services.messages import render

TABLES = Path(__file__).resolve().parent / "data" / "tables"
KEY = "Schlüssel"

CATALOGUE = """\
[[domain]]
id = "d"
label_de = "D"

[[indicator]]
id = "a"
column = "Arbeitslose"
label_de = "Arbeitslose"
domain = "d"
direction = "higher_is_worse"

[[indicator]]
id = "t"
column = "Transfer"
label_de = "Transfer"
domain = "d"
direction = "higher_is_worse"

[[indicator]]
id = "w"
column = "Wohnfläche"
label_de = "Wohnfläche"
domain = "d"
direction = "higher_is_better"
"""


# -- missing-value codes ---------------------------------------------------------------------------


def test_missing_value_codes_apart_from_the_values_become_missing():
    table = read_table(TABLES / "missing_codes.csv", key_column=KEY)
    frame = table.frame
    assert frame.loc[7, ["Einwohner", "Quote", "Wohnfläche"]].isna().all()  # the -9999 row
    assert pd.isna(frame.at[8, "Quote"]) and frame.at[8, "Einwohner"] == 10  # -999 among rates
    assert frame.at[3, "Wohnfläche"] == 99999  # among areas up to 150,000 it is a value
    assert table.missing_codes == [
        UnreadableCell(7, "Einwohner", "-9999"),
        UnreadableCell(7, "Quote", "-9999"),
        UnreadableCell(7, "Wohnfläche", "-9999"),
        UnreadableCell(8, "Quote", "-999"),
    ]
    assert table.placeholders == {}  # codes are counted as codes, not as placeholders


def test_missing_value_codes_can_be_set_by_the_user():
    table = read_table(TABLES / "missing_codes.csv", key_column=KEY, missing_values=[99999])
    assert pd.isna(table.frame.at[3, "Wohnfläche"])  # named: missing wherever it stands
    assert table.frame.at[7, "Einwohner"] == -9999  # not named: a value
    assert [(c.row, c.column) for c in table.missing_codes] == [(3, "Wohnfläche")]
    none = read_table(TABLES / "missing_codes.csv", key_column=KEY, missing_values=[])
    assert none.missing_codes == [] and none.frame.at[7, "Quote"] == -9999


@pytest.mark.parametrize(
    ("text", "codes"),
    [("", None), ("none", ()), ("-9999; -999", (-9999.0, -999.0)), ("\u22129999 99999", (-9999.0, 99999.0))],
)
def test_missing_values_option_text(text, codes):
    assert parse_missing_values(text) == codes


def test_missing_values_option_names_a_bad_entry():
    with pytest.raises(ValueError, match=r"'k\.A\.' is not a number"):
        parse_missing_values("-9999; k.A.")


def test_codes_stand_apart_by_range_and_sign():
    assert missing_code_mask(pd.Series([1.0, 50.0, -9999.0, 20.0])).tolist() == [False, False, True, False]
    assert not missing_code_mask(pd.Series([1.0, 600000.0, 99999.0])).any()
    assert missing_code_mask(pd.Series([1.0, 5000.0, 99999.0])).tolist() == [False, False, True]
    assert not missing_code_mask(pd.Series([-20000.0, 5000.0, -9999.0])).any()  # inside the values


def test_join_report_names_the_rows_with_codes():
    table = read_table(TABLES / "missing_codes.csv", key_column=KEY)
    areas = pd.DataFrame({"code": [f"0110010{i}" for i in range(1, 8)]})
    report = join_table(areas, "code", table, KEY).report
    text = report_text(report)
    assert "Missing-value codes read as missing (4 cells in 2 rows): rows 7, 8" in text
    assert "'Quote': -999 -9999" in text
    assert "missing_code,,7,Einwohner,-9999" in report.to_csv()


def _indicator_table(rows: int, coded: list[int], seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame(
        {
            "Nr": [f"{i:04d}" for i in range(1, rows + 1)],
            "Arbeitslose": np.round(rng.uniform(2, 25, rows), 1),
            "Transfer": np.round(rng.uniform(3, 45, rows), 1),
            "Wohnfläche": np.round(rng.uniform(28, 55, rows), 1),
        }
    )
    for row in coded:
        frame.loc[row, ["Arbeitslose", "Transfer", "Wohnfläche"]] = -9999
    return frame


def _write_german(frame: pd.DataFrame, path: Path) -> Path:
    frame.to_csv(path, sep=";", decimal=",", index=False, encoding="utf-8")
    return path


def test_540_areas_with_six_coded_rows_give_the_same_index_and_classes(tmp_path):
    coded = [3, 77, 150, 299, 420, 538]  # frame positions; file rows are position + 2
    with_codes = _indicator_table(540, coded)
    without = with_codes.drop(index=coded)
    clean = _indicator_table(540, [])
    assert (clean.drop(index=coded).to_numpy() == without.to_numpy()).all()
    catalogue = parse_catalogue(CATALOGUE, "t.toml")

    read_coded = read_table(_write_german(with_codes, tmp_path / "codes.csv"), key_column="Nr")
    read_clean = read_table(_write_german(without, tmp_path / "clean.csv"), key_column="Nr")
    coded_rows = sorted({c.row for c in read_coded.missing_codes})
    assert coded_rows == [p + 2 for p in coded]
    result = assess(read_coded.frame, catalogue, "Nr", method="index")
    expected = assess(read_clean.frame, catalogue, "Nr", method="index")
    kept = expected.fields.index
    pd.testing.assert_series_equal(result.fields.loc[kept, "status_idx"], expected.fields["status_idx"])
    assert result.fields.loc[kept, "status_cls"].tolist() == expected.fields["status_cls"].tolist()
    assert result.fields.loc[[f"{p + 1:04d}" for p in coded], "status_cls"].isna().all()
    # a table read without codes (MISSING_VALUES "none"): the assessment still leaves them out, naming them
    unread = read_table(tmp_path / "codes.csv", key_column="Nr", missing_values=[])
    again = assess(unread.frame, catalogue, "Nr", method="index")
    assert again.fields.loc[kept, "status_cls"].tolist() == expected.fields["status_cls"].tolist()
    assert sum("-9999 is a missing-value code" in render(n) for n in again.report.notes) == 18
    # the join report names the six rows
    areas = pd.DataFrame({"nr": with_codes["Nr"]})
    text = report_text(join_table(areas, "nr", read_coded, "Nr").report)
    assert f"(18 cells in 6 rows): rows {', '.join(str(r) for r in coded_rows)}" in text


def test_assessment_leaves_out_a_value_far_from_the_others_and_names_area_and_column():
    frame = _indicator_table(40, [])
    frame.loc[5, "Transfer"] = 12345.0  # not a code of the list, but absurd among rates
    result = assess(frame, parse_catalogue(CATALOGUE, "t.toml"), "Nr", method="index")
    notes = "\n".join(render(m) for m in result.report.messages())
    assert "Area '0006', column 'Transfer': 12345 lies far outside the other values" in notes
    assert pd.isna(result.values.at["0006", "t"])


def test_catalogue_missing_values_apply_in_the_assessment():
    frame = _indicator_table(40, [])
    frame.loc[2, "Arbeitslose"] = 888.0
    catalogue = parse_catalogue("missing_values = [888]\n" + CATALOGUE, "t.toml")
    assert catalogue.missing_values == (888.0,)
    result = assess(frame, catalogue, "Nr", method="index")
    assert pd.isna(result.values.at["0003", "a"])
    assert any(
        "Area '0003', column 'Arbeitslose': 888 is a missing-value code" in render(n)
        for n in result.report.notes
    )


def test_catalogue_missing_values_must_be_numbers():
    with pytest.raises(CatalogueError) as raised:
        parse_catalogue('missing_values = ["k.A."]\n' + CATALOGUE, "t.toml")
    assert "line 1" in str(raised.value) and "missing_values" in str(raised.value)


# -- units, signs and separators ---------------------------------------------------------------


def test_units_minus_and_narrow_spaces_inside_cells():
    table = read_table(TABLES / "units_in_cells.csv", key_column=KEY)
    frame = table.frame
    assert frame["Quote"].tolist() == pytest.approx([21.4, 9.0, 15.0])
    assert frame["Miete"].tolist() == [1234, 987, 1050]
    assert frame["Promille"].tolist() == [12, 7, 0]
    assert frame["Fläche"].tolist() == pytest.approx([3.5, 12.25, 0.8])
    assert frame["Saldo"].tolist() == pytest.approx([-3.5, 2.0, -0.4])  # Unicode minus
    assert frame["Einwohner"].tolist() == [1234, 12345, 345]  # NBSP and narrow NBSP
    assert table.units == {"Quote": "%", "Miete": "€", "Promille": "‰", "Fläche": "km²", "Gemischt": "%"}
    assert "units_in_cells.csv, column 'Gemischt': cells with different units: '%' (2), '‰' (1)." in [
        render(w) for w in table.warnings
    ]
    report = report_text(join_table(pd.DataFrame({"k": ["01100101"]}), "k", table, KEY).report)
    assert "Units found in the cells (the columns hold the numbers): 'Quote': %, 'Miete': €" in report


def test_a_currency_before_the_number():
    parsed = parse_numbers(pd.Series(["€ 12,50", "EUR 3,00", "7,25"], dtype=object), ",", ".")
    assert parsed.values.tolist() == [12.5, 3.0, 7.25] and parsed.units == {"€": 1, "EUR": 1}


def test_a_misgrouped_cell_is_unreadable_never_rescaled():
    table = read_table(TABLES / "misgrouped_thousands.csv", key_column=KEY)
    assert table.options.thousands == "."
    assert table.frame["Einwohner"].tolist()[:1] + table.frame["Einwohner"].tolist()[2:] == [
        24118,
        13456,
        4567,
        15678,
    ]
    assert pd.isna(table.frame.at[3, "Einwohner"])  # not 241
    assert table.unreadable == [UnreadableCell(3, "Einwohner", "2.41")]
    report = report_text(join_table(pd.DataFrame({"k": ["01100102"]}), "k", table, KEY).report)
    assert "row 3, column 'Einwohner': '2.41'" in report


@pytest.mark.parametrize(
    ("cells", "decimal", "thousands", "values", "bad"),
    [
        (["1.234.567", "12.34"], ",", ".", [1234567.0, None], ["12.34"]),
        (["1,234,567", "1,23"], ".", ",", [1234567.0, None], ["1,23"]),
        (["1 234", "12 34"], ",", " ", [1234.0, None], ["12 34"]),
        (["1.234,5", "1.2345,6"], ",", None, [1234.5, None], ["1.2345,6"]),
    ],
)
def test_grouping_must_fit_the_notation(cells, decimal, thousands, values, bad):
    parsed = parse_numbers(pd.Series(cells, dtype=object), decimal, thousands)
    assert [None if pd.isna(v) else v for v in parsed.values] == values
    assert parsed.bad.tolist() == bad


# -- workbooks: numbers stored as text ---------------------------------------------------------


def test_text_numbers_in_a_workbook_follow_the_sheets_notation():
    table = read_table(TABLES / "numbers_as_text_german.xlsx", key_column=KEY)
    assert table.frame["Einwohner"].tolist() == [24118, 12345, 3456, 4567, 5678]  # not 24.118
    assert table.frame["Quote"].tolist() == pytest.approx([12.5, 23.4, 21.7, 9.8, 15.0])
    assert table.options.decimal == "," and table.options.thousands == "."


def test_decimal_and_thousands_apply_to_workbooks():
    table = read_table(TABLES / "numbers_as_text_german.xlsx", key_column=KEY, decimal=".", thousands=",")
    assert table.options.decimal == "."
    assert table.frame["Einwohner"].tolist() == pytest.approx([24.118, 12.345, 3.456, 4.567, 5.678])
    assert "Quote" in table.text_columns  # "12,5" is no number with a decimal point and comma groups
