"""``aktionsraeume:assess`` and the assessment service on the sample, with real QGIS layers."""

from __future__ import annotations

import pandas as pd
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from aktionsraeume_plugin.core.catalogue import CatalogueError, load_catalogue
from aktionsraeume_plugin.core.scenario import read_scenario
from aktionsraeume_plugin.paths import SAMPLE_DIR
from aktionsraeume_plugin.services.assessment_service import assess_layer, reference_from_table
from aktionsraeume_plugin.services.layers import layer_to_frame, open_gpkg_layer, write_layers_to_gpkg

GPKG = SAMPLE_DIR / "dortmund2020.gpkg"
SPACE_CSV = SAMPLE_DIR / "indikatoren_sozialraeume_2018.csv"
CATALOGUE = SAMPLE_DIR / "katalog.toml"


def joined_space_layer() -> QgsVectorLayer:
    """The Sozialräume with the indicator CSV joined by key (as the join step produces it), in memory."""
    from aktionsraeume_plugin.services.layers import frame_to_memory_layer

    source = open_gpkg_layer(GPKG, "sozialraeume")
    polygons = layer_to_frame(source).drop(columns="fid")
    table = pd.read_csv(
        SPACE_CSV,
        sep=";",
        decimal=",",
        thousands=".",
        na_values=["."],
        dtype={"Sozialraum-Nr.": str},
        encoding="utf-8-sig",
    )
    joined = polygons.merge(table, left_on="sozialraum_nr", right_on="Sozialraum-Nr.", how="left")
    return frame_to_memory_layer(joined, source.crs(), "joined")


@pytest.fixture(scope="module")
def joined(qgis_app):
    return joined_space_layer()


def run(processing, parameters):
    return processing.run("aktionsraeume:assess", {"OUTPUT": "memory:", **parameters})


def test_assess_average_on_the_sample(qgis_processing, aktionsraeume_provider, joined):
    import processing

    result = run(
        processing,
        {
            "INPUT": joined,
            "CATALOGUE": str(CATALOGUE),
            "METHOD": 0,
            "KEY": "sozialraum_nr",
            "REFERENCE_TABLE": str(SPACE_CSV),
        },
    )
    assert result["BELOW_AVERAGE"] == 13
    layer = result["OUTPUT"]
    assert layer.featureCount() == 39
    names = layer.fields().names()
    for field in ("w_tlq", "n_worse", "n_worse_erwerb", "thr_hit", "thr_ids", "bel_avg"):
        assert field in names
    rows = {f["sozialraum_name"]: f for f in layer.getFeatures()}
    assert rows["Dorstfeld"]["bel_avg"] == 1 and rows["Dorstfeld"]["thr_ids"] == "tlq"
    assert rows["Bövinghausen/Westrich"]["thr_hit"] == 1
    assert rows["Alt-Scharnhorst"]["bel_avg"] == 0 and rows["Wickede"]["bel_avg"] == 0
    assert rows["Dorstfeld"].geometry().area() > 0  # geometry is carried over
    baseline = set(read_scenario(SAMPLE_DIR / "szenario_2020.json").baseline.action_spaces)
    assert {f["sozialraum_nr"] for f in rows.values() if f["bel_avg"] == 1} == (
        baseline - {rows["Alt-Scharnhorst"]["sozialraum_nr"], rows["Wickede"]["sozialraum_nr"]}
    ) | {rows["Dorstfeld"]["sozialraum_nr"], rows["Bövinghausen/Westrich"]["sozialraum_nr"]}
    assert joined.fields().indexFromName("bel_avg") < 0  # the input is not changed


def test_assess_index_on_the_sample(qgis_processing, aktionsraeume_provider, joined):
    import processing

    result = run(processing, {"INPUT": joined, "CATALOGUE": str(CATALOGUE), "METHOD": 1})
    layer = result["OUTPUT"]
    values = [f["status_idx"] for f in layer.getFeatures()]
    assert len(values) == 39 and all(v is not None for v in values)
    assert abs(sum(values) / 39) < 1e-9  # standardised over the areas
    classes = {f["status_cls"] for f in layer.getFeatures()}
    assert classes <= {"hoch", "mittel", "niedrig", "sehr_niedrig"}
    assert {"dyn_idx", "dyn_cls", "z_tlq"} <= set(layer.fields().names())
    assert result["BELOW_AVERAGE"] == sum(
        1 for f in layer.getFeatures() if f["status_cls"] in ("niedrig", "sehr_niedrig")
    )


def test_reference_without_table_is_the_weighted_mean(qgis_processing, aktionsraeume_provider, joined):
    import processing

    from aktionsraeume_plugin.core.assessment import REFERENCE_WEIGHTED_MEAN, assess

    result = run(processing, {"INPUT": joined, "CATALOGUE": str(CATALOGUE), "METHOD": 0})
    frame = layer_to_frame(joined, geometry=False)
    expected = assess(frame, load_catalogue(CATALOGUE), "sozialraum_nr")
    assert expected.report.reference_method == REFERENCE_WEIGHTED_MEAN
    got = {f["sozialraum_nr"]: f["n_worse"] for f in result["OUTPUT"].getFeatures()}
    assert got == expected.fields["n_worse"].to_dict()


def test_bad_catalogue_is_a_processing_error_not_a_traceback(
    qgis_processing, aktionsraeume_provider, joined, tmp_path
):
    import processing

    broken = tmp_path / "k.toml"
    broken.write_text(
        CATALOGUE.read_text(encoding="utf-8").replace(
            'column = "Arbeitslosenquote in %"', 'column = "Arbeitslosenquote"'
        ),
        encoding="utf-8",
    )
    with pytest.raises(
        QgsProcessingException, match=r"k\.toml, line \d+: The input layer has no column 'Arbeitslosenquote'"
    ):
        run(processing, {"INPUT": joined, "CATALOGUE": str(broken), "METHOD": 0})


def test_service_writes_a_gpkg_table_and_keeps_other_tables(qgis_app, joined, tmp_path):
    catalogue = load_catalogue(CATALOGUE)
    reference = reference_from_table(SPACE_CSV, catalogue)
    assert reference.values["tlq"] == pytest.approx(17.6)
    # the input as a GeoPackage layer (which has its own fid field) must work too
    source_path = tmp_path / "joined.gpkg"
    write_layers_to_gpkg([(joined, "joined")], source_path)
    source = open_gpkg_layer(source_path, "joined")
    out = tmp_path / "ergebnis.gpkg"
    write_layers_to_gpkg([(joined, "other")], out)
    layer, result = assess_layer(source, catalogue, "average", "sozialraum_nr", reference, out, "bewertung")
    assert layer.isValid() and layer.featureCount() == 39
    assert sum(f["bel_avg"] for f in layer.getFeatures()) == 13
    assert layer.fields().field("n_worse").typeName().lower().startswith("integer")
    assert layer.fields().field("Transferleistungsquote in %").typeName().lower() in ("real", "double")
    assert open_gpkg_layer(out, "other").featureCount() == 39  # the GeoPackage's other table is kept
    assert result.report.reference_method == "total_row"
    with pytest.raises(CatalogueError):
        assess_layer(open_gpkg_layer(GPKG, "sozialraeume"), catalogue, "average")


def test_an_unreadable_catalogue_is_refused_by_the_parameter_check(
    qgis_processing, aktionsraeume_provider, joined, tmp_path
):
    """QGIS's parameter check reports it once; an exception while running is printed three times by
    qgis_process."""
    from qgis.core import QgsApplication, QgsProcessingContext

    broken = tmp_path / "k.toml"
    broken.write_text('[catalogue]\nname = "x"\n[[indicator]]\nid = 1\n', encoding="utf-8")
    context = QgsProcessingContext()
    for algorithm_id in ("aktionsraeume:assess", "aktionsraeume:compareyears"):
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        parameters = {"INPUT": joined, "EARLIER": joined, "CATALOGUE": str(broken), "OUTPUT": "memory:"}
        ok, message = algorithm.checkParameterValues(parameters, context)
        assert not ok and message.startswith(f"{broken}, line 4: "), (algorithm_id, message)
        parameters["CATALOGUE"] = str(CATALOGUE)
        assert algorithm.checkParameterValues(parameters, context) == (True, "")
