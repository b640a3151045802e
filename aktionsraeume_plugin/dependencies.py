"""Check at load time that the Python packages the plugin needs are importable in QGIS's Python.

When one is missing the plugin does not crash: it loads a stand-in that says what to install, in
QGIS's message bar and in the Processing tab of its log (which qgis_process prints on standard
error), and does nothing else.
"""

from __future__ import annotations

import importlib
import platform
import sys
from pathlib import Path

#: (module, minimum major version or None, what to install)
REQUIREMENTS = (
    ("pandas", None, "pandas"),
    ("shapely", 2, "shapely>=2"),
)
#: Debian/Ubuntu package of each requirement.
APT_PACKAGES = {"pandas": "python3-pandas", "shapely>=2": "python3-shapely"}
#: The first release whose ``python3-shapely`` is shapely 2 (Debian 12 ships 1.8.5, Ubuntu 22.04 1.8.0).
SHAPELY_2_RELEASES = {"debian": 13, "ubuntu": 24}


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


def os_release(path: str | Path = "/etc/os-release") -> dict[str, str]:
    """The fields of the Linux distribution's ``os-release`` file (ID, VERSION_ID, ID_LIKE, …); empty
    when there is none (Windows, macOS) or it cannot be read."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    fields = {}
    for line in lines:
        name, sep, value = line.partition("=")
        if sep:
            fields[name.strip()] = value.strip().strip('"')
    return fields


def _shell_words(requirements: list[str]) -> str:
    return " ".join(f'"{r}"' if any(c in r for c in "<>=") else r for r in requirements)


def install_commands(missing: list[str], system: str, release: dict[str, str]) -> list[str]:
    """Commands that install the ``missing`` requirements into the Python QGIS uses.

    ``system`` is ``platform.system()`` ("Windows", "Linux", "Darwin"), ``release`` the Linux
    distribution's :func:`os_release`. Debian 13 and Ubuntu 24.04 or newer package shapely 2, so apt does;
    on older releases (Debian 12: python3-shapely 1.8) pandas comes from apt and shapely from pip into the
    user's own folder, which QGIS's Python reads too (Debian 12's pip needs ``--break-system-packages`` for
    that, which only writes into the home folder). Windows: pip in the OSGeo4W Shell.
    """
    if system == "Windows":
        return [f"python -m pip install {_shell_words(missing)}"]
    distribution = release.get("ID", "")
    try:
        major = int(release.get("VERSION_ID", "").split(".")[0])
    except ValueError:
        major = 0
    debian_like = distribution in SHAPELY_2_RELEASES or {"debian", "ubuntu"} & set(
        release.get("ID_LIKE", "").split()
    )
    if system == "Linux" and debian_like:
        first = SHAPELY_2_RELEASES.get(distribution)
        if first is not None and major >= first:
            return ["sudo apt install " + " ".join(APT_PACKAGES[r] for r in missing)]
        commands = []
        from_apt = [APT_PACKAGES[r] for r in missing if r != "shapely>=2"]
        if from_apt:
            commands.append("sudo apt install " + " ".join(from_apt))
        if "shapely>=2" in missing:
            flag = " --break-system-packages" if distribution == "debian" and major >= 12 else ""
            commands.append(f'python3 -m pip install --user{flag} "shapely>=2"')
        return commands
    return [f"python3 -m pip install --user {_shell_words(missing)}"]


class MissingDependenciesPlugin:
    """Stand-in plugin that only reports the missing packages."""

    def __init__(self, iface, missing: list[str]):
        self.iface = iface
        self.missing = missing

    def message(self, system: str | None = None, release: dict[str, str] | None = None) -> str:
        """What is missing and the commands that install it on this computer (or on ``system`` with the
        Linux ``release``, see :func:`install_commands`)."""
        from qgis.PyQt.QtCore import QCoreApplication

        system = system or platform.system()
        release = os_release() if release is None else release
        commands = " && ".join(install_commands(self.missing, system, release))
        if system == "Windows":
            text = QCoreApplication.translate(
                "Dependencies",
                "Aktionsräume needs the Python packages {packages} in QGIS's Python. Install them in the "
                "OSGeo4W Shell (Start menu, QGIS folder) with: {commands} — then restart QGIS.",
            )
        else:
            text = QCoreApplication.translate(
                "Dependencies",
                "Aktionsräume needs the Python packages {packages} in QGIS's Python (Python {version}). "
                "Install them in a terminal with: {commands} — then restart QGIS.",
            )
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        return text.format(packages=" ".join(self.missing), commands=commands, version=version)

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
