"""`make bench`: each ``bench_*.py`` module here times our code against the QGIS-native equivalent.

Every module has ``run(report)``; ``report(name, ours_seconds, native_seconds, goal)`` collects a row.
The table is printed at the end; a benchmark never fails on speed.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import traceback

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from qgis.core import QgsApplication

    sys.path.append("/usr/share/qgis/python/plugins")
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    rows: list[tuple[str, float, float, str]] = []

    def report(name: str, ours: float, native: float, goal: str) -> None:
        rows.append((name, ours, native, goal))
        print(
            f"  {name}: ours {ours:.3f} s, reference {native:.3f} s, ratio {ours / native:.2f} ({goal})",
            flush=True,
        )

    package = sys.modules[__package__]
    failed = []
    only = sys.argv[1:]
    for module_info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if not module_info.name.startswith("bench_"):
            continue
        if only and not any(word in module_info.name for word in only):
            continue
        print(f"{module_info.name}:", flush=True)
        try:
            importlib.import_module(f"{__package__}.{module_info.name}").run(report)
        except Exception:
            traceback.print_exc()
            failed.append(module_info.name)
    print()
    print(f"{'benchmark':58} {'ours s':>9} {'ref. s':>9} {'ratio':>7}  goal")
    for name, ours, native, goal in rows:
        print(f"{name:58} {ours:9.3f} {native:9.3f} {ours / native:7.2f}  {goal}")
    app.exitQgis()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
