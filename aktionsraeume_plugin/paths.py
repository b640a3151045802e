"""Where the plugin finds its resources, in the source tree and in the assembled plugin folder.

In the source tree ``resources/``, ``i18n/`` and ``metadata.txt`` sit beside the package; in the
assembled plugin (``build/aktionsraeume_plugin``, the ZIP, the user's profile) they sit inside it.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _first_existing(name: str) -> Path:
    for base in (PACKAGE_DIR, PACKAGE_DIR.parent):
        candidate = base / name
        if candidate.exists():
            return candidate
    return PACKAGE_DIR / name


RESOURCES_DIR = _first_existing("resources")
I18N_DIR = _first_existing("i18n")
METADATA_FILE = _first_existing("metadata.txt")
SAMPLE_DIR = RESOURCES_DIR / "sample"
LAYOUTS_DIR = RESOURCES_DIR / "layouts"
ICONS_DIR = RESOURCES_DIR / "icons"
ICON_FILE = ICONS_DIR / "aktionsraeume.svg"


def plugin_version() -> str:
    """The version from metadata.txt, the only place it is written."""
    for line in METADATA_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    return "unknown"
