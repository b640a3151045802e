"""Gebietsprofile (issue 17): one A4 page per area through the profile print layout."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from qgis.core import QgsFeedback, QgsLayoutPoint, QgsProject, QgsUnitTypes

from aktionsraeume_plugin.core.catalogue import load_catalogue
from aktionsraeume_plugin.core.profiles import (
    KIND_ACTION_QUARTER,
    KIND_ACTION_SPACE,
    ProfileArea,
    ProfileError,
    area_changes,
    select_areas,
)
from aktionsraeume_plugin.core.scenario import read_scenario
from aktionsraeume_plugin.services.map_export import ExportError
from aktionsraeume_plugin.services.messages import number_text
from aktionsraeume_plugin.services.profile_export import (
    PROFILE_LAYOUT_NAME,
    build_profiles,
    export_profiles,
    indicator_label,
    prepare_profiles,
)
from aktionsraeume_plugin.services.qt_compat import set_label_font
from aktionsraeume_plugin.services.sample_project import (
    SAMPLE_CATALOGUE,
    SAMPLE_SCENARIO,
    load_sample,
    sample_profile_source,
)

from .conftest import REPO_DIR

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
ADDED = {"Dorstfeld", "Bövinghausen/Westrich"}


def _cli(language: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "aktionsraeume_plugin", "--lang", language, "profiles", *args],
        cwd=REPO_DIR,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def _flat(text: str) -> str:
    """Whitespace collapsed, ligatures (ﬂ, ﬁ) as pdftotext writes them resolved."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


# -- core ------------------------------------------------------------------------------------------


def test_the_scenario_selection_is_its_aktionsraeume_then_its_aktionsquartiere():
    scenario = read_scenario(SAMPLE_SCENARIO)
    spaces = ["0102", "0103", "0503", "1003", "9999"]
    quarters = ["050301", "050304", "060301"]
    areas = select_areas(scenario, None, "scenario", spaces, quarters)
    assert areas == [
        ProfileArea("spaces", "0102"),
        ProfileArea("spaces", "0103"),
        ProfileArea("spaces", "1003"),
        ProfileArea("quarters", "050304"),
        ProfileArea("quarters", "060301"),
    ]
    assert select_areas(scenario, "quarters", "all", spaces, quarters) == [
        ProfileArea("quarters", k) for k in quarters
    ]
    assert select_areas(scenario, "spaces", "selected", spaces, quarters, ["1003"]) == [
        ProfileArea("spaces", "1003")
    ]
    with pytest.raises(ProfileError):
        select_areas(scenario, "spaces", "selected", spaces, quarters, ["nope"])
    assert [c.id for c in area_changes(scenario, "0102")] == ["add-0102"]
    assert area_changes(scenario.with_enabled("add-0102", False), "0102") == ()


def test_profiles_of_the_sample_hold_every_indicator_grouped_by_domain(qgis_app):
    project = QgsProject.instance()
    project.clear()
    workspace = load_sample(project, add_to_project=False)
    profiles = build_profiles(workspace.status_layers, sample_profile_source())
    assert len(profiles) == 15
    assert [p.kind for p in profiles].count(KIND_ACTION_SPACE) == 13
    assert [p.kind for p in profiles].count(KIND_ACTION_QUARTER) == 2
    catalogue = load_catalogue(SAMPLE_CATALOGUE)
    domain_order = [d.id for d in catalogue.domains]
    for profile in profiles:
        assert {row.indicator.id for row in profile.rows} == {i.id for i in catalogue.indicators}
        positions = [domain_order.index(row.indicator.domain) for row in profile.rows]
        assert positions == sorted(positions)
        for row in profile.rows:
            assert row.value is not None and row.reference is not None
            assert row.difference == pytest.approx(row.value - row.reference)
            assert row.worse == ((row.value - row.reference) * row.indicator.worse_sign > 0)
            assert row.z is not None and row.change is None  # no earlier year in the sample
        assert profile.index is not None and profile.index_class
    dorstfeld = next(p for p in profiles if p.name == "Dorstfeld")
    assert dorstfeld.status == "ar_new" and "tlq" in dorstfeld.threshold_hits
    assert dorstfeld.district == "Innenstadt-West"
    project.clear()


# -- the PDF ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_command_line_writes_one_page_per_area_with_values_status_and_reasons(
    qgis_app, tmp_path, language
):
    out = tmp_path / "profile.pdf"
    result = _cli(language, "--sample", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    pages = _pages(out)
    assert len(pages) == 15

    project = QgsProject.instance()
    project.clear()
    from aktionsraeume_plugin.services.i18n import install_translator, remove_translators

    install_translator(language)
    try:
        workspace = load_sample(project, add_to_project=False)
        profiles = build_profiles(workspace.status_layers, sample_profile_source())
        from aktionsraeume_plugin.services.messages import status_label

        for page, profile in zip(pages, profiles):
            flat = _flat(page)
            # the catalogue writes "%-Punkte"; an English page reads percentage points as "pp"
            assert ("%-Punkte" in flat) == (language == "de"), profile.name
            assert profile.name in flat
            assert status_label(profile.status) in flat
            for row in profile.rows:
                assert _flat(indicator_label(row.indicator, language)) in flat, row.indicator.id
                assert number_text(row.value, language=language) in flat, (profile.name, row.indicator.id)
                assert number_text(row.reference, language=language) in flat, (profile.name, row.indicator.id)
            if profile.name in ADDED:
                label = "Transferleistungsquote" if language == "de" else "Benefit receipt rate"
                above = (
                    "über dem Schwellenwert von 20 %" if language == "de" else "above the threshold of 20 %"
                )
                assert f"{label} {number_text(profile.rows[0].value, language=language)} % {above}" in flat
                # the count names status indicators: the table also lists change indicators
                status = "Statusindikatoren schlechter" if language == "de" else "status indicators worse"
                assert (
                    f"{profile.n_worse} {'von' if language == 'de' else 'of'} {profile.n_valid} {status}"
                    in flat
                )
    finally:
        remove_translators()
        install_translator("en")
        project.clear()


def test_a_moved_table_survives_saving_and_reopening_and_is_used_by_the_next_export(qgis_app, tmp_path):
    project = QgsProject.instance()
    project.clear()
    project_file = tmp_path / "stadt.qgz"
    project.setFileName(str(project_file))
    workspace = load_sample(project, storage=tmp_path / "stadt_aktionsraeume.gpkg")
    workspace.save(project)
    layout = prepare_profiles(project, workspace, sample_profile_source(), "en")
    table_frame = layout.itemById("indicator_table")
    table_frame.attemptMove(QgsLayoutPoint(12, 60, MM))
    assert project.write()
    project.clear()

    # The command line reads the saved project and exports the moved table.
    out = tmp_path / "moved.pdf"
    result = _cli("en", "--project", str(project_file), "--out", str(out))
    assert result.returncode == 0, result.stderr
    from .map_probe import pdf_word_box

    _x, top = pdf_word_box(out, "Domain")
    assert abs(top - 60 / 25.4 * 72) < 15  # the table's header row, in points from the top

    assert project.read(str(project_file))
    layout = project.layoutManager().layoutByName(PROFILE_LAYOUT_NAME)
    assert layout.itemById("indicator_table").pagePos().y() == pytest.approx(60)
    project.clear()


def test_separate_files_and_a_cancelled_export_leave_nothing_partial(qgis_app, tmp_path):
    project = QgsProject.instance()
    project.clear()
    workspace = load_sample(project, add_to_project=False)
    layout = prepare_profiles(project, workspace, sample_profile_source(), "de", "quarters", "scenario")
    written = export_profiles(layout, tmp_path / "profil.pdf", separate=True)
    assert sorted(p.name for p in written) == [
        "profil_050304_Wambeler_Heide.pdf",
        "profil_060301_Meylantviertel.pdf",
    ]
    assert all(len(_pages(p)) == 1 for p in written)
    with pytest.raises(ExportError):
        export_profiles(layout, tmp_path / "profil.pdf", separate=True)  # exists, no overwrite

    feedback = QgsFeedback()
    feedback.progressChanged.connect(lambda progress: feedback.cancel() if progress > 0 else None)
    previous = b"%PDF old %%EOF"
    target = tmp_path / "alle.pdf"
    target.write_bytes(previous)
    with pytest.raises(ExportError):
        export_profiles(layout, target, overwrite=True, feedback=feedback)
    assert target.read_bytes() == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alle.pdf", *sorted(p.name for p in written)]
    project.clear()


def test_missing_fonts_are_named_with_their_substitute(qgis_app):
    from qgis.PyQt.QtGui import QFont

    from aktionsraeume_plugin.services.fonts import layout_fonts, missing_fonts, missing_fonts_message

    project = QgsProject.instance()
    project.clear()
    workspace = load_sample(project, add_to_project=False)
    layout = prepare_profiles(project, workspace, sample_profile_source(), "en")
    assert "Open Sans" in layout_fonts(layout)
    assert missing_fonts(layout_fonts(layout)) == {}
    title = layout.itemById("title")
    set_label_font(title, QFont("Stadt Dortmund Corporate"))
    missing = missing_fonts(layout_fonts(layout))
    assert list(missing) == ["Stadt Dortmund Corporate"]
    assert missing["Stadt Dortmund Corporate"]
    assert "Stadt Dortmund Corporate" in missing_fonts_message(missing)
    project.clear()


# -- Processing ------------------------------------------------------------------------------------


def _run_exportprofiles(parameters: dict) -> dict:
    """Run the algorithm through Processing; an instance of its own, because a plugin test may have
    unloaded the provider registered for the session."""
    import processing

    from aktionsraeume_plugin.processing.export_profiles import ExportProfilesAlgorithm

    return processing.run(ExportProfilesAlgorithm().create(), parameters)


def test_processing_exports_the_profiles_of_the_project(qgis_app, qgis_processing, tmp_path):
    from qgis.core import QgsProcessingException

    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "stadt.qgz"))
    workspace = load_sample(project, storage=tmp_path / "stadt_aktionsraeume.gpkg")
    workspace.save(project)
    try:
        result = _run_exportprofiles({"LEVEL": 2, "SELECTION": 0, "OUTPUT": str(tmp_path / "aq.pdf")})
        assert result["OUTPUT"] == str(tmp_path / "aq.pdf")
        pages = [_flat(page) for page in _pages(tmp_path / "aq.pdf")]
        assert len(pages) == 2
        assert "Wambeler Heide" in pages[0] and "Meylantviertel" in pages[1]

        result = _run_exportprofiles(
            {"LEVEL": 1, "SELECTION": 1, "SEPARATE_FILES": True, "OUTPUT": str(tmp_path / "alle.pdf")},
        )
        assert len(list(tmp_path.glob("alle_*.pdf"))) == 39

        layout = project.layoutManager().layoutByName(PROFILE_LAYOUT_NAME)
        from qgis.PyQt.QtGui import QFont

        set_label_font(layout.itemById("title"), QFont("Stadt Dortmund Corporate"))
        with pytest.raises(QgsProcessingException, match="Stadt Dortmund Corporate"):
            _run_exportprofiles({"STRICT_FONTS": True, "OUTPUT": str(tmp_path / "strikt.pdf")})
        assert not (tmp_path / "strikt.pdf").exists()
    finally:
        project.clear()


def test_the_map_command_warns_about_a_missing_font_and_stops_with_strict_fonts(qgis_app, tmp_path):
    from aktionsraeume_plugin.services.map_export import ensure_layout

    project = QgsProject.instance()
    project.clear()
    project_file = tmp_path / "stadt.qgz"
    project.setFileName(str(project_file))
    workspace = load_sample(project, storage=tmp_path / "stadt_aktionsraeume.gpkg")
    workspace.save(project)
    from qgis.PyQt.QtGui import QFont

    set_label_font(
        ensure_layout(project, workspace.status_layers, workspace.texts).itemById("title"),
        QFont("Stadt Dortmund Corporate"),
    )
    assert project.write()
    project.clear()
    command = [
        sys.executable,
        "-m",
        "aktionsraeume_plugin",
        "--lang",
        "en",
        "map",
        "--project",
        str(project_file),
    ]
    warned = subprocess.run(
        [*command, "--out", str(tmp_path / "karte.pdf")],
        cwd=REPO_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert warned.returncode == 0, warned.stderr
    assert "Warning:" in warned.stderr and "“Stadt Dortmund Corporate” (replaced by" in warned.stderr
    strict = subprocess.run(
        [*command, "--strict-fonts", "--out", str(tmp_path / "strikt.pdf")],
        cwd=REPO_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert strict.returncode == 1 and "Stadt Dortmund Corporate" in strict.stderr
    assert "Traceback" not in strict.stderr
    assert not (tmp_path / "strikt.pdf").exists()


def test_change_since_an_earlier_year_comes_from_the_comparison_of_the_years():
    from aktionsraeume_plugin.core.assessment import assess
    from aktionsraeume_plugin.core.profiles import profile_rows
    from aktionsraeume_plugin.services.sample_project import (
        STATISTIKATLAS_KEY_COLUMN,
        statistikatlas_comparison,
        statistikatlas_profile_source,
    )

    source = statistikatlas_profile_source()
    values = source.levels["spaces"]
    result = assess(values.frame, source.catalogue, STATISTIKATLAS_KEY_COLUMN)
    comparison = statistikatlas_comparison()
    rows = {
        row.indicator.id: row for row in profile_rows(source.catalogue, result, "710", comparison=comparison)
    }
    # Bövinghausen, figures of the two tables: Transferleistungsquote 25.6 % (2018) → 24.1 % (2024)
    assert rows["tlq"].value == pytest.approx(24.1)
    assert rows["tlq"].earlier == pytest.approx(25.6)
    assert rows["tlq"].change == pytest.approx(24.1 - 25.6)  # percentage points, later − earlier
    assert rows["wohnflaeche"].change == pytest.approx(37.0 - 35.8)  # m²
    # an indicator the comparison did not compare has no earlier value: nothing is shown
    rows = profile_rows(source.catalogue, result, "710")
    assert all(row.earlier is None and row.change is None for row in rows)


def test_the_command_line_makes_profiles_of_the_real_sample(qgis_app, tmp_path):
    from aktionsraeume_plugin.services.sample_project import statistikatlas_candidates

    out = tmp_path / "profile.pdf"
    result = _cli("en", "--sample", "statistikatlas", "--out", str(out))
    assert result.returncode == 0, result.stderr
    pages = [_flat(page) for page in _pages(out)]
    assert len(pages) == len(statistikatlas_candidates())  # one page per candidate Unterbezirk
    clarenberg = next(page for page in pages if "Clarenberg" in page)
    # 2024 value, and the change since 2018 in percentage points (46.9 % → 33.0 %)
    assert "Transferleistungsquote 33,0 %" in clarenberg or "Benefit receipt rate 33.0 %" in clarenberg
    assert "13.9 pp" in clarenberg or "13,9 pp" in clarenberg
    assert "Below the city average" in clarenberg and "Aktionsraum" not in clarenberg
    assert all("licence: dl-de/by-2-0" in page and "City of Dortmund" in page for page in pages)


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("exists", "exists already; use --force"),
        ("suffix", "written as PDF"),
        ("no_project", "no such project file"),
        ("no_folder", "the folder does not exist"),
    ],
)
def test_command_line_errors_end_with_one_line_and_no_file(qgis_app, tmp_path, case, expected):
    out = tmp_path / "profile.pdf"
    args = ["--sample", "--out", str(out)]
    if case == "exists":
        out.write_bytes(b"%PDF old %%EOF")
    elif case == "suffix":
        args = ["--sample", "--out", str(tmp_path / "profile.png")]
    elif case == "no_project":
        args = ["--project", str(tmp_path / "fehlt.qgz"), "--out", str(out)]
    elif case == "no_folder":
        args = ["--sample", "--out", str(tmp_path / "fehlt" / "profile.pdf")]
    result = _cli("en", *args)
    assert result.returncode == 1
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == (["profile.pdf"] if case == "exists" else [])
    if case == "exists":
        assert out.read_bytes() == b"%PDF old %%EOF"
