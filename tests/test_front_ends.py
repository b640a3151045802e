"""The front ends stay thin: Processing algorithms share one base class, and no front end reaches into
the private helpers of services."""

from __future__ import annotations

import ast

import pytest
from qgis.core import QgsApplication

from .conftest import REPO_DIR

PACKAGE = REPO_DIR / "aktionsraeume_plugin"
FRONT_ENDS = [
    *sorted((PACKAGE / "ui").rglob("*.py")),
    *sorted((PACKAGE / "processing").rglob("*.py")),
    PACKAGE / "cli.py",
]
GROUPS_DE = {"tables": "Tabellen", "assessment": "Bewertung", "boundaries": "Grenzen", "map": "Karte"}


@pytest.mark.parametrize("path", FRONT_ENDS, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_front_ends_import_no_private_names_from_services(path):
    private = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and "services" in (node.module or ""):
            private += [f"{node.module}.{alias.name}" for alias in node.names if alias.name.startswith("_")]
    assert private == []


def test_every_algorithm_has_name_group_help_and_icon_in_the_users_language(aktionsraeume_provider):
    from aktionsraeume_plugin.processing.algorithm import AktionsraeumeAlgorithm, _no_threading_flag
    from aktionsraeume_plugin.services.i18n import install_translator, remove_translators

    algorithms = aktionsraeume_provider.algorithms()
    assert {a.name() for a in algorithms} == {"jointable", "assess", "checkboundaries", "exportmap"}
    english = {a.name(): (a.displayName(), a.shortHelpString()) for a in algorithms}
    assert install_translator("de")
    try:
        for algorithm in algorithms:
            registered = QgsApplication.processingRegistry().algorithmById(algorithm.id())
            assert isinstance(registered, AktionsraeumeAlgorithm)
            copy = registered.create()
            assert type(copy) is type(registered) and copy is not registered
            assert copy.group() == GROUPS_DE[copy.groupId()]
            display, help_text = english[copy.name()]
            # Translated in the algorithm's own context: German, and not the English text.
            assert copy.displayName() and copy.displayName() != display
            assert len(copy.shortHelpString()) > 100 and copy.shortHelpString() != help_text
            assert not copy.icon().isNull()
    finally:
        remove_translators()
    export = QgsApplication.processingRegistry().algorithmById("aktionsraeume:exportmap")
    assert export.flags() & _no_threading_flag()  # layouts are not thread-safe


def test_population_comes_from_the_layers_by_canonical_key(qgis_app):
    from qgis.core import QgsFeature, QgsVectorLayer

    from aktionsraeume_plugin.services.proposals import population_by_key
    from aktionsraeume_plugin.services.status_layers import AreaLevel

    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:25832&field=nr:integer&field=Einwohner:integer", "Sozialräume", "memory"
    )
    features = []
    for key, inhabitants in ((503, 1200), (102, None)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([key, inhabitants])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    level = AreaLevel(layer, "nr", "")
    known = {"503": 1.0, "999": 50.0}
    assert population_by_key([(layer, level)], None, known) == {"503": 1200.0, "999": 50.0}
    assert population_by_key([], None, None) is None
