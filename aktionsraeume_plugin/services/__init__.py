"""Services over QGIS objects: every QGIS side effect of the plugin lives here.

They translate between QGIS layers/projects/layouts and the values of ``core`` and are shared by the
dock panel, the Processing algorithms and the command line.
"""
