"""Generate the awkward-table corpus for the table reader and join tests (deterministic bytes).

Run ``python tests/data/tables/make_corpus.py`` from the repository root; the outputs are committed.
Every file holds (some of) the same five areas, so tests can check the joined values:

=========  =================  =========  ======
key        name               Einwohner  Quote
=========  =================  =========  ======
01100101   Innenstadt-West 1  1234       12,5
01100102   Dorstfeld          2345       23,4
01100103   Bövinghausen       3456       21,7
01100104   Wambeler Heide     4567       9,8
01100105   Meylantviertel     5678       15,0
=========  =================  =========  ======

and the city total row "Stadt Dortmund insgesamt" 17280 / 16,5 where a file has one.
``CORPUS`` below says for each file what makes it awkward; tests/test_tables.py and
tests/test_join.py assert the outcome for each.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["01100101", "01100102", "01100103", "01100104", "01100105"]
NAMES = ["Innenstadt-West 1", "Dorstfeld", "Bövinghausen", "Wambeler Heide", "Meylantviertel"]
PEOPLE = [1234, 2345, 3456, 4567, 5678]
RATES = ["12,5", "23,4", "21,7", "9,8", "15,0"]
TOTAL = ("", "Stadt Dortmund insgesamt", "17280", "16,5")


def rows(key=lambda k: k, rate=lambda r: r, people=str, names=NAMES):
    return [[key(k), n, people(p), rate(r)] for k, n, p, r in zip(KEYS, names, PEOPLE, RATES)]


def text(lines, delimiter=";", newline="\n") -> str:
    return newline.join(delimiter.join(cell for cell in line) for line in lines) + newline


HEADER = ["Schlüssel", "Name", "Einwohner", "Quote"]
STANDARD = [HEADER, *rows()]
ENGLISH = [HEADER, *rows(rate=lambda r: r.replace(",", "."))]


def csv_files() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    files["utf8_semicolon_decimal_comma.csv"] = text(STANDARD).encode("utf-8")
    files["utf8_bom.csv"] = b"\xef\xbb\xbf" + text(STANDARD).encode("utf-8")
    files["cp1252_umlauts.csv"] = text([*STANDARD, ["01100106", "Löttringhausen–Süd", "1", "1,0"]]).encode(
        "cp1252"
    )
    files["latin1.csv"] = text(STANDARD).encode("latin-1")
    files["comma_decimal_point.csv"] = text(ENGLISH, delimiter=",").encode("utf-8")
    files["tab_delimited.tsv"] = text(STANDARD, delimiter="\t").encode("utf-8")
    files["pipe_delimited.csv"] = text(STANDARD, delimiter="|").encode("utf-8")
    files["comma_quoted_decimal_comma.csv"] = text(
        [HEADER, *rows(rate=lambda r: f'"{r}"', key=lambda k: f'"{k}"')], delimiter=","
    ).encode("utf-8")
    files["thousands_dot.csv"] = text([HEADER, *rows(people=lambda p: f"{p // 1000}.{p % 1000:03d}")]).encode(
        "utf-8"
    )
    files["thousands_comma_english.csv"] = text(
        [HEADER, *rows(people=lambda p: f"{p // 1000},{p % 1000:03d}", rate=lambda r: r.replace(",", "."))]
    ).encode("utf-8")
    files["title_rows.csv"] = text(
        [
            ["Bevölkerung nach Quartieren", "", "", ""],
            ["Stand: 31.12.2018", "", "", ""],
            ["", "", "", ""],
            *STANDARD,
        ]
    ).encode("utf-8")
    files["footnotes.csv"] = text(
        [
            *STANDARD,
            ["", "", "", ""],
            ["1) Einwohner mit Hauptwohnsitz", "", "", ""],
            ["Quelle: Stadt Dortmund, Dortmunder Statistik", "", "", ""],
        ]
    ).encode("utf-8")
    files["total_row.csv"] = text([*STANDARD, list(TOTAL)]).encode("utf-8")
    files["total_row_first.csv"] = text([HEADER, ["", "Gesamt", "17280", "16,5"], *rows()]).encode("utf-8")
    files["subtotals.csv"] = text(
        [HEADER, *rows()[:2], ["", "Innenstadt-West insgesamt", "3579", "18,0"], *rows()[2:], list(TOTAL)]
    ).encode("utf-8")
    files["placeholders.csv"] = text(
        [
            HEADER,
            ["01100101", "Innenstadt-West 1", ".", "12,5"],
            ["01100102", "Dorstfeld", "-", "x"],
            ["01100103", "Bövinghausen", "3456", "…"],
            ["01100104", "Wambeler Heide", "4567", "..."],
            ["01100105", "Meylantviertel", "/", ""],
        ]
    ).encode("utf-8")
    files["bad_cells.csv"] = text(
        [
            HEADER,
            ["01100101", "Innenstadt-West 1", "1234", "12,5"],
            ["01100102", "Dorstfeld", "2345", "k.A."],
            ["01100103", "Bövinghausen", "3456", "21,7"],
            ["01100104", "Wambeler Heide", "ca. 4500", "9,8"],
            ["01100105", "Meylantviertel", "5678", "15,0"],
        ]
    ).encode("utf-8")
    files["duplicate_keys.csv"] = text([*STANDARD, ["01100102", "Dorstfeld", "1", "1,0"]]).encode("utf-8")
    files["int_keys.csv"] = text([HEADER, *rows(key=lambda k: str(int(k)))]).encode("utf-8")
    files["float_keys.csv"] = text([HEADER, *rows(key=lambda k: f"{int(k)}.0")]).encode("utf-8")
    files["keys_with_spaces.csv"] = text([HEADER, *rows(key=lambda k: f"  {k} ")]).encode("utf-8")
    files["name_keys.csv"] = text(
        [["Quartier", "Einwohner", "Quote"]]
        + [[n.upper() if i % 2 else n, str(p), r] for i, (n, p, r) in enumerate(zip(NAMES, PEOPLE, RATES))]
    ).encode("utf-8")
    # decomposed umlaut (NFD), as some Mac exports write it
    files["name_keys_nfd.csv"] = text(
        [["Quartier", "Einwohner", "Quote"]]
        + [[n.replace("ö", "o\u0308"), str(p), r] for n, p, r in zip(NAMES, PEOPLE, RATES)]
    ).encode("utf-8")
    files["missing_keys.csv"] = text([*STANDARD, ["", "Unbekannt", "10", "1,0"]]).encode("utf-8")
    files["trailing_delimiter.csv"] = text([[*line, ""] for line in STANDARD]).encode("utf-8")
    files["crlf.csv"] = text(STANDARD, newline="\r\n").encode("cp1252")
    files["ragged_row.csv"] = text(
        [*STANDARD[:3], ["01100103", "Bövinghausen", "3456", "21,7", "extra", "more"], *STANDARD[4:]]
    ).encode("utf-8")
    # Excel's "Unicode text" export: UTF-16 LE with BOM, tab-separated, CRLF
    files["utf16_excel_unicode.txt"] = text(STANDARD, delimiter="\t", newline="\r\n").encode("utf-16")
    # Excel for Mac: Mac Roman with CR-only line ends
    files["mac_roman_cr.csv"] = text(
        [*STANDARD, ["01100106", "Löttringhausen–Süd", "1", "1,0"]], newline="\r"
    ).encode("mac_roman")
    # a DOS code page
    files["cp850.csv"] = text([*STANDARD, ["01100106", "Großholthausen-Süd", "1", "1,0"]]).encode("cp850")
    # header cells with line breaks inside quotes
    files["header_linebreaks.csv"] = text(
        [[HEADER[0], HEADER[1], '"Einwohner\n31.12.2018"', '"Quote\n(%)"'], *rows()]
    ).encode("utf-8")
    # area names as keys, one written twice
    files["duplicate_name_keys.csv"] = text(
        [["Stadtteil", "Einwohner"], ["Eimsbüttel", "1"], ["Rotherbaum", "2"], ["Eimsbüttel ", "3"]]
    ).encode("utf-8")
    # missing-value codes: a row of -9999 and a -999 among rates; 99999 among large counts is a value
    files["missing_codes.csv"] = text(
        [
            [*HEADER, "Wohnfläche"],
            *[
                [*row, str(area)]
                for row, area in zip(rows(), ["120000", "99999", "150000", "80000", "110000"])
            ],
            ["01100106", "Testgebiet", "-9999", "-9999", "-9999"],
            ["01100107", "Neubaugebiet", "10", "-999", "5000"],
        ]
    ).encode("utf-8")
    # units inside cells, Unicode minus, NBSP and narrow NBSP as thousands separators
    files["units_in_cells.csv"] = text(
        [
            [HEADER[0], "Quote", "Miete", "Promille", "Fläche", "Saldo", "Einwohner", "Gemischt"],
            ["01100101", "21,4 %", "1.234 €", "12 ‰", "3,5 km²", "\u22123,5", "1\u00a0234", "1,5 %"],
            ["01100102", "9,0 %", "987 €", "7 ‰", "12,25 km²", "2,0", "12\u202f345", "2,5 ‰"],
            ["01100103", "15 %", "1.050 €", "0 ‰", "0,8 km²", "\u22120,4", "345", "3,0 %"],
        ]
    ).encode("utf-8")
    # thousands grouping: "2.41" among "24.118" is a typo, not 241
    files["misgrouped_thousands.csv"] = text(
        [
            HEADER,
            ["01100101", "Innenstadt-West 1", "24.118", "12,5"],
            ["01100102", "Dorstfeld", "2.41", "23,4"],
            ["01100103", "Bövinghausen", "13.456", "21,7"],
            ["01100104", "Wambeler Heide", "4.567", "9,8"],
            ["01100105", "Meylantviertel", "15.678", "15,0"],
        ]
    ).encode("utf-8")
    files["empty.csv"] = b""
    files["whitespace_only.csv"] = b"  \n\n  \n"
    files["header_only.csv"] = text([HEADER]).encode("utf-8")
    files["binary.csv"] = bytes((i * 37 + 11) % 256 for i in range(2048))
    return files


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a ZIP with fixed timestamps so that the workbook bytes do not change between runs."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2020, 12, 22, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time into it
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2020-12-22T00:00:00Z", data)
            target.writestr(fixed, data)
    return out.getvalue()


def _workbook(sheets: dict[str, list[list]]) -> bytes:
    import datetime

    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, lines in sheets.items():
        sheet = workbook.create_sheet(title)
        for line in lines:
            sheet.append(line)
    fixed = datetime.datetime(2020, 12, 22)
    workbook.properties.created = fixed
    workbook.properties.modified = fixed
    workbook.properties.creator = "make_corpus.py"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _number_rows():
    return [[k, n, p, float(r.replace(",", "."))] for k, n, p, r in zip(KEYS, NAMES, PEOPLE, RATES)]


def workbook_files() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    files["basic.xlsx"] = _workbook({"Daten": [HEADER, *_number_rows()]})
    files["title_footnotes_two_sheets.xlsx"] = _workbook(
        {
            "Hinweise": [["Diese Mappe enthält Indikatoren."]],
            "Quartiere 2018": [
                ["Bevölkerung nach Quartieren 2018"],
                ["Stand: 31.12.2018"],
                [],
                HEADER,
                *_number_rows(),
                ["", "Stadt Dortmund insgesamt", 17280, 16.5],
                [],
                ["1) Einwohner mit Hauptwohnsitz"],
                ["Quelle: Stadt Dortmund, Dortmunder Statistik"],
            ],
        }
    )
    files["numbers_as_text.xlsx"] = _workbook(
        {"Tabelle1": [HEADER, *[[int(k), n, str(p), r] for k, n, p, r in zip(KEYS, NAMES, PEOPLE, RATES)]]}
    )
    files["placeholders.xlsx"] = _workbook(
        {
            "Tabelle1": [
                HEADER,
                *[
                    [k, n, "." if i == 1 else p, "-" if i == 2 else r]
                    for i, (k, n, p, r) in enumerate(_number_rows())
                ],
            ]
        }
    )
    files["header_linebreaks.xlsx"] = _workbook(
        {"Daten": [[HEADER[0], HEADER[1], "Einwohner\n31.12.2018", "Quote\r\n(%)"], *_number_rows()]}
    )
    # every cell stored as text, German notation throughout the sheet
    files["numbers_as_text_german.xlsx"] = _workbook(
        {
            "Tabelle1": [
                HEADER,
                *[
                    [k, n, f"{p // 1000}.{p % 1000:03d}", r]
                    for k, n, p, r in zip(KEYS, NAMES, [24118, 12345, 3456, 4567, 5678], RATES)
                ],
            ]
        }
    )
    basic = files["basic.xlsx"]
    files["truncated.xlsx"] = basic[: len(basic) // 2]
    files["not_a_workbook.xlsx"] = text(STANDARD).encode("utf-8")
    files["workbook_named.csv"] = basic
    files["basic.ods"] = _ods([HEADER, *_number_rows()])
    return files


def _ods(lines: list[list]) -> bytes:
    """A minimal ODS written by hand (content.xml only), so that its bytes are fixed."""
    from xml.sax.saxutils import escape

    def cell(value) -> str:
        if isinstance(value, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'

    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in line) + "</table:table-row>" for line in lines
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Daten">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype", (2020, 12, 22, 0, 0, 0)),
            "application/vnd.oasis.opendocument.spreadsheet",
        )
        archive.writestr(zipfile.ZipInfo("META-INF/manifest.xml", (2020, 12, 22, 0, 0, 0)), manifest)
        archive.writestr(zipfile.ZipInfo("content.xml", (2020, 12, 22, 0, 0, 0)), content)
    return buffer.getvalue()


def main() -> None:
    for name, data in {**csv_files(), **workbook_files()}.items():
        (HERE / name).write_bytes(data)
    print(f"wrote {len(csv_files()) + len(workbook_files())} files to {HERE}")


if __name__ == "__main__":
    main()
