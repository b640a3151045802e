"""Domain rules of Aktionsräume: plain Python, pandas and shapely, no Qt and no qgis imports.

Everything here takes and returns DataFrames, shapely geometries and small dataclasses, so that the
rules can be tested fast and used by every front end (dock panel, Processing, command line) alike.
"""
