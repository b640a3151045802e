"""`make package` builds a ZIP the QGIS plugin repository would accept (design.md §6)."""

from __future__ import annotations

import configparser
import subprocess
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO_DIR

REQUIRED_METADATA = (
    "name",
    "description",
    "about",
    "version",
    "qgisMinimumVersion",
    "author",
    "email",
    "repository",
    "tracker",
)


@pytest.fixture(scope="module")
def plugin_zip() -> Path:
    result = subprocess.run(
        ["make", "-s", "package"], cwd=REPO_DIR, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    version = configparser.ConfigParser()
    version.read(REPO_DIR / "metadata.txt", encoding="utf-8")
    path = REPO_DIR / "build" / f"aktionsraeume_plugin-{version['general']['version']}.zip"
    assert path.exists()
    return path


def test_zip_has_one_top_folder_with_the_required_files(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        names = archive.namelist()
        assert archive.testzip() is None
        metadata_text = archive.read("aktionsraeume_plugin/metadata.txt").decode("utf-8")
        licence = archive.read("aktionsraeume_plugin/LICENSE").decode("utf-8")
    assert {n.split("/")[0] for n in names} == {"aktionsraeume_plugin"}
    for required in (
        "__init__.py",
        "metadata.txt",
        "LICENSE",
        "plugin.py",
        "resources/sample/dortmund2020.gpkg",
        "resources/layouts/aktionsraeume_a4_quer.qpt",
        "resources/icons/aktionsraeume.svg",
        "i18n/aktionsraeume_de.qm",
        "i18n/aktionsraeume_en.qm",
    ):
        assert f"aktionsraeume_plugin/{required}" in names, required
    assert "GNU GENERAL PUBLIC LICENSE" in licence
    assert plugin_zip.stat().st_size < 25 * 1024 * 1024

    metadata = configparser.ConfigParser()
    metadata.read_string(metadata_text)
    general = metadata["general"]
    for field in REQUIRED_METADATA:
        assert general.get(field, "").strip(), field
    for field in ("name", "description", "about"):
        assert (
            general[field].isascii() or "ä" in general[field]
        )  # English text (the plugin's name has an umlaut)
    assert "pandas" in general["about"] and "shapely" in general["about"]
    assert (REPO_DIR / general["icon"]).exists()


def test_zip_holds_no_caches_or_build_leftovers(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        names = archive.namelist()
    forbidden = ("__pycache__", ".pyc", ".pytest_cache", ".ruff_cache", ".hypothesis", ".ts", ".part", ".git")
    leftovers = [n for n in names if any(part in n for part in forbidden)]
    assert leftovers == []
    assert not any(n.endswith((".so", ".dll", ".exe")) for n in names)


def test_zip_ships_the_sample_files_but_not_their_generator(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        names = archive.namelist()
    shipped = {n.removeprefix("aktionsraeume_plugin/") for n in names}
    for data in (
        "dortmund2020.gpkg",
        "indikatoren_sozialraeume_2018.csv",
        "katalog.toml",
        "szenario_2020.json",
    ):
        assert f"resources/sample/{data}" in shipped, data
    # The generator is a development tool (sample_generator/, run by `make sample`); its output is shipped.
    assert [n for n in names if "sample_data" in n or "sample_writer" in n or "sample_generator" in n] == []
    code = "".join(zipfile.ZipFile(plugin_zip).read(n).decode("utf-8") for n in names if n.endswith(".py"))
    assert "build_sample" not in code and "Lloyd" not in code
