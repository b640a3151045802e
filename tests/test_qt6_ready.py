"""Qt 6 / QGIS 4 readiness: our code uses none of the Qt 5-only forms QGIS's migration script
(scripts/pyqt5_to_pyqt6 in QGIS's repository) rewrites or warns about, and metadata.txt admits QGIS 4.

Each check is proven on a snippet that has the pattern, then run over the plugin and the tests.
Enums are checked against the installed Qt and QGIS: ``Owner.Member`` must name its enum
(``Qt.AlignmentFlag.AlignLeft``, not ``Qt.AlignLeft``).
"""

from __future__ import annotations

import ast
import configparser
import enum
import importlib
from pathlib import Path

import pytest

REPO_DIR = Path(__file__).resolve().parent.parent
PLUGIN_DIR = REPO_DIR / "aktionsraeume_plugin"
#: The one module allowed to name Qt 5's forms, to fall back to them on QGIS 3.22.
COMPAT_MODULE = PLUGIN_DIR / "services" / "qt_compat.py"

#: Qt classes removed in Qt 6 (QRegExp -> QRegularExpression, QDesktopWidget -> QScreen).
REMOVED_CLASSES = {"QRegExp", "QRegExpValidator", "QDesktopWidget", "qApp"}
#: Paths into compiled plugin resources (spelt in two parts so this file does not contain one).
RESOURCE_PATH_PREFIX = ":" + "/plugins/"
#: Enum members Qt 6 renamed: (owner, member).
RENAMED_ENUMS = {
    ("Qt", "MidButton"),
    ("Qt", "TextColorRole"),
    ("Qt", "BackgroundColorRole"),
    ("QPainter", "HighQualityAntialiasing"),
}


def _python_files() -> list[Path]:
    folders = (PLUGIN_DIR, REPO_DIR / "tests", REPO_DIR / "sample_generator", REPO_DIR / "tools")
    files = [f for folder in folders for f in sorted(folder.rglob("*.py"))]
    return [f for f in files if "__pycache__" not in f.parts]


def _imported_names(tree: ast.AST) -> dict[str, object]:
    """Names bound by ``from qgis... import X`` / ``import qgis...``, resolved to the installed objects."""
    names: dict[str, object] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "qgis":
            try:
                module = importlib.import_module(node.module)
            except ImportError:
                continue
            for alias in node.names:
                if hasattr(module, alias.name):
                    names[alias.asname or alias.name] = getattr(module, alias.name)
    return names


def _is_enum_member(value: object) -> bool:
    """An enum value of Qt/QGIS: a Python ``enum`` member (PyQt6, QGIS's own) or a sip enum (PyQt5)."""
    if isinstance(value, enum.Enum):
        return True
    kind = type(value)
    return isinstance(value, int) and kind not in (int, bool) and type(kind).__name__ == "enumtype"


def _resolve(node: ast.AST, names: dict[str, object]):
    """The object an ``A.B.C`` chain rooted in an imported name stands for, else a sentinel."""
    if isinstance(node, ast.Name):
        return names.get(node.id, _resolve)
    if isinstance(node, ast.Attribute):
        owner = _resolve(node.value, names)
        if owner is _resolve:
            return _resolve
        return getattr(owner, node.attr, _resolve)
    return _resolve


def qt6_problems(source: str, filename: str = "<snippet>") -> list[str]:
    """Every Qt 5-only form in ``source``, as 'file:line: what'."""
    tree = ast.parse(source, filename)
    names = _imported_names(tree)
    problems = []

    def report(node: ast.AST, what: str) -> None:
        problems.append(f"{filename}:{getattr(node, 'lineno', 0)}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if module.split(".")[0] in ("PyQt5", "PyQt6", "PySide2", "PySide6"):
                report(node, f"imports {module}; import Qt through qgis.PyQt")
            for alias in node.names:
                if alias.name in REMOVED_CLASSES:
                    report(node, f"imports {alias.name}, which Qt 6 removed")
                if alias.name == "QAction" and module.endswith(("QtWidgets", "QtGui")):
                    report(node, "imports QAction directly; Qt 6 moved it to QtGui: use services.qt_compat")
                if alias.name == "resources_rc" or module.endswith("resources_rc"):
                    report(node, "compiled resources are gone in Qt 6; load files by path")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in ("PyQt5", "PyQt6", "PySide2", "PySide6"):
                    report(node, f"imports {alias.name}; import Qt through qgis.PyQt")
                if alias.name.endswith("resources_rc"):
                    report(node, "compiled resources are gone in Qt 6; load files by path")
        elif isinstance(node, ast.FunctionDef) and node.name == "exec_":
            report(node, "defines exec_(); Qt 6 has only exec()")
        elif isinstance(node, ast.Attribute):
            if node.attr == "exec_":
                report(node, "calls exec_(); Qt 6 has only exec()")
            if isinstance(node.value, ast.Name):
                if node.value.id == "QVariant" and node.attr not in ("isNull",):
                    report(node, f"QVariant.{node.attr}: use services.qt_compat's field types (QMetaType)")
                if (node.value.id, node.attr) in RENAMED_ENUMS:
                    report(node, f"{node.value.id}.{node.attr} was renamed in Qt 6")
                if node.value.id == "qApp":
                    report(node, "qApp is gone in Qt 6; use QApplication.instance()")
            if node.attr == "width" and isinstance(node.value, ast.Call):
                func = node.value.func
                if (isinstance(func, ast.Attribute) and func.attr == "fontMetrics") or (
                    isinstance(func, ast.Name) and func.id in ("QFontMetrics", "QFontMetricsF")
                ):
                    report(node, "QFontMetrics.width() is gone in Qt 6; use horizontalAdvance()")
            owner = _resolve(node.value, names)
            if isinstance(owner, type):
                value = getattr(owner, node.attr, None)
                if _is_enum_member(value) and not issubclass(owner, type(value)):
                    report(
                        node,
                        f"unscoped enum {ast.unparse(node)}: write "
                        f"{ast.unparse(node.value)}.{type(value).__name__}.{node.attr}",
                    )
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id == "QVariant" and len(node.args) <= 1:
                report(node, "QVariant() as NULL: use qgis.core.NULL")
            if isinstance(func, ast.Attribute) and func.attr == "desktop" and not node.args:
                report(node, "QApplication.desktop() (QDesktopWidget) is gone in Qt 6; use QScreen")
            if isinstance(func, ast.Name) and func.id == "QDateTime" and len(node.args) == 8:
                report(node, "QDateTime(y, m, d, h, min, s, ms, spec) is gone in Qt 6; use QDate and QTime")
        elif isinstance(node, ast.Subscript):
            if (
                isinstance(node.value, ast.Attribute)
                and node.value.attr == "activated"
                and isinstance(node.slice, ast.Name)
                and node.slice.id == "str"
            ):
                report(node, "activated[str] is gone in Qt 6; use textActivated")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and node.value.startswith(RESOURCE_PATH_PREFIX)
        ):
            report(node, "a compiled-resource path; Qt 6 QGIS loads plugin files by path")
    return problems


SNIPPETS = {
    "pyqt5 import": "from PyQt5.QtCore import Qt\n",
    "pyqt import module": "import PyQt5.QtWidgets\n",
    "QRegExp": "from qgis.PyQt.QtCore import QRegExp\n",
    "QDesktopWidget": "from qgis.PyQt.QtWidgets import QDesktopWidget\n",
    "desktop()": "from qgis.PyQt.QtWidgets import QApplication\nQApplication.desktop().width()\n",
    "QAction from QtWidgets": "from qgis.PyQt.QtWidgets import QAction\n",
    "resources_rc": "from . import resources_rc\n",
    "resource path": "icon = ':/plugins/aktionsraeume/icon.png'\n",
    "exec_ call": "dialog.exec_()\n",
    "exec_ def": "class D:\n    def exec_(self):\n        pass\n",
    "QVariant type": "from qgis.PyQt.QtCore import QVariant\nkind = QVariant.String\n",
    "QVariant as NULL": "from qgis.PyQt.QtCore import QVariant\nvalue = QVariant()\n",
    "renamed enum": "from qgis.PyQt.QtCore import Qt\nbutton = Qt.MidButton\n",
    "qApp": "from qgis.PyQt.QtWidgets import qApp\nqApp.processEvents()\n",
    "fontMetrics width": "w = label.fontMetrics().width('x')\n",
    "activated[str]": "box.activated[str].connect(f)\n",
    "QDateTime 8 args": "from qgis.PyQt.QtCore import QDateTime\nQDateTime(2020, 1, 1, 0, 0, 0, 0, 0)\n",
    "unscoped Qt enum": "from qgis.PyQt.QtCore import Qt\nalign = Qt.AlignLeft\n",
    "unscoped widget enum": "from qgis.PyQt.QtWidgets import QDialogButtonBox\nok = QDialogButtonBox.Ok\n",
    "unscoped QGIS enum": "from qgis.core import QgsVectorFileWriter\nok = QgsVectorFileWriter.NoError\n",
}


@pytest.mark.parametrize("pattern", sorted(SNIPPETS))
def test_the_check_finds_each_qt5_form(pattern):
    assert qt6_problems(SNIPPETS[pattern]), f"the check misses: {pattern}"


def test_the_check_accepts_qt6_forms():
    source = (
        "from qgis.PyQt.QtCore import Qt, QMetaType\n"
        "from qgis.PyQt.QtWidgets import QDialogButtonBox\n"
        "from qgis.core import QgsVectorFileWriter, NULL\n"
        "align = Qt.AlignmentFlag.AlignLeft\n"
        "ok = QDialogButtonBox.StandardButton.Ok\n"
        "error = QgsVectorFileWriter.WriterError.NoError\n"
        "kind = QMetaType.Type.QString\n"
        "dialog.exec()\n"
    )
    assert qt6_problems(source) == []


def test_our_code_has_no_qt5_only_forms():
    problems = []
    for path in _python_files():
        if path == COMPAT_MODULE:
            continue
        problems += qt6_problems(path.read_text(encoding="utf-8"), str(path.relative_to(REPO_DIR)))
    assert problems == [], "\n".join(problems)


def test_no_compiled_resources_or_ui_files_with_qt5_properties():
    assert not list(REPO_DIR.glob("**/*.qrc")), "compiled resources (.qrc) do not exist in Qt 6 QGIS"
    assert not list(PLUGIN_DIR.rglob("resources*.py"))


def test_metadata_admits_qgis_3_22_to_4():
    parser = configparser.ConfigParser()
    parser.read(REPO_DIR / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"] == "4.99"


def test_compat_field_types_make_the_fields_they_name(qgis_app):
    from qgis.core import QgsField

    from aktionsraeume_plugin.services import qt_compat

    def type_id(kind) -> int:
        return int(getattr(kind, "value", kind))

    # Qt's type ids: QString 10, Int 2, LongLong 4, Double 6 (the same in QVariant.Type and QMetaType.Type).
    expected = {"FIELD_TEXT": 10, "FIELD_INT": 2, "FIELD_INT64": 4, "FIELD_DOUBLE": 6}
    for name, type_number in expected.items():
        kind = getattr(qt_compat, name)
        assert type_id(kind) == type_number, name
        assert type_id(QgsField("x", kind).type()) == type_number, name
