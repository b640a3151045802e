"""The one way the plugin calls GDAL's Python bindings (``osgeo.gdal``, ``osgeo.ogr``, ``osgeo.osr``).

GDAL's exception mode is process-wide: ``gdal.UseExceptions()``/``DontUseExceptions()`` would change it for
QGIS and every other plugin in the same Python, so the plugin never calls them. GDAL 3.7+ warns once per
process (``FutureWarning``: "Neither gdal.UseExceptions() nor gdal.DontUseExceptions() has been explicitly
called") when it is used without either; its ``ExceptionMgr`` sets the mode for the calling thread only,
for the length of a ``with`` block. :func:`gdal_calls` is that block: inside it, failures are reported
by return value (``None``) and ``gdal.GetLastErrorMsg()``, as the plugin's code expects, also under
GDAL 4 (where exceptions become the default). GDAL 3.6 (Debian 12) has no ``ExceptionMgr`` and no warning;
there the block changes nothing. ``tests/conftest.py`` fails a test that calls GDAL outside the block.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager


@contextmanager
def gdal_calls() -> Iterator[None]:
    """Run GDAL/OGR/OSR calls with errors as return values (``None``) in this thread, for this block only.

    The caller keeps every ``osgeo`` call that opens, reads or writes a dataset inside the block (a
    dataset may be closed after it). GDAL's process-wide setting is never changed.
    """
    from osgeo import gdal, ogr, osr

    with ExitStack() as stack:
        for module in (gdal, ogr, osr):  # each binding module keeps its own mode
            manager = getattr(module, "ExceptionMgr", None)  # GDAL >= 3.7
            if manager is not None:
                stack.enter_context(manager(useExceptions=False))
        yield
