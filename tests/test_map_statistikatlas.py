"""The real map of the sample "Dortmund Statistikatlas" from the command line: attribution, Stadtbezirk names,
labels of the candidate Unterbezirke; and the status 2018 → 2024 (``--variant development``)."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import unicodedata

import pytest
from qgis.core import QgsProject

from aktionsraeume_plugin.core.status import AreaStatus
from aktionsraeume_plugin.services.sample_project import (
    STATISTIKATLAS_GPKG,
    load_statistikatlas,
    statistikatlas_candidates,
    statistikatlas_development,
)
from aktionsraeume_plugin.services.styling import STATUS_FIELD

from .conftest import REPO_DIR
from .map_probe import pdf_text


def _map(tmp_path, *args, raw: bool = False):
    out = tmp_path / "karte.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "aktionsraeume_plugin",
            "map",
            "--sample",
            "statistikatlas",
            *args,
            "--out",
            str(out),
        ],
        cwd=REPO_DIR,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    if raw:  # text in reading order of its blocks; ligatures (ﬁ) and breaks after hyphens undone
        text = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True).stdout
        return re.sub(r"- ", "-", " ".join(unicodedata.normalize("NFKC", text).split()))
    return " ".join(pdf_text(out).split())


def test_candidates_come_from_the_data(qgis_app):
    candidates = statistikatlas_candidates()
    assert len(candidates) == 42
    assert {"001", "710"} <= set(candidates)  # City-Ost, Bövinghausen
    then, now = statistikatlas_development()
    assert sorted(now) == sorted(candidates) and len(then) == 45  # 40 still below, 5 no longer
    workspace = load_statistikatlas(QgsProject.instance(), add_to_project=False)
    statuses = [f[STATUS_FIELD] for f in workspace.status_layers.spaces.getFeatures()]
    assert statuses.count(AreaStatus.REMAINS_ACTION_SPACE.value) == 42 and len(statuses) == 170


def test_the_real_map_names_its_sources_districts_and_candidates(tmp_path):
    text = _map(tmp_path)
    assert "Stadt Dortmund, Open-Data-Portal (statistische Unterbezirke)" in text
    assert "Statistikatlas 2019 und Statistikportal 2024" in text and "dl-de/by-2-0" in text
    for district in (
        "MENGEDE",
        "EVING",
        "SCHARNHORST",
        "BRACKEL",
        "APLERBECK",
        "HÖRDE",
        "HOMBRUCH",
        "HUCKARDE",
    ):
        assert district in text
    for candidate in ("Clarenberg", "Oestrich", "Nordmarkt-Ost", "Bövinghausen", "Wickeder Feld"):
        assert candidate in text
    assert "Unter dem städtischen Durchschnitt (42)" in text
    assert "Hombruch" not in text.replace("HOMBRUCH", "")  # not a candidate: no area label


def test_the_development_map_shows_status_then_and_now(tmp_path):
    text = _map(tmp_path, "--variant", "development")
    assert "Weiterhin unter dem städtischen Durchschnitt (40)" in text
    assert "Neu unter dem städtischen Durchschnitt (2)" in text
    assert "Nicht mehr unter dem städtischen Durchschnitt (5)" in text
    assert "Dorstfeld" in text and "Lindenhorst" in text  # no longer below average, labelled


def _candidate_names() -> list[str]:
    keys = set(statistikatlas_candidates())
    with sqlite3.connect(f"file:{STATISTIKATLAS_GPKG}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT ubz_nr, ubz_name FROM unterbezirke").fetchall()
    return [name for key, name in rows if str(key) in keys]


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_every_candidate_is_named_on_the_map_or_in_its_key(tmp_path, orientation):
    names = _candidate_names()
    assert len(names) == 42
    text = _map(tmp_path, "--orientation", orientation, raw=True)
    assert [name for name in names if name not in text] == []
    # The names that find no room on the map (the dense city centre) are numbered and listed.
    assert "Nummern in der Karte:" in text
    for name in ("City-Ost", "Cityring-Ost", "Nordmarkt-Süd", "Dorstfelder Brücke"):
        assert re.search(rf"\b\d+ {re.escape(name)}\b", text), name


def test_numbers_survive_reopening_and_restyled_labels_are_the_cartographers(qgis_app, tmp_path):
    from aktionsraeume_plugin.services.map_export import AREA_KEY_ID, ensure_layout, label_every_area
    from aktionsraeume_plugin.services.styling import area_label_settings
    from aktionsraeume_plugin.services.workspace import load_workspace

    project = QgsProject.instance()
    project.clear()
    path = tmp_path / "atlas.qgz"
    project.setFileName(str(path))
    workspace = load_statistikatlas(project, storage=tmp_path / "atlas_aktionsraeume.gpkg")
    project.addMapLayer(workspace.levels.spaces.layer, False)
    workspace.save(project)
    assert project.write()
    project.clear()
    try:
        assert project.read(str(path))
        reopened = load_workspace(project)
        layout = ensure_layout(project, reopened.status_layers, reopened.texts)
        assert len(label_every_area(layout)) >= 10  # the reopened project's labels are still ours
        assert layout.itemById(AREA_KEY_ID).isVisible()
        # A cartographer who restyles the labels keeps them: no numbers are forced on the layer.
        spaces = reopened.status_layers.spaces
        settings = spaces.labeling().clone()
        spaces.setLabeling(settings)
        spaces.setLabelsEnabled(False)
        assert area_label_settings(spaces) is None
        assert label_every_area(layout) == {}
        assert not spaces.labelsEnabled() and not layout.itemById(AREA_KEY_ID).isVisible()
    finally:
        project.clear()
