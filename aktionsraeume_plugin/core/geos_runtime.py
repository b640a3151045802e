"""Which GEOS functions shapely may safely call in this process.

shapely wheels bundle their own GEOS. Inside the QGIS desktop on Linux, QGIS has already loaded the
system's libgeos_c into the global symbol scope, and shapely's calls then resolve to that library
instead (symbol interposition). Functions both versions have then run consistently in the system
GEOS; functions only the newer bundled GEOS has (the coverage functions of GEOS 3.12, for example)
would run in the other library on foreign geometries and abort QGIS. So the usable GEOS version is
the older of the two, and shapely's own report of its version cannot be trusted there.
"""

from __future__ import annotations

import ctypes
import functools
import re

import shapely


def _parse(text: str) -> tuple[int, int, int] | None:
    match = re.match(r"(\d+)\.(\d+)\.(\d+)", text)
    return tuple(int(part) for part in match.groups()) if match else None


def host_geos_version() -> tuple[int, int, int] | None:
    """Version of a libgeos_c already loaded into the process's global scope, None if there is none."""
    try:
        function = ctypes.CDLL(None).GEOSversion
    except (OSError, AttributeError, TypeError):  # no global libgeos_c, or no dlopen(NULL) (Windows)
        return None
    function.restype = ctypes.c_char_p
    function.argtypes = []
    return _parse(function().decode("ascii", "replace"))


def usable_geos_version(host: tuple[int, int, int] | None, own: tuple[int, int, int]) -> tuple[int, int, int]:
    """The GEOS version whose functions are safe: the older of the host's and shapely's own."""
    return min(host, own) if host is not None else own


@functools.lru_cache(maxsize=1)
def geos_version() -> tuple[int, int, int]:
    """The GEOS version shapely can safely use in this process (checked once)."""
    return usable_geos_version(host_geos_version(), tuple(shapely.geos_version))


def wkb_output_dimension() -> int:
    """shapely ≥ 2.1 asks GEOS for 4 dimensions (XYZM) by default, which GEOS < 3.12 refuses."""
    return 4 if geos_version() >= (3, 12, 0) else 3
