"""List and proposals: the proposed changes as switches, the before/after summary, undo and redo."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from ...core.scenario import Change, ChangeAction, ScenarioError, summarise
from ...services import project_state
from ...services.layers import feature_key
from ...services.messages import (
    change_action_label,
    change_action_short_label,
    number_text,
    rationale_text,
    summary_labels,
)
from .base import ROW_WIDTH, Section, button_rows

CHANGE_ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class ProposalsSection(Section):
    """Switch each proposed change on or off and watch map and summary follow."""

    def __init__(self, controller, parent=None):
        super().__init__(controller, "ProposalsSection", parent)
        self.setTitle(self.tr("List and proposals"))
        self.baseline = self.note()
        self.baseline.setObjectName("baselineLabel")
        self.body.addWidget(self.baseline)
        self.changes = QTableWidget(0, 2)
        self.changes.setObjectName("changesTable")
        self.changes.setHorizontalHeaderLabels([self.tr("Change"), self.tr("Area")])
        self.changes.verticalHeader().setVisible(False)
        self.changes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setWordWrap(False)
        self.changes.setAlternatingRowColors(True)
        self.changes.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.changes.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.changes.setMinimumHeight(6 * (self.fontMetrics().height() + 8) + header.sizeHint().height() + 4)
        self.changes.setToolTip(self.tr("Tick a change to apply it; select it to read its rationale"))
        self.body.addWidget(self.changes)
        self.rationale = self.note()
        self.rationale.setObjectName("rationaleLabel")
        self.body.addWidget(self.rationale)

        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.redo_button = QPushButton()
        self.redo_button.setObjectName("redoButton")
        self.body.addWidget(self.undo_button)
        self.body.addWidget(self.redo_button)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.body.addLayout(button_rows([self.add_button, self.edit_button, self.remove_button]))

        self.summary = self.note()
        self.summary.setObjectName("summaryLabel")
        self.body.addWidget(self.summary)

        self.import_button = QPushButton(self.tr("Open scenario…"))
        self.export_scenario_button = QPushButton(self.tr("Save scenario…"))
        self.export_list_button = QPushButton(self.tr("Export list…"))
        self.export_list_button.setToolTip(self.tr("The list and the before/after comparison as CSV or XLSX"))
        self.body.addLayout(
            button_rows([self.import_button, self.export_scenario_button, self.export_list_button])
        )

        self.changes.itemChanged.connect(self._item_changed)
        self.changes.currentCellChanged.connect(lambda *_args: self._show_rationale())
        stack = controller.undo_stack
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        for signal in (stack.indexChanged, stack.canUndoChanged, stack.canRedoChanged):
            signal.connect(self._update_history)
        self._update_history()
        self.add_button.clicked.connect(self.add_change)
        self.edit_button.clicked.connect(self.edit_change)
        self.remove_button.clicked.connect(self.remove_change)
        self.import_button.clicked.connect(self.import_scenario)
        self.export_scenario_button.clicked.connect(self.export_scenario)
        self.export_list_button.clicked.connect(self.export_list)
        controller.workspaceChanged.connect(self.refresh)
        controller.scenarioChanged.connect(self.refresh)
        self.refresh()

    def _update_history(self, *_args) -> None:
        """Undo and Redo say what they undo and redo, in the user's words, never an internal id."""
        stack = self.controller.undo_stack
        try:
            states = ((stack.canUndo(), stack.undoText()), (stack.canRedo(), stack.redoText()))
        except RuntimeError:  # the panel is going away
            return
        for button, (can, text), plain, with_text in (
            (self.undo_button, states[0], self.tr("Undo"), self.tr("Undo: {change}")),
            (self.redo_button, states[1], self.tr("Redo"), self.tr("Redo: {change}")),
        ):
            full = with_text.format(change=text) if can and text else plain
            button.setEnabled(can)
            button.setToolTip(full)
            button.setText(wrapped(full, button.fontMetrics(), ROW_WIDTH - 24))

    def _show_rationale(self) -> None:
        change = self.selected_change()
        self.rationale.setText(rationale_text(change) if change is not None else "")

    # -- showing --------------------------------------------------------------------------------
    def refresh(self, _changed=None) -> None:
        workspace = self.controller.workspace
        has_workspace = workspace is not None
        for widget in (
            self.changes,
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.export_scenario_button,
            self.export_list_button,
        ):
            widget.setEnabled(has_workspace)
        current = self.selected_change_id()
        self.changes.blockSignals(True)
        self.changes.setRowCount(0)
        if not has_workspace:
            self.baseline.setText(
                self.tr("No scenario yet: load the sample, or assess the areas and propose changes.")
            )
            self.summary.clear()
            self.rationale.clear()
            self.changes.blockSignals(False)
            return
        scenario = workspace.scenario
        names = self.area_names()
        self.changes.setRowCount(len(scenario.changes))
        for row, change in enumerate(scenario.changes):
            name = change.area_name or names.get(change.area, change.area)
            tooltip = f"{change_action_label(change.action.value)}: {name}\n{rationale_text(change)}".strip()
            action = QTableWidgetItem(change_action_short_label(change.action.value))
            action.setData(CHANGE_ID_ROLE, change.id)
            action.setData(NAME_ROLE, name)
            action.setFlags(action.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            action.setCheckState(Qt.CheckState.Checked if change.enabled else Qt.CheckState.Unchecked)
            area = QTableWidgetItem(name)
            for item in (action, area):
                item.setToolTip(tooltip)
            self.changes.setItem(row, 0, action)
            self.changes.setItem(row, 1, area)
            if change.id == current:
                self.changes.setCurrentCell(row, 0)
        self.changes.blockSignals(False)
        self._show_rationale()
        before = [names.get(k, k) for k in scenario.baseline.action_spaces]
        self.baseline.setText(
            self.tr("Baseline: {count} Aktionsräume ({names}).").format(
                count=len(before), names=", ".join(sorted(before))
            )
            if before
            else self.tr("Baseline: no list yet; every area on the list is newly added.")
        )
        self.summary.setText(self.summary_text())

    def area_names(self) -> dict[str, str]:
        """Area key → name from the status layers."""
        workspace = self.controller.workspace
        names: dict[str, str] = {}
        if workspace is None:
            return names
        layers = workspace.status_layers
        for layer, level in (
            (layers.spaces, workspace.levels.spaces),
            (layers.quarters, workspace.levels.quarters),
        ):
            if layer is None or level is None:
                continue
            for feature in layer.getFeatures():
                names[feature_key(feature, level.key_field)] = str(feature[level.name_field])
        return names

    def summary_text(self) -> str:
        """Before/after counts and names of the list under the current scenario."""
        scenario = self.controller.scenario
        names = self.area_names()
        summary = summarise(scenario, names, self.controller.population())

        def listed(keys) -> str:
            return ", ".join(sorted(names.get(k, k) for k in keys)) or "–"

        lines = [
            self.tr("Aktionsräume: {before} → {after}").format(
                before=len(summary.spaces_before), after=len(summary.spaces_after)
            ),
            self.tr("Aktionsquartiere: {before} → {after}").format(
                before=len(summary.quarters_before), after=len(summary.quarters_after)
            ),
            self.tr("New: {names}").format(names=listed(summary.added_spaces)),
            self.tr("No longer: {names}").format(names=listed(summary.removed_spaces)),
            self.tr("Aktionsquartiere: {names}").format(names=listed(summary.quarters_after)),
        ]
        if summary.population_after is not None:
            lines.append(
                self.tr("Population covered: {before} → {after}").format(
                    before=number_text(summary.population_before or 0, 0),
                    after=number_text(summary.population_after or 0, 0),
                )
            )
        return "\n".join(lines)

    # -- switching and editing ------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        self.controller.toggle_change(
            item.data(CHANGE_ID_ROLE), item.checkState() == Qt.CheckState.Checked, item.data(NAME_ROLE)
        )

    def set_change(self, change_id: str, enabled: bool) -> None:
        """Switch a change the way a click on its box does (used by tests and scripts)."""
        for row in range(self.changes.rowCount()):
            item = self.changes.item(row, 0)
            if item.data(CHANGE_ID_ROLE) == change_id:
                item.setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)
                return
        raise KeyError(change_id)

    def selected_change_id(self) -> str | None:
        row = self.changes.currentRow()
        item = self.changes.item(row, 0) if row >= 0 else None
        return item.data(CHANGE_ID_ROLE) if item is not None else None

    def selected_change(self) -> Change | None:
        change_id = self.selected_change_id()
        if change_id is None or self.controller.workspace is None:
            return None
        return self.controller.scenario.change(change_id)

    def add_change(self) -> None:
        dialog = ChangeDialog(self, None, self.area_names())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_dialog(dialog)

    def edit_change(self) -> None:
        change = self.selected_change()
        if change is None:
            return
        dialog = ChangeDialog(self, change, self.area_names())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_dialog(dialog)

    def apply_dialog(self, dialog: ChangeDialog) -> None:
        """Add the dialog's change, or replace the change it edited (same id), undoably."""
        text = self.tr("Edit change") if dialog.original is not None else self.tr("Add change")
        self._replace(lambda s: s.with_change(dialog.change()), text)

    def remove_change(self) -> None:
        change = self.selected_change()
        if change is not None:
            self._replace(lambda s: s.without_change(change.id), self.tr("Remove change"))

    def _replace(self, edit, text: str) -> None:
        try:
            self.controller.replace_scenario(edit(self.controller.scenario), text)
        except ScenarioError as error:
            self.controller.show_error(text, error)

    # -- files ----------------------------------------------------------------------------------
    def _ask_path(self, title: str, filters: str, save: bool, default_name: str = "") -> Path | None:
        folder = self.start_folder("lastScenarioFolder")
        if save:
            path, _ = QFileDialog.getSaveFileName(self, title, str(folder / default_name), filters)
        else:
            path, _ = QFileDialog.getOpenFileName(self, title, str(folder), filters)
        if not path:
            return None
        self.remember("lastScenarioFolder", str(Path(path).parent))
        return Path(path)

    def import_scenario(self) -> None:
        path = self._ask_path(self.tr("Open scenario"), self.tr("Scenario (*.json)"), save=False)
        if path is not None:
            self.open_scenario_file(path)

    def open_scenario_file(self, path: Path) -> None:
        try:
            scenario = project_state.import_scenario(path)
            if self.controller.workspace is None:
                self.controller.start_workspace(scenario)
            else:
                self.controller.replace_scenario(scenario, self.tr("Open scenario"))
        except Exception as error:
            self.controller.show_error(self.tr("The scenario was not opened"), error)

    def export_scenario(self) -> None:
        path = self._ask_path(self.tr("Save scenario"), self.tr("Scenario (*.json)"), True, "szenario.json")
        if path is None:
            return
        try:
            project_state.export_scenario(self.controller.scenario, path)
        except Exception as error:
            self.controller.show_error(self.tr("The scenario was not saved"), error)
            return
        self.controller.show_success(self.tr("Scenario saved to {path}").format(path=path))

    def export_list(self) -> None:
        path = self._ask_path(
            self.tr("Export list"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
            True,
            "aktionsraeume.xlsx",
        )
        if path is not None:
            self.write_list(path)

    def write_list(self, path: Path) -> Path | None:
        from ...core.summary_export import export_summary

        try:
            written = export_summary(
                path,
                self.controller.scenario,
                self.area_names(),
                self.controller.population(),
                summary_labels(),
                rationale_text,
            )
        except Exception as error:
            self.controller.show_error(self.tr("The list was not exported"), error)
            return None
        self.controller.show_success(self.tr("List exported to {path}").format(path=written))
        return written


def wrapped(text: str, metrics, width: int) -> str:
    """``text`` in lines of at most ``width`` pixels, broken at spaces (a button's text is never cut)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class ChangeDialog(QDialog):
    """Add or edit one proposed change: action, area, rationale."""

    def __init__(self, parent, change: Change | None, names: dict[str, str]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Proposed change"))
        self.original = change
        form = QFormLayout(self)
        self.action = QComboBox()
        for action in ChangeAction:
            self.action.addItem(change_action_label(action.value), action.value)
        self.area = QComboBox()
        self.area.setEditable(True)
        for key, name in sorted(names.items(), key=lambda item: item[1]):
            self.area.addItem(f"{name} ({key})", key)
        self.parent_key = QLineEdit()
        self.parent_key.setPlaceholderText(self.tr("Sozialraum key (for quarters)"))
        self.rationale = QPlainTextEdit()
        self.rationale.setMaximumHeight(80)
        form.addRow(self.tr("Action"), self.action)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Sozialraum"), self.parent_key)
        form.addRow(self.tr("Rationale"), self.rationale)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if change is not None:
            self.action.setCurrentIndex(self.action.findData(change.action.value))
            index = self.area.findData(change.area)
            self.area.setCurrentIndex(index) if index >= 0 else self.area.setEditText(change.area)
            self.parent_key.setText(change.parent)
            self.rationale.setPlainText(rationale_text(change))

    def change(self) -> Change:
        """The change as entered; raises ``ScenarioError`` for one that is not valid.

        A generated rationale left as shown stays data (it reads in each user's language); edited, it
        becomes the planner's text."""
        action = ChangeAction(self.action.currentData())
        text = self.rationale.toPlainText().strip()
        kept = self.original is not None and text == rationale_text(self.original)
        index = self.area.findText(self.area.currentText())
        area = self.area.itemData(index) if index >= 0 else self.area.currentText().strip()
        name = self.area.currentText().rsplit(" (", 1)[0] if index >= 0 else ""
        return Change(
            id=self.original.id if self.original else f"{action.value}-{area}",
            action=action,
            area=str(area),
            area_name=name,
            parent=self.parent_key.text().strip(),
            rationale=self.original.rationale if kept else text,
            enabled=self.original.enabled if self.original else True,
            reasons=self.original.reasons if kept else (),
        )
