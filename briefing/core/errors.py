"""The one error hierarchy of briefing: every message names the file it is about."""

from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """Base of every error briefing reports to a person instead of a traceback."""


class LoadError(BriefingError):
    """A file could not be read as an article; ``str()`` is a one-line message naming it."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
