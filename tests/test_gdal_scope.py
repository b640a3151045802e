"""GDAL's bindings are called in a scope of their own: failures come back as values, GDAL's process-wide
exception mode (shared with QGIS and other plugins) stays as it was, and GDAL 3.7+ does not warn
(``conftest.gdal_called_only_in_its_scope`` fails the test if it does)."""

from __future__ import annotations


def test_gdal_calls_report_failures_by_value_and_leave_the_process_wide_mode(tmp_path):
    from osgeo import gdal, ogr, osr

    from aktionsraeume_plugin.services.gdal_scope import gdal_calls

    modes = (gdal.GetUseExceptions(), ogr.GetUseExceptions(), osr.GetUseExceptions())
    with gdal_calls():
        assert gdal.OpenEx(str(tmp_path / "fehlt.gpkg"), gdal.OF_VECTOR) is None
        assert ogr.Open(str(tmp_path / "fehlt.shp")) is None
        assert osr.SpatialReference().ImportFromEPSG(25832) == 0
    assert (gdal.GetUseExceptions(), ogr.GetUseExceptions(), osr.GetUseExceptions()) == modes
