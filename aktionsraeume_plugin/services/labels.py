"""Translated labels for the stable codes of core (statuses, change actions, index classes).

Core returns codes only; people see these labels, in German or English as QGIS's locale says.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

from ..core.scenario import ChangeAction
from ..core.status import AreaStatus


def status_label(code: str | AreaStatus) -> str:
    """The label of a status code, e.g. 'ar_new' → 'New Aktionsraum' / 'neuer Aktionsraum'."""
    code = AreaStatus(code)
    labels = {
        AreaStatus.REMAINS_ACTION_SPACE: QCoreApplication.translate("Status", "Remains Aktionsraum"),
        AreaStatus.NEW_ACTION_SPACE: QCoreApplication.translate("Status", "New Aktionsraum"),
        AreaStatus.NO_LONGER_ACTION_SPACE: QCoreApplication.translate("Status", "No longer Aktionsraum"),
        AreaStatus.ACTION_QUARTER: QCoreApplication.translate("Status", "Aktionsquartier"),
        AreaStatus.NONE: QCoreApplication.translate("Status", "None"),
    }
    return labels[code]


def change_action_label(code: str) -> str:
    """The label of a proposed change's action code, e.g. 'remove_space' → 'Remove Aktionsraum'."""
    labels = {
        ChangeAction.REMOVE_SPACE: QCoreApplication.translate("ChangeAction", "Remove Aktionsraum"),
        ChangeAction.ADD_SPACE: QCoreApplication.translate("ChangeAction", "Add Aktionsraum"),
        ChangeAction.KEEP_QUARTER: QCoreApplication.translate(
            "ChangeAction", "Keep quarter as Aktionsquartier"
        ),
        ChangeAction.ADD_QUARTER: QCoreApplication.translate("ChangeAction", "Add Aktionsquartier"),
        ChangeAction.REMOVE_QUARTER: QCoreApplication.translate("ChangeAction", "Remove Aktionsquartier"),
    }
    return labels[ChangeAction(code)]


def change_action_short_label(code: str) -> str:
    """A short label of a change's action for the narrow change table, e.g. 'remove_space' → 'Remove'."""
    labels = {
        ChangeAction.REMOVE_SPACE: QCoreApplication.translate("ChangeAction", "Remove"),
        ChangeAction.ADD_SPACE: QCoreApplication.translate("ChangeAction", "Add"),
        ChangeAction.KEEP_QUARTER: QCoreApplication.translate("ChangeAction", "Keep quarter"),
        ChangeAction.ADD_QUARTER: QCoreApplication.translate("ChangeAction", "Add quarter"),
        ChangeAction.REMOVE_QUARTER: QCoreApplication.translate("ChangeAction", "Remove quarter"),
    }
    return labels[ChangeAction(code)]


def change_switch_text(code: str, name: str, enabled: bool) -> str:
    """What switching a change on (``enabled``) or off does, in the user's words, for Undo and Redo:
    e.g. ('remove_space', 'Alt-Scharnhorst', True) → 'remove Alt-Scharnhorst' / 'Alt-Scharnhorst entfernen'."""
    action = ChangeAction(code)
    on = {
        ChangeAction.REMOVE_SPACE: QCoreApplication.translate("ChangeSwitch", "remove {name}"),
        ChangeAction.ADD_SPACE: QCoreApplication.translate("ChangeSwitch", "add {name}"),
        ChangeAction.KEEP_QUARTER: QCoreApplication.translate("ChangeSwitch", "keep {name} as quarter"),
        ChangeAction.ADD_QUARTER: QCoreApplication.translate("ChangeSwitch", "add quarter {name}"),
        ChangeAction.REMOVE_QUARTER: QCoreApplication.translate("ChangeSwitch", "remove quarter {name}"),
    }
    off = {
        ChangeAction.REMOVE_SPACE: QCoreApplication.translate("ChangeSwitch", "keep {name}"),
        ChangeAction.ADD_SPACE: QCoreApplication.translate("ChangeSwitch", "leave out {name}"),
        ChangeAction.KEEP_QUARTER: QCoreApplication.translate("ChangeSwitch", "drop quarter {name}"),
        ChangeAction.ADD_QUARTER: QCoreApplication.translate("ChangeSwitch", "leave out quarter {name}"),
        ChangeAction.REMOVE_QUARTER: QCoreApplication.translate("ChangeSwitch", "keep quarter {name}"),
    }
    return (on if enabled else off)[action].format(name=name)


def index_class_label(code: str | None) -> str:
    """The label of an index class code (status or Dynamik index); unknown codes are shown as they are.

    Codes come from the catalogue; the sample's codes have translations, a city's own codes are shown
    with '_' as a space.
    """
    labels = {
        "hoch": QCoreApplication.translate("IndexClass", "High"),
        "mittel": QCoreApplication.translate("IndexClass", "Medium"),
        "niedrig": QCoreApplication.translate("IndexClass", "Low"),
        "sehr_niedrig": QCoreApplication.translate("IndexClass", "Very low"),
        "positiv": QCoreApplication.translate("IndexClass", "Positive"),
        "stabil": QCoreApplication.translate("IndexClass", "Stable"),
        "negativ": QCoreApplication.translate("IndexClass", "Negative"),
    }
    if not code:
        return QCoreApplication.translate("IndexClass", "Not classified")
    return labels.get(code, code.replace("_", " "))


def summary_labels() -> dict[str, str]:
    """Translated headings and status labels for the summary export (core.summary_export)."""

    labels = {
        "sheet_list": QCoreApplication.translate("Summary", "List"),
        "sheet_summary": QCoreApplication.translate("Summary", "Summary"),
        "key": QCoreApplication.translate("Summary", "Key"),
        "name": QCoreApplication.translate("Summary", "Name"),
        "level": QCoreApplication.translate("Summary", "Level"),
        "status": QCoreApplication.translate("Summary", "Status"),
        "rationale": QCoreApplication.translate("Summary", "Rationale"),
        "level_space": QCoreApplication.translate("Summary", "Sozialraum"),
        "level_quarter": QCoreApplication.translate("Summary", "Quartier"),
        "measure": QCoreApplication.translate("Summary", "Measure"),
        "before": QCoreApplication.translate("Summary", "Before"),
        "after": QCoreApplication.translate("Summary", "After"),
        "difference": QCoreApplication.translate("Summary", "Difference"),
        "count_spaces": QCoreApplication.translate("Summary", "Aktionsräume"),
        "count_quarters": QCoreApplication.translate("Summary", "Aktionsquartiere"),
        "population": QCoreApplication.translate("Summary", "Population covered"),
        "names_spaces": QCoreApplication.translate("Summary", "Aktionsräume (names)"),
        "names_quarters": QCoreApplication.translate("Summary", "Aktionsquartiere (names)"),
    }
    labels.update({status.value: status_label(status) for status in AreaStatus})
    return labels
