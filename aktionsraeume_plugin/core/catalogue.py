"""The indicator catalogue: which table columns are indicators, what they mean and how to judge them.

The catalogue is a small TOML file a planner edits (format in ``resources/sample/katalog.toml``, which
documents every key). :func:`load_catalogue` reads and validates it; every error names the file, the
line and the problem. Whether the named columns exist is a separate step,
:meth:`Catalogue.validate_against`, because the same catalogue serves several tables.
"""

from __future__ import annotations

import math
import operator
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from .messages import Message, MessageError, quoted

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - QGIS builds with Python < 3.11 (e.g. 3.22 on Windows)
    import tomli as tomllib

CATALOGUE_FORMAT = "aktionsraeume-katalog"
CATALOGUE_VERSION = 1

HIGHER_IS_WORSE = "higher_is_worse"
HIGHER_IS_BETTER = "higher_is_better"
DIRECTIONS = (HIGHER_IS_WORSE, HIGHER_IS_BETTER)

KIND_STATUS = "status"
KIND_CHANGE = "change"
KINDS = (KIND_STATUS, KIND_CHANGE)

#: How catalogues spell percentage points (the unit of a rate's change), compared case-insensitively.
PERCENTAGE_POINT_SPELLINGS = frozenset(
    {"pp", "%-punkte", "%-pkt.", "%-pkt", "prozentpunkte", "percentage points", "%-points", "% points"}
)


def is_percentage_points(unit: str) -> bool:
    """Whether a catalogue ``unit`` means percentage points, however the catalogue spells it."""
    return unit.strip().casefold() in PERCENTAGE_POINT_SPELLINGS


THRESHOLD_OPERATORS: dict[str, Callable[[float, float], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
}

_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")


class CatalogueError(MessageError, ValueError):
    """A catalogue that cannot be used. ``line`` is 1-based (None when no line applies); ``problem`` is
    the :class:`Message` saying what is wrong (code and values, e.g. ``"catalogue.not_found"``), the
    error's message names the file and line before it."""

    def __init__(self, source: str, line: int | None, problem: str | Message, /, **params: Any):
        self.source = source
        self.line = line
        self.problem = problem if isinstance(problem, Message) else Message(problem, params)
        where = Message("catalogue.file_line", {"file": source, "line": line}) if line else source
        super().__init__("catalogue.error", where=where, problem=self.problem)


@dataclass(frozen=True)
class Domain:
    """A group of indicators (Erwerbstätigkeit, Bildung, ...). ``id`` is stable and used in field names."""

    id: str
    label_de: str
    label_en: str = ""


@dataclass(frozen=True)
class Threshold:
    """A rule such as "> 20": holds when ``value <op> self.value``."""

    op: str
    value: float

    def holds(self, value: float | None) -> bool:
        """True when the rule holds; a missing value never makes a rule hold."""
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return False
        return THRESHOLD_OPERATORS[self.op](value, self.value)


@dataclass(frozen=True)
class Indicator:
    """One indicator column of the table and how to judge it."""

    id: str
    column: str
    label_de: str
    domain: str
    direction: str
    label_en: str = ""
    unit: str = ""
    weight: float = 1.0
    threshold: Threshold | None = None
    kind: str = KIND_STATUS

    @property
    def worse_sign(self) -> int:
        """+1 when a higher value is worse, -1 when a higher value is better."""
        return 1 if self.direction == HIGHER_IS_WORSE else -1


@dataclass(frozen=True)
class Rule:
    """When an area counts as below average (comparison method).

    ``min_worse``: at least this many status indicators worse than the city reference (None: not used);
    ``thresholds``: or any indicator's threshold rule holds.
    """

    min_worse: int | None = None
    thresholds: bool = True


@dataclass(frozen=True)
class ReferenceSettings:
    """How the city reference is found: labels of a total row, and the population column."""

    total_row: tuple[str, ...] = ()
    population_column: str = ""


@dataclass(frozen=True)
class IndexSettings:
    """Standardised index method: class edges and codes, minimum population, Dynamik classes.

    ``classes`` has one more entry than ``breaks``. A value exactly on an edge belongs to the better
    (lower) class, so an area is only put into a worse class when it lies strictly beyond the edge.
    ``flag_classes`` are the classes counted as "below average" (default: classes lying wholly above 0).
    """

    breaks: tuple[float, ...] = (-1.0, 1.0, 1.5)
    classes: tuple[str, ...] = ("hoch", "mittel", "niedrig", "sehr_niedrig")
    min_population: float = 0.0
    flag_classes: tuple[str, ...] = ()
    dynamic_breaks: tuple[float, ...] = (-1.0, 1.0)
    dynamic_classes: tuple[str, ...] = ("positiv", "stabil", "negativ")

    def flagged_classes(self) -> tuple[str, ...]:
        """The class codes counted as below average."""
        if self.flag_classes:
            return self.flag_classes
        lower_edges = (-math.inf, *self.breaks)
        return tuple(code for code, edge in zip(self.classes, lower_edges) if edge >= 0)


@dataclass(frozen=True)
class Catalogue:
    """A validated indicator catalogue."""

    name: str
    indicators: tuple[Indicator, ...]
    domains: tuple[Domain, ...]
    rule: Rule = field(default_factory=Rule)
    reference: ReferenceSettings = field(default_factory=ReferenceSettings)
    index: IndexSettings = field(default_factory=IndexSettings)
    source: str = "catalogue"
    #: line of each indicator's ``id = ...`` in the file (for messages of later checks)
    indicator_lines: Mapping[str, int] = field(default_factory=dict)
    #: codes meaning "no value" in the indicator columns (``missing_values = [-9999]``); None: the
    #: usual codes where they stand apart from a column's values (see core/cells.py)
    missing_values: tuple[float, ...] | None = None

    @property
    def status_indicators(self) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.kind == KIND_STATUS)

    @property
    def change_indicators(self) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.kind == KIND_CHANGE)

    def indicator(self, indicator_id: str) -> Indicator:
        for candidate in self.indicators:
            if candidate.id == indicator_id:
                return candidate
        raise KeyError(indicator_id)

    def domain(self, domain_id: str) -> Domain:
        for candidate in self.domains:
            if candidate.id == domain_id:
                return candidate
        raise KeyError(domain_id)

    def missing_columns(self, columns: Iterable[str]) -> list[Indicator]:
        """Indicators whose column is not among ``columns``."""
        available = set(columns)
        return [i for i in self.indicators if i.column not in available]

    def restricted_to(self, columns: Iterable[str]) -> tuple[Catalogue, list[Indicator]]:
        """This catalogue with only the indicators whose column is among ``columns``, and those left out.

        For tables of another year that lack an indicator (the caller reports the ones left out).
        """
        missing = self.missing_columns(columns)
        kept = tuple(i for i in self.indicators if i not in missing)
        return replace(self, indicators=kept), missing

    def doubled_columns(self, columns: Iterable[str]) -> dict[str, list[str]]:
        """Indicator columns that come more than once among ``columns`` because a later join renamed its
        copy (``name_2``, ``name_3`` … as :func:`core.join.unique_name` names them): column → the copies.
        Reading such a column would silently take the first join's values."""
        columns = [str(c) for c in columns]
        doubled: dict[str, list[str]] = {}
        for indicator in self.indicators:
            pattern = re.compile(re.escape(indicator.column) + r"_\d+", re.IGNORECASE)
            copies = [c for c in columns if pattern.fullmatch(c)]
            if copies and indicator.column in columns:
                doubled[indicator.column] = copies
        return doubled

    def validate_against(self, columns: Iterable[str], table: str | Message | None = None) -> None:
        """Raise :class:`CatalogueError` naming the line of the first indicator whose column is missing.

        The message lists every missing column, so one run shows all of them.
        """
        missing = self.missing_columns(columns)
        if not missing:
            return
        first = missing[0]
        table = Message("catalogue.the_table") if table is None else table
        names = [Message("catalogue.column_of", {"column": i.column, "indicator": i.id}) for i in missing]
        raise CatalogueError(
            self.source,
            self.indicator_lines.get(first.id),
            "catalogue.missing_columns",
            table=table,
            columns=names,
        )


# -- loading -------------------------------------------------------------------------------------


def load_catalogue(path: str | Path) -> Catalogue:
    """Read and validate a catalogue file; errors name the file, line and problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CatalogueError(str(path), None, "catalogue.not_found") from None
    except UnicodeDecodeError:
        raise CatalogueError(str(path), None, "catalogue.not_utf8") from None
    except OSError as error:
        raise CatalogueError(
            str(path), None, "catalogue.unreadable", reason=error.strerror or str(error)
        ) from None
    return parse_catalogue(text, str(path))


def parse_catalogue(text: str, source: str = "catalogue") -> Catalogue:
    """Parse and validate catalogue text; ``source`` names the file in messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None) or _line_from_message(str(error))
        problem = getattr(error, "msg", None) or re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise CatalogueError(source, line, "catalogue.not_toml", problem=str(problem)) from None
    return _Parser(text, source).catalogue(data)


def _line_from_message(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


class _Parser:
    """Validation with line lookup: tomllib gives no positions for values, so they are found in the text."""

    def __init__(self, text: str, source: str):
        self.lines = text.splitlines()
        self.source = source

    # -- line lookup -------------------------------------------------------------------------
    def _section_span(self, header: str, occurrence: int = 0) -> tuple[int, int] | None:
        """0-based [start, end) line span of the ``occurrence``-th ``[header]`` / ``[[header]]`` table."""
        pattern = re.compile(rf"^\s*\[\[?\s*{re.escape(header)}\s*\]\]?\s*(#.*)?$")
        any_header = re.compile(r"^\s*\[")
        starts = [n for n, line in enumerate(self.lines) if pattern.match(line)]
        if occurrence >= len(starts):
            return None
        start = starts[occurrence]
        end = next(
            (n for n in range(start + 1, len(self.lines)) if any_header.match(self.lines[n])), len(self.lines)
        )
        return start, end

    def _top_level_span(self) -> tuple[int, int]:
        any_header = re.compile(r"^\s*\[")
        end = next((n for n, line in enumerate(self.lines) if any_header.match(line)), len(self.lines))
        return 0, end

    def line_of(self, header: str | None, key: str | None = None, occurrence: int = 0) -> int | None:
        """1-based line of ``key`` inside the table (or of the table header when no key matches)."""
        span = self._top_level_span() if header is None else self._section_span(header, occurrence)
        if span is None:
            return None
        start, end = span
        if key is not None:
            key_pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
            # also finds keys of inline tables, e.g. threshold = { op = ... }
            inline_pattern = re.compile(rf"[{{,]\s*{re.escape(key)}\s*=")
            for n in range(start, end):
                if key_pattern.match(self.lines[n]):
                    return n + 1
            for n in range(start, end):
                if inline_pattern.search(self.lines[n]):
                    return n + 1
        return start + 1 if header is not None else None

    def fail(self, line: int | None, code: str, **params: Any) -> CatalogueError:
        return CatalogueError(self.source, line, code, **params)

    def _choice(
        self, item: Mapping[str, Any], name: str, default: Any, allowed, at, indicator_id: str, **params
    ):
        """``item[name]`` (else ``default``) if it is one of ``allowed``; else the error
        ``catalogue.<name>`` naming the indicator and the value."""
        value = item.get(name, default)
        if value not in allowed:
            raise self.fail(
                at(name), f"catalogue.{name}", indicator=indicator_id, **{name: str(value)}, **params
            )
        return value

    # -- sections ----------------------------------------------------------------------------
    def catalogue(self, data: Mapping[str, Any]) -> Catalogue:
        fmt = data.get("format")
        if fmt is not None and fmt != CATALOGUE_FORMAT:
            raise self.fail(
                self.line_of(None, "format"),
                "catalogue.format",
                format=str(fmt),
                expected=CATALOGUE_FORMAT,
            )
        version = data.get("version", CATALOGUE_VERSION)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise self.fail(self.line_of(None, "version"), "catalogue.version_number")
        if version > CATALOGUE_VERSION:
            raise self.fail(
                self.line_of(None, "version"),
                "catalogue.version_newer",
                version=version,
                supported=CATALOGUE_VERSION,
            )
        name = self._text(data.get("name", ""), self.line_of(None, "name"), '"name"')
        domains = self._domains(data.get("domain", []))
        indicators, lines = self._indicators(data.get("indicator", []), {d.id for d in domains})
        return Catalogue(
            name=name,
            indicators=indicators,
            domains=domains,
            rule=self._rule(data.get("rule", {}), len([i for i in indicators if i.kind == KIND_STATUS])),
            reference=self._reference(data.get("reference", {})),
            index=self._index(data.get("index", {})),
            source=self.source,
            indicator_lines=lines,
            missing_values=self._missing_values(data.get("missing_values")),
        )

    def _missing_values(self, value: Any) -> tuple[float, ...] | None:
        if value is None:
            return None
        if not isinstance(value, list) or not all(_is_number(v) for v in value):
            raise self.fail(
                self.line_of(None, "missing_values"),
                "catalogue.missing_values",
            )
        return tuple(float(v) for v in value)

    def _domains(self, items: Any) -> tuple[Domain, ...]:
        if not isinstance(items, list):
            raise self.fail(self.line_of("domain"), "catalogue.domain_tables")
        domains: list[Domain] = []
        for n, item in enumerate(items):
            line = self.line_of("domain", "id", n)
            if not isinstance(item, Mapping):
                raise self.fail(line, "catalogue.domain_table")
            domain_id = self._identifier(item.get("id"), line, "domain")
            if domain_id in {d.id for d in domains}:
                raise self.fail(line, "catalogue.duplicate_domain", id=domain_id)
            domains.append(
                Domain(
                    id=domain_id,
                    label_de=self._text(
                        item.get("label_de", domain_id), self.line_of("domain", "label_de", n), "label_de"
                    ),
                    label_en=self._text(
                        item.get("label_en", ""), self.line_of("domain", "label_en", n), "label_en"
                    ),
                )
            )
        return tuple(domains)

    def _indicators(self, items: Any, domain_ids: set[str]) -> tuple[tuple[Indicator, ...], dict[str, int]]:
        if not isinstance(items, list) or not items:
            raise self.fail(
                self.line_of("indicator"),
                "catalogue.no_indicators",
            )
        indicators: list[Indicator] = []
        lines: dict[str, int] = {}
        columns: dict[str, str] = {}
        for n, item in enumerate(items):
            id_line = self.line_of("indicator", "id", n)
            if not isinstance(item, Mapping):
                raise self.fail(id_line, "catalogue.indicator_table")

            def at(key: str, n: int = n) -> int | None:
                return self.line_of("indicator", key, n)

            indicator_id = self._identifier(item.get("id"), id_line, "indicator")
            if indicator_id in lines:
                raise self.fail(
                    id_line,
                    "catalogue.duplicate_indicator",
                    id=indicator_id,
                    first_line=lines[indicator_id],
                )
            column = item.get("column")
            if not isinstance(column, str) or not column.strip():
                raise self.fail(at("column"), "catalogue.no_column", indicator=indicator_id)
            if column in columns:
                raise self.fail(
                    at("column"),
                    "catalogue.shared_column",
                    first=columns[column],
                    second=indicator_id,
                    column=column,
                )
            known = tuple(sorted(domain_ids))
            domain = self._choice(item, "domain", None, domain_ids, at, indicator_id, known=known)
            direction = self._choice(
                item,
                "direction",
                None,
                DIRECTIONS,
                at,
                indicator_id,
                worse=HIGHER_IS_WORSE,
                better=HIGHER_IS_BETTER,
            )
            kind = self._choice(item, "kind", KIND_STATUS, KINDS, at, indicator_id)
            weight = item.get("weight", 1.0)
            if not _is_number(weight) or not weight > 0:
                raise self.fail(at("weight"), "catalogue.weight", indicator=indicator_id)
            indicators.append(
                Indicator(
                    id=indicator_id,
                    column=column,
                    label_de=self._text(item.get("label_de", indicator_id), at("label_de"), "label_de"),
                    label_en=self._text(item.get("label_en", ""), at("label_en"), "label_en"),
                    domain=domain,
                    direction=direction,
                    unit=self._text(item.get("unit", ""), at("unit"), "unit"),
                    weight=float(weight),
                    threshold=self._threshold(item.get("threshold"), at("threshold"), indicator_id),
                    kind=kind,
                )
            )
            lines[indicator_id] = id_line or 0
            columns[column] = indicator_id
        return tuple(indicators), lines

    def _threshold(self, value: Any, line: int | None, indicator_id: str) -> Threshold | None:
        if value is None:
            return None
        if not isinstance(value, Mapping):
            raise self.fail(line, "catalogue.threshold_table", indicator=indicator_id)
        op = value.get("op")
        if op not in THRESHOLD_OPERATORS:
            raise self.fail(
                line,
                "catalogue.threshold_operator",
                indicator=indicator_id,
                op=str(op),
                known=quoted(THRESHOLD_OPERATORS),
            )
        number = value.get("value")
        if not _is_number(number):
            raise self.fail(line, "catalogue.threshold_value", indicator=indicator_id)
        return Threshold(op=op, value=float(number))

    def _rule(self, data: Any, n_status: int) -> Rule:
        if not isinstance(data, Mapping):
            raise self.fail(self.line_of("rule"), "catalogue.not_table", key="rule")
        min_worse = data.get("min_worse")
        if min_worse is not None and (
            not isinstance(min_worse, int) or isinstance(min_worse, bool) or not 1 <= min_worse <= n_status
        ):
            raise self.fail(
                self.line_of("rule", "min_worse"),
                "catalogue.min_worse",
                count=n_status,
            )
        thresholds = data.get("thresholds", True)
        if not isinstance(thresholds, bool):
            raise self.fail(self.line_of("rule", "thresholds"), "catalogue.thresholds_flag")
        if min_worse is None and not thresholds:
            raise self.fail(self.line_of("rule"), "catalogue.rule_flags_nothing")
        return Rule(min_worse=min_worse, thresholds=thresholds)

    def _reference(self, data: Any) -> ReferenceSettings:
        if not isinstance(data, Mapping):
            raise self.fail(self.line_of("reference"), "catalogue.not_table", key="reference")
        labels = data.get("total_row", [])
        if isinstance(labels, str):
            labels = [labels]
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            raise self.fail(self.line_of("reference", "total_row"), "catalogue.total_row")
        population = self._text(
            data.get("population_column", ""),
            self.line_of("reference", "population_column"),
            "population_column",
        )
        return ReferenceSettings(total_row=tuple(labels), population_column=population)

    def _index(self, data: Any) -> IndexSettings:
        if not isinstance(data, Mapping):
            raise self.fail(self.line_of("index"), "catalogue.not_table", key="index")
        defaults = IndexSettings()
        breaks = self._breaks(data.get("breaks", list(defaults.breaks)), "breaks")
        classes = self._codes(data.get("classes", list(defaults.classes)), "classes", len(breaks) + 1)
        dynamic_breaks = self._breaks(
            data.get("dynamic_breaks", list(defaults.dynamic_breaks)), "dynamic_breaks"
        )
        dynamic_classes = self._codes(
            data.get("dynamic_classes", list(defaults.dynamic_classes)),
            "dynamic_classes",
            len(dynamic_breaks) + 1,
        )
        flag_classes = self._codes(data.get("flag_classes", []), "flag_classes", None)
        unknown = [c for c in flag_classes if c not in classes]
        if unknown:
            raise self.fail(
                self.line_of("index", "flag_classes"),
                "catalogue.flag_classes",
                classes=tuple(unknown),
            )
        min_population = data.get("min_population", 0)
        if not _is_number(min_population) or min_population < 0:
            raise self.fail(self.line_of("index", "min_population"), "catalogue.min_population")
        return IndexSettings(
            breaks=breaks,
            classes=classes,
            min_population=float(min_population),
            flag_classes=flag_classes,
            dynamic_breaks=dynamic_breaks,
            dynamic_classes=dynamic_classes,
        )

    def _breaks(self, values: Any, key: str) -> tuple[float, ...]:
        line = self.line_of("index", key)
        if not isinstance(values, list) or not values or not all(_is_number(v) for v in values):
            raise self.fail(line, "catalogue.breaks_numbers", key=key)
        numbers = tuple(float(v) for v in values)
        if any(b <= a for a, b in zip(numbers, numbers[1:])):
            raise self.fail(line, "catalogue.breaks_increasing", key=key)
        return numbers

    def _codes(self, values: Any, key: str, expected: int | None) -> tuple[str, ...]:
        line = self.line_of("index", key)
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            raise self.fail(line, "catalogue.codes_texts", key=key)
        if expected is not None and len(values) != expected:
            edges = "breaks" if key == "classes" else "dynamic_breaks"
            raise self.fail(
                line,
                "catalogue.codes_count",
                key=key,
                expected=expected,
                edges=edges,
                count=len(values),
            )
        if len(set(values)) != len(values):
            raise self.fail(line, "catalogue.codes_repeated", key=key)
        return tuple(values)

    # -- values ------------------------------------------------------------------------------
    def _identifier(self, value: Any, line: int | None, what: str) -> str:
        if not isinstance(value, str) or not _ID_PATTERN.match(value):
            raise self.fail(
                line,
                "catalogue.identifier",
                what=what,
                id=str(value),
            )
        return value

    def _text(self, value: Any, line: int | None, what: str) -> str:
        if not isinstance(value, str):
            raise self.fail(line, "catalogue.not_text", key=what.strip('"'))
        return value


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
