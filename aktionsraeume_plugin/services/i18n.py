"""The user's language and number format as QGIS has them, and the plugin's translations (i18n/*.qm)."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..paths import I18N_DIR

_installed: list[QTranslator] = []
_language: list[str] = []  # the language of the installed translation, if any


def qgis_language() -> str:
    """The two-letter language QGIS runs in, as QGIS itself decides it (``QgsApplication.locale()``):
    the locale chosen under Settings ▸ Options ▸ General when the override is on
    (``locale/overrideFlag``, ``locale/userLocale``), else the system's."""
    return (QgsApplication.locale() or "en")[:2].lower()


def language() -> str:
    """The language messages are shown in: that of the installed translation, else QGIS's."""
    return _language[-1] if _language else qgis_language()


def number_locale() -> QLocale:
    """The locale QGIS formats numbers in (German: decimal comma, thousands dot).

    With the override on, QGIS uses its "locale for numbers, dates and currency" setting
    (``locale/globalLocale``), which defaults to the user locale; otherwise the system's locale.
    When the plugin's translation was installed for another language than QGIS runs in (the command
    line's ``--lang``: an English map made on a German system), numbers follow that language.
    """
    if _language and _language[-1] != qgis_language():
        return QLocale(_language[-1])
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/globalLocale", "", type=str) or QgsApplication.locale()
        if name:
            return QLocale(name)
    return QLocale.system()


def install_translator(language: str) -> bool:
    """Install the translation for ``language`` ('de', 'en'); False if there is none for it."""
    remove_translators()
    path = I18N_DIR / f"aktionsraeume_{language[:2]}.qm"
    translator = QTranslator()
    if not path.exists() or not translator.load(str(path)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    _language.append(language[:2].lower())
    return True


def remove_translators() -> None:
    """Remove the translators this module installed (on plugin unload or language change)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    _language.clear()
