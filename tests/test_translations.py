"""Every visible string goes through Qt translation and has a German and an English translation."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication

from aktionsraeume_plugin.services.i18n import install_translator, remove_translators

from .conftest import REPO_DIR

PACKAGE = REPO_DIR / "aktionsraeume_plugin"
TS_FILES = {"de": REPO_DIR / "i18n" / "aktionsraeume_de.ts", "en": REPO_DIR / "i18n" / "aktionsraeume_en.ts"}


def _literal(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def strings_in_code() -> set[tuple[str, str]]:
    """(context, source) of every translate/QT_TRANSLATE_NOOP call and every self.tr in a class."""
    found: set[tuple[str, str]] = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for klass in [None, *[n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]]:
            for node in ast.walk(klass or tree):
                if not isinstance(node, ast.Call):
                    continue
                function = node.func
                name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
                if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                    context, text = _literal(node.args[0]), _literal(node.args[1])
                    if context and text:
                        found.add((context, text))
                elif (
                    klass is not None
                    and name == "tr"
                    and isinstance(function, ast.Attribute)
                    and node.args
                    and _literal(node.args[0])
                ):
                    found.add((klass.name, _literal(node.args[0])))
    return found


def translations(path: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation text, None where it is missing or unfinished."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in ("unfinished", "obsolete")
            result[(name, message.findtext("source"))] = translation.text if finished else None
    return result


@pytest.mark.parametrize("language", sorted(TS_FILES))
def test_every_string_in_the_code_is_translated(language):
    in_code = strings_in_code()
    assert len(in_code) > 100  # the scan itself works
    known = translations(TS_FILES[language])
    missing = sorted(key for key in in_code if not known.get(key))
    assert missing == [], f"{len(missing)} strings without {language} translation, run `make translations`"


def test_no_stale_entries_in_the_ts_files():
    in_code = strings_in_code()
    for path in TS_FILES.values():
        stale = sorted(set(translations(path)) - in_code)
        assert stale == [], f"{path.name}: entries no longer in the code: {stale[:5]}"


def test_german_translation_is_loaded_from_the_compiled_file(qgis_app):
    try:
        assert install_translator("de")
        assert QCoreApplication.translate("Status", "New Aktionsraum") == "Neuer Aktionsraum"
        assert QCoreApplication.translate("AreasSection", "Load sample data") == "Beispieldaten laden"
    finally:
        remove_translators()
    assert QCoreApplication.translate("Status", "New Aktionsraum") == "New Aktionsraum"


def test_words_filled_into_german_boundary_messages_are_german(qgis_locale):
    from aktionsraeume_plugin.core.messages import Message
    from aktionsraeume_plugin.services.messages import render

    qgis_locale("de_DE")
    missing = Message("boundary.missing_key", {"level": "quarters", "fid": 7, "parent_level": "spaces"})
    assert render(missing) == "Quartier mit Objekt-ID 7 hat keinen Sozialraum-Schlüssel."
    outside = Message(
        "boundary.not_nested",
        {
            "level": "quarters",
            "key": "0101",
            "parent_level": "spaces",
            "shares": [],
            "area": 12.5,
            "best": None,
        },
    )
    assert render(outside).endswith("12,5 m² liegen außerhalb von jedem Sozialraum.")
    gap = Message("boundary.gap", {"level": "spaces", "area": 3.0, "neighbours": ["01", "02"]})
    assert render(gap).endswith("Sozialräume 01, 02.")
