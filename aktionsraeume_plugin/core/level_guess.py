"""Which polygon layer is which area level, and which fields hold its key, name and parent key.

The panel pre-fills its pickers with these guesses; the user can always choose otherwise. Three kinds of
evidence are weighed, strongest first:

1. **Geometry nesting**: the features of a finer level (Quartiere) lie inside the features of the coarser
   one (Sozialräume), which has fewer features covering about the same ground. Measured on a sample of
   the finer layer's features: the share of each feature's area inside the one coarser feature covering
   most of it (found by its representative point's neighbourhood).
2. **Key matches**: the parent-key field of the finer level holds the values of the coarser level's key
   field (compared as canonical keys, :mod:`core.keys`).
3. **Field and layer names** (German and English), matched in lower case against patterns.

Layer names alone never decide when geometry or values say otherwise (a Sozialraum layer named
"quartiere" is still the Sozialraum layer). Everything here is pure (shapely, pandas): the QGIS side
(reading layers, leaving out the plugin's own result layers) is in ``services/field_guess.py``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np
import shapely

from .keys import normalise_keys

#: Area levels from coarse to fine.
LEVEL_ORDER = ("districts", "spaces", "quarters")
#: Key-field patterns per level: the first two name the level itself, the last any key.
KEY_PATTERNS = {
    "spaces": (r"^sozialraum_?(nr|id|schl)", r"^(sr|sozr)_?(nr|id)$", r"(nr|id|key|schluessel|code)$"),
    "quarters": (r"^quartier_?(nr|id|schl)", r"^(qu|q)_?(nr|id)$", r"(nr|id|key|schluessel|code)$"),
    "districts": (r"^(stadt)?bezirk_?(nr|id|schl)", r"^(sb|stbz)_?(nr|id)$", r"(nr|id|key|schluessel|code)$"),
}
NAME_PATTERNS = (r"_name$", r"^name$", r"^bezeichnung", r"name")
#: Parent-key patterns: the key of the level above.
PARENT_PATTERNS = {
    "spaces": (r"^(stadt)?bezirk_?(nr|id|schl)",),
    "quarters": (r"^sozialraum_?(nr|id|schl)", r"^(sr|sozr)_?(nr|id)$"),
}
#: Layer-name patterns per level.
LAYER_PATTERNS = {
    "spaces": r"sozialr|social.?space",
    "quarters": r"quartier|quarter",
    "districts": r"bezirk|district",
}
#: Fields marking today's Aktionsräume (spaces) or Aktionsquartiere (quarters).
BASELINE_PATTERNS = {
    "spaces": (r"aktionsraum", r"baseline", r"basis", r"^ar_?"),
    "quarters": (r"aktionsquartier", r"baseline", r"basis", r"^aq_?"),
}
#: Features of the finer layer whose nesting is measured.
NESTING_SAMPLE = 60
#: Mean share of a finer feature's area inside one coarser feature from which a layer counts as nested.
NESTED = 0.85
#: Below this mean share the finer layer is clearly not nested in the coarser one.
NOT_NESTED = 0.6
#: Range of (finer layer's area / coarser layer's area) for two levels of the same city.
AREA_RATIO = (0.6, 1.6)
#: Share of matching parent values (times the share of coarser keys used) that counts as a key match.
KEY_MATCH = 0.8
#: Score weights of the evidence (names count 1, level-specific key fields 2).
NESTING_WEIGHT = 4
NOT_NESTED_PENALTY = 3
KEY_MATCH_WEIGHT = 3


@dataclass(frozen=True)
class LayerProfile:
    """What the guess knows of one polygon layer.

    ``values`` maps field name → the values of every feature (empty when they were not read);
    ``geometries`` holds every feature's shapely geometry in one CRS shared by all profiles of a guess
    (empty when not read); ``text_fields`` are the fields of text type (names are text).
    """

    id: str
    name: str
    fields: tuple[str, ...]
    feature_count: int = 0
    values: Mapping[str, Sequence] = field(default_factory=dict)
    geometries: Sequence = ()
    text_fields: tuple[str, ...] = ()
    #: canonical keys per field, computed once (not part of the profile's value)
    _keys: dict = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class LevelFields:
    """The guessed key, name and parent-key fields of one level ('' where nothing fits)."""

    key: str = ""
    name: str = ""
    parent: str = ""


@dataclass(frozen=True)
class LevelGuess:
    """The guessed layer (its profile id, '' for none) and fields per level."""

    layers: Mapping[str, str]
    fields: Mapping[str, LevelFields]


def guess_field(names: Sequence[str], patterns: Sequence[str], exclude: Sequence[str] = ()) -> str:
    """The first of ``names`` whose lower-case form matches one of ``patterns`` (tried in order),
    leaving out ``exclude`` and the feature id field "fid"; '' when none matches."""
    candidates = [name for name in names if name not in exclude and name.lower() != "fid"]
    for pattern in patterns:
        for name in candidates:
            if re.search(pattern, name.lower()):
                return name
    return ""


def fields_by_name(fields: Sequence[str], level: str) -> LevelFields:
    """Key, name and parent-key fields of a layer with ``fields`` as ``level``, by field names only."""
    key = guess_field(fields, KEY_PATTERNS[level])
    name = guess_field(fields, NAME_PATTERNS, exclude=(key,))
    parent = guess_field(fields, PARENT_PATTERNS.get(level, ()), exclude=(key,))
    return LevelFields(key, name, parent)


def _has_own_key(fields: Sequence[str], level: str) -> bool:
    """Whether a field is named like ``level``'s own key (not the generic "…nr")."""
    return any(re.search(p, name.lower()) for p in KEY_PATTERNS[level][:2] for name in fields)


def name_score(profile: LayerProfile, level: str) -> int:
    """Evidence from names that ``profile`` is ``level``: +2 for the level's own key field, −2 for a
    finer level's own key (that layer is the finer level, holding this one's key as parent key); +1 when
    the layer's name points to the level, −1 when it points to another level."""
    score = 2 if _has_own_key(profile.fields, level) else 0
    finer = LEVEL_ORDER[LEVEL_ORDER.index(level) + 1 :]
    if any(_has_own_key(profile.fields, other) for other in finer):
        score -= 2
    name = profile.name.lower()
    if re.search(LAYER_PATTERNS[level], name):
        score += 1
    elif any(re.search(pattern, name) for other, pattern in LAYER_PATTERNS.items() if other != level):
        score -= 1
    return score


def _keys(profile: LayerProfile, name: str) -> list[str | None]:
    """The canonical keys (:func:`core.keys.normalise_keys`) of field ``name``'s values, computed once."""
    if name not in profile._keys:
        profile._keys[name] = normalise_keys(profile.values.get(name, ()), names=True)
    return profile._keys[name]


def unique_fields(profile: LayerProfile) -> list[str]:
    """The fields (in layer order, not "fid") whose values are present and all different: possible keys.
    Empty when the values were not read."""
    if not profile.values or profile.feature_count == 0:
        return []
    result = []
    for name in profile.fields:
        if name.lower() == "fid" or name not in profile.values:
            continue
        keys = _keys(profile, name)
        if keys and None not in keys and len(set(keys)) == len(keys):
            result.append(name)
    return result


def key_match(coarse: LayerProfile, fine: LayerProfile) -> tuple[str, str, float]:
    """The coarser layer's key field and the finer layer's parent field whose values match best, and how
    well (0–1: the share of the finer layer's parent values that are coarser keys times the share of
    coarser keys that occur as parent values). ('', '', 0.0) without values or a match.

    Among equally good pairs the one whose names fit the levels' key patterns wins.
    """
    best = ("", "", 0.0)
    if not coarse.values or not fine.values:
        return best
    fine_unique = set(unique_fields(fine))
    for key in unique_fields(coarse):
        coarse_keys = {k for k in _keys(coarse, key) if k is not None}
        for parent in fine.fields:
            if parent.lower() == "fid" or parent not in fine.values:
                continue
            values = [k for k in _keys(fine, parent) if k is not None]
            distinct = set(values)
            if not values or len(distinct) < min(2, len(coarse_keys)):
                continue
            matched = sum(1 for value in values if value in coarse_keys) / len(values)
            used = len(distinct & coarse_keys) / len(coarse_keys)
            score = matched * used
            # a unique parent field only when the finer level has as many features (one per parent)
            if parent in fine_unique and len(distinct) > len(coarse_keys):
                score *= 0.5
            if score > best[2] + 1e-9:
                best = (key, parent, score)
    return best


def _sample(count: int, size: int) -> np.ndarray:
    """Evenly spread indices of ``size`` of ``count`` items (all when there are fewer)."""
    if count <= size:
        return np.arange(count)
    return np.unique(np.linspace(0, count - 1, size).round().astype(int))


def _valid(geometries: Sequence) -> np.ndarray:
    array = np.asarray(list(geometries), dtype=object)
    if array.size == 0:
        return array
    present = np.array([g is not None and not shapely.is_empty(g) for g in array], dtype=bool)
    array = array[present]
    broken = ~shapely.is_valid(array)
    if broken.any():
        array[broken] = shapely.make_valid(array[broken])
    return array


def nesting(coarse: LayerProfile, fine: LayerProfile, sample: int = NESTING_SAMPLE) -> float | None:
    """How well the features of ``fine`` lie inside features of ``coarse`` (0–1), or None when either
    has no geometries or ``fine`` is not made of more features than ``coarse``.

    For a sample of ``fine``'s features: the share of the feature's area (m² in the shared CRS) inside the
    one ``coarse`` feature that covers most of it; the mean over the sample. 0 when the two layers do not
    cover about the same ground (their total areas differ by more than :data:`AREA_RATIO`): a layer of
    buildings lies inside the Sozialräume but is no level of them.
    """
    coarse_geoms, fine_geoms = _valid(coarse.geometries), _valid(fine.geometries)
    if coarse_geoms.size == 0 or fine_geoms.size == 0:
        return None
    if fine_geoms.size <= coarse_geoms.size:
        return 0.0
    coarse_area, fine_area = shapely.area(coarse_geoms).sum(), shapely.area(fine_geoms).sum()
    if coarse_area <= 0 or not AREA_RATIO[0] <= fine_area / coarse_area <= AREA_RATIO[1]:
        return 0.0
    tree = shapely.STRtree(coarse_geoms)
    shares = []
    for geometry in fine_geoms[_sample(fine_geoms.size, sample)]:
        area = shapely.area(geometry)
        if area <= 0:
            continue
        candidates = tree.query(geometry)
        if candidates.size == 0:
            shares.append(0.0)
            continue
        try:
            overlap = shapely.area(shapely.intersection(coarse_geoms[candidates], geometry)).max()
        except shapely.errors.GEOSException:
            continue
        shares.append(min(overlap / area, 1.0))
    return float(np.mean(shares)) if shares else None


def _pair_score(coarse: LayerProfile, fine: LayerProfile, cache: dict) -> float:
    """Evidence that ``fine`` is the level below ``coarse``: nesting and key matches."""
    ids = (coarse.id, fine.id)
    if ids not in cache:
        score = 0.0
        nested = nesting(coarse, fine)
        if nested is not None:
            if nested >= NESTED:
                score += NESTING_WEIGHT
            elif nested < NOT_NESTED:
                score -= NOT_NESTED_PENALTY
        if key_match(coarse, fine)[2] >= KEY_MATCH:
            score += KEY_MATCH_WEIGHT
        cache[ids] = score
    return cache[ids]


def guess_levels(
    profiles: Sequence[LayerProfile], fixed: Mapping[str, str | None] | None = None
) -> LevelGuess:
    """The most likely assignment of ``profiles`` to the levels (each level only with evidence for it, so a
    level may stay without a layer) and the fields of each assigned layer.

    ``fixed`` maps a level to the profile id the user chose for it (None: the user chose no layer); those
    levels keep their choice and the others are guessed to fit it. Every assignment of distinct layers is
    scored by :func:`name_score` per level plus the nesting and key-match evidence of each pair of
    neighbouring levels; the best wins, and of equal ones the one with fewer levels filled.
    """
    fixed = dict(fixed or {})
    by_id = {profile.id: profile for profile in profiles}
    options = {}
    for level in LEVEL_ORDER:
        if level in fixed:
            options[level] = [by_id.get(fixed[level]) if fixed[level] else None]
        else:
            options[level] = [None, *profiles]
    cache: dict = {}
    names = {(p.id, level): name_score(p, level) for p in profiles for level in LEVEL_ORDER}
    best, best_score = None, -np.inf
    for districts, spaces, quarters in itertools.product(*(options[level] for level in LEVEL_ORDER)):
        chosen = [p for p in (districts, spaces, quarters) if p is not None]
        if len({p.id for p in chosen}) < len(chosen):
            continue
        score = sum(
            names[profile.id, level]
            for level, profile in zip(LEVEL_ORDER, (districts, spaces, quarters))
            if profile is not None and level not in fixed
        )
        if spaces is not None and quarters is not None:
            score += _pair_score(spaces, quarters, cache)
        if districts is not None and spaces is not None:
            score += _pair_score(districts, spaces, cache)
        if score > best_score + 1e-9:
            best, best_score = (districts, spaces, quarters), score
    assigned = dict(zip(LEVEL_ORDER, best)) if best is not None else {}
    layers = {level: (assigned[level].id if assigned.get(level) else "") for level in LEVEL_ORDER}
    fields = {
        level: choose_fields(
            assigned[level], level, _neighbour(assigned, level, -1), _neighbour(assigned, level, 1)
        )
        for level in LEVEL_ORDER
        if assigned.get(level) is not None
    }
    return LevelGuess(layers, fields)


def _neighbour(assigned: Mapping, level: str, step: int) -> LayerProfile | None:
    index = LEVEL_ORDER.index(level) + step
    return assigned.get(LEVEL_ORDER[index]) if 0 <= index < len(LEVEL_ORDER) else None


def choose_fields(
    profile: LayerProfile, level: str, coarser: LayerProfile | None = None, finer: LayerProfile | None = None
) -> LevelFields:
    """Key, name and parent-key fields of ``profile`` as ``level``, given the layers of the levels above
    (``coarser``) and below (``finer``) when known.

    The key is the field whose values the finer level's parent field holds; else a field with unique
    values named like a key; else a key by name. The parent key is the field holding the coarser level's
    key values; else one named like it. The name is a text field named like a name, else the text field
    with the most different values that are not numbers.
    """
    by_name = fields_by_name(profile.fields, level)
    key = parent = ""
    if finer is not None:
        matched_key, _, score = key_match(profile, finer)
        if score >= KEY_MATCH:
            key = matched_key
    if not key:
        unique = unique_fields(profile)
        if unique:
            key = guess_field(unique, KEY_PATTERNS[level]) or (
                by_name.key if by_name.key in unique else unique[0]
            )
        else:
            key = by_name.key
    if coarser is not None and level != "districts":
        _, matched_parent, score = key_match(coarser, profile)
        if score >= KEY_MATCH and matched_parent != key:
            parent = matched_parent
    if not parent and level != "districts":
        parent = guess_field(profile.fields, PARENT_PATTERNS.get(level, ()), exclude=(key,))
    text = [name for name in profile.fields if name in profile.text_fields] if profile.text_fields else []
    name = guess_field(text or profile.fields, NAME_PATTERNS, exclude=(key, parent))
    if not name and profile.values:
        name = _name_by_values(profile, [f for f in text if f not in (key, parent)])
    return LevelFields(key, name, parent)


def _name_by_values(profile: LayerProfile, candidates: Sequence[str]) -> str:
    """The candidate field with the most different values that are mostly not numbers; '' for none."""
    best, best_count = "", 0
    for name in candidates:
        keys = [k for k in _keys(profile, name) if k is not None]
        if not keys or sum(1 for k in keys if not re.fullmatch(r"[\d.,\-\s]+", k)) < 0.8 * len(keys):
            continue
        if len(set(keys)) > best_count:
            best, best_count = name, len(set(keys))
    return best
