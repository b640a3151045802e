"""The plugin loads into QGIS (pytest-qgis's iface), opens its panel, and unloads without leftovers."""

from __future__ import annotations

import sys

import pytest
from qgis.core import QgsApplication
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, QEvent

import aktionsraeume_plugin
from aktionsraeume_plugin.services.qt_compat import QAction


def _flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _our_children(main_window):
    docks = [w for w in main_window.findChildren(QgsDockWidget) if w.objectName() == "AktionsraeumeDock"]
    actions = [a for a in main_window.findChildren(QAction) if a.objectName() == "AktionsraeumeShowPanel"]
    return docks, actions


@pytest.fixture()
def registry_without_our_provider(qgis_processing):
    """The registry as a fresh QGIS has it: without the session's provider (put back afterwards)."""
    registry = QgsApplication.processingRegistry()
    had_provider = registry.providerById("aktionsraeume") is not None
    if had_provider:
        registry.removeProvider("aktionsraeume")
    yield registry
    if had_provider and registry.providerById("aktionsraeume") is None:
        from .conftest import register_provider

        register_provider()


def test_load_open_panel_and_unload_leaves_nothing(qgis_iface, registry_without_our_provider):
    plugin = aktionsraeume_plugin.classFactory(qgis_iface)
    plugin.initGui()
    registry = registry_without_our_provider
    assert registry.providerById("aktionsraeume") is not None

    plugin.action.setChecked(True)  # what the menu entry and the toolbar button do
    docks, actions = _our_children(qgis_iface.mainWindow())
    assert len(docks) == 1 and len(actions) == 1
    assert docks[0].widget().load_sample_button.text()

    plugin.unload()
    _flush_deletions()
    docks, actions = _our_children(qgis_iface.mainWindow())
    assert docks == [] and actions == []
    assert registry.providerById("aktionsraeume") is None

    # Reloading (as the Plugin Reloader does) works again from scratch.
    plugin = aktionsraeume_plugin.classFactory(qgis_iface)
    plugin.initGui()
    assert registry.providerById("aktionsraeume") is not None
    plugin.unload()
    _flush_deletions()
    assert registry.providerById("aktionsraeume") is None


def test_missing_shapely_is_reported_in_the_message_bar(
    qgis_iface, monkeypatch, registry_without_our_provider
):
    # A None entry in sys.modules makes "import shapely" fail, as in a QGIS without shapely.
    monkeypatch.setitem(sys.modules, "shapely", None)
    plugin = aktionsraeume_plugin.classFactory(qgis_iface)
    qgis_iface.messageBar().clear_messages()
    plugin.initGui()
    from qgis.core import Qgis

    messages = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert any("shapely>=2" in m and "install" in m and "restart QGIS" in m for m in messages), messages
    assert type(plugin).__name__ == "MissingDependenciesPlugin"  # nothing else was loaded
    plugin.unload()


@pytest.mark.parametrize("version, missing", [("1.8.5", ["shapely>=2"]), ("2.0.1", [])])
def test_shapely_major_version_is_checked(monkeypatch, version, missing):
    import shapely

    from aktionsraeume_plugin.dependencies import missing_dependencies

    monkeypatch.setattr(shapely, "__version__", version)
    assert missing_dependencies() == missing


def test_qgis_process_says_which_packages_are_missing(tmp_path):
    """qgis_process has no message bar: without pandas in QGIS's Python it used to say only "error
    starting plugin" and "Algorithm ... not found!". The reason must reach its standard error."""
    import os
    import shutil
    import subprocess

    from .conftest import REPO_DIR

    profile = tmp_path / "config"
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    shutil.copytree(
        REPO_DIR / "aktionsraeume_plugin",
        plugins / "aktionsraeume_plugin",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copy(REPO_DIR / "metadata.txt", plugins / "aktionsraeume_plugin")
    blocked = tmp_path / "blocked"  # first on the path: "import pandas" fails as in a QGIS without it
    (blocked / "pandas").mkdir(parents=True)
    (blocked / "pandas" / "__init__.py").write_text('raise ImportError("no pandas here")\n')
    env = {**os.environ, "QGIS_CUSTOM_CONFIG_PATH": str(profile), "PYTHONPATH": str(blocked)}
    env.pop("PYTHONHOME", None)

    def qgis_process(*args):
        return subprocess.run(
            ["qgis_process.bin", *args], env=env, capture_output=True, text=True, timeout=300
        )

    assert qgis_process("plugins", "enable", "aktionsraeume_plugin").returncode == 0
    result = qgis_process("run", "aktionsraeume:jointable", "--", "INPUT=x")
    assert result.returncode != 0
    assert result.stderr.count("Aktionsräume needs the Python packages pandas") == 1, result.stderr


@pytest.mark.parametrize(
    "system, release, missing, expected",
    [
        # Debian 12's python3-shapely is 1.8: pandas from apt, shapely 2 from pip into the home folder
        (
            "Linux",
            {"ID": "debian", "VERSION_ID": "12"},
            ["pandas", "shapely>=2"],
            [
                "sudo apt install python3-pandas",
                'python3 -m pip install --user --break-system-packages "shapely>=2"',
            ],
        ),
        ("Linux", {"ID": "debian", "VERSION_ID": "13"}, ["shapely>=2"], ["sudo apt install python3-shapely"]),
        (
            "Linux",
            {"ID": "ubuntu", "VERSION_ID": "24.04"},
            ["shapely>=2"],
            ["sudo apt install python3-shapely"],
        ),
        (
            "Linux",
            {"ID": "ubuntu", "VERSION_ID": "22.04"},
            ["shapely>=2"],
            ['python3 -m pip install --user "shapely>=2"'],
        ),
        ("Windows", {}, ["pandas", "shapely>=2"], ['python -m pip install pandas "shapely>=2"']),
        ("Darwin", {}, ["shapely>=2"], ['python3 -m pip install --user "shapely>=2"']),
    ],
)
def test_the_install_advice_gives_shapely_2_on_each_system(system, release, missing, expected):
    from aktionsraeume_plugin.dependencies import install_commands

    assert install_commands(missing, system, release) == expected


def test_the_advice_on_debian_12_never_offers_its_shapely_1_8_package(qgis_app, tmp_path):
    from aktionsraeume_plugin.dependencies import MissingDependenciesPlugin, os_release

    release_file = tmp_path / "os-release"
    release_file.write_text('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n')
    release = os_release(release_file)
    assert release["VERSION_ID"] == "12"
    message = MissingDependenciesPlugin(None, ["shapely>=2"]).message("Linux", release)
    assert "python3-shapely" not in message
    assert 'pip install --user --break-system-packages "shapely>=2"' in message
    windows = MissingDependenciesPlugin(None, ["shapely>=2"]).message("Windows", {})
    assert "OSGeo4W" in windows and 'python -m pip install "shapely>=2"' in windows
