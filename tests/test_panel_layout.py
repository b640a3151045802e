"""The panel fits its 350 px dock in German and English (issue 14, item 3): one page per step, changes as a
compact checkable table, Undo and Redo in the user's words, no cut button texts, the area table in a window
of its own."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QAbstractButton, QApplication, QHeaderView

from aktionsraeume_plugin.services.i18n import install_translator, remove_translators
from aktionsraeume_plugin.ui.dock import PANEL_WIDTH, AktionsraeumePanel

from .test_panel_assessment import QUARTER_TABLE, SPACE_TABLE, assess, join


@pytest.fixture(params=["de", "en"])
def worked_panel(request, qgis_iface, tmp_path):
    """A panel shown at the dock's width in ``de`` or ``en``: sample, joins, assessment, a switch."""
    assert install_translator(request.param)
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "projekt.qgz"))
    panel = AktionsraeumePanel(qgis_iface)
    panel.resize(PANEL_WIDTH, 900)
    panel.show()
    panel.areas.load_sample_button.click()
    join(panel, SPACE_TABLE, "spaces")
    join(panel, QUARTER_TABLE, "quarters")
    assess(panel)
    panel.boundaries.check()
    panel.controller.wait_for_tasks()
    panel.proposals.set_change("remove-0503", False)
    panel.proposals.set_change("remove-0503", True)
    QApplication.processEvents()
    yield request.param, panel
    panel.hide()
    panel.controller.disconnect_project()
    project.clear()
    remove_translators()


def test_every_step_fits_the_dock_and_no_button_text_is_cut(worked_panel):
    _language, panel = worked_panel
    assert panel.steps.count() == len(panel.sections()) == 8
    for number, content in enumerate(panel.page_contents()):
        panel.steps.setCurrentIndex(number)
        QApplication.processEvents()
        scroll = panel.pages.currentWidget()
        assert content.minimumSizeHint().width() <= scroll.viewport().width(), panel.steps.currentText()
        for button in content.findChildren(QAbstractButton):
            if button.isVisibleTo(content) and button.text():
                assert button.width() >= button.sizeHint().width(), button.text()


def test_undo_and_redo_say_what_they_do_in_the_users_words(worked_panel):
    language, panel = worked_panel

    def text(button) -> str:  # long texts take two lines on the narrow dock
        return button.text().replace("\n", " ")

    undo, redo = panel.proposals.undo_button, panel.proposals.redo_button
    expected = {"de": "Rückgängig: Alt-Scharnhorst entfernen", "en": "Undo: remove Alt-Scharnhorst"}
    assert text(undo) == expected[language]
    undo.click()
    assert (
        text(redo)
        == {"de": "Wiederholen: Alt-Scharnhorst entfernen", "en": "Redo: remove Alt-Scharnhorst"}[language]
    )
    assert (
        text(undo)
        == {"de": "Rückgängig: Alt-Scharnhorst behalten", "en": "Undo: keep Alt-Scharnhorst"}[language]
    )
    assert "0503" not in undo.text() + redo.text()


def test_changes_are_a_compact_checkable_table_with_the_rationale_on_demand(worked_panel):
    _language, panel = worked_panel
    section = panel.proposals
    assert section.changes.rowCount() == 6 and section.changes.columnCount() == 2
    row = next(r for r in range(6) if section.changes.item(r, 1).text() == "Bövinghausen/Westrich")
    assert (
        section.changes.item(row, 0).isCheckable()
        if hasattr(section.changes.item(row, 0), "isCheckable")
        else True
    )
    assert section.rationale.text() == ""
    section.changes.setCurrentCell(row, 1)
    assert "20" in section.rationale.text()  # "Transferleistungsquote above 20 %"
    # one line per change: the table shows every change without scrolling
    assert section.changes.viewport().height() >= 6 * section.changes.rowHeight(0)


def test_the_area_table_opens_in_a_window_of_its_own_with_whole_names(worked_panel):
    _language, panel = worked_panel
    section = panel.assessment
    window = section.open_table_window()
    try:
        QApplication.processEvents()
        view = window.findChild(type(section.table), "areaTableWindowView")
        assert view.model().rowCount() == 39
        assert view.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
        longest = max(
            view.fontMetrics().horizontalAdvance(view.model().index(r, 0).data()) for r in range(39)
        )
        assert view.columnWidth(0) > longest
        view.selectRow(0)  # the same selection as the panel's table
        assert section.table.selectionModel().selectedRows()
    finally:
        window.close()
