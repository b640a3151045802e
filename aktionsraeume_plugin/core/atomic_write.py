"""Writing files completely or not at all: the one way the plugin writes a file.

Every file the plugin writes (maps, list exports, scenarios, join reports, result GeoPackages) is
written under a temporary name in the target's folder and renamed over the target only when the
writer finished without an error. So a file is either complete or absent, an existing file is
replaced only by a complete one and stays as it was after any failure (full disk, no permission,
cancel, an exception in the writer), and nothing half-written is left behind.

The finished file gets the permissions any other program would give a new file: ``0666`` less the
user's umask (``0644`` under the usual umask ``022``, ``0664`` under ``002``), whatever the writer
used (``tempfile.mkstemp`` makes files private, SQLite uses ``0644``).

A target that an SQLite connection has open with a journal beside it (``karte.gpkg-wal``,
``karte.gpkg-journal``: a GeoPackage being edited in QGIS, or one left by a crash) is not replaced:
SQLite would apply that journal to the new file and corrupt it. :class:`FileInUseError` says so.

Temporary names keep the target's extension (``karte.pdf`` is written as ``.karte-1f2e3d.part.pdf``),
because some writers (GDAL, Qt's image writer) choose the format by extension. Side files that a
writer puts beside its file under the same stem (a Shapefile's ``.shx``, ``.dbf``, ``.prj``) are
renamed with it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import threading
from pathlib import Path
from typing import Iterator

#: Files SQLite keeps beside a database while it is open (removed with a failed temporary file).
_SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")

_umask_lock = threading.Lock()


class FileInUseError(OSError):
    """The target is an SQLite database with a journal beside it (open for writing, or not closed cleanly)."""


def current_umask() -> int:
    """The process's umask (e.g. ``0o022``), read without changing it where the system allows.

    Linux reports it in ``/proc/self/status``; elsewhere it is read by setting and restoring it,
    under a lock (the short change is visible to other threads creating files at that moment).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _umask_lock:
        umask = os.umask(0o022)
        os.umask(umask)
    return umask


def new_file_mode() -> int:
    """Permission bits of a new regular file under the current umask (``0o644`` under ``0o022``)."""
    return 0o666 & ~current_umask()


def temporary_name(path: str | Path) -> Path:
    """A fresh name beside ``path`` that ends in its extension: ``dir/.stem-<random>.part.ext``."""
    path = Path(path)
    while True:
        candidate = path.with_name(f".{path.stem}-{secrets.token_hex(4)}.part{path.suffix}")
        if not os.path.lexists(candidate):
            return candidate


@contextlib.contextmanager
def replacing(path: str | Path, create: bool = True) -> Iterator[Path]:
    """Give the caller a temporary file to write; put it at ``path`` if the block ends normally.

    ``create`` true: the temporary file exists (empty) when the block starts, for writers that open
    an existing file. ``create`` false: only its name is reserved, for writers that must create the
    file themselves (GDAL, SQLite). On leaving the block normally, the file (and any side files with
    its stem) is flushed to disk, given :func:`new_file_mode` and renamed over ``path`` (and its side
    files). On any exception, including ``KeyboardInterrupt``, everything temporary is deleted and
    ``path`` is left as it was; the exception propagates.

    Raises :class:`FileInUseError` when ``path`` has an SQLite journal beside it (nothing is
    written), ``OSError`` when the temporary file cannot be created (folder missing or not
    writable) or the finished file cannot be put in place.
    """
    path = Path(path)
    journals = [Path(f"{path}{end}") for end in ("-wal", "-journal")]
    journal = next((j for j in journals if j.exists()), None)
    if journal is not None:
        raise FileInUseError(errno.EBUSY, "in use: its SQLite journal exists", str(journal))
    temporary = temporary_name(path)
    if create:
        os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    try:
        yield temporary
        if not temporary.exists():
            raise FileNotFoundError(2, "the writer produced no file", str(temporary))
        mode = new_file_mode()
        for side in _side_files(temporary):
            _finish(side, mode)
            os.replace(side, path.with_name(path.stem + side.name[len(temporary.stem) :]))
        _finish(temporary, mode)
        os.replace(temporary, path)
    finally:
        _remove_temporary(temporary)


def write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` completely or not at all (see :func:`replacing`); returns ``path``.

    Raises ``OSError`` (the file at ``path`` is then unchanged).
    """
    with replacing(path) as temporary, open(temporary, "wb") as stream:
        stream.write(data)
    return Path(path)


def write_text(path: str | Path, text: str, encoding: str = "utf-8", newline: str | None = None) -> Path:
    """Write ``text`` to ``path`` completely or not at all (see :func:`replacing`); returns ``path``.

    ``newline`` as for :func:`open` (``""`` writes line ends unchanged). Raises ``OSError`` or
    ``UnicodeEncodeError`` (the file at ``path`` is then unchanged).
    """
    with replacing(path) as temporary, open(temporary, "w", encoding=encoding, newline=newline) as stream:
        stream.write(text)
    return Path(path)


def _side_files(temporary: Path) -> list[Path]:
    """Files a writer made beside ``temporary`` with the same stem (``.x-1f.part.shx`` for ``.shp``)."""
    prefix = temporary.stem + "."
    return [
        candidate
        for candidate in temporary.parent.iterdir()
        if candidate.name.startswith(prefix)
        and candidate.name != temporary.name
        and not candidate.name.startswith(temporary.name)
    ]


def _finish(file: Path, mode: int) -> None:
    """Flush ``file`` to disk and give it ``mode``."""
    with open(file, "rb+") as stream:
        os.fsync(stream.fileno())
    os.chmod(file, mode)


def _remove_temporary(temporary: Path) -> None:
    """Delete the temporary file, its side files and SQLite's journals (whatever exists)."""
    leftovers = [temporary, *(Path(f"{temporary}{end}") for end in _SQLITE_SIDE_FILES)]
    with contextlib.suppress(OSError):
        leftovers.extend(_side_files(temporary))
    for leftover in leftovers:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(leftover)
