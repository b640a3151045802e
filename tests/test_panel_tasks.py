"""Background work in the panel (issue 14, item 7): honest task names, Cancel in the panel."""

from __future__ import annotations

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from aktionsraeume_plugin.ui.dock import AktionsraeumePanel

from .test_panel_assessment import SPACE_TABLE, click


def test_a_running_join_has_an_honest_name_and_cancel_in_the_panel(qgis_iface, tmp_path):
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "projekt.qgz"))
    panel = AktionsraeumePanel(qgis_iface)
    try:
        QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
        section = panel.indicators
        section.level.setCurrentIndex(section.level.findData("spaces"))
        section.file.setFilePath(str(SPACE_TABLE))
        panel.controller.wait_for_tasks()
        assert not panel.busy_row.isVisibleTo(panel)
        qgis_iface.messageBar().clear_messages()
        click(section.join_button)
        assert panel.busy_row.isVisibleTo(panel)
        assert panel.busy_label.text() == "Joining the table indikatoren_sozialraeume_2018.csv …"
        assert [task.description() for task in panel.controller.running_tasks()] == [
            "Joining the table indikatoren_sozialraeume_2018.csv"
        ]
        click(panel.cancel_button)
        panel.controller.wait_for_tasks()
        assert section.pending is None  # a cancelled join is never applied
        assert not panel.busy_row.isVisibleTo(panel)
        assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Info) == [
            "Joining the table indikatoren_sozialraeume_2018.csv:Cancelled."
        ]
        assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical) == []
    finally:
        panel.controller.wait_for_tasks()
        panel.controller.disconnect_project()
        project.clear()
