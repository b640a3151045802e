"""The few names that differ between QGIS 3.22 (Qt 5) and QGIS 3.38+/4 (Qt 6): one home for each.

- Field types: QGIS 3.38 takes ``QMetaType.Type`` for ``QgsField`` and deprecates ``QVariant.Type``;
  QGIS 4 (Qt 6) knows only ``QMetaType.Type``. Older QGIS (3.22 to 3.36) only takes ``QVariant.Type``.
  Use ``QgsField(name, FIELD_TEXT)`` etc.; never ``QVariant.String`` elsewhere
  (``tests/test_qt6_ready.py`` checks).
- ``QAction`` lives in ``QtGui`` in Qt 6 and in ``QtWidgets`` in Qt 5.
- A layout label's font: ``QgsLayoutItemLabel.setTextFormat`` from QGIS 3.24 on (``setFont`` is deprecated
  there), ``setFont`` before: ``set_label_font``.
"""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import QMetaType

try:
    from qgis.PyQt.QtGui import QAction  # Qt 6
except ImportError:
    from qgis.PyQt.QtWidgets import QAction  # Qt 5

#: QGIS 3.38 is the first release whose ``QgsField`` takes ``QMetaType.Type``.
FIELD_TYPES_ARE_QMETATYPE = Qgis.versionInt() >= 33800

if FIELD_TYPES_ARE_QMETATYPE:
    FIELD_TEXT = QMetaType.Type.QString
    FIELD_INT = QMetaType.Type.Int
    FIELD_INT64 = QMetaType.Type.LongLong
    FIELD_DOUBLE = QMetaType.Type.Double
else:  # QGIS 3.22 to 3.36: the same Qt type ids as QVariant.Type
    from qgis.PyQt.QtCore import QVariant

    FIELD_TEXT = QVariant.Type.String
    FIELD_INT = QVariant.Type.Int
    FIELD_INT64 = QVariant.Type.LongLong
    FIELD_DOUBLE = QVariant.Type.Double


def set_label_font(label, font) -> None:
    """Give the layout label ``label`` (QgsLayoutItemLabel) the font ``font`` (QFont); other text settings stay."""
    if hasattr(label, "setTextFormat"):  # QGIS 3.24+
        text_format = label.textFormat()
        text_format.setFont(font)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)


__all__ = [
    "FIELD_DOUBLE",
    "FIELD_INT",
    "FIELD_INT64",
    "FIELD_TEXT",
    "FIELD_TYPES_ARE_QMETATYPE",
    "QAction",
    "set_label_font",
]
