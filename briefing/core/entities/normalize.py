"""The Simplified copy that entity matching works on.

OpenCC's hk2s is used rather than t2s: it first folds Hong Kong and Taiwan variant
characters (衞 -> 衛) into OpenCC's standard Traditional, then converts to Simplified, so
衞生署 and 卫生署 meet. Text that is plainly Simplified (Simplified-only characters and no
Traditional-only ones) is left as written: OpenCC would still fold characters both scripts
use into their commonest Simplified reading (乾县 -> 干县).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from briefing.core.convert import Conversion, convert_config, identity, plainly_simplified

# Taiwan writes a name's dot as ‧ (U+2027) where the mainland writes ·; one character for one.
_NAME_DOT = str.maketrans({"‧": "·"})
# Some write it as a full-width full stop (凯文．托马斯); between two Han characters that is
# never a sentence's end.
_FULL_STOP_DOT = re.compile("(?<=[\u4e00-\u9fff])．(?=[\u4e00-\u9fff])")


@lru_cache(maxsize=8192)
def matching_copy(text: str) -> Conversion:
    """``text`` in Simplified, with the offset map back to ``text``."""
    conversion = identity(text) if plainly_simplified(text) else convert_config(text, "hk2s")
    text = conversion.text.translate(_NAME_DOT) if "‧" in conversion.text else conversion.text
    text = _FULL_STOP_DOT.sub("·", text) if "．" in text else text
    return conversion if text == conversion.text else replace(conversion, text=text)


def simplified(text: str) -> str:
    """Just the Simplified text."""
    return matching_copy(text).text
