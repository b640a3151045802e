"""The GEOS version shapely may use: the older of shapely's own and one the host process loaded."""

from __future__ import annotations

import shapely

from aktionsraeume_plugin.core import geos_runtime


def test_host_geos_limits_the_usable_version():
    assert geos_runtime.usable_geos_version((3, 11, 1), (3, 13, 1)) == (3, 11, 1)
    assert geos_runtime.usable_geos_version((3, 14, 0), (3, 13, 1)) == (3, 13, 1)
    assert geos_runtime.usable_geos_version(None, (3, 13, 1)) == (3, 13, 1)


def test_version_text_of_geos_is_parsed():
    assert geos_runtime._parse("3.11.1-CAPI-1.17.1") == (3, 11, 1)
    assert geos_runtime._parse("garbage") is None


def test_under_pytest_qgis_keeps_its_geos_private(qgis_app):
    # The Python bindings load QGIS's GEOS locally, so shapely's own GEOS is used in full here;
    # the desktop test covers the interposed case.
    assert geos_runtime.host_geos_version() is None
    assert geos_runtime.geos_version() == tuple(shapely.geos_version)


def test_wkb_dimension_fits_the_usable_geos(monkeypatch):
    monkeypatch.setattr(geos_runtime, "geos_version", lambda: (3, 11, 1))
    assert geos_runtime.wkb_output_dimension() == 3
    polygon = shapely.box(0, 0, 1, 1)
    assert (
        shapely.from_wkb(shapely.to_wkb(polygon, output_dimension=geos_runtime.wkb_output_dimension()))
        == polygon
    )
