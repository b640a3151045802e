"""The action list and the planners' proposed changes to it, as plain versioned data.

A :class:`Scenario` is a baseline list (current Aktionsräume and Aktionsquartiere) plus proposed
changes, each with a rationale and an on/off switch. It is stored as JSON (in the QGIS project and as a
file) and evaluated here into one status per area (:mod:`.status`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

import pandas as pd

from .atomic_write import write_text
from .keys import AreaKeys, area_key
from .messages import Message, MessageError
from .status import AreaStatus

#: Turns a key into the canonical key of an area level (e.g. ``AreaKeys.canonical``).
KeyMap = Callable[[str], "str | None"]

SCENARIO_FORMAT = "aktionsraeume-scenario"
#: The newest version this release reads. Version 2 adds "reasons" (rationales as data) to changes;
#: a scenario without them is still written as version 1, so older releases keep reading it.
SCENARIO_VERSION = 2


class ScenarioError(MessageError, ValueError):
    """A scenario that cannot be read or does not fit the areas; the message says where and why."""


class ChangeAction(str, Enum):
    """What a proposed change does. The value is the stable code stored in scenario files."""

    REMOVE_SPACE = "remove_space"
    ADD_SPACE = "add_space"
    KEEP_QUARTER = "keep_quarter"
    ADD_QUARTER = "add_quarter"
    REMOVE_QUARTER = "remove_quarter"

    @property
    def is_space_level(self) -> bool:
        return self in (ChangeAction.REMOVE_SPACE, ChangeAction.ADD_SPACE)

    @property
    def puts_on_list(self) -> bool:
        """True for the actions that put their area on the list (add, keep a quarter), False for those
        that take it off (remove)."""
        return self in (ChangeAction.ADD_SPACE, ChangeAction.KEEP_QUARTER, ChangeAction.ADD_QUARTER)


@dataclass(frozen=True)
class Change:
    """One proposed change to the action list, valid by construction.

    ``parent`` is the Sozialraum key of a quarter change (needed for KEEP_QUARTER, whose quarter
    becomes an Aktionsquartier only while its space is not an Aktionsraum under the scenario).
    The rationale is either ``rationale``, text a person wrote (or an older release stored), or
    ``reasons``, the generated rationale as data (messages naming indicator, value, city reference and
    rule), worded in the reader's language by ``services.messages.rationale_text``.
    ``action`` may be given as its code; ``area`` and ``parent`` become canonical keys (:func:`~.keys.area_key`).
    Every way a change comes into being (constructor, :meth:`Scenario.with_change`,
    :meth:`Scenario.with_edited`, loading) runs the same checks here.

    Raises :class:`ScenarioError` naming the change and the problem: empty or non-text id, unknown
    action, empty area key, a kept quarter without the key of its Sozialraum, non-text rationale or
    a switch that is not true/false.
    """

    id: str
    action: ChangeAction
    area: str
    area_name: str = ""
    parent: str = ""
    rationale: str = ""
    enabled: bool = True
    reasons: tuple[Message, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id.strip():
            raise ScenarioError("scenario.change_id", id=repr(self.id))
        try:
            object.__setattr__(self, "action", ChangeAction(self.action))
        except ValueError:
            raise ScenarioError(
                "scenario.unknown_action",
                change=self.id,
                action=str(self.action),
                allowed=tuple(a.value for a in ChangeAction),
            ) from None
        for name in ("area", "area_name", "parent", "rationale"):
            if not isinstance(getattr(self, name), str):
                raise ScenarioError("scenario.change_text", change=self.id, field=name)
        object.__setattr__(self, "area", area_key(self.area) or "")
        object.__setattr__(self, "parent", area_key(self.parent) or "")
        if not self.area:
            raise ScenarioError("scenario.change_area", change=self.id)
        if self.action is ChangeAction.KEEP_QUARTER and not self.parent:
            raise ScenarioError("scenario.change_parent", change=self.id)
        if not isinstance(self.enabled, bool):
            raise ScenarioError("scenario.change_enabled", change=self.id)
        try:
            reasons = tuple(r if isinstance(r, Message) else Message.from_dict(r) for r in self.reasons)
        except (TypeError, ValueError) as error:
            raise ScenarioError("scenario.change_reasons", change=self.id, error=str(error)) from None
        object.__setattr__(self, "reasons", reasons)

    def to_dict(self) -> dict[str, Any]:
        data = {
            "id": self.id,
            "action": self.action.value,
            "area": self.area,
            "area_name": self.area_name,
            "rationale": self.rationale,
            "enabled": self.enabled,
        }
        if self.parent:
            data["parent"] = self.parent
        if self.reasons:
            data["reasons"] = [reason.to_dict() for reason in self.reasons]
        return data


@dataclass(frozen=True)
class Baseline:
    """The list in force before the scenario: keys of Aktionsräume and Aktionsquartiere."""

    action_spaces: tuple[str, ...] = ()
    action_quarters: tuple[str, ...] = ()

    def with_keys(self, spaces: KeyMap, quarters: KeyMap | None = None) -> Baseline:
        """The baseline with its keys made canonical for the area levels (see ``core.keys.AreaKeys``).

        ``spaces`` and ``quarters`` map a key to the level's canonical key (``quarters`` defaults to
        :func:`~.keys.area_key`). Keys that come out the same are listed once.
        """
        quarters = quarters or area_key
        return Baseline(
            action_spaces=_mapped(self.action_spaces, spaces),
            action_quarters=_mapped(self.action_quarters, quarters),
        )


@dataclass(frozen=True)
class Scenario:
    """A baseline plus switchable changes. Immutable: switching returns a new scenario."""

    name: str
    baseline: Baseline
    changes: tuple[Change, ...] = ()
    catalogue: str = ""
    description: str = ""

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for change in self.changes:
            if not isinstance(change, Change):
                raise ScenarioError("scenario.not_a_change", scenario=self.name, value=repr(change))
            if change.id in seen:
                raise ScenarioError("scenario.two_changes", scenario=self.name, id=change.id)
            seen.add(change.id)

    # -- canonical keys ------------------------------------------------------------------------
    def with_keys(self, spaces: KeyMap, quarters: KeyMap | None = None) -> Scenario:
        """The scenario with every area key made canonical for the area levels.

        Applied where a scenario meets the area layers (status layers, proposals): baseline keys,
        the area of each change (by its level) and the parent of quarter changes (a space key) go
        through ``spaces`` or ``quarters`` (e.g. ``AreaKeys.canonical``), so that a layer whose key
        field is an integer (503) matches the scenario's "0503". Ids, names and rationales stay.
        Returns ``self`` when no key changes.
        """
        quarters = quarters or area_key
        changes = tuple(
            replace(
                c,
                area=(spaces if c.action.is_space_level else quarters)(c.area) or c.area,
                parent=(spaces(c.parent) or c.parent) if c.parent else c.parent,
            )
            for c in self.changes
        )
        result = replace(self, baseline=self.baseline.with_keys(spaces, quarters), changes=changes)
        return self if result == self else result

    # -- switching -----------------------------------------------------------------------------
    def with_enabled(self, change_id: str, enabled: bool) -> Scenario:
        """The same scenario with one change switched on or off."""
        if change_id not in {c.id for c in self.changes}:
            raise ScenarioError("scenario.no_change", scenario=self.name, id=change_id)
        changes = tuple(replace(c, enabled=enabled) if c.id == change_id else c for c in self.changes)
        return replace(self, changes=changes)

    def with_all_enabled(self, enabled: bool) -> Scenario:
        return replace(self, changes=tuple(replace(c, enabled=enabled) for c in self.changes))

    # -- editing -------------------------------------------------------------------------------
    def with_change(self, change: Change) -> Scenario:
        """The scenario with ``change`` added, or replacing the change with the same id."""
        if any(c.id == change.id for c in self.changes):
            return replace(self, changes=tuple(change if c.id == change.id else c for c in self.changes))
        return replace(self, changes=(*self.changes, change))

    def without_change(self, change_id: str) -> Scenario:
        """The scenario without the change ``change_id``."""
        self.change(change_id)  # raises for an unknown id
        return replace(self, changes=tuple(c for c in self.changes if c.id != change_id))

    def with_edited(self, change_id: str, **values: Any) -> Scenario:
        """The scenario with fields of one change replaced, e.g. ``with_edited("x", rationale="...")``.

        The edited change is checked like every change (:class:`Change`); an id already used is refused.
        """
        old = self.change(change_id)
        unknown = set(values) - set(Change.__dataclass_fields__)
        if unknown:
            raise ScenarioError("scenario.no_field", fields=tuple(sorted(unknown)))
        new = replace(old, **values)
        if new.id != change_id and any(c.id == new.id for c in self.changes):
            raise ScenarioError("scenario.id_taken", scenario=self.name, id=new.id)
        return replace(self, changes=tuple(new if c.id == change_id else c for c in self.changes))

    def change(self, change_id: str) -> Change:
        for candidate in self.changes:
            if candidate.id == change_id:
                return candidate
        raise ScenarioError("scenario.no_change", scenario=self.name, id=change_id)

    # -- evaluation ----------------------------------------------------------------------------
    def action_spaces(self) -> set[str]:
        """Keys of the Aktionsräume under the scenario (enabled changes applied)."""
        changes = (c for c in self._enabled() if c.action.is_space_level)
        return _applied(self.baseline.action_spaces, changes)

    def action_quarters(self) -> set[str]:
        """Keys of the Aktionsquartiere under the scenario.

        A kept quarter counts only while its space is not an Aktionsraum under the scenario: keeping
        one quarter of a space is the consequence of removing that space, not a change of its own.
        """
        spaces = self.action_spaces()
        changes = (
            c
            for c in self._enabled()
            if not c.action.is_space_level
            and not (c.action is ChangeAction.KEEP_QUARTER and c.parent in spaces)
        )
        return _applied(self.baseline.action_quarters, changes)

    def _enabled(self) -> Iterable[Change]:
        return (c for c in self.changes if c.enabled)

    # -- serialisation -------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": SCENARIO_FORMAT,
            "version": 2 if any(c.reasons for c in self.changes) else 1,
            "name": self.name,
            "description": self.description,
            "catalogue": self.catalogue,
            "baseline": {
                "aktionsraeume": list(self.baseline.action_spaces),
                "aktionsquartiere": list(self.baseline.action_quarters),
            },
            "changes": [c.to_dict() for c in self.changes],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str = "scenario") -> Scenario:
        """Parse a scenario; ``source`` names the file or place in messages."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ScenarioError(
                "scenario.not_json", source=source, line=error.lineno, column=error.colno, error=error.msg
            ) from None
        return cls.from_dict(data, source)

    @classmethod
    def from_dict(cls, data: Any, source: str = "scenario") -> Scenario:
        if not isinstance(data, Mapping):
            raise ScenarioError("scenario.not_object", source=source)
        if data.get("format") != SCENARIO_FORMAT:
            raise ScenarioError("scenario.format", source=source, format=SCENARIO_FORMAT)
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise ScenarioError("scenario.version_number", source=source)
        if version > SCENARIO_VERSION:
            raise ScenarioError(
                "scenario.version_newer", source=source, version=version, supported=SCENARIO_VERSION
            )
        if version < 1:
            raise ScenarioError("scenario.version_unknown", source=source, version=version)
        baseline = data.get("baseline")
        if not isinstance(baseline, Mapping):
            raise ScenarioError("scenario.baseline", source=source)
        changes_data = data.get("changes", [])
        if not isinstance(changes_data, list):
            raise ScenarioError("scenario.changes", source=source)
        changes = tuple(
            _change_from_dict(item, Message("scenario.change_n", {"source": source, "n": n}))
            for n, item in enumerate(changes_data, 1)
        )
        name = _text(data.get("name", ""), _field(source, "name"))
        description = _text(data.get("description", ""), _field(source, "description"))
        catalogue = _text(data.get("catalogue", ""), _field(source, "catalogue"))
        baseline = Baseline(
            action_spaces=_keys(
                baseline.get("aktionsraeume", []), _field(source, "aktionsraeume", baseline=True)
            ),
            action_quarters=_keys(
                baseline.get("aktionsquartiere", []), _field(source, "aktionsquartiere", baseline=True)
            ),
        )
        try:
            return cls(
                name=name, baseline=baseline, changes=changes, catalogue=catalogue, description=description
            )
        except ScenarioError as error:
            raise ScenarioError("located", where=source, problem=error.message) from None


def _applied(listed: Iterable[str], changes: Iterable[Change]) -> set[str]:
    """``listed`` keys with ``changes`` applied in their order: each puts its area on the list or takes
    it off (:attr:`ChangeAction.puts_on_list`)."""
    keys = set(listed)
    for change in changes:
        if change.action.puts_on_list:
            keys.add(change.area)
        else:
            keys.discard(change.area)
    return keys


def read_scenario(path: str | Path) -> Scenario:
    """Read a scenario file, with messages that name the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioError("scenario.not_found", path=str(path)) from None
    except UnicodeDecodeError:
        raise ScenarioError("scenario.not_utf8", path=str(path)) from None
    except OSError as error:
        raise ScenarioError("file.unreadable", path=str(path), reason=error.strerror or str(error)) from None
    return Scenario.from_json(text, str(path))


def write_scenario(scenario: Scenario, path: str | Path) -> None:
    """Write a scenario file completely or not at all (:mod:`.atomic_write`); raises ``ScenarioError``."""
    path = Path(path)
    try:
        write_text(path, scenario.to_json(), encoding="utf-8")
    except OSError as error:
        raise ScenarioError("file.unwritable", path=str(path), reason=error.strerror or str(error)) from None


# -- statuses ------------------------------------------------------------------------------------


def space_statuses(scenario: Scenario, space_keys: Iterable[str]) -> pd.Series:
    """Status code of each Sozialraum under the scenario, indexed by key."""
    keys = list(space_keys)
    before = set(scenario.baseline.action_spaces)
    after = scenario.action_spaces()

    def status(key: str) -> str:
        if key in after:
            return (AreaStatus.REMAINS_ACTION_SPACE if key in before else AreaStatus.NEW_ACTION_SPACE).value
        if key in before:
            return AreaStatus.NO_LONGER_ACTION_SPACE.value
        return AreaStatus.NONE.value

    return pd.Series([status(k) for k in keys], index=pd.Index(keys, name="key"), dtype=object, name="status")


def quarter_statuses(scenario: Scenario, quarter_keys: Iterable[str]) -> pd.Series:
    """Status code of each Quartier under the scenario (Aktionsquartier or none), indexed by key."""
    keys = list(quarter_keys)
    quarters = scenario.action_quarters()
    values = [(AreaStatus.ACTION_QUARTER if k in quarters else AreaStatus.NONE).value for k in keys]
    return pd.Series(values, index=pd.Index(keys, name="key"), dtype=object, name="status")


def unknown_areas(
    scenario: Scenario | Baseline,
    space_keys: Iterable | AreaKeys,
    quarter_keys: Iterable | AreaKeys | None = None,
) -> list[Message]:
    """Messages naming the keys a scenario or baseline names that the area layers do not have.

    ``space_keys``/``quarter_keys``: the keys of the Sozialraum and Quartier layers (any spelling, or
    :class:`~.keys.AreaKeys`); keys are compared as area keys (``"0503"`` is ``503``). With
    ``quarter_keys`` None (no Quartier layer) quarter keys are not checked. One message per kind, in
    this order, each with the unknown ``keys`` (a tuple, in the list's order) and their ``count``:
    ``scenario.unknown_baseline_spaces``, ``scenario.unknown_baseline_quarters``,
    ``scenario.unknown_change_spaces`` and ``scenario.unknown_change_quarters`` (their keys read
    "key (change id)"). An empty list when every key is known.

    Every way a list meets the areas (a baseline file or field, a scenario file, the project's
    scenario, the scenario of an export) is checked with this one rule: an unknown key would silently
    count as an Aktionsraum that no map shows.
    """
    spaces = space_keys if isinstance(space_keys, AreaKeys) else AreaKeys(space_keys)
    quarters = (
        None
        if quarter_keys is None
        else quarter_keys
        if isinstance(quarter_keys, AreaKeys)
        else AreaKeys(quarter_keys)
    )
    baseline = scenario.baseline if isinstance(scenario, Scenario) else scenario
    changes = scenario.changes if isinstance(scenario, Scenario) else ()
    found: dict[str, list[str]] = {
        "scenario.unknown_baseline_spaces": [k for k in baseline.action_spaces if k not in spaces],
        "scenario.unknown_baseline_quarters": (
            [k for k in baseline.action_quarters if k not in quarters] if quarters is not None else []
        ),
        "scenario.unknown_change_spaces": [
            f"{c.area} ({c.id})" for c in changes if c.action.is_space_level and c.area not in spaces
        ],
        "scenario.unknown_change_quarters": (
            [f"{c.area} ({c.id})" for c in changes if not c.action.is_space_level and c.area not in quarters]
            if quarters is not None
            else []
        ),
    }
    return [Message(code, {"keys": tuple(keys), "count": len(keys)}) for code, keys in found.items() if keys]


def require_known_areas(
    scenario: Scenario | Baseline,
    space_keys: Iterable | AreaKeys,
    quarter_keys: Iterable | AreaKeys | None = None,
) -> None:
    """Refuse a scenario or baseline that names areas the layers do not have (:func:`unknown_areas`).

    Raises :class:`ScenarioError` with the message ``scenario.unknown_areas``, whose ``problems`` are
    the messages of :func:`unknown_areas` (each naming its keys, the first few and their count)."""
    problems = unknown_areas(scenario, space_keys, quarter_keys)
    if problems:
        raise ScenarioError("scenario.unknown_areas", problems=tuple(problems))


@dataclass(frozen=True)
class ScenarioSummary:
    """Before/after comparison of the action list."""

    spaces_before: tuple[str, ...]
    spaces_after: tuple[str, ...]
    quarters_before: tuple[str, ...]
    quarters_after: tuple[str, ...]
    added_spaces: tuple[str, ...]
    removed_spaces: tuple[str, ...]
    population_before: float | None = None
    population_after: float | None = None
    names: Mapping[str, str] = field(default_factory=dict)


def summarise(
    scenario: Scenario,
    names: Mapping[str, str] | None = None,
    population: Mapping[str, float] | None = None,
) -> ScenarioSummary:
    """Compare baseline and scenario; population is covered population per area key when known."""
    spaces_before = set(scenario.baseline.action_spaces)
    spaces_after = scenario.action_spaces()
    quarters_before = set(scenario.baseline.action_quarters)
    quarters_after = scenario.action_quarters()

    def covered(keys: set[str]) -> float | None:
        if population is None:
            return None
        return float(sum(population.get(k, 0.0) or 0.0 for k in keys))

    return ScenarioSummary(
        spaces_before=tuple(sorted(spaces_before)),
        spaces_after=tuple(sorted(spaces_after)),
        quarters_before=tuple(sorted(quarters_before)),
        quarters_after=tuple(sorted(quarters_after)),
        added_spaces=tuple(sorted(spaces_after - spaces_before)),
        removed_spaces=tuple(sorted(spaces_before - spaces_after)),
        population_before=covered(spaces_before | quarters_before),
        population_after=covered(spaces_after | quarters_after),
        names=dict(names or {}),
    )


# -- parsing helpers -----------------------------------------------------------------------------


def _field(source: str, name: str, baseline: bool = False) -> Message:
    """A field of a scenario file, as messages name it."""
    return Message(
        "scenario.baseline_field" if baseline else "scenario.field", {"source": source, "field": name}
    )


def _text(value: Any, where: Message | str) -> str:
    if not isinstance(value, str):
        raise ScenarioError("scenario.not_text", where=where)
    return value


def _mapped(keys: Iterable[str], canonical: KeyMap) -> tuple[str, ...]:
    """Canonical keys (a key mapping to nothing keeps its own), each once, in order."""
    return tuple(dict.fromkeys(canonical(k) or k for k in keys))


def _keys(values: Any, where: Message | str) -> tuple[str, ...]:
    if not isinstance(values, list):
        raise ScenarioError("scenario.not_key_list", where=where)
    keys = []
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise ScenarioError("scenario.not_key", where=where, value=repr(value))
        keys.append(area_key(value))
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise ScenarioError("scenario.repeated_keys", where=where, keys=tuple(duplicates))
    return tuple(keys)


def _change_from_dict(data: Any, where: Message) -> Change:
    if not isinstance(data, Mapping):
        raise ScenarioError("scenario.change_object", where=where)
    area = data.get("area")
    action = data.get("action")
    change_id = data.get("id") or (f"{action}-{area_key(area)}" if isinstance(area, str) else "")
    fields = ("area_name", "parent", "rationale")
    reasons = data.get("reasons", [])
    if not isinstance(reasons, list):
        raise ScenarioError("located", where=where, problem=Message("scenario.reasons_list"))
    try:
        return Change(
            id=change_id,
            action=action,
            area=area if isinstance(area, str) else "",
            enabled=data.get("enabled", True),
            reasons=reasons,
            **{name: data.get(name, "") for name in fields},
        )
    except ScenarioError as error:
        raise ScenarioError("located", where=where, problem=error.message) from None
