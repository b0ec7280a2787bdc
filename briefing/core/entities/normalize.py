"""The Simplified copy that entity matching works on.

OpenCC's hk2s is used rather than t2s: it first folds Hong Kong and Taiwan variant
characters (衞 -> 衛) into OpenCC's standard Traditional, then converts to Simplified, so
衞生署 and 卫生署 meet. Simplified text passes through unchanged.
"""

from __future__ import annotations

from functools import lru_cache

from briefing.core.convert import Conversion, convert_config


@lru_cache(maxsize=8192)
def matching_copy(text: str) -> Conversion:
    """``text`` in Simplified, with the offset map back to ``text``."""
    return convert_config(text, "hk2s")


def simplified(text: str) -> str:
    """Just the Simplified text."""
    return matching_copy(text).text
