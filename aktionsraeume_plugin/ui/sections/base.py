"""What every section of the panel shares: a collapsible group box that knows the controller."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from qgis.core import QgsSettings
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...services.dialog_folders import SETTINGS_PREFIX, start_folder
from ...services.fonts import layout_fonts, missing_fonts, missing_fonts_message
from ..controller import PanelController

#: Width a row of buttons may take on a page of the 350 px dock (margins and scroll bar subtracted).
ROW_WIDTH = 300


def read_when_finished(file_widget, read: Callable[[], object]) -> None:
    """Call ``read()`` when a file is chosen in ``file_widget``'s dialog or set by the panel, and for a
    typed path only once typing is finished (Return or leaving the field): never once per keystroke."""
    state = {"typing": False}

    def edited(_text: str) -> None:
        state["typing"] = True

    def changed(_path: str) -> None:
        if not state["typing"]:
            read()

    def finished() -> None:
        if state["typing"]:
            state["typing"] = False
            read()

    file_widget.lineEdit().textEdited.connect(edited)
    file_widget.lineEdit().editingFinished.connect(finished)
    file_widget.fileChanged.connect(changed)


def button_rows(buttons: list[QPushButton], width: int = ROW_WIDTH) -> QGridLayout:
    """The buttons side by side where their whole texts fit into ``width`` pixels, else two per line,
    else one per line: a button's text is never cut (German texts are long)."""
    grid = QGridLayout()
    spacing = grid.spacing() if grid.spacing() >= 0 else 6
    hints = [button.sizeHint().width() for button in buttons]
    if sum(hints) + spacing * (len(buttons) - 1) <= width:
        per_line = len(buttons)
    elif all(hint <= (width - spacing) // 2 for hint in hints):
        per_line = 2
    else:
        per_line = 1
    for number, button in enumerate(buttons):
        grid.addWidget(button, number // per_line, number % per_line)
    return grid


class Section(QgsCollapsibleGroupBox):
    """A collapsible step of the workflow; subclasses set the title and fill ``self.body`` (a QVBoxLayout)."""

    def __init__(self, controller: PanelController, object_name: str, parent: QWidget | None = None):
        super().__init__("", parent)
        self.controller = controller
        self.setObjectName(object_name)
        # Each step is a page of the dock and never collapses (it has no collapse button), so no collapsed
        # state is stored or loaded: one stored while steps were collapsible would fold a page away for good.
        self.setSaveCollapsedState(False)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(6, 6, 6, 6)
        self.body.setSpacing(6)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        #: file widgets whose dialogs start in the project's folder: widget → (kind, folder shown last)
        self._folder_widgets: dict = {}
        controller.projectFolderChanged.connect(self._update_start_folders)
        controller.messagesCleared.connect(self.clear_message)

    #: Answer to the missing-fonts question in tests and scripts (None: ask the user).
    fonts_answer: bool | None = None

    def fonts_accepted(self, layout, title: str) -> bool:
        """True when every font ``layout`` (a print layout) and its map labels name is installed, or the
        user agrees to export with the substitutes named in the question."""
        message = missing_fonts_message(missing_fonts(layout_fonts(layout)))
        if not message:
            return True
        if self.fonts_answer is not None:
            return self.fonts_answer
        answer = QMessageBox.question(
            self,
            title,
            QCoreApplication.translate("Section", "{message}\n\nExport with the replacement fonts?").format(
                message=message
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def note(text: str = "") -> QLabel:
        """A wrapped, selectable text line for results and hints."""
        label = QLabel(text)
        label.setWordWrap(True)
        # a long path or name (no place to wrap) must not widen the dock: it is cut at its edge instead
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(0)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def clear_message(self) -> None:
        """Empty the section's message line (``self.message``, where it has one): it spoke of the last
        project or of an attempt that has since failed."""
        message = getattr(self, "message", None)
        if isinstance(message, QLabel):
            message.clear()

    def report_error(self, title: str, error: Exception | str) -> None:
        """A step failed: its message line no longer shows an earlier success, the message bar says why."""
        self.clear_message()
        self.controller.show_error(title, error)

    def start_folder(self, kind: str) -> Path:
        """The folder a dialog for ``kind`` of file starts in (the project's, or the last one used there)."""
        return start_folder(kind, self.controller.project)

    def follow_start_folder(self, widget, kind: str, file_name: str = "") -> None:
        """Let the dialog of ``widget`` (a QgsFileWidget) start in :meth:`start_folder`, now and whenever
        the project gets or changes its file. With ``file_name`` (a save widget) the widget's path is put
        into that folder too, unless the user chose another folder."""
        self._folder_widgets[widget] = (kind, file_name, None)
        self._update_start_folder(widget)

    def _update_start_folders(self) -> None:
        for widget in list(self._folder_widgets):
            self._update_start_folder(widget)

    def _update_start_folder(self, widget) -> None:
        kind, file_name, shown = self._folder_widgets[widget]
        folder = self.start_folder(kind)
        widget.setDefaultRoot(str(folder))
        if file_name:
            current = widget.filePath()
            if not current or shown is None or Path(current).parent == shown:
                widget.setFilePath(str(folder / (Path(current).name if current else file_name)))
        self._folder_widgets[widget] = (kind, file_name, folder)

    @staticmethod
    def setting(key: str, default=""):
        return QgsSettings().value(SETTINGS_PREFIX + key, default)

    @staticmethod
    def remember(key: str, value) -> None:
        QgsSettings().setValue(SETTINGS_PREFIX + key, value)
