"""Aktionsräume: a QGIS plugin for municipal social-space planning.

QGIS calls :func:`classFactory` when the plugin is enabled. Nothing else is imported here, so that
``aktionsraeume_plugin.core`` stays usable without QGIS.
"""


def classFactory(iface):
    """Plugin entry point for QGIS."""
    from .dependencies import missing_dependencies

    missing = missing_dependencies()
    if missing:
        from .dependencies import MissingDependenciesPlugin

        return MissingDependenciesPlugin(iface, missing)
    from .plugin import AktionsraeumePlugin

    return AktionsraeumePlugin(iface)
