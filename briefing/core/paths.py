"""The platform's cache, config and data directories for briefing (platformdirs)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "briefing"


def cache_dir() -> Path:
    """Where derived data (jieba's dictionary cache, extracted entities) is kept."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Where the user's settings live, such as ``aliases.toml``."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """Where the user's own data (the notes database) lives."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
