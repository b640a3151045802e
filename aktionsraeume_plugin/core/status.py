"""Status of an area under a scenario: stable codes and the one palette shared by canvas and map.

The codes are written into result layers and scenario exports, so they never change; the labels shown
to people are translated in the services layer (``services.messages``).
"""

from __future__ import annotations

from enum import Enum


class AreaStatus(str, Enum):
    """Status of a Sozialraum or Quartier under a scenario. The value is the stable code."""

    REMAINS_ACTION_SPACE = "ar_remains"
    NEW_ACTION_SPACE = "ar_new"
    NO_LONGER_ACTION_SPACE = "ar_removed"
    ACTION_QUARTER = "aq"
    NONE = "none"


#: Drawing order of legends and the categorised renderer: most important first.
STATUS_ORDER: tuple[AreaStatus, ...] = (
    AreaStatus.NEW_ACTION_SPACE,
    AreaStatus.REMAINS_ACTION_SPACE,
    AreaStatus.ACTION_QUARTER,
    AreaStatus.NO_LONGER_ACTION_SPACE,
    AreaStatus.NONE,
)

#: Fill colours. Chosen so that every pair stays distinct under simulated deuteranopia and protanopia
#: (CIE ΔE ≥ 19) and in greyscale print (CIE L* apart by ≥ 14: 20, 46, 60, 81, 96).
STATUS_COLOURS: dict[AreaStatus, str] = {
    AreaStatus.NEW_ACTION_SPACE: "#5c1a00",
    AreaStatus.REMAINS_ACTION_SPACE: "#c2410c",
    AreaStatus.ACTION_QUARTER: "#9e86c8",
    AreaStatus.NO_LONGER_ACTION_SPACE: "#a6cee3",
    AreaStatus.NONE: "#f4f4f4",
}
