"""QGIS Processing provider: the plugin's capabilities for models, batch runs and qgis_process."""
