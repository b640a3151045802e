"""The Processing provider ``aktionsraeume``."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..paths import ICON_FILE, plugin_version


def _algorithm_classes() -> list:
    """Every algorithm the provider offers; each module owns one algorithm."""
    from .assess import AssessAlgorithm
    from .check_boundaries import CheckBoundariesAlgorithm
    from .compare_years import CompareYearsAlgorithm
    from .export_map import ExportMapAlgorithm
    from .export_profiles import ExportProfilesAlgorithm
    from .join_table import JoinTableAlgorithm
    from .repair_boundaries import RepairBoundariesAlgorithm

    return [
        AssessAlgorithm,
        CompareYearsAlgorithm,
        CheckBoundariesAlgorithm,
        RepairBoundariesAlgorithm,
        JoinTableAlgorithm,
        ExportMapAlgorithm,
        ExportProfilesAlgorithm,
    ]


class AktionsraeumeProvider(QgsProcessingProvider):
    """Provider id ``aktionsraeume``: join tables, assess, check boundaries, export the map."""

    def id(self) -> str:
        return "aktionsraeume"

    def name(self) -> str:
        return QCoreApplication.translate("AktionsraeumeProvider", "Aktionsräume")

    def longName(self) -> str:
        return f"{self.name()} {plugin_version()}"

    def icon(self) -> QIcon:
        return QIcon(str(ICON_FILE))

    def loadAlgorithms(self) -> None:
        for algorithm_class in _algorithm_classes():
            self.addAlgorithm(algorithm_class())
