"""Loading the plugin's compiled translations (i18n/aktionsraeume_<lang>.qm) into Qt."""

from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..paths import I18N_DIR

_installed: list[QTranslator] = []


def qgis_language() -> str:
    """The two-letter language QGIS runs in (its user locale setting, else the system's)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str)
    else:
        locale = QLocale.system().name()
    return (locale or "en")[:2]


def install_translator(language: str) -> bool:
    """Install the translation for ``language`` ('de', 'en'); False if there is none for it."""
    remove_translators()
    path = I18N_DIR / f"aktionsraeume_{language[:2]}.qm"
    translator = QTranslator()
    if not path.exists() or not translator.load(str(path)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def remove_translators() -> None:
    """Remove the translators this module installed (on plugin unload or language change)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
