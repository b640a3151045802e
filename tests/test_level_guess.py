"""The pure rules of the level guess (core.level_guess): nesting, key matches, names."""

from __future__ import annotations

import shapely

from aktionsraeume_plugin.core.level_guess import NESTED, LayerProfile, guess_levels, key_match, nesting


def squares(size: float, count: int, origin: float = 0.0) -> list:
    """``count`` × ``count`` squares of ``size`` m tiling a square from ``origin``."""
    return [
        shapely.box(origin + size * i, origin + size * j, origin + size * (i + 1), origin + size * (j + 1))
        for j in range(count)
        for i in range(count)
    ]


def profile(id_: str, name: str, geometries: list, **values) -> LayerProfile:
    return LayerProfile(id_, name, tuple(values), len(geometries), values, geometries, tuple(values))


def test_nesting_is_one_for_a_finer_tiling_and_zero_the_other_way_round():
    coarse = profile("c", "c", squares(1000, 2), nr=[1, 2, 3, 4])
    fine = profile("f", "f", squares(500, 4), nr=list(range(16)))
    assert nesting(coarse, fine) == 1.0
    assert nesting(fine, coarse) == 0.0  # fewer features cannot be the finer level
    shifted = profile("s", "s", [shapely.affinity.translate(g, 250, 250) for g in squares(500, 4)])
    assert nesting(coarse, shifted) < NESTED  # the same ground, but the boundaries cut across
    buildings = profile("b", "b", [shapely.box(i * 50, 0, i * 50 + 10, 10) for i in range(10)])
    assert nesting(coarse, buildings) == 0.0  # inside, but no level: far less ground
    assert nesting(coarse, profile("e", "e", [])) is None


def test_key_match_finds_the_parent_field_by_its_values_whatever_their_spelling():
    coarse = profile("c", "c", squares(1000, 2), nr=[1, 2, 3, 4], pop=[10, 20, 30, 40])
    fine = profile(
        "f",
        "f",
        squares(500, 4),
        id=list(range(100, 116)),
        gebiet=[f"{1 + i // 2 + 2 * (j // 2):02d}" for j in range(4) for i in range(4)],
    )
    key, parent, score = key_match(coarse, fine)
    assert (key, parent) == ("nr", "gebiet") and score == 1.0


def test_geometry_outweighs_misleading_layer_names():
    spaces = profile("a", "quartiere", squares(1000, 2), nr=[1, 2, 3, 4], bezeichnung=["A", "B", "C", "D"])
    quarters = profile(
        "b",
        "Bezirke",
        squares(500, 4),
        nr=list(range(100, 116)),
        gebiet=[1 + i // 2 + 2 * (j // 2) for j in range(4) for i in range(4)],
    )
    guess = guess_levels([quarters, spaces])
    assert guess.layers == {"districts": "", "spaces": "a", "quarters": "b"}
    assert guess.fields["spaces"].key == "nr" and guess.fields["quarters"].parent == "gebiet"
    # a user's choice stays, and the rest is guessed around it
    assert guess_levels([quarters, spaces], {"spaces": "b"}).layers["spaces"] == "b"
