"""The panel driven through its real widgets in QGIS (pytest-qgis's iface, offscreen)."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QMessageBox

from aktionsraeume_plugin.core.status import AreaStatus
from aktionsraeume_plugin.services.qt_compat import set_label_font
from aktionsraeume_plugin.services.styling import renderer_statuses
from aktionsraeume_plugin.ui.dock import AktionsraeumePanel

from .map_probe import pdf_page_size

CHANGES_2020 = ("remove-0503", "keep-050304", "remove-0603", "keep-060301", "add-1003", "add-0102")


@pytest.fixture()
def panel(qgis_iface, tmp_path):
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "projekt.qgz"))  # results go beside it
    panel = AktionsraeumePanel(qgis_iface)
    panel.resize(350, 900)
    yield panel
    panel.controller.disconnect_project()
    project.clear()


@pytest.fixture()
def sample_panel(panel):
    QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
    assert panel.controller.workspace is not None
    return panel


def test_load_sample_fills_levels_changes_and_summary(sample_panel):
    panel = sample_panel
    assert panel.areas.spaces.layer.currentLayer().name() == "Sozialräume"
    assert panel.areas.spaces.key.currentField() == "sozialraum_nr"
    assert panel.proposals.changes.rowCount() == 6
    summary = panel.proposals.summary.text()
    assert "Aktionsräume: 13 → 13" in summary
    assert "Aktionsquartiere: 0 → 2" in summary
    assert "Bövinghausen/Westrich, Dorstfeld" in summary
    assert "Population covered" in summary


def test_each_2020_change_switches_exactly_its_areas(sample_panel):
    panel = sample_panel
    layers = panel.controller.workspace.status_layers
    for change_id in CHANGES_2020:
        change = panel.controller.scenario.change(change_id)
        before_spaces, before_quarters = layers.statuses("spaces"), layers.statuses("quarters")
        panel.proposals.set_change(change_id, False)
        after_spaces, after_quarters = layers.statuses("spaces"), layers.statuses("quarters")
        differing = {k for k in before_spaces if before_spaces[k] != after_spaces[k]}
        differing |= {k for k in before_quarters if before_quarters[k] != after_quarters[k]}
        expected = {change.area}
        if change.action.value == "remove_space":  # its kept quarter is no Aktionsquartier while it stays
            expected |= {c.area for c in panel.controller.scenario.changes if c.parent == change.area}
        assert differing == expected, change_id
        panel.proposals.set_change(change_id, True)
        assert layers.statuses("spaces") == before_spaces


def test_renderer_shows_only_the_statuses_that_occur(sample_panel):
    panel = sample_panel
    layers = panel.controller.workspace.status_layers
    assert AreaStatus.NEW_ACTION_SPACE.value in renderer_statuses(layers.spaces)
    panel.proposals.set_change("add-1003", False)
    panel.proposals.set_change("add-0102", False)
    assert AreaStatus.NEW_ACTION_SPACE.value not in renderer_statuses(layers.spaces)
    assert "Aktionsräume: 13 → 11" in panel.proposals.summary.text()
    assert renderer_statuses(layers.quarters) == [AreaStatus.ACTION_QUARTER.value]


def test_undo_and_redo_of_switches(sample_panel):
    panel = sample_panel
    statuses = panel.controller.workspace.status_layers.statuses
    panel.proposals.set_change("add-0102", False)
    assert statuses("spaces")["0102"] == AreaStatus.NONE.value
    QTest.mouseClick(panel.proposals.undo_button, Qt.MouseButton.LeftButton)
    assert statuses("spaces")["0102"] == AreaStatus.NEW_ACTION_SPACE.value
    assert panel.proposals.changes.item(5, 0).checkState() == Qt.CheckState.Checked
    QTest.mouseClick(panel.proposals.redo_button, Qt.MouseButton.LeftButton)
    assert statuses("spaces")["0102"] == AreaStatus.NONE.value


def test_export_from_the_panel_writes_the_map(sample_panel, tmp_path):
    target = tmp_path / "karte.png"
    panel = sample_panel
    panel.export.format.setCurrentIndex(panel.export.format.findData("png"))
    panel.export.dpi.setValue(50)
    written = panel.export.export(target)
    assert written == target and target.stat().st_size > 5_000
    assert panel.export.export(target, ask=False) is None  # an existing file is not replaced unasked


def test_scenario_is_saved_with_the_project_and_found_again(sample_panel, tmp_path, qgis_iface):
    panel = sample_panel
    panel.proposals.set_change("remove-0603", False)
    project = QgsProject.instance()
    assert project.write()
    project.clear()
    assert panel.controller.workspace is None
    assert project.read(str(tmp_path / "projekt.qgz"))
    assert panel.controller.workspace is not None
    assert panel.controller.scenario.change("remove-0603").enabled is False
    assert panel.proposals.changes.rowCount() == 6
    assert "Aktionsräume: 13 → 14" in panel.proposals.summary.text()


def test_panel_fits_a_350_px_dock(sample_panel):
    from qgis.PyQt.QtWidgets import QApplication

    panel = sample_panel
    panel.resize(350, 900)
    panel.show()
    for number, content in enumerate(panel.page_contents()):
        panel.steps.setCurrentIndex(number)  # turn to each step as a user does
        QApplication.processEvents()
        assert content.minimumSizeHint().width() <= 350 - 20  # leaves room for the vertical scroll bar
    panel.hide()


def test_whole_workflow_from_tables_to_map(qgis_iface, tmp_path):
    """Issue 5's walk through the panel: sample → join → assess → propose → switch each → export."""
    from .test_panel_assessment import QUARTER_TABLE, SPACE_TABLE, assess, click, join

    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "ablauf.qgz"))
    panel = AktionsraeumePanel(qgis_iface)
    try:
        click(panel.areas.load_sample_button)
        join(panel, SPACE_TABLE, "spaces")
        join(panel, QUARTER_TABLE, "quarters")
        assess(panel)
        click(panel.assessment.propose_button)
        controller = panel.controller
        layers = controller.workspace.status_layers
        assert panel.proposals.changes.rowCount() == 6
        for change in controller.scenario.changes:
            panel.proposals.set_change(change.id, False)
            status = layers.statuses("spaces" if change.action.is_space_level else "quarters")[change.area]
            expected = {
                "remove_space": AreaStatus.REMAINS_ACTION_SPACE,
                "add_space": AreaStatus.NONE,
                "keep_quarter": AreaStatus.NONE,
            }[change.action.value]
            assert status == expected.value, change.id
            shown = renderer_statuses(layers.spaces) + renderer_statuses(layers.quarters)
            assert set(shown) == set(layers.statuses("spaces").values()) | (
                set(layers.statuses("quarters").values()) - {AreaStatus.NONE.value}
            )
            panel.proposals.set_change(change.id, True)
        summary = panel.proposals.summary.text()
        assert "Aktionsräume: 13 → 13" in summary and "Aktionsquartiere: 0 → 2" in summary
        districts = controller.levels.districts.layer
        assert len([n for n in project.layerTreeRoot().findLayers() if n.layerId() == districts.id()]) == 1
        written = panel.export.export(tmp_path / "karte.pdf")
        assert written is not None and written.stat().st_size > 10_000
    finally:
        panel.controller.wait_for_tasks()
        panel.controller.disconnect_project()
        project.clear()


def test_panel_speaks_german_with_the_german_translation(qgis_iface):
    from aktionsraeume_plugin.services.i18n import install_translator, remove_translators

    assert install_translator("de")
    try:
        panel = AktionsraeumePanel(qgis_iface)
        assert panel.areas.load_sample_button.text() == "Beispieldaten laden"
        assert panel.areas.title() == "Gebiete"
        assert panel.proposals.title() == "Liste und Vorschläge"
        assert panel.export.export_button.text() == "Karte exportieren"
        panel.controller.disconnect_project()
    finally:
        remove_translators()
    english = AktionsraeumePanel(qgis_iface)
    assert english.areas.load_sample_button.text() == "Load sample data"
    english.controller.disconnect_project()


def test_add_edit_and_remove_a_change(sample_panel):
    from aktionsraeume_plugin.ui.sections.proposals import ChangeDialog

    panel = sample_panel
    section = panel.proposals
    names = section.area_names()
    dialog = ChangeDialog(section, None, names)
    dialog.action.setCurrentIndex(dialog.action.findData("add_space"))
    dialog.area.setCurrentIndex(dialog.area.findData("0901"))
    dialog.rationale.setPlainText("Neu geprüft")
    section.apply_dialog(dialog)
    assert section.changes.rowCount() == 7
    assert (
        panel.controller.workspace.status_layers.statuses("spaces")["0901"]
        == AreaStatus.NEW_ACTION_SPACE.value
    )

    edited = ChangeDialog(section, panel.controller.scenario.change("add_space-0901"), names)
    edited.rationale.setPlainText("Begründung ergänzt")
    section.apply_dialog(edited)
    assert panel.controller.scenario.change("add_space-0901").rationale == "Begründung ergänzt"

    section.changes.setCurrentCell(6, 0)
    QTest.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert section.changes.rowCount() == 6
    assert panel.controller.workspace.status_layers.statuses("spaces")["0901"] == AreaStatus.NONE.value
    panel.controller.undo_stack.undo()
    assert section.changes.rowCount() == 7


def test_area_profiles_from_the_panel_scenario_and_selected_areas(sample_panel, tmp_path):
    import subprocess

    panel = sample_panel
    section = panel.profiles
    assert section.export_button.isEnabled()
    written = section.export(tmp_path / "profile.pdf")
    assert written == [tmp_path / "profile.pdf"]
    info = subprocess.run(["pdfinfo", str(written[0])], capture_output=True, text=True, check=True).stdout
    assert "Pages:           15" in info

    # Two selected Sozialräume, one file each.
    spaces = panel.workspace.status_layers.spaces
    spaces.selectByExpression("\"sozialraum_nr\" IN ('0102', '1003')")
    section.selection.setCurrentIndex(section.selection.findData("selected"))
    section.level.setCurrentIndex(section.level.findData("spaces"))
    section.separate.setChecked(True)
    written = section.export(tmp_path / "einzeln.pdf")
    assert sorted(p.name for p in written) == [
        "einzeln_0102_Dorstfeld.pdf",
        "einzeln_1003_Bovinghausen_Westrich.pdf",
    ]

    # A font that is not installed: the panel asks; "no" exports nothing.
    from qgis.PyQt.QtGui import QFont

    layout = section.layout()
    set_label_font(layout.itemById("title"), QFont("Stadt Dortmund Corporate"))
    section.fonts_answer = False
    section.separate.setChecked(False)
    assert section.export(tmp_path / "ohne.pdf") is None
    assert not (tmp_path / "ohne.pdf").exists()
    section.fonts_answer = True  # "yes": exported with the substitute
    assert section.export(tmp_path / "ersatz.pdf") == [tmp_path / "ersatz.pdf"]

    # The map export asks the same question.
    set_label_font(panel.export.layout().itemById("title"), QFont("Stadt Dortmund Corporate"))
    panel.export.fonts_answer = False
    assert panel.export.export(tmp_path / "karte.pdf") is None
    assert not (tmp_path / "karte.pdf").exists()


def test_panel_export_refuses_an_orientation_mismatch_as_the_cli_does(sample_panel, tmp_path):
    """The panel and the command line decide alike: the project's landscape map is not exported as
    portrait unless it is reset; the panel says so in the same words as the command line."""
    from .test_export_cli import _cli

    panel = sample_panel
    export = panel.export
    first = export.export(tmp_path / "quer.pdf")  # makes the project's map layout, A4 landscape
    assert first is not None
    assert QgsProject.instance().write()
    export.variant.setCurrentIndex(export.variant.findData("portrait"))
    assert export.export(tmp_path / "hoch.pdf") is None
    assert not (tmp_path / "hoch.pdf").exists()
    refusal = export.message.text()
    assert "landscape, not portrait" in refusal
    cli = _cli(
        "--project",
        str(tmp_path / "projekt.qgz"),
        "--orientation",
        "portrait",
        "--out",
        str(tmp_path / "c.pdf"),
    )
    assert cli.returncode == 1
    assert cli.stderr.strip() == f"Error: {refusal}"
    # Reset to the template, then portrait is what the project's map layout is.
    from .test_panel_guarded import answer_next_question

    answer_next_question(QMessageBox.StandardButton.Yes)  # it asks before dropping manual edits
    QTest.mouseClick(export.reset_button, Qt.MouseButton.LeftButton)
    written = export.export(tmp_path / "hoch.pdf")
    assert written is not None and pdf_page_size(written) == pytest.approx((595.28, 841.89), abs=0.5)


def test_panel_exports_the_comparison_at_the_chosen_resolution(sample_panel, tmp_path):
    from aktionsraeume_plugin.services.map_export import COMPARISON_LAYOUT_NAME, find_layout

    export = sample_panel.export
    export.variant.setCurrentIndex(export.variant.findData("comparison"))
    export.format.setCurrentIndex(export.format.findData("png"))
    assert export.dpi.value() == 300  # the services' default for PNG
    export.dpi.setValue(40)
    written = export.export(tmp_path / "vergleich.png")
    assert written is not None
    assert find_layout(QgsProject.instance(), COMPARISON_LAYOUT_NAME) is not None
    image = QImage(str(written))
    # A4 landscape at 40 dpi: 297 mm × 40 / 25.4 ≈ 468 px wide.
    assert image.width() == pytest.approx(468, abs=2) and image.height() == pytest.approx(331, abs=2)


def test_each_section_has_its_name_so_qgis_remembers_it_collapsed(panel):
    sections = (panel.areas, panel.indicators, panel.assessment, panel.export, panel.profiles)
    assert [section.objectName() for section in sections] == [
        "AreasSection",
        "IndicatorsSection",
        "AssessmentSection",
        "ExportSection",
        "ProfilesSection",
    ]
    assert panel.export.title() == "Export map"


def test_the_areas_section_guesses_layer_and_fields_of_a_level(qgis_iface, tmp_path):
    from qgis.core import QgsVectorLayer

    project = QgsProject.instance()
    project.clear()
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:25832&field=fid:integer&field=flaeche:double&field=quartier_name:string"
        "&field=qu_nr:string&field=sozialraum_nr:string",
        "Quartiere 2024",
        "memory",
    )
    project.addMapLayer(layer)
    panel = AktionsraeumePanel(qgis_iface)
    try:
        row = panel.areas.quarters
        assert row.layer.currentLayer() is layer
        assert (row.key.currentField(), row.name.currentField(), row.parent.currentField()) == (
            "qu_nr",
            "quartier_name",
            "sozialraum_nr",
        )
    finally:
        panel.controller.disconnect_project()
        project.clear()


def test_the_change_dialog_cannot_make_a_kept_quarter_without_its_sozialraum(sample_panel):
    from qgis.core import Qgis

    from aktionsraeume_plugin.ui.sections.proposals import ChangeDialog

    panel = sample_panel
    section = panel.proposals
    before = panel.controller.scenario
    bar = panel.controller.iface.messageBar()
    bar.clear_messages()
    dialog = ChangeDialog(section, None, section.area_names())
    dialog.action.setCurrentIndex(dialog.action.findData("keep_quarter"))
    dialog.area.setCurrentIndex(dialog.area.findData("050301"))
    section.apply_dialog(dialog)
    assert panel.controller.scenario == before and section.changes.rowCount() == 6
    critical = bar.get_messages(Qgis.MessageLevel.Critical)
    assert any("needs the key of its Sozialraum" in text for text in critical), critical


def test_a_generated_rationale_stays_data_until_the_planner_rewrites_it(sample_panel, qgis_locale):
    from aktionsraeume_plugin.core.messages import Message
    from aktionsraeume_plugin.core.scenario import Change, ChangeAction
    from aktionsraeume_plugin.services.messages import rationale_text
    from aktionsraeume_plugin.ui.sections.proposals import ChangeDialog

    qgis_locale("en_US")
    section = sample_panel.proposals
    reasons = (Message("rationale.below_count", {"worse": 3, "valid": 7}),)
    generated = Change("add_space-0901", ChangeAction.ADD_SPACE, "0901", "Hombruch 1", reasons=reasons)
    dialog = ChangeDialog(section, generated, section.area_names())
    assert (
        dialog.rationale.toPlainText()
        == rationale_text(generated)
        == ("3 of 7 indicators below the city average")
    )
    assert dialog.change() == generated  # unchanged: still data, read in each user's language
    dialog.rationale.setPlainText("Vom Rat beschlossen")
    assert (dialog.change().rationale, dialog.change().reasons) == ("Vom Rat beschlossen", ())


def test_the_panel_offers_the_real_sample_too(panel):
    choice = panel.areas.sample_choice
    assert choice.count() == 2 and choice.currentData() == "dortmund2020"  # the press-release sample first
    choice.setCurrentIndex(choice.findData("statistikatlas"))
    QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
    workspace = panel.controller.workspace
    assert workspace is not None and workspace.status_layers.spaces.featureCount() == 170
    assert panel.areas.spaces.key.currentField() == "ubz_nr"
    assert "42" in panel.areas.message.text() and "Statistikatlas" in panel.areas.message.text()
