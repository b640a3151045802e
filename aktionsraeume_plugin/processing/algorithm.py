"""What every algorithm of the provider shares, as QGIS's own Python algorithms share ``QgisAlgorithm``.

A subclass names itself (``NAME``), its group (``GROUP_ID``, one of :data:`GROUPS`), and marks its
display name and help text for translation in its own context (``QT_TRANSLATE_NOOP("ClassName", …)``);
the base class translates them, makes new instances, gives the provider's icon and, with
``MAIN_THREAD``, runs the algorithm on the main thread. ``self.tr`` translates in the subclass's
context, so the translation files keep one context per algorithm.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.assessment import METHODS
from ..core.catalogue import CatalogueError, load_catalogue
from ..core.scenario import Scenario, read_scenario
from ..paths import ICON_FILE
from ..services.fonts import layout_fonts, missing_fonts, missing_fonts_message
from ..services.map_service import EXPORT_ERRORS
from ..services.messages import error_text

#: The provider's groups: id → label (translated in the context "AktionsraeumeAlgorithm").
GROUPS = {
    "tables": QT_TRANSLATE_NOOP("AktionsraeumeAlgorithm", "Tables"),
    "assessment": QT_TRANSLATE_NOOP("AktionsraeumeAlgorithm", "Assessment"),
    "boundaries": QT_TRANSLATE_NOOP("AktionsraeumeAlgorithm", "Boundaries"),
    "map": QT_TRANSLATE_NOOP("AktionsraeumeAlgorithm", "Map"),
}


def _no_threading_flag():
    """'Run on the main thread' in the enum of this QGIS release (3.22 and 3.40 differ)."""
    from qgis.core import Qgis

    if hasattr(Qgis, "ProcessingAlgorithmFlag"):
        return Qgis.ProcessingAlgorithmFlag.NoThreading
    return QgsProcessingAlgorithm.Flag.FlagNoThreading


class AktionsraeumeAlgorithm(QgsProcessingAlgorithm):
    """Base of the provider's algorithms: name, group, translated texts, icon, new instances."""

    #: The algorithm's id inside the provider (``aktionsraeume:<NAME>``); never translated.
    NAME = ""
    #: A key of :data:`GROUPS`.
    GROUP_ID = ""
    #: The display name and the help text, marked with ``QT_TRANSLATE_NOOP("<ClassName>", …)``.
    DISPLAY_NAME = ""
    HELP = ""
    #: True for algorithms that touch objects which are not thread-safe (print layouts).
    MAIN_THREAD = False

    def tr(self, text: str) -> str:
        """``text`` translated in the context of the concrete algorithm class."""
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self) -> AktionsraeumeAlgorithm:
        return type(self)()

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:
        return self.tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return QCoreApplication.translate("AktionsraeumeAlgorithm", GROUPS[self.GROUP_ID])

    def groupId(self) -> str:
        return self.GROUP_ID

    def shortHelpString(self) -> str:
        return self.tr(self.HELP)

    def icon(self) -> QIcon:
        return QIcon(str(ICON_FILE))

    def flags(self):
        flags = super().flags()
        return flags | _no_threading_flag() if self.MAIN_THREAD else flags

    #: (layer parameter, its key field parameter): a key field optional only because its layer is
    #: (:meth:`checkParameterValues` asks for the field when the layer is given).
    KEY_FIELDS: tuple[tuple[str, str], ...] = ()

    def checkParameterValues(self, parameters, context):
        """QGIS's check before running: also that the CATALOGUE (where the algorithm has one) can be read,
        and that each layer of :data:`KEY_FIELDS` that is given has its key field (the message names the
        parameter, id and label, and the layer). Returns ``(ok, message)``."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        if self.parameterDefinition(self.CATALOGUE) is not None:
            # Read here, so that a bad catalogue is one message (an exception in processAlgorithm is
            # printed three times by qgis_process).
            try:
                load_catalogue(self.parameterAsFile(parameters, self.CATALOGUE, context))
            except CatalogueError as error:
                return False, error_text(error)
        for layer_name, field_name in self.KEY_FIELDS:
            layer = self.parameterAsVectorLayer(parameters, layer_name, context)
            if layer is None or self.parameterAsString(parameters, field_name, context):
                continue
            definition = self.parameterDefinition(field_name)
            return False, QCoreApplication.translate(
                "AktionsraeumeAlgorithm",
                "Parameter {name} ('{label}') is empty: choose the key field of layer '{layer}'.",
            ).format(
                name=field_name,
                label=definition.description() if definition else field_name,
                layer=layer.name(),
            )
        return True, ""

    # -- for the algorithms that assess areas by a catalogue ----------------------------------------
    CATALOGUE = "CATALOGUE"
    METHOD = "METHOD"

    def add_catalogue_parameter(self) -> None:
        """The CATALOGUE file (TOML) of the indicators."""
        self.addParameter(
            QgsProcessingParameterFile(
                self.CATALOGUE,
                QCoreApplication.translate("AktionsraeumeAlgorithm", "Indicator catalogue (TOML)"),
                behavior=QgsProcessingParameterFile.Behavior.File,
                fileFilter=QCoreApplication.translate(
                    "AktionsraeumeAlgorithm", "Indicator catalogue (*.toml)"
                ),
            )
        )

    def add_method_parameter(self, label: str) -> None:
        """The METHOD choice (comparison with the city average / standardised index), named ``label``."""
        self.addParameter(
            QgsProcessingParameterEnum(
                self.METHOD,
                label,
                options=[
                    QCoreApplication.translate("AktionsraeumeAlgorithm", "Comparison with the city average"),
                    QCoreApplication.translate("AktionsraeumeAlgorithm", "Standardised index"),
                ],
                defaultValue=0,
            )
        )

    def method_parameter(self, parameters, context) -> str:
        """The chosen assessment method (``METHOD_AVERAGE`` or ``METHOD_INDEX``)."""
        return METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]

    # -- for the algorithms that export print layouts ------------------------------------------------
    STRICT_FONTS = "STRICT_FONTS"
    SCENARIO = "SCENARIO"
    RESET_LAYOUT = "RESET_LAYOUT"
    OUTPUT = "OUTPUT"

    def add_scenario_parameter(self) -> None:
        """The optional SCENARIO file (JSON), shown for this export only."""
        self.addParameter(
            QgsProcessingParameterFile(
                self.SCENARIO,
                QCoreApplication.translate(
                    "AktionsraeumeAlgorithm", "Scenario file (empty: the scenario of the project)"
                ),
                extension="json",
                optional=True,
            )
        )

    def add_reset_layout_parameter(self) -> None:
        """The RESET_LAYOUT switch: rebuild the layout from the template for this export."""
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.RESET_LAYOUT,
                QCoreApplication.translate("AktionsraeumeAlgorithm", "Reset the layout to the template"),
                defaultValue=False,
            )
        )

    def scenario_parameter(self, parameters, context) -> Scenario | None:
        """The scenario read from the SCENARIO file, None when none is given.

        Raises ``ScenarioError`` for a bad file (inside :meth:`export_errors` a QgsProcessingException)."""
        path = self.parameterAsFile(parameters, self.SCENARIO, context)
        return read_scenario(path) if path else None

    @contextmanager
    def export_errors(self) -> Iterator[None]:
        """Turn the export errors of bad input (``EXPORT_ERRORS``) into ``QgsProcessingException`` with
        their message, so that the user sees one line, never a traceback."""
        try:
            yield
        except EXPORT_ERRORS as error:
            raise QgsProcessingException(error_text(error)) from None

    def add_strict_fonts_parameter(self) -> None:
        """The STRICT_FONTS switch: stop instead of warning when a layout names a missing font."""
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.STRICT_FONTS,
                QCoreApplication.translate(
                    "AktionsraeumeAlgorithm", "Stop when the layout names a font that is not installed"
                ),
                defaultValue=False,
            )
        )

    def check_fonts(self, layout, parameters, context, feedback) -> None:
        """Warn in the log about fonts ``layout`` names that are not installed; with STRICT_FONTS raise
        ``QgsProcessingException`` with that message instead."""
        message = missing_fonts_message(missing_fonts(layout_fonts(layout)))
        if message and self.parameterAsBoolean(parameters, self.STRICT_FONTS, context):
            raise QgsProcessingException(message)
        if message:
            feedback.reportError(message, False)
