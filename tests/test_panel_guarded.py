"""Guarded data in the panel (issue 14, item 4): a join without matches needs confirmation, joins can be
listed and removed (and so replaced), and a column joined twice is never read silently."""

from __future__ import annotations

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QMessageBox

from .test_panel_assessment import SPACE_TABLE, assess, click, joined_panel  # noqa: F401 (fixture)

answers: list[str] = []


def answer_next_question(button: QMessageBox.StandardButton) -> None:
    """Click ``button`` in the next question the panel asks (a real, modal QMessageBox)."""

    def click_it():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        answers.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click_it)


def compute_join(panel, path, level: str = "spaces") -> None:
    section = panel.indicators
    section.level.setCurrentIndex(section.level.findData(level))
    section.file.setFilePath(str(path))
    panel.controller.wait_for_tasks()
    click(section.join_button)
    panel.controller.wait_for_tasks()
    assert section.pending is not None


def test_a_join_without_matches_needs_confirmation_and_can_be_removed(request, tmp_path):
    panel = request.getfixturevalue("joined_panel")
    section = panel.indicators
    section.level.setCurrentIndex(section.level.findData("spaces"))
    click(section.remove_join_button)  # the fixture joined the right table: take it out again
    assert "spaces" not in panel.controller.joined
    assert section.joined_label.text() in ("No table joined yet.", "Noch keine Tabelle verknüpft.")
    wrong = tmp_path / "falsch.csv"
    wrong.write_text("Sozialraum-Nr.;Einwohner\n9901;100\n9902;200\n", encoding="utf-8")
    compute_join(panel, wrong)
    answers.clear()
    answer_next_question(QMessageBox.StandardButton.No)
    click(section.accept_button)
    assert answers and "keys do not match" in answers[0]
    assert "spaces" not in panel.controller.joined and section.pending is not None  # nothing added
    answer_next_question(QMessageBox.StandardButton.Yes)
    click(section.accept_button)
    assert "spaces" in panel.controller.joined
    assert "falsch.csv" in section.joined_label.text()
    # replacing it: remove the wrong join, join the right table; no renamed "_2" columns
    click(section.remove_join_button)
    compute_join(panel, SPACE_TABLE)
    click(section.accept_button)  # a sound join: no question
    layer = panel.controller.joined["spaces"]
    assert not [f.name() for f in layer.fields() if f.name().endswith("_2")]
    assess(panel)
    assert "spaces" in panel.controller.assessments


def test_a_table_joined_on_top_asks_and_is_never_read_silently(request):
    panel = request.getfixturevalue("joined_panel")
    section = panel.indicators
    compute_join(panel, SPACE_TABLE)  # the same table again, on top of the first join
    answers.clear()
    answer_next_question(QMessageBox.StandardButton.Yes)
    click(section.accept_button)
    assert answers and "Remove the earlier joins" in answers[0]
    layer = panel.controller.joined["spaces"]
    assert [f.name() for f in layer.fields() if f.name().endswith("_2")]
    panel.controller.iface.messageBar().clear_messages()
    assess(panel)
    assert "spaces" not in panel.controller.assessments  # refused instead of reading the old column
    messages = panel.controller.iface.messageBar().get_messages(2)  # Critical
    assert any("twice" in message for message in messages), messages
