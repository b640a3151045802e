"""Structured messages: what core has to tell people, as a stable code and its values.

Core builds no sentences. Reports, notes, boundary findings and the rationales of proposed changes
are :class:`Message` objects; ``services.messages`` holds the wording of every code (English source
text marked for Qt translation) and renders a message in the user's language, numbers in the user's
locale. Because a message is data, a scenario made in German QGIS reads in English in English QGIS.

Parameter values are plain data, so that a message can be stored (JSON) and compared:

- ``str``, ``int``, ``float``, ``bool`` or ``None``;
- a nested :class:`Message` (worded in its turn);
- a tuple of values (a list: shown comma-separated, long lists shortened);
- a label in German and English, ``{"de": "...", "en": "..."}`` (e.g. an indicator's label from the
  catalogue, :func:`localised`): shown in the user's language, German for German readers, else English
  where the catalogue has it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable, Mapping


@dataclass(frozen=True)
class Message:
    """A stable ``code`` (e.g. ``"rationale.threshold"``) and the values its wording is filled with.

    Lists given as ``params`` values become tuples and nested ``{"code": ..., "params": ...}`` mappings
    become messages, so a message read back from JSON equals the one written.
    Raises ``ValueError`` for an empty code or a value that is not plain data.
    """

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.code, str) or not self.code:
            raise ValueError(f"A message needs a code (text), not {self.code!r}.")
        if not isinstance(self.params, Mapping):
            raise ValueError(f"Message '{self.code}': params must be a mapping.")
        object.__setattr__(self, "params", {str(k): _value(v, self.code) for k, v in self.params.items()})

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data: ``{"code": ..., "params": {...}}`` (tuples as lists)."""
        return {"code": self.code, "params": {k: _plain(v) for k, v in self.params.items()}}

    @classmethod
    def from_dict(cls, data: Any) -> Message:
        """The message of :meth:`to_dict`; raises ``ValueError`` for anything else."""
        if not isinstance(data, Mapping) or set(data) - {"code", "params"} or "code" not in data:
            raise ValueError(f'{data!r} is not a message (an object with "code" and "params").')
        return cls(data["code"], data.get("params") or {})


def _value(value: Any, code: str) -> Any:
    if value is None or type(value) in (str, bool, int, float) or isinstance(value, Message):
        return value
    if isinstance(value, (list, tuple)):
        return tuple(_value(item, code) for item in value)
    if isinstance(value, Mapping):
        if "code" in value:
            return Message.from_dict(value)
        if set(value) <= {"de", "en"} and all(isinstance(v, str) for v in value.values()):
            return dict(value)
    if hasattr(value, "item"):  # numpy scalars
        return _value(value.item(), code)
    if isinstance(value, Enum):  # stable codes such as ChangeAction: their value
        return _value(value.value, code)
    for plain in (bool, int, float, str):
        if isinstance(value, plain):
            return plain(value)
    raise ValueError(f"Message '{code}': {value!r} is not plain data.")


def _plain(value: Any) -> Any:
    if isinstance(value, Message):
        return value.to_dict()
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


#: the English wording of messages, set by ``services.messages`` (which holds the templates) when it is
#: imported; core itself words nothing
_english: list[Callable[[Message], str]] = []


def set_english_wording(wording: Callable[[Message], str]) -> None:
    """Register the function that words a message in English (the presentation layer's templates), used
    for ``str()`` of a :class:`MessageError` (logs, tracebacks, tests)."""
    _english[:] = [wording]


def english_text(message: Message) -> str:
    """``message`` worded in English (its code and values when no wording is registered)."""
    if _english:
        return _english[0](message)
    return f"{message.code} {dict(message.params)}"


class MessageError(Exception):
    """An error core reports to people, as a :class:`Message` (``error.message``): a stable code and
    the values that name the file, row, column or area.

    Raised as ``TableError("table.not_found", path="a.csv")`` or with a ready message
    (``AssessmentError(error.message)``). ``str(error)`` is the English wording (for logs and
    tracebacks); people see ``services.messages.error_text(error)``, in their own language.
    Raises ``ValueError`` (from :class:`Message`) for values that are not plain data.
    """

    def __init__(self, code: str | Message, /, **params: Any):
        self.message = code if isinstance(code, Message) else Message(code, params)
        super().__init__(self.message.code)

    def __str__(self) -> str:
        return english_text(self.message)


def quoted(items: Any) -> tuple[Message, ...]:
    """Names shown in quotes in a list, e.g. the columns of a table (``'Nummer', 'Name'``)."""
    return tuple(Message("quoted", {"text": str(item)}) for item in items)


def localised(de: str, en: str) -> dict[str, str]:
    """A label in German and English, e.g. an indicator label (``{"de": ..., "en": ...}``)."""
    return {"de": de, "en": en}
