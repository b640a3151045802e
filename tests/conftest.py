"""Shared fixtures: real QGIS through pytest-qgis (offscreen), the plugin's Processing provider."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests explore new examples on developers' machines; CI replays a fixed set, so a landing is
# judged on the same examples every time (a defect found locally becomes an explicit test).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(__file__).resolve().parent / "data"
SAMPLE_DIR = REPO_DIR / "resources" / "sample"


#: The provider the tests registered, kept referenced from Python as the plugin keeps its own: a provider
#: only the registry holds loses its Python side to the garbage collector, and then its algorithms
#: cannot be created ("Algorithm … not found").
_PROVIDERS: list = []


def register_provider():
    """Register a new instance of the plugin's Processing provider and keep it referenced."""
    from qgis.core import QgsApplication

    from aktionsraeume_plugin.processing.provider import AktionsraeumeProvider

    provider = AktionsraeumeProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    _PROVIDERS[:] = [provider]
    return provider


@pytest.fixture()
def set_up_project(qgis_app, aktionsraeume_provider, tmp_path):
    """(project, workspace): the press-release sample set up in the current project, saved beside
    ``tmp_path/stadt.qgz`` with its results in ``stadt_aktionsraeume.gpkg``."""
    from qgis.core import QgsProject

    from aktionsraeume_plugin.services.sample_project import load_sample

    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "stadt.qgz"))
    workspace = load_sample(project, storage=tmp_path / "stadt_aktionsraeume.gpkg")
    workspace.save(project)
    yield project, workspace
    project.clear()


@pytest.fixture()
def aktionsraeume_provider(qgis_app, qgis_processing):
    """The plugin's Processing provider, registered as the plugin does (again if a test unloaded the
    plugin, which removes it)."""
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("aktionsraeume")
    return provider if provider is not None else register_provider()


@pytest.fixture()
def qgis_locale(qgis_app):
    """``use("de")`` switches QGIS to a language as a user does (Settings ▸ Options ▸ General: override
    the system locale) and installs the plugin's translation for it, as the plugin does at start;
    everything is restored afterwards."""
    from qgis.core import QgsSettings

    from aktionsraeume_plugin.services.i18n import install_translator, qgis_language, remove_translators

    settings = QgsSettings()
    keys = ("locale/overrideFlag", "locale/userLocale", "locale/globalLocale")
    saved = {key: settings.value(key) for key in keys}

    def use(locale: str) -> None:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", locale)
        settings.remove("locale/globalLocale")
        assert install_translator(qgis_language())

    yield use
    remove_translators()
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


@pytest.fixture()
def data_dir() -> Path:
    return DATA_DIR


@pytest.fixture(scope="session", autouse=True)
def release_qgis_objects_before_exit(qgis_iface):
    """Drop what tests left in the project or in the iface stub's recorded calls before QGIS exits;
    a layer or widget that outlives ``exitQgis`` crashes the interpreter at its very end."""
    yield
    from qgis.core import QgsProject

    QgsProject.instance().clear()
    for mock in getattr(qgis_iface, "_mock_methods", {}).values():
        mock.reset_mock()


@pytest.fixture(autouse=True)
def gdal_called_only_in_its_scope():
    """Fail a test whose code called GDAL's bindings outside ``services.gdal_scope.gdal_calls`` (GDAL 3.7+,
    Debian 13 and later: its FutureWarning "Neither gdal.UseExceptions() nor gdal.DontUseExceptions() has
    been explicitly called" would show in QGIS). GDAL warns once per process and notes that on the
    ``gdal`` module, whichever binding warned; the note is cleared before each test and looked for after."""
    from osgeo import gdal

    note = "hasWarnedAboutUserHasNotSpecifiedIfUsingExceptions"
    if hasattr(gdal, note):
        delattr(gdal, note)
    yield
    assert not hasattr(gdal, note), (
        "GDAL was called outside services.gdal_scope.gdal_calls(): GDAL's FutureWarning about "
        "UseExceptions (pyproject.toml raises it as an error; code that catches every error hides it)"
    )


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL + PostGIS server for the session (tests/pg_server.py), reached through the
    libpq service ``aktionsraeume_test`` (``PGSERVICEFILE``); stopped and removed at the end.
    A server that cannot start fails the tests that need it."""
    from tests.pg_server import PgServer

    server = PgServer()
    previous = os.environ.get("PGSERVICEFILE")
    try:
        server.start()
        os.environ["PGSERVICEFILE"] = str(server.service_file)
        yield server
    finally:
        if previous is None:
            os.environ.pop("PGSERVICEFILE", None)
        else:
            os.environ["PGSERVICEFILE"] = previous
        server.stop()


@pytest.fixture(scope="session")
def pg_sample(pg_server):
    """The sample "Dortmund 2020" loaded into schema ``stadt`` of the test server (as a GIS department
    holds it); ``sozialraeume_int`` with integer keys, ``sozialraeume_view`` a view without a primary
    key; an empty schema ``ergebnisse`` for results."""
    pg_server.load(SAMPLE_DIR / "dortmund2020.gpkg", "stadt")
    pg_server.sql(
        "CREATE TABLE stadt.sozialraeume_int AS SELECT fid, sozialraum_nr::integer AS nr, sozialraum_name, geom "
        "FROM stadt.sozialraeume; ALTER TABLE stadt.sozialraeume_int ADD PRIMARY KEY (fid);"
        "CREATE VIEW stadt.sozialraeume_view AS SELECT sozialraum_nr, sozialraum_name, geom FROM stadt.sozialraeume;"
        "CREATE SCHEMA IF NOT EXISTS ergebnisse"
    )
    return pg_server
