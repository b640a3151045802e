"""Which text encoding a file was written in, and whether text that was read looks mis-decoded.

Statistics tables and GIS files arrive in every encoding Excel, LibreOffice and old desktop GIS
write: UTF-8 (with or without BOM), Excel's "Unicode text" (UTF-16 LE with BOM), Windows-1252,
ISO-8859-1, Mac Roman (Excel for Mac) and DOS code pages (CP850). A wrong guess does not fail: it
turns ``ö`` into another character, and area names stop matching. The rules here:

1. a byte order mark decides (UTF-8, UTF-16 LE/BE); UTF-16 without BOM is recognised by its zero
   bytes;
2. bytes that are valid UTF-8 are UTF-8;
3. otherwise the candidates — Windows-1252, Mac Roman, CP850, ISO-8859-1 and the guess of
   charset-normalizer where that package is installed (it comes with QGIS's Python as a dependency
   of ``requests``; without it the rules work the same for these four) — are each decoded and
   scored by how plausible the text is as German (:func:`plausibility`): umlauts and ``ß`` count
   for a candidate, signs and control characters inside words count against it. The best score
   wins, ties going to the earlier candidate.

:func:`misdecoding` looks at text already read (a layer's names or keys) and says whether it
looks mis-decoded: replacement characters (``H�rde``) or UTF-8 read as a single-byte code page
(``HÃ¶rde``).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Iterable

#: Single-byte encodings tried when a file is not UTF-8, in order of preference on a tie.
FALLBACK_ENCODINGS: tuple[str, ...] = ("cp1252", "mac_roman", "cp850", "latin-1")

#: Names shown to users for the codec names used here.
ENCODING_LABELS: dict[str, str] = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "cp1252": "Windows-1252",
    "mac_roman": "Mac Roman",
    "cp850": "CP850",
    "latin-1": "ISO-8859-1",
}

# Letters of German (and the neighbouring languages of place names) that a right decoding shows.
_GERMAN = set("äöüÄÖÜß")
_ACCENTED = set("éèêáàâóôúçñÉÈÁÀÓÚ")
# Characters that may appear in text but not inside a word.
_NEUTRAL = set("€–—„“”‚‘’…°²³µ·§«»×÷±¼½¾¹\u00a0\u202f")
_MOJIBAKE = re.compile("Ã[¤¶¼„–œŸ©¨]|Ã\u0178|â€[“”™œ\u009d]|Â[°²³§ ]")
_REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class Detection:
    """The encoding chosen for a sample of bytes and how it was found."""

    encoding: str  # a Python codec name
    method: str  # "bom", "utf-8", "detected"


def detect_encoding(head: bytes, tail: bytes = b"") -> Detection:
    """The encoding of a text file from its first bytes ``head`` and (large files) last bytes ``tail``.

    Returns a :class:`Detection`; never raises. ``tail`` may start inside a multi-byte character.
    """
    if head.startswith(codecs.BOM_UTF8):
        return Detection("utf-8-sig", "bom")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Detection("utf-16", "bom")
    utf16 = _utf16_without_bom(head)
    if utf16:
        return Detection(utf16, "detected")
    if _is_utf8(head, final=not tail) and (not tail or _is_utf8(_skip_continuation(tail), final=True)):
        return Detection("utf-8", "utf-8")
    sample = head + b"\n" + tail
    candidates = list(FALLBACK_ENCODINGS)
    guess = _charset_normalizer_guess(sample)
    if guess and guess not in {codecs.lookup(c).name for c in candidates}:
        candidates.append(guess)  # wins only when its text is more plausible than the usual ones
    best, best_score = candidates[0], None
    for encoding in candidates:
        try:
            text = sample.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        score = plausibility(text)
        if best_score is None or score > best_score:
            best, best_score = encoding, score
    return Detection(best, "detected")


def plausibility(text: str) -> int:
    """How plausible ``text`` is as German (or West European) text: higher is better.

    Each non-ASCII character scores: +3 for an umlaut or ``ß``, +1 for a common accented letter
    (é, è, ç, ...), 0 for a typographic sign (€, –, „, °, ²) outside a word, −1 for any other letter,
    −3 for a sign inside a word (between letters), any other sign or a control character.
    """
    score = 0
    for position, char in enumerate(text):
        if char.isascii():
            continue
        if char in _GERMAN:
            score += 3
            continue
        if char in _ACCENTED:
            score += 1
            continue
        before = text[position - 1] if position else " "
        after = text[position + 1] if position + 1 < len(text) else " "
        inside_word = before.isalpha() and after.isalpha()
        if char in _NEUTRAL and not inside_word:
            continue
        score -= 1 if char.isalpha() else 3
    return score


def misdecoding(values: Iterable) -> tuple[str, str] | None:
    """``(kind, example)`` when text values look mis-decoded, else None.

    ``kind`` is ``"replacement"`` (undecodable bytes became U+FFFD, as in ``H�rde``: the text is in
    a single-byte code page but was read as UTF-8) or ``"utf8_as_single_byte"`` (``HÃ¶rde``: UTF-8
    read as Windows-1252 or ISO-8859-1). ``example`` is the first such value.
    """
    for value in values:
        if not isinstance(value, str):
            continue
        if _REPLACEMENT in value:
            return "replacement", value
        if _MOJIBAKE.search(value):
            return "utf8_as_single_byte", value
    return None


def label(encoding: str | None) -> str:
    """A user-facing name for a codec name ("cp1252" → "Windows-1252"); unknown names unchanged."""
    if not encoding:
        return ""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    aliases = {"iso8859-1": "latin-1", "utf-16-le": "utf-16-le", "mac-roman": "mac_roman"}
    return ENCODING_LABELS.get(encoding) or ENCODING_LABELS.get(aliases.get(name, name), encoding)


def _is_utf8(data: bytes, final: bool) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(data, final=final)
    except UnicodeDecodeError:
        return False
    return True


def _skip_continuation(data: bytes) -> bytes:
    start = 0
    while start < len(data) and start < 4 and 0x80 <= data[start] < 0xC0:
        start += 1
    return data[start:]


def _utf16_without_bom(head: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when most odd/even bytes of the sample are zero (ASCII text in UTF-16)."""
    sample = head[:4096]
    if len(sample) < 8:
        return None
    even_zero = sample[0::2].count(0)
    odd_zero = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zero > 0.7 * half and even_zero < 0.1 * half:
        return "utf-16-le"
    if even_zero > 0.7 * half and odd_zero < 0.1 * half:
        return "utf-16-be"
    return None


def _charset_normalizer_guess(sample: bytes) -> str | None:
    """charset-normalizer's best encoding for ``sample`` as a Python codec name, or None."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # not every QGIS Python has it; the plausibility check works alone
        return None
    # only the lines that hold non-ASCII bytes carry evidence; a short sample keeps the detector fast
    telling = b"\n".join(line for line in sample.splitlines() if any(b >= 0x80 for b in line))
    try:
        best = from_bytes((telling or sample)[:4096]).best()
    except Exception:  # a detector failure must never stop reading
        return None
    if best is None:
        return None
    try:
        return codecs.lookup(best.encoding).name
    except LookupError:
        return None
