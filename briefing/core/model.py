"""Frozen value types shared by every layer: documents, blocks, sections, articles.

Nothing here imports Textual or Rich; the CLI, the app and the tests all build on these.
Offsets are always indices into ``Document.text`` (the decoded source, before reflow),
so entities and notes can be anchored to what the file actually says.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field
from pathlib import Path


class ScriptMode(str, enum.Enum):
    """How article text is shown: as written, or converted by one OpenCC configuration."""

    ORIGINAL = "original"
    SIMPLIFIED = "t2s"
    TRADITIONAL = "s2t"
    TAIWAN = "s2twp"
    HONG_KONG = "s2hk"

    @property
    def label(self) -> str:
        """A short human label, shown in the app's status line."""
        return _MODE_LABELS[self]

    def next(self) -> "ScriptMode":
        """The mode after this one, wrapping around (what the `t` key does)."""
        modes = list(ScriptMode)
        return modes[(modes.index(self) + 1) % len(modes)]

    @classmethod
    def parse(cls, value: str) -> "ScriptMode":
        """Accept a mode's value (``t2s``) or name (``simplified``), case-insensitively."""
        lowered = value.strip().lower()
        for mode in cls:
            if lowered in (mode.value, mode.name.lower()):
                return mode
        choices = ", ".join(m.value for m in cls)
        raise ValueError(f"unknown script mode {value!r} (choose from {choices})")


_MODE_LABELS = {
    ScriptMode.ORIGINAL: "original",
    ScriptMode.SIMPLIFIED: "简体 (t2s)",
    ScriptMode.TRADITIONAL: "繁體 (s2t)",
    ScriptMode.TAIWAN: "臺灣 (s2twp)",
    ScriptMode.HONG_KONG: "香港 (s2hk)",
}


class Script(str, enum.Enum):
    """Which Chinese script an article is written in."""

    TRADITIONAL = "traditional"
    SIMPLIFIED = "simplified"
    MIXED = "mixed"
    UNKNOWN = "unknown"


class BlockKind(str, enum.Enum):
    """What a block of an article is, decided by the structure pass."""

    TITLE = "title"
    HEADING = "heading"
    BYLINE = "byline"
    BODY = "body"
    CAPTION = "caption"
    BULLET = "bullet"
    PHOTO = "photo"


@dataclass(frozen=True)
class Document:
    """A decoded source file: its text exactly as written, and how it was read."""

    path: Path
    text: str
    encoding: str

    @property
    def content_hash(self) -> str:
        """SHA-256 of the decoded text: the key for caches and note anchors."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Block:
    """One paragraph-sized unit of an article after reflow.

    ``text`` is the reflowed text; ``offsets[i]`` is the index in the source document of
    ``text[i]`` (joins and removed spaces leave no trace in ``text``, so the map is total).
    """

    kind: BlockKind
    text: str
    offsets: tuple[int, ...] = field(repr=False)

    @property
    def start(self) -> int:
        """Source offset of the block's first character."""
        return self.offsets[0] if self.offsets else 0

    @property
    def end(self) -> int:
        """Source offset just past the block's last character."""
        return self.offsets[-1] + 1 if self.offsets else 0

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` to the span of the source document it came from."""
        if not self.offsets or start >= end:
            anchor = self.offsets[min(start, len(self.offsets) - 1)] if self.offsets else 0
            return anchor, anchor
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Section:
    """A heading and the blocks under it. The lead section before any heading has
    ``heading`` None and takes the article title as its title."""

    title: str
    heading: Block | None
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Article:
    """A structured article: title, script, and sections in reading order."""

    document: Document
    title: str
    script: Script
    sections: tuple[Section, ...]

    @property
    def path(self) -> Path:
        return self.document.path

    @property
    def blocks(self) -> tuple[Block, ...]:
        """Every block in reading order, headings included."""
        out: list[Block] = []
        for section in self.sections:
            if section.heading is not None:
                out.append(section.heading)
            out.extend(section.blocks)
        return tuple(out)
