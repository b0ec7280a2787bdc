"""A small on-disk JSON cache in the platform cache directory.

Entries are keyed by whatever identifies their input (content hash, code version); a
missing, unreadable or corrupt entry is simply a miss, and the caller rebuilds it.
Writes go to a temporary file renamed into place, so a reader never sees half an entry.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from briefing.core.paths import cache_dir


def _path(namespace: str, key: str) -> Path:
    return cache_dir() / namespace / f"{key}.json"


def read(namespace: str, key: str) -> Any | None:
    """The cached value, or None when there is none or it cannot be read."""
    try:
        return json.loads(_path(namespace, key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write(namespace: str, key: str, value: Any) -> None:
    """Store ``value`` (JSON-serialisable); failures are ignored (a cache is optional)."""
    path = _path(namespace, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(value, handle, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        pass
