"""Fonts a print layout names, and which of them are not installed.

Qt replaces a font that is not installed by another without a word; a map whose labels name a corporate
font then comes out in a substitute. Before an export the front ends call :func:`missing_fonts` and say
which fonts are missing and what replaces them (:func:`missing_fonts_message`): the panel asks, the
command line and Processing warn (or stop, with ``--strict-fonts``).
"""

from __future__ import annotations

from qgis.core import (
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsRuleBasedLabeling,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QFont, QFontDatabase, QFontInfo


def _family(thing) -> str:
    """The family of a QFont or QgsTextFormat (the one it names, also when it is not installed)."""
    if hasattr(thing, "fontFound") and not thing.fontFound():
        # Read from a project whose font is missing, QGIS 3.40's format holds the substitute in font() and
        # the family the project names in resolvedFontFamily() (3.22 kept it in font() too).
        return thing.resolvedFontFamily()
    if hasattr(thing, "font") and not isinstance(thing, QFont):
        thing = thing.font()
    return thing.family() if isinstance(thing, QFont) else ""


def _label_families(layer: QgsVectorLayer) -> set[str]:
    if not layer.labelsEnabled() or layer.labeling() is None:
        return set()
    labeling = layer.labeling()
    if isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return {_family(labeling.settings().format())}
    if isinstance(labeling, QgsRuleBasedLabeling):
        return {
            _family(rule.settings().format())
            for rule in labeling.rootRule().descendants()
            if rule.settings() is not None
        }
    return set()


def layout_fonts(layout: QgsPrintLayout) -> set[str]:
    """Every font family named by the layout's labels, tables, legends and scale bars and by the labels
    of the layers its maps show."""
    families: set[str] = set()
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel):
            families.add(_family(item.textFormat() if hasattr(item, "textFormat") else item.font()))
        elif isinstance(item, QgsLayoutItemScaleBar):
            families.add(_family(item.textFormat()))
        elif isinstance(item, QgsLayoutItemLegend):
            for style in (
                QgsLegendStyle.Style.Title,
                QgsLegendStyle.Style.Group,
                QgsLegendStyle.Style.Subgroup,
                QgsLegendStyle.Style.SymbolLabel,
            ):
                legend_style = item.rstyle(style)
                families.add(
                    _family(
                        legend_style.textFormat()
                        if hasattr(legend_style, "textFormat")
                        else legend_style.font()
                    )
                )
        elif isinstance(item, QgsLayoutItemMap):
            for layer in item.layers():
                if isinstance(layer, QgsVectorLayer):
                    families |= _label_families(layer)
    for multi in layout.multiFrames():
        if isinstance(multi, QgsLayoutItemAttributeTable):
            if hasattr(multi, "contentTextFormat"):
                families |= {_family(multi.contentTextFormat()), _family(multi.headerTextFormat())}
            else:
                families |= {_family(multi.contentFont()), _family(multi.headerFont())}
    return {family for family in families if family}


def missing_fonts(families: set[str]) -> dict[str, str]:
    """Of ``families``, those not installed, each with the family Qt will use instead."""
    installed = {family.casefold() for family in QFontDatabase().families()}
    return {
        family: QFontInfo(QFont(family)).family()
        for family in sorted(families)
        if family.casefold() not in installed
    }


def missing_fonts_message(missing: dict[str, str]) -> str:
    """E.g. 'Fonts not installed: "Corporate Sans" (replaced by "DejaVu Sans").' ('' when none)."""
    if not missing:
        return ""
    listed = ", ".join(
        QCoreApplication.translate("Fonts", "“{font}” (replaced by “{substitute}”)").format(
            font=font, substitute=substitute
        )
        for font, substitute in missing.items()
    )
    return QCoreApplication.translate(
        "Fonts", "The layout names fonts that are not installed: {fonts}. Install them for the intended look."
    ).format(fonts=listed)
