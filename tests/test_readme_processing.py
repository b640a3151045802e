"""The README's table of Processing algorithms names every parameter and output of every algorithm,
checked against the algorithms' own definitions so that it stays complete."""

from __future__ import annotations

import re

from .conftest import REPO_DIR


def _rows() -> dict[str, str]:
    """Algorithm id → its row of the README's table."""
    rows = {}
    for line in (REPO_DIR / "README.md").read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| `aktionsraeume:(\w+)` \|", line)
        if match:
            rows[match.group(1)] = line
    return rows


def test_every_algorithm_and_parameter_is_in_the_readme(aktionsraeume_provider):
    rows = _rows()
    missing = {}
    for algorithm in aktionsraeume_provider.algorithms():
        row = rows.get(algorithm.name(), "")
        names = [d.name() for d in algorithm.parameterDefinitions()]
        names += [o.name() for o in algorithm.outputDefinitions()]
        absent = [name for name in names if f"`{name}`" not in row]
        if not row or absent:
            missing[algorithm.name()] = absent or "no row"
    assert missing == {}
    assert set(rows) == {a.name() for a in aktionsraeume_provider.algorithms()}
