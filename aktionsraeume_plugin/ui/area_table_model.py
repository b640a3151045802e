"""A small table model of assessed areas for a sortable QTableView (one row per area)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt
from qgis.PyQt.QtGui import QFont

from ..services.assessment_view import AreaColumn

#: Role holding the value the proxy model sorts by (numbers as numbers).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role holding the feature id of the area in its layer.
FID_ROLE = Qt.ItemDataRole.UserRole + 2
#: Role holding the area key.
KEY_ROLE = Qt.ItemDataRole.UserRole + 3


class AreaTableModel(QAbstractTableModel):
    """Areas as rows; flagged areas (below average) in bold."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns: list[AreaColumn] = []
        self.keys: list[str] = []
        self.fids: list[int | None] = []
        self.flagged: list[bool] = []
        self.tooltips: list[str] = []

    def set_areas(
        self,
        columns: list[AreaColumn],
        keys: list[str],
        fids: list[int | None],
        flagged: list[bool],
        tooltips: list[str] | None = None,
    ) -> None:
        self.beginResetModel()
        self.columns = columns
        self.keys = list(keys)
        self.fids = list(fids)
        self.flagged = list(flagged)
        self.tooltips = list(tooltips) if tooltips is not None else ["" for _ in keys]
        self.endResetModel()

    def clear(self) -> None:
        self.set_areas([], [], [], [])

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.texts[row]
        if role == SORT_ROLE:
            return column.sort_values[row]
        if role == FID_ROLE:
            return self.fids[row]
        if role == KEY_ROLE:
            return self.keys[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltips[row] or None
        if role == Qt.ItemDataRole.FontRole and self.flagged[row]:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or section >= len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].tooltip
        return None

    def row_of_key(self, key: str) -> int:
        try:
            return self.keys.index(key)
        except ValueError:
            return -1
