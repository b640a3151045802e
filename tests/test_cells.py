"""One rule for cells: placeholders, cell → number and total rows, the same in table reading, join and
assessment, on pandas 2 (text in ``object`` columns) and pandas 3 (text in ``str`` columns)."""

from __future__ import annotations

import pandas as pd
import pytest

from aktionsraeume_plugin.core.assessment import REFERENCE_TOTAL_ROW, assess, to_numbers
from aktionsraeume_plugin.core.catalogue import load_catalogue, parse_catalogue
from aktionsraeume_plugin.core.cells import (
    PLACEHOLDERS,
    find_total_rows,
    parse_number,
    parse_numbers,
)
from aktionsraeume_plugin.core.join import join_table
from aktionsraeume_plugin.core.tables import read_table
from aktionsraeume_plugin.paths import SAMPLE_DIR

CATALOGUE = """\
[reference]
total_row = ["Stadt insgesamt"]

[rule]
min_worse = 1

[[domain]]
id = "d"
label_de = "D"

[[indicator]]
id = "v"
column = "Wert"
label_de = "Wert"
domain = "d"
direction = "higher_is_worse"
"""

# Columns of cell texts as statistics offices write them; each column once through the join (a CSV
# file read by the table reader) and once through the assessment (the same texts as a text field).
COLUMNS = [
    ["1.234", "2.345", "17"],  # German thousands groups
    ["1.234", "2.345,6", "7,5"],
    ["21,4", "1.234,5", ".", "-"],
    ["1,234", "12,5", "3"],  # "1,234": a decimal comma among German numbers
    ["1,234.5", "12.25", "3"],  # English
    ["1.5", "2.25", "x"],
    ["12,5 %", "\u22123,5", "…", "0"],
]


@pytest.mark.parametrize("cells", COLUMNS, ids=lambda c: "|".join(c))
def test_the_same_cell_text_gives_the_same_number_through_join_and_assessment(tmp_path, cells):
    keys = [f"0{n}" for n in range(1, len(cells) + 1)]
    path = tmp_path / "werte.csv"
    lines = ["Nr;Wert"] + [f"{k};{c}" for k, c in zip(keys, cells)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    areas = pd.DataFrame({"key": keys})
    joined = join_table(areas, "key", read_table(path, key_column="Nr"), "Nr").frame["Wert"]
    joined = pd.to_numeric(joined, errors="coerce").astype(float).tolist()

    frame = pd.DataFrame({"Nr": keys, "Wert": pd.Series(cells, dtype=object)})
    assessed = assess(frame, parse_catalogue(CATALOGUE), "Nr").values["v"].tolist()
    direct = parse_numbers(pd.Series(cells)).values.tolist()

    assert joined == pytest.approx(assessed, nan_ok=True)
    assert direct == pytest.approx(assessed, nan_ok=True)


def test_thousands_groups_read_as_thousands_everywhere():
    assert parse_number("1.234") == 1234
    assert to_numbers(pd.Series(["1.234", "21,4"]), "x", ["a", "b"]).tolist() == [1234, 21.4]


@pytest.mark.parametrize("dtype", [object, "string"])
def test_text_is_recognised_by_content_not_dtype(dtype):
    """pandas 3 stores text as ``str``; the number rule must not depend on the column's dtype."""
    parsed = parse_numbers(pd.Series(["21,4", ".", "k.A."], dtype=dtype))
    assert parsed.values.iloc[0] == pytest.approx(21.4)
    assert parsed.bad.tolist() == ["k.A."]
    assert parsed.numeric == 1 and parsed.considered == 2


def test_placeholders_are_missing_never_bad():
    parsed = parse_numbers(pd.Series([*PLACEHOLDERS, None, float("nan")], dtype=object))
    assert parsed.values.isna().all() and parsed.bad.empty and parsed.considered == 0


def test_total_row_found_in_text_columns_of_each_dtype():
    for dtype in (object, "string"):
        frame = pd.DataFrame(
            {
                "Nr": pd.array(["01", "02", None], dtype=dtype),
                "Name": pd.array(["A", "B", "Stadt Dortmund insgesamt"], dtype=dtype),
                "Wert": [1.0, 2.0, 1.5],
            },
            index=[2, 3, 4],
        )
        found = find_total_rows(frame, key_column="Nr")
        assert found.city == 4 and found.label == "Stadt Dortmund insgesamt"


def test_sample_city_reference_is_the_tables_total_row():
    """On pandas 3 the total row was missed and the reference became the weighted mean 17.5965."""
    catalogue = load_catalogue(SAMPLE_DIR / "katalog.toml")
    table = read_table(SAMPLE_DIR / "indikatoren_sozialraeume_2018.csv", total_labels=())
    result = assess(table.frame, catalogue, "Sozialraum-Nr.")
    assert result.report.reference_method == REFERENCE_TOTAL_ROW
    assert result.reference["tlq"] == pytest.approx(17.6)
    assert (
        read_table(SAMPLE_DIR / "indikatoren_sozialraeume_2018.csv").total_row_number == 41
    )  # the last line of the file
