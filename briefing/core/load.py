"""Finding article files and decoding them, with a clear one-line error for each bad one.

Encodings are detected by charset-normalizer (UTF-8 with or without BOM, UTF-16/32 with
BOM, GB18030/GBK, Big5, ...). Files are only ever opened for reading.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from briefing.core.errors import LoadError
from briefing.core.model import Document

#: Suffixes picked up when a folder is given.
ARTICLE_SUFFIXES = (".txt", ".md")

#: Larger files are refused with a message rather than freezing the reader.
MAX_BYTES = 8 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class LoadResult:
    """What came of loading a set of paths: the documents read and the errors met."""

    documents: tuple[Document, ...]
    errors: tuple[LoadError, ...]


def collect_paths(paths: list[Path]) -> tuple[list[Path], list[LoadError]]:
    """Expand folders into their ``*.txt``/``*.md`` files (recursively, sorted).

    A path that does not exist becomes an error; duplicates are dropped.
    """
    found: list[Path] = []
    errors: list[LoadError] = []
    for path in paths:
        if path.is_dir():
            children = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
            if not children:
                errors.append(LoadError(path, "folder holds no .txt or .md files"))
            found.extend(children)
        elif path.exists():
            found.append(path)
        else:
            errors.append(LoadError(path, "no such file or folder"))
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return unique, errors


def decode_bytes(data: bytes, path: Path) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``, or raise :class:`LoadError`."""
    if not data.strip():
        raise LoadError(path, "file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise LoadError(path, f"starts with a {encoding} BOM but is not {encoding}: {exc.reason}") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise LoadError(path, "looks like a binary file (NUL bytes), not text")
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise LoadError(path, "could not detect a text encoding (binary or damaged file?)")
    text = str(best)
    if _looks_binary(text):
        raise LoadError(path, f"looks like a binary file, not text (best guess {best.encoding})")
    return text, best.encoding


def _looks_binary(text: str) -> bool:
    """True when many characters are control characters other than whitespace."""
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\x1b")
    return controls > max(8, len(sample) // 20)


def read_document(path: Path) -> Document:
    """Read and decode one file. Raises :class:`LoadError` with a one-line reason."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(path, f"file is too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)")
        data = path.read_bytes()
    except LoadError:
        raise
    except IsADirectoryError as exc:
        raise LoadError(path, "is a folder, not a file") from exc
    except OSError as exc:
        raise LoadError(path, f"cannot read: {exc.strerror or exc}") from exc
    text, encoding = decode_bytes(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise LoadError(path, "file holds only whitespace")
    return Document(path=path, text=text, encoding=encoding)


def load_paths(paths: list[Path]) -> LoadResult:
    """Load every article under ``paths``; bad files become errors, the rest still load."""
    files, errors = collect_paths(paths)
    documents: list[Document] = []
    for file in files:
        try:
            documents.append(read_document(file))
        except LoadError as exc:
            errors.append(exc)
    return LoadResult(tuple(documents), tuple(errors))
