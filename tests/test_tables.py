"""Reading awkward indicator tables (tests/data/tables, made by make_corpus.py) and key normalisation."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from aktionsraeume_plugin.core.keys import normalise_keys, suggest_key_pair
from aktionsraeume_plugin.core.messages import Message
from aktionsraeume_plugin.core.tables import TableError, read_table

TABLES = Path(__file__).resolve().parent / "data" / "tables"
KEY = "Schlüssel"
NAMES = ["Innenstadt-West 1", "Dorstfeld", "Bövinghausen", "Wambeler Heide", "Meylantviertel"]
PEOPLE = [1234, 2345, 3456, 4567, 5678]
RATES = [12.5, 23.4, 21.7, 9.8, 15.0]

# file -> (expected options subset, key column)
READABLE = {
    "utf8_semicolon_decimal_comma.csv": {"encoding": "utf-8", "delimiter": ";", "decimal": ","},
    "utf8_bom.csv": {"encoding": "utf-8-sig", "delimiter": ";"},
    "cp1252_umlauts.csv": {"encoding": "cp1252"},
    "latin1.csv": {"delimiter": ";"},
    "comma_decimal_point.csv": {"delimiter": ",", "decimal": "."},
    "tab_delimited.tsv": {"delimiter": "tab", "decimal": ","},
    "pipe_delimited.csv": {"delimiter": "|"},
    "comma_quoted_decimal_comma.csv": {"delimiter": ",", "decimal": ","},
    "thousands_dot.csv": {"decimal": ",", "thousands": "."},
    "thousands_comma_english.csv": {"decimal": ".", "thousands": ","},
    "title_rows.csv": {"header_row": "4"},
    "footnotes.csv": {},
    "total_row.csv": {},
    "total_row_first.csv": {},
    "subtotals.csv": {},
    "trailing_delimiter.csv": {},
    "crlf.csv": {"encoding": "cp1252"},
    "utf16_excel_unicode.txt": {"encoding": "utf-16", "delimiter": "tab", "decimal": ","},
    "mac_roman_cr.csv": {"encoding": "mac_roman", "delimiter": ";"},
    "cp850.csv": {"encoding": "cp850", "delimiter": ";"},
    "int_keys.csv": {},
    "float_keys.csv": {"decimal": ","},
    "keys_with_spaces.csv": {},
    "basic.xlsx": {"format": "xlsx", "sheet": "Daten"},
    "title_footnotes_two_sheets.xlsx": {"format": "xlsx", "sheet": "Quartiere 2018", "header_row": "4"},
    "numbers_as_text.xlsx": {"format": "xlsx"},
    "basic.ods": {"format": "ods", "sheet": "Daten"},
}

# file -> words the error message must contain (file name, row, column where they apply)
UNREADABLE = {
    "empty.csv": ["empty.csv", "empty"],
    "whitespace_only.csv": ["whitespace_only.csv", "empty"],
    "header_only.csv": ["header_only.csv", "row 1", "no data rows"],
    "binary.csv": ["binary.csv", "binary"],
    "workbook_named.csv": ["workbook_named.csv", "ZIP", ".xlsx"],
    "truncated.xlsx": ["truncated.xlsx", "damaged or truncated"],
    "not_a_workbook.xlsx": ["not_a_workbook.xlsx", "damaged or truncated"],
    "ragged_row.csv": ["ragged_row.csv", "row 4", "6 fields", "has 4"],
}

# files tested one by one below
SPECIAL = {
    "placeholders.csv",
    "placeholders.xlsx",
    "bad_cells.csv",
    "duplicate_keys.csv",
    "missing_keys.csv",
    "name_keys.csv",
    "name_keys_nfd.csv",
    "header_linebreaks.csv",
    "header_linebreaks.xlsx",
    "duplicate_name_keys.csv",
    # tests/test_table_values.py
    "missing_codes.csv",
    "units_in_cells.csv",
    "misgrouped_thousands.csv",
    "numbers_as_text_german.xlsx",
}


def test_every_corpus_file_has_an_expected_outcome():
    files = {
        p.name for p in TABLES.iterdir() if p.is_file() and p.suffix != ".py" and not p.name.startswith(".")
    }
    assert len(files) >= 30
    assert files == set(READABLE) | set(UNREADABLE) | SPECIAL


@pytest.mark.parametrize("name", sorted(READABLE))
def test_readable_files_give_the_right_values(name):
    table = read_table(TABLES / name, key_column=KEY)
    frame = table.frame
    assert list(frame.columns) == [KEY, "Name", "Einwohner", "Quote"]
    assert normalise_keys(frame[KEY].head(5)) == ["1100101", "1100102", "1100103", "1100104", "1100105"]
    assert frame["Name"].head(5).tolist() == NAMES
    assert pd.api.types.is_integer_dtype(frame["Einwohner"])
    assert frame["Einwohner"].head(5).tolist() == PEOPLE
    assert pd.api.types.is_float_dtype(frame["Quote"])
    assert frame["Quote"].head(5).tolist() == pytest.approx(RATES)
    assert not table.unreadable
    described = table.options.describe()
    for option, value in READABLE[name].items():
        assert described.get(option) == value, (option, described)


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_unreadable_files_give_a_specific_message(name):
    with pytest.raises(TableError) as raised:
        read_table(TABLES / name, key_column=KEY)
    for word in UNREADABLE[name]:
        assert word in str(raised.value)


def test_leading_zeros_are_kept_in_key_columns():
    table = read_table(TABLES / "utf8_semicolon_decimal_comma.csv")  # key column not named: detected
    assert table.frame[KEY].iloc[0] == "01100101"
    assert KEY in table.text_columns


def test_umlauts_survive_each_encoding():
    assert read_table(TABLES / "cp1252_umlauts.csv").frame["Name"].iloc[5] == "Löttringhausen–Süd"
    assert read_table(TABLES / "latin1.csv").frame["Name"].iloc[2] == "Bövinghausen"


@pytest.mark.parametrize(
    "name, encoding, row, expected",
    [
        ("mac_roman_cr.csv", "mac_roman", 7, "Löttringhausen–Süd"),
        ("cp850.csv", "cp850", 7, "Großholthausen-Süd"),
        ("utf16_excel_unicode.txt", "utf-16", 4, "Bövinghausen"),
        ("cp1252_umlauts.csv", "cp1252", 7, "Löttringhausen–Süd"),
    ],
)
@pytest.mark.parametrize("detector", ["charset-normalizer", "none"])
def test_encodings_are_detected_with_and_without_charset_normalizer(
    name, encoding, row, expected, detector, monkeypatch
):
    import importlib.util

    if detector == "none":
        monkeypatch.setitem(sys.modules, "charset_normalizer", None)  # import fails as if missing
    else:
        assert importlib.util.find_spec("charset_normalizer") is not None
    table = read_table(TABLES / name, key_column=KEY)
    assert table.options.encoding == encoding
    assert table.frame.at[row, "Name"] == expected


def test_encoding_override_is_kept():
    table = read_table(TABLES / "mac_roman_cr.csv", encoding="cp1252")
    assert table.options.encoding == "cp1252"
    assert table.frame.columns[0] == "SchlŸssel"  # what the user asked for, though wrong


def test_plausibility_prefers_german_letters():
    from aktionsraeume_plugin.core.encodings import plausibility

    raw = "Löttringhausen Großholthausen Hörde".encode("cp850")
    assert plausibility(raw.decode("cp850")) > plausibility(raw.decode("cp1252", errors="replace"))
    assert plausibility(raw.decode("cp850")) > plausibility(raw.decode("mac_roman"))


@pytest.mark.parametrize("name", ["header_linebreaks.csv", "header_linebreaks.xlsx"])
def test_header_cells_with_line_breaks_are_joined_with_a_space(name):
    table = read_table(TABLES / name, key_column=KEY)
    assert list(table.frame.columns) == [KEY, "Name", "Einwohner 31.12.2018", "Quote (%)"]
    assert table.frame["Einwohner 31.12.2018"].tolist() == PEOPLE
    assert table.options.header_row == 1
    # rows keep the line numbers of the file: the CSV header spans lines 1-3
    assert table.frame.index[0] == (4 if name.endswith(".csv") else 2)


def test_total_row_is_kept_as_reference_and_removed():
    table = read_table(TABLES / "total_row.csv", key_column=KEY)
    assert len(table.frame) == 5
    assert table.total_row_number == 7
    assert table.total_row["Name"] == "Stadt Dortmund insgesamt"
    assert table.total_row["Einwohner"] == 17280
    assert table.total_row["Quote"] == pytest.approx(16.5)
    first = read_table(TABLES / "total_row_first.csv", key_column=KEY)
    assert first.total_row_number == 2 and first.total_row["Name"] == "Gesamt"


def test_subtotals_are_left_out_and_named():
    table = read_table(TABLES / "subtotals.csv", key_column=KEY)
    assert table.total_row_number == 8
    assert table.frame["Name"].tolist() == NAMES
    assert Message("table.subtotals", {"rows": [4]}) in table.warnings


def test_total_labels_are_configurable():
    table = read_table(TABLES / "total_row.csv", key_column=KEY, total_labels=())
    assert table.total_row is None and len(table.frame) == 6


def test_footnotes_and_title_lines_are_not_data():
    assert len(read_table(TABLES / "footnotes.csv").frame) == 5
    workbook = read_table(TABLES / "title_footnotes_two_sheets.xlsx", key_column=KEY)
    assert len(workbook.frame) == 5 and workbook.total_row_number == 10
    assert workbook.frame.index.tolist() == [5, 6, 7, 8, 9]  # line numbers in the sheet


@pytest.mark.parametrize("name", ["placeholders.csv", "placeholders.xlsx"])
def test_placeholders_become_missing_and_are_counted(name):
    table = read_table(TABLES / name, key_column=KEY)
    assert pd.api.types.is_numeric_dtype(table.frame["Einwohner"])
    assert pd.api.types.is_float_dtype(table.frame["Quote"])
    assert not table.unreadable
    if name.endswith(".csv"):
        assert table.placeholders == {"Einwohner": 3, "Quote": 4}  # ".", "-", "/" and "x", "…", "...", ""
        assert table.frame["Einwohner"].tolist()[2:4] == [3456, 4567]
    else:
        assert table.placeholders == {"Einwohner": 1, "Quote": 1}


def test_bad_cells_are_reported_one_by_one():
    table = read_table(TABLES / "bad_cells.csv", key_column=KEY)
    assert pd.api.types.is_numeric_dtype(table.frame["Einwohner"])
    assert pd.api.types.is_float_dtype(table.frame["Quote"])
    cells = [(c.row, c.column, c.value) for c in table.unreadable]
    assert cells == [(3, "Quote", "k.A."), (5, "Einwohner", "ca. 4500")]
    assert pd.isna(table.frame.loc[3, "Quote"]) and table.frame.loc[4, "Quote"] == pytest.approx(21.7)


def test_rows_without_key_are_named():
    table = read_table(TABLES / "missing_keys.csv", key_column=KEY)
    assert Message("table.rows_without_key", {"count": 1, "column": KEY, "rows": [7]}) in table.warnings


def test_options_can_be_overridden():
    table = read_table(
        TABLES / "utf8_semicolon_decimal_comma.csv", delimiter=";", decimal=".", encoding="utf-8"
    )
    assert table.options.decimal == "."
    # "12,5" is not a number with a decimal point: the column stays text (checked by content, not dtype)
    assert not pd.api.types.is_numeric_dtype(table.frame["Quote"])
    assert all(isinstance(v, str) for v in table.frame["Quote"].dropna()) and "Quote" in table.text_columns
    with pytest.raises(TableError, match="unknown encoding 'nope'"):
        read_table(TABLES / "utf8_semicolon_decimal_comma.csv", encoding="nope")


def test_missing_key_column_and_sheet_are_named():
    with pytest.raises(TableError, match=r"utf8_bom.csv: no column 'Kennziffer'.*'Schlüssel'"):
        read_table(TABLES / "utf8_bom.csv", key_column="Kennziffer")
    with pytest.raises(TableError, match=r"basic.xlsx: no sheet 'Nope'; the sheets are 'Daten'"):
        read_table(TABLES / "basic.xlsx", sheet="Nope")
    with pytest.raises(TableError, match="file not found"):
        read_table(TABLES / "does_not_exist.csv")


def test_sheet_by_name_or_index():
    by_name = read_table(TABLES / "title_footnotes_two_sheets.xlsx", sheet="Quartiere 2018")
    by_index = read_table(TABLES / "title_footnotes_two_sheets.xlsx", sheet=1, key_column=KEY)
    assert by_name.frame.equals(by_index.frame)


def test_key_column_is_found_regardless_of_case():
    assert read_table(TABLES / "int_keys.csv", key_column="schlüssel").frame[KEY].iloc[0] == "1100101"


# --- keys ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "kwargs", "expected"),
    [
        (["01100101", 1100101, 1100101.0, " 1100101 ", "1100101.0", "1100101,00"], {}, ["1100101"] * 6),
        ([None, float("nan"), "", "  ", pd.NA], {}, [None] * 5),
        (["7", 7, "007"], {"pad_width": 3}, ["007"] * 3),
        (["0", "000"], {}, ["0", "0"]),
        (["1.000"], {}, ["1.000"]),  # not "1": a thousands-grouped number is not a whole float
        (["A-12", "a-12"], {}, ["A-12", "a-12"]),
        (["A-12", "a-12"], {"names": True}, ["a-12", "a-12"]),
        (["Bo\u0308vinghausen", "BÖVINGHAUSEN", "  Bövinghausen "], {"names": True}, ["bövinghausen"] * 3),
        (["Wambeler  Heide"], {"names": True}, ["wambeler heide"]),
    ],
)
def test_normalise_keys(values, kwargs, expected):
    assert normalise_keys(values, **kwargs) == expected


def test_normalise_keys_on_series_of_each_dtype():
    assert normalise_keys(pd.Series([1, 2], dtype="int64")) == ["1", "2"]
    assert normalise_keys(pd.Series([1, None], dtype="Int64")) == ["1", None]
    assert normalise_keys(pd.Series([1.0, 2.5, None])) == ["1", "2.5", None]


def test_suggest_key_pair_picks_the_most_matching_pair():
    table = read_table(TABLES / "utf8_semicolon_decimal_comma.csv").frame
    layer_values = {
        "id": [1, 2, 3],
        "code": [1100101, 1100102, 1100103, 99],
        "label": ["dorstfeld", "x"],
    }
    assert suggest_key_pair(layer_values, table) == ("code", KEY, 3)
    assert suggest_key_pair({"nothing": ["q"]}, table) == (None, None, 0)
