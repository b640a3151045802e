"""Zooming the map canvas to an area or a finding with room around it: one rule for the area table and the
boundary findings."""

from __future__ import annotations

from qgis.core import QgsRectangle, QgsUnitTypes

#: Room on each side of what is shown, as a share of its width or height.
ZOOM_MARGIN = 0.3
#: The smallest extent shown (m): a finding of a few metres is shown with its surroundings.
MIN_ZOOM_SIZE = 250.0


def framed(box: QgsRectangle, map_units=None) -> QgsRectangle:
    """``box`` (canvas CRS) grown by :data:`ZOOM_MARGIN` of its size on each side, and to at least
    :data:`MIN_ZOOM_SIZE` metres (converted into ``map_units``, a ``QgsUnitTypes.DistanceUnit``; metres when
    None) across, centred on ``box``."""
    factor = 1.0
    if map_units is not None:
        factor = QgsUnitTypes.fromUnitToUnitFactor(QgsUnitTypes.DistanceUnit.DistanceMeters, map_units)
    minimum = MIN_ZOOM_SIZE * factor
    width = max(box.width() * (1 + 2 * ZOOM_MARGIN), minimum)
    height = max(box.height() * (1 + 2 * ZOOM_MARGIN), minimum)
    centre = box.center()
    return QgsRectangle(
        centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2
    )


def zoom_to(canvas, box: QgsRectangle) -> None:
    """Show ``box`` (canvas CRS) on ``canvas`` (QgsMapCanvas) with room around it (:func:`framed`)."""
    canvas.setExtent(framed(box, canvas.mapSettings().mapUnits()))
    canvas.refresh()
