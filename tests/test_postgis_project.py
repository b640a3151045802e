"""A project kept in the PostGIS database (QGIS's PostgreSQL project storage): the set-up, the joined
layers and the scenario survive saving and reopening, as with a .qgz file; the command line's
``--project`` takes the database URI; no password is stored."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from aktionsraeume_plugin.services.result_storage import TABLES_PROPERTY
from aktionsraeume_plugin.services.workspace import default_storage, load_workspace
from tests.conftest import REPO_DIR
from tests.pg_server import PASSWORD, SERVICE
from tests.test_postgis_workflow import LEVELS, run_press_release

PROJECT_URI = f"postgresql:?service={SERVICE}&schema=projekte&project=pressemitteilung"


def test_project_in_the_database_keeps_set_up_joins_and_scenario(qgis_iface, pg_sample, tmp_path):
    pg_sample.sql("CREATE SCHEMA IF NOT EXISTS projekte")
    layers = {
        name: QgsVectorLayer(pg_sample.uri(table, "stadt", key="fid"), name, "postgres")
        for name, table in LEVELS.items()
    }
    done = run_press_release(qgis_iface, tmp_path / "db", layers, save_to=PROJECT_URI)
    assert pg_sample.sql("SELECT name FROM projekte.qgis_projects") == [["pressemitteilung"]]
    stored = bytes.fromhex(pg_sample.sql("SELECT encode(content, 'hex') FROM projekte.qgis_projects")[0][0])
    with zipfile.ZipFile(io.BytesIO(stored)) as archive:
        for name in archive.namelist():
            assert PASSWORD.encode() not in archive.read(name), name
        qgs = next(archive.read(n) for n in archive.namelist() if n.endswith(".qgs")).decode()
    assert f"service='{SERVICE}'" in qgs

    project = QgsProject.instance()
    project.clear()
    try:
        assert project.read(PROJECT_URI), project.error()
        workspace = load_workspace(project)
        assert workspace.status_layers.statuses("spaces") == done["spaces"]
        assert workspace.status_layers.statuses("quarters") == done["quarters"]
        assert {c.id for c in workspace.scenario.changes if c.enabled} == set(done["toggled"])
        assert workspace.levels.spaces.layer.providerType() == "postgres"
        joined = [
            layer
            for layer in project.mapLayers().values()
            if isinstance(layer, QgsVectorLayer) and layer.customProperty(TABLES_PROPERTY)
        ]
        assert len(joined) >= 2 and all(layer.isValid() for layer in joined)
        # new results of a project without a folder: the profile folder, the same file every time
        storage = default_storage(project)
        assert storage == default_storage(project)
        assert storage.parent == Path(QgsApplication.qgisSettingsDirPath()) / "aktionsraeume"
        assert storage.name.startswith("pressemitteilung_") and SERVICE not in storage.name
    finally:
        project.clear()

    out = tmp_path / "karte.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "aktionsraeume_plugin",
            "map",
            "--project",
            PROJECT_URI,
            "--dpi",
            "40",
            "--out",
            str(out),
        ],
        cwd=REPO_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 5_000
    assert not (REPO_DIR / "postgresql:").exists()
