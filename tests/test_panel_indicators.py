"""The Indicators section driven through its widgets in QGIS: read, suggest keys, join, report, accept."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from aktionsraeume_plugin.paths import SAMPLE_DIR
from aktionsraeume_plugin.services.result_storage import joined_tables, results_path
from aktionsraeume_plugin.ui.dock import AktionsraeumePanel

SPACE_TABLE = SAMPLE_DIR / "indikatoren_sozialraeume_2018.csv"
QUARTER_TABLE = SAMPLE_DIR / "indikatoren_quartiere_2018.csv"


@pytest.fixture()
def sample_panel(qgis_iface, tmp_path):
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "projekt.qgz"))
    qgis_iface.messageBar().clear_messages()
    panel = AktionsraeumePanel(qgis_iface)
    panel.resize(350, 900)
    QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
    yield panel
    panel.controller.wait_for_tasks()
    panel.controller.disconnect_project()
    project.clear()


def choose_table(panel, path, level: str) -> None:
    section = panel.indicators
    section.level.setCurrentIndex(section.level.findData(level))
    section.file.setFilePath(str(path))
    panel.controller.wait_for_tasks()


def click(button) -> None:
    assert button.isEnabled(), button.objectName()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def join_and_accept(panel, path, level: str):
    choose_table(panel, path, level)
    click(panel.indicators.join_button)
    panel.controller.wait_for_tasks()
    report = panel.indicators.report.toPlainText()
    click(panel.indicators.accept_button)
    return report


def test_keys_are_suggested_and_the_report_comes_before_accepting(sample_panel, tmp_path):
    panel, section = sample_panel, sample_panel.indicators
    choose_table(panel, SPACE_TABLE, "spaces")
    assert section.layer_key.currentField() == "sozialraum_nr"
    assert section.table_key.currentText() == "Sozialraum-Nr."
    assert "39 keys match" in section.suggestion.text()

    click(section.join_button)
    panel.controller.wait_for_tasks()
    report = section.report.toPlainText()
    assert "Features with a table row: 39 of 39" in report
    assert "City reference row" in report and "Stadt Dortmund insgesamt" in report
    assert "spaces" not in panel.controller.joined  # nothing is used before "Accept"
    assert section.accept_button.isEnabled() and section.discard_button.isEnabled()

    saved = section.save_report(tmp_path / "bericht.txt")
    assert "39 of 39" in saved.read_text(encoding="utf-8")
    click(section.attribute_table_button)
    shown = panel.controller.iface.showAttributeTable.call_args[0][0]
    assert shown.featureCount() == 39 and shown.fields().indexFromName("Transferleistungsquote in %") >= 0
    # The session-wide iface stub would keep the layer alive past QGIS's exit (a crash at interpreter exit).
    del shown
    panel.controller.iface.showAttributeTable.reset_mock()

    click(section.accept_button)
    joined = panel.controller.joined["spaces"]
    assert QgsProject.instance().mapLayer(joined.id()) is joined
    assert joined.source().startswith(str(results_path(panel.controller)))
    assert panel.controller.reference_tables["spaces"] == SPACE_TABLE
    assert [t["path"] for t in joined_tables(joined)] == [str(SPACE_TABLE)]
    assert {f["Transferleistungsquote in %"] for f in joined.getFeatures()} != {None}
    assert not section.accept_button.isEnabled()


def test_discard_leaves_the_level_unchanged(sample_panel):
    panel, section = sample_panel, sample_panel.indicators
    choose_table(panel, SPACE_TABLE, "spaces")
    click(section.join_button)
    panel.controller.wait_for_tasks()
    folder = section.pending.folder
    click(section.discard_button)
    assert section.pending is None and not folder.exists()
    assert "spaces" not in panel.controller.joined
    assert section.report.toPlainText() == ""


def test_quarters_and_a_second_table_join_in_turn(sample_panel, tmp_path):
    panel = sample_panel
    report = join_and_accept(panel, QUARTER_TABLE, "quarters")
    quarters = panel.controller.joined["quarters"]
    count = panel.controller.levels.quarters.layer.featureCount()
    assert f"Features with a table row: {count} of {count}" in report
    assert quarters.featureCount() == count

    # a second table joins to the joined layer: both tables' columns end up in one layer
    extra = tmp_path / "zusatz.csv"
    rows = ["Quartier-Nr.;Spielplätze"] + [
        f"{f['quartier_nr']};{n}" for n, f in enumerate(quarters.getFeatures())
    ]
    extra.write_text("\n".join(rows) + "\n", encoding="utf-8")
    join_and_accept(panel, extra, "quarters")
    both = panel.controller.joined["quarters"]
    assert both is not quarters
    assert both.fields().indexFromName("Spielplätze") >= 0
    assert both.fields().indexFromName("Transferleistungsquote in %") >= 0
    assert [t["path"] for t in joined_tables(both)] == [str(QUARTER_TABLE), str(extra)]


def test_a_bad_table_is_a_message_naming_the_file(sample_panel, data_dir):
    panel, section = sample_panel, sample_panel.indicators
    bar = panel.controller.iface.messageBar()
    choose_table(panel, data_dir / "tables" / "binary.csv", "spaces")
    critical = bar.get_messages(Qgis.MessageLevel.Critical)
    assert critical and "binary.csv" in critical[-1]
    assert "Traceback" not in critical[-1]
    section.table_key.setCurrentText("Sozialraum-Nr.")
    click(section.join_button)
    panel.controller.wait_for_tasks()
    critical = bar.get_messages(Qgis.MessageLevel.Critical)
    assert len(critical) >= 2 and "binary.csv" in critical[-1]
    assert section.pending is None and "spaces" not in panel.controller.joined


def test_a_project_layer_is_offered_as_the_table(sample_panel):
    from qgis.core import QgsVectorLayer

    panel, section = sample_panel, sample_panel.indicators
    # the sample table as a layer whose attributes are all text ("9.586", "13,0"), as a delimited-text
    # layer without type detection gives them: the table reader's rules make them numbers again
    uri = f"{SPACE_TABLE.as_uri()}?delimiter=;&detectTypes=no&geomType=none"
    table = QgsVectorLayer(uri, "Indikatoren als Layer", "delimitedtext")
    assert table.isValid()
    QgsProject.instance().addMapLayer(table)
    section.level.setCurrentIndex(section.level.findData("spaces"))
    section.table_layer.setLayer(table)
    panel.controller.wait_for_tasks()
    assert section.table_key.currentText() == "Sozialraum-Nr."
    assert "39 keys match" in section.suggestion.text()
    click(section.join_button)
    panel.controller.wait_for_tasks()
    assert "Features with a table row: 39 of 39" in section.report.toPlainText()
    click(section.accept_button)
    joined = panel.controller.joined["spaces"]
    people = {f["sozialraum_nr"]: f["Einwohner"] for f in joined.getFeatures()}
    assert people["0101"] == 9586  # "9.586" as text: German thousands, decided for the whole table
    assert joined_tables(joined)[-1]["format"] == "layer"


def test_missing_value_codes_are_a_reading_option(sample_panel, data_dir):
    panel, section = sample_panel, sample_panel.indicators
    section.missing_values.setCurrentText("99999")
    choose_table(panel, data_dir / "tables" / "missing_codes.csv", "spaces")
    section.table_key.setCurrentText("Schlüssel")
    click(section.join_button)
    panel.controller.wait_for_tasks()
    report = section.report.toPlainText()
    assert (
        "Missing-value codes read as missing (1 cells in 1 rows): rows 3; codes 'Wohnfläche': 99999" in report
    )
    assert section.pending.read_settings["missing_values"] == [99999.0]
    section.missing_values.setCurrentText("-9999; k.A.")
    click(section.join_button)
    critical = panel.controller.iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert critical and "'k.A.' is not a number" in critical[-1]


@pytest.mark.parametrize(
    ("name", "sheets"),
    [("title_footnotes_two_sheets.xlsx", ["Hinweise", "Quartiere 2018"]), ("basic.ods", ["Daten"])],
)
def test_the_sheets_of_a_workbook_are_offered(sample_panel, data_dir, name, sheets):
    section = sample_panel.indicators
    choose_table(sample_panel, data_dir / "tables" / name, "quarters")
    offered = [section.sheet.itemText(i) for i in range(section.sheet.count())]
    assert offered[-len(sheets) :] == sheets
