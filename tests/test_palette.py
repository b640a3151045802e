"""The status palette stays readable for colour-blind readers and in greyscale print (issue 5)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from aktionsraeume_plugin.core.status import STATUS_COLOURS, STATUS_ORDER

# Machado, Oliveira & Fernandes (2009), full-severity dichromacy, in linear RGB.
SIMULATIONS = {
    "normal": np.eye(3),
    "deuteranopia": np.array(
        [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    ),
    "protanopia": np.array(
        [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
    ),
}


def _linear(hex_colour: str) -> np.ndarray:
    channels = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    return np.where(channels <= 0.04045, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)


def _lab(linear_rgb: np.ndarray) -> np.ndarray:
    to_xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    xyz = to_xyz @ np.clip(linear_rgb, 0, 1) / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("vision", sorted(SIMULATIONS))
def test_every_pair_of_statuses_differs_clearly(vision):
    lab = {s: _lab(SIMULATIONS[vision] @ _linear(STATUS_COLOURS[s])) for s in STATUS_ORDER}
    for first, second in itertools.combinations(STATUS_ORDER, 2):
        assert np.linalg.norm(lab[first] - lab[second]) >= 15, (vision, first, second)


def test_statuses_differ_in_lightness_for_greyscale_print():
    lightness = sorted(_lab(_linear(STATUS_COLOURS[s]))[0] for s in STATUS_ORDER)
    assert min(b - a for a, b in itertools.pairwise(lightness)) >= 12


def test_the_most_urgent_status_is_the_darkest():
    lightness = [_lab(_linear(STATUS_COLOURS[s]))[0] for s in STATUS_ORDER]
    assert lightness[0] == min(lightness)
