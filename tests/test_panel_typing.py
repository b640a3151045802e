"""Typing a path (issue 14, item 6): the file is read when editing is finished, not once per keystroke;
the error stands below the field."""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from .test_panel_assessment import SPACE_TABLE, joined_panel  # noqa: F401 (fixture)


def test_typing_a_catalogue_path_reads_it_once_when_finished(request, tmp_path):
    panel = request.getfixturevalue("joined_panel")
    section = panel.assessment
    bar = panel.controller.iface.messageBar()
    bar.clear_messages()
    field = section.catalogue_file.lineEdit()
    field.clear()
    QTest.keyClicks(field, str(tmp_path / "katalog.toml"))
    assert bar.get_messages(Qgis.MessageLevel.Critical) == []  # nothing read while typing
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert len(bar.get_messages(Qgis.MessageLevel.Critical)) == 1
    assert str(tmp_path / "katalog.toml") in section.catalogue_info.text()  # the error below the field


def test_typing_a_table_path_reads_it_once_when_finished(request):
    panel = request.getfixturevalue("joined_panel")
    section = panel.indicators
    field = section.file.lineEdit()
    field.clear()
    generation = section._read_generation
    QTest.keyClicks(field, str(SPACE_TABLE))
    assert section._read_generation == generation and not panel.controller._tasks
    QTest.keyClick(field, Qt.Key.Key_Return)
    panel.controller.wait_for_tasks()
    assert section._read_generation == generation + 1
    assert section.table_read is not None and section.table_key.count() > 3
