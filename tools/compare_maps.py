"""Do `make map`'s PNGs of several platforms show the same map? Used by `make test-matrix`.

Usage: .venv/bin/python tools/compare_maps.py HOST.png OTHER.png [OTHER.png ...]

For every Sozialraum and Quartier of the sample, the dominant colour inside the area (the same probe the
tests use, at positions taken from this host's layout) must be the same in every PNG, and the images the
same size. Prints one line per platform and every area that differs; exits 1 on any difference.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR))

#: `make map` writes its PNG at this resolution (the command line's default).
MAP_DPI = 300


def main(paths: list[Path]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # also when run outside make
    from qgis.core import QgsApplication, QgsProject
    from qgis.PyQt.QtGui import QImage

    app = QgsApplication([], False)
    app.initQgis()
    from aktionsraeume_plugin.services.layers import layer_to_frame
    from aktionsraeume_plugin.services.map_export import ensure_layout
    from aktionsraeume_plugin.services.sample_project import load_sample
    from tests.map_probe import dominant_colour, map_to_pixel

    names = ["host"] + [p.parent.name for p in paths[1:]]
    images = {name: QImage(str(p)) for name, p in zip(names, paths)}
    sizes = {name: image.size() for name, image in images.items()}
    if len({(s.width(), s.height()) for s in sizes.values()}) != 1:
        print("different image sizes:", {n: (s.width(), s.height()) for n, s in sizes.items()})
        return 1
    project = QgsProject.instance()
    session = load_sample(project)
    to_pixel = map_to_pixel(ensure_layout(project, session.status_layers, session.texts), MAP_DPI)
    differing, compared = [], 0
    levels = (
        (session.status_layers.spaces, session.levels.spaces.name_field),
        (session.status_layers.quarters, session.levels.quarters.name_field),
    )
    for layer, name_field in levels:
        for _, row in layer_to_frame(layer).iterrows():
            colours = {
                name: dominant_colour(image, to_pixel, row["geometry"], 50.0, 5)[0]
                for name, image in images.items()
            }
            compared += 1
            if len(set(colours.values())) != 1:
                differing.append((row[name_field], row["status"], colours))
    del session, levels, layer
    project.clear()
    for name in names[1:]:
        same = compared - sum(1 for _area, _status, colours in differing if colours[name] != colours["host"])
        print(f"map {name}: {same} of {compared} areas in the host's colour")
    for area, status, colours in differing:
        print(f"  differs: {area} ({status}): {colours}")
    app.exitQgis()
    return 1 if differing else 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main([Path(a) for a in sys.argv[1:]]))
