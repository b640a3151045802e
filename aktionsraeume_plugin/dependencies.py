"""Check at load time that the Python packages the plugin needs are importable in QGIS's Python.

When one is missing the plugin does not crash: it loads a stand-in that says what to install, in
QGIS's message bar and in the Processing tab of its log (which qgis_process prints on standard
error), and does nothing else.
"""

from __future__ import annotations

import importlib

#: (module, minimum major version or None, what to install)
REQUIREMENTS = (
    ("pandas", None, "pandas"),
    ("shapely", 2, "shapely>=2"),
)


def missing_dependencies() -> list[str]:
    """The requirements (as pip would name them) that are missing or too old; empty when all is well."""
    missing = []
    for module_name, minimum_major, requirement in REQUIREMENTS:
        try:
            module = importlib.import_module(module_name)
        except Exception:  # an ImportError, or a broken install raising anything at import
            missing.append(requirement)
            continue
        if minimum_major is not None:
            major = str(getattr(module, "__version__", "0")).split(".")[0]
            if not major.isdigit() or int(major) < minimum_major:
                missing.append(requirement)
    return missing


class MissingDependenciesPlugin:
    """Stand-in plugin that only reports the missing packages."""

    def __init__(self, iface, missing: list[str]):
        self.iface = iface
        self.missing = missing

    def message(self) -> str:
        from qgis.PyQt.QtCore import QCoreApplication

        return QCoreApplication.translate(
            "Dependencies",
            "Aktionsräume needs the Python packages {packages}. Install them into QGIS's Python "
            "(Debian/Ubuntu: apt install python3-pandas python3-shapely; Windows: OSGeo4W shell, "
            "python -m pip install {packages}) and restart QGIS.",
        ).format(packages=" ".join(self.missing))

    def initGui(self) -> None:
        from qgis.core import Qgis

        if self.iface is not None:
            self.iface.messageBar().pushMessage("Aktionsräume", self.message(), Qgis.MessageLevel.Critical, 0)
        self.report()

    def initProcessing(self) -> None:
        """Called by qgis_process (and QGIS Server) instead of :meth:`initGui`: there is no message bar,
        so the message goes to the log; the algorithms are not offered."""
        self.report()

    def report(self) -> None:
        """The message once in the Processing tab of QGIS's log, so a Processing user sees why the
        algorithms are missing; qgis_process prints the log on standard error, before its own
        "Algorithm ... not found!"."""
        if getattr(self, "_reported", False):
            return
        self._reported = True
        from qgis.core import Qgis, QgsMessageLog

        QgsMessageLog.logMessage(self.message(), "Processing", Qgis.MessageLevel.Critical)

    def unload(self) -> None:
        """Nothing was added, so nothing is removed."""
