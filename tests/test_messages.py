"""One way to say things: core returns messages (code + values), services.messages words them in the
user's language and number format, as QGIS's own locale setting says."""

from __future__ import annotations

import ast
import datetime
import json
import re

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsProcessingFeedback, QgsProject
from qgis.PyQt.QtCore import QLocale

from aktionsraeume_plugin.core.assessment import AssessmentError, assess, reference_from_row, to_numbers
from aktionsraeume_plugin.core.candidates import propose_changes
from aktionsraeume_plugin.core.catalogue import CatalogueError, load_catalogue, parse_catalogue
from aktionsraeume_plugin.core.cells import NumberError, parse_missing_values
from aktionsraeume_plugin.core.development import ComparisonError, compare_years
from aktionsraeume_plugin.core.join import JoinError, join_table
from aktionsraeume_plugin.core.messages import Message, MessageError
from aktionsraeume_plugin.core.profiles import ProfileError, select_areas
from aktionsraeume_plugin.core.scenario import Baseline, ChangeAction, Scenario, ScenarioError, read_scenario
from aktionsraeume_plugin.core.tables import TableError, read_table
from aktionsraeume_plugin.paths import SAMPLE_DIR
from aktionsraeume_plugin.services.i18n import install_translator, language, number_locale, qgis_language
from aktionsraeume_plugin.services.map_export import MapTexts
from aktionsraeume_plugin.services.messages import (
    TEMPLATES,
    date_text,
    error_text,
    number_text,
    rationale_text,
    render,
)
from aktionsraeume_plugin.services.project_state import ProjectState, load_state, save_state

from .conftest import REPO_DIR

CORE = REPO_DIR / "aktionsraeume_plugin" / "core"


def _is_code(node) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.fullmatch(r"[a-z_]+(\.[a-z_]+)+|quoted|located", node.value) is not None
    )


def core_message_codes() -> set[str]:
    """Every literal code of a ``Message(...)`` made in core, and of the errors core raises
    (``TableError("table.not_found", ...)``, ``CatalogueError(source, line, "catalogue.…")``,
    ``self.fail(line, "catalogue.…")``)."""
    codes = set()
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", "") or getattr(node.func, "attr", "")
            if name == "Message" and isinstance(node.args[0], ast.Constant):
                codes.add(node.args[0].value)
            elif name.endswith("Error") or name == "fail":
                codes.update(arg.value for arg in node.args if _is_code(arg))
    return codes


def test_every_code_core_says_has_a_wording():
    from aktionsraeume_plugin.core.boundaries import FINDING_TYPES
    from aktionsraeume_plugin.core.join import AGGREGATIONS

    codes = core_message_codes()
    assert len(codes) > 150  # the scan works (messages and errors)
    codes |= {f"boundary.{code}" for code in FINDING_TYPES} | {f"join.aggregate_{a}" for a in AGGREGATIONS}
    assert sorted(codes - set(TEMPLATES)) == []


def test_core_holds_no_wording_and_no_translation_marks():
    for path in CORE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "QT_TRANSLATE_NOOP" not in text, path.name
        assert not re.search(r"\b(REPORT_TEXTS|MESSAGES)\s*[:=]", text), path.name


def test_messages_are_plain_data_and_survive_json():
    nested = Message(
        "rationale.listing",
        {
            "count": Message("rationale.below_count", {"worse": 2, "valid": 7}),
            "indicators": Message(
                "list.and", {"items": [Message("rationale.worse_than_city", {"value": 1.5})]}
            ),
        },
    )
    assert Message.from_dict(json.loads(json.dumps(nested.to_dict()))) == nested
    assert isinstance(nested.params["indicators"].params["items"], tuple)
    numpy_values = Message(
        "x", {"share": np.float64(1.5), "count": np.int64(3), "action": ChangeAction.ADD_SPACE}
    )
    assert numpy_values.params == {"share": 1.5, "count": 3, "action": "add_space"}
    assert type(numpy_values.params["share"]) is float
    with pytest.raises(ValueError, match="not plain data"):
        Message("x", {"frame": object()})


def test_numbers_follow_the_user_locale(qgis_locale):
    overlap = Message("boundary.overlap", {"level": "spaces", "key_a": "01", "key_b": "02", "area": 2000.0})
    qgis_locale("de_DE")
    assert qgis_language() == "de" and language() == "de"
    assert number_locale().decimalPoint() == ","
    assert render(overlap) == "Sozialraum 01 und Sozialraum 02 überlappen sich um 2.000,0 m²."
    qgis_locale("en_GB")
    assert qgis_language() == "en"
    assert render(overlap) == "Space 01 and space 02 overlap by 2,000.0 m²."


def test_text_a_person_wrote_is_shown_as_written(qgis_locale):
    qgis_locale("en_US")
    old = read_scenario(SAMPLE_DIR / "szenario_2020.json")  # a file with rationales as text
    change = old.changes[0]
    assert not change.reasons and rationale_text(change) == change.rationale
    assert rationale_text(change).startswith("Daten seit 2007 deutlich verbessert")
    assert old.to_dict()["version"] == 1  # without reasons it stays readable for older releases


def sample_proposals():
    catalogue = load_catalogue(SAMPLE_DIR / "katalog.toml")
    results, names, parents = {}, {}, {}
    for level, key in (("sozialraeume", "Sozialraum-Nr."), ("quartiere", "Quartier-Nr.")):
        table = read_table(
            SAMPLE_DIR / f"indikatoren_{level}_2018.csv",
            key_column=key,
            total_labels=catalogue.reference.total_row,
        )
        results[level] = assess(
            table.frame, catalogue, key, reference=reference_from_row(table.total_row, catalogue, "Stadt")
        )
        names.update(
            zip(table.frame[key], table.frame["Sozialraum" if level == "sozialraeume" else "Quartier"])
        )
        if level == "quartiere":
            parents = dict(zip(table.frame[key], table.frame["Sozialraum-Nr."]))
    baseline = read_scenario(SAMPLE_DIR / "szenario_2020.json").baseline
    changes = propose_changes(baseline, results["sozialraeume"], results["quartiere"], names, parents)
    return Scenario("generated", baseline, tuple(changes)), {name: key for key, name in names.items()}


def test_a_scenario_made_in_german_reads_in_english_after_reopening(qgis_locale, tmp_path):
    qgis_locale("de_DE")
    scenario, keys = sample_proposals()
    added = scenario.change(f"add_space-{keys['Bövinghausen/Westrich']}")
    kept = scenario.change(f"keep_quarter-{keys['Wambeler Heide']}")
    german = rationale_text(added)
    assert re.search(r"Transferleistungsquote \d+,\d % \(> 20 %\)", german)
    assert "Indikatoren unter dem städtischen Durchschnitt" in german
    assert rationale_text(kept).split("; ")[-1].startswith("Quartier weiterhin mit")

    project = QgsProject()
    save_state(ProjectState(scenario, "", {}), project)
    path = tmp_path / "projekt.qgz"
    assert project.write(str(path))
    reopened = QgsProject()
    assert reopened.read(str(path))
    stored = load_state(reopened).scenario
    assert stored == scenario

    qgis_locale("en_US")
    english = rationale_text(stored.change(added.id))
    assert re.search(r"^Benefit receipt rate \d+\.\d % \(> 20 %\)", english)  # the catalogue's label_en
    assert "indicators below the city average" in english and "Indikatoren" not in english
    assert "(city " in english and "Stadt " not in english
    assert rationale_text(stored.change(kept.id)).split("; ")[-1].startswith("quarter still with")
    removed = stored.change(f"remove_space-{keys['Alt-Scharnhorst']}")
    assert rationale_text(removed).startswith("only ")


def test_the_processing_assess_log_speaks_the_users_language(
    qgis_processing, aktionsraeume_provider, qgis_locale
):
    import processing

    from .test_assess_processing import CATALOGUE, SPACE_CSV, joined_space_layer

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):
            self.lines.append(info)
            super().pushInfo(info)

    def log(locale: str) -> str:
        qgis_locale(locale)
        feedback = Log()
        parameters = {
            "INPUT": joined_space_layer(),
            "CATALOGUE": str(CATALOGUE),
            "METHOD": 1,
            "KEY": "sozialraum_nr",
            "REFERENCE_TABLE": str(SPACE_CSV),
            "OUTPUT": "memory:",
        }
        processing.run("aktionsraeume:assess", parameters, feedback=feedback)
        return "\n".join(feedback.lines)

    german = log("de_DE")
    assert "Städtischer Bezugswert: die Gesamtzeile der Tabelle" in german
    assert "Gebiete liegen unter dem Durchschnitt." in german
    english = log("en_US")
    assert "City reference: the table's total row" in english and "Städtischer" not in english


def test_join_report_reads_german_throughout(qgis_locale):
    from aktionsraeume_plugin.core.join import JoinReport
    from aktionsraeume_plugin.services.join_service import report_text

    report = JoinReport(
        table="t.csv", table_key="Nr", area_key="nr", rows_read=3, features=2, matched_features=1
    )
    report.rows_without_feature = [(4, "0999")]
    report.warnings = [Message("table.city_total_row", {"label": "Stadt", "row": 9})]
    report.read_options = {
        "format": "csv",
        "encoding": "cp1252",
        "delimiter": ";",
        "decimal": ",",
        "header_row": "1",
    }
    qgis_locale("de_DE")
    text = report_text(report)
    assert "0999 (Zeile 4)" in text and "row" not in text
    assert "Gesamtzeile der Stadt „Stadt“ in Zeile 9" in text
    assert (
        "Gelesen mit: Format csv; Kodierung cp1252; Trennzeichen „;“; Dezimalzeichen „,“; Kopfzeile in Zeile 1"
        in text
    )
    assert "delimiter" not in text and "encoding" not in text


def test_long_lists_are_shortened_in_the_users_language(qgis_locale):
    qgis_locale("de_DE")
    message = Message("join.features_without_row", {"count": 25, "keys": [f"k{n}" for n in range(25)]})
    assert render(message).endswith("k19, … und 5 weitere")
    assert render("given text") == "given text"
    assert render(Message("from.a.newer.release", {"n": 1})) == "from.a.newer.release {'n': 1}"
    assert render(Message("join.rows_read")).startswith("Rows read: {rows}")  # a value missing: not lost


def test_the_council_list_words_generated_rationales_in_the_users_language(qgis_locale, tmp_path):
    from aktionsraeume_plugin.core.summary_export import export_summary

    scenario, _keys = sample_proposals()
    qgis_locale("en_US")
    text = export_summary(tmp_path / "liste.csv", scenario, rationale=rationale_text).read_text("utf-8-sig")
    assert "indicators below the city average" in text and "Indikatoren" not in text


def _raised(make) -> MessageError:
    with pytest.raises(MessageError) as raised:
        make()
    return raised.value


def _bad_direction_catalogue():
    text = (SAMPLE_DIR / "katalog.toml").read_text(encoding="utf-8")
    return parse_catalogue(
        text.replace('direction = "higher_is_worse"', 'direction = "lower_is_worse"', 1), "katalog.toml"
    )


#: one error of each kind core raises: what makes it, what names the place (file, row, column, line),
#: a fragment of its English and of its German wording
CORE_ERRORS = [
    (
        lambda: read_table(SAMPLE_DIR / "indikatoren_sozialraeume_2018.csv", key_column="Kennziffer"),
        TableError,
        ("indikatoren_sozialraeume_2018.csv", "'Kennziffer'"),
        "no column 'Kennziffer' (key column); the columns are",
        "keine Spalte „Kennziffer“ (Schlüsselspalte); die Spalten sind",
    ),
    (
        lambda: join_table(pd.DataFrame({"nr": ["1"]}), "code", pd.DataFrame({"nr": ["1"]}), "nr"),
        JoinError,
        ("code",),
        "The areas have no field 'code'.",
        "Die Gebiete haben kein Feld „code“.",
    ),
    (
        _bad_direction_catalogue,
        CatalogueError,
        ("katalog.toml", "lower_is_worse"),
        "has direction 'lower_is_worse'",
        "hat die Richtung „lower_is_worse“",
    ),
    (
        lambda: Scenario.from_json('{"format": "x"}', "szenario.json"),
        ScenarioError,
        ("szenario.json",),
        "not an Aktionsräume scenario",
        "kein Aktionsräume-Szenario",
    ),
    (
        lambda: to_numbers(pd.Series(["1", "k.A."], dtype=object), "Quote", ["1", "2"]),
        AssessmentError,
        ("'2'", "'Quote'", "k.A."),
        "is not a number",
        "ist keine Zahl",
    ),
    (
        lambda: compare_years(
            pd.DataFrame({"a": [1]}),
            pd.DataFrame({"a": [1]}),
            load_catalogue(SAMPLE_DIR / "katalog.toml"),
            "Nummer",
        ),
        ComparisonError,
        ("'Nummer'",),
        "the later table: no key column 'Nummer'",
        "der späteren Tabelle: keine Schlüsselspalte „Nummer“",
    ),
    (
        lambda: select_areas(Scenario(name="s", baseline=Baseline()), "spaces", "nope", ["1"]),
        ProfileError,
        ("nope",),
        "Unknown selection 'nope'",
        "Unbekannte Auswahl „nope“",
    ),
    (
        lambda: parse_missing_values("-9999; k.A."),
        NumberError,
        ("k.A.",),
        "is not a number (missing-value codes",
        "ist keine Zahl (Fehlwert-Codes",
    ),
]


@pytest.mark.parametrize(("make", "kind", "names", "english_text", "german"), CORE_ERRORS)
def test_core_errors_speak_the_users_language(qgis_locale, make, kind, names, english_text, german):
    qgis_locale("de_DE")
    error = _raised(make)
    assert isinstance(error, kind) and isinstance(error, ValueError)
    shown = error_text(error)
    assert german in shown, shown
    for name in names:  # the file, row, column or line is named as before (German quotes around names)
        assert name.strip("'") in shown, (name, shown)
    assert english_text in str(error)  # logs and tracebacks keep the English wording
    for name in names:
        assert name in str(error), (name, str(error))
    qgis_locale("en_US")
    assert english_text in error_text(_raised(make))


def test_an_error_is_worded_in_the_language_of_the_moment_it_is_shown(qgis_locale):
    """The error carries its message, not a sentence: made in German, shown in English."""
    qgis_locale("de_DE")
    error = _raised(_bad_direction_catalogue)
    assert "Zeile" in error_text(error)
    qgis_locale("en_US")
    assert error_text(error).startswith(f"katalog.toml, line {error.line}: indicator")
    assert error_text(ValueError("plain text")) == "plain text"  # other errors are shown as they are


def test_numbers_and_dates_in_text_follow_the_locale(qgis_locale):
    qgis_locale("de_DE")
    assert number_text(20172.5) == "20.172,5"
    assert number_text(-0.25, 2, signed=True) == "−0,25"
    assert number_text(None) == "–"
    assert number_text(11.9, language="en") == "11.9"  # a document in a chosen language
    assert date_text(datetime.date(2026, 11, 30)) == "30. November 2026"
    repaired = Message(
        "repair.feature", {"key": "0503", "before": 20172.5, "after": 20000.0, "difference": -172.5}
    )
    assert render(repaired) == "  0503: 20.172,5 m² → 20.000,0 m² (−172,5 m²)"
    today = datetime.date.today()
    assert (
        MapTexts.today()
        == f"Stand: {today.day}. {QLocale(QLocale.Language.German).monthName(today.month)} {today.year}"
    )
    qgis_locale("en_US")
    assert number_text(20172.5) == "20,172.5"
    assert number_text(0.5, 2, signed=True) == "+0.50"
    assert date_text(datetime.date(2026, 11, 30)) == "30 November 2026"
    assert render(repaired) == "  0503: 20,172.5 m² → 20,000.0 m² (−172.5 m²)"
    assert (
        MapTexts.today()
        == f"As of {today.day} {QLocale(QLocale.Language.English).monthName(today.month)} {today.year}"
    )


def test_a_document_in_a_chosen_language_gets_that_languages_numbers(qgis_locale):
    """The command line's --lang en on a German QGIS: an English map with English numbers and date."""
    qgis_locale("de_DE")
    assert install_translator("en")
    assert number_text(20172.5) == "20,172.5"
    assert date_text(datetime.date(2026, 11, 30)) == "30 November 2026"


def test_percentage_points_read_in_the_users_words_however_the_catalogue_spells_them(qgis_locale):
    from aktionsraeume_plugin.services.messages import difference_unit, unit_text

    qgis_locale("en_GB")
    assert [unit_text(u) for u in ("%-Punkte", "Prozentpunkte", "pp", "m²")] == ["pp", "pp", "pp", "m²"]
    assert (difference_unit("%"), difference_unit("%-Punkte"), difference_unit("m²")) == ("pp", "pp", "m²")
    qgis_locale("de_DE")
    assert (unit_text("percentage points"), difference_unit("%")) == ("%-Punkte", "%-Punkte")
