"""The panel in the user's language and number format (issue 14, item 9): the assessment table's
headers, the method text and the map legend follow QGIS's locale, German or English, throughout."""

from __future__ import annotations

import re

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from aktionsraeume_plugin.ui.dock import AktionsraeumePanel

from .test_panel_assessment import QUARTER_TABLE, SPACE_TABLE, assess, join

#: the language's words and number format in what the assessment view shows
EXPECTED = {
    "de_DE": {
        "headers": ["Gebiet", "Schlechter", "Schwelle", "Unter"],
        "method": "Methode: Vergleich mit dem städtischen Durchschnitt",
        "city": "(Stadt: 17,6 %)",
        "count": "0 schlechter",
        "decimal": re.compile(r"^−?\d{1,3}(\.\d{3})*,\d – −?\d{1,3}(\.\d{3})*,\d %"),
        "index": re.compile(r"^[+−]\d+,\d\d$"),
        "index_method": "Methode: standardisierter Statusindex (z-Werte, positiv = schlechter); "
        "Klassengrenzen −1; 1; 1,5;",
    },
    "en_US": {
        "headers": ["Area", "Worse", "Threshold", "Below"],
        "method": "Method: comparison with the city average",
        "city": "(city: 17.6 %)",
        "count": "0 worse",
        "decimal": re.compile(r"^−?\d{1,3}(,\d{3})*\.\d – −?\d{1,3}(,\d{3})*\.\d %"),
        "index": re.compile(r"^[+−]\d+\.\d\d$"),
        "index_method": "Method: standardised status index (z-scores, positive = worse); class edges −1, 1, 1.5;",
    },
}


@pytest.fixture(params=sorted(EXPECTED))
def assessed_panel(request, qgis_iface, qgis_locale, tmp_path):
    locale = request.param
    qgis_locale(locale)
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "projekt.qgz"))
    panel = AktionsraeumePanel(qgis_iface)
    panel.resize(350, 900)
    QTest.mouseClick(panel.areas.load_sample_button, Qt.MouseButton.LeftButton)
    join(panel, SPACE_TABLE, "spaces")
    join(panel, QUARTER_TABLE, "quarters")
    assess(panel)
    yield panel, EXPECTED[locale]
    panel.controller.wait_for_tasks()
    panel.controller.disconnect_project()
    project.clear()


def legend_labels(layer) -> list[str]:
    return [r.label() for r in layer.renderer().ranges()]


def test_assessment_view_and_legend_follow_the_locale(assessed_panel):
    panel, expected = assessed_panel
    section = panel.assessment
    proxy = section.proxy
    headers = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    for header in expected["headers"]:
        assert header in headers, headers
    assert section.method_label.text().startswith(expected["method"]), section.method_label.text()
    foreign = {h for e in EXPECTED.values() for h in e["headers"]} - set(expected["headers"])
    assert not foreign & set(headers), headers  # no header of the other language

    section.colour_by_indicator("tlq")
    labels = legend_labels(panel.controller.assessed_layers["spaces"])
    assert expected["city"] in labels[len(labels) // 2], labels
    assert all(expected["decimal"].match(label) for label in labels), labels

    section.colour_by.setCurrentIndex(section.colour_by.findData("count:n_worse:7"))
    labels = legend_labels(panel.controller.assessed_layers["spaces"])
    assert labels[0] == expected["count"], labels


def test_index_values_in_the_table_follow_the_locale(assessed_panel):
    panel, expected = assessed_panel
    section = panel.assessment
    assess(panel, "index")
    proxy = section.proxy
    headers = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    column = headers.index("Index")
    values = [proxy.index(row, column).data() for row in range(proxy.rowCount())]
    assert values and all(expected["index"].match(v) for v in values if v), values
    assert section.method_label.text().startswith(expected["index_method"]), section.method_label.text()
