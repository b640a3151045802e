"""``python -m sample_generator --out FOLDER``: regenerate the sample data (``make sample``)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sample_generator", description="Regenerate the sample data."
    )
    parser.add_argument("--out", type=Path, required=True, metavar="FOLDER", help="output folder")
    parser.add_argument(
        "--statistikatlas",
        action="store_true",
        help="build the sample 'Dortmund Statistikatlas' from the raw files in tests/data/dortmund-statistikatlas",
    )
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        if args.statistikatlas:
            from .statistikatlas import write_statistikatlas as write
        else:
            from .writer import write_sample as write
        for path in write(args.out):
            print(path)
    except OSError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
